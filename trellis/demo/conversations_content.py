"""What the demo's members asked, answered and discussed between meetings: pure data.

Dates are days before the demo's "today" (the anchor); answers, comments and replies come some
hours (questions) or days (discussions) later. The language of a post is the language of its
text: members from the countries whose ministries work in Russian write in Russian, the Western
Balkans, Türkiye, Hungary and most of the others in English.

Person selectors (resolved by `trellis.demo.conversations` among the members at the time):
- ``"MD"``: a member from that country who reads the conversation's language;
- ``"convener@"``, ``"member@"``, ``"admin@"``: the demo accounts;
- ``"author"``: whoever started the question or discussion;
- ``"answerer"`` (comments on an answer): the author of that answer;
- ``"=3"`` (replies): the author of reply 3.
"""

from dataclasses import dataclass

from trellis.demo.countries import AUDIT, BUDGET, TREASURY
from trellis.demo.network import STEERING

NETWORK_WIDE = None


@dataclass(frozen=True)
class A:
    """An answer, `after` hours after the question; `with_` are co-authors (a joint answer)."""

    by: str
    body: str
    after: float
    with_: tuple[str, ...] = ()
    helpful: int = 0


@dataclass(frozen=True)
class C:
    """A comment on the question (`on` = -1) or on one of its answers, `after` hours later."""

    by: str
    body: str
    after: float
    on: int = -1


@dataclass(frozen=True)
class Q:
    key: str
    community: str | None
    by: str
    days_ago: int
    title: str
    body: str
    topics: tuple[str, ...]
    answers: tuple[A, ...] = ()
    accepted: int | None = None  # index of the accepted answer
    context: bool = False  # the question is about the asker's country
    comments: tuple[C, ...] = ()
    experts: tuple[str, ...] = ()  # invited to answer by the asker


@dataclass(frozen=True)
class R:
    """A reply, `after` days after the discussion started, quoting reply `quotes` if set."""

    by: str
    body: str
    after: float
    quotes: int | None = None


@dataclass(frozen=True)
class D:
    key: str
    community: str
    by: str
    days_ago: int
    title: str
    body: str
    replies: tuple[R, ...]
    pinned: bool = False
    locked: bool = False
    closed: bool = False


@dataclass(frozen=True)
class Offer:
    by: str
    message: str
    after: float  # days after the request
    chosen: bool = False


@dataclass(frozen=True)
class Session:
    """The peer-assistance activity a scheduled or held peer assist became."""

    day: int  # offset from the anchor
    title: tuple[str, str]  # (en, ru)
    description: tuple[str, str]
    timezone: str
    hours: float = 2.0


@dataclass(frozen=True)
class PA:
    key: str
    community: str
    by: str
    days_ago: int
    status: str
    title: str
    problem: str
    context: str
    languages: tuple[str, ...]
    preferred: tuple[int, int]  # days from the anchor
    offers: tuple[Offer, ...]
    activity: str = ""  # key of an activity of the programme
    session: Session | None = None
    outcome: str = ""


