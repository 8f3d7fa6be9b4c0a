"""What each demo community answers to a potential member's questions, in English and Russian."""

from trellis.demo.countries import AUDIT, BUDGET, TREASURY

BUDGET_PROPOSITION = {
    "why_care": {
        "en": "Every budget reform in the region (programme budgets, medium-term frameworks, "
        "spending reviews) runs into the same obstacles. Colleagues in twenty ministries of "
        "finance have met them before you.",
        "ru": "Любая бюджетная реформа в регионе (программный бюджет, среднесрочное "
        "планирование, обзоры расходов) упирается в одни и те же препятствия. Коллеги из "
        "двадцати министерств финансов уже с ними сталкивались.",
    },
    "help_me": {
        "en": "Answers from practitioners who have done the job: how to design programme "
        "structures and indicators, how to cost policies, how to negotiate ceilings with line "
        "ministries.",
        "ru": "Ответы практиков, которые уже сделали эту работу: как построить структуру "
        "программ и показатели, как оценить стоимость мер политики, как согласовать "
        "предельные объёмы с отраслевыми министерствами.",
    },
    "help_institution": {
        "en": "Your ministry gains tested templates (budget circulars, programme "
        "classifications, performance reports) and a peer review of its reform plans before "
        "they go to government.",
        "ru": "Ваше министерство получает проверенные шаблоны (бюджетные циркуляры, "
        "классификации программ, отчёты о результатах) и экспертизу коллег по планам реформ "
        "до их внесения в правительство.",
    },
    "help_country": {
        "en": "Better-prioritised budgets, credible fiscal targets and spending that can be "
        "traced to results: the basis of public trust and of sound fiscal policy.",
        "ru": "Бюджет с ясными приоритетами, реалистичные фискальные цели и расходы, которые "
        "можно связать с результатами: основа доверия граждан и устойчивой бюджетной политики.",
    },
    "connections": {
        "en": "Heads of budget departments and budget analysts from Albania to Uzbekistan, "
        "OECD and World Bank experts, and the people who ran budget reforms in Austria, the "
        "Netherlands and Estonia.",
        "ru": "Руководители бюджетных департаментов и аналитики от Албании до Узбекистана, "
        "эксперты ОЭСР и Всемирного банка, а также те, кто проводил бюджетные реформы в "
        "Австрии, Нидерландах и Эстонии.",
    },
    "together": {
        "en": "Annual plenary meetings, study visits to ministries of finance, the Program and "
        "Performance Budgeting working group, the Budget Literacy and Transparency working "
        "group, webinars and comparative surveys.",
        "ru": "Ежегодные пленарные заседания, учебные визиты в министерства финансов, рабочая "
        "группа по программному бюджетированию и бюджетированию по результатам, рабочая группа "
        "по бюджетной грамотности и прозрачности, вебинары и сравнительные исследования.",
    },
    "capability": {
        "en": "Linking budgets to policy objectives: programme and performance budgeting, "
        "spending reviews, fiscal risk analysis and budget transparency (citizens' budgets, "
        "the Open Budget Survey).",
        "ru": "Умение связывать бюджет с целями политики: программное бюджетирование и "
        "бюджетирование по результатам, обзоры расходов, анализ фискальных рисков и бюджетная "
        "прозрачность (бюджет для граждан, Обзор открытости бюджета).",
    },
    "how_it_works": {
        "en": "An Executive Committee elected by the members sets the annual action plan; the "
        "secretariat organises the events and interpretation into English, Russian and BCS; "
        "members join the working groups that match their priorities.",
        "ru": "Исполнительный комитет, избранный участниками, утверждает годовой план "
        "действий; секретариат организует мероприятия и перевод на английский, русский и БХС; "
        "участники входят в рабочие группы по своим приоритетам.",
    },
    "contribute": {
        "en": "Your country's experience, including what did not work, presented at a meeting; "
        "answers to a comparative survey; documents for the library; hosting a study visit.",
        "ru": "Опыт вашей страны, в том числе неудачный, в выступлении на встрече; ответы на "
        "сравнительный опрос; документы для библиотеки; приём учебного визита.",
    },
    "role": {
        "en": "Start by asking a question; later present a case, co-lead a working group, take "
        "on a leadership role such as agenda setter or critical friend, or stand for the "
        "Executive Committee.",
        "ru": "Начните с вопроса; затем представьте кейс, станьте соруководителем рабочей "
        "группы, возьмите на себя роль разработчика повестки дня или критического друга или "
        "выдвиньте свою кандидатуру в Исполнительный комитет.",
    },
}

