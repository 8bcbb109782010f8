"""Effective redundancy: how many failure domains must fail for the service to fail.

The platform is drawn as a graph (networkx): calls enter at `ingress`, go
through a server or the backup, and reach the switched network `pstn`.
Each failure domain is a node joined to the members it takes down: a site
to the servers (and backup) it hosts, a software unit to the members that
run it, and every member is a domain of its own (an independent crash).

The effective redundancy is the smallest number of failure domains whose
loss leaves the cluster with less than the demanded capacity and no backup
able to carry it. It is a static count: it ignores timing (roll-out
batches, detection delays, backup delays, tolerated outages) and black
holes. On a design where none of those matter it equals the order of the
smallest cut set; where they do, the cut sets are the truth and the
difference is the lesson.
"""

from __future__ import annotations

import itertools

import networkx as nx

from spec import semantics
from spec.platform import Member, Platform

INGRESS, PSTN = "ingress", "pstn"


def topology(platform: Platform) -> nx.Graph:
    """Ingress, members and switched network, with every failure domain joined to what it takes down."""
    graph = nx.Graph()
    graph.add_node(INGRESS, role="endpoint")
    graph.add_node(PSTN, role="endpoint")
    for member in _members(platform):
        node = f"crash:{member.name}"
        graph.add_node(node, role="member", capacity=member.capacity, backup=member is platform.backup)
        graph.add_edge(INGRESS, node)
        graph.add_edge(node, PSTN)
        if member.site is not None:
            graph.add_edge(f"site:{platform.sites[member.site]}", node)
        for unit in semantics.units_set_off_by_trigger(platform, member):
            graph.add_edge(f"bug:{platform.units[unit]}", node)
    for node in graph:
        graph.nodes[node].setdefault("role", "domain")
    return graph


def failure_domains(graph: nx.Graph) -> list[str]:
    """Every node whose failure takes members down: members themselves, sites, software units."""
    return sorted(node for node, role in graph.nodes(data="role") if role in ("member", "domain"))


def effective_redundancy(platform: Platform) -> int:
    """The fewest failure domains whose loss leaves neither the cluster nor the backup able to serve."""
    graph = topology(platform)
    domains = failure_domains(graph)
    for size in range(len(domains) + 1):
        for lost in itertools.combinations(domains, size):
            if not _can_serve(platform, graph, set(lost)):
                return size
    return len(domains) + 1


def _can_serve(platform: Platform, graph: nx.Graph, lost: set[str]) -> bool:
    down = {node for domain in lost for node in ([domain] if graph.nodes[domain]["role"] == "member" else graph[domain])}
    surviving = sum(
        capacity for node, capacity in graph.nodes(data="capacity") if capacity and node not in down and not graph.nodes[node]["backup"]
    )
    backup = platform.backup
    backup_serves = backup is not None and semantics.backup_carries_demand(platform.design) and f"crash:{backup.name}" not in down
    return surviving >= platform.demand or backup_serves


def _members(platform: Platform) -> list[Member]:
    return list(platform.servers) + ([platform.backup] if platform.backup is not None else [])
