"""The communities' learning agendas: items proposed by members, voted on, prioritised by the
agenda setters and addressed by activities.

Items are written in their proposer's language. Their status history follows the activities
that addressed them: prioritised a month or two after the proposal, active once the first
activity was planned, addressed two weeks after the last one was held, sometimes revisited.
"""

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from trellis.demo.countries import AUDIT, BUDGET, TREASURY
from trellis.demo.roster import PROPENSITY, Roster, weighted_sample
from trellis.demo.timeline import at, moment

RUSSIAN_WRITING = ("RU", "BY", "KZ", "KG", "TJ", "UZ", "AM", "AZ", "MD", "UA")
_ORDER = ("proposed", "prioritised", "active", "addressed", "revisited")


@dataclass(frozen=True)
class AgendaTemplate:
    key: str
    community: str
    language: str
    title: str
    description: str
    proposed_day: int  # offset from the anchor
    status: str  # the status it reaches if its activities allow
    priority: int | None = None


AGENDA: tuple[AgendaTemplate, ...] = (
    AgendaTemplate(
        "bcop-indicators", BUDGET, "en",
        "How do we make performance indicators that budget decisions actually use?",
        "We publish hundreds of programme indicators, but in budget negotiations we quote "
        "almost none of them. What makes an indicator useful for a decision?",
        -760, "active", 1,
    ),
    AgendaTemplate(
        "bcop-spending-reviews", BUDGET, "ru",
        "Как встроить обзоры расходов в бюджетный процесс?",
        "Обзоры расходов у нас проводятся отдельно от бюджетного цикла, и их выводы редко "
        "доходят до закона о бюджете. Как это делают другие страны?",
        -740, "addressed", 1,
    ),
    AgendaTemplate(
        "bcop-citizen-budgets", BUDGET, "en",
        "What makes a citizen budget read by citizens?",
        "Most of our citizen budgets are downloaded a few hundred times. Which formats and "
        "channels reach people?",
        -720, "addressed", 2,
    ),
    AgendaTemplate(
        "bcop-mtbf", BUDGET, "ru",
        "Как сделать среднесрочную бюджетную рамку обязательной, а не индикативной?",
        "Второй и третий годы среднесрочного плана каждый год переписываются заново. Какие "
        "правила помогают сделать предельные объёмы обязательными?",
        -700, "active", 1,
    ),
    AgendaTemplate(
        "bcop-inflation", BUDGET, "ru",
        "Как планировать бюджет в условиях высокой инфляции?",
        "Инфляция выросла вдвое, и бюджет приходится пересматривать посреди года. Как "
        "коллеги индексируют расходы?",
        -400, "addressed", 2,
    ),
    AgendaTemplate(
        "bcop-pefa", BUDGET, "en",
        "Using PEFA results in our reform plans",
        "PEFA assessments are done, but their results rarely shape our reform action plans.",
        -300, "addressed", 3,
    ),
    AgendaTemplate(
        "bcop-green", BUDGET, "en",
        "Should we start green budget tagging, and how?",
        "Donors ask for climate tagging of expenditure. Is it worth it, and is there a simple "
        "method we could share?",
        -250, "active", 2,
    ),
    AgendaTemplate(
        "bcop-gender", BUDGET, "en",
        "Gender budgeting beyond pilots",
        "Several of us piloted gender budgeting in a few ministries. How do we scale it up?",
        -200, "active", 3,
    ),
    AgendaTemplate(
        "bcop-fiscal-rules", BUDGET, "ru",
        "Бюджетные правила и бюджетные риски после кризиса: пересматривать или нет?",
        "После кризиса многие страны приостановили бюджетные правила. Как и когда их "
        "возвращать и как учитывать бюджетные риски?",
        -460, "active", 2,
    ),
    AgendaTemplate(
        "tcop-ipsas", TREASURY, "ru",
        "Дорожная карта перехода на МСФООС: с чего начать?",
        "Переход на учёт по методу начисления затягивается. Какие шаги коллеги сделали "
        "первыми и что можно упростить?",
        -770, "active", 1,
    ),
    AgendaTemplate(
        "tcop-cash-forecasting", TREASURY, "en",
        "Reliable cash forecasts with a treasury single account",
        "Our daily cash forecasts miss by a wide margin. How do others get reliable data from "
        "spending units?",
        -740, "addressed", 1,
    ),
    AgendaTemplate(
        "tcop-commitment-control", TREASURY, "ru",
        "Контроль обязательств: как избежать просроченной кредиторской задолженности?",
        "Обязательства регистрируются, но задолженность всё равно возникает. Где должны быть "
        "точки контроля?",
        -600, "active", 1,
    ),
    AgendaTemplate(
        "tcop-fmis", TREASURY, "ru",
        "Замена устаревшей казначейской системы (FMIS): уроки коллег",
        "Нашей казначейской системе двадцать лет. Как коллеги готовили замену и каких ошибок "
        "избежать?",
        -700, "revisited", 2,
    ),
    AgendaTemplate(
        "tcop-instant-payments", TREASURY, "en",
        "Instant payments: what changes for the treasury?",
        "The central bank launches instant payments next year. What do we need to change in "
        "treasury operations?",
        -520, "prioritised", 3,
    ),
    AgendaTemplate(
        "tcop-consolidation", TREASURY, "ru",
        "Консолидированная финансовая отчётность сектора государственного управления",
        "С чего начинать консолидацию и как исключать взаимные расчёты?",
        -450, "addressed", 2,
    ),
    AgendaTemplate(
        "tcop-crisis", TREASURY, "en",
        "Keeping treasury operations running in a crisis",
        "Power cuts, cyber attacks, relocation: what should a treasury's continuity plan "
        "contain?",
        -480, "revisited", 1,
    ),
    AgendaTemplate(
        "tcop-year-end", TREASURY, "ru",
        "Закрытие финансового года: сроки и процедуры",
        "Закрытие года у нас занимает почти три месяца. Как сократить сроки?",
        -260, "addressed", 3,
    ),
    AgendaTemplate(
        "iacop-standards", AUDIT, "en",
        "Applying the Global Internal Audit Standards in the public sector",
        "The 2024 standards assume a board and an audit committee. What does that mean for "
        "a ministry?",
        -680, "active", 1,
    ),
    AgendaTemplate(
        "iacop-qa", AUDIT, "en",
        "Building a quality assurance and improvement programme",
        "Few of our units have a working QAIP. What does a realistic programme look like?",
        -760, "active", 1,
    ),
    AgendaTemplate(
        "iacop-risk", AUDIT, "en",
        "Risk-based annual planning with little data",
        "Our annual plans follow the previous year's plan. How do we plan on risk when "
        "ministries have no risk registers?",
        -740, "addressed", 2,
    ),
    AgendaTemplate(
        "iacop-it-audit", AUDIT, "ru",
        "Аудит информационных систем: методика и кадры",
        "В подразделениях нет ИТ-аудиторов, а финансовые системы становятся всё сложнее. "
        "Как организовать ИТ-аудит?",
        -620, "revisited", 1,
    ),
    AgendaTemplate(
        "iacop-findings", AUDIT, "en",
        "Getting managers to act on audit findings",
        "Less than half of our recommendations are implemented on time. What helps?",
        -720, "addressed", 2,
    ),
    AgendaTemplate(
        "iacop-audit-committees", AUDIT, "en",
        "Audit committees: do they add value?",
        "Many ministries set up audit committees on paper. What makes them work?",
        -330, "addressed", 3,
    ),
    AgendaTemplate(
        "iacop-data-analytics", AUDIT, "ru",
        "Анализ данных во внутреннем аудите",
        "Как начать использовать анализ данных без специальных программ и аналитиков?",
        -500, "active", 2,
    ),
    AgendaTemplate(
        "iacop-ai", AUDIT, "en",
        "AI in audit: risks and uses",
        "Should internal auditors use AI tools for sampling and analysis, and how do we audit "
        "the AI our ministries start using?",
        -90, "active", 3,
    ),
    AgendaTemplate(
        "iacop-joint-audits", AUDIT, "en",
        "Working with the supreme audit institution: can we rely on each other's work?",
        "Internal and external auditors often audit the same entity in the same year.",
        -30, "proposed",
    ),
    AgendaTemplate(
        "bcop-tax-expenditures", BUDGET, "ru",
        "Как оценивать и раскрывать налоговые расходы?",
        "Налоговые льготы не видны в бюджете. Кто из коллег уже публикует отчёт о налоговых "
        "расходах и по какой методике?",
        -45, "proposed",
    ),
    AgendaTemplate(
        "tcop-risk-monitoring", TREASURY, "en",
        "Using treasury data to monitor fiscal risks during the year",
        "The treasury sees arrears and cash gaps first. How can its data feed in-year fiscal "
        "risk monitoring?",
        -40, "proposed",
    ),
)  # fmt: skip

