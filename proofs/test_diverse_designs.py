"""Theorems about the redesigns: what diversity, staging, detection and bypasses buy.

Every shipped design's claims get the verdict they state; identical
replicas fall to one common-mode bug whatever their number and threshold;
the recommended design has no single point of failure under any of its
fault hypotheses; and where timing plays no part, the static effective
redundancy equals the order of the smallest cut set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import spec
from spec.analysis.cutsets import minimal_cut_sets, unlimited
from spec.analysis.topology import effective_redundancy
from spec.cli import design_files
from spec.design import Claim, Faults, design_from_dict
from spec.platform import build_platform

MODELS = Path(__file__).resolve().parent.parent / "models"
SHIPPED = [(path, claim) for path in design_files([str(MODELS)]) for claim in spec.load_design(path).claims]
WITHOUT_TIMING = ["nversion_3x3_e2e", "nversion_4x4_e2e", "nversion_3x3_capacity2", "same_codebase", "two_per_site", "recommended"]


@pytest.mark.parametrize(("path", "claim"), SHIPPED, ids=[f"{path.stem}::{claim.name}" for path, claim in SHIPPED])
def test_every_shipped_claim_gets_its_expected_verdict(path: Path, claim: Claim) -> None:
    verdict = spec.check_claim(spec.load_design(path), claim)
    assert verdict.outcome == claim.expect, verdict.reason


def identical_replicas(servers: int, demand: int) -> dict:
    """n servers of one version at n sites, any `demand` of them carry the load, one change for all."""
    return {
        "name": "identical",
        "service": {"demand": demand},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v"}],
        "servers": [{"name": f"s{index}", "site": f"site{index}", "version": "v"} for index in range(servers)],
        "change": {"strategy": "all_at_once"},
    }


@settings(max_examples=30)
@given(st.integers(1, 12).flatmap(lambda n: st.tuples(st.just(n), st.integers(1, n))))
def test_identical_replicas_fall_to_one_common_mode_bug(shape: tuple[int, int]) -> None:
    servers, demand = shape
    design = design_from_dict(identical_replicas(servers, demand))
    for trigger in ("change", "input"):
        claim = Claim(name="one bug", expect="violated", faults=Faults(bugs=1, trigger=trigger))
        verdict = spec.check_claim(design, claim)
        assert verdict.outcome == spec.VIOLATED and verdict.length == 1
        cuts = minimal_cut_sets(design, claim, max_order=1)
        assert ("bug:v",) in [cut.written for cut in cuts]
    survivable = Claim(name="crashes", expect="holds", faults=Faults(crashes=servers - demand))
    assert spec.check_claim(design, survivable).outcome == spec.HOLDS


def test_the_recommended_design_has_no_single_point_of_failure() -> None:
    design = spec.load_design(MODELS / "recommended.toml")
    for claim in design.claims:
        assert minimal_cut_sets(design, claim, max_order=1) == [], claim.name


@pytest.mark.parametrize("name", WITHOUT_TIMING)
def test_cut_sets_agree_with_effective_redundancy_where_timing_plays_no_part(name: str) -> None:
    design = spec.load_design(MODELS / f"{name}.toml")
    for claim in design.claims:
        redundancy = effective_redundancy(build_platform(design, unlimited(claim)))
        smallest = minimal_cut_sets(design, claim, smallest_only=True)
        assert smallest and smallest[0].order == redundancy, claim.name
