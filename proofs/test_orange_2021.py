"""Theorems about the platform of June 2021, through the public API.

Six identical call servers built as 3-of-6 mask any three independent
crashes and a site loss with two more crashes, yet a single latent bug set
off by a change applied everywhere at once defeats them at the first step.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import spec

MODEL = Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml"


@pytest.fixture(scope="module")
def verdicts() -> dict[str, spec.Verdict]:
    design = spec.load_design(MODEL)
    return {verdict.claim.name: verdict for verdict in spec.check_design(design)}


def test_one_common_mode_bug_defeats_the_redundancy_at_once(verdicts: dict[str, spec.Verdict]) -> None:
    verdict = verdicts["one common-mode bug defeats 3-of-6"]
    assert verdict.outcome == spec.VIOLATED
    assert verdict.length == 1
    last = verdict.trace.to_json()[-1]
    assert last["served"] is False and last["capacity"] == 0
    assert all(server["state"] == "looping" and server["applied"] for server in last["servers"].values())
    assert all(server["routed"] for server in last["servers"].values()), "a liveness check keeps looping servers routed"


@pytest.mark.parametrize(
    "claim", ["three independent crashes are survived", "a site loss plus two crashes is survived"]
)
def test_independent_failures_within_the_design_margin_are_survived(verdicts: dict[str, spec.Verdict], claim: str) -> None:
    verdict = verdicts[claim]
    assert verdict.outcome == spec.HOLDS
    assert verdict.method in ("kind", "pdr")
    assert verdict.trace is None


def test_four_crashes_exceed_the_margin(verdicts: dict[str, spec.Verdict]) -> None:
    verdict = verdicts["four independent crashes are not"]
    assert verdict.outcome == spec.VIOLATED and verdict.length == 1
    assert sum(s["state"] == "down" for s in verdict.trace.to_json()[-1]["servers"].values()) == 4


def test_every_claim_of_the_model_gets_its_expected_verdict(verdicts: dict[str, spec.Verdict]) -> None:
    assert len(verdicts) == 4
    assert all(verdict.as_expected for verdict in verdicts.values())
