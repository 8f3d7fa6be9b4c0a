"""The role catalogue as data: loaded by a migration, kept in both languages."""

ROLE_CATALOGUE = [
    {
        "code": "network_admin",
        "kind": "admin",
        "network_scope_only": True,
        "name": {"en": "Network administrator", "ru": "Администратор сети"},
        "description": {
            "en": "A member of the social learning team: sets up communities, runs evaluation, "
            "writes reports.",
            "ru": "Член группы по социальному обучению: создаёт сообщества, проводит оценку, "
            "готовит отчёты.",
        },
    },
    {
        "code": "convener",
        "kind": "convening",
        "name": {"en": "Convener", "ru": "Координатор"},
        "description": {
            "en": "Coordinates the community: organises activities, connects people, approves "
            "members.",
            "ru": "Координирует сообщество: организует мероприятия, связывает людей, принимает "
            "новых участников.",
        },
    },
    {
        "code": "critical_friend",
        "kind": "leadership",
        "name": {"en": "Critical friend", "ru": "Критический друг"},
        "description": {
            "en": "Helps the community reflect on how it learns and feeds that back into its "
            "design.",
            "ru": "Помогает сообществу размышлять о том, как оно учится, и учитывать это в "
            "своей работе.",
        },
    },
    {
        "code": "organisational_broker",
        "kind": "leadership",
        "name": {"en": "Organisational broker", "ru": "Организационный брокер"},
        "description": {
            "en": "Works with the members' organisations and sponsors so the learning is "
            "supported and used.",
            "ru": "Работает с организациями участников и спонсорами, чтобы обучение "
            "поддерживалось и применялось.",
        },
    },
    {
        "code": "agenda_setter",
        "kind": "leadership",
        "name": {"en": "Agenda setter", "ru": "Разработчик повестки дня"},
        "description": {
            "en": "Looks after the learning agenda: gathers and prioritises issues, places "
            "activities on a timeline.",
            "ru": "Ведёт программу обучения: собирает и расставляет приоритеты, планирует "
            "мероприятия во времени.",
        },
    },
    {
        "code": "community_keeper",
        "kind": "leadership",
        "name": {"en": "Community keeper", "ru": "Хранитель сообщества"},
        "description": {
            "en": "Weaves the social fabric and makes sure all voices, including absent ones, "
            "are heard.",
            "ru": "Укрепляет связи между людьми и следит, чтобы были услышаны все голоса, "
            "в том числе отсутствующих.",
        },
    },
    {
        "code": "practice_developer",
        "kind": "leadership",
        "name": {"en": "Practice developer", "ru": "Разработчик практики"},
        "description": {
            "en": "Builds learning partnerships and documents the community's practice.",
            "ru": "Развивает партнёрства в целях обучения и документирует практику сообщества.",
        },
    },
    {
        "code": "social_reporter",
        "kind": "leadership",
        "name": {"en": "Social reporter", "ru": "Социальный докладчик"},
        "description": {
            "en": "Keeps the community's memory: stories, summaries, photos, interviews.",
            "ru": "Хранит память сообщества: истории, резюме, фотографии, интервью.",
        },
    },
    {
        "code": "external_ambassador",
        "kind": "leadership",
        "name": {"en": "External ambassador", "ru": "Внешний посланник"},
        "description": {
            "en": "Communicates what the community does to audiences beyond it.",
            "ru": "Рассказывает о работе сообщества за его пределами.",
        },
    },
    {
        "code": "value_detective",
        "kind": "leadership",
        "name": {"en": "Value detective", "ru": "Детектив ценности"},
        "description": {
            "en": "Makes the value the community creates visible: indicators, stories, evidence.",
            "ru": "Делает видимой ценность, которую создаёт сообщество: показатели, истории, "
            "свидетельства.",
        },
    },
    {
        "code": "technology_steward",
        "kind": "leadership",
        "name": {"en": "Technology steward", "ru": "Технологический куратор"},
        "description": {
            "en": "Chooses and tends the tools so that technology serves the community's learning.",
            "ru": "Подбирает инструменты и следит, чтобы технологии служили обучению сообщества.",
        },
    },
    {
        "code": "sponsor",
        "kind": "sponsorship",
        "name": {"en": "Sponsor / observer", "ru": "Спонсор / наблюдатель"},
        "description": {
            "en": "Follows the community's value through dashboards and reports; does not see "
            "private conversations.",
            "ru": "Следит за ценностью сообщества по сводкам и отчётам; не видит закрытых "
            "обсуждений.",
        },
    },
]
