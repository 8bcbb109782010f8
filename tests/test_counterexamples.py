"""Which counterexample is shown: the shortest, then the one with the fewest faults, the same on every run."""

from __future__ import annotations

from pathlib import Path

from spec.check import check_claim
from spec.design import Claim, Faults, design_from_dict, load_design

ORANGE = Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml"


def uneven_cluster() -> dict:
    """Demand 3 on capacities 1, 1, 2: one crash of cs3 or two crashes of cs1 and cs2 break it."""
    return {
        "name": "uneven",
        "service": {"demand": 3},
        "versions": [{"name": "v1", "codebase": "a"}],
        "servers": [
            {"name": "cs1", "version": "v1", "capacity": 1},
            {"name": "cs2", "version": "v1", "capacity": 1},
            {"name": "cs3", "version": "v1", "capacity": 2},
        ],
    }


def test_among_shortest_counterexamples_the_one_with_fewest_faults_is_shown() -> None:
    claim = Claim(name="two crashes", expect="holds", faults=Faults(crashes=2))
    verdict = check_claim(design_from_dict(uneven_cluster()), claim)
    assert verdict.trace is not None and verdict.trace.length == 1
    assert verdict.trace.events(1) == ["crash cs3"]


def test_a_claim_shows_the_same_counterexample_on_every_run() -> None:
    design = load_design(ORANGE)
    claim = next(claim for claim in design.claims if claim.name == "four independent crashes are not")
    traces = [check_claim(design, claim).trace for _ in range(3)]
    assert all(trace is not None for trace in traces)
    assert {str(trace.to_json()) for trace in traces if trace is not None} == {str(traces[0].to_json())}
    assert traces[0].events(1) == ["crash cs1", "crash cs2", "crash cs3", "crash cs4"]
