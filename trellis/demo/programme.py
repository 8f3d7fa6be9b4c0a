"""The demo's programme of learning activities: what each community did over two years.

Pure data. Dates are day offsets from the demo's "today" (the anchor, see
`trellis.demo.activities`), so the programme always covers the two years before the load and a
few months after it. Who registers and who came is drawn by `trellis.demo.activities` from
the members of the communities, by language and country.

Person selectors (hosts, speakers, facilitators, people who surely take part):
- ``"convener@"``, ``"member@"``, ``"admin@"``: the demo accounts;
- ``"convener"``: the convener of the activity's first community at the time;
- ``"MD"`` or ``"MD/TCOP"``: a core or active member from that country (of that community);
- ``"guest:<key>"``: an invited outsider from the activity guests below.
"""

from dataclasses import dataclass

from trellis.demo.countries import AUDIT, BUDGET, TREASURY
from trellis.demo.guests import GuestSpec

ALL = (BUDGET, TREASURY, AUDIT)
BCS = ("bs", "hr", "sr")
WESTERN_BALKANS = ("AL", "BA", "HR", "ME", "MK", "RS", "XK")

# audience → (working languages, the first being the main one; interpretation into)
AUDIENCES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ru": (("ru",), ()),
    "en": (("en",), ()),
    "en+ru": (("en", "ru"), ("en", "ru")),
    "ru+en": (("ru", "en"), ("ru", "en")),
    "en+bcs": (("en",), BCS),
    "plenary": (("en", "ru"), ("en", "ru", *BCS)),
}


@dataclass(frozen=True)
class Place:
    country: str
    city: str
    venue: str
    timezone: str


PLACES = {
    "ljubljana": Place(
        "SI", "Ljubljana", "Centre of Excellence in Finance, Dunajska cesta 104", "Europe/Ljubljana"
    ),
    "chisinau": Place(
        "MD",
        "Chișinău",
        "Ministry of Finance of Moldova, Constantin Tănase St 7",
        "Europe/Chisinau",
    ),
    "baku": Place("AZ", "Baku", "Ministry of Finance of Azerbaijan, conference hall", "Asia/Baku"),
    "astana": Place(
        "KZ", "Astana", "Ministry of Finance of Kazakhstan, House of Ministries", "Asia/Almaty"
    ),
    "yerevan": Place("AM", "Yerevan", "Ministry of Finance of Armenia", "Asia/Yerevan"),
    "skopje": Place("MK", "Skopje", "Ministry of Finance of North Macedonia", "Europe/Skopje"),
    "vienna": Place(
        "AT", "Vienna", "Joint Vienna Institute, Mariahilfer Straße 97", "Europe/Vienna"
    ),
    "tbilisi": Place(
        "GE", "Tbilisi", "Ministry of Finance of Georgia, 16 Gorgasali St", "Asia/Tbilisi"
    ),
    "tashkent": Place(
        "UZ", "Tashkent", "Ministry of Economy and Finance of Uzbekistan", "Asia/Tashkent"
    ),
    "bishkek": Place("KG", "Bishkek", "Ministry of Finance of the Kyrgyz Republic", "Asia/Bishkek"),
    "vilnius": Place(
        "LT", "Vilnius", "Ministry of Finance of Lithuania, Lukiškių St 2", "Europe/Vilnius"
    ),
    "warsaw": Place(
        "PL", "Warsaw", "Ministry of Finance of Poland, Świętokrzyska 12", "Europe/Warsaw"
    ),
    "sarajevo": Place(
        "BA",
        "Sarajevo",
        "Ministry of Finance and Treasury of Bosnia and Herzegovina",
        "Europe/Sarajevo",
    ),
    "tirana": Place("AL", "Tirana", "Ministry of Finance and Economy of Albania", "Europe/Tirane"),
    "istanbul": Place(
        "TR", "Istanbul", "Ministry of Treasury and Finance, training centre", "Europe/Istanbul"
    ),
    "belgrade": Place(
        "RS", "Belgrade", "Ministry of Finance of Serbia, Kneza Miloša 20", "Europe/Belgrade"
    ),
}


@dataclass(frozen=True)
class Template:
    key: str
    type: str  # an activity-type slug from the catalogue
    communities: tuple[str, ...]
    day: int  # offset from the anchor (sessions: from their plenary); negative is the past
    title: tuple[str, str]  # (en, ru)
    description: tuple[str, str]  # (en, ru)
    audience: str
    place: str = ""  # a key of PLACES; empty for online
    days: int = 1
    hours: float = 2.0  # online activities and sessions
    start: int = 10  # local hour
    formality: str = "formal"
    capacity: int | None = None
    expected: int = 25  # people who will answer yes
    hosts: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    facilitators: tuple[str, ...] = ()
    agenda: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # only members from these countries take part
    force: tuple[str, ...] = ()  # people who surely answer yes (and came, if held)
    status: str = ""  # "draft" or "cancelled"; otherwise from the dates
    outcome: tuple[str, str, str, str] | None = None  # summary, outputs, decisions, follow-ups
    materials: tuple[tuple[str, str], ...] = ()
    sessions: tuple["Template", ...] = ()


_t = Template  # positional: key, type, communities, day, title, description, audience

ACTIVITY_GUESTS: dict[str, GuestSpec] = {
    "oecd-spending": GuestSpec(
        BUDGET, "Jón Blöndal", "OECD, Budgeting and Public Expenditures Division", "FR",
        "Invited speaker: spending reviews, BCOP webinar", "j.blondal@example.org",
    ),
    "imf-mtff": GuestSpec(
        BUDGET, "Rachel Ahmed", "International Monetary Fund, Fiscal Affairs Department", "US",
        "Master class trainer: medium-term fiscal frameworks", "r.ahmed@example.org",
    ),
    "pefa": GuestSpec(
        BUDGET, "Helena Novak", "PEFA Secretariat", "US",
        "Invited speaker: reading PEFA scores on budget credibility",
    ),
    "wb-green": GuestSpec(
        BUDGET, "Daniel Ortiz", "World Bank, Governance Global Practice", "ES",
        "Invited speaker: green budget tagging", "d.ortiz@example.org",
    ),
    "at-gender": GuestSpec(
        BUDGET, "Eva Gruber", "Federal Ministry of Finance of Austria", "AT",
        "Invited speaker: gender budgeting in the Austrian federal budget",
    ),
    "se-cash": GuestSpec(
        TREASURY, "Erik Sandberg", "Swedish National Debt Office", "SE",
        "Invited speaker: cash forecasting with a treasury single account",
        "e.sandberg@example.org",
    ),
    "imf-treasury": GuestSpec(
        TREASURY, "Priya Raman", "International Monetary Fund, Fiscal Affairs Department",
        "IN", "Resource expert: treasury single account coverage",
    ),
    "lt-treasury": GuestSpec(
        TREASURY, "Rasa Petrauskienė",
        "Ministry of Finance of Lithuania, State Treasury Department", "LT",
        "Hosted TCOP members during the year-end closing",
    ),
    "pl-treasury": GuestSpec(
        TREASURY, "Marek Zieliński", "Ministry of Finance of Poland", "PL",
        "Would have hosted the cancelled TCOP study visit to Warsaw",
    ),
    "wb-fmis": GuestSpec(
        TREASURY, "Kemal Aydın", "World Bank, GovTech Global Practice", "TR",
        "Invited speaker: FMIS replacement projects", "k.aydin@example.org",
    ),
    "iia": GuestSpec(
        AUDIT, "Laura Whitfield", "Institute of Internal Auditors", "GB",
        "Invited speaker: the Global Internal Audit Standards in the public sector",
        "l.whitfield@example.org",
    ),
    "ec-pifc": GuestSpec(
        AUDIT, "Pieter Claes", "European Commission, DG Budget", "BE",
        "Resource expert: audit committees and PIFC",
    ),
    "analytics": GuestSpec(
        AUDIT, "Sophie Laurent", "Cour des comptes, France", "FR",
        "Master class trainer: data analytics for internal auditors",
    ),
    "gr-eufunds": GuestSpec(
        AUDIT, "Georgios Alexiou", "Ministry of Finance of Greece", "GR",
        "Invited speaker: internal audit of EU funds", "g.alexiou@example.org",
    ),
    "oecd-sigma": GuestSpec(
        AUDIT, "Martin Hollaender", "OECD/SIGMA", "DE",
        "Invited speaker: internal control over budget execution",
    ),
}  # fmt: skip

