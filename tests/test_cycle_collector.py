"""Python's cycle collector is paused while a claim is checked, and left as the caller had it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import spec
from spec import check as checking

ORANGE = Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml"


@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_collector_is_paused_during_a_claim_and_restored_after(
    monkeypatch: pytest.MonkeyPatch, enabled_before: bool
) -> None:
    seen = []
    search = checking.bmc.shortest_counterexample

    def watched(*arguments: object, **keywords: object) -> object:
        seen.append(gc.isenabled())
        return search(*arguments, **keywords)

    monkeypatch.setattr(checking.bmc, "shortest_counterexample", watched)
    design = spec.load_design(ORANGE)
    claim = next(claim for claim in design.claims if claim.expect == "violated")
    (gc.enable if enabled_before else gc.disable)()
    try:
        verdict = spec.check_claim(design, claim)
        assert gc.isenabled() == enabled_before
    finally:
        gc.enable()
    assert verdict.outcome == spec.VIOLATED
    assert seen == [False]