_NOTES = {
    "prioritised": {
        "en": "Prioritised by the agenda setters after the members' vote.",
        "ru": "Приоритет утверждён ведущими повестки по итогам голосования участников.",
    },
    "active": {
        "en": "Active: the first activity on this item is planned.",
        "ru": "В работе: запланировано первое мероприятие по этому вопросу.",
    },
    "addressed": {
        "en": "Addressed: see the activities and what they produced.",
        "ru": "Рассмотрен: см. мероприятия и их результаты.",
    },
    "revisited": {
        "en": "Revisited: members raised new questions after applying the results.",
        "ru": "Возвращаемся к вопросу: после применения результатов появились новые вопросы.",
    },
}


@dataclass(frozen=True)
class StatusChangeSpec:
    status: str
    at: datetime
    by: str | None  # email
    note: str


@dataclass(frozen=True)
class AgendaItemSpec:
    key: str
    community: str
    title: str
    description: str
    language: str
    proposer: str
    owner: str | None
    priority: int | None
    status: str
    target_start: date | None
    target_end: date | None
    proposed_at: datetime
    changes: tuple[StatusChangeSpec, ...]
    votes: tuple[tuple[str, datetime], ...]  # (email, when)


@dataclass(frozen=True)
class AgendaActivity:
    """What the agenda needs to know of an activity that addressed an item."""

    created_at: datetime
    ends_at: datetime
    held: bool


