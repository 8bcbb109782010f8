"""Effective redundancy: the static count agrees with the cut sets where timing plays no part."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings

import spec
from spec.analysis.cutsets import minimal_cut_sets, unlimited
from spec.analysis.topology import INGRESS, PSTN, effective_redundancy, failure_domains, topology
from spec.design import Claim, design_from_dict, faults_from_dict
from spec.platform import build_platform
from strategies import raw_designs, raw_faults

ORANGE = Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml"


def test_the_2021_platform_has_six_servers_and_effective_redundancy_one() -> None:
    design = spec.load_design(ORANGE)
    platform = build_platform(design, design.claims[0])
    graph = topology(platform)
    servers = [node for node, role in graph.nodes(data="role") if role == "member"]
    assert len(servers) == 6
    assert all(graph.has_edge(INGRESS, server) and graph.has_edge(server, PSTN) for server in servers)
    assert set(graph["bug:cs-2021"]) == set(servers)
    assert len(failure_domains(graph)) == 6 + 6 + 1
    assert effective_redundancy(platform) == 1


def _without_timing(raw: dict, faults: dict) -> tuple[dict, dict]:
    """The same design with every timing effect removed: instant end-to-end detection, one-shot change.

    A message-triggered bug travels hop by hop after a restart: timing too,
    so such hypotheses are read with the bad input as trigger instead.
    """
    raw = {**raw, "routing": {"health_check": "end_to_end", "detect": 0}}
    raw["service"] = {**raw["service"], "max_outage": 0}
    if "change" in raw:
        raw["change"] = {"strategy": "all_at_once"}
    if "backup" in raw:
        raw["backup"] = {**raw["backup"], "delay": 0}
    trigger = "input" if faults.get("trigger") == "message" else faults.get("trigger", "change")
    return raw, {**faults, "latency": 0, "min_latency": 0, "trigger": trigger}


@settings(max_examples=40)
@given(raw_designs(max_servers=4), raw_faults())
def test_effective_redundancy_is_the_smallest_cut_set_order_without_timing(raw: dict, faults: dict) -> None:
    raw, faults = _without_timing(raw, faults)
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    platform = build_platform(design, unlimited(claim))
    capacity = sum(server.capacity for server in platform.servers)
    assume(capacity >= platform.demand)  # in state 0 no backup is active yet: that is timing too
    redundancy = effective_redundancy(platform)
    cuts = minimal_cut_sets(design, claim, max_order=redundancy)
    assert min(cut.order for cut in cuts) == redundancy