QUESTIONS: tuple[Q, ...] = (
    # --- BCOP -------------------------------------------------------------------------------
    Q(
        "bcop-costing", BUDGET, "MD", 410,
        "How do you cost new policy proposals within the medium-term ceilings?",
        "Our line ministries submit new spending initiatives during the MTBF round with almost "
        "no costing — often one number for the first year. We set sector ceilings in the Budget "
        "Strategy Paper in April, but by October the proposals add up to two or three times the "
        "fiscal space.\n\nHow do you make ministries cost new policies (templates, baseline "
        "versus new measures), and who checks the numbers?",
        ("medium-term-budget-frameworks", "program-budgeting"),
        answers=(
            A("GE", "In Georgia we have separated the baseline (continuing policies) from new "
              "initiatives since 2019. Each initiative comes with a one-page costing sheet: unit "
              "cost, number of beneficiaries, a four-year profile and the **offset** the ministry "
              "proposes inside its own ceiling. Sector analysts in the budget department check "
              "unit costs against last year's outturn; anything above 0.1% of expenditure goes "
              "to the Government's budget commission.\n\nWhat did not work: asking for costings "
              "without a ceiling. Ministries simply inflated them.", 30, helpful=5),
            A("UA", "Ukraine tried a similar template. The key for us was that the baseline is "
              "the Ministry of Finance's number, not the ministry's: we recalculate it from the "
              "previous year's outturn and the indexation rules, and only the difference is "
              "negotiated. Disputes about what counts as \"new\" fell by about half in two "
              "rounds.", 52, helpful=3),
            A("HR", "One more line we added in Croatia: the impact on local governments and on "
              "revenues. Half of our surprises were costs quietly pushed to municipalities.", 120,
              helpful=1),
        ),
        accepted=0, context=True, experts=("GE",),
        comments=(
            C("author", "Thank you — could you share the costing sheet? Even in Georgian, our "
              "analysts will manage with a translator.", 34, on=0),
            C("answerer", "Uploaded the English version to the BCOP library, under MTBF "
              "templates.", 40, on=0),
        ),
    ),
    Q(
        "bcop-review-savings", BUDGET, "KZ", 300,
        "Как закрепить результаты обзора расходов в бюджете, чтобы экономия не «растворилась»?",
        "В прошлом году мы провели первый обзор расходов по двум направлениям — здравоохранение "
        "и субсидии АПК — и нашли около 4% экономии. Но при формировании бюджета министерства "
        "вернули почти всё через новые заявки.\n\nКак у вас решения по итогам обзора "
        "превращаются в снижение предельных объёмов? Кто их принимает — правительство, "
        "бюджетная комиссия?",
        ("spending-reviews", "medium-term-budget-frameworks"),
        answers=(
            A("RU", "Нам помогло то, что итоги обзора утверждаются протоколом бюджетной комиссии "
              "**до** доведения предельных объёмов, а не после. Экономия сразу вычитается из "
              "базовых ассигнований на все три года, и вернуть её министерство может только "
              "через новую инициативу с полным обоснованием. Без решения комиссии любые "
              "рекомендации оставались рекомендациями.", 20, helpful=3),
            A("AM", "В Армении и Грузии сделали похоже, но с «пряником»: половину найденной "
              "экономии оставляют министерству на его же приоритеты, остальное уходит в общий "
              "резерв. Это снимает сопротивление — министерству выгодно искать экономию самому. "
              "Важно объявить правило заранее, до начала обзора, иначе в него не поверят.", 70,
              with_=("GE",), helpful=6),
        ),
        accepted=1, context=True,
    ),
    Q(
        "bcop-indicators", BUDGET, "AL", 250,
        "How many performance indicators per programme is too many?",
        "Our programme budget now has 1,140 indicators across 92 programmes. Nobody in "
        "Parliament reads them, and ministries report \"achieved\" for 90% of the targets. Has "
        "anyone cut the number down, and by what rule?",
        ("performance-budgeting", "program-budgeting"),
        answers=(
            A("convener@", "We went from about 900 to 310 in two budget cycles. The rule: at most "
              "three outcome indicators per programme and two output indicators per "
              "sub-programme, each with a baseline and a data source. We published the "
              "methodology as an annex to the budget circular, so ministries could not argue "
              "case by case.\n\nThe hardest part was convincing line ministries that dropping an "
              "indicator does not mean dropping the activity.", 26, helpful=7),
            A("MK", "North Macedonia did the same, plus one column in our review of each "
              "indicator: *used in a budget decision — yes/no*. Indicators with \"no\" two years "
              "in a row were removed.", 60, helpful=2),
            A("BA", "A warning from Bosnia and Herzegovina: when we cut indicators, some "
              "ministries kept only the easy ones. Keep the right of the Ministry of Finance to "
              "impose one indicator per programme.", 200),
        ),
        accepted=0,
    ),
    Q(
        "bcop-treasury-data", BUDGET, "member@", 190,
        "Как вы используете данные казначейства о кассовом исполнении для уточнения "
        "среднесрочного прогноза расходов?",
        "Среднесрочный прогноз расходов мы формируем раз в год, а казначейство ежедневно видит "
        "фактические платежи. Хотим, чтобы прогноз на следующий год учитывал реальную динамику "
        "исполнения — например, систематическое недоисполнение капитальных расходов в первом "
        "полугодии.\n\nЕсть ли у кого-то регулярная процедура: какие отчёты, как часто, кто "
        "отвечает за корректировку?",
        ("medium-term-budget-frameworks", "treasury-single-account"),
        answers=(
            A("KZ", "В Казахстане казначейство ежемесячно передаёт в департамент бюджетной "
              "политики выгрузку исполнения по программам с разбивкой на обязательства и "
              "платежи. Смотрим мы прежде всего на зарегистрированные обязательства: они раньше "
              "показывают, где будет недоисполнение. Прогноз корректируем дважды — в мае при "
              "уточнении и в августе.", 40, helpful=3),
            A("RU", "Добавлю опыт России. Для каждой группы расходов мы считаем «профиль "
              "исполнения» за пять лет — какая доля годовых ассигнований обычно исполнена к "
              "концу каждого месяца. Отклонение от профиля больше чем на 10 п. п. — повод для "
              "разговора с главным распорядителем. Для капитальных расходов это работает лучше "
              "любых заявок: к июлю у нас обычно исполнено 30–35%, и это видно заранее.", 75,
              with_=("RU",), helpful=4),
        ),
        accepted=1, context=True,
        comments=(C("author", "Спасибо! Профиль исполнения за пять лет — именно то, чего нам "
                    "не хватало. Попробуем на капитальных расходах в этом цикле.", 80, on=1),),
    ),
    Q(
        "bcop-gender", BUDGET, "RS", 140,
        "Where do you put gender budgeting: in the programme structure or in a separate "
        "statement?",
        "Serbia's budget system law requires gender-responsive budgeting, and every budget user "
        "must have at least one gender objective. In practice many objectives are copied from "
        "year to year. Did anyone get better results by building gender into programme "
        "indicators instead of a separate annex?",
        ("gender-budgeting", "program-budgeting"),
        answers=(
            A("AL", "Albania tags gender-relevant programme objectives in the Medium-Term Budget "
              "Programme, about 10% of total expenditure now. The tag lives in the programme "
              "structure, so it shows up in execution reports automatically.\n\nWhat did not "
              "work: a separate gender statement written after the budget was adopted. Nobody "
              "used it, including the ministries that wrote it.", 90, helpful=2),
            A("MD", "Moldova piloted it in three ministries first (health, agriculture, social "
              "protection). Sex-disaggregated output indicators were the easy part; getting "
              "ministries to explain *why* a gap matters for the programme took two years of "
              "coaching.", 140),
        ),
        accepted=0, context=True,
    ),
    Q(
        "bcop-capital-gateway", BUDGET, "XK", 95,
        "Do you run a gateway review before a capital project enters the budget?",
        "We have about 400 projects in the public investment programme and half of them are "
        "below 20% executed. Projects get into the budget because a minister wants them, not "
        "because they are ready. What kind of gateway do you use, and at what threshold?",
        ("capital-budgeting",),
        answers=(
            A("TR", "In Türkiye the Presidency of Strategy and Budget requires a feasibility "
              "study for every project above a threshold before it can get a budget line, and "
              "we close \"zombie\" projects: no spending for two years means the project leaves "
              "the programme unless the ministry justifies it again.", 30, helpful=3),
            A("HR", "Croatia: projects above EUR 5 million go through an appraisal by the "
              "Ministry of Finance and, since 2023, a readiness check (land, permits, design). "
              "Readiness turned out to matter more than the cost-benefit analysis — it removed "
              "about a third of the candidates in the first year.", 48, helpful=4),
        ),
        accepted=1,
    ),
    Q(
        "bcop-escape-clause", BUDGET, "UZ", 60,
        "Как у вас сформулирована оговорка об отклонении от бюджетного правила?",
        "Мы вводим правило по дефициту (не более 3% ВВП) и долгу. Спорный вопрос — оговорка "
        "об исключительных обстоятельствах: кто объявляет, что они наступили, на какой срок и "
        "как возвращаться к правилу. Поделитесь формулировками из ваших законов.",
        ("fiscal-rules", "fiscal-risks"),
        answers=(
            A("RU", "В Бюджетном кодексе России отклонение допускается решением правительства "
              "при падении цен на нефть или при чрезвычайной ситуации, но с обязательным планом "
              "возврата к правилу в течение трёх лет. На практике важнее всего оказался именно "
              "план возврата — без него оговорка становится постоянной.", 100, helpful=2),
            A("GE", "В Грузии оговорка в законе об экономической свободе: отклонение на срок до "
              "трёх лет, правительство обязано представить парламенту программу возврата. "
              "Совет: пропишите, кто оценивает обстоятельства независимо — у нас это "
              "парламентский бюджетный офис.", 160),
        ),
        context=True,
        comments=(C("KZ", "Присоединяюсь к вопросу: у нас идёт такая же дискуссия о "
                    "бюджетном правиле по ненефтяному дефициту.", 30),),
    ),
    Q(
        "bcop-citizens-budget", BUDGET, "ME", 470,
        "What do you put in a citizens' budget so that people actually read it?",
        "Our citizens' budget is 24 pages and was downloaded 300 times last year. What format "
        "worked for you: a brochure, a website, social media? What content did people engage "
        "with?",
        ("fiscal-transparency",),
        answers=(
            A("HR", "We (Croatia, Bosnia and Herzegovina and North Macedonia, from a joint BCOP "
              "working group) compared eleven citizens' budgets. The ones people read: under "
              "12 pages, one page per policy area, and a \"what this means for you\" box — "
              "e.g. the state's spending per pupil. A short video for social media brought "
              "more readers than the brochure did in five years.", 45, with_=("BA", "MK"),
              helpful=6),
            A("BG", "Bulgaria adds a simple calculator: enter your salary, see where your taxes "
              "go. It is the most visited page of the ministry's website in October.", 96,
              helpful=2),
        ),
        accepted=0,
    ),
    Q(
        "bcop-programme-classification", BUDGET, "TJ", 520,
        "Как увязать программную классификацию с функциональной при переходе на программный "
        "бюджет?",
        "Мы начинаем переход на программный бюджет с пяти пилотных министерств. Должна ли "
        "программа укладываться в одну функцию КОФОГ, или программа может финансировать "
        "несколько функций? Как это отражается в казначейской системе?",
        ("program-budgeting", "budget-classification"),
        answers=(
            A("KG", "В Кыргызстане сначала разрешили программам охватывать несколько функций — "
              "и потом три года разбирались с отчётностью для МВФ. Теперь правило простое: "
              "мероприятие (нижний уровень программы) относится ровно к одной функции, "
              "программа может включать несколько. Казначейство ведёт учёт на уровне "
              "мероприятия, так что обе классификации собираются автоматически.", 36,
              helpful=4),
            A("KZ", "Согласен с коллегами из Кыргызстана. Добавлю: заложите программный код в "
              "единый бюджетный классификатор сразу, а не отдельным справочником — у нас "
              "отдельный справочник два года расходился с казначейской системой.", 80,
              helpful=3),
        ),
        accepted=0, context=True,
    ),
    Q(
        "bcop-delegated-functions", BUDGET, "UA", 330,
        "How do you compensate local budgets for delegated functions without writing a blank "
        "cheque?",
        "After decentralisation, hromadas carry out functions delegated by the state (social "
        "services, some education costs). Every year they say the transfer does not cover the "
        "cost; every year we cannot verify it. How do you set and check the cost standard?",
        ("subnational-finance",),
        answers=(
            A("BG", "Bulgaria uses unit-cost standards per delegated activity (per pupil, per "
              "place in a social home), set each year by a decision of the Council of Ministers "
              "after negotiation with the association of municipalities. Municipalities may top "
              "up from their own revenues but cannot ask for more per unit.", 60, helpful=3),
            A("RS", "In Serbia the hard part was the data. We linked the transfer to the "
              "number of users registered in the central social-welfare register rather than "
              "the municipalities' own reports, and the discussions became much shorter.", 130,
              helpful=1),
        ),
        context=True,
    ),
    Q(
        "bcop-wage-indexation", BUDGET, "KG", 30,
        "Какие параметры индексации вы используете для расчёта базовых расходов на заработную "
        "плату?",
        "При расчёте базовых расходов на оплату труда мы берём штатную численность на 1 января "
        "и индекс, который ежегодно устанавливает правительство. В итоге расходы на зарплату "
        "ежегодно превышают план на 3–5% из-за доплат и надбавок. Как вы это учитываете?",
        ("medium-term-budget-frameworks", "budget-classification"),
        answers=(
            A("member@", "В Беларуси базовые расходы считаем от фактического фонда оплаты труда "
              "за последние 12 месяцев, а не от штатного расписания: надбавки и доплаты уже "
              "внутри. Индекс применяем только к окладной части. Отдельно держим резерв на "
              "повышение окладов по решениям, принятым после утверждения бюджета, — около 1% "
              "фонда.", 50, helpful=2),
            A("RU", "Мы в России считаем от фактической численности, а не штатной, и каждый "
              "главный распорядитель показывает отдельно вакансии. Разница между штатной и "
              "фактической численностью у некоторых ведомств доходила до 12%.", 120),
        ),
    ),
    Q(
        "bcop-soe-risks", BUDGET, "AZ", 210,
        "How do you quantify fiscal risks from state-owned enterprises for the fiscal risk "
        "statement?",
        "We are preparing our first fiscal risk statement. Our largest SOEs borrow with or "
        "without guarantees, and the energy company's losses are covered from the budget every "
        "second year. How do you put a number on this, and what do you publish?",
        ("fiscal-risks",),
        answers=(
            A("GE", "Georgia publishes a stress test for the 10 largest SOEs: a 20% fall in "
              "revenue and a 30% depreciation, then the resulting need for budget support. We "
              "started with only three enterprises and their audited statements — the first "
              "statement was honest about what we did not know, which Parliament appreciated.",
              72, with_=("GE",), helpful=4),
            A("TR", "Two simple figures that drew attention in Türkiye: guaranteed debt as a "
              "share of GDP and the amount of guarantees called in the past five years. Start "
              "with those; the modelling can come later.", 110, helpful=2),
        ),
        accepted=0, context=True,
    ),
    Q(
        "bcop-review-performance-link", BUDGET, "BA", 6,
        "Has anyone linked spending review findings to the programme performance reports?",
        "We want the next spending review in the Federation to start from the programme "
        "performance reports rather than from scratch. Did anyone define which performance "
        "results trigger a review?",
        ("spending-reviews", "performance-budgeting"),
        experts=("convener@", "AM"),
    ),
    Q(
        "bcop-donor-funds", BUDGET, "RU", 12,
        "Как вы отражаете в бюджете расходы, финансируемые из средств международных доноров?",
        "Часть проектов финансируется из займов и грантов международных организаций, и средства "
        "идут мимо бюджета. Включаете ли вы их в бюджетные ассигнования и в предельные объёмы "
        "министерств, или показываете справочно?",
        ("budget-classification", "fiscal-transparency"),
    ),
    Q(
        "bcop-review-scope", BUDGET, "SI", 380,
        "Spending reviews: whole of government, or a few deep dives?",
        "Our government wants a comprehensive spending review next year covering every "
        "ministry. We have six analysts. Those of you who did both: what did you learn?",
        ("spending-reviews",),
        answers=(
            A("HU", "Hungary did a comprehensive one in 2012 and a series of targeted reviews "
              "after that. The targeted ones produced decisions; the comprehensive one produced "
              "a 400-page report. With six analysts, pick two or three areas where the "
              "Government already suspects waste.", 70, helpful=2),
            A("AM", "Armenia ran thematic reviews (e.g. all subsidies to transport across "
              "ministries) instead of ministry-by-ministry ones. Cross-cutting themes were "
              "harder to organise but found savings ministries could not hide.", 90,
              helpful=3),
        ),
        accepted=1,
    ),
    # --- TCOP -------------------------------------------------------------------------------
    Q(
        "tcop-tsa-forecast", TREASURY, "TJ", 430,
        "Как вы организуете прогнозирование ликвидности единого казначейского счёта на "
        "ежедневной основе?",
        "Сейчас у нас месячный прогноз по данным заявок распорядителей, и он ошибается на "
        "15–20%. Минфин хочет ежедневный прогноз остатков ЕКС, чтобы размещать свободные "
        "средства. С чего вы начинали: какие данные, какой горизонт, кто в ответе за точность?",
        ("cash-management", "treasury-single-account"),
        answers=(
            A("KZ", "Мы начинали с 20 крупнейших потоков — они дают около 80% оборотов: "
              "зарплаты, пенсии, НДС, обслуживание долга. Для каждого свой источник: пенсии — "
              "график фонда, налоги — ежедневные данные налоговой. Горизонт — скользящие 30 "
              "дней, точность сверяем каждое утро.", 28, helpful=4),
            A("RU", "Россия и Беларусь (готовили ответ вместе после вебинара TCOP): ключ — "
              "отдельная группа прогнозирования в казначействе, которая отвечает за точность и "
              "ведёт журнал ошибок. Мы разбираем каждое отклонение больше 5% и ищем, какой "
              "распорядитель не предупредил о крупном платеже. Через год ошибка снизилась с 18% "
              "до 6%.", 60, with_=("BY",), helpful=7),
            A("MD", "В Молдове было полезно обязать распорядителей заранее сообщать о платежах "
              "свыше определённой суммы (у нас около 50 тыс. евро) за пять рабочих дней. Без "
              "этого никакая модель не поможет.", 170, helpful=2),
        ),
        accepted=1, context=True, experts=("KZ",),
    ),
    Q(
        "tcop-zero-balance", TREASURY, "XK", 360,
        "Zero-balance accounts for budget users at commercial banks: worth it?",
        "A few agencies still insist on accounts at commercial banks for operational reasons. "
        "We are considering zero-balance accounts swept to the TSA every evening. Did the "
        "banks cooperate, and what did it cost?",
        ("treasury-single-account", "cash-management"),
        answers=(
            A("AL", "Albania uses them for 14 agencies. Banks cooperated once the central bank "
              "set a standard sweep agreement; before that each bank negotiated its own fees. "
              "Fees are now a flat monthly amount, far less than the interest we used to lose "
              "on idle balances.", 40, helpful=2),
            A("HR", "Croatia and Montenegro both went this way. Our advice: sweep at a fixed "
              "hour agreed with the central bank, and reconcile daily in the FMIS — a missed "
              "sweep must show up the next morning, not at month end.", 65, with_=("ME",),
              helpful=5),
        ),
        accepted=1,
    ),
    Q(
        "tcop-commitments-stage", TREASURY, "UZ", 280,
        "На каком этапе вы регистрируете обязательства: при заключении договора или при "
        "поставке?",
        "Мы внедряем контроль обязательств в казначейской системе. Спорим, регистрировать ли "
        "обязательство при заключении договора (тогда резервируем ассигнования заранее) или при "
        "получении товара. Как у вас и что пошло не так?",
        ("commitment-control",),
        answers=(
            A("KZ", "В Казахстане — при регистрации договора в казначействе, и ассигнования "
              "резервируются на весь год по графику. Проблема, с которой столкнулись: "
              "многолетние договоры. Их пришлось регистрировать с разбивкой по годам, иначе "
              "бюджет следующего года оказывался «съеден» заранее.", 24, helpful=4),
            A("RU", "Подтверждаю: при заключении договора. Отдельно советую регистрировать "
              "обязательства по зарплате и коммунальным услугам автоматически в начале года — "
              "иначе распорядители тратят недели на бумажную работу.", 52, helpful=2),
            A("AZ", "У нас в Азербайджане сначала регистрировали при поставке — и задолженность "
              "перед поставщиками оказалась невидимой. Через два года перешли на регистрацию "
              "договора.", 150, helpful=1),
        ),
        accepted=0,
    ),
    Q(
        "tcop-ipsas-sequence", TREASURY, "MK", 240,
        "Moving from cash to accrual IPSAS: what did you do first, fixed assets or receivables?",
        "North Macedonia has adopted a roadmap to accrual IPSAS by 2030. The first step is "
        "under discussion: a fixed-asset register or recognising receivables and payables. "
        "What order worked for you, and how long did the asset inventory take?",
        ("ipsas", "financial-reporting"),
        answers=(
            A("UA", "Ukraine started with payables and receivables, because they come from the "
              "treasury system and the data already existed. The fixed-asset inventory took "
              "four years and is still not complete for roads and military property — do not "
              "let it hold back everything else.", 55, helpful=4),
            A("GE", "Georgia used IPSAS 33 transition reliefs: three years to recognise "
              "property, plant and equipment. We valued land at cadastral value first and "
              "refined later. Publishing the first accrual statements with qualifications was "
              "better than waiting for perfection.", 100, helpful=3),
        ),
        accepted=0,
    ),
    Q(
        "tcop-borrowing-calendar", TREASURY, "AM", 200,
        "How do your debt and cash management units share one borrowing calendar?",
        "Our debt department plans issuance for the year; the treasury forecasts cash. Twice "
        "this year we issued bonds when the TSA was full and then sat on the cash at a loss. "
        "How do you coordinate?",
        ("public-debt", "cash-management"),
        answers=(
            A("TR", "In Türkiye a weekly cash-debt coordination meeting sets the next month's "
              "auctions using the treasury's 90-day forecast. The debt office publishes a "
              "quarterly calendar but keeps the right to cancel an auction with 48 hours' "
              "notice; the market accepted this after a year.", 30, helpful=3),
            A("HU", "At the Hungarian debt agency a cash buffer target (in days of expenditure) "
              "is the link: issuance fills the gap between the forecast and the buffer. Once "
              "both units agreed the buffer, most arguments stopped.", 90, helpful=2),
        ),
        accepted=0,
    ),
    Q(
        "tcop-fmis-changes", TREASURY, "RS", 160,
        "How do you prioritise change requests to the treasury FMIS?",
        "We have a backlog of 230 change requests from the budget, treasury and accounting "
        "departments, and one vendor team. Who decides what goes first?",
        ("fmis",),
        answers=(
            A("SI", "Slovenia's Public Payments Administration has a change board with one "
              "person per business owner, meeting every two weeks. Legal deadlines go first, "
              "then anything that removes manual work for more than 50 users. Everything else "
              "waits for the quarterly release.", 70, helpful=2),
            A("BG", "We also ask every requester to estimate the hours saved per month. "
              "Requests nobody was willing to estimate quietly disappeared — about a quarter "
              "of the backlog.", 130, helpful=3),
        ),
    ),
    Q(
        "tcop-consolidation", TREASURY, "BY", 120,
        "Как вы проводите консолидацию отчётности с исключением внутригрупповых расчётов?",
        "Готовим первую консолидированную отчётность сектора государственного управления. Как "
        "вы выверяете взаимные расчёты между бюджетами и учреждениями? Сколько времени это "
        "занимает?",
        ("financial-reporting", "ipsas"),
        answers=(
            A("RU", "В России взаимные расчёты выверяются в казначейской системе по кодам "
              "контрагентов ежеквартально, а не только в конце года. Расхождения выше порога "
              "(у нас 1 млн руб.) стороны обязаны урегулировать до сдачи отчётности. Первая "
              "консолидация заняла почти год, сейчас — около трёх месяцев.", 44, helpful=3),
            A("KZ", "В Казахстане помогла единая таблица кодов участников. Без неё одна и та же "
              "организация встречалась под тремя названиями.", 98, helpful=1),
        ),
        accepted=0,
    ),
    Q(
        "tcop-year-end-cutoff", TREASURY, "MD", 75,
        "What cut-off times do you set for payment orders at year-end?",
        "Every December about 18% of annual capital spending is paid in the last ten days. "
        "The treasury works until midnight on 31 December. What cut-off dates do you set for "
        "payment orders, and are there exceptions?",
        ("cash-management", "commitment-control"),
        answers=(
            A("UA", "Ukraine sets 25 December for capital payments and 28 December for "
              "everything else; after that only salaries, social payments and debt service. "
              "Exceptions need the Minister's signature, which keeps them rare.", 20,
              helpful=2),
            A("RS", "Serbia's treasury publishes the calendar in September, so nobody is "
              "surprised. The real change came from the budget side: we stopped allowing "
              "unspent capital appropriations to be rolled over automatically, so the rush "
              "lost its point.", 66, helpful=4),
        ),
        accepted=1, context=True,
    ),
    Q(
        "tcop-idle-balances", TREASURY, "KG", 45,
        "Размещаете ли вы временно свободные остатки ЕКС на депозитах в коммерческих банках?",
        "Остатки на ЕКС в отдельные месяцы достигают 10% годовых расходов. Минфин обсуждает "
        "размещение на депозитах. Какие у вас ограничения: рейтинги банков, обеспечение, сроки?",
        ("cash-management", "treasury-single-account"),
        answers=(
            A("KZ", "У нас размещение идёт через аукционы Национального банка, а не напрямую в "
              "банках: так проще с рисками. Сроки — до трёх месяцев, и только в пределах "
              "«подушки», которую прогноз показывает свободной на весь срок.", 30, helpful=2),
            A("RU", "В России Казначейство размещает средства на депозитах и через РЕПО с "
              "обеспечением. Главное — требования к банкам в нормативном акте: капитал, "
              "лимит на одного контрагента. И начинайте с небольших сумм.", 85),
        ),
    ),
    Q(
        "tcop-eprocurement-link", TREASURY, "AL", 4,
        "Has anyone connected e-procurement contracts to treasury commitment control "
        "automatically?",
        "Our e-procurement platform and the treasury FMIS are separate. Contracts are typed in "
        "again by hand to register commitments. Is anyone exchanging the data automatically?",
        ("commitment-control", "public-procurement", "fmis"),
        experts=("MD",),
    ),
    Q(
        "tcop-remote-districts", TREASURY, "TJ", 16,
        "Как организовать казначейское обслуживание местных бюджетов в отдалённых районах без "
        "стабильного интернета?",
        "В нескольких горных районах связь пропадает на несколько дней. Платёжные документы "
        "копятся, а потом проводятся пачкой. Как вы решаете это — резервные каналы связи, "
        "офлайн-режим?",
        ("treasury-single-account", "fmis"),
        context=True,
    ),
    Q(
        "tcop-donor-accounts", TREASURY, "GE", 500,
        "Bringing donor project accounts into the TSA: how did you convince the donors?",
        "About 40 donor-funded projects still keep designated accounts at commercial banks. "
        "The donors worry about delays in payments through the treasury. What arrangements "
        "did you agree with them?",
        ("treasury-single-account",),
        answers=(
            A("AM", "Armenia opened donor sub-accounts within the TSA with a guaranteed "
              "processing time of one working day for project payments. We showed the donors "
              "a year of treasury payment statistics — 97% same-day — and that settled it.",
              25, helpful=5),
            A("MD", "Moldova did the same, plus monthly statements per project in the donor's "
              "format, produced automatically from the FMIS. The World Bank agreed first and "
              "the others followed.", 76, helpful=2),
        ),
        accepted=0,
    ),
    # --- IACOP ------------------------------------------------------------------------------
    Q(
        "iacop-itgc-sampling", AUDIT, "HR", 390,
        "How do you sample for audits of IT general controls?",
        "For financial audits we have a sampling methodology. For IT general controls — user "
        "access, change management, backups — our auditors choose samples by feel. How do you "
        "decide the sample size for, say, user access reviews in the FMIS?",
        ("it-audit", "internal-audit-standards"),
        answers=(
            A("SI", "Slovenia and Bulgaria wrote a short guide on this together after the IT "
              "audit working group. We sample by control frequency: for a control performed "
              "daily, 25 instances; weekly, 10; monthly, 2–5; quarterly, 2; annual, 1. For user "
              "access we do not sample at all — we export all accounts and compare them with "
              "the HR list with a spreadsheet formula. Full population testing found 64 "
              "accounts of people who had left.", 40, with_=("BG",), helpful=8),
            A("RS", "Agree with the frequency table. One lesson from Serbia: document who "
              "extracted the population and how — our first report was challenged because the "
              "IT department claimed the extract was incomplete.", 90, helpful=3),
        ),
        accepted=0,
    ),
    Q(
        "iacop-external-qa", AUDIT, "KZ", 310,
        "Как организовать внешнюю оценку качества внутреннего аудита, если независимых "
        "оценщиков в стране нет?",
        "Стандарты требуют внешней оценки раз в пять лет. Частных фирм с опытом в госсекторе у "
        "нас нет, международные — дорого. Есть ли опыт взаимных оценок между министерствами или "
        "странами?",
        ("audit-quality", "internal-audit-standards"),
        answers=(
            A("RU", "Мы проводим самооценку с независимой валидацией: подразделение оценивает "
              "себя по анкете, а валидирует группа аудиторов из другого ведомства. Стандарты "
              "это допускают. Главное — чтобы валидаторы не зависели от оцениваемых.", 60,
              helpful=2),
            A("KG", "Кыргызстан и Армения провели взаимную оценку в рамках IACOP: группа из "
              "трёх человек, пять рабочих дней, по методике рабочей группы по качеству. Это "
              "почти бесплатно и очень полезно обеим сторонам — оценщики учатся не меньше "
              "оцениваемых.", 96, with_=("AM",), helpful=6),
        ),
        accepted=1, context=True,
    ),
    Q(
        "iacop-no-risk-register", AUDIT, "AL", 260,
        "How do you build a risk-based annual audit plan when management has no risk "
        "register?",
        "Most of our budget institutions have no risk register, or one that was written once "
        "for a donor project. Our annual plan ends up being a rotation. How did you get "
        "started?",
        ("risk-management", "internal-audit-standards"),
        answers=(
            A("MK", "North Macedonia: the internal audit unit builds its own audit universe "
              "from the budget programmes and scores each on five factors — size of budget, "
              "complexity, changes, previous findings, management's concerns from short "
              "interviews. It is rough, but it is defensible and takes about two weeks.", 36,
              helpful=4),
            A("GE", "We did the same in Georgia and added one thing: share the scoring with "
              "management. Several managers started their own risk registers after seeing how "
              "auditors saw them.", 80, helpful=3),
            A("UA", "In Ukraine we also use the State Audit Service's findings and citizens' "
              "complaints as inputs. Cheap and surprisingly predictive.", 140, helpful=1),
        ),
        accepted=0,
    ),
    Q(
        "iacop-fraud-signs", AUDIT, "UZ", 215,
        "Что делает внутренний аудитор, если при проверке обнаружил признаки мошенничества?",
        "Закон не даёт внутреннему аудиту полномочий расследовать. Куда передавать информацию, "
        "продолжать ли аудит, кого информировать — руководителя, комитет по аудиту, "
        "правоохранительные органы?",
        ("fraud-risk", "internal-audit-standards"),
        answers=(
            A("BY", "У нас порядок закреплён в положении о внутреннем аудите: аудитор "
              "документирует факты, не расследует и немедленно сообщает руководителю "
              "организации, а если руководитель причастен — вышестоящему органу. Аудит по "
              "этому направлению приостанавливается, чтобы не мешать проверке.", 48,
              helpful=3),
            A("KZ", "Добавлю: заранее договоритесь с органами финансового контроля и "
              "прокуратурой о порядке передачи материалов. У нас такой меморандум появился "
              "только после неприятного случая.", 120, helpful=2),
        ),
        accepted=0,
    ),
    Q(
        "iacop-managerial-accountability", AUDIT, "BA", 175,
        "Managerial accountability: how did you get managers to own internal control instead "
        "of the auditors?",
        "In Bosnia and Herzegovina managers still think internal control is what the internal "
        "auditors do. The self-assessment questionnaire is filled in by the financial officer "
        "alone. What changed the attitude in your administrations?",
        ("internal-control", "pifc"),
        answers=(
            A("HR", "In Croatia the statement of internal control is signed by the head of "
              "the institution and published. Once ministers' signatures were on it, questions "
              "started going down the line. It took about three years.", 50, helpful=3),
            A("SI", "Slovenia ties the annual statement to the budget process: the Ministry of "
              "Finance reads the statements during budget talks and asks about weaknesses "
              "declared. Suddenly the statements mattered to the people who ask for money.",
              75, helpful=5),
        ),
        accepted=1,
    ),
    Q(
        "iacop-recommendations", AUDIT, "TJ", 130,
        "Как вы отслеживаете выполнение рекомендаций внутреннего аудита?",
        "У нас рекомендации хранятся в таблицах у каждого аудитора, и через год никто не "
        "помнит, что выполнено. Есть ли у кого-то единая база и регулярная отчётность "
        "руководству?",
        ("internal-audit-standards", "audit-quality"),
        answers=(
            A("RU", "Ведём единый реестр рекомендаций с ответственным и сроком. Раз в квартал "
              "руководитель получает отчёт о просроченных. Это обычная таблица на общем диске — "
              "специальная программа не понадобилась.", 30, helpful=2),
            A("MD", "В Молдове отчёт о выполнении рекомендаций — обязательная часть годового "
              "отчёта внутреннего аудита в Минфин, и Центральная гармонизационная группа "
              "публикует сводные данные по всем министерствам. Доля выполненных рекомендаций "
              "выросла с 45% до 70% за два года.", 60, helpful=4),
            A("KG", "У нас помогла простая классификация: рекомендация «выполнена» только "
              "после проверки аудитором, а не по письму объекта аудита.", 100, helpful=3),
        ),
        accepted=2, context=True,
    ),
    Q(
        "iacop-gias-methodology", AUDIT, "XK", 85,
        "Global Internal Audit Standards 2024: what did you change in your methodology?",
        "The new standards took effect in January 2025. Our manual still follows the old "
        "IPPF. What did you update first, and did your central harmonisation unit issue "
        "guidance?",
        ("internal-audit-standards", "audit-quality"),
        answers=(
            A("BG", "Bulgaria updated the internal audit charter template and the quality "
              "assurance programme first, because they are what the external assessors look at. "
              "The Topical Requirements come next.", 40, helpful=2),
            A("SI", "Our central unit published a one-page mapping of old to new standards "
              "and a list of the five things that really changed for the public sector. It "
              "helped more than the full translation did.", 72, helpful=4),
        ),
    ),
    Q(
        "iacop-procurement-red-flags", AUDIT, "ME", 55,
        "Which red flags do you use when auditing public procurement?",
        "We are preparing a procurement audit checklist for Montenegro. Which red flags "
        "actually led you to findings?",
        ("public-procurement", "fraud-risk"),
        answers=(
            A("RS", "The ones that paid off in Serbia: a single bidder in a competitive "
              "procedure, contracts just below thresholds, the same winner with the same "
              "margin, and amendments raising the value by more than 10%. Run them on the "
              "e-procurement data first and read files only for the hits.", 30, helpful=5),
            A("AL", "Add short bidding periods over public holidays — we found three cases in "
              "one year in Albania.", 100, helpful=2),
        ),
        accepted=0,
    ),
    Q(
        "iacop-chu-audits", AUDIT, "KG", 20,
        "Должно ли центральное подразделение гармонизации само проводить аудиты?",
        "У нас спор: ЦПГ разрабатывает методологию и одновременно проводит аудиты в малых "
        "министерствах, где своих аудиторов нет. Не возникает ли конфликт интересов?",
        ("pifc", "internal-audit-standards"),
        answers=(
            A("AM", "В Армении ЦПГ аудитов не проводит, для малых ведомств создали общий "
              "аудиторский отдел при Минфине. Методология и проверка её соблюдения должны быть "
              "отделены от самих аудитов.", 30, helpful=1),
        ),
    ),
    Q(
        "iacop-analytics-free", AUDIT, "MK", 9,
        "Data analytics for internal audit with no budget for software: what do you use?",
        "We would like to test full populations of payments instead of samples. There is no "
        "budget for audit software. What free tools work with data exported from the FMIS?",
        ("it-audit", "fraud-risk"),
        experts=("SI",),
    ),
    Q(
        "iacop-small-entities", AUDIT, "BY", 3,
        "Как оценивать эффективность системы внутреннего контроля в небольших бюджетных "
        "учреждениях?",
        "В учреждениях по 10–20 человек нет возможности разделить обязанности так, как требует "
        "методика. Как вы оцениваете внутренний контроль в таких организациях?",
        ("internal-control",),
    ),
    Q(
        "iacop-audit-committees", AUDIT, "GE", 450,
        "Do your ministries have audit committees with external members, and does it help?",
        "Georgia is discussing audit committees for line ministries. Who sits on them in your "
        "countries, and did they make a difference to how recommendations are implemented?",
        ("internal-control", "pifc"),
        answers=(
            A("HR", "Croatia has them in the larger ministries with two external members "
              "(academics, retired auditors). They help most when they meet the head of the "
              "institution, not only the auditors.", 40, helpful=2),
            A("TR", "In Türkiye the Internal Audit Coordination Board reviews the annual "
              "reports instead; ministry-level committees exist only in a few institutions. "
              "My advice: give the committee the follow-up of recommendations as its main "
              "task.", 110, helpful=3),
        ),
        accepted=0,
    ),
    # --- the whole network ------------------------------------------------------------------
    Q(
        "net-fmis-cloud", NETWORK_WIDE, "MD", 350,
        "Has any ministry of finance moved its FMIS to a government cloud?",
        "Moldova's e-government agency offers a government cloud. Our FMIS runs on servers in "
        "the ministry's basement. Did anyone move, and what did the data-protection and "
        "audit people say?",
        ("fmis", "it-audit"),
        answers=(
            A("SI", "Slovenia moved the treasury applications to the state cloud in 2021. The "
              "audit questions were about who administers the platform and access logs — we "
              "got the cloud operator to give internal audit read access to the logs.", 50,
              helpful=3),
            A("UA", "Ukraine moved backups abroad in 2022 for obvious reasons, which changed "
              "the debate completely. Do the data classification first: it tells you what may "
              "leave the building.", 90, helpful=4),
        ),
        accepted=0, context=True,
    ),
    Q(
        "net-performance-audit", NETWORK_WIDE, "KZ", 230,
        "Кто у вас проводит аудит эффективности программ — внутренний аудит или счётная палата?",
        "Хотим избежать дублирования: и внутренний аудит министерств, и высший орган аудита "
        "начали оценивать эффективность бюджетных программ. Как вы разграничили роли?",
        ("performance-budgeting", "internal-audit-standards"),
        answers=(
            A("RU", "Счётная палата оценивает программы целиком, внутренний аудит — процессы "
              "внутри ведомства, которые влияют на результат. Раз в год планы обмениваются, "
              "чтобы не приходить в одно место дважды.", 40, helpful=2),
            A("GE", "В Грузии Государственная аудиторская служба и внутренние аудиторы "
              "подписали меморандум: обмен планами и доступ к отчётам. Это сократило "
              "пересечения, хотя полностью их не убрало.", 60, helpful=4),
        ),
        accepted=1,
    ),
    Q(
        "net-online-courses", NETWORK_WIDE, "TR", 150,
        "Which online courses on PFM have your staff found genuinely useful?",
        "We are preparing a training plan for new staff in budget and treasury. Which online "
        "courses did your colleagues actually finish and use?",
        ("program-budgeting", "ipsas"),
        answers=(
            A("AL", "The IMF's online courses on public financial management and on fiscal "
              "frameworks — finished by most of our new analysts, certificates count for "
              "promotion.", 20, helpful=2),
            A("RS", "For IPSAS the free IFAC materials plus an internal reading group worked "
              "better than any course on its own.", 44, helpful=1),
            A("BG", "PEMPAL's own webinar recordings — in the library of each community — "
              "are underused. We made two of them compulsory for new staff.", 70, helpful=3),
        ),
    ),
    Q(
        "net-execution-reports", NETWORK_WIDE, "TJ", 100,
        "Как часто вы публикуете отчёт об исполнении бюджета и в каком объёме?",
        "Готовим новые правила публикации. Ежемесячно, ежеквартально? Какие разрезы: "
        "ведомственный, программный, функциональный?",
        ("fiscal-transparency", "financial-reporting"),
        answers=(
            A("KG", "В Кыргызстане — ежемесячно по экономической и функциональной "
              "классификации, ежеквартально — по ведомствам и программам. Всё в открытых "
              "данных (Excel), не только PDF: журналисты стали пользоваться.", 30, helpful=3),
            A("RU", "У нас ежемесячная публикация в формате открытых данных на "
              "«Электронном бюджете». Совет: публикуйте по фиксированному графику, заранее "
              "объявленному, — это доверие.", 72, helpful=2),
        ),
        accepted=0,
    ),
    Q(
        "net-ai-tools", NETWORK_WIDE, "HR", 35,
        "Are you using AI tools in budget or audit work, and what rules did you set?",
        "Colleagues have started using chat assistants to summarise reports and draft "
        "letters. Has any ministry issued rules on what may be pasted into them?",
        ("fmis", "it-audit"),
        answers=(
            A("SI", "Our ministry issued a one-page rule: no personal data, no unpublished "
              "budget figures, and the author stays responsible for the text. A licensed tool "
              "with data kept in the EU for those who need it.", 26, helpful=3),
            A("GE", "Internal audit in Georgia uses it to draft audit programmes from the "
              "risk list; always reviewed by the supervisor. Time saved is real, mostly on the "
              "first draft.", 80, helpful=1),
        ),
    ),
    Q(
        "net-tax-expenditures", NETWORK_WIDE, "UZ", 10,
        "Есть ли у кого-нибудь опыт оценки эффективности налоговых расходов?",
        "Налоговые льготы сопоставимы по объёму с расходами на образование, но их никто не "
        "оценивает. С чего начать: перечень, оценка выпадающих доходов, критерии?",
        ("fiscal-risks", "spending-reviews"),
        experts=("RU", "AM"),
    ),
    # --- the steering committee: members only -------------------------------------------------
    Q(
        "sc-peer-assist-outputs", STEERING, "BA", 60,
        "Should the next results framework count peer assists as outputs?",
        "Drafting the results framework for the next strategy period: peer assists produce "
        "changes in a single country, which our current indicators do not capture. Do we count "
        "them as outputs, or report them as value-creation stories?",
        ("performance-budgeting",),
        answers=(
            A("admin@", "Both, I would say: count them as outputs (simple) and ask the "
              "requester six months later for a short value-creation story — that is where the "
              "applied and realised value shows. The secretariat can run the follow-up.", 22),
        ),
        accepted=0,
    ),
)  # fmt: skip