# One-time attendees: each comes to one in-person activity without an account.
WALK_INS: tuple[GuestSpec, ...] = (
    GuestSpec(
        BUDGET, "Arman Sargsyan", "National Assembly of Armenia, Budget Office", "AM", "Walk-in"
    ),
    GuestSpec(
        BUDGET, "Ana Kvaratskhelia", "Parliamentary Budget Office of Georgia", "GE", "Walk-in"
    ),
    GuestSpec(BUDGET, "Elena Popescu", "UNDP Moldova", "MD", "Walk-in"),
    GuestSpec(BUDGET, "Мирлан Асанов", "Счётная палата Кыргызской Республики", "KG", "Walk-in"),
    GuestSpec(TREASURY, "Нурлан Сейткали", "Национальный банк Казахстана", "KZ", "Walk-in"),
    GuestSpec(TREASURY, "Ion Rusu", "National Bank of Moldova", "MD", "Walk-in"),
    GuestSpec(TREASURY, "Шахзод Каримов", "Центральный банк Узбекистана", "UZ", "Walk-in"),
    GuestSpec(TREASURY, "Андрій Мельник", "Державна казначейська служба України", "UA", "Walk-in"),
    GuestSpec(AUDIT, "Mirela Hoxha", "Albanian Supreme State Audit", "AL", "Walk-in"),
    GuestSpec(AUDIT, "Dragan Marković", "State Audit Institution of Serbia", "RS", "Walk-in"),
    GuestSpec(AUDIT, "Amra Hadžić", "Audit Office of the Institutions of BiH", "BA", "Walk-in"),
    GuestSpec(AUDIT, "Zeynep Kaya", "Turkish Court of Accounts", "TR", "Walk-in"),
    GuestSpec(AUDIT, "Marina Novak", "Croatian State Audit Office", "HR", "Walk-in"),
    GuestSpec(AUDIT, "Levan Gelashvili", "State Audit Office of Georgia", "GE", "Walk-in"),
)

# Conference interpreters at the in-person plenaries (en↔ru and the BCS booth).
INTERPRETERS: tuple[GuestSpec, ...] = (
    GuestSpec(
        BUDGET, "Ольга Лебедева", "Freelance conference interpreter", "RU", "Interpreter en↔ru"
    ),
    GuestSpec(BUDGET, "Jana Horvat", "Freelance conference interpreter", "SI", "Interpreter en↔ru"),
    GuestSpec(AUDIT, "Selma Begić", "Freelance conference interpreter", "BA", "Interpreter en↔BCS"),
)

_Session = tuple[str, str, str, tuple[str, str], tuple[str, str], tuple[str, ...], tuple[str, ...]]


def _plenary_sessions(key: str, sessions: list[_Session]) -> tuple[Template, ...]:
    """Parallel workshops on the plenary's second day."""
    return tuple(
        Template(
            key=f"{key}-{suffix}",
            type=type_,
            communities=(community,) if community != "ALL" else ALL,
            day=1,
            title=title,
            description=description,
            audience="en+ru",
            hours=3.0,
            start=14,
            capacity=60,
            speakers=speakers,
            facilitators=facilitators,
        )
        for suffix, type_, community, title, description, speakers, facilitators in sessions
    )


PLENARIES: tuple[Template, ...] = (
    _t(
        "plenary-1", "joint-events", ALL, -590,
        ("PEMPAL plenary: value for money in public spending",
         "Пленарное заседание PEMPAL: эффективность государственных расходов"),
        ("The annual meeting of all three communities. Budget, treasury and internal audit "
         "officials look at the same question from three sides: are we getting value for the "
         "money we spend, and how would we know?",
         "Ежегодная встреча всех трёх сообществ. Специалисты по бюджету, казначейству и "
         "внутреннему аудиту смотрят на один вопрос с трёх сторон: получаем ли мы отдачу от "
         "расходуемых средств и как мы это узнаём?"),
        "plenary", place="ljubljana", days=3, start=9, capacity=150, expected=150,
        hosts=("admin@",), speakers=("guest:oecd-spending", "convener@"),
        agenda=("bcop-spending-reviews", "iacop-findings"), force=("member@", "convener@"),
        outcome=(
            "Some 140 officials from across the network met in Ljubljana. The opening panel "
            "compared how spending reviews, treasury data and audit findings each answer the "
            "value-for-money question, and the market-place of good practice drew the longest "
            "queues of the week, around Georgia's programme budget and Moldova's cash "
            "forecasting tool.",
            "- Market-place posters from 14 countries, collected in the library\n"
            "- Three community action plans for the coming year\n"
            "- A joint BCOP–IACOP note on audit findings as input to spending reviews",
            "- The next plenary will be held in Chișinău, hosted by the Ministry of Finance\n"
            "- BCOP starts a spending review working group",
            "- Secretariat to circulate the posters and presentations within two weeks\n"
            "- Community keepers to follow up with first-time participants",
        ),
        materials=(("Programme and presentations", "https://library.demo.trellis/plenary-1"),),
        sessions=_plenary_sessions("plenary-1", [
            ("bcop", "case-studies", BUDGET,
             ("Workshop: spending reviews that changed a budget",
              "Семинар: обзоры расходов, которые изменили бюджет"),
             ("Three countries tell how a spending review ended up in the budget law, and "
              "what it took.", "Три страны рассказывают, как обзор расходов попал в закон о "
              "бюджете и чего это стоило."),
             ("GE/BCOP", "guest:oecd-spending"), ("convener@",)),
            ("tcop", "demonstrations", TREASURY,
             ("Workshop: a cash forecasting tool you can copy",
              "Семинар: инструмент прогнозирования ликвидности, который можно перенять"),
             ("Moldova's treasury shows its daily cash forecasting spreadsheet and how it "
              "feeds borrowing decisions.", "Казначейство Молдовы показывает свою таблицу "
              "ежедневного прогноза ликвидности и то, как она используется при заимствованиях."),
             ("MD/TCOP",), ("convener",)),
            ("iacop", "role-plays", AUDIT,
             ("Workshop: presenting audit findings on value for money",
              "Семинар: как представлять выводы аудита эффективности"),
             ("Participants role-play the closing meeting of a performance audit with a "
              "sceptical head of a line ministry.", "Участники разыгрывают заключительное "
              "совещание по аудиту эффективности со скептически настроенным руководителем "
              "отраслевого министерства."),
             ("AL/IACOP",), ("convener",)),
            ("market", "good-practice-exhibitions", "ALL",
             ("Market-place of good practice", "Ярмарка передовых практик"),
             ("Countries present one tool each on a poster; participants walk, ask and take "
              "away what they can use.", "Каждая страна представляет на стенде один "
              "инструмент; участники ходят, спрашивают и берут то, что пригодится."),
             ("KZ/TCOP", "AM/BCOP"), ()),
        ]),
    ),
    _t(
        "plenary-2", "joint-events", ALL, -225,
        ("PEMPAL plenary: digital public finance",
         "Пленарное заседание PEMPAL: цифровые государственные финансы"),
        ("The annual meeting of the three communities, hosted by the Ministry of Finance of "
         "Moldova: financial management information systems, open budget data and auditing "
         "in a digital administration.",
         "Ежегодная встреча трёх сообществ в Министерстве финансов Молдовы: информационные "
         "системы управления финансами, открытые бюджетные данные и аудит в цифровом "
         "государственном управлении."),
        "plenary", place="chisinau", days=3, start=9, capacity=150, expected=155,
        hosts=("MD/TCOP", "admin@"), speakers=("guest:wb-fmis",),
        agenda=("tcop-fmis", "iacop-it-audit", "bcop-citizen-budgets"),
        force=("member@", "convener@"),
        outcome=(
            "About 150 officials met in Chișinău. The main lesson: a digital system pays off "
            "only when the procedures change with it. The treasuries of Moldova and Kazakhstan "
            "showed how they did it, and the auditors discussed how to test user access in an "
            "FMIS.",
            "- A comparison of FMIS functions in 12 countries\n"
            "- The IACOP draft IT audit guide opened for comments\n"
            "- Presentations and photos in the library",
            "- TCOP sets up an IT and FMIS thematic group\n"
            "- The next plenary will be held in Baku",
            "- Secretariat to send the participant satisfaction survey\n"
            "- Agenda setters to update the communities' learning agendas",
        ),
        materials=(("Programme and presentations", "https://library.demo.trellis/plenary-2"),),
        sessions=_plenary_sessions("plenary-2", [
            ("bcop", "good-practice-exhibitions", BUDGET,
             ("Workshop: budget transparency portals", "Семинар: порталы открытого бюджета"),
             ("Four countries show their open budget portals and what citizens actually look "
              "at.", "Четыре страны показывают свои порталы открытого бюджета и то, что на "
              "самом деле смотрят граждане."),
             ("KG/BCOP", "HR/BCOP"), ("convener@",)),
            ("tcop", "demonstrations", TREASURY,
             ("Workshop: FMIS live", "Семинар: FMIS в действии"),
             ("Kazakhstan's and Moldova's treasuries demonstrate payment processing end to "
              "end.", "Казначейства Казахстана и Молдовы показывают обработку платежа от "
              "начала до конца."),
             ("KZ/TCOP", "MD/TCOP"), ("convener",)),
            ("iacop", "master-classes", AUDIT,
             ("Workshop: auditing user access", "Семинар: аудит прав доступа пользователей"),
             ("A hands-on session on testing access rights in a treasury system.",
              "Практическое занятие по проверке прав доступа в казначейской системе."),
             ("GE/IACOP",), ("convener",)),
            ("govtech", "invited-speakers", "ALL",
             ("GovTech: what the World Bank has learned", "GovTech: уроки Всемирного банка"),
             ("Lessons from FMIS projects in forty countries, and questions from the floor.",
              "Уроки проектов FMIS в сорока странах и вопросы из зала."),
             ("guest:wb-fmis",), ("admin@",)),
        ]),
    ),
    _t(
        "plenary-3", "joint-events", ALL, 110,
        ("PEMPAL plenary: fiscal resilience", "Пленарное заседание PEMPAL: бюджетная устойчивость"),
        ("The annual meeting of the three communities in Baku: managing fiscal risks, "
         "liquidity buffers and the audit of emergency spending. Interpretation en↔ru and "
         "into BCS.",
         "Ежегодная встреча трёх сообществ в Баку: управление бюджетными рисками, резервы "
         "ликвидности и аудит чрезвычайных расходов. Синхронный перевод английский↔русский "
         "и на БХС."),
        "plenary", place="baku", days=3, start=9, capacity=150, expected=118,
        hosts=("AZ/BCOP", "admin@"), speakers=("guest:imf-mtff",),
        agenda=("bcop-fiscal-rules", "tcop-crisis"), force=("member@", "convener@"),
        sessions=_plenary_sessions("plenary-3", [
            ("bcop", "case-studies", BUDGET,
             ("Workshop: fiscal risk statements", "Семинар: заявления о бюджетных рисках"),
             ("How three countries started publishing a fiscal risk statement with the budget.",
              "Как три страны начали публиковать заявление о бюджетных рисках вместе с "
              "бюджетом."),
             ("guest:imf-mtff", "UA/BCOP"), ("convener@",)),
            ("tcop", "problem-solving", TREASURY,
             ("Workshop: how big should a cash buffer be?",
              "Семинар: каким должен быть резерв ликвидности?"),
             ("Participants bring their own cash data and work out a buffer rule together.",
              "Участники приносят свои данные о движении средств и вместе вырабатывают правило "
              "резерва."),
             ("KZ/TCOP",), ("convener",)),
            ("iacop", "case-studies", AUDIT,
             ("Workshop: auditing emergency spending", "Семинар: аудит чрезвычайных расходов"),
             ("What internal auditors learned from auditing emergency procurement.",
              "Чему научились внутренние аудиторы при аудите чрезвычайных закупок."),
             ("MK/IACOP",), ("convener",)),
            ("market", "good-practice-exhibitions", "ALL",
             ("Market-place of good practice", "Ярмарка передовых практик"),
             ("One poster per country: a tool that helped in the last crisis.",
              "Один стенд от каждой страны: инструмент, который помог в последний кризис."),
             ("AZ/BCOP",), ()),
        ]),
    ),
)  # fmt: skip


