"""Sanity checks of the reference model against cases computed by hand from the contract.

Each test states the hand computation it checks. Designs are written inline
as the dicts `tomllib` would give.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from reference_model import shortest_violation


def orange(**service: Any) -> dict[str, Any]:
    """Six identical servers of capacity 1, two per site, demand 3, all-at-once change."""
    return {
        "name": "orange",
        "service": {"demand": 3, **service},
        "versions": [{"name": "cs-2021"}],
        "servers": [{"name": f"cs{i}", "version": "cs-2021", "site": f"site{(i + 1) // 2}"}
                    for i in range(1, 7)],
        "change": {"strategy": "all_at_once"},
    }


def test_common_mode_bug_defeats_three_of_six() -> None:
    # Step 1: all six apply the change; latency 0, so all six loop at step 1.
    # Liveness does not see the loop: six routed black holes, up capacity 0 < 3.
    assert shortest_violation(orange(), {"bugs": 1}, 8) == 1


def test_no_faults_hold() -> None:
    # No faulty unit: the change is harmless and six units of capacity serve 3.
    assert shortest_violation(orange(), {}, 8) is None


def test_independent_crashes() -> None:
    # detect 0: a crashed server is dropped at the step it crashes, so it is never a
    # black hole. Three crashes leave capacity 3 >= 3: served forever.
    assert shortest_violation(orange(), {"crashes": 3}, 8) is None
    # Four crashes may all happen at step 1: capacity 2 < 3 at step 1.
    assert shortest_violation(orange(), {"crashes": 4}, 8) == 1
    # With max_outage 1 the platform must fail at two consecutive steps: 1 and 2.
    assert shortest_violation(orange(max_outage=1), {"crashes": 4}, 8) == 2


def test_site_losses() -> None:
    # One site holds two servers: losing one site leaves 4 >= 3; losing two leaves 2 < 3.
    assert shortest_violation(orange(), {"site_losses": 1}, 8) is None
    assert shortest_violation(orange(), {"site_losses": 2}, 8) == 1


def test_state_zero_is_checked() -> None:
    # Two servers of capacity 1 can never serve demand 3: the property fails in state 0;
    # with max_outage 1, step -1 counts as served, so it first fails at step 1.
    design = {"name": "small", "service": {"demand": 3}, "versions": [{"name": "v"}],
              "servers": [{"name": "a", "version": "v"}, {"name": "b", "version": "v"}]}
    assert shortest_violation(design, {}, 5) == 0
    design["service"]["max_outage"] = 1
    assert shortest_violation(design, {}, 5) == 1


def two_servers(detect: int) -> dict[str, Any]:
    """Two servers of capacity 1, demand 1, no change, no backup."""
    return {"name": "pair", "service": {"demand": 1}, "routing": {"detect": detect},
            "versions": [{"name": "v"}],
            "servers": [{"name": "a", "version": "v"}, {"name": "b", "version": "v"}]}


def test_detect_makes_a_black_hole() -> None:
    # detect 1: a crashed at step 1 is visible for 1 step at step 1, not more than 1,
    # so still routed while down: a black hole, the cluster does not serve at step 1.
    assert shortest_violation(two_servers(1), {"crashes": 1}, 6) == 1
    # detect 0: dropped at once; b alone serves demand 1.
    assert shortest_violation(two_servers(0), {"crashes": 1}, 6) is None


def staged(health_check: str) -> dict[str, Any]:
    """Three servers of one version, demand 2, staged roll-out: s1 at 1, s2 at 4, s3 at 7."""
    return {"name": "staged", "service": {"demand": 2},
            "routing": {"health_check": health_check, "detect": 0},
            "versions": [{"name": "v"}],
            "servers": [{"name": f"s{i}", "version": "v"} for i in (1, 2, 3)],
            "change": {"strategy": "staged", "batch": 1, "bake": 2}}


def test_staged_rollout_and_latency() -> None:
    # Latency 0: s1 loops at step 1; end-to-end sees it, it is dropped, s2+s3 serve 2.
    # At step 4 the gate sees s1 looping in state 3: the roll-out halts for good.
    assert shortest_violation(staged("end_to_end"), {"bugs": 1}, 10) is None
    # Latency up to 2: s1 loops at step 3 at the latest, still seen by the gate at step 4.
    assert shortest_violation(staged("end_to_end"), {"bugs": 1, "latency": 2}, 10) is None
    # Latency 3: s1 loops at step 4, but the gate at step 4 looks at state 3 where s1 is
    # up, so s2 applies at 4 and loops at 7; the gate at 7 halts (s3 never applies), yet
    # at step 7 only s3 is up: capacity 1 < 2.
    assert shortest_violation(staged("end_to_end"), {"bugs": 1, "latency": 3}, 10) == 7
    # Liveness cannot see s1 looping at step 1: a routed black hole at once.
    assert shortest_violation(staged("liveness"), {"bugs": 1}, 10) == 1


def test_a_latency_range() -> None:
    # min_latency 3: the adversary may no longer choose 0 to 2, only 3 and more.
    # Latency 3..5: with 3, s2 applies at 4, both loop by 7 (as above): 7.
    assert shortest_violation(staged("end_to_end"), {"bugs": 1, "min_latency": 3, "latency": 5}, 12) == 7
    # Latency 4 exactly: s1 loops at 5, s2 (applied at 4) at 8; the gate at 7 sees s1
    # looping in state 6 and halts. Capacity 1 < 2 at step 8, one step later than with 3.
    assert shortest_violation(staged("end_to_end"), {"bugs": 1, "min_latency": 4, "latency": 4}, 12) == 8
    # Latency 0..2 with min_latency 1: s1 loops at 2 or 3, seen by the gate at 4: contained.
    assert shortest_violation(staged("end_to_end"), {"bugs": 1, "min_latency": 1, "latency": 2}, 12) is None
    # Under liveness a looping s1 is a black hole: with latency 2 exactly, at step 3.
    assert shortest_violation(staged("liveness"), {"bugs": 1, "min_latency": 2, "latency": 2}, 12) == 3


def with_bypass(delay: int, max_outage: int) -> dict[str, Any]:
    """Two servers (version cs), demand 2, all-at-once change; a backup (version bp) of
    capacity 2 triggered by the outage itself."""
    return {"name": "bypass", "service": {"demand": 2, "max_outage": max_outage},
            "versions": [{"name": "cs"}, {"name": "bp"}],
            "servers": [{"name": "a", "version": "cs"}, {"name": "b", "version": "cs"}],
            "change": {"strategy": "all_at_once"},
            "backup": {"name": "bk", "version": "bp", "capacity": 2,
                       "trigger": "outage", "delay": delay}}


def test_outage_triggered_backup() -> None:
    # Bug in cs: both loop at step 1, the cluster does not serve, condition holds at 1
    # but not at 0, so with delay 1 the backup is active from step 2: unserved only at
    # step 1, tolerated by max_outage 1. A bug in bp never fires (the backup never
    # applies the change), so two bugs are no worse.
    assert shortest_violation(with_bypass(1, 1), {"bugs": 1}, 10) is None
    assert shortest_violation(with_bypass(1, 1), {"bugs": 2}, 10) is None
    # Crashing the backup as well leaves steps 1 and 2 unserved.
    assert shortest_violation(with_bypass(1, 1), {"bugs": 1, "crashes": 1}, 10) == 2
    # Delay 2: active only from step 3, so steps 1 and 2 are unserved.
    assert shortest_violation(with_bypass(2, 1), {"bugs": 1}, 10) == 2
    # max_outage 0: step 1 alone is fatal.
    assert shortest_violation(with_bypass(1, 0), {"bugs": 1}, 10) == 1


def input_design(backup_version: str, health_check: str, trigger: str) -> dict[str, Any]:
    """Two servers (version cs, codebase vendor-a), demand 2, backup of capacity 2, delay 0."""
    return {"name": "input", "service": {"demand": 2},
            "routing": {"health_check": health_check, "detect": 0},
            "versions": [{"name": "cs", "codebase": "vendor-a"},
                         {"name": "bp", "codebase": "vendor-b"},
                         {"name": "bp-a", "codebase": "vendor-a"}],
            "servers": [{"name": "a", "version": "cs"}, {"name": "b", "version": "cs"}],
            "backup": {"name": "bk", "version": backup_version, "capacity": 2,
                       "trigger": trigger}}


def test_bad_input_and_the_backup() -> None:
    bad_input = {"bugs": 1, "trigger": "input"}
    # Backup on the same version: input at step 1, a, b and the backup all loop at 1;
    # the servers are dropped, routed capacity 0 < 2 so the backup is active, but looping.
    assert shortest_violation(input_design("cs", "end_to_end", "observed"), bad_input, 8) == 1
    # Diverse backup: if cs is faulty the backup is active and up at the same step; if
    # bp is faulty only the backup loops and the cluster serves.
    assert shortest_violation(input_design("bp", "end_to_end", "observed"), bad_input, 8) is None
    # Two faulty units: everything loops at the input's step.
    assert shortest_violation(input_design("bp", "end_to_end", "observed"),
                              {**bad_input, "bugs": 2}, 8) == 1
    # Another version of the same codebase: diverse by version, common by codebase.
    assert shortest_violation(input_design("bp-a", "end_to_end", "observed"), bad_input, 8) is None
    assert shortest_violation(input_design("bp-a", "end_to_end", "observed"),
                              {**bad_input, "bug_scope": "codebase"}, 8) == 1
    # Liveness: looping servers stay routed, routed capacity 2 is not below 2, so the
    # "observed" backup never starts; the black holes defeat the cluster at step 1.
    assert shortest_violation(input_design("bp", "liveness", "observed"), bad_input, 8) == 1
    # The same with an "outage" trigger: the cluster fails at 1, the backup is active at 1.
    assert shortest_violation(input_design("bp", "liveness", "outage"), bad_input, 8) is None


def observed_backup(trigger: str, max_outage: int) -> dict[str, Any]:
    """Two servers, demand 1, detect 2 (liveness), backup of capacity 1, delay 0."""
    return {"name": "observed", "service": {"demand": 1, "max_outage": max_outage},
            "routing": {"detect": 2},
            "versions": [{"name": "v"}, {"name": "w"}],
            "servers": [{"name": "a", "version": "v"}, {"name": "b", "version": "v"}],
            "backup": {"name": "bk", "version": "w", "trigger": trigger}}


def test_observed_trigger_counts_black_holes() -> None:
    # A crash at step s leaves a black hole at s and s+1 (visible 1, 2 steps: not more
    # than 2), dropped at s+2. Crash a at 1 and b at 3: unserved at 1, 2 (a) and 3, 4 (b);
    # meanwhile routed capacity (black holes included) is 1 or 2, never below 1, so the
    # observed backup only starts at step 5. Steps 1..4 unserved: fails at 4 for
    # max_outage 3, and never for max_outage 4 (no third crash to stop the backup).
    assert shortest_violation(observed_backup("observed", 3), {"crashes": 2}, 10) == 4
    assert shortest_violation(observed_backup("observed", 4), {"crashes": 2}, 10) is None
    # "outage" sees the failing calls at the first unserved step, and takes over at
    # once; crashing the backup too (with a) leaves only steps 1, 2 unserved.
    assert shortest_violation(observed_backup("outage", 3), {"crashes": 2}, 10) is None
    assert shortest_violation(observed_backup("outage", 1), {"crashes": 2}, 10) == 2


def test_unlimited_budget() -> None:
    # None means unlimited: every server can crash at step 1.
    assert shortest_violation(orange(), {"crashes": None}, 4) == 1