DISCUSSIONS: tuple[D, ...] = (
    D(
        "bcop-inflation-ceilings", BUDGET, "convener@", 45,
        "Budgeting in high inflation: how are you revising next year's ceilings?",
        "Several of us face inflation well above the assumption used in the spring. Are you "
        "reopening the ceilings for next year, adding a reserve, or holding the line and "
        "letting ministries absorb it? Please share what you decided and why — I pin this "
        "until the budget season is over.",
        (
            R("AM", "Armenia kept the ceilings and added a contingency reserve of 1.5% of "
              "expenditure, released only on evidence of price increases in contracts.", 1),
            R("UA", "We reopened them for energy and food in institutions, not across the "
              "board. Across-the-board indexation would have cost 2% of GDP.", 2),
            R("MD", "A reserve sounds easier to manage than reopening. How do you stop every "
              "ministry claiming it in October?", 3, quotes=0),
            R("=0", "A simple rule: the ministry shows contracts signed at prices above the "
              "forecast; no contract, no release. About 40% of the reserve was used last "
              "year.", 3.5, quotes=2),
            R("TR", "Türkiye indexed wages and social transfers automatically and held "
              "everything else nominal. Capital spending carried most of the adjustment, "
              "which is what worries me.", 6),
            R("author", "That is the risk I see too: capital spending becomes the shock "
              "absorber. Has anyone protected it explicitly?", 7, quotes=4),
            R("HR", "Croatia ring-fenced EU co-financing only. The rest took the cut.", 9,
              quotes=5),
            R("member@", "В Беларуси пересчитали только защищённые статьи — зарплату, "
              "пенсии, лекарства; остальное оставили в номинале и вернёмся к вопросу при "
              "уточнении бюджета в мае.", 12),
        ),
        pinned=True,
    ),
    D(
        "bcop-programme-budget-law", BUDGET, "KZ", 300,
        "Нужно ли закреплять программное бюджетирование в Бюджетном кодексе или достаточно "
        "приказа Минфина?",
        "Спорим с юристами: одни считают, что без поправок в кодекс программы останутся "
        "формальностью, другие — что жёсткое закрепление в законе помешает менять структуру "
        "программ. Как у вас?",
        (
            R("RU", "У нас принципы — в кодексе, детали — в методических указаниях Минфина. "
              "Это позволяет менять структуру программ без поправок в закон.", 1),
            R("KG", "Мы начали с приказа, и министерства воспринимали программы как "
              "эксперимент. После закрепления в кодексе отношение изменилось.", 2),
            R("UZ", "Согласен с коллегами из Кыргызстана: закон нужен хотя бы для того, чтобы "
              "парламент утверждал бюджет по программам.", 4, quotes=1),
            R("author", "Итог: принципы и обязательность — в кодексе, классификация и "
              "методика — в приказе. Закрываю тему, спасибо всем; проект поправок выложим "
              "в библиотеку.", 12),
        ),
        closed=True,
    ),
    D(
        "bcop-participatory", BUDGET, "MK", 160,
        "Participatory budgeting in municipalities: should ministries of finance promote it?",
        "Several municipalities in North Macedonia want to pilot participatory budgeting, and "
        "they ask the Ministry for a framework. Is it our business at all?",
        (
            R("BA", "Only as far as the rules on capital spending and reporting go. Leave the "
              "method to the municipalities and their associations.", 2),
            R("GE", "Tbilisi's experience: it works for small projects (parks, lighting) and "
              "builds trust. The ministry's role was a template for reporting what was "
              "funded.", 4),
            R("author", "A reporting template sounds right. Could you share it?", 5,
              quotes=1),
            R("=1", "Sent to you by email — it is two pages.", 6, quotes=2),
            R("XK", "Kosovo's law already requires public hearings on municipal budgets; "
              "participatory budgeting grew out of them with no national framework.", 9),
        ),
    ),
    D(
        "bcop-forecast-accuracy", BUDGET, "UZ", 90,
        "Насколько точны ваши среднесрочные прогнозы? Поделитесь цифрами отклонений",
        "Предлагаю сравнить: на сколько отклоняются фактические расходы третьего года от "
        "цифр, заложенных в среднесрочный план три года назад? У нас — около 18%.",
        (
            R("KZ", "У нас 12–15% по расходам, основная причина — новые инициативы, которые "
              "не проходили через лимиты.", 1),
            R("RU", "Считали для себя: около 10% по итогу, но по отдельным госпрограммам "
              "разброс до 40%.", 2),
            R("member@", "В Беларуси — около 9%. Помогает правило: новые решения принимаются "
              "только с указанием источника в пределах лимитов.", 3),
            R("author", "9% — впечатляет. Это правило закреплено законом или решением "
              "правительства?", 3.5, quotes=2),
            R("=2", "Постановлением правительства о порядке формирования бюджета, уже шестой "
              "год. Могу поделиться текстом.", 4, quotes=3),
            R("TJ", "У нас больше 20%. Будем благодарны за текст постановления.", 6),
            R("KG", "Присоединяюсь к просьбе. И интересно, как вы считаете отклонение — по "
              "ведомствам или в целом?", 8, quotes=4),
        ),
    ),
    D(
        "bcop-unpublished-review", BUDGET, "HR", 250,
        "What do you do when the government does not want spending review results published?",
        "Our last review found savings in a politically sensitive area, and the report was "
        "never published. How do others handle publication?",
        (
            R("SI", "We publish a summary with the decisions taken, not the full analysis. "
              "That was acceptable to the government and still tells the public something.",
              1),
            R("AL", "Same in Albania; the full report goes to Parliament's budget committee "
              "in closed session.", 3),
            R("author", "A summary of decisions may be our way too. Thank you both.", 5,
              quotes=0),
        ),
    ),
    D(
        "tcop-instant-payments", TREASURY, "SI", 220,
        "Instant payments and the treasury: is anyone connected to the central bank's instant "
        "payment system?",
        "Social benefits paid instantly at weekends sound good until you think about cash "
        "planning. Who is connected, for which payments, and what changed for the TSA "
        "forecast?",
        (
            R("HU", "Hungary's treasury pays some benefits through the instant system. The "
              "cash forecast had to move to a seven-day week.", 2),
            R("RS", "Serbia is connected for incoming payments only — fees and fines. "
              "Outgoing payments still follow the batch schedule.", 3),
            R("author", "Did outgoing instant payments change your liquidity buffer?", 4,
              quotes=0),
            R("=0", "Slightly: we now keep one extra day of benefit payments in the buffer.",
              5, quotes=2),
            R("AL", "We are planning it for 2027. Following this thread closely.", 8),
            R("TR", "Türkiye uses instant payments for tax refunds; the fraud controls took "
              "longer to design than the interface.", 12),
        ),
        pinned=True,
    ),
    D(
        "tcop-cash-limits", TREASURY, "KG", 130,
        "Как уйти от ручного распределения кассовых лимитов?",
        "Каждую неделю комиссия вручную распределяет кассовые лимиты между распорядителями. "
        "Это отнимает время и создаёт очереди на платежи. Кто отказался от такого порядка?",
        (
            R("KZ", "Мы перешли на помесячные планы финансирования, которые утверждаются "
              "вместе с бюджетом. Ручное распределение осталось только при нехватке средств.",
              1),
            R("BY", "У нас то же самое, плюс прогноз ликвидности: если прогноз показывает "
              "достаточные остатки, лимиты не нужны вовсе.", 2),
            R("author", "А что делаете при кассовом разрыве — кто решает, какие платежи "
              "первыми?", 3, quotes=1),
            R("=1", "Очередность платежей установлена законом о бюджете: зарплата, "
              "социальные выплаты, долг, остальное пропорционально.", 4, quotes=2),
            R("UZ", "Поддерживаю. Мы так сократили очередь платежей с трёх дней до одного.",
              7),
        ),
    ),
    D(
        "tcop-year-end", TREASURY, "RS", 25,
        "Year-end rush: share your tricks for the last two weeks of December",
        "Our December payments are three times an average month. What helped you spread "
        "them out?",
        (
            R("MD", "A published cut-off calendar, announced in September.", 1),
            R("UA", "Quarterly commitment ceilings: you cannot save everything for "
              "December if your Q4 ceiling is only a quarter of the year.", 1.5),
            R("HR", "Paying suppliers within 30 days by law helped more than anything the "
              "treasury did.", 2),
            R("author", "Quarterly ceilings sound painful for the ministries. Any "
              "resistance?", 3, quotes=1),
            R("=1", "A lot in the first year. Then they learned to plan procurement in "
              "spring.", 3.5, quotes=3),
            R("AL", "We close the FMIS for new commitments on 15 December except for "
              "salaries and social payments.", 4),
            R("TR", "Monthly reports to the Government on each ministry's execution rate — "
              "nobody wants to be at the bottom in October.", 5),
            R("ME", "Montenegro did the same reporting; it works better when it is public.",
              6, quotes=6),
            R("BA", "Good list. We will take the calendar and the reporting to our "
              "Ministry.", 8),
        ),
    ),
    D(
        "iacop-gias-tracker", AUDIT, "SI", 200,
        "Global Internal Audit Standards: implementation tracker",
        "Let us keep one thread where each country notes where it is with the 2024 "
        "standards: translation, manual, charter, quality programme. Pinned for the year.",
        (
            R("HR", "Croatia: translation done, manual updated, charter template issued in "
              "March.", 2),
            R("BG", "Bulgaria: charter and quality programme updated, manual in progress.",
              5),
            R("RU", "Россия: у нас свои федеральные стандарты внутреннего аудита, сейчас "
              "сравниваем их с новыми глобальными.", 9),
            R("MK", "North Macedonia: translation under review by the CHU.", 14),
            R("GE", "Georgia: manual updated; the topical requirement on cybersecurity is "
              "the hardest part for us.", 20),
            R("author", "Cybersecurity seems hard for everyone. Shall we make it a topic for "
              "the next IACOP workshop?", 21, quotes=4),
            R("RS", "Yes please. Serbia would present its first IT security audit.", 23,
              quotes=5),
            R("KZ", "Казахстан: перевод стандартов готов, методика в работе.", 40),
            R("AL", "Albania: manual updated in June, training for 120 auditors done.", 60),
            R("XK", "Kosovo: we adopted the new standards by the Minister's decision in "
              "September.", 75),
        ),
        pinned=True,
    ),
    D(
        "iacop-ai-auditor", AUDIT, "RU", 70,
        "Искусственный интеллект в работе внутреннего аудитора: где граница?",
        "Аудиторы начали использовать нейросети для анализа документов. Где, по-вашему, "
        "граница допустимого — и нужно ли это отражать в методике?",
        (
            R("KZ", "Для поиска аномалий в платежах — да, для выводов аудита — нет. Вывод "
              "всегда делает и подписывает аудитор.", 1),
            R("BY", "Мы запретили загружать в публичные сервисы любые материалы проверок. "
              "Только локальные инструменты.", 2),
            R("author", "Согласен. А как документировать использование такого инструмента в "
              "рабочих документах?", 3, quotes=0),
            R("=0", "Мы указываем инструмент, запрос и как проверялся результат — так же, "
              "как для любой выборки.", 4, quotes=2),
            R("AM", "В Армении это пока обсуждается. Было бы полезно общее руководство "
              "IACOP.", 6),
            R("KG", "Поддерживаю идею общего руководства.", 7, quotes=4),
        ),
    ),
    D(
        "iacop-consulting-conflict", AUDIT, "GE", 400,
        "Can internal auditors do consulting work for the unit they audit?",
        "Managers ask our auditors to help design controls for a new process. The standards "
        "allow consulting, but then we audit the same process a year later. Where do you draw "
        "the line?",
        (
            R("HR", "We allow it with a one-year cooling-off period before the same auditor "
              "audits that process.", 1),
            R("BA", "We do not allow it at all: too small a unit, the conflict is "
              "unavoidable.", 1.5),
            R("UA", "Refusing all consulting makes internal audit irrelevant to managers. "
              "We accept it and disclose it in the next audit report.", 2, quotes=1),
            R("=1", "Disclosure does not remove the conflict.", 2.5, quotes=2),
            R("=2", "Nor does refusing help — the process is then designed badly and you "
              "audit the consequences.", 3, quotes=3),
            R("SI", "Both views are legitimate and the standards leave room for each. "
              "Perhaps a short IACOP note on the options would serve better than this "
              "thread.", 4),
            R("author", "Agreed, thank you all. The conveners have locked the thread; the "
              "working group on quality will draft the note.", 5),
        ),
        locked=True,
    ),
    D(
        "iacop-remote-audit", AUDIT, "KZ", 500,
        "Дистанционный аудит после пандемии: что вы оставили?",
        "Во время пандемии многие перешли на удалённые проверки. Что из этого осталось в "
        "вашей практике?",
        (
            R("RU", "Запрос и анализ документов — удалённо, интервью и осмотр — на месте. "
              "Командировок стало вдвое меньше.", 2),
            R("MD", "Удалённый доступ аудиторов к бухгалтерской системе на чтение. Это "
              "главное, что мы сохранили.", 3),
            R("TJ", "У нас связь не везде позволяет, но видеоинтервью с областными "
              "управлениями оставили.", 6),
            R("author", "Спасибо, похоже, у всех схожая модель: документы удалённо, люди — "
              "вживую.", 8),
        ),
    ),
    D(
        "sc-working-groups", STEERING, "admin@", 40,
        "Next strategy period: which working groups should the communities run jointly?",
        "Before the strategy retreat, the secretariat proposes three joint working groups: "
        "public investment (BCOP+TCOP), internal control in budget institutions "
        "(IACOP+TCOP), and fiscal risks (BCOP+TCOP). Comments before the retreat, please.",
        (
            R("convener@", "BCOP supports the public investment group; our members asked for "
               "it at the plenary.", 1),
            R("RU", "Поддерживаем, но предлагаем начать с фискальных рисков: там уже есть "
              "материалы рабочей группы.", 2),
            R("TR", "Fine with all three, as long as each has a clear product by the end of "
              "the first year.", 3),
        ),
    ),
)  # fmt: skip


