"""The words of the search benchmark's corpus: public financial management, in English and Russian.

Each `Concept` is one idea of the field with the forms the corpus writes it in (`text`) and other
forms a person types when looking for it (`query`): other grammatical cases and numbers in
Russian, other inflections in English. A query never uses a form the text uses, so the benchmark
finds things only through stemming, as real searches do.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Concept:
    text: tuple[str, ...]
    query: tuple[str, ...]


def concept(text: str, query: str) -> Concept:
    return Concept(tuple(text.split("|")), tuple(query.split("|")))


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


ENGLISH = (
    concept("budget planning|budget plans", "budget planned|planning budgets"),
    concept(
        "medium-term expenditure framework|medium-term expenditure frameworks",
        "expenditure framework|medium-term expenditures",
    ),
    concept("programme budgeting|programme budget", "programme budgets|budgeting programmes"),
    concept("treasury single account|single treasury account", "treasury accounts|single account"),
    concept("cash management|cash forecasting", "cash forecasts|managing cash"),
    concept("internal audit|internal auditors", "internal audits|auditor"),
    concept("risk-based audit|audit risk assessment", "risk assessments|audited risks"),
    concept("public procurement|procurement procedures", "procuring|procurement procedure"),
    concept("fiscal transparency|budget transparency", "transparent budgets|fiscal transparencies"),
    concept("debt management|public debt", "managing debts|debts"),
    concept("accrual accounting|accrual-based accounts", "accruals|accounting accruals"),
    concept("IPSAS adoption|IPSAS standards", "IPSAS|adopting standards"),
    concept("performance indicators|performance information", "indicator|performing"),
    concept("spending reviews|spending review", "reviewing spending|reviewed"),
    concept("budget classification|economic classification", "classifications|classifying"),
    concept("chart of accounts|charts of accounts", "chart|account"),
    concept("fiscal rules|fiscal rule", "rules fiscal|ruling"),
    concept("revenue forecasting|revenue forecasts", "forecasted revenues|revenue forecast"),
    concept("gender budgeting|gender-responsive budgeting", "gender budgets|gendered"),
    concept("green budgeting|climate tagging", "green budget|climate tags"),
    concept("financial management information system|FMIS", "information systems|FMIS"),
    concept("commitment control|expenditure commitments", "commitments|controlling"),
    concept("arrears|payment arrears", "arrear|payments"),
    concept("public investment management|capital investment", "investments|investing"),
    concept("state-owned enterprises|fiscal risks", "enterprise|fiscal risk"),
    concept("budget execution|budget executed", "executing budgets|execution"),
    concept("year-end closing|annual financial statements", "financial statement|closings"),
    concept("external audit|supreme audit institution", "audit institutions|external audits"),
    concept("intergovernmental transfers|local government finance", "transfer|local governments"),
    concept("citizens budget|budget literacy", "citizen budgets|citizens"),
    concept("payroll control|wage bill", "payrolls|wage bills"),
    concept("tax expenditures|tax expenditure reporting", "tax expenditure|reported taxes"),
)

RUSSIAN = (
    concept(
        "бюджетное планирование|бюджетного планирования|бюджетному планированию",
        "бюджетном планировании|бюджетным планированием",
    ),
    concept(
        "среднесрочная бюджетная рамка|среднесрочной бюджетной рамки|среднесрочные рамки расходов",
        "среднесрочную бюджетную рамку|среднесрочных рамках",
    ),
    concept(
        "программное бюджетирование|программного бюджетирования|программы расходов",
        "программном бюджетировании|программным бюджетированием",
    ),
    concept(
        "казначейский единый счёт|казначейского единого счёта|единый казначейский счёт",
        "казначейском едином счёте|единого казначейского счета",
    ),
    concept(
        "управление ликвидностью|управления денежными средствами|прогнозирование ликвидности",
        "управлении ликвидностью|денежных средств",
    ),
    concept(
        "внутренний аудит|внутреннего аудита|внутренние аудиторы",
        "внутреннем аудите|внутренним аудитом|аудиторов",
    ),
    concept(
        "управление рисками|управления рисками|риск-ориентированный аудит",
        "управлении рисками|рисков|риск-ориентированного аудита",
    ),
    concept(
        "государственные закупки|государственных закупок|закупочные процедуры",
        "государственным закупкам|закупках|закупочных процедур",
    ),
    concept(
        "бюджетная прозрачность|бюджетной прозрачности|открытость бюджета",
        "бюджетную прозрачность|открытости бюджетов",
    ),
    concept(
        "управление государственным долгом|государственного долга|долговая политика",
        "государственный долг|долговой политики|долгом",
    ),
    concept(
        "метод начисления|учёт по методу начисления|бухгалтерский учёт",
        "методом начисления|бухгалтерского учёта|учета",
    ),
    concept(
        "МСФО ОС|международные стандарты финансовой отчётности|стандартов учёта",
        "международных стандартов|стандартам|финансовая отчётность",
    ),
    concept(
        "показатели результативности|показателей результативности|целевые показатели",
        "показателям результативности|показатель|результативностью",
    ),
    concept(
        "обзоры расходов|обзора расходов|анализ эффективности расходов",
        "обзорах расходов|обзором|эффективность расходов",
    ),
    concept(
        "бюджетная классификация|бюджетной классификации|экономическая классификация",
        "бюджетную классификацию|классификациях",
    ),
    concept(
        "план счетов|плана счетов|планом счетов",
        "планы счетов|плане счетов",
    ),
    concept(
        "бюджетные правила|бюджетных правил|фискальные правила",
        "бюджетным правилам|фискальных правил|правило",
    ),
    concept(
        "прогнозирование доходов|прогноза доходов|налоговые доходы",
        "прогнозированием доходов|прогнозы доходов|налоговых доходах",
    ),
    concept(
        "гендерное бюджетирование|гендерного бюджетирования|гендерного равенства",
        "гендерном бюджетировании|гендерное равенство",
    ),
    concept(
        "зелёное бюджетирование|климатическая маркировка|климатических расходов",
        "зелёного бюджетирования|климатические расходы",
    ),
    concept(
        "информационная система управления финансами|информационной системы|ИСУГФ",
        "информационных систем|информационную систему",
    ),
    concept(
        "контроль обязательств|бюджетных обязательств|принятие обязательств",
        "контроля обязательств|бюджетные обязательства",
    ),
    concept(
        "просроченная задолженность|просроченной задолженности|кредиторская задолженность",
        "просроченную задолженность|задолженностей",
    ),
    concept(
        "управление государственными инвестициями|капитальные вложения|инвестиционных проектов",
        "государственных инвестиций|инвестиционные проекты|капитальных вложений",
    ),
    concept(
        "государственные предприятия|фискальные риски|фискальных рисков",
        "государственных предприятий|фискальными рисками",
    ),
    concept(
        "исполнение бюджета|исполнения бюджета|кассовое исполнение",
        "исполнении бюджета|исполнением бюджетов",
    ),
    concept(
        "годовая отчётность|годовой финансовой отчётности|закрытие года",
        "годовую отчётность|финансовых отчётов",
    ),
    concept(
        "внешний аудит|высший орган аудита|счётная палата",
        "внешнего аудита|счётной палаты|высших органов аудита",
    ),
    concept(
        "межбюджетные трансферты|межбюджетных трансфертов|местные бюджеты",
        "межбюджетным трансфертам|местных бюджетов",
    ),
    concept(
        "бюджет для граждан|бюджетная грамотность|гражданского участия",
        "бюджета для граждан|бюджетной грамотности|граждане",
    ),
    concept(
        "фонд оплаты труда|контроль заработной платы|численности персонала",
        "фонда оплаты труда|заработных плат",
    ),
    concept(
        "налоговые расходы|налоговых расходов|налоговых льгот",
        "налоговым расходам|налоговые льготы",
    ),
)

# What surrounds the field's terms in a sentence: plain words of each language.
FILLER = {
    "en": words(
        "the ministry of finance introduced reform in our country last year and the team "
        "discussed how to improve the process with line ministries during the workshop "
        "we shared experience lessons learned challenges and results of implementation "
        "colleagues asked about legal framework methodology guidance training and capacity "
        "the working group prepared a draft report with recommendations for the next stage "
        "our practice shows that coordination between institutions remains difficult but "
        "progress is visible in several areas including reporting and monitoring of results"
    ),
    "ru": words(
        "министерство финансов провело реформу в нашей стране в прошлом году и команда "
        "обсудила как улучшить процесс вместе с отраслевыми министерствами на семинаре "
        "мы поделились опытом извлечёнными уроками трудностями и результатами внедрения "
        "коллеги спрашивали о правовой базе методологии рекомендациях обучении и потенциале "
        "рабочая группа подготовила проект отчёта с рекомендациями для следующего этапа "
        "наша практика показывает что координация между ведомствами остаётся сложной но "
        "прогресс заметен в ряде областей включая отчётность и мониторинг результатов"
    ),
}

TITLE_OPENERS = {
    "en": (
        "How to introduce",
        "Experience with",
        "Lessons from",
        "Practical guide to",
        "Reform of",
        "Challenges of",
        "Country case on",
        "Questions about",
        "Workshop on",
        "Update on",
    ),
    "ru": (
        "Как внедрить",
        "Опыт внедрения",
        "Уроки реформы:",
        "Практическое руководство:",
        "Реформа:",
        "Проблемы внедрения:",
        "Опыт страны:",
        "Вопросы по теме:",
        "Семинар:",
        "Новости:",
    ),
}

FIRST_NAMES = {
    "en": ("Anna", "Elena", "Irina", "Natalia", "Arben", "Besnik", "Giorgi", "Nino", "Ardak"),
    "ru": ("Анна", "Елена", "Ирина", "Наталья", "Сергей", "Алексей", "Гульнара", "Азамат"),
}
LAST_NAMES = {
    "en": ("Hoxha", "Beridze", "Petrova", "Nurlanova", "Kovac", "Popescu", "Aliyev", "Marku"),
    "ru": ("Иванова", "Петров", "Сидорова", "Нурланов", "Алиева", "Кузнецов", "Смирнова"),
}
ORGANISATIONS = {
    "en": ("Ministry of Finance", "State Treasury", "Court of Audit", "Central Harmonisation Unit"),
    "ru": ("Министерство финансов", "Казначейство", "Счётная палата", "Министерство экономики"),
}

# The countries of a regional public finance network (ISO 3166 alpha-2).
COUNTRIES = words("AL AM AZ BA BG BY GE HR KG KZ MD ME MK RO RS RU TJ TR UA UZ XK")
