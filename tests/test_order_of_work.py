"""A claim's expectation orders the checker's work, never its verdict.

A claim expected to hold is first given to the proof method for
`check.PROOF_FIRST_SECONDS`; one expected to be violated goes to bounded
model checking first. Either way the verdict, the counterexample and its
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

STAGED = Path(__file__).resolve().parent.parent / "models" / "staged_rollout.toml"


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
