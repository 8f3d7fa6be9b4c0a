"""The demo network and its communities, modelled on PEMPAL.

They are data: `data/network.yaml`, with the communities' value propositions in
`data/propositions.yaml`.
"""

from dataclasses import dataclass
from datetime import date

from trellis.demo.content import content_convert, content_load, content_read

STEERING = "SC"


@dataclass(frozen=True)
class NetworkSpec:
    name: dict[str, str]
    description: dict[str, str]
    working_languages: list[str]


@dataclass(frozen=True)
class StakeholderSpec:
    kind: str  # "sponsor" or "stakeholder"
    name: str
    interest: dict[str, str]
    contact: str = ""  # email of a demo person who is the contact


@dataclass(frozen=True)
class CommunitySpec:
    code: str
    slug: str
    name: dict[str, str]
    description: dict[str, str]
    domain_statement: dict[str, str]
    domain_type: str
    visibility: str
    join_policy: str
    stages: tuple[tuple[str, date, dict[str, str]], ...]  # (stage, since, {language: note})
    value_proposition: dict[str, dict[str, str]]
    stakeholders: tuple[StakeholderSpec, ...]

    @property
    def founded(self) -> date:
        return self.stages[0][1]


def _communities() -> tuple[CommunitySpec, ...]:
    """The communities of `data/network.yaml`, each with its value proposition."""
    propositions = content_read("propositions")
    return tuple(
        content_convert(
            CommunitySpec,
            {**community, "value_proposition": propositions[community["code"]]},
            where=f"network.communities[{index}]",
        )
        for index, community in enumerate(content_read("network")["communities"])
    )


NETWORK: NetworkSpec = content_load("network", NetworkSpec, key="network")
COMMUNITIES: tuple[CommunitySpec, ...] = _communities()
