"""The demo accounts people log in with, and the partners' staff who run the network."""

from dataclasses import dataclass

from django.conf import settings

from trellis.demo.countries import AUDIT, BUDGET, TREASURY
from trellis.demo.people import PersonSpec


@dataclass(frozen=True)
class DemoAccount:
    email: str
    what: str  # what the account shows, for the "Log in with" block


ADMIN = PersonSpec(
    email="admin@demo.trellis",
    full_name="Nina Kralj",
    full_name_latin="Nina Kralj",
    country="SI",
    organisation="Centre of Excellence in Finance (CEF), PEMPAL Secretariat",
    position="Social Learning Lead",
    languages=("sl", "en", "ru"),
    expertise=("fiscal-transparency", "program-budgeting"),
    bio="Leads the secretariat's social learning team: sets up communities, evaluates the "
    "value they create and writes the reports to the Steering Committee.",
    profile_visibility="public",
    email_visibility="network",
)
CONVENER = PersonSpec(
    email="convener@demo.trellis",
    full_name="ნინო ბერიძე",
    full_name_latin="Nino Beridze",
    country="GE",
    organisation="Ministry of Finance of Georgia",
    position="Head of Budget Department",
    languages=("ka", "en", "ru"),
    expertise=("program-budgeting", "performance-budgeting", "spending-reviews"),
    bio="Led Georgia's move to a programme budget and chairs the BCOP Executive Committee. "
    "Happy to share our budget circulars and performance reports.",
    profile_visibility="public",
    email_visibility="network",
    home=BUDGET,
)
MEMBER = PersonSpec(
    email="member@demo.trellis",
    full_name="Дмитрий Волков",
    full_name_latin="Dmitriy Volkov",
    country="BY",
    organisation="Министерство финансов Республики Беларусь",
    position="Заместитель начальника главного управления бюджетной политики",
    languages=("ru", "be"),
    expertise=("medium-term-budget-frameworks", "treasury-single-account", "fiscal-risks"),
    bio="Отвечаю за среднесрочное бюджетное планирование; интересуюсь тем, как казначейская "
    "информация помогает прогнозировать исполнение бюджета.",
    home=BUDGET,
)
SPONSOR = PersonSpec(
    email="sponsor@demo.trellis",
    full_name="Anna Keller",
    full_name_latin="Anna Keller",
    country="CH",
    organisation="State Secretariat for Economic Affairs (SECO)",
    position="Programme Manager, Macroeconomic Support",
    languages=("de", "fr", "en"),
    expertise=("fiscal-transparency", "public-debt"),
    email_visibility="network",
)

PARTNERS = (
    PersonSpec(
        email="t.berger@worldbank.demo.trellis",
        full_name="Thomas Berger",
        full_name_latin="Thomas Berger",
        country="AT",
        organisation="World Bank",
        position="Lead Governance Specialist, PEMPAL Task Team Leader",
        languages=("de", "en", "ru"),
        expertise=("program-budgeting", "fmis", "pifc"),
        email_visibility="network",
    ),
    PersonSpec(
        email="p.sokolov@minfin.demo.trellis",
        full_name="Павел Соколов",
        full_name_latin="Pavel Sokolov",
        country="RU",
        organisation="Министерство финансов Российской Федерации",
        position="Советник департамента международных финансовых отношений",
        languages=("ru", "en"),
        expertise=("medium-term-budget-frameworks", "public-debt"),
    ),
    PersonSpec(
        email="c.dubois@oecd.demo.trellis",
        full_name="Claire Dubois",
        full_name_latin="Claire Dubois",
        country="FR",
        organisation="OECD/SIGMA",
        position="Senior Policy Analyst, Public Financial Management",
        languages=("fr", "en"),
        expertise=("internal-control", "pifc", "performance-budgeting"),
        profile_visibility="public",
        home=AUDIT,
    ),
    PersonSpec(
        email="m.weber@giz.demo.trellis",
        full_name="Markus Weber",
        full_name_latin="Markus Weber",
        country="DE",
        organisation="Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
        position="Project Director, Public Finance Reform",
        languages=("de", "en", "ru"),
        expertise=("internal-audit-standards", "pifc"),
    ),
    PersonSpec(
        email="a.vidmar@cef.demo.trellis",
        full_name="Andrej Vidmar",
        full_name_latin="Andrej Vidmar",
        country="SI",
        organisation="Centre of Excellence in Finance (CEF), PEMPAL Secretariat",
        position="Knowledge Management and Technology Officer",
        languages=("sl", "en", "ru", "hr"),
        expertise=("fmis", "it-audit"),
        email_visibility="network",
        home=TREASURY,
    ),
    PersonSpec(
        email="k.bizjak@cef.demo.trellis",
        full_name="Katja Bizjak",
        full_name_latin="Katja Bizjak",
        country="SI",
        organisation="Centre of Excellence in Finance (CEF)",
        position="Programme Manager (until 2018)",
        languages=("sl", "en", "sr"),
        expertise=("fiscal-transparency",),
    ),
)

DEMO_ACCOUNTS = (
    DemoAccount(ADMIN.email, "network admin (staff, superuser)"),
    DemoAccount(CONVENER.email, "convener of BCOP"),
    DemoAccount(MEMBER.email, "member of BCOP and TCOP, Russian speaker"),
    DemoAccount(SPONSOR.email, "sponsor of BCOP, TCOP and IACOP"),
)


def demo_password() -> str:
    return str(settings.DEMO_PASSWORD)


def demo_account_list() -> list[DemoAccount]:
    """The accounts to offer on the "Log in with" line; all share `demo_password()`."""
    return list(DEMO_ACCOUNTS)
