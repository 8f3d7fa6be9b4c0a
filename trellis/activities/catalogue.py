"""The activity-type catalogue of the framework, as data.

Every type named in the deck's slides on learning activities ("Деятельность по обучению"),
with names and descriptions in English and Russian, the formats in which it is usually
held (``ActivityFormat`` codes) and the technology orientations of *Digital Habitats*
it serves (``Orientation`` codes). The Russian names follow the deck's wording.

Loaded by the data migration ``0002_activity_type_catalogue`` (update by slug), so the
order here is the order of the catalogue (position = index * 10).
"""

from typing import TypedDict


class CatalogueEntry(TypedDict):
    slug: str
    name: dict[str, str]
    description: dict[str, str]
    formats: list[str]
    orientations: list[str]


ACTIVITY_TYPE_CATALOGUE: list[CatalogueEntry] = [
    {
        "slug": "hosting-visitors",
        "name": {"en": "Hosting visitors", "ru": "Приём гостей"},
        "description": {
            "en": "A ministry or agency receives colleagues from other countries and shows how "
            "it actually works: its treasury single account, its budget calendar, its audit "
            "committee. The hosts learn from the visitors' questions as much as the visitors "
            "learn from the hosts.",
            "ru": "Министерство или ведомство принимает коллег из других стран и показывает, как "
            "оно работает на деле: единый казначейский счёт, бюджетный календарь, комитет по "
            "аудиту. Хозяева учатся на вопросах гостей не меньше, чем гости — у хозяев.",
        },
        "formats": ["visit", "meeting"],
        "orientations": ["meetings", "relationships", "context"],
    },
    {
        "slug": "study-visits",
        "name": {"en": "Study visits", "ru": "Учебные поездки"},
        "description": {
            "en": "A delegation travels to a peer country to see a reform in place — for "
            "example, a treasury's move to accrual accounting — and meets the people who run "
            "it. Participants prepare questions in advance and report back to their ministry.",
            "ru": "Делегация едет в страну-партнёр, чтобы увидеть реформу в действии — например, "
            "переход казначейства на учёт по методу начисления — и встретиться с теми, кто её "
            "проводит. Участники заранее готовят вопросы и отчитываются в своём министерстве.",
        },
        "formats": ["visit"],
        "orientations": ["meetings", "relationships", "context"],
    },
    {
        "slug": "good-practice-exhibitions",
        "name": {"en": "Exhibitions of good practice", "ru": "Выставки передовых практик"},
        "description": {
            "en": "Countries present their best tools side by side — citizen budgets, "
            "programme classifications, audit manuals — in a market-place session, so members "
            "can browse, compare and pick up what they can reuse.",
            "ru": "Страны представляют свои лучшие инструменты рядом друг с другом — бюджеты для "
            "граждан, программные классификации, руководства по аудиту — в формате «ярмарки», "
            "чтобы участники могли сравнить их и взять то, что пригодится.",
        },
        "formats": ["meeting", "workshop", "document"],
        "orientations": ["content", "meetings", "cultivation"],
    },
    {
        "slug": "demonstrations",
        "name": {"en": "Demonstrations", "ru": "Демонстрации"},
        "description": {
            "en": "A practitioner shows a working system or method live — a financial "
            "management information system screen, a risk-based audit planning spreadsheet — "
            "and answers questions about how it is used day to day.",
            "ru": "Практик показывает работающую систему или метод вживую — экран "
            "информационной системы управления финансами, таблицу планирования аудита на основе "
            "рисков — и отвечает на вопросы о повседневной работе с ними.",
        },
        "formats": ["workshop", "webinar"],
        "orientations": ["meetings", "expertise", "content"],
    },
    {
        "slug": "documenting-practice",
        "name": {"en": "Documenting practice", "ru": "Практика документирования"},
        "description": {
            "en": "Members write down how they do something — a procedure, a checklist, a "
            "lessons-learned note — so that the community's know-how outlives a single meeting "
            "or a single official.",
            "ru": "Участники записывают, как они что-то делают — процедуру, контрольный перечень, "
            "записку об извлечённых уроках, — чтобы знания сообщества пережили отдельную встречу "
            "или уход отдельного сотрудника.",
        },
        "formats": ["document", "working_group"],
        "orientations": ["content", "projects"],
    },
    {
        "slug": "case-studies",
        "name": {"en": "Case studies", "ru": "Конкретные примеры (кейсы)"},
        "description": {
            "en": "A country tells the full story of one reform — what was tried, what failed, "
            "what finally worked — and the group analyses it against their own situation.",
            "ru": "Страна подробно рассказывает историю одной реформы — что пробовали, что не "
            "получилось, что в итоге сработало, — а группа разбирает её применительно к своей "
            "ситуации.",
        },
        "formats": ["document", "workshop", "webinar"],
        "orientations": ["content", "expertise", "context"],
    },
    {
        "slug": "problem-solving",
        "name": {"en": "Problem solving", "ru": "Решение проблем"},
        "description": {
            "en": "A member brings a concrete problem — arrears piling up, a spending review "
            "that nobody uses — and peers work through causes and options together in a "
            "structured session.",
            "ru": "Участник приносит конкретную проблему — растущую просроченную задолженность, "
            "обзор расходов, которым никто не пользуется, — и коллеги вместе разбирают причины "
            "и варианты решения на структурированной сессии.",
        },
        "formats": ["workshop", "discussion", "one_to_one"],
        "orientations": ["conversation", "expertise", "projects"],
    },
    {
        "slug": "reading-groups",
        "name": {"en": "Reading groups", "ru": "Читательские группы"},
        "description": {
            "en": "Members read the same text — an OECD review, an IMF fiscal transparency "
            "code chapter, an IIA standard — and meet to discuss what it means for their "
            "practice.",
            "ru": "Участники читают один и тот же текст — обзор ОЭСР, главу кодекса "
            "бюджетной прозрачности МВФ, стандарт IIA — и встречаются, чтобы обсудить, что он "
            "значит для их практики.",
        },
        "formats": ["discussion", "meeting", "webinar"],
        "orientations": ["conversation", "content", "relationships"],
    },
    {
        "slug": "joint-response",
        "name": {"en": "Joint response", "ru": "Совместный ответ"},
        "description": {
            "en": "Several members answer a colleague's question together, each adding their "
            "country's experience, so the asker gets one considered answer instead of "
            "scattered replies.",
            "ru": "Несколько участников вместе отвечают на вопрос коллеги, добавляя опыт своих "
            "стран, чтобы спрашивающий получил один продуманный ответ вместо разрозненных "
            "реплик.",
        },
        "formats": ["discussion", "document"],
        "orientations": ["expertise", "conversation", "projects"],
    },
    {
        "slug": "learning-projects",
        "name": {"en": "Learning projects", "ru": "Учебные проекты"},
        "description": {
            "en": "A small group works over several months towards a shared product — a "
            "guidance note on programme budgeting indicators, a chart of accounts comparison — "
            "learning as they build it.",
            "ru": "Небольшая группа в течение нескольких месяцев работает над общим продуктом — "
            "методической запиской о показателях программного бюджетирования, сравнением планов "
            "счетов — и учится в процессе работы.",
        },
        "formats": ["project", "working_group"],
        "orientations": ["projects", "content"],
    },
    {
        "slug": "exchanging-tips",
        "name": {"en": "Exchanging tips", "ru": "Обмен полезными советами"},
        "description": {
            "en": "Short, practical hints passed between members — how to word a budget "
            "circular, which report format ministers actually read — shared informally online "
            "or over coffee.",
            "ru": "Короткие практические советы, которыми обмениваются участники, — как "
            "сформулировать бюджетный циркуляр, какой формат отчёта министры действительно "
            "читают, — неформально, в сети или за чашкой кофе.",
        },
        "formats": ["discussion"],
        "orientations": ["conversation", "individual", "relationships"],
    },
    {
        "slug": "pointing-to-resources",
        "name": {"en": "Pointing to resources", "ru": "Указание на ресурсы"},
        "description": {
            "en": "Members point each other to useful laws, manuals, datasets and reports — "
            "the right PEFA assessment, a neighbour's treasury regulation — so nobody starts "
            "from zero.",
            "ru": "Участники подсказывают друг другу полезные законы, руководства, данные и "
            "отчёты — нужную оценку PEFA, положение о казначействе соседней страны, — чтобы "
            "никому не приходилось начинать с нуля.",
        },
        "formats": ["discussion", "document"],
        "orientations": ["content", "individual"],
    },
    {
        "slug": "following-the-leader",
        "name": {"en": "Following the leader", "ru": "Следование за руководителем"},
        "description": {
            "en": "A member shadows an experienced colleague in another country for a few days "
            "— sitting in on a budget hearing or an audit closing meeting — to see how the "
            "work is actually done.",
            "ru": "Участник несколько дней сопровождает опытного коллегу из другой страны — "
            "присутствует на бюджетных слушаниях или заключительном совещании по аудиту, — "
            "чтобы увидеть, как работа делается на самом деле.",
        },
        "formats": ["visit", "one_to_one"],
        "orientations": ["relationships", "expertise", "individual"],
    },
    {
        "slug": "hot-topic-discussions",
        "name": {"en": "Hot-topic discussions", "ru": "Обсуждение горячих тем"},
        "description": {
            "en": "An open discussion of an urgent issue many members face at once — budgeting "
            "under high inflation, new EU accession requirements — to share first reactions "
            "and options.",
            "ru": "Открытое обсуждение острого вопроса, с которым многие участники сталкиваются "
            "одновременно, — бюджетирование в условиях высокой инфляции, новые требования "
            "вступления в ЕС, — чтобы обменяться первыми оценками и вариантами.",
        },
        "formats": ["discussion", "webinar", "meeting"],
        "orientations": ["conversation", "meetings", "context"],
    },
    {
        "slug": "exploring-ideas",
        "name": {"en": "Exploring ideas", "ru": "Изучение идей"},
        "description": {
            "en": "An open-ended session on an idea that is not yet on anyone's reform plan — "
            "green budgeting, using AI in audit sampling — to test whether the community "
            "should take it up.",
            "ru": "Свободная сессия об идее, которой ещё нет ни в чьём плане реформ, — "
            "«зелёное» бюджетирование, применение ИИ при аудиторской выборке, — чтобы понять, "
            "стоит ли сообществу ею заняться.",
        },
        "formats": ["workshop", "discussion"],
        "orientations": ["conversation", "cultivation"],
    },
    {
        "slug": "project-reviews",
        "name": {"en": "Project reviews", "ru": "Анализ проектов"},
        "description": {
            "en": "Peers review a member country's reform project — its design, timeline and "
            "risks — before or during implementation, and give candid, practical feedback.",
            "ru": "Коллеги анализируют проект реформы страны-участницы — его замысел, сроки и "
            "риски — до или во время реализации и дают откровенные практические рекомендации.",
        },
        "formats": ["workshop", "one_to_one", "document"],
        "orientations": ["projects", "expertise", "context"],
    },
    {
        "slug": "master-classes",
        "name": {"en": "Master classes", "ru": "Мастер-классы"},
        "description": {
            "en": "A recognised expert works through a demanding skill with a small group — "
            "building a medium-term fiscal framework, writing an audit finding that gets acted "
            "on — with hands-on exercises.",
            "ru": "Признанный эксперт разбирает с небольшой группой сложный навык — построение "
            "среднесрочной бюджетной рамки, составление аудиторского вывода, по которому "
            "примут меры, — с практическими упражнениями.",
        },
        "formats": ["training", "workshop"],
        "orientations": ["expertise", "meetings", "individual"],
    },
    {
        "slug": "help-desk",
        "name": {"en": "Help desk", "ru": "Справочная служба"},
        "description": {
            "en": "Members ask practical questions and colleagues with the right experience "
            "answer — online or one to one — so help is available between meetings.",
            "ru": "Участники задают практические вопросы, а коллеги с нужным опытом отвечают — "
            "онлайн или лично, — так что помощь доступна и между встречами.",
        },
        "formats": ["discussion", "one_to_one"],
        "orientations": ["expertise", "conversation", "individual"],
    },
    {
        "slug": "comparing-practices",
        "name": {"en": "Comparing practices", "ru": "Сопоставление практик"},
        "description": {
            "en": "Members collect how each country handles the same task — commitment "
            "control, internal audit charters, budget ceilings — in a common template, and "
            "discuss the differences.",
            "ru": "Участники по единому шаблону собирают, как каждая страна решает одну и ту же "
            "задачу — контроль обязательств, положения о внутреннем аудите, бюджетные "
            "предельные объёмы, — и обсуждают различия.",
        },
        "formats": ["workshop", "document", "working_group"],
        "orientations": ["content", "context", "expertise"],
    },
    {
        "slug": "peer-assistance",
        "name": {"en": "Peer assistance", "ru": "Помощь со стороны коллег"},
        "description": {
            "en": "A member facing a specific challenge invites two or three peers from other "
            "countries who have been through it to advise — in a short visit or an online "
            "session.",
            "ru": "Участник, столкнувшийся с конкретной задачей, приглашает двух-трёх коллег из "
            "других стран, которые уже через это прошли, — на короткий визит или онлайн-сессию.",
        },
        "formats": ["one_to_one", "workshop", "webinar"],
        "orientations": ["expertise", "relationships", "context"],
    },
    {
        "slug": "questions-and-answers",
        "name": {"en": "Questions and answers", "ru": "Вопросы и ответы"},
        "description": {
            "en": "A session or thread built around members' questions to a panel of peers or "
            "experts, drawing on each other's experience and on other sources.",
            "ru": "Сессия или обсуждение, построенные вокруг вопросов участников к группе "
            "коллег или экспертов, на основе опыта друг друга и иных источников.",
        },
        "formats": ["discussion", "webinar"],
        "orientations": ["expertise", "conversation", "individual"],
    },
    {
        "slug": "role-plays",
        "name": {"en": "Role plays", "ru": "Ролевые игры"},
        "description": {
            "en": "Participants act out a difficult situation — a budget negotiation with a "
            "line ministry, presenting audit findings to a reluctant manager — and reflect on "
            "what worked.",
            "ru": "Участники разыгрывают трудную ситуацию — бюджетные переговоры с отраслевым "
            "министерством, представление результатов аудита несговорчивому руководителю, — и "
            "обсуждают, что сработало.",
        },
        "formats": ["workshop", "training"],
        "orientations": ["meetings", "relationships", "individual"],
    },
    {
        "slug": "document-exchange",
        "name": {"en": "Document exchange", "ru": "Обмен документами"},
        "description": {
            "en": "Members share their own working documents — budget instructions, treasury "
            "procedures, audit plans — often translated, so others can adapt them.",
            "ru": "Участники делятся своими рабочими документами — бюджетными инструкциями, "
            "казначейскими процедурами, планами аудита, — часто в переводе, чтобы другие могли "
            "их адаптировать.",
        },
        "formats": ["document", "discussion"],
        "orientations": ["content", "individual"],
    },
    {
        "slug": "seminars-and-trainings",
        "name": {"en": "Seminars and trainings", "ru": "Семинары и тренинги"},
        "description": {
            "en": "Structured courses on a defined topic — IPSAS, internal control "
            "frameworks, gender budgeting — with a programme, materials and trainers.",
            "ru": "Структурированные занятия по определённой теме — МСФООС, системы "
            "внутреннего контроля, гендерное бюджетирование — с программой, материалами и "
            "тренерами.",
        },
        "formats": ["training", "workshop", "webinar"],
        "orientations": ["meetings", "expertise", "individual"],
    },
    {
        "slug": "joint-events",
        "name": {"en": "Joint events", "ru": "Совместные мероприятия"},
        "description": {
            "en": "Meetings organised together by several communities or partners — such as "
            "the annual plenary of budget, treasury and internal audit officials — where the "
            "whole network meets.",
            "ru": "Встречи, которые проводят вместе несколько сообществ или партнёров, — "
            "например, ежегодное пленарное заседание специалистов по бюджету, казначейству и "
            "внутреннему аудиту, где собирается вся сеть.",
        },
        "formats": ["meeting", "workshop"],
        "orientations": ["meetings", "relationships", "cultivation"],
    },
    {
        "slug": "invited-speakers",
        "name": {"en": "Invited speakers", "ru": "Приглашённые выступающие"},
        "description": {
            "en": "Outside experts — from the OECD, the World Bank, the IMF or a national "
            "audit office — present new thinking and take questions from the community.",
            "ru": "Внешние эксперты — из ОЭСР, Всемирного банка, МВФ или национальной "
            "контрольно-счётной палаты — представляют новые подходы и отвечают на вопросы "
            "сообщества.",
        },
        "formats": ["meeting", "webinar"],
        "orientations": ["expertise", "meetings", "context"],
    },
    {
        "slug": "systematic-analysis",
        "name": {"en": "Systematic analysis", "ru": "Систематический анализ"},
        "description": {
            "en": "A working group studies a question across all member countries with a "
            "common method — for example, a survey of programme budgeting practice — and "
            "publishes the findings.",
            "ru": "Рабочая группа изучает вопрос по всем странам-участницам по единой методике "
            "— например, обследование практики программного бюджетирования — и публикует "
            "результаты.",
        },
        "formats": ["working_group", "document", "project"],
        "orientations": ["projects", "content", "context"],
    },
    {
        "slug": "external-benchmarks",
        "name": {"en": "External benchmarks", "ru": "Внешние контрольные показатели"},
        "description": {
            "en": "Members compare their systems against international references — PEFA "
            "indicators, OECD budget practice surveys, IIA standards — to see where they "
            "stand and what to improve next.",
            "ru": "Участники сравнивают свои системы с международными ориентирами — "
            "показателями PEFA, обследованиями бюджетной практики ОЭСР, стандартами IIA, — "
            "чтобы понять, где они находятся и что улучшать дальше.",
        },
        "formats": ["document", "workshop", "working_group"],
        "orientations": ["content", "context", "expertise"],
    },
    {
        "slug": "cross-boundary-collaboration",
        "name": {
            "en": "Cross-boundary collaboration",
            "ru": "Приграничное (межгрупповое) сотрудничество",
        },
        "description": {
            "en": "Work across the boundaries of communities or professions — budget and audit "
            "officials tackling the same issue together, or a joint product with a parliament's "
            "budget office.",
            "ru": "Работа на стыке сообществ или профессий — специалисты по бюджету и аудиту "
            "вместе решают один вопрос или готовят общий продукт с бюджетным офисом "
            "парламента.",
        },
        "formats": ["meeting", "project", "working_group"],
        "orientations": ["relationships", "projects", "cultivation", "context"],
    },
]
