"""`GET /communities/{slug}/network`: the interaction network's figures for whoever sees
participation; its members and ties by name only for those who see detail."""

from datetime import datetime

from django.http import HttpRequest
from ninja import Field, Router, Schema

from trellis.analytics.network.graph import NetworkFigures, betweenness, connectors
from trellis.analytics.network.selectors import network_view
from trellis.communities.api.access import community_from_path
from trellis.core.api_schemas import error_responses

router = Router(tags=["participation"])


class FiguresOut(Schema):
    members: int = Field(description="Active members who had joined by the period's end.")
    ties: int = Field(description="Pairs of members who interacted at least once.")
    density: float = Field(description="Ties divided by possible ties, n(n-1)/2.")
    ties_across_countries: int = Field(description="Ties between two known, different countries.")
    share_across_countries: float = Field(description="Ties across countries / ties (0 to 1).")
    members_with_tie_abroad: int
    share_with_tie_abroad: float = Field(
        description="Members with at least one tie across countries / members (0 to 1)."
    )
    connectors: int = Field(description="Members who connect otherwise separate groups.")


class QuarterOut(Schema):
    quarter: str = Field(description="Calendar quarter of the network, e.g. 2026 Q3.")
    start: datetime
    end: datetime
    figures: FiguresOut


class NodeOut(Schema):
    id: int
    name: str
    country: str = Field(description="ISO 3166 code, empty when not given.")
    betweenness: float
    connects_groups: bool


class EdgeOut(Schema):
    source: int
    target: int
    weight: int = Field(description="Number of interactions.")
    kinds: dict[str, int] = Field(
        description="Interactions by kind: answered, coauthored, activity, peer_assist."
    )


class InteractionNetworkOut(Schema):
    start: datetime
    end: datetime
    figures: FiguresOut
    over_time: list[QuarterOut]
    nodes: list[NodeOut] | None = Field(
        description="Members by name; null unless the caller sees participation detail."
    )
    edges: list[EdgeOut] | None = Field(description="Ties; null as for nodes.")


def _figures(figures: NetworkFigures) -> FiguresOut:
    return FiguresOut(**figures.__dict__)


@router.get(
    "/communities/{slug}/network",
    response={200: InteractionNetworkOut, **error_responses(403, 404)},
)
def community_network_read(request: HttpRequest, slug: str) -> InteractionNetworkOut:
    """The interaction network of the last twelve months and its figures per quarter over the
    last two years (definitions on the community's network page)."""
    community = community_from_path(request, slug)
    view = network_view(viewer=request.user, community=community)
    network = view.network
    nodes = edges = None
    if view.detail:
        graph = network.graph
        scores = betweenness(graph)
        joining = connectors(graph)
        nodes = [
            NodeOut(
                id=node,
                name=graph.nodes[node]["member"].name,
                country=graph.nodes[node]["member"].country,
                betweenness=scores.get(node, 0.0),
                connects_groups=node in joining,
            )
            for node in sorted(graph)
        ]
        edges = [
            EdgeOut(
                source=tie.first.id,
                target=tie.second.id,
                weight=tie.weight,
                kinds=tie.kinds,
            )
            for tie in network.ties()
        ]
    return InteractionNetworkOut(
        start=network.since,
        end=network.until,
        figures=_figures(network.figures),
        over_time=[
            QuarterOut(
                quarter=quarter.label,
                start=quarter.since,
                end=quarter.until,
                figures=_figures(quarter.figures),
            )
            for quarter in network.over_time
        ],
        nodes=nodes,
        edges=edges,
    )
