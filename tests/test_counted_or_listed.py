"""The counting encoding counts a class with at least as many members as local states, and lists the others.

A pool of two linked servers with restarts and bugs set off by messages
has 60 local states. Counted, the claim below was `unknown` after 100 s
(its bounded search did not get past depth 10), where the per-server
encoding proves it in half a second.
"""

from __future__ import annotations

import pytest
import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from spec import HOLDS
from spec.check import check_claim
from spec.design import Claim, design_from_dict, faults_from_dict
from spec.encoding import transition_system
from spec.encoding.local_states import closure
from spec.platform import build_platform

FAULTS = {"crashes": 1, "trigger": "message", "latency": 2, "restarts": 1}


def _linked(pool: int) -> dict:
    """A server `s0` that carries nothing, linked with a pool `p` of `pool` servers of the same version."""
    return {
        "name": "linked",
        "service": {"demand": 1, "max_outage": 1},
        "routing": {"health_check": "end_to_end", "detect": 1},
        "versions": [{"name": "v0"}],
        "servers": [
            {"name": "s0", "version": "v0", "site": "north", "capacity": 0},
            {"name": "p", "count": pool, "version": "v0", "capacity": 2},
        ],
        "links": [{"between": ["p", "s0"]}],
    }


def _state_names(pool: int) -> list[str]:
    platform = build_platform(design_from_dict(_linked(pool)), faults_from_dict(FAULTS))
    return [variable.name for variable in transition_system(platform, encoding="counting").state]


def test_a_pool_with_fewer_members_than_local_states_is_listed_with_the_per_server_names() -> None:
    names = _state_names(2)
    assert not any(name.startswith("count[") for name in names)
    assert {"crashed[p-1]", "crashed[p-2]", "heard_for[p-2]", "crashed[s0]"} <= set(names)


def test_a_pool_with_more_members_than_local_states_is_counted() -> None:
    names = _state_names(100)
    assert len([name for name in names if name.startswith("count[p-1*100:")]) == 60
    assert not any(name.startswith("crashed[p-") for name in names)


@pytest.mark.parametrize("pool", [2, 3])
def test_the_small_linked_pool_with_restarts_is_proved_in_the_counting_encoding(pool: int) -> None:
    design = design_from_dict(_linked(pool))
    claim = Claim("survived", "holds", faults_from_dict(FAULTS))
    counted, per_server = (
        check_claim(design, claim, timeout=60, encoding=encoding) for encoding in ("counting", "servers")
    )
    assert (counted.outcome, counted.encoding) == (HOLDS, "counting"), counted.reason
    assert per_server.outcome == HOLDS, per_server.reason


def test_a_counted_local_state_has_no_variable_for_a_move_that_changes_nothing_there() -> None:
    """A member crashed cannot crash again, one restarted cannot restart again: such counts are idle moves."""
    platform = build_platform(design_from_dict(_linked(100)), faults_from_dict(FAULTS))
    inputs = [variable.name for variable in transition_system(platform, encoding="counting").inputs]
    assert any(name.startswith("crash[p-1*100:crashed=0,") for name in inputs)
    assert any(name.startswith("restart[p-1*100:") and "restart_age=-1" in name for name in inputs)
    assert not any(name.startswith("crash[p-1*100:crashed=1,") for name in inputs), inputs
    assert not any(name.startswith("restart[p-1*100:") and "restart_age=-1" not in name for name in inputs), inputs


@settings(max_examples=50, deadline=None)
@given(st.sets(st.tuples(st.integers(0, 5), st.integers(0, 5))), st.integers(0, 5), st.integers(1, 7))
def test_the_local_states_reached_come_start_first_then_sorted(steps: set, start: int, most: int) -> None:
    """Whatever order the solver's models come in, the layout built from them does not depend on it."""
    before, after = z3.Int("before"), z3.Int("after")
    step = z3.Or(*(z3.And(before == source, after == target) for source, target in steps))
    reached, frontier = {start}, [start]
    while frontier:
        source = frontier.pop()
        for target in {target for origin, target in steps if origin == source} - reached:
            reached.add(target)
            frontier.append(target)
    expected = [(start,), *sorted((value,) for value in reached - {start})] if len(reached) <= most else None
    assert closure([before], [after], (start,), [step], most) == expected
