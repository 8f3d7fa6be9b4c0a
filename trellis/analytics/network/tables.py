"""The network's tables, as headers and rows: one definition for the page and its downloads."""

from collections.abc import Sequence
from typing import Any

from django.utils.translation import gettext as _

from trellis.analytics.network.drawing import country_name
from trellis.analytics.network.graph import Broker, NetworkFigures, Tie
from trellis.analytics.network.selectors import CommunityNetwork

Table = tuple[list[str], list[Sequence[Any]]]


def percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def figure_row(figures: NetworkFigures) -> list[Any]:
    return [
        figures.members,
        figures.ties,
        f"{figures.density:.3f}",
        figures.ties_across_countries,
        percent(figures.share_across_countries),
        percent(figures.share_with_tie_abroad),
        figures.connectors,
    ]


def figure_headers() -> list[str]:
    return [
        _("Members"),
        _("Ties"),
        _("Density"),
        _("Ties across countries"),
        _("Share of ties across countries"),
        _("Members with a tie abroad"),
        _("Members who connect separate groups"),
    ]


def over_time_table(network: CommunityNetwork) -> Table:
    return (
        [_("Quarter"), *figure_headers()],
        [[quarter.label, *figure_row(quarter.figures)] for quarter in network.over_time],
    )


def tie_rows(ties: list[Tie]) -> list[Sequence[Any]]:
    return [
        [
            tie.first.name,
            country_name(tie.first.country),
            tie.second.name,
            country_name(tie.second.country),
            tie.weight,
            ", ".join(tie.kind_labels()),
        ]
        for tie in ties
    ]


def tie_headers() -> list[str]:
    return [_("Member"), _("Country"), _("Tied to"), _("Country"), _("Interactions"), _("How")]


def ties_table(ties: list[Tie]) -> Table:
    return tie_headers(), tie_rows(ties)


def broker_rows(brokers: list[Broker]) -> list[Sequence[Any]]:
    return [
        [
            broker.name,
            country_name(broker.country),
            f"{broker.betweenness:.3f}",
            broker.ties,
            _("yes") if broker.connects_groups else _("no"),
        ]
        for broker in brokers
    ]


def brokers_table(brokers: list[Broker]) -> Table:
    return (
        [_("Member"), _("Country"), _("Betweenness"), _("Ties"), _("Connects separate groups")],
        broker_rows(brokers),
    )
