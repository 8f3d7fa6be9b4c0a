"""The drawn network: the same data draws the same picture, every member's name is a hover
title, and only the top brokers' names are written on it."""

import re
from collections import Counter

import networkx as nx

from trellis.analytics.network.drawing import LABELLED_BROKERS, network_svg
from trellis.analytics.network.graph import Member, broker_list


def star_of_stars() -> "nx.Graph[int]":
    """Eight hubs in a ring, each with two leaves of another country."""
    graph: nx.Graph[int] = nx.Graph()
    for hub in range(8):
        graph.add_edge(hub, (hub + 1) % 8)
        graph.add_edge(hub, 100 + hub)
        graph.add_edge(hub, 200 + hub)
    for node in graph:
        graph.nodes[node]["member"] = Member(node, f"Person <{node}>", "AL" if node < 8 else "RS")
    for edge in graph.edges:
        graph.edges[edge].update(weight=1, kinds=Counter({"answered": 1}))
    return graph


def test_the_drawing_is_the_same_each_time_with_names_as_hover_titles() -> None:
    graph = star_of_stars()
    brokers = broker_list(graph)
    drawn = network_svg(graph, brokers=brokers, title="Who learned with whom")
    assert drawn == network_svg(graph, brokers=brokers, title="Who learned with whom")
    titles = re.findall(r"<title>([^<]*)</title>", drawn)
    assert sorted(titles) == sorted(f"Person &lt;{node}&gt;" for node in graph)
    written = re.findall(r"<text[^>]*>([^<]*)</text>", drawn)
    names = [text for text in written if text.startswith("Person")]
    assert len(brokers) > LABELLED_BROKERS and len(names) == LABELLED_BROKERS
    assert "Albania" in drawn and "Serbia" in drawn  # the legend


def test_a_network_without_ties_draws_a_notice() -> None:
    graph: nx.Graph[int] = nx.Graph()
    graph.add_node(1, member=Member(1, "Alone", "AL"))
    assert "No ties in this period." in network_svg(graph, brokers=[], title="x")
