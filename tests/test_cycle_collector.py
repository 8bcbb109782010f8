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

    def watch(module: object, name: str) -> None:
        work = getattr(module, name)

        def watched(*arguments: object, **keywords: object) -> object:
            seen.append((name, gc.isenabled()))
            return work(*arguments, **keywords)

        monkeypatch.setattr(module, name, watched)

    watch(checking, "build_platform")
    watch(checking.bmc, "shortest_counterexample")
    watch(checking, "confirmed_trace")
    design = spec.load_design(ORANGE)
    claim = next(claim for claim in design.claims if claim.expect == "violated")
    (gc.enable if enabled_before else gc.disable)()
    try:
        verdict = spec.check_claim(design, claim)
        assert gc.isenabled() == enabled_before
    finally:
        gc.enable()
    assert verdict.outcome == spec.VIOLATED
    assert seen == [("build_platform", False), ("shortest_counterexample", False), ("confirmed_trace", False)]