TREASURY_PROPOSITION = {
    "why_care": {
        "en": "Treasuries across the region are moving to a treasury single account, accrual "
        "accounting and new financial management information systems at the same time. Few "
        "reforms carry more operational risk.",
        "ru": "Казначейства региона одновременно переходят на единый казначейский счёт, учёт "
        "по методу начисления и новые информационные системы управления финансами. Немногие "
        "реформы несут больший операционный риск.",
    },
    "help_me": {
        "en": "Practical answers on cash forecasting, commitment control, payment systems and "
        "IPSAS reporting from treasury staff who have solved these problems.",
        "ru": "Практические ответы о прогнозировании ликвидности, контроле обязательств, "
        "платёжных системах и отчётности по МСФООС от сотрудников казначейств, которые уже "
        "решили эти задачи.",
    },
    "help_institution": {
        "en": "Your treasury can compare its functions and costs with its peers, reuse road "
        "maps for IPSAS adoption and FMIS procurement, and avoid mistakes others have already "
        "paid for.",
        "ru": "Ваше казначейство может сравнить свои функции и затраты с коллегами, "
        "использовать готовые дорожные карты перехода на МСФООС и закупки ИСУГФ и избежать "
        "ошибок, за которые другие уже заплатили.",
    },
    "help_country": {
        "en": "Full control of government cash, lower borrowing costs, reliable fiscal reports, "
        "and financial statements that auditors and citizens can trust.",
        "ru": "Полный контроль над денежными средствами правительства, более дешёвые "
        "заимствования, надёжная бюджетная отчётность и финансовая отчётность, которой "
        "доверяют аудиторы и граждане.",
    },
    "connections": {
        "en": "Treasury directors and their deputies, heads of accounting, cash management and "
        "IT from over twenty countries, and experts from the IMF, the World Bank and European "
        "treasuries.",
        "ru": "Руководители казначейств и их заместители, руководители подразделений учёта, "
        "управления ликвидностью и ИТ из более чем двадцати стран, эксперты МВФ, Всемирного "
        "банка и европейских казначейств.",
    },
    "together": {
        "en": "Plenary meetings; thematic groups on accounting and reporting, on IT in the "
        "treasury and on treasury functions; study visits; surveys; a knowledge product on "
        "each theme.",
        "ru": "Пленарные встречи; тематические группы по учёту и отчётности, по ИТ в "
        "казначействе и по функциям казначейства; учебные визиты; опросы; аналитический "
        "продукт по каждой теме.",
    },
    "capability": {
        "en": "Modern treasury practice: treasury single account design, cash and liquidity "
        "management, accrual accounting under IPSAS, consolidated financial reporting and the "
        "FMIS that supports them.",
        "ru": "Современная казначейская практика: построение единого казначейского счёта, "
        "управление денежными средствами и ликвидностью, учёт по методу начисления по МСФООС, "
        "консолидированная финансовая отчётность и поддерживающие их ИСУГФ.",
    },
    "how_it_works": {
        "en": "The TCOP Executive Committee agrees the action plan with the members each year; "
        "thematic groups work between plenaries, mostly online, with simultaneous "
        "interpretation into Russian and English.",
        "ru": "Исполнительный комитет TCOP ежегодно согласует план действий с участниками; "
        "тематические группы работают между пленарными встречами, в основном онлайн, с "
        "синхронным переводом на русский и английский.",
    },
    "contribute": {
        "en": "Your treasury's chart of accounts, TSA regulations and reporting formats, a case "
        "study for a thematic group, or hosting a study visit.",
        "ru": "План счетов вашего казначейства, положения о ЕКС и формы отчётности, кейс для "
        "тематической группы или приём учебного визита.",
    },
    "role": {
        "en": "Thematic group member, presenter, co-author of a knowledge product, community "
        "keeper for your language group, or member of the Executive Committee.",
        "ru": "Участник тематической группы, докладчик, соавтор аналитического продукта, "
        "хранитель сообщества для своей языковой группы или член Исполнительного комитета.",
    },
}

