"""The value-creation cycles of the two frameworks, with their definitions and key questions.

The catalogue is code, not rows: its words are gettext strings, so a reader sees them in their
language. The 2011 framework (Wenger, Trayner & de Laat, Rapport 18) has five cycles; the 2020
set (*Learning to Make a Difference*) widens reframing into transformative value and adds
orienting, enabling and strategic value. A network uses one of the two (`Network.value_framework`).
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from trellis.communities.models import ValueFramework

Framework = ValueFramework


class CycleCode(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediate value")
    POTENTIAL = "potential", _("Potential value")
    APPLIED = "applied", _("Applied value")
    REALIZED = "realized", _("Realized value")
    REFRAMING = "reframing", _("Reframing value")
    TRANSFORMATIVE = "transformative", _("Transformative value")
    ORIENTING = "orienting", _("Orienting value")
    ENABLING = "enabling", _("Enabling value")
    STRATEGIC = "strategic", _("Strategic value")


class Capital(models.TextChoices):
    """The five forms of knowledge capital that potential value is stored as."""

    HUMAN = "human", _("Human capital")
    SOCIAL = "social", _("Social capital")
    TANGIBLE = "tangible", _("Tangible capital")
    REPUTATIONAL = "reputational", _("Reputational capital")
    LEARNING = "learning", _("Learning capital")


CAPITAL_DEFINITIONS: dict[str, Promise] = {
    Capital.HUMAN: _(
        "Personal assets: skills, information, a change of perspective, inspiration, confidence."
    ),
    Capital.SOCIAL: _(
        "Relationships and connections: their kinds and intensity, the shape of the network, trust."
    ),
    Capital.TANGIBLE: _(
        "Resources: tools, documents and other products, their quality and documentation."
    ),
    Capital.REPUTATIONAL: _(
        "Collective intangible assets: the reputation of the community and of its members."
    ),
    Capital.LEARNING: _(
        "A transformed ability to learn: new views of learning and new learning practices."
    ),
}


@dataclass(frozen=True)
class Cycle:
    code: str
    definition: Promise
    questions: tuple[Promise, ...]

    @property
    def name(self) -> str:
        return str(CycleCode(self.code).label)


CYCLES: dict[str, Cycle] = {
    c.code: c
    for c in (
        Cycle(
            CycleCode.IMMEDIATE,
            _(
                "Activities and interactions are worth something in themselves: a good tip from a "
                "colleague, fun, inspiration."
            ),
            (
                _("What happened, and how did I experience it?"),
                _("How much participation was there, and of what quality?"),
                _("Was it fun, relevant, inspiring?"),
                _("Who did I meet?"),
            ),
        ),
        Cycle(
            CycleCode.POTENTIAL,
            _(
                "What comes out of taking part may not be used at once: it is stored as knowledge "
                "capital that can be used later."
            ),
            (
                _("How has taking part changed me: my skills, information, confidence?"),
                _("How has it changed my relationships?"),
                _("What resources do I now have access to?"),
                _("Has it changed my reputation or the community's?"),
                _("Has it changed how I learn?"),
            ),
        ),
        Cycle(
            CycleCode.APPLIED,
            _(
                "Knowledge capital is adapted and applied to a specific situation, and practice "
                "changes."
            ),
            (
                _("Where have I used what the community produced: an idea, a tool, a connection?"),
                _("What did I do differently?"),
            ),
        ),
        Cycle(
            CycleCode.REALIZED,
            _(
                "The change in practice improves performance on what matters to stakeholders; a "
                "change in practice does not guarantee it, so it is checked separately."
            ),
            (
                _(
                    "What effect did it have on my performance, my organisation's or other "
                    "stakeholders'?"
                ),
                _("What can I show?"),
            ),
        ),
        Cycle(
            CycleCode.REFRAMING,
            _(
                "Learning leads people to rethink how success is defined, including strategies, "
                "goals and values."
            ),
            (
                _(
                    "Has it changed my or my stakeholders' view of what matters or counts as "
                    "success?"
                ),
                _("Should new criteria or metrics be adopted?"),
                _("Did it affect those with the power to define success?"),
            ),
        ),
        Cycle(
            CycleCode.TRANSFORMATIVE,
            _(
                "New perspectives and definitions of success, and broader cultural and "
                "institutional transformation."
            ),
            (
                _(
                    "Has it changed my or my stakeholders' view of what matters or counts as "
                    "success?"
                ),
                _("Has it changed how institutions work or what they value?"),
                _("Did it affect those with the power to define success?"),
            ),
        ),
        Cycle(
            CycleCode.ORIENTING,
            _(
                "Data, benchmarks and context help participants see where they stand in the wider "
                "landscape."
            ),
            (
                _("Do I know better where my practice stands compared with others?"),
                _("What in the wider landscape did I learn about?"),
            ),
        ),
        Cycle(
            CycleCode.ENABLING,
            _("Facilitation, resources, technology and logistics actually support the learning."),
            (
                _("Did facilitation, interpretation, materials and logistics help us learn?"),
                _("Did the tools make it easy to take part?"),
            ),
        ),
        Cycle(
            CycleCode.STRATEGIC,
            _(
                "The learning engages and serves the agendas of the stakeholders and sponsors who "
                "matter."
            ),
            (
                _("Were the right stakeholders engaged?"),
                _("Does the learning serve their agendas, and do they know it?"),
            ),
        ),
    )
}

FRAMEWORK_CYCLES: dict[str, tuple[str, ...]] = {
    Framework.WENGER_2011: (
        CycleCode.IMMEDIATE,
        CycleCode.POTENTIAL,
        CycleCode.APPLIED,
        CycleCode.REALIZED,
        CycleCode.REFRAMING,
    ),
    Framework.WENGER_2020: (
        CycleCode.IMMEDIATE,
        CycleCode.POTENTIAL,
        CycleCode.APPLIED,
        CycleCode.REALIZED,
        CycleCode.TRANSFORMATIVE,
        CycleCode.ORIENTING,
        CycleCode.ENABLING,
        CycleCode.STRATEGIC,
    ),
}


def framework_cycles(framework: str) -> list[Cycle]:
    """The cycles of a framework, in the framework's order."""
    return [CYCLES[code] for code in FRAMEWORK_CYCLES[Framework(framework)]]
