"""People who took part without an account: guest speakers and one-time attendees."""

from dataclasses import dataclass

from trellis.demo.countries import AUDIT, BUDGET, TREASURY


@dataclass(frozen=True)
class GuestSpec:
    community: str
    full_name: str
    organisation: str
    country: str
    note: str
    email: str = ""


GUESTS = (
    GuestSpec(
        BUDGET, "Maarten de Vries", "Ministry of Finance of the Netherlands", "NL",
        "Guest speaker: spending reviews in the Netherlands, BCOP webinar, March 2021",
        "m.devries@example.org",
    ),
    GuestSpec(
        BUDGET, "Kadri Tamm", "Ministry of Finance of Estonia", "EE",
        "Hosted the study visit on performance budgeting, Tallinn, October 2018",
    ),
    GuestSpec(
        BUDGET, "Stefan Huber", "Federal Ministry of Finance of Austria", "AT",
        "Guest speaker: gender budgeting in the Austrian constitution, BCOP plenary 2019",
    ),
    GuestSpec(
        BUDGET, "Sarah O'Connell", "Irish Government Economic and Evaluation Service", "IE",
        "Guest speaker: spending review methodology, working group meeting 2022",
        "s.oconnell@example.org",
    ),
    GuestSpec(
        BUDGET, "Lucia Moretti", "International Budget Partnership", "IT",
        "Presented the Open Budget Survey results, Budget Literacy working group 2023",
    ),
    GuestSpec(
        BUDGET, "Айдана Бекова", "Жогорку Кенеш Кыргызской Республики, комитет по бюджету", "KG",
        "Один раз участвовала в пленарном заседании BCOP, Бишкек, 2019",
    ),
    GuestSpec(
        BUDGET, "Rui Almeida", "Portuguese Public Finance Council", "PT",
        "Guest speaker: fiscal risk statements, BCOP plenary 2024",
    ),
    GuestSpec(
        TREASURY, "Jean-Pierre Martin", "Direction générale des Finances publiques, France", "FR",
        "Guest speaker: accrual accounting in central government, TCOP plenary 2019",
        "jp.martin@example.org",
    ),
    GuestSpec(
        TREASURY, "Hanna Lindqvist", "Swedish National Debt Office", "SE",
        "Guest speaker: cash forecasting and the TSA, TCOP webinar 2020",
    ),
    GuestSpec(
        TREASURY, "Piotr Nowak", "Ministry of Finance of Poland", "PL",
        "Hosted the study visit on the treasury's IT systems, Warsaw, 2017",
    ),
    GuestSpec(
        TREASURY, "Emma Clarke", "International Monetary Fund, Fiscal Affairs Department", "GB",
        "Resource expert on cash management, thematic group meeting 2021",
        "e.clarke@example.org",
    ),
    GuestSpec(
        TREASURY, "Олжас Тлеубердиев", "Национальный банк Республики Казахстан", "KZ",
        "Одноразовый участник вебинара по управлению ликвидностью, 2022",
    ),
    GuestSpec(
        TREASURY, "Lina Kazlauskienė", "State Treasury of Lithuania", "LT",
        "Guest speaker: IPSAS adoption road map, TCOP plenary 2023",
    ),
    GuestSpec(
        AUDIT, "Michael Brennan", "Institute of Internal Auditors", "GB",
        "Guest speaker: the Global Internal Audit Standards 2024, IACOP webinar",
        "m.brennan@example.org",
    ),
    GuestSpec(
        AUDIT, "Annelies Jansen", "European Commission, DG Budget", "BE",
        "Resource expert on the PIFC model, IACOP plenary 2018",
    ),
    GuestSpec(
        AUDIT, "Tomasz Wiśniewski", "Ministry of Finance of Poland, Central Harmonisation Unit",
        "PL", "Guest speaker: quality assurance reviews, working group meeting 2020",
    ),
    GuestSpec(
        AUDIT, "Ивана Петровић", "Државна ревизорска институција, Србија", "RS",
        "Attended once: joint session of internal and external auditors, 2021",
    ),
    GuestSpec(
        AUDIT, "Jakob Lindner", "Federal Ministry of Finance of Germany", "DE",
        "Guest speaker: audit of IT systems in federal ministries, IACOP plenary 2022",
    ),
    GuestSpec(
        AUDIT, "Elif Aydın", "Turkish Court of Accounts", "TR",
        "One-time attendee, risk assessment working group, 2023",
    ),
    GuestSpec(
        AUDIT, "Nikolaos Papadakis", "Ministry of Finance of Greece", "GR",
        "Guest speaker: internal audit of EU funds, IACOP plenary 2025",
    ),
)  # fmt: skip
