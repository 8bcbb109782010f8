"""Issue 26, item 5: building the platform, its folding and the formulas counts against `--timeout`.

Past the deadline the verdict is `unknown` (exit 3), with a reason naming what was being built,
whatever the engines were doing or not yet doing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import z3

from spec.analysis.cutsets import SearchTimedOut, minimal_cut_sets
from spec.check import UNKNOWN, check_claim
from spec.design import load_design
from spec.engine.deadline import Deadline, TimedOut
from spec.ops import TERMS_PER_CHECK, SymbolicOps

ROOT = Path(__file__).resolve().parent.parent
STAGED = ROOT / "models" / "staged_rollout.toml"


def staged_pool(members: int) -> str:
    """One version over three sites, `members` servers in three pools, rolled out one at a time: every member its own class."""
    counts = [members // 3 + (1 if site < members % 3 else 0) for site in range(3)]
    pools = "".join(
        f'[[servers]]\nname = "cs-{site}"\nsite = "{site}"\nversion = "v1"\ncount = {count}\n\n'
        for site, count in zip(("lille", "lyon", "paris"), counts)
    )
    return (
        f'name = "pool-{members}"\ntitle = "a large staged pool"\nstep = "15 min"\n\n'
        f"[service]\ndemand = {members // 2}\nmax_outage = 0\n\n"
        '[routing]\nhealth_check = "end_to_end"\ndetect = 0\n\n'
        '[[versions]]\nname = "v1"\ncodebase = "a"\n\n'
        f"{pools}"
        '[change]\nstrategy = "staged"\nbatch = 1\nbake = 2\n\n'
        '[[claims]]\nname = "a bug within the bake time is contained"\nexpect = "holds"\nfaults = { bugs = 1, latency = 2 }\n'
    )


def test_a_staged_pool_too_large_to_build_in_time_is_unknown(tmp_path: Path) -> None:
    """The 20,000-member staged pool: its lemmas alone take longer than the limit, which ends them."""
    design = tmp_path / "pool.toml"
    design.write_text(staged_pool(20_000))
    limit = 0.5
    done = subprocess.run(
        [sys.executable, "-m", "spec", "check", str(design), "--timeout", str(limit), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=limit + 20,  # a hang guard, not a performance assertion
    )
    assert done.returncode == 3, done.stderr
    [verdict] = json.loads(done.stdout)["designs"][0]["claims"]
    assert verdict["verdict"] == UNKNOWN
    assert verdict["reason"].startswith("time-out while the ")


def test_a_limit_already_passed_stops_the_platform_building() -> None:
    design = load_design(STAGED)
    verdict = check_claim(design, design.claims[0], timeout=0)
    assert verdict.outcome == UNKNOWN
    assert verdict.reason == "time-out while the platform was being built"


@pytest.mark.parametrize("encoding", ["servers", "counting"])
def test_the_verdict_names_the_encoding_asked_for_when_no_platform_was_built(encoding: str) -> None:
    design = load_design(STAGED)
    assert check_claim(design, design.claims[0], timeout=0, encoding=encoding).encoding == encoding


def test_formulas_stop_within_a_few_hundred_terms_of_the_deadline() -> None:
    ops = SymbolicOps(pseudo_boolean=True, time_check=Deadline(0).check)
    ops.building = "the lemmas were being built"
    flag = z3.Bool("flag")
    with pytest.raises(TimedOut, match="^time-out while the lemmas were being built$"):
        for _ in range(TERMS_PER_CHECK):
            ops.and_(flag, flag)


def test_formulas_without_a_deadline_are_never_stopped() -> None:
    ops = SymbolicOps(pseudo_boolean=True)
    flag = z3.Bool("flag")
    for _ in range(2 * TERMS_PER_CHECK):
        ops.or_(flag, flag)


def test_a_cut_set_search_past_its_limit_while_building_is_timed_out() -> None:
    design = load_design(STAGED)
    with pytest.raises(SearchTimedOut) as raised:
        minimal_cut_sets(design, design.claims[0], timeout=0)
    assert raised.value.found == [] and raised.value.order == 0


def test_frames_stop_at_the_deadline_and_are_made_when_first_asked_for() -> None:
    from spec.encoding import transition_system
    from spec.platform import build_platform

    design = load_design(STAGED)
    platform = build_platform(design, design.claims[0])
    system = transition_system(platform, deadline=Deadline(0))  # made at once: its frames wait for the engines
    with pytest.raises(TimedOut, match="^time-out while the variables were being made$"):
        system.lemmas(system.state_frame("x"))
