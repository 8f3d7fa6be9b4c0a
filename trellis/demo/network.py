"""The demo network and its communities, modelled on PEMPAL."""

from dataclasses import dataclass
from datetime import date

from trellis.demo.countries import AUDIT, BUDGET, TREASURY
from trellis.demo.propositions import PROPOSITIONS, STEERING_PROPOSITION

STEERING = "SC"

NETWORK = {
    "name": {
        "en": "PEMPAL — Public Expenditure Management Peer Assisted Learning",
        "ru": "PEMPAL — Сеть взаимного обучения в сфере управления государственными расходами",
    },
    "description": {
        "en": "A network of officials from the ministries of finance, treasuries and internal "
        "audit units of Europe and Central Asia who learn from each other to reform public "
        "financial management. Launched in 2006, it runs three communities of practice, on "
        "budget, treasury and internal audit, in English, Russian and BCS.",
        "ru": "Сеть сотрудников министерств финансов, казначейств и подразделений внутреннего "
        "аудита стран Европы и Центральной Азии, которые учатся друг у друга реформировать "
        "управление государственными финансами. Созданная в 2006 году, она объединяет три "
        "сообщества практиков — по бюджету, казначейству и внутреннему аудиту — и работает на "
        "английском, русском и БХС.",
    },
    "working_languages": ["en", "ru"],
}


@dataclass(frozen=True)
class StakeholderSpec:
    kind: str  # "sponsor" or "stakeholder"
    name: str
    interest_en: str
    interest_ru: str
    contact: str = ""  # email of a demo person who is the contact

    @property
    def interest(self) -> dict[str, str]:
        return {"en": self.interest_en, "ru": self.interest_ru}


@dataclass(frozen=True)
class CommunitySpec:
    code: str
    slug: str
    name: dict[str, str]
    description: dict[str, str]
    domain_statement: dict[str, str]
    domain_type: str
    visibility: str
    join_policy: str
    stages: tuple[tuple[str, date, str], ...]  # (stage, since, note), oldest first
    value_proposition: dict[str, dict[str, str]]
    stakeholders: tuple[StakeholderSpec, ...]

    @property
    def founded(self) -> date:
        return self.stages[0][1]


WORLD_BANK = StakeholderSpec(
    "sponsor",
    "World Bank",
    "Funds and hosts the network's programme; wants evidence that PFM reforms advance.",
    "Финансирует программу сети; хочет видеть, что реформы управления госфинансами продвигаются.",
    contact="t.berger@worldbank.demo.trellis",
)
SECO = StakeholderSpec(
    "sponsor",
    "State Secretariat for Economic Affairs (SECO), Switzerland",
    "Co-funds the network; follows results in the countries it supports.",
    "Софинансирует сеть; следит за результатами в странах, которые поддерживает.",
    contact="sponsor@demo.trellis",
)
RUSSIA = StakeholderSpec(
    "sponsor",
    "Ministry of Finance of the Russian Federation",
    "Contributes through a World Bank trust fund; shares Russia's budget and treasury reforms.",
    "Вносит средства через целевой фонд Всемирного банка; делится опытом бюджетной и "
    "казначейской реформ России.",
    contact="p.sokolov@minfin.demo.trellis",
)
GIZ = StakeholderSpec(
    "stakeholder",
    "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
    "Former donor; runs PFM projects in several member countries.",
    "Бывший донор; ведёт проекты по управлению госфинансами в нескольких странах-участницах.",
    contact="m.weber@giz.demo.trellis",
)
SIGMA = StakeholderSpec(
    "stakeholder",
    "OECD/SIGMA",
    "Knowledge partner; brings the Principles of Public Administration and EU practice.",
    "Партнёр по знаниям; приносит Принципы государственного управления и практику ЕС.",
    contact="c.dubois@oecd.demo.trellis",
)
IMF = StakeholderSpec(
    "stakeholder",
    "International Monetary Fund, Fiscal Affairs Department",
    "Knowledge partner on treasury, cash management and fiscal reporting.",
    "Партнёр по знаниям в вопросах казначейства, управления ликвидностью и бюджетной отчётности.",
)
IIA = StakeholderSpec(
    "stakeholder",
    "Institute of Internal Auditors (IIA)",
    "Sets the standards the community applies; offers public sector certification.",
    "Разрабатывает стандарты, которые применяет сообщество; предлагает сертификацию для "
    "госсектора.",
)
EU_PIFC = StakeholderSpec(
    "stakeholder",
    "European Commission, PIFC network",
    "Shares the EU's public internal financial control model with candidate countries.",
    "Делится моделью государственного внутреннего финансового контроля ЕС со странами-кандидатами.",
)
CEF = StakeholderSpec(
    "stakeholder",
    "Centre of Excellence in Finance (CEF), Ljubljana",
    "Hosts the secretariat; evaluates the value the communities create.",
    "Принимает секретариат; оценивает ценность, которую создают сообщества.",
    contact="admin@demo.trellis",
)