AUDIT_PROPOSITION = {
    "why_care": {
        "en": "Public internal financial control is new in most of the region: internal audit "
        "units are small, managers see auditors as inspectors, and international standards "
        "have to be adapted to public administration.",
        "ru": "Государственный внутренний финансовый контроль для большинства стран региона — "
        "новое направление: подразделения внутреннего аудита малочисленны, руководители видят "
        "в аудиторах ревизоров, а международные стандарты приходится адаптировать к "
        "государственному управлению.",
    },
    "help_me": {
        "en": "Advice from peers on applying the IIA Standards in the public sector, risk-based "
        "audit planning, quality assurance, and auditing IT systems and public procurement.",
        "ru": "Советы коллег о применении стандартов IIA в государственном секторе, "
        "планировании аудита на основе рисков, обеспечении качества, аудите ИТ-систем и "
        "государственных закупок.",
    },
    "help_institution": {
        "en": "Your central harmonisation unit gets tested manuals, quality assessment tools "
        "and a public sector certification path for its internal auditors.",
        "ru": "Ваше центральное подразделение гармонизации получает проверенные руководства, "
        "инструменты оценки качества и программу сертификации внутренних аудиторов "
        "государственного сектора.",
    },
    "help_country": {
        "en": "Managers who own their internal control (COSO), audits that add value, and "
        "public money spent lawfully and for the purpose intended.",
        "ru": "Руководители, которые сами отвечают за внутренний контроль (COSO), аудит, "
        "приносящий пользу, и государственные средства, расходуемые законно и по назначению.",
    },
    "connections": {
        "en": "Heads of central harmonisation units, chief internal auditors and trainers from "
        "the region, the European Commission's PIFC experts, the IIA, and peers from EU member "
        "states.",
        "ru": "Руководители центральных подразделений гармонизации, главные внутренние "
        "аудиторы и преподаватели из стран региона, эксперты Европейской комиссии по ГВФК, "
        "IIA и коллеги из стран ЕС.",
    },
    "together": {
        "en": "Working groups on risk assessment, on internal audit quality and on public "
        "sector audit training; joint guidance papers; plenaries and study visits to mature "
        "internal audit functions.",
        "ru": "Рабочие группы по оценке рисков, по качеству внутреннего аудита и по обучению "
        "аудиторов государственного сектора; совместные методические материалы; пленарные "
        "встречи и учебные визиты в зрелые службы внутреннего аудита.",
    },
    "capability": {
        "en": "Internal audit practice that conforms to the standards: risk-based planning, "
        "audit of internal control systems, IT audit, quality assurance and improvement "
        "programmes.",
        "ru": "Практика внутреннего аудита, соответствующая стандартам: планирование на основе "
        "рисков, аудит систем внутреннего контроля, ИТ-аудит, программы обеспечения и "
        "повышения качества.",
    },
    "how_it_works": {
        "en": "Members agree the priorities at the annual plenary; each working group produces "
        "a knowledge product a year; the Executive Committee and the secretariat keep the plan "
        "moving.",
        "ru": "Участники согласуют приоритеты на ежегодной пленарной встрече; каждая рабочая "
        "группа готовит аналитический продукт в год; Исполнительный комитет и секретариат "
        "обеспечивают выполнение плана.",
    },
    "contribute": {
        "en": "Audit manuals and charters, risk registers, experience with certification and "
        "external quality reviews, and honest accounts of what managers resisted.",
        "ru": "Руководства и положения о внутреннем аудите, реестры рисков, опыт сертификации "
        "и внешних оценок качества, а также честный рассказ о том, чему сопротивлялись "
        "руководители.",
    },
    "role": {
        "en": "Working group member or lead, author of guidance, peer reviewer of another "
        "country's audit methodology, or value detective who gathers evidence of impact.",
        "ru": "Участник или руководитель рабочей группы, автор методических материалов, "
        "эксперт по методологии аудита другой страны или детектив ценности, собирающий "
        "свидетельства результатов.",
    },
}

STEERING_PROPOSITION = {
    "why_care": {
        "en": "The Steering Committee decides PEMPAL's strategy and budget; what it agrees "
        "shapes every community's action plan.",
        "ru": "Руководящий комитет определяет стратегию и бюджет PEMPAL; его решения "
        "определяют планы действий всех сообществ.",
    },
    "together": {
        "en": "Two meetings a year to review the communities' results against the strategy's "
        "indicators, approve action plans and agree the next year's budget.",
        "ru": "Две встречи в год: обзор результатов сообществ по показателям стратегии, "
        "утверждение планов действий и согласование бюджета на следующий год.",
    },
    "how_it_works": {
        "en": "Members are the chairs of the three communities' Executive Committees, the "
        "donors and the secretariat; papers are shared here a week before each meeting.",
        "ru": "В комитет входят председатели исполнительных комитетов трёх сообществ, доноры "
        "и секретариат; материалы публикуются здесь за неделю до каждой встречи.",
    },
}

PROPOSITIONS = {
    BUDGET: BUDGET_PROPOSITION,
    TREASURY: TREASURY_PROPOSITION,
    AUDIT: AUDIT_PROPOSITION,
}