BCOP_PROGRAMME: tuple[Template, ...] = (
    _t(
        "bcop-ppbwg-1", "systematic-analysis", (BUDGET,), -700,
        ("Program and Performance Budgeting Working Group: indicators that get used",
         "Рабочая группа по программному бюджетированию: показатели, которые используются"),
        ("The working group reviews the results of its survey of performance indicators in 14 "
         "countries and asks which indicators ever influenced a budget decision.",
         "Рабочая группа обсуждает результаты обследования показателей результативности в "
         "14 странах и выясняет, какие из них хоть раз повлияли на бюджетное решение."),
        "en+ru", place="yerevan", days=2, capacity=30, expected=26,
        hosts=("AM/BCOP",), facilitators=("convener@",), agenda=("bcop-indicators",),
        outcome=(
            "Members met in Yerevan to discuss the survey. Most countries report 30 to 60 "
            "indicators per programme, but budget departments quote fewer than five of them "
            "in negotiations with line ministries.",
            "- Survey report on performance indicators (14 countries)\n"
            "- A short list of criteria for a \"decision-useful\" indicator",
            "- The group will test the criteria on two programmes per country",
            "- Members to send their two test programmes by the next meeting\n"
            "- Armenia to share its indicator passport template",
        ),
        materials=(("Survey of performance indicators", "https://library.demo.trellis/bcop/indicator-survey"),),
    ),
    _t(
        "bcop-spending-webinar", "invited-speakers", (BUDGET,), -655,
        ("Webinar: spending reviews — lessons from the OECD survey",
         "Вебинар: обзоры расходов — уроки обследования ОЭСР"),
        ("An OECD expert presents what 30 countries learned from running spending reviews, "
         "followed by questions from members.",
         "Эксперт ОЭСР рассказывает, чему научились 30 стран, проводящих обзоры расходов; "
         "затем вопросы участников."),
        "en+ru", hours=1.5, start=13, expected=48,
        speakers=("guest:oecd-spending",), facilitators=("convener",),
        agenda=("bcop-spending-reviews",),
        outcome=(
            "The key message: spending reviews work when they are tied to the budget calendar "
            "and the ministry of finance owns the savings target; stand-alone reviews rarely "
            "change allocations.",
            "- Recording and slides in the library",
            "- BCOP will put spending reviews on its plenary programme",
            "- Collect members' questions that were left unanswered and send them to the OECD",
        ),
    ),
    _t(
        "bcop-reading-1", "reading-groups", (BUDGET,), -610,
        ("Reading group: OECD Budgeting Outlook", "Читательская группа: обзор бюджетирования ОЭСР"),
        ("Members read the chapter on medium-term budgeting of the OECD Budgeting Outlook in "
         "advance and discuss what applies in their countries. In Russian.",
         "Участники заранее читают главу о среднесрочном бюджетировании из обзора ОЭСР и "
         "обсуждают, что из этого применимо в их странах. На русском языке."),
        "ru", hours=1.5, formality="informal", capacity=20, expected=14,
        facilitators=("KZ/BCOP",), agenda=("bcop-mtbf",),
        outcome=(
            "Участники обсудили главу о среднесрочном бюджетировании. Общий вывод: в "
            "большинстве наших стран среднесрочная рамка остаётся индикативной, и министерства "
            "воспринимают второй и третий годы как формальность.",
            "- Краткий конспект главы на русском языке",
            "- Следующая встреча группы — по Кодексу бюджетной прозрачности МВФ",
            "- Казахстан поделится методикой расчёта базовых расходов",
        ),
    ),
    _t(
        "bcop-bltwg-1", "comparing-practices", (BUDGET,), -585,
        ("Budget Literacy and Transparency Working Group: citizen budgets compared",
         "Рабочая группа по бюджетной грамотности и прозрачности: сравнение бюджетов для граждан"),
        ("Members compare their citizen budgets on one template: audience, length, channels "
         "and what readers actually use.",
         "Участники сравнивают свои бюджеты для граждан по единому шаблону: аудитория, объём, "
         "каналы и то, чем читатели действительно пользуются."),
        "en+ru", hours=2.5, start=11, expected=22, facilitators=("HR/BCOP",),
        agenda=("bcop-citizen-budgets",),
        outcome=(
            "Eleven countries presented their citizen budgets. Short formats (four pages or a "
            "single infographic) and publication together with the draft budget made the "
            "biggest difference to readership.",
            "- Comparison table of citizen budgets (11 countries)",
            "- The group will draft a short guidance note on citizen budgets",
            "- Croatia and the Kyrgyz Republic to draft the note's outline",
        ),
    ),
    _t(
        "bcop-peer-assist-kg", "peer-assistance", (BUDGET,), -520,
        ("Peer assist: the Kyrgyz spending review pilot",
         "Помощь коллег: пилотный обзор расходов в Кыргызстане"),
        ("The Ministry of Finance of the Kyrgyz Republic asks peers from Georgia and Armenia to "
         "advise on the scope and timetable of its first spending review.",
         "Министерство финансов Кыргызской Республики просит коллег из Грузии и Армении "
         "посоветовать, как определить охват и график первого обзора расходов."),
        "ru", hours=3.0, capacity=12, expected=9, countries=("KG", "GE", "AM", "KZ", "UZ"),
        hosts=("KG/BCOP",), speakers=("convener@", "AM/BCOP"), agenda=("bcop-spending-reviews",),
        outcome=(
            "Коллеги из Грузии и Армении посоветовали начать с двух отраслей и заранее "
            "согласовать с правительством, как будет использована экономия. Кыргызская "
            "сторона пересмотрела график пилота.",
            "- Пересмотренный план пилотного обзора расходов\n- Шаблон технического задания",
            "- Пилот охватит образование и сельское хозяйство",
            "- Через шесть месяцев — повторная сессия по промежуточным результатам",
        ),
    ),
    _t(
        "bcop-ppbwg-2", "systematic-analysis", (BUDGET,), -480,
        ("Program and Performance Budgeting Working Group: linking performance to budget decisions",
         "Рабочая группа по программному бюджетированию: связь результатов с бюджетными решениями"),
        ("Members test the working group's criteria for decision-useful indicators on two "
         "programmes each and compare the results.",
         "Участники проверяют критерии «полезных для решений» показателей на двух программах "
         "каждый и сравнивают результаты."),
        "en+ru", place="skopje", days=2, capacity=30, expected=24,
        hosts=("MK/BCOP",), facilitators=("convener@",), agenda=("bcop-indicators",),
        outcome=(
            "Members tested the criteria on 26 programmes. Only a third of the indicators "
            "passed; the most common failure was an indicator that no one in the line ministry "
            "could influence within a year.",
            "- Test results for 26 programmes\n- Revised criteria (version 2)",
            "- The criteria become the basis of a BCOP knowledge product",
            "- Secretariat to edit the knowledge product for publication in both languages",
        ),
    ),
    _t(
        "bcop-mtff-master", "master-classes", (BUDGET,), -430,
        ("Master class: building a medium-term fiscal framework",
         "Мастер-класс: построение среднесрочной бюджетной рамки"),
        ("A three-day hands-on course with an IMF expert: from macro-fiscal forecasts to "
         "ceilings per ministry, with exercises on each participant's own data.",
         "Трёхдневный практический курс с экспертом МВФ: от макробюджетного прогноза до "
         "предельных объёмов по министерствам, с упражнениями на данных участников."),
        "en+ru", place="vienna", days=3, start=9, capacity=25, expected=30,
        speakers=("guest:imf-mtff",), facilitators=("convener",), agenda=("bcop-mtbf",),
        force=("member@",),
        outcome=(
            "The course was full, with a waiting list. Participants built a simple framework "
            "for their own country and found that the weakest link is usually the forecast of "
            "the cost of existing policies, not the macro forecast.",
            "- Spreadsheet model of a medium-term fiscal framework (en, ru)\n"
            "- Participants' country exercises",
            "- BCOP will hold a follow-up session on baseline costing",
            "- The trainer's model to be translated and put in the library",
        ),
        materials=(("MTFF exercise model", "https://library.demo.trellis/bcop/mtff-model"),),
    ),
    _t(
        "bcop-armenia-case", "case-studies", (BUDGET,), -390,
        ("Case study: Armenia's programme budget, ten years on",
         "Кейс: программный бюджет Армении десять лет спустя"),
        ("Armenia's budget department tells the whole story of its programme budget reform: "
         "what was tried, what was dropped and what stuck.",
         "Бюджетный департамент Армении рассказывает всю историю реформы программного "
         "бюджета: что пробовали, от чего отказались и что прижилось."),
        "en+ru", hours=2.0, start=12, expected=38, speakers=("AM/BCOP",),
        facilitators=("convener@",), agenda=("bcop-indicators",),
        outcome=(
            "Armenia's story resonated: the reform stalled twice when the programme structure "
            "followed the organisation chart, and moved again once programmes were cut "
            "around services to citizens.",
            "- Case study write-up (en, ru)",
            "- The case goes into the BCOP knowledge product on programme budgeting",
            "- Members interested in programme structure reviews to join the next WG meeting",
        ),
    ),
    _t(
        "bcop-inflation", "hot-topic-discussions", (BUDGET,), -340,
        ("Hot topic: budgeting under high inflation",
         "Горячая тема: бюджет в условиях высокой инфляции"),
        ("An open discussion: how do ministries of finance index ceilings, wages and "
         "contracts when inflation doubles within a year?",
         "Открытое обсуждение: как министерства финансов индексируют предельные объёмы, "
         "зарплаты и контракты, когда инфляция за год удваивается?"),
        "ru+en", hours=1.5, formality="informal", expected=34, facilitators=("UZ/BCOP",),
        agenda=("bcop-inflation",),
        outcome=(
            "Участники поделились подходами. Большинство стран пересматривает бюджет в "
            "середине года; Узбекистан и Казахстан заранее закладывают резерв на индексацию, "
            "что снижает давление на поправки.",
            "- Таблица подходов к индексации (9 стран)",
            "- Тема включена в учебную повестку BCOP",
            "- Подготовить короткую записку по итогам обсуждения",
        ),
    ),
    _t(
        "bcop-reading-2", "reading-groups", (BUDGET,), -300,
        ("Reading group: IMF Fiscal Transparency Code, pillar III (fiscal risks)",
         "Читательская группа: Кодекс бюджетной прозрачности МВФ, раздел III (бюджетные риски)"),
        ("Members read pillar III of the code and compare it with the fiscal risk sections of "
         "their budget documents. In Russian.",
         "Участники читают раздел III кодекса и сравнивают его с разделами о рисках в своих "
         "бюджетных документах. На русском языке."),
        "ru", hours=1.5, formality="informal", capacity=20, expected=15,
        facilitators=("KZ/BCOP",), agenda=("bcop-fiscal-rules",), force=("member@",),
        outcome=(
            "Обсуждение показало, что почти все страны раскрывают государственный долг и "
            "гарантии, но мало кто оценивает риски государственных предприятий и ГЧП.",
            "- Самооценка по разделу III (8 стран)",
            "- Продолжить тему на пленарном заседании",
            "- Беларусь и Казахстан подготовят пример раздела о рисках ГЧП",
        ),
    ),
    _t(
        "bcop-spending-wg", "learning-projects", (BUDGET,), -250,
        ("Spending Review Working Group: drafting the handbook",
         "Рабочая группа по обзорам расходов: подготовка руководства"),
        ("Members who ran or plan spending reviews write the chapters of a short PEMPAL "
         "handbook together, chapter by chapter.",
         "Участники, которые проводили или планируют обзоры расходов, вместе пишут главы "
         "краткого руководства PEMPAL."),
        "en+ru", place="ljubljana", days=2, capacity=25, expected=20,
        facilitators=("convener@",), speakers=("GE/BCOP",), agenda=("bcop-spending-reviews",),
        outcome=(
            "Members drafted five of the handbook's seven chapters. The hardest chapter — how "
            "to turn findings into savings in the budget law — is still open.",
            "- Draft handbook chapters 1–5",
            "- The handbook will be finished online and published before the next plenary",
            "- Chapter owners to finish drafts within a month",
        ),
    ),
    _t(
        "bcop-pefa", "external-benchmarks", (BUDGET,), -160,
        ("Reading your PEFA scores: budget credibility (PI-1 to PI-3)",
         "Как читать оценки PEFA: достоверность бюджета (PI-1–PI-3)"),
        ("The PEFA Secretariat walks members through the budget credibility indicators and "
         "what a C or a D actually tells a budget department.",
         "Секретариат PEFA разбирает с участниками показатели достоверности бюджета и то, что "
         "на самом деле означает оценка C или D для бюджетного департамента."),
        "en+ru", hours=2.0, start=13, expected=40, speakers=("guest:pefa",),
        facilitators=("convener",), agenda=("bcop-pefa",),
        outcome=(
            "Members compared their latest PEFA scores on PI-1 to PI-3. Most low scores come "
            "from large in-year reallocations, not from revenue forecast errors.",
            "- Comparison of PI-1 to PI-3 scores (15 countries)",
            "- BCOP will use PEFA scores as a baseline for its action plan",
            "- Members to share their PEFA action plans in the library",
        ),
        materials=(("PEFA Framework 2016", "https://www.pefa.org/resources/pefa-2016-framework"),),
    ),
    _t(
        "bcop-green", "exploring-ideas", (BUDGET,), -120,
        ("Exploring ideas: green budgeting — where would we start?",
         "Изучение идей: «зелёное» бюджетирование — с чего начать?"),
        ("An open session with a World Bank specialist on climate budget tagging, to see "
         "whether BCOP should take the topic up.",
         "Открытая сессия со специалистом Всемирного банка о климатической маркировке "
         "расходов, чтобы понять, стоит ли BCOP заняться этой темой."),
        "en+ru", hours=1.5, formality="informal", start=13, expected=30,
        speakers=("guest:wb-green",), facilitators=("GE/BCOP",), agenda=("bcop-green",),
        outcome=(
            "Interest was higher than expected: seven countries already tag some climate "
            "spending, mostly because a donor asked. Members want a common, simple method "
            "rather than seven different ones.",
            "- List of countries with climate tagging and their methods",
            "- Green budgeting becomes an active item of the learning agenda",
            "- Agenda setters to propose a small working group",
        ),
    ),
    _t(
        "bcop-ppbwg-3", "systematic-analysis", (BUDGET,), -75,
        ("Program and Performance Budgeting Working Group: programme structure reviews",
         "Рабочая группа по программному бюджетированию: пересмотр структуры программ"),
        ("Online meeting: how and how often countries review their programme structures, "
         "with Armenia's and Georgia's experience.",
         "Онлайн-встреча: как и как часто страны пересматривают структуру программ; опыт "
         "Армении и Грузии."),
        "en+ru", hours=2.0, start=11, expected=26, facilitators=("convener@",),
        speakers=("AM/BCOP",), agenda=("bcop-indicators",),
        outcome=(
            "Most countries have never reviewed their programme structure since it was "
            "introduced. Georgia reviews it every three years with line ministries.",
            "- Georgia's programme review checklist",
            "- A programme structure review will be a chapter of the knowledge product",
            "- Members to try the checklist on one ministry",
        ),
    ),
    _t(
        "bcop-circulars", "document-exchange", (BUDGET,), -30,
        ("Document exchange: budget circulars", "Обмен документами: бюджетные циркуляры"),
        ("Members share this year's budget circular and discuss what they changed and why. "
         "In Russian.",
         "Участники обмениваются бюджетными циркулярами этого года и обсуждают, что и почему "
         "изменили. На русском языке."),
        "ru", hours=1.5, formality="informal", expected=18, facilitators=("BY/BCOP",),
        agenda=("bcop-mtbf",),
        outcome=(
            "Восемь стран выложили свои циркуляры. Самое частое изменение этого года — "
            "требование обосновывать новые расходы через показатели программ.",
            "- Подборка из восьми бюджетных циркуляров (в библиотеке)",
            "- Сделать обмен циркулярами ежегодным",
            "- Следующий обмен — после утверждения бюджетов",
        ),
    ),
    _t(
        "bcop-gender", "invited-speakers", (BUDGET,), -8,
        ("Webinar: gender budgeting in practice — Austria and Albania",
         "Вебинар: гендерное бюджетирование на практике — Австрия и Албания"),
        ("Austria's finance ministry and Albania's budget department show how gender "
         "objectives appear in programme budgets, and what it changed.",
         "Министерство финансов Австрии и бюджетный департамент Албании показывают, как "
         "гендерные цели отражаются в программном бюджете и что это изменило."),
        "en+ru", hours=1.5, start=13, expected=36, speakers=("guest:at-gender", "AL/BCOP"),
        facilitators=("convener@",), agenda=("bcop-gender",),
        outcome=(
            "Austria's constitution requires gender objectives in every chapter of the budget; "
            "Albania started with five ministries. Both say the indicators took years to "
            "become meaningful.",
            "- Recording and slides",
            "- Gender budgeting stays on the agenda as an active item",
            "- Albania to share its gender budgeting instruction",
        ),
    ),
    _t(
        "bcop-mtbf-webinar", "seminars-and-trainings", (BUDGET,), 20,
        ("Webinar: binding medium-term ceilings",
         "Вебинар: обязательные среднесрочные предельные объёмы"),
        ("How to make the second and third years of the medium-term framework binding: fiscal "
         "rules, baseline costing and carry-over rules. In Russian.",
         "Как сделать второй и третий годы среднесрочной рамки обязательными: бюджетные "
         "правила, расчёт базовых расходов и правила переноса. На русском языке."),
        "ru", hours=2.0, start=11, capacity=100, expected=38, speakers=("KZ/BCOP",),
        facilitators=("convener",), agenda=("bcop-mtbf",), force=("member@",),
    ),
    _t(
        "bcop-study-visit-ge", "study-visits", (BUDGET,), 45,
        ("Study visit: programme budgeting at the Ministry of Finance of Georgia",
         "Учебная поездка: программное бюджетирование в Министерстве финансов Грузии"),
        ("Three days in Tbilisi with the budget department: budget hearings, the programme "
         "performance report and meetings with two line ministries.",
         "Три дня в Тбилиси с бюджетным департаментом: бюджетные слушания, отчёт о "
         "результатах программ и встречи с двумя отраслевыми министерствами."),
        "en+ru", place="tbilisi", days=3, start=9, capacity=20, expected=24,
        hosts=("convener@",), speakers=("GE/BCOP",), agenda=("bcop-indicators",),
    ),
    _t(
        "bcop-reading-3", "reading-groups", (BUDGET,), 80,
        ("Reading group: OECD Recommendation on Budgetary Governance",
         "Читательская группа: Рекомендация ОЭСР о бюджетном управлении"),
        ("Planned: members read the ten principles and discuss which ones their systems meet.",
         "Планируется: участники читают десять принципов и обсуждают, каким из них "
         "соответствуют их системы."),
        "ru", hours=1.5, formality="informal", capacity=20, status="draft",
        facilitators=("KZ/BCOP",),
    ),
)  # fmt: skip