COMMUNITIES = (
    CommunitySpec(
        code=BUDGET,
        slug="bcop",
        name={"en": "Budget Community of Practice", "ru": "Сообщество практиков по бюджету"},
        description={
            "en": "Budget officials from ministries of finance who help each other make budgets "
            "serve policy: programme and performance budgeting, spending reviews, fiscal "
            "transparency.",
            "ru": "Сотрудники бюджетных подразделений министерств финансов, которые помогают "
            "друг другу сделать бюджет инструментом политики: программное бюджетирование, "
            "обзоры расходов, бюджетная прозрачность.",
        },
        domain_statement={
            "en": "How to plan, allocate and report public spending so that it is affordable, "
            "linked to results and understood by citizens.",
            "ru": "Как планировать, распределять и отражать в отчётности государственные "
            "расходы, чтобы они были посильны, связаны с результатами и понятны гражданам.",
        },
        domain_type="professional",
        visibility="public",
        join_policy="approval",
        stages=(
            ("potential", date(2006, 4, 20), "Launched at the Warsaw plenary."),
            ("coalescing", date(2007, 6, 1), "First Executive Committee elected."),
            ("maturing", date(2011, 3, 1), "Working groups on programme budgeting formed."),
            ("stewardship", date(2018, 5, 15), "Strategy 2017-22 adopted; stable core group."),
        ),
        value_proposition=PROPOSITIONS[BUDGET],
        stakeholders=(WORLD_BANK, SECO, RUSSIA, SIGMA, CEF),
    ),
    CommunitySpec(
        code=TREASURY,
        slug="tcop",
        name={"en": "Treasury Community of Practice", "ru": "Сообщество практиков по казначейству"},
        description={
            "en": "Treasury directors and specialists who share how they run government cash, "
            "accounts and reports, and how they modernise the systems behind them.",
            "ru": "Руководители и специалисты казначейств, которые делятся опытом управления "
            "денежными средствами правительства, учёта и отчётности и модернизации систем.",
        },
        domain_statement={
            "en": "How the treasury controls, records and reports every public transaction: "
            "TSA, cash management, accounting standards and information systems.",
            "ru": "Как казначейство контролирует, учитывает и отражает в отчётности каждую "
            "государственную операцию: ЕКС, управление ликвидностью, стандарты учёта и "
            "информационные системы.",
        },
        domain_type="technical",
        visibility="public",
        join_policy="open",
        stages=(
            ("coalescing", date(2006, 4, 20), "Launched at the Warsaw plenary."),
            ("maturing", date(2009, 10, 1), "Thematic groups and a yearly action plan."),
            ("stewardship", date(2017, 9, 1), "Knowledge products published every year."),
        ),
        value_proposition=PROPOSITIONS[TREASURY],
        stakeholders=(WORLD_BANK, SECO, RUSSIA, IMF, CEF),
    ),
    CommunitySpec(
        code=AUDIT,
        slug="iacop",
        name={
            "en": "Internal Audit Community of Practice",
            "ru": "Сообщество практиков по внутреннему аудиту",
        },
        description={
            "en": "Heads of central harmonisation units and internal auditors who build public "
            "internal financial control that meets international standards.",
            "ru": "Руководители центральных подразделений гармонизации и внутренние аудиторы, "
            "которые создают систему государственного внутреннего финансового контроля по "
            "международным стандартам.",
        },
        domain_statement={
            "en": "How internal audit and internal control help public managers achieve their "
            "objectives and use public money well.",
            "ru": "Как внутренний аудит и внутренний контроль помогают руководителям в "
            "госсекторе достигать целей и эффективно использовать государственные средства.",
        },
        domain_type="professional",
        visibility="public",
        join_policy="approval",
        stages=(
            ("potential", date(2008, 2, 1), "Internal audit group separated from BCOP."),
            ("coalescing", date(2009, 5, 1), "First plenary in Minsk."),
            ("maturing", date(2013, 11, 1), "Working groups on risk and on audit quality."),
        ),
        value_proposition=PROPOSITIONS[AUDIT],
        stakeholders=(WORLD_BANK, SECO, GIZ, SIGMA, IIA, EU_PIFC, CEF),
    ),
    CommunitySpec(
        code=STEERING,
        slug="steering-committee",
        name={"en": "PEMPAL Steering Committee", "ru": "Руководящий комитет PEMPAL"},
        description={
            "en": "Donors, the chairs of the communities' Executive Committees and the "
            "secretariat, who agree the strategy, action plans and budget.",
            "ru": "Доноры, председатели исполнительных комитетов сообществ и секретариат, "
            "которые согласуют стратегию, планы действий и бюджет.",
        },
        domain_statement={
            "en": "Steering the network: strategy, results and resources.",
            "ru": "Управление сетью: стратегия, результаты и ресурсы.",
        },
        domain_type="issue",
        visibility="private",
        join_policy="approval",
        stages=(
            ("coalescing", date(2012, 1, 15), "Strategy 2012-17 sets up the committee."),
            ("maturing", date(2015, 6, 1), "Mid-Term Review of the strategy."),
        ),
        value_proposition=STEERING_PROPOSITION,
        stakeholders=(WORLD_BANK, SECO, RUSSIA),
    ),
)
