"""Which counterexample is shown: the shortest, then the one with the fewest faults, the same on every run."""

from __future__ import annotations

from pathlib import Path

import pytest

from spec.check import CHOICE_UNSETTLED, FEWEST_FAULTS_UNKNOWN, VIOLATED, check_claim
from spec.report.verdict_text import describe
from spec.design import Claim, Faults, design_from_dict, load_design
from spec.engine import bmc
from spec.report.page import claim_page

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


def test_a_counterexample_not_shown_to_use_the_fewest_faults_says_so_everywhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cut short, the choice still gives a shortest counterexample, replayed; the verdict, the line and the page say
    the faults may not be fewest, and the replay still has its time."""
    monkeypatch.setattr(bmc, "SIMPLEST_SECONDS", 0)
    claim = Claim(name="two crashes", expect="holds", faults=Faults(crashes=2))
    verdict = check_claim(design_from_dict(uneven_cluster()), claim)
    assert verdict.outcome == VIOLATED and verdict.trace is not None and verdict.trace.length == 1
    assert verdict.reason == FEWEST_FAULTS_UNKNOWN and verdict.to_json()["reason"] == FEWEST_FAULTS_UNKNOWN
    assert not verdict.fewest_faults
    assert f"shortest counterexample: length 1; {FEWEST_FAULTS_UNKNOWN};" in describe(verdict)
    page = claim_page(verdict, "t.svg", "g.svg", "i.md")
    assert "A shortest counterexample, with " in page and FEWEST_FAULTS_UNKNOWN in page
    assert "this one uses the fewest faults" not in page


def test_a_counterexample_whose_moves_were_not_all_settled_says_another_run_may_show_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its faults shown fewest, but the choice among the runs with them cut short: the verdict, the line and the page
    say that this run is not the one every run shows."""
    choose = bmc._Simplest.choose
    monkeypatch.setattr(bmc._Simplest, "choose", lambda self, *arguments: (*choose(self, *arguments)[:2], False))
    claim = Claim(name="two crashes", expect="holds", faults=Faults(crashes=2))
    verdict = check_claim(design_from_dict(uneven_cluster()), claim)
    assert verdict.outcome == VIOLATED and verdict.fewest_faults
    assert verdict.reason == CHOICE_UNSETTLED and verdict.to_json()["reason"] == CHOICE_UNSETTLED
    assert f"shortest counterexample: length 1; {CHOICE_UNSETTLED};" in describe(verdict)
    page = claim_page(verdict, "t.svg", "g.svg", "i.md")
    assert f"this one uses the fewest faults: one fault; {CHOICE_UNSETTLED}." in page