TCOP_PROGRAMME: tuple[Template, ...] = (
    _t(
        "tcop-artg-1", "learning-projects", (TREASURY,), -715,
        ("Accounting and Reporting Thematic Group: IPSAS road maps",
         "Тематическая группа по учёту и отчётности: дорожные карты перехода на МСФООС"),
        ("Members compare their road maps for the move to accrual IPSAS and start a common "
         "template for a realistic road map.",
         "Участники сравнивают дорожные карты перехода на МСФООС по методу начисления и "
         "начинают общий шаблон реалистичной дорожной карты."),
        "ru", place="astana", days=2, capacity=30, expected=27,
        hosts=("KZ/TCOP",), facilitators=("convener",), agenda=("tcop-ipsas",),
        outcome=(
            "Участники из десяти стран сравнили дорожные карты. Все они недооценивают учёт "
            "нефинансовых активов: инвентаризация и оценка имущества занимают больше всего "
            "времени.",
            "- Сравнение дорожных карт (10 стран)\n- Проект общего шаблона дорожной карты",
            "- Группа доработает шаблон к следующей встрече",
            "- Казахстан поделится методикой инвентаризации основных средств",
        ),
    ),
    _t(
        "tcop-cash-webinar", "invited-speakers", (TREASURY,), -670,
        ("Webinar: cash forecasting with a treasury single account",
         "Вебинар: прогнозирование ликвидности при едином казначейском счёте"),
        ("The Swedish National Debt Office explains how daily cash forecasts are built and "
         "used to decide on borrowing.",
         "Национальное управление госдолга Швеции рассказывает, как строятся ежедневные "
         "прогнозы ликвидности и как они используются при заимствованиях."),
        "ru+en", hours=1.5, start=12, expected=42, speakers=("guest:se-cash",),
        facilitators=("convener",), agenda=("tcop-cash-forecasting",),
        outcome=(
            "Шведские коллеги прогнозируют остаток на ЕКС ежедневно на год вперёд и "
            "сравнивают прогноз с фактом каждое утро. Участники отметили, что главная "
            "проблема у нас — данные от распорядителей, а не модель.",
            "- Запись вебинара и презентация",
            "- Тема прогнозирования остаётся приоритетной в повестке TCOP",
            "- Собрать примеры форм заявок распорядителей на кассовый план",
        ),
    ),
    _t(
        "tcop-kz-demo", "demonstrations", (TREASURY,), -630,
        ("Demonstration: the Kazakh treasury's e-services",
         "Демонстрация: электронные услуги казначейства Казахстана"),
        ("Live demonstration of the treasury client portal: payment orders, statements and "
         "electronic signatures.",
         "Демонстрация в реальном времени клиентского портала казначейства: платёжные "
         "поручения, выписки, электронная подпись."),
        "ru", hours=1.5, expected=36, speakers=("KZ/TCOP",), facilitators=("convener",),
        agenda=("tcop-fmis",),
        outcome=(
            "Казначейство Казахстана показало, как все платежи проходят через портал. "
            "Вопросы касались в основном защиты данных и перехода от бумажных документов.",
            "- Запись демонстрации",
            "- Провести учебную поездку в Казахстан, если найдётся финансирование",
            "- Казахстан подготовит описание требований к порталу",
        ),
    ),
    _t(
        "tcop-commitment", "problem-solving", (TREASURY,), -520,
        ("Payments and Cash Management Thematic Group: commitment control",
         "Тематическая группа по платежам и управлению ликвидностью: контроль обязательств"),
        ("A problem-solving session: why arrears keep appearing although commitments are "
         "registered, and what the treasury can do about it.",
         "Сессия по решению проблем: почему возникает просроченная задолженность, хотя "
         "обязательства регистрируются, и что может сделать казначейство."),
        "ru", hours=2.5, expected=28, facilitators=("convener",), speakers=("UA/TCOP",),
        agenda=("tcop-commitment-control",),
        outcome=(
            "Разобрали случай Украины: задолженность возникала из-за контрактов, "
            "зарегистрированных позже фактической поставки. Решение — регистрировать "
            "обязательство при заключении договора.",
            "- Схема точек контроля обязательств",
            "- Группа подготовит сравнение правил регистрации обязательств",
            "- Участники заполнят анкету о своих правилах",
        ),
    ),
    _t(
        "tcop-study-visit-md", "study-visits", (TREASURY,), -470,
        ("Study visit to the State Treasury of Moldova",
         "Учебная поездка в Государственное казначейство Молдовы"),
        ("Moldova's treasury hosts TCOP members for three days: the TSA, cash forecasting and "
         "the e-payment gateway, with a visit to a territorial treasury office.",
         "Казначейство Молдовы принимает участников TCOP на три дня: ЕКС, прогнозирование "
         "ликвидности и шлюз электронных платежей, с посещением территориального отделения."),
        "ru", place="chisinau", days=3, start=9, capacity=18, expected=21,
        hosts=("MD/TCOP",), speakers=("MD/TCOP",), agenda=("tcop-cash-forecasting",),
        outcome=(
            "Участники увидели, как казначейство Молдовы связывает кассовый план с графиком "
            "заимствований. Больше всего вопросов вызвал ежедневный обмен данными с "
            "Национальным банком.",
            "- Отчёт о поездке и материалы хозяев\n- Шаблон ежедневного кассового прогноза",
            "- Участники представят выводы в своих министерствах",
            "- Через полгода — онлайн-встреча: что удалось применить",
        ),
    ),
    _t(
        "tcop-instant", "hot-topic-discussions", (TREASURY,), -455,
        ("Hot topic: instant payments and the treasury",
         "Горячая тема: мгновенные платежи и казначейство"),
        ("Central banks are launching instant payment systems. What changes for treasury "
         "payments, cut-off times and the TSA?",
         "Центральные банки запускают системы мгновенных платежей. Что меняется для "
         "казначейских платежей, операционного дня и ЕКС?"),
        "ru+en", hours=1.5, formality="informal", expected=30, facilitators=("MD/TCOP",),
        agenda=("tcop-instant-payments",),
        outcome=(
            "Участники из семи стран обсудили первые шаги. Там, где казначейство подключено "
            "к системе мгновенных платежей, пришлось пересмотреть сверку остатков на ЕКС.",
            "- Список вопросов к национальным банкам",
            "- Тема приоритетна в повестке TCOP",
            "- Пригласить представителя центрального банка на следующую встречу",
        ),
    ),
    _t(
        "tcop-ukraine-case", "case-studies", (TREASURY,), -400,
        ("Case study: keeping the treasury running in wartime",
         "Кейс: работа казначейства в условиях войны"),
        ("Ukraine's treasury tells how payments continued through power cuts and relocation, "
         "and what other treasuries can prepare in advance.",
         "Казначейство Украины рассказывает, как платежи продолжались при отключениях "
         "электроэнергии и переезде, и что другие казначейства могут подготовить заранее."),
        "ru+en", hours=2.0, expected=44, speakers=("UA/TCOP",), facilitators=("convener",),
        agenda=("tcop-crisis",),
        outcome=(
            "Главный урок: резервный центр обработки данных и заранее утверждённые "
            "упрощённые процедуры важнее любой технологии. Участники сверили свои планы "
            "непрерывности деятельности.",
            "- Описание кейса (ru, en)\n- Контрольный перечень плана непрерывности",
            "- TCOP подготовит памятку по непрерывности казначейских операций",
            "- Казначейства проверят свои планы по перечню",
        ),
    ),
    _t(
        "tcop-artg-2", "learning-projects", (TREASURY,), -360,
        ("Accounting and Reporting Thematic Group: consolidated financial statements",
         "Тематическая группа по учёту и отчётности: консолидированная финансовая отчётность"),
        ("Members work through the consolidation of state-owned entities: scope, eliminations "
         "and the first consolidated statements.",
         "Участники разбирают консолидацию государственных организаций: охват, исключение "
         "взаимных расчётов и первая консолидированная отчётность."),
        "ru", place="tashkent", days=2, capacity=30, expected=25,
        hosts=("UZ/TCOP",), facilitators=("convener",), agenda=("tcop-consolidation", "tcop-ipsas"),
        outcome=(
            "Участники согласились, что начинать консолидацию нужно с узкого охвата и "
            "расширять его по мере готовности учёта. Узбекистан поделился первым опытом.",
            "- Пример консолидированной отчётности Узбекистана\n- Шаблон дорожной карты (версия 2)",
            "- Шаблон дорожной карты утверждён как продукт TCOP",
            "- Перевести шаблон на английский язык",
        ),
    ),
    _t(
        "tcop-fmis-review", "project-reviews", (TREASURY,), -300,
        ("Project review: replacing the Tajik treasury system",
         "Анализ проекта: замена казначейской системы Таджикистана"),
        ("Peers from treasuries that replaced their FMIS review Tajikistan's project plan and "
         "procurement approach, with a World Bank specialist.",
         "Коллеги из казначейств, заменивших свои FMIS, вместе со специалистом Всемирного "
         "банка анализируют план проекта и подход к закупкам Таджикистана."),
        "ru+en", hours=3.0, capacity=15, expected=12, hosts=("TJ/TCOP",),
        speakers=("guest:wb-fmis", "KZ/TCOP"), agenda=("tcop-fmis",),
        outcome=(
            "Коллеги рекомендовали разделить проект на этапы и не переносить старые процессы "
            "в новую систему без пересмотра. Таджикистан скорректировал техническое задание.",
            "- Замечания к плану проекта\n- Перечень типичных рисков проектов FMIS",
            "- Таджикистан перенесёт запуск модуля отчётности на второй этап",
            "- Повторный анализ через год",
        ),
    ),
    _t(
        "tcop-tsa-qa", "questions-and-answers", (TREASURY,), -260,
        ("Questions and answers: coverage of the treasury single account",
         "Вопросы и ответы: охват единого казначейского счёта"),
        ("Members send questions in advance about bringing extrabudgetary funds and "
         "donor-funded projects into the TSA; an IMF expert and peers answer.",
         "Участники заранее присылают вопросы о включении внебюджетных фондов и донорских "
         "проектов в ЕКС; отвечают эксперт МВФ и коллеги."),
        "ru+en", hours=1.5, expected=32, speakers=("guest:imf-treasury", "MD/TCOP"),
        facilitators=("convener",), agenda=("tcop-cash-forecasting",),
        outcome=(
            "Ответили на 14 вопросов. Наибольшие сложности — счета донорских проектов и "
            "собственные доходы бюджетных учреждений.",
            "- Ответы на вопросы в библиотеке (ru, en)",
            "- Вопросы без ответа передать в справочную службу TCOP",
            "- Эксперт МВФ пришлёт обзор практик по донорским счетам",
        ),
    ),
    _t(
        "tcop-shadow-lt", "following-the-leader", (TREASURY,), -190,
        ("Following the leader: year-end closing at the Lithuanian treasury",
         "Следование за руководителем: закрытие года в казначействе Литвы"),
        ("Two TCOP members spend three days with the Lithuanian State Treasury during the "
         "year-end closing.",
         "Два участника TCOP проводят три дня в Государственном казначействе Литвы во время "
         "закрытия финансового года."),
        "en", place="vilnius", days=3, start=9, capacity=3, expected=2, formality="informal",
        hosts=("guest:lt-treasury",), agenda=("tcop-year-end",),
        outcome=(
            "Two members followed the year-end closing day by day. The Lithuanian treasury "
            "closes the accounts in 20 working days thanks to a fixed calendar agreed with "
            "every spending unit in October.",
            "- Lithuania's year-end closing calendar",
            "- The participants will present the calendar to the thematic group",
            "- Share the calendar template in the library",
        ),
    ),
    _t(
        "tcop-pefa", "external-benchmarks", (TREASURY,), -140,
        ("Treasury functions against PEFA PI-21 and PI-22",
         "Казначейские функции и показатели PEFA PI-21 и PI-22"),
        ("Members score their own cash management and expenditure arrears against the PEFA "
         "indicators and compare the results.",
         "Участники оценивают своё управление ликвидностью и просроченную задолженность по "
         "показателям PEFA и сравнивают результаты."),
        "ru", hours=2.0, expected=30, facilitators=("convener",),
        agenda=("tcop-commitment-control", "tcop-cash-forecasting"),
        outcome=(
            "Самооценка показала, что по PI-21 большинство стран получает B, а по PI-22 "
            "результаты сильно расходятся: не все ведут учёт просроченной задолженности.",
            "- Сводная самооценка по PI-21 и PI-22 (11 стран)",
            "- Учёт просроченной задолженности — тема следующей встречи группы",
            "- Собрать формы отчётности о задолженности",
        ),
        materials=(("PEFA Framework 2016", "https://www.pefa.org/resources/pefa-2016-framework"),),
    ),
    _t(
        "tcop-year-end-tips", "exchanging-tips", (TREASURY,), -95,
        ("Exchanging tips: preparing for the year-end closing",
         "Обмен полезными советами: подготовка к закрытию года"),
        ("An informal online hour: members share what helps them close the year on time.",
         "Неформальный онлайн-час: участники делятся тем, что помогает им вовремя закрыть год."),
        "ru", hours=1.0, formality="informal", expected=20, facilitators=("KG/TCOP",),
        agenda=("tcop-year-end",),
        outcome=(
            "Собрали два десятка советов — от календаря закрытия года до единого образца "
            "письма распорядителям. Лучшие советы вошли в памятку.",
            "- Памятка «Закрытие года: 20 советов коллег»",
            "- Обмен советами повторять каждую осень",
            "- Разместить памятку в библиотеке",
        ),
    ),
    _t(
        "tcop-artg-3", "learning-projects", (TREASURY,), -45,
        ("Accounting and Reporting Thematic Group: non-financial assets",
         "Тематическая группа по учёту и отчётности: нефинансовые активы"),
        ("The group works on valuing and recording non-financial assets, the slowest part of "
         "every IPSAS road map.",
         "Группа работает над оценкой и учётом нефинансовых активов — самой медленной частью "
         "любой дорожной карты перехода на МСФООС."),
        "ru", place="bishkek", days=2, capacity=30, expected=26,
        hosts=("KG/TCOP",), facilitators=("convener",), agenda=("tcop-ipsas",),
        outcome=(
            "Участники сравнили подходы к первоначальной оценке имущества. Договорились "
            "подготовить общий перечень упрощений, допустимых при первом применении МСФООС.",
            "- Перечень упрощений при первой оценке активов (проект)",
            "- Перечень станет приложением к шаблону дорожной карты",
            "- Кыргызстан и Казахстан доработают перечень",
        ),
    ),
    _t(
        "tcop-commitment-webinar", "seminars-and-trainings", (TREASURY,), 12,
        ("Webinar: commitment control from registration to payment",
         "Вебинар: контроль обязательств — от регистрации до платежа"),
        ("How treasuries register commitments, check them against allotments and prevent "
         "arrears; with Ukraine's and Moldova's rules. In Russian.",
         "Как казначейства регистрируют обязательства, сверяют их с лимитами и "
         "предотвращают задолженность; правила Украины и Молдовы. На русском языке."),
        "ru", hours=2.0, capacity=80, expected=34, speakers=("UA/TCOP", "MD/TCOP"),
        facilitators=("convener",), agenda=("tcop-commitment-control",), force=("member@",),
    ),
    _t(
        "tcop-study-visit-pl", "study-visits", (TREASURY,), 35,
        ("Study visit to the Polish Ministry of Finance: treasury IT systems",
         "Учебная поездка в Министерство финансов Польши: ИТ-системы казначейства"),
        ("Cancelled: most participants could not obtain visas in time. The visit will be "
         "rescheduled.",
         "Отменено: большинство участников не успели получить визы. Поездка будет "
         "перенесена."),
        "ru+en", place="warsaw", days=3, start=9, capacity=16, expected=11,
        hosts=("guest:pl-treasury",), agenda=("tcop-fmis",), status="cancelled",
    ),
    _t(
        "tcop-fmis-tg", "systematic-analysis", (TREASURY,), 90,
        ("IT and FMIS Thematic Group: first meeting",
         "Тематическая группа по ИТ и FMIS: первая встреча"),
        ("The new thematic group agrees its work plan: a survey of treasury systems across "
         "the network and a shared list of requirements.",
         "Новая тематическая группа согласует план работы: обследование казначейских систем "
         "в странах сети и общий перечень требований."),
        "ru+en", place="baku", days=2, capacity=30, expected=19,
        hosts=("AZ/TCOP",), facilitators=("convener",), agenda=("tcop-fmis",),
    ),
)  # fmt: skip


