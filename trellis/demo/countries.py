"""The member countries of the demo network: naming traditions, languages and institutions.

Institutions in the countries where Russian is the working language of the ministries are
written in Russian, the others in English, as officials of each country would enter them.
"""

from dataclasses import dataclass, field

BUDGET, TREASURY, AUDIT = "BCOP", "TCOP", "IACOP"


@dataclass(frozen=True)
class Country:
    code: str
    people: int
    traditions: tuple[tuple[str, int], ...]  # naming tradition and its weight
    languages: tuple[str, ...]  # spoken by everyone from the country
    english: float  # share who also speak English
    russian: float  # share who also speak Russian
    writes_in: str = "en"  # the language of organisation names, positions and bios
    organisations: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _country(
    code: str,
    people: int,
    traditions: tuple[tuple[str, int], ...],
    languages: tuple[str, ...],
    *,
    english: float,
    russian: float,
    writes_in: str = "en",
    budget: tuple[str, ...],
    treasury: tuple[str, ...],
    audit: tuple[str, ...],
) -> Country:
    return Country(
        code,
        people,
        traditions,
        languages,
        english,
        russian,
        writes_in,
        {BUDGET: budget, TREASURY: treasury, AUDIT: audit},
    )


COUNTRIES = (
    _country(
        "RU", 24, (("ru", 1),), ("ru",), english=0.45, russian=1, writes_in="ru",
        budget=(
            "Министерство финансов Российской Федерации",
            "Научно-исследовательский финансовый институт Минфина России",
        ),
        treasury=("Федеральное казначейство", "Управление Федерального казначейства по г. Москве"),
        audit=(
            "Министерство финансов Российской Федерации, Департамент бюджетной методологии",
            "Федеральное казначейство, отдел внутреннего аудита",
        ),
    ),
    _country(
        "BY", 16, (("by", 3), ("ru", 2)), ("ru", "be"), english=0.35, russian=1, writes_in="ru",
        budget=("Министерство финансов Республики Беларусь",),
        treasury=(
            "Главное управление Государственного казначейства Министерства финансов "
            "Республики Беларусь",
        ),
        audit=("Министерство финансов Республики Беларусь, управление внутреннего аудита",),
    ),
    _country(
        "KZ", 20, (("kk", 7), ("ru", 3)), ("kk", "ru"), english=0.4, russian=1, writes_in="ru",
        budget=(
            "Министерство финансов Республики Казахстан",
            "Министерство национальной экономики Республики Казахстан",
        ),
        treasury=("Комитет казначейства Министерства финансов Республики Казахстан",),
        audit=(
            "Комитет внутреннего государственного аудита Министерства финансов "
            "Республики Казахстан",
        ),
    ),
    _country(
        "KG", 16, (("ky", 7), ("ru", 3)), ("ky", "ru"), english=0.3, russian=1, writes_in="ru",
        budget=("Министерство финансов Кыргызской Республики",),
        treasury=("Центральное казначейство Министерства финансов Кыргызской Республики",),
        audit=(
            "Министерство финансов Кыргызской Республики, отдел методологии внутреннего аудита",
        ),
    ),
    _country(
        "TJ", 12, (("tg", 1),), ("tg", "ru"), english=0.25, russian=1, writes_in="ru",
        budget=("Министерство финансов Республики Таджикистан",),
        treasury=("Центральное казначейство Министерства финансов Республики Таджикистан",),
        audit=("Министерство финансов Республики Таджикистан, управление внутреннего аудита",),
    ),
    _country(
        "UZ", 14, (("uz", 6), ("ru", 1)), ("uz", "ru"), english=0.35, russian=1, writes_in="ru",
        budget=("Министерство экономики и финансов Республики Узбекистан",),
        treasury=("Казначейство Министерства экономики и финансов Республики Узбекистан",),
        audit=(
            "Министерство экономики и финансов Республики Узбекистан, "
            "департамент внутреннего аудита",
        ),
    ),
    _country(
        "UA", 20, (("uk", 1),), ("uk",), english=0.6, russian=0.8,
        budget=("Ministry of Finance of Ukraine",),
        treasury=("State Treasury Service of Ukraine",),
        audit=("Internal Audit Department, Ministry of Finance of Ukraine",),
    ),
    _country(
        "MD", 18, (("ro", 3), ("ru", 2)), ("ro",), english=0.5, russian=0.9,
        budget=("Ministry of Finance of the Republic of Moldova",),
        treasury=("State Treasury of the Republic of Moldova",),
        audit=(
            "Public Internal Financial Control Policy Division, Ministry of Finance of Moldova",
        ),
    ),
    _country(
        "AM", 14, (("hy", 1),), ("hy",), english=0.6, russian=0.9,
        budget=("Ministry of Finance of the Republic of Armenia",),
        treasury=("Treasury Department, Ministry of Finance of Armenia",),
        audit=("Internal Audit Methodology Division, Ministry of Finance of Armenia",),
    ),
    _country(
        "AZ", 14, (("az", 1),), ("az",), english=0.55, russian=0.85,
        budget=("Ministry of Finance of the Republic of Azerbaijan",),
        treasury=("State Treasury Agency, Ministry of Finance of Azerbaijan",),
        audit=("Internal Audit Department, Ministry of Finance of Azerbaijan",),
    ),
    _country(
        "GE", 16, (("ka", 1),), ("ka",), english=0.8, russian=0.6,
        budget=("Ministry of Finance of Georgia",),
        treasury=("Treasury Service of the Ministry of Finance of Georgia",),
        audit=(
            "Harmonisation Centre for Public Internal Financial Control, Ministry of Finance "
            "of Georgia",
            "Internal Audit Department, Ministry of Finance of Georgia",
        ),
    ),
    _country(
        "AL", 14, (("sq", 1),), ("sq",), english=0.85, russian=0.05,
        budget=("Ministry of Finance and Economy of Albania",),
        treasury=("General Directorate of Treasury, Ministry of Finance and Economy of Albania",),
        audit=(
            "Public Internal Financial Control Harmonisation Directorate, Ministry of Finance "
            "and Economy of Albania",
        ),
    ),
    _country(
        "XK", 10, (("sq", 1),), ("sq",), english=0.85, russian=0.0,
        budget=("Ministry of Finance, Labour and Transfers of Kosovo",),
        treasury=("Treasury Department, Ministry of Finance, Labour and Transfers of Kosovo",),
        audit=("Central Harmonisation Unit for Internal Audit, Kosovo",),
    ),
    _country(
        "BA", 16, (("bs", 3), ("hr", 1), ("sr", 2)), ("bs",), english=0.7, russian=0.05,
        budget=(
            "Ministry of Finance and Treasury of Bosnia and Herzegovina",
            "Federal Ministry of Finance of the Federation of Bosnia and Herzegovina",
            "Ministry of Finance of Republika Srpska",
        ),
        treasury=(
            "Treasury Sector, Ministry of Finance and Treasury of Bosnia and Herzegovina",
            "Treasury Sector, Federal Ministry of Finance of the Federation of Bosnia "
            "and Herzegovina",
        ),
        audit=(
            "Central Harmonisation Unit, Ministry of Finance and Treasury of Bosnia "
            "and Herzegovina",
        ),
    ),
    _country(
        "HR", 12, (("hr", 1),), ("hr",), english=0.9, russian=0.05,
        budget=("Ministry of Finance of the Republic of Croatia",),
        treasury=("State Treasury Directorate, Ministry of Finance of Croatia",),
        audit=(
            "Directorate for the Harmonisation of Internal Audit and Financial Control, "
            "Ministry of Finance of Croatia",
        ),
    ),
    _country(
        "ME", 10, (("me", 1),), ("sr",), english=0.75, russian=0.15,
        budget=("Ministry of Finance of Montenegro",),
        treasury=("State Treasury Directorate, Ministry of Finance of Montenegro",),
        audit=("Central Harmonisation Unit, Ministry of Finance of Montenegro",),
    ),
    _country(
        "MK", 14, (("mk", 1),), ("mk",), english=0.8, russian=0.1,
        budget=("Ministry of Finance of North Macedonia",),
        treasury=("Treasury Department, Ministry of Finance of North Macedonia",),
        audit=(
            "Central Harmonisation Unit for Public Internal Financial Control, "
            "Ministry of Finance of North Macedonia",
        ),
    ),
    _country(
        "RS", 16, (("sr", 1),), ("sr",), english=0.8, russian=0.2,
        budget=("Ministry of Finance of the Republic of Serbia",),
        treasury=("Treasury Administration of the Republic of Serbia",),
        audit=("Central Harmonisation Unit, Ministry of Finance of the Republic of Serbia",),
    ),
    _country(
        "BG", 12, (("bg", 1),), ("bg",), english=0.85, russian=0.4,
        budget=("Ministry of Finance of the Republic of Bulgaria",),
        treasury=("National Fund Directorate and Treasury, Ministry of Finance of Bulgaria",),
        audit=("Public Internal Financial Control Directorate, Ministry of Finance of Bulgaria",),
    ),
    _country(
        "TR", 10, (("tr", 1),), ("tr",), english=0.85, russian=0.0,
        budget=("Presidency of Strategy and Budget of the Republic of Türkiye",),
        treasury=("Ministry of Treasury and Finance of the Republic of Türkiye",),
        audit=("Internal Audit Coordination Board, Ministry of Treasury and Finance of Türkiye",),
    ),
    _country(
        "HU", 8, (("hu", 1),), ("hu",), english=0.9, russian=0.1,
        budget=("Ministry of Finance of Hungary",),
        treasury=("Hungarian State Treasury",),
        audit=("Internal Control and Audit Department, Ministry of Finance of Hungary",),
    ),
    _country(
        "SI", 10, (("sl", 1),), ("sl",), english=0.95, russian=0.1,
        budget=("Ministry of Finance of the Republic of Slovenia",),
        treasury=("Public Payments Administration of the Republic of Slovenia",),
        audit=("Budget Supervision Office of the Republic of Slovenia",),
    ),
)  # fmt: skip
