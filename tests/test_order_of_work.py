"""A claim's expectation orders the checker's work, never its verdict.

A claim expected to hold is first given to the proof method for
`check.PROOF_FIRST_SECONDS`, and bounded model checking searches it for
`check.FIRST_SEARCH_SECONDS` at most before the full proof; one expected
to be violated goes to bounded model checking first. Either way, and
whichever of those caps runs out, the verdict, the counterexample and its
length are the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

import spec
from spec import HOLDS
from spec.check import check_claim
from spec.design import Claim, design_from_dict, faults_from_dict
from strategies import raw_designs, raw_faults

MODELS = Path(__file__).resolve().parent.parent / "models"
STAGED = MODELS / "staged_rollout.toml"


@settings(max_examples=30, deadline=None)
@given(raw_designs(max_servers=3), raw_faults())
def test_the_expectation_changes_neither_the_verdict_nor_the_counterexample(raw: dict, faults: dict) -> None:
    design = design_from_dict(raw)
    held, violated = (
        check_claim(design, Claim(name="random", expect=expect, faults=faults_from_dict(faults)))
        for expect in ("holds", "violated")
    )
    assert (held.outcome, held.method, held.length) == (violated.outcome, violated.method, violated.length)
    assert (held.trace and held.trace.to_json()) == (violated.trace and violated.trace.to_json())


def test_a_claim_expected_to_hold_and_proved_skips_bounded_model_checking(monkeypatch: pytest.MonkeyPatch) -> None:
    searches = []
    search = spec.check.bmc.shortest_counterexample

    def counted(*arguments: object, **keywords: object) -> object:
        searches.append(arguments)
        return search(*arguments, **keywords)

    monkeypatch.setattr(spec.check.bmc, "shortest_counterexample", counted)
    design = spec.load_design(STAGED)
    claim = next(claim for claim in design.claims if claim.name == "contained, with a crash on top")
    assert claim.expect == HOLDS
    assert check_claim(design, claim).outcome == HOLDS
    assert searches == []
    assert check_claim(design, Claim(claim.name, "violated", claim.faults)).outcome == HOLDS
    assert len(searches) == 1


def _every_cap_run_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a machine too loaded for any of the checker's time caps does: the full proof is the first method run."""
    for cap in ("CHEAPEST_PROOF_SECONDS", "PROOF_FIRST_SECONDS", "FIRST_SEARCH_SECONDS"):
        monkeypatch.setattr(spec.check, cap, 0.0)


@settings(max_examples=20, deadline=None)
@given(raw_designs(max_servers=3), raw_faults())
def test_with_every_cap_run_out_the_verdict_and_the_counterexample_are_the_same(raw: dict, faults: dict) -> None:
    """A claim expected to hold whose first search is cut short, and which the full proof finds violated, still gets
    the shortest counterexample: the search then goes on to the completeness depth."""
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    usual = check_claim(design, claim)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _every_cap_run_out(monkeypatch)
        loaded = check_claim(design, claim)
    assert (loaded.outcome, loaded.length) == (usual.outcome, usual.length)
    assert (loaded.trace and loaded.trace.to_json()) == (usual.trace and usual.trace.to_json())


def test_a_long_roll_out_is_proved_though_its_first_search_would_take_the_claim_s_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """200 members one at a time: the first search would go 600 steps deep; capped, it leaves PDR its 0.1 s."""
    design = spec.load_design(MODELS / "rolling_update.toml")
    claim = design.claims[0]
    assert claim.expect == HOLDS
    monkeypatch.setattr(spec.check, "CHEAPEST_PROOF_SECONDS", 0.0)
    monkeypatch.setattr(spec.check, "PROOF_FIRST_SECONDS", 0.0)
    monkeypatch.setattr(spec.check, "FIRST_SEARCH_SECONDS", 0.5)
    verdict = check_claim(design, claim, timeout=60)
    assert (verdict.outcome, verdict.method) == (HOLDS, "pdr"), verdict.reason