IACOP_PROGRAMME: tuple[Template, ...] = (
    _t(
        "iacop-qawg-1", "comparing-practices", (AUDIT,), -705,
        ("Quality Assurance Working Group: external quality assessments",
         "Рабочая группа по обеспечению качества: внешние оценки качества"),
        ("Members compare how central harmonisation units organise external quality "
         "assessments of internal audit units.",
         "Участники сравнивают, как центральные подразделения гармонизации организуют "
         "внешнюю оценку качества работы подразделений внутреннего аудита."),
        "en+ru", hours=2.5, start=11, expected=27, facilitators=("convener",),
        speakers=("HR/IACOP",), agenda=("iacop-qa",),
        outcome=(
            "Eight countries run external assessments; only three publish the results. "
            "Members agreed that a common assessment checklist would save everyone work.",
            "- Comparison of external assessment practice (12 countries)",
            "- The group will draft a common QA checklist",
            "- Croatia to share its assessment methodology",
        ),
    ),
    _t(
        "iacop-risk-wb", "seminars-and-trainings", (AUDIT,), -650,
        ("Western Balkans workshop: risk-based audit planning",
         "Семинар для Западных Балкан: планирование аудита на основе рисков"),
        ("A two-day workshop for internal auditors of the Western Balkans on building an "
         "annual plan from a risk assessment when data are scarce. In English with "
         "interpretation into BCS.",
         "Двухдневный семинар для внутренних аудиторов Западных Балкан о составлении "
         "годового плана на основе оценки рисков при нехватке данных. На английском с "
         "переводом на БХС."),
        "en+bcs", place="sarajevo", days=2, capacity=35, expected=30,
        countries=WESTERN_BALKANS, hosts=("BA/IACOP",), facilitators=("convener",),
        speakers=("MK/IACOP",), agenda=("iacop-risk",),
        outcome=(
            "Auditors from across the Western Balkans built risk-based plans on a common "
            "case. Those without risk registers in their ministries used budget and "
            "procurement data as a proxy.",
            "- Case material and risk scoring template\n- Participants' sample plans",
            "- The template will be translated into BCS and shared",
            "- A follow-up online clinic for those who try it on their next annual plan",
        ),
    ),
    _t(
        "iacop-giias", "invited-speakers", (AUDIT,), -600,
        ("Webinar: the Global Internal Audit Standards in the public sector",
         "Вебинар: Глобальные стандарты внутреннего аудита в государственном секторе"),
        ("The Institute of Internal Auditors presents the 2024 standards and the topical "
         "requirements that matter for ministries.",
         "Институт внутренних аудиторов представляет стандарты 2024 года и тематические "
         "требования, важные для министерств."),
        "en+ru", hours=1.5, start=13, expected=55, speakers=("guest:iia",),
        facilitators=("convener",), agenda=("iacop-standards",),
        outcome=(
            "Questions focused on the new requirements for the board and senior management, "
            "which in ministries often do not exist in the form the standards assume.",
            "- Recording and slides (en, ru)",
            "- IACOP will map the standards to public-sector governance structures",
            "- Translate the IIA's public-sector guidance into Russian",
        ),
    ),
    _t(
        "iacop-findings-roleplay", "role-plays", (AUDIT,), -545,
        ("Role play: presenting audit findings to a reluctant manager",
         "Ролевая игра: представление результатов аудита несговорчивому руководителю"),
        ("Participants play auditor, head of department and observer in turns, and reflect "
         "on what makes a finding acted upon.",
         "Участники по очереди играют аудитора, руководителя и наблюдателя и обсуждают, "
         "что помогает добиться выполнения рекомендаций."),
        "en", place="tirana", days=1, capacity=24, expected=20, formality="informal",
        hosts=("AL/IACOP",), facilitators=("convener",), agenda=("iacop-findings",),
        outcome=(
            "Auditors played six rounds. The findings that were accepted were short, tied to "
            "the manager's own objectives and came with a realistic deadline.",
            "- A one-page guide \"How to present a finding\"",
            "- Role plays will be part of the next plenary's IACOP workshop",
            "- Albania to run the same exercise with its ministries' auditors",
        ),
    ),
    _t(
        "iacop-itwg-1", "learning-projects", (AUDIT,), -500,
        ("IT Audit Working Group: auditing user access in FMIS",
         "Рабочая группа по ИТ-аудиту: аудит доступа пользователей в FMIS"),
        ("The group drafts a practical audit programme for user access in financial systems.",
         "Группа готовит практическую программу аудита доступа пользователей к финансовым "
         "системам."),
        "ru+en", hours=2.5, expected=24, facilitators=("GE/IACOP",), agenda=("iacop-it-audit",),
        outcome=(
            "Участники согласовали структуру программы аудита: учётные записи, роли, "
            "разделение обязанностей, журналы. Не хватает специалистов — в большинстве "
            "подразделений аудита нет ИТ-аудитора.",
            "- Проект программы аудита доступа",
            "- Программа станет частью руководства по ИТ-аудиту",
            "- Каждый участник проверит программу на одной системе",
        ),
    ),
    _t(
        "iacop-procurement-case", "case-studies", (AUDIT,), -440,
        ("Case study: audit of public procurement in North Macedonia",
         "Кейс: аудит государственных закупок в Северной Македонии"),
        ("North Macedonia's central harmonisation unit presents a procurement audit from "
         "planning to follow-up.",
         "Центральное подразделение гармонизации Северной Македонии представляет аудит "
         "закупок — от планирования до контроля выполнения рекомендаций."),
        "en+ru", hours=2.0, expected=40, speakers=("MK/IACOP",), facilitators=("convener",),
        agenda=("iacop-risk", "iacop-findings"),
        outcome=(
            "The audit found split contracts below thresholds in four ministries. Members "
            "discussed how to test for splitting with simple data queries.",
            "- Case write-up and the data queries used",
            "- Data queries will be collected for the data analytics master class",
            "- Members to share their own procurement audit programmes",
        ),
    ),
    _t(
        "iacop-iacm", "external-benchmarks", (AUDIT,), -380,
        ("Benchmarking with the IIA Internal Audit Capability Model",
         "Сопоставление с моделью потенциала внутреннего аудита (IA-CM)"),
        ("Members assess their internal audit function against the IA-CM levels and compare "
         "where they stand.",
         "Участники оценивают свои подразделения внутреннего аудита по уровням IA-CM и "
         "сравнивают, на каком этапе они находятся."),
        "en+ru", place="istanbul", days=2, capacity=30, expected=28,
        hosts=("TR/IACOP",), facilitators=("convener",), agenda=("iacop-qa", "iacop-standards"),
        outcome=(
            "Most functions placed themselves at level 2 (infrastructure). The weakest key "
            "process area everywhere was performance management and accountability.",
            "- Self-assessment results (12 countries)",
            "- The QA working group will use IA-CM as its reference",
            "- Repeat the self-assessment in two years",
        ),
    ),
    _t(
        "iacop-analytics", "master-classes", (AUDIT,), -330,
        ("Master class: data analytics for internal auditors",
         "Мастер-класс: анализ данных для внутренних аудиторов"),
        ("A hands-on online course: from extracting payment data to simple tests for "
         "duplicates, splitting and outliers.",
         "Практический онлайн-курс: от выгрузки платёжных данных до простых тестов на дубли, "
         "дробление и выбросы."),
        "en+ru", hours=3.5, start=13, capacity=40, expected=46,
        speakers=("guest:analytics",), facilitators=("convener",), agenda=("iacop-data-analytics",),
        outcome=(
            "The course was full with a waiting list. Participants ran five tests on sample "
            "treasury data; the duplicate payment test found issues in every dataset.",
            "- Exercise files and test scripts\n- A list of the five tests with instructions",
            "- A second round of the course will be offered in Russian",
            "- Participants to try one test on their own data and report back",
        ),
    ),
    _t(
        "iacop-qa-review-al", "project-reviews", (AUDIT,), -270,
        ("Project review: Albania's quality assurance programme",
         "Анализ проекта: программа обеспечения качества в Албании"),
        ("Peers from Croatia and Turkey review the design of Albania's new quality assurance "
         "and improvement programme.",
         "Коллеги из Хорватии и Турции анализируют замысел новой программы обеспечения и "
         "повышения качества в Албании."),
        "en", place="tirana", days=2, capacity=10, expected=7, hosts=("AL/IACOP",),
        speakers=("HR/IACOP", "TR/IACOP"), agenda=("iacop-qa",),
        outcome=(
            "The peers recommended fewer, deeper internal assessments and a public annual "
            "summary. Albania adopted both recommendations.",
            "- Review note with recommendations",
            "- Albania revises its QA programme",
            "- Follow-up review in a year",
        ),
    ),
    _t(
        "iacop-qawg-2", "comparing-practices", (AUDIT,), -215,
        ("Quality Assurance Working Group: a common checklist",
         "Рабочая группа по обеспечению качества: общий контрольный перечень"),
        ("The group finalises the common quality assessment checklist and agrees how to "
         "pilot it.",
         "Группа завершает общий контрольный перечень оценки качества и договаривается о "
         "пилотном применении."),
        "en+ru", hours=2.5, start=11, expected=25, facilitators=("convener",),
        speakers=("HR/IACOP",), agenda=("iacop-qa",),
        outcome=(
            "The checklist has 42 questions in six areas, aligned with the new standards. "
            "Five countries volunteered to pilot it.",
            "- QA checklist (en, ru)",
            "- Pilot in five countries over six months",
            "- Pilot countries report at the next meeting",
        ),
    ),
    _t(
        "iacop-helpdesk", "help-desk", (AUDIT,), -150,
        ("Help desk hour: internal audit charters",
         "Справочная служба: положения о внутреннем аудите"),
        ("Members bring questions about their audit charters; experienced colleagues answer "
         "one by one.",
         "Участники приходят с вопросами о своих положениях о внутреннем аудите; опытные "
         "коллеги отвечают на каждый."),
        "ru+en", hours=1.0, formality="informal", expected=16, facilitators=("convener",),
        speakers=("KZ/IACOP",), agenda=("iacop-standards",),
        outcome=(
            "Ответили на вопросы девяти участников, в основном о подчинённости подразделения "
            "аудита и о праве доступа к информации.",
            "- Подборка положений о внутреннем аудите (6 стран)",
            "- Проводить час справочной службы раз в квартал",
            "- Следующая тема — аудиторские комитеты",
        ),
    ),
    _t(
        "iacop-itwg-2", "documenting-practice", (AUDIT,), -100,
        ("IT Audit Working Group: the IT audit guide, final review",
         "Рабочая группа по ИТ-аудиту: окончательное обсуждение руководства"),
        ("The group reviews the full draft of its IT audit guide before publication.",
         "Группа обсуждает полный проект руководства по ИТ-аудиту перед публикацией."),
        "ru+en", place="chisinau", days=2, capacity=25, expected=22,
        hosts=("MD/IACOP",), facilitators=("GE/IACOP",), agenda=("iacop-it-audit",),
        outcome=(
            "Руководство одобрено с правками. Отдельная глава о доступе пользователей "
            "основана на пилотах в шести странах.",
            "- Руководство по ИТ-аудиту (окончательный проект, ru, en)",
            "- Опубликовать руководство как продукт IACOP",
            "- Подготовить вебинар по руководству",
        ),
    ),
    _t(
        "iacop-audit-committees", "comparing-practices", (AUDIT,), -55,
        ("Western Balkans workshop: audit committees in practice",
         "Семинар для Западных Балкан: аудиторские комитеты на практике"),
        ("How audit committees in ministries are composed, what they discuss and whether "
         "they help. In English with interpretation into BCS.",
         "Как формируются аудиторские комитеты в министерствах, что они обсуждают и помогают "
         "ли они. На английском с переводом на БХС."),
        "en+bcs", place="belgrade", days=1, capacity=30, expected=25,
        countries=WESTERN_BALKANS, hosts=("RS/IACOP",), speakers=("guest:ec-pifc",),
        facilitators=("convener",), agenda=("iacop-audit-committees",),
        outcome=(
            "Committees with an independent chair meet more often and follow up more "
            "recommendations. Several countries still have committees only on paper.",
            "- Comparison of audit committee rules (6 countries)",
            "- IACOP will draft model terms of reference",
            "- Serbia and North Macedonia to draft the terms of reference",
        ),
    ),
    _t(
        "iacop-eufunds", "invited-speakers", (AUDIT,), -18,
        ("Webinar: internal audit of EU funds", "Вебинар: внутренний аудит средств ЕС"),
        ("The Greek finance ministry explains how internal audit and the audit authority "
         "divide the work on EU funds.",
         "Министерство финансов Греции рассказывает, как внутренний аудит и орган аудита "
         "делят работу по средствам ЕС."),
        "en", hours=1.5, start=13, expected=30, speakers=("guest:gr-eufunds",),
        facilitators=("convener",), agenda=("iacop-standards",),
        outcome=(
            "Candidate countries asked most questions: how to avoid duplicate audits and how "
            "to rely on each other's work.",
            "- Recording and slides",
            "- Topic added to the IACOP learning agenda",
            "- Collect the audit authorities' contacts for a joint session",
        ),
    ),
    _t(
        "iacop-ai", "exploring-ideas", (AUDIT,), 25,
        ("Exploring ideas: AI in audit sampling — a first look",
         "Изучение идей: ИИ при аудиторской выборке — первое знакомство"),
        ("An open session on where AI tools could help internal auditors, and where they "
         "should not.",
         "Открытая сессия о том, где инструменты ИИ могут помочь внутренним аудиторам, а где "
         "их применять не стоит."),
        "en+ru", hours=1.5, formality="informal", start=13, capacity=100, expected=35,
        facilitators=("GE/IACOP",), agenda=("iacop-ai",),
    ),
    _t(
        "iacop-qawg-3", "comparing-practices", (AUDIT,), 60,
        ("Quality Assurance Working Group: results of the checklist pilot",
         "Рабочая группа по обеспечению качества: итоги пилотного применения перечня"),
        ("The five pilot countries report how the common checklist worked.",
         "Пять пилотных стран рассказывают, как работал общий контрольный перечень."),
        "en+ru", place="tbilisi", days=2, capacity=25, expected=17, hosts=("GE/IACOP",),
        facilitators=("convener",), agenda=("iacop-qa",),
    ),
)  # fmt: skip