def _proposer(rng: random.Random, roster: Roster, template: AgendaTemplate, when: datetime) -> str:
    members = roster.members(template.community, when)
    speakers = [email for email in members if template.language in roster.people[email].languages]
    if template.language == "ru":
        preferred = [e for e in speakers if roster.people[e].country in RUSSIAN_WRITING]
        speakers = preferred or speakers
    else:
        preferred = [e for e in speakers if roster.people[e].country not in RUSSIAN_WRITING]
        speakers = preferred or speakers
    weights = [PROPENSITY[roster.level(e, [template.community])] for e in speakers]
    return weighted_sample(rng, speakers, weights, 1)[0]


def agenda_plan(
    rng: random.Random,
    roster: Roster,
    anchor: date,
    addressed_by: dict[str, list[AgendaActivity]],
) -> list[AgendaItemSpec]:
    """Every agenda item with its proposer, votes, owner and status history."""
    latest = at(anchor, 0) - timedelta(days=1)
    items = []
    for template in AGENDA:
        proposed_at = moment(
            rng,
            anchor + timedelta(days=template.proposed_day),
            anchor + timedelta(days=template.proposed_day + 5),
        )
        proposer = _proposer(rng, roster, template, proposed_at)
        activities = sorted(addressed_by.get(template.key, []), key=lambda a: a.created_at)
        held = [activity for activity in activities if activity.held]
        wanted = _ORDER.index(template.status)

        moments: list[tuple[str, datetime]] = [("proposed", proposed_at)]
        prioritised = proposed_at + timedelta(days=rng.randint(25, 55))
        if wanted >= 1 and prioritised < latest:
            moments.append(("prioritised", prioritised))
            if wanted >= 2 and activities:
                active = max(prioritised + timedelta(days=7), activities[0].created_at)
                if active < latest:
                    moments.append(("active", active))
                    if wanted >= 3 and held:
                        addressed = held[-1].ends_at + timedelta(days=14)
                        if addressed < latest:
                            moments.append(("addressed", addressed))
                            revisited = addressed + timedelta(days=rng.randint(60, 120))
                            if wanted >= 4 and revisited < latest:
                                moments.append(("revisited", revisited))

        changes = []
        for status, when in moments:
            if status == "proposed":
                changes.append(StatusChangeSpec(status, when, proposer, ""))
                continue
            setter = roster.holder("agenda_setter", template.community, when.date())
            note = _NOTES[status][template.language]
            changes.append(StatusChangeSpec(status, when, setter, note))
        status = changes[-1].status
        owner = (
            roster.holder("agenda_setter", template.community, anchor)
            if status != "proposed"
            else None
        )

        voters_until = min(proposed_at + timedelta(days=150), latest)
        members = [
            email
            for email in roster.members(template.community, voters_until)
            if email != proposer and roster.is_member(email, template.community, proposed_at)
        ]
        count = {1: 26, 2: 16, 3: 9, None: 5}[template.priority]
        count = min(len(members), rng.randint(count - 3, count + 3))
        weights = [PROPENSITY[roster.level(e, [template.community])] for e in members]
        voters = weighted_sample(rng, members, weights, count)
        span = max(int((voters_until - proposed_at).total_seconds()), 3600)
        votes = tuple(
            sorted(
                (
                    (email, proposed_at + timedelta(seconds=rng.randint(600, span)))
                    for email in voters
                ),
                key=lambda vote: vote[1],
            )
        )
        ranked = status != "proposed"
        target_start = prioritised.date() if ranked else None
        items.append(
            AgendaItemSpec(
                key=template.key,
                community=template.community,
                title=template.title,
                description=template.description,
                language=template.language,
                proposer=proposer,
                owner=owner,
                priority=template.priority if ranked else None,
                status=status,
                target_start=target_start,
                target_end=target_start + timedelta(days=365) if target_start else None,
                proposed_at=proposed_at,
                changes=tuple(changes),
                votes=votes,
            )
        )
    return items
