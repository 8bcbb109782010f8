"""Minimal cut sets: the known answer for 2021, and minimal and complete on random designs.

The search uses a bounded unrolling whose depth is argued complete; the
brute-force comparison decides every candidate set with PDR instead, at
every depth, so it also tests that argument.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import spec
from spec.analysis.cutsets import is_cut_set, minimal_cut_sets
from spec.cli import main
from spec.design import Claim, Faults, design_from_dict
from spec.encoding import event_flags
from spec.platform import build_platform
from spec.strategies import raw_designs, raw_faults

ORANGE = Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml"
BUG_CLAIM = "one common-mode bug defeats 3-of-6"


def test_the_2021_platform_has_one_single_point_of_failure_and_240_sets_of_four() -> None:
    design = spec.load_design(ORANGE)
    claim = next(claim for claim in design.claims if claim.name == BUG_CLAIM)
    cuts = minimal_cut_sets(design, claim)
    assert cuts[0].events == ("bug:cs-2021",)
    assert [cut.order for cut in cuts].count(1) == 1
    # four of the six servers must go, each by its crash or by its site: C(6, 4) * 2**4
    assert len(cuts) == 1 + 15 * 16
    assert all(cut.order == 4 for cut in cuts[1:])


def test_cutsets_command_json_lists_the_order_one_set_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cutsets", str(ORANGE), "--claim", BUG_CLAIM, "--max-order", "1", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document == {"design": "orange-2021", "claim": BUG_CLAIM, "cut_sets": [["bug:cs-2021"]]}


def test_cutsets_command_flags_single_points_of_failure(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cutsets", str(ORANGE), "--claim", BUG_CLAIM, "--max-order", "4"]) == 0
    out = capsys.readouterr().out
    assert "order 1: bug:cs-2021   <- single point of failure" in out
    assert "241 minimal cut sets; 1 single point of failure" in out


def _brute_force(design: spec.Design, claim: Claim) -> list[tuple[str, ...]]:
    """Minimal cut sets by trying every subset by increasing size, each decided by PDR."""
    events = sorted(event_flags(build_platform(design, claim)))
    found: list[frozenset[str]] = []
    for size in range(len(events) + 1):
        for subset in map(frozenset, itertools.combinations(events, size)):
            if not any(cut <= subset for cut in found) and is_cut_set(design, claim, subset):
                found.append(subset)
    return sorted((tuple(sorted(cut)) for cut in found), key=lambda cut: (len(cut), cut))


@settings(max_examples=12)
@given(raw_designs(max_servers=2), raw_faults())
def test_cut_sets_are_minimal_and_complete(raw: dict, faults: dict) -> None:
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=Faults(**faults))
    assert [cut.events for cut in minimal_cut_sets(design, claim)] == _brute_force(design, claim)
