"""Expertise topics of public financial management, and the positions people hold."""

from dataclasses import dataclass

from trellis.demo.countries import AUDIT, BUDGET, TREASURY


@dataclass(frozen=True)
class Topic:
    slug: str
    en: str
    ru: str
    communities: tuple[str, ...]  # the communities where the topic is most at home

    @property
    def name(self) -> dict[str, str]:
        return {"en": self.en, "ru": self.ru}


TOPICS = (
    Topic("program-budgeting", "Program budgeting", "Программное бюджетирование", (BUDGET,)),
    Topic(
        "performance-budgeting",
        "Performance budgeting",
        "Бюджетирование, ориентированное на результат",
        (BUDGET,),
    ),
    Topic(
        "medium-term-budget-frameworks",
        "Medium-term budget frameworks",
        "Среднесрочное бюджетное планирование",
        (BUDGET,),
    ),
    Topic("spending-reviews", "Spending reviews", "Обзоры государственных расходов", (BUDGET,)),
    Topic("fiscal-risks", "Fiscal risks", "Фискальные риски", (BUDGET, TREASURY)),
    Topic("fiscal-rules", "Fiscal rules", "Бюджетные правила", (BUDGET,)),
    Topic(
        "budget-classification",
        "Budget classification",
        "Бюджетная классификация",
        (BUDGET, TREASURY),
    ),
    Topic(
        "capital-budgeting",
        "Capital budgeting and public investment",
        "Капитальный бюджет и государственные инвестиции",
        (BUDGET,),
    ),
    Topic(
        "fiscal-transparency",
        "Fiscal transparency and citizens' budgets",
        "Бюджетная прозрачность и бюджет для граждан",
        (BUDGET,),
    ),
    Topic(
        "gender-budgeting",
        "Gender budgeting",
        "Гендерно ориентированное бюджетирование",
        (BUDGET,),
    ),
    Topic(
        "subnational-finance",
        "Intergovernmental fiscal relations",
        "Межбюджетные отношения",
        (BUDGET,),
    ),
    Topic(
        "treasury-single-account",
        "Treasury single account",
        "Единый казначейский счёт",
        (TREASURY,),
    ),
    Topic(
        "cash-management",
        "Cash management and forecasting",
        "Управление ликвидностью и прогнозирование",
        (TREASURY,),
    ),
    Topic(
        "public-debt", "Public debt management", "Управление государственным долгом", (TREASURY,)
    ),
    Topic(
        "ipsas",
        "Accounting standards (IPSAS)",
        "Стандарты учёта в госсекторе (МСФООС)",
        (TREASURY,),
    ),
    Topic(
        "financial-reporting",
        "Consolidated financial reporting",
        "Консолидированная финансовая отчётность",
        (TREASURY,),
    ),
    Topic(
        "commitment-control",
        "Commitment control and payment systems",
        "Контроль обязательств и платёжные системы",
        (TREASURY,),
    ),
    Topic(
        "fmis",
        "Financial management information systems",
        "Информационные системы управления госфинансами",
        (TREASURY, BUDGET),
    ),
    Topic(
        "internal-audit-standards",
        "Internal audit standards",
        "Стандарты внутреннего аудита",
        (AUDIT,),
    ),
    Topic(
        "internal-control",
        "Internal control (COSO)",
        "Внутренний контроль (COSO)",
        (AUDIT,),
    ),
    Topic("risk-management", "Risk management", "Управление рисками", (AUDIT, BUDGET)),
    Topic("it-audit", "Audit of IT systems", "Аудит информационных систем", (AUDIT,)),
    Topic(
        "audit-quality",
        "Quality assurance in internal audit",
        "Обеспечение качества внутреннего аудита",
        (AUDIT,),
    ),
    Topic(
        "public-procurement",
        "Public procurement",
        "Государственные закупки",
        (AUDIT, BUDGET),
    ),
    Topic(
        "pifc",
        "Public internal financial control (PIFC)",
        "Государственный внутренний финансовый контроль",
        (AUDIT,),
    ),
    Topic(
        "fraud-risk",
        "Fraud and irregularities",
        "Мошенничество и нарушения",
        (AUDIT,),
    ),
)


@dataclass(frozen=True)
class Position:
    en: str
    ru: str
    weight: int = 3  # how common the position is among members


POSITIONS = {
    BUDGET: (
        Position("Head of Budget Department", "Начальник департамента бюджетной политики", 2),
        Position(
            "Deputy Head of Budget Department", "Заместитель начальника департамента бюджета", 2
        ),
        Position("Senior Budget Analyst", "Главный специалист отдела бюджетного анализа", 5),
        Position("Head of Budget Methodology Unit", "Начальник отдела бюджетной методологии"),
        Position("Advisor on Program Budgeting", "Советник по программному бюджетированию"),
        Position(
            "Head of Medium-Term Fiscal Planning Division",
            "Начальник отдела среднесрочного бюджетного планирования",
        ),
        Position("Spending Review Expert", "Эксперт по обзорам расходов"),
        Position("Budget Expert, Social Sectors", "Эксперт по бюджету социальных отраслей", 4),
        Position("Deputy Minister of Finance", "Заместитель министра финансов", 1),
    ),
    TREASURY: (
        Position("Director of the Treasury", "Руководитель казначейства", 1),
        Position("Deputy Head of the Treasury", "Заместитель руководителя казначейства", 2),
        Position("Head of Cash Management Division", "Начальник отдела управления ликвидностью"),
        Position(
            "Head of Accounting and Reporting Department",
            "Начальник управления учёта и отчётности",
        ),
        Position("Chief Accountant", "Главный бухгалтер", 2),
        Position("Senior Treasury Specialist", "Ведущий специалист казначейства", 5),
        Position("Head of FMIS Unit", "Начальник отдела информационных систем"),
        Position("Public Debt Manager", "Специалист по управлению государственным долгом", 2),
    ),
    AUDIT: (
        Position(
            "Head of Central Harmonisation Unit",
            "Руководитель центрального подразделения гармонизации",
            1,
        ),
        Position("Chief Internal Auditor", "Главный внутренний аудитор", 2),
        Position("Senior Internal Auditor", "Старший внутренний аудитор", 5),
        Position("Internal Auditor", "Внутренний аудитор", 4),
        Position("Head of Internal Audit Unit", "Начальник отдела внутреннего аудита"),
        Position(
            "Financial Management and Control Expert",
            "Эксперт по финансовому управлению и контролю",
        ),
        Position("IT Auditor", "ИТ-аудитор", 2),
        Position(
            "Trainer, Internal Audit Certification Programme",
            "Преподаватель программы сертификации внутренних аудиторов",
            1,
        ),
    ),
}