PEER_ASSISTS: tuple[PA, ...] = (
    PA(
        "kg-spending-review", BUDGET, "KG", 0, "closed",
        "Как определить охват и график первого обзора расходов?",
        "Правительство поручило Минфину провести первый обзор расходов за шесть месяцев. Мы "
        "не знаем, сколько отраслей брать, кто в министерствах должен участвовать и как "
        "использовать найденную экономию.",
        "Пилот должен дать результаты к бюджетному циклу следующего года. В отделе три "
        "аналитика, опыта обзоров нет.",
        ("ru",), (-560, -500),
        (
            Offer("GE", "Грузия провела четыре обзора расходов, могу рассказать об ошибках "
                  "первого.", 2, chosen=True),
            Offer("AM", "В Армении мы начинали с тематических обзоров — готова поделиться "
                  "техзаданием.", 3, chosen=True),
            Offer("KZ", "Могу рассказать о нашем первом обзоре в здравоохранении.", 6),
        ),
        activity="bcop-peer-assist-kg",
        outcome="Коллеги из Грузии и Армении посоветовали начать с двух отраслей и заранее "
        "согласовать с правительством, как будет использована экономия. Пилот охватил "
        "образование и сельское хозяйство; повторная сессия по промежуточным результатам "
        "прошла через полгода, шаблон технического задания — в библиотеке BCOP.",
    ),
    PA(
        "tj-regional-tsa", TREASURY, "TJ", 40, "held",
        "Как перевести бюджетные учреждения областей на единый казначейский счёт?",
        "У 300 учреждений в трёх областях ещё открыты счета в коммерческих банках. Банки "
        "против, учреждения боятся задержек платежей.",
        "Поручение правительства — закрыть счета до конца следующего года. Связь в горных "
        "районах нестабильна.",
        ("ru",), (-20, -3),
        (
            Offer("KZ", "Казахстан переводил областные учреждения поэтапно, за два года; "
                  "расскажу о графике и переговорах с банками.", 1, chosen=True),
            Offer("UZ", "Можем показать, как работает наше казначейство в отдалённых "
                  "районах.", 2, chosen=True),
            Offer("BY", "Готов поделиться опытом закрытия счетов в банках.", 5),
        ),
        session=Session(
            -6,
            ("Peer assist: bringing regional budget institutions of Tajikistan into the TSA",
             "Помощь коллег: перевод областных учреждений Таджикистана на ЕКС"),
            ("Treasury colleagues from Kazakhstan and Uzbekistan advise Tajikistan on closing "
             "commercial bank accounts of 300 regional budget institutions.",
             "Коллеги из казначейств Казахстана и Узбекистана консультируют Таджикистан по "
             "закрытию счетов 300 областных учреждений в коммерческих банках."),
            "Asia/Dushanbe", hours=2.5,
        ),
    ),
    PA(
        "me-first-qa-review", AUDIT, "ME", 35, "scheduled",
        "Preparing the first external quality assessment of internal audit in Montenegro",
        "Our central harmonisation unit must organise the first external quality assessment "
        "of internal audit units in ministries. We need a method, a team and a timetable "
        "that fit a small administration.",
        "Eleven internal audit units, 34 auditors. No local firms with public-sector "
        "assessment experience.",
        ("en",), (10, 40),
        (
            Offer("HR", "Croatia ran peer assessments between ministries; I can bring our "
                  "questionnaire and the lessons of the first round.", 2, chosen=True),
            Offer("SI", "Slovenia's Budget Supervision Office did validated self-assessments "
                  "— happy to walk you through one.", 3, chosen=True),
            Offer("BG", "Available to share Bulgaria's QA programme template.", 6),
        ),
        session=Session(
            18,
            ("Peer assist: Montenegro's first external quality assessment of internal audit",
             "Помощь коллег: первая внешняя оценка качества внутреннего аудита в Черногории"),
            ("Colleagues from Croatia and Slovenia help Montenegro's central harmonisation "
             "unit design its first external quality assessment.",
             "Коллеги из Хорватии и Словении помогают центральному подразделению "
             "гармонизации Черногории спланировать первую внешнюю оценку качества."),
            "Europe/Podgorica",
        ),
    ),
    PA(
        "xk-capital-gateway", BUDGET, "XK", 20, "matched",
        "Designing a readiness gateway for capital projects",
        "Half of the projects in Kosovo's public investment programme are less than 20% "
        "executed. We want a readiness gateway before a project gets a budget line, and "
        "need advice on criteria and thresholds.",
        "The new Public Finance Law allows the Ministry to set appraisal rules by "
        "regulation; the draft is due in three months.",
        ("en",), (15, 60),
        (
            Offer("HR", "Croatia introduced a readiness check in 2023; glad to share the "
                  "checklist and what it removed.", 1, chosen=True),
            Offer("TR", "Türkiye's experience with closing zombie projects could help.", 3,
                  chosen=True),
        ),
    ),
    PA(
        "kg-procurement-forecast", TREASURY, "KG", 9, "requested",
        "Как использовать данные о закупках для прогноза ликвидности?",
        "Платежи по договорам — самая непредсказуемая часть нашего прогноза ЕКС. Хотим "
        "использовать графики платежей из портала закупок, но не знаем, насколько им можно "
        "верить.",
        "Портал закупок и казначейская система пока не связаны; выгрузка возможна раз в "
        "сутки.",
        ("ru",), (14, 75),
        (
            Offer("member@", "В Беларуси используем графики платежей по договорам в "
                  "прогнозе уже два года — расскажу, с какой поправкой на их "
                  "недостоверность.", 1),
            Offer("KZ", "Казначейство Казахстана получает данные о договорах автоматически; "
                  "могу показать, как строим прогноз.", 2),
        ),
    ),
    PA(
        "al-ipa-audit", AUDIT, "AL", 4, "requested",
        "Auditing the management and control system of EU pre-accession funds",
        "Our internal audit units are asked to audit the management and control system for "
        "EU pre-accession (IPA) funds for the first time. We need advice on scope and on "
        "working alongside the Audit Authority.",
        "The audit must be completed before the next EU verification mission.",
        ("en",), (20, 90),
        (
            Offer("MK", "North Macedonia went through this in 2022; I can share our audit "
                  "programme.", 1),
        ),
    ),
)  # fmt: skip