CROSS_BOUNDARY: tuple[Template, ...] = (
    _t(
        "x-risks-cash", "cross-boundary-collaboration", (BUDGET, TREASURY), -420,
        ("Joint BCOP–TCOP session: fiscal risks meet cash management",
         "Совместная сессия BCOP и TCOP: бюджетные риски и управление ликвидностью"),
        ("Budget and treasury officials look together at how fiscal risks turn into cash "
         "needs, and who should see them first.",
         "Специалисты по бюджету и казначейству вместе разбирают, как бюджетные риски "
         "превращаются в потребность в ликвидности и кто должен видеть их первым."),
        "en+ru", hours=2.5, start=11, expected=45, facilitators=("convener@",),
        speakers=("MD/TCOP", "UA/BCOP"), agenda=("bcop-fiscal-rules", "tcop-cash-forecasting"),
        force=("member@",),
        outcome=(
            "Budget departments rarely share their risk assessments with the treasury. "
            "Participants agreed a short list of risks the treasury should be told about "
            "before the year starts.",
            "- A joint list of \"risks the treasury should know\"",
            "- BCOP and TCOP will hold a joint session every year",
            "- Both communities' conveners to plan the next joint session",
        ),
    ),
    _t(
        "x-internal-control", "cross-boundary-collaboration", (BUDGET, AUDIT), -175,
        ("Joint BCOP–IACOP workshop: internal control over budget execution",
         "Совместный семинар BCOP и IACOP: внутренний контроль исполнения бюджета"),
        ("Budget officials and internal auditors compare what each sees going wrong in budget "
         "execution, with OECD/SIGMA.",
         "Специалисты по бюджету и внутренние аудиторы сравнивают, какие проблемы исполнения "
         "бюджета видит каждая сторона; при участии ОЭСР/SIGMA."),
        "en+ru", place="ljubljana", days=2, capacity=40, expected=36,
        hosts=("admin@",), speakers=("guest:oecd-sigma",), facilitators=("convener@",),
        agenda=("iacop-findings", "bcop-spending-reviews"),
        outcome=(
            "The two communities found they describe the same weaknesses in different words. "
            "Audit findings on budget execution are rarely read by budget departments.",
            "- A shared glossary of budget-execution control terms (en, ru)",
            "- Internal audit summaries will be sent to budget departments once a year",
            "- Pilot the annual summary in three countries",
        ),
    ),
    _t(
        "x-tsa-audit", "cross-boundary-collaboration", (TREASURY, AUDIT), 50,
        ("Joint TCOP–IACOP webinar: auditing the treasury single account",
         "Совместный вебинар TCOP и IACOP: аудит единого казначейского счёта"),
        ("Treasurers and internal auditors discuss what an audit of the TSA should cover.",
         "Казначеи и внутренние аудиторы обсуждают, что должен охватывать аудит ЕКС."),
        "ru+en", hours=2.0, capacity=120, expected=40, speakers=("MD/TCOP", "GE/IACOP"),
        facilitators=("convener",), agenda=("tcop-cash-forecasting", "iacop-it-audit"),
    ),
)  # fmt: skip


PROGRAMME: tuple[Template, ...] = (
    *PLENARIES,
    *BCOP_PROGRAMME,
    *TCOP_PROGRAMME,
    *IACOP_PROGRAMME,
    *CROSS_BOUNDARY,
)
