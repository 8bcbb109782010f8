"""A claim's latency range, `min_latency..latency`: one rule of the semantics, and every reading of it.

The rule is `semantics.latency_bounds`, read by the adversary's choice
(`valid_choice`), the declared range of the latency variables, the Promela
export's choice and the replay of a counterexample. The reference model
(tests/test_reference_agreement.py) and the concrete, symbolic and Promela
steps (tests/test_differential.py) read it on random designs; here, the two
encodings against each other, the staged roll-out that tells the late
bug's story, the words of the reports, and one rule changed in place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import spec
from spec import HOLDS, VIOLATED, check_claim, semantics
from spec.analysis.cutsets import unlimited
from spec.design import Claim, Faults, design_from_dict, faults_from_dict
from spec.platform import build_platform
from spec.promela import promela_model
from spec.report.cut_sets_text import cut_sets_text
from spec.report.story import faults_used, hypothesis
from spec.synthesis.candidates import _faults
from strategies import raw_designs, raw_faults, staged_designs

STAGED = Path(__file__).resolve().parent.parent / "models" / "staged_rollout.toml"
LATE = "a bug that shows only after the bake time slips through the gate"


def _claim(**faults: Any) -> Claim:
    return Claim(name="late", expect="violated", faults=faults_from_dict(faults))


@settings(max_examples=40)
@given(st.one_of(staged_designs(), raw_designs(max_servers=3)), raw_faults(max_latency=5))
def test_both_encodings_agree_on_a_latency_range(raw: dict, faults: dict) -> None:
    """Per server and counted per class: the same verdict, length and bug latencies, each within the range."""
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    per_server, counted = (check_claim(design, claim, encoding=encoding) for encoding in ("servers", "counting"))
    assert per_server.outcome == counted.outcome and per_server.outcome in (HOLDS, VIOLATED)
    assert per_server.length == counted.length
    if per_server.trace is not None:
        assert per_server.trace.adversary.latency == counted.trace.adversary.latency
        assert all(faults["min_latency"] <= steps <= faults["latency"] for steps in per_server.trace.adversary.latency.values())


@settings(max_examples=60)
@given(st.one_of(staged_designs(), raw_designs(max_servers=3)), raw_faults(max_latency=5))
def test_a_latency_range_changes_when_a_claim_fails_never_whether(raw: dict, faults: dict) -> None:
    """A bug that may not show early never makes a claim hold that fails with `min_latency = 0`, nor the reverse.

    After the roll-out nothing is tied to a step (every other fault comes
    when the adversary likes), and a staged roll-out's gate halts it sooner
    the sooner a bug shows; so a later bug is never better for the platform,
    and a run with an early bug has a twin with the bug later. Only the
    shortest counterexample can be longer (docs/decisions.md).
    """
    design = design_from_dict(raw)
    ranged = check_claim(design, Claim(name="ranged", expect="holds", faults=faults_from_dict(faults)))
    anytime = check_claim(design, Claim(name="any", expect="holds", faults=faults_from_dict({**faults, "min_latency": 0})))
    assert ranged.outcome == anytime.outcome
    if ranged.length is not None:
        assert ranged.length >= anytime.length


def test_the_late_bug_of_the_staged_roll_out_shows_within_its_range() -> None:
    design = spec.load_design(STAGED)
    claim = next(claim for claim in design.claims if claim.name == LATE)
    assert (claim.faults.min_latency, claim.faults.max_latency) == (3, 12)
    verdict = check_claim(design, claim)
    assert (verdict.outcome, verdict.length, verdict.trace.adversary.latency) == (VIOLATED, 19, {"cs-2021": 9})


@pytest.mark.parametrize(("least", "length", "steps"), [(0, 19, 9), (9, 19, 9), (10, 20, 10), (12, 22, 12)])
def test_a_later_least_latency_makes_a_later_counterexample(least: int, length: int, steps: int) -> None:
    """Latency 9 lets a fourth server through at step 10; a bug that may not show before 10, 12 steps fails later."""
    design = spec.load_design(STAGED)
    for encoding in ("servers", "counting"):
        verdict = check_claim(design, _claim(bugs=1, min_latency=least, latency=12), encoding=encoding)
        assert (verdict.length, verdict.trace.adversary.latency) == (length, {"cs-2021": steps}), encoding


def test_the_promela_choice_offers_the_range_only() -> None:
    platform = build_platform(spec.load_design(STAGED), Faults(bugs=1, min_latency=3, max_latency=5))
    assert "if :: latency[0] = 3 :: latency[0] = 4 :: latency[0] = 5 fi;" in promela_model(platform)


def test_a_latency_range_changed_in_the_semantics_changes_every_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """`latency_bounds` is the rule: changed in place, the checker in both encodings, the replay and the export follow it."""
    design = spec.load_design(STAGED)
    claim = _claim(bugs=1, latency=12)
    platform = build_platform(design, claim)
    assert "latency[0] = 0 ::" in promela_model(platform)
    monkeypatch.setattr(semantics, "latency_bounds", lambda platform: (12, platform.max_latency))
    for encoding in ("servers", "counting"):
        verdict = check_claim(design, claim, encoding=encoding)
        assert (verdict.length, verdict.trace.adversary.latency) == (22, {"cs-2021": 12}), encoding
    assert "if :: latency[0] = 12 fi;" in promela_model(platform)
    assert semantics.State.__dataclass_fields__["latency"].metadata["bounds"](platform) == (12, 12)


def test_the_reports_say_the_range() -> None:
    design = spec.load_design(STAGED)
    claim = next(claim for claim in design.claims if claim.name == LATE)
    assert "showing three to twelve steps later" in hypothesis(claim.faults)
    assert "showing up to nine steps later" in hypothesis(Faults(bugs=1, max_latency=9))
    assert "showing twelve steps later" in hypothesis(Faults(bugs=1, min_latency=12, max_latency=12))
    assert "showing at once" in hypothesis(Faults(bugs=1))
    [bug] = faults_used(check_claim(design, claim).trace)
    assert bug.detail == (
        "a latent bug of version cs-2021, which goes off in a server nine steps after the change reaches the server "
        "(the claim allows three to twelve steps)"
    )
    earlier = next(claim for claim in design.claims if claim.faults.max_latency == 9)
    [bug] = faults_used(check_claim(design, earlier).trace)
    assert bug.detail.endswith("nine steps after the change reaches the server")


def test_cut_sets_keep_the_range() -> None:
    """Cut sets take the claim's latency as written, its range included, and their text says it."""
    design = spec.load_design(STAGED)
    claim = next(claim for claim in design.claims if claim.name == LATE)
    assert unlimited(claim) == Faults(bugs=None, crashes=None, site_losses=None, restarts=None, min_latency=3, max_latency=12)
    assert "(bug scope version, trigger change, latency 3 to 12, up to order 1)" in cut_sets_text(design, claim, [], 1)
    assert "(bug scope version, trigger change, latency 9)" in cut_sets_text(design, _claim(bugs=1, latency=9), [], None)


def test_a_synthesized_design_writes_the_range() -> None:
    assert _faults(_claim(bugs=1, min_latency=3, latency=12), ["v1"]) == (
        'faults = { bugs = 1, bug_scope = "version", trigger = "change", min_latency = 3, latency = 12, '
        "crashes = 0, site_losses = 0, restarts = 0 }"
    )
    assert "min_latency" not in _faults(_claim(bugs=1, latency=2), ["v1"])
