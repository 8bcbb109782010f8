"""A theorem about cascades: the shortest collapse follows the shape of the link graph.

Take n >= 2 servers of one version, linked as a connected graph G, each
enough alone to carry the demand, a failure seen at once by an end-to-end
check (so the network fails only when every server is in a restart loop),
and the hypothesis "one message-triggered bug of latency at most L and one
transient restart". The adversary restarts one server s at step 1 and
chooses the latency l. A server at distance d >= 1 from s first receives at
step d + 1 + (d - 1) l and loops l steps later, at step 1 + d (1 + l); s
itself hears its looping neighbours and loops at step 1 + 2 (1 + l). So the
network has failed at step 1 + max(ecc(s), 2) (1 + l); the adversary picks
l = 0 and s in G's center:

    shortest counterexample = 1 + max(radius(G), 2), whatever L.

If G is not connected, a restart in one part never reaches the others, and
the claim holds at every depth. Both are checked below on random graphs,
each verdict against the formula computed by networkx.
"""

from __future__ import annotations

import networkx
from hypothesis import given, settings
from hypothesis import strategies as st

import spec
from spec.design import Claim, Faults, design_from_dict

CASCADE = Faults(bugs=1, trigger="message", restarts=1)


def linked_network(graph: networkx.Graph) -> dict:
    """One server per node of `graph`, one version, any one server carries the demand, a link per edge."""
    return {
        "name": "network",
        "service": {"demand": 1},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v"}],
        "servers": [{"name": f"n{node}", "version": "v"} for node in graph.nodes],
        "links": [{"between": [f"n{first}", f"n{second}"]} for first, second in graph.edges],
    }


@st.composite
def connected_graphs(draw: st.DrawFn, most: int = 6) -> networkx.Graph:
    """A random connected graph: a random tree on 2..`most` nodes, plus random extra edges."""
    size = draw(st.integers(2, most))
    graph = networkx.Graph()
    graph.add_nodes_from(range(size))
    for node in range(1, size):
        graph.add_edge(node, draw(st.integers(0, node - 1)))
    extra = draw(st.lists(st.tuples(st.integers(0, size - 1), st.integers(0, size - 1)), max_size=size))
    graph.add_edges_from((first, second) for first, second in extra if first != second)
    return graph


@settings(max_examples=15)
@given(connected_graphs(), st.integers(0, 1))
def test_the_shortest_collapse_is_one_step_more_than_the_radius(graph: networkx.Graph, latency: int) -> None:
    design = design_from_dict(linked_network(graph))
    claim = Claim(name="cascade", expect="violated", faults=Faults(bugs=1, trigger="message", restarts=1, max_latency=latency))
    verdict = spec.check_claim(design, claim, encoding="servers")
    assert verdict.outcome == spec.VIOLATED, verdict.reason
    assert verdict.length == 1 + max(networkx.radius(graph), 2)


@settings(max_examples=5)
@given(connected_graphs(most=3), connected_graphs(most=3))
def test_a_restart_never_crosses_into_an_unlinked_part(first: networkx.Graph, second: networkx.Graph) -> None:
    graph = networkx.disjoint_union(first, second)
    verdict = spec.check_claim(design_from_dict(linked_network(graph)), Claim(name="cascade", expect="holds", faults=CASCADE))
    assert verdict.outcome == spec.HOLDS, verdict.reason
