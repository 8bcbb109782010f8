"""Reports of a cascade: the story hop by hop, the faults named as cut sets name them, the links in the picture."""

from __future__ import annotations

import re
from pathlib import Path

import spec
from spec.design import Claim, Faults, design_from_dict
from spec.report.story import faults_used, story
from spec.report.topology import LINK, TRIGGER, topology_svg

MODELS = Path(__file__).resolve().parent.parent / "models"
CASCADE = Faults(bugs=1, trigger="message", restarts=1)


def chain(servers: int) -> dict:
    """Servers n0 - n1 - ... in a line, any one enough to serve, failures seen at once."""
    return {
        "name": "chain",
        "service": {"demand": 1},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v"}],
        "servers": [{"name": f"n{index}", "version": "v"} for index in range(servers)],
        "links": [{"between": [f"n{index}", f"n{index + 1}"]} for index in range(servers - 1)],
    }


def _trace(raw: dict) -> spec.Trace:
    verdict = spec.check_claim(design_from_dict(raw), Claim(name="cascade", expect="violated", faults=CASCADE))
    assert verdict.verdict == spec.VIOLATED and verdict.trace is not None
    return verdict.trace


def test_the_story_tells_a_cascade_hop_by_hop() -> None:
    lines = story(_trace(chain(3)))
    assert lines[1] == "Step 1: n0 restarts and is back within the step."
    assert lines[2].startswith("Step 2: n1 receives the messages n0 sent at the step before, the first to reach it")
    assert lines[3].startswith("Step 3: n0 and n2 receive the messages n1 sent at the step before, the first to reach them")


def test_the_picture_draws_every_link_and_marks_those_the_trigger_travelled() -> None:
    svg = topology_svg(_trace(chain(3)), "chain")
    red = re.findall(rf'<line [^>]*stroke="{TRIGGER}"', svg)
    plain = re.findall(rf'<line [^>]*stroke="{LINK}"', svg)
    assert len(red) == 2 * 3 and not plain  # both links carried the trigger, each drawn as three segments


def test_a_pooled_cascade_names_its_restart_up_to_symmetry() -> None:
    design = spec.load_design(MODELS / "att_1990.toml")
    claim = next(claim for claim in design.claims if claim.expect == "violated")
    trace = spec.check_claim(design, claim).trace
    assert [fault.event for fault in faults_used(trace)] == ["bug:4ess-1989-12", "restart:switch*1"]
