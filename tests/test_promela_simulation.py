"""The exported Promela model, run by SPIN's random simulation, follows the concrete semantics step by step.

SPIN interprets the model (no compilation), choosing the adversary's moves
at random. Every state it reaches, read from its trace of global
variables, must be the state the concrete interpreter computes from the
state before and the moves SPIN chose (or the state before, where the
moves break the budget and the model drops the step), and the service
property must fail in SPIN's state exactly when it fails concretely.
Needs `spin`, so it carries the `external` marker.
"""

from __future__ import annotations

from dataclasses import fields

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spec import semantics
from spec.design import Faults, design_from_dict, faults_from_dict, load_design
from spec.trace import concrete_initial_state
from spec.ops import CONCRETE
from spec.platform import Platform, build_platform
from spec.promela import promela_model, state_values, state_variables
from spec.semantics import Moves, ServerMoves, State
from spec.spin import random_run
from strategies import component_designs, raw_designs, raw_faults

pytestmark = pytest.mark.external

STATEMENTS = 6000
"""SPIN statements per simulation: a step of a small design is a few hundred (a `d_step` prints each)."""


def _moves(platform: Platform, seen: dict[str, int]) -> Moves[bool]:
    """The moves SPIN chose, read from its `move_` variables."""
    return Moves(
        servers=tuple(
            ServerMoves(**{field.name: bool(seen.get(f"move_{field.name}[{index}]")) for field in fields(ServerMoves)})
            for index in range(len(platform.servers))
        ),
        crash_backup=bool(seen.get("move_crash_backup")),
        lose=tuple(bool(seen.get(f"move_lose[{index}]")) for index in range(len(platform.sites))),
        bad_input=bool(seen.get("move_bad_input")),
    )


def _agree(platform: Platform, names: list[str], seen: dict[str, int], state: State, step: int) -> None:
    spin = {name: seen.get(name, 0) for name in names}
    concrete = {name: int(value) for name, value in zip(names, state_values(state), strict=True)}
    assert spin == concrete, f"state {step}: {[name for name in names if spin[name] != concrete[name]]} differ"
    failed = semantics.service_failed(CONCRETE, platform, state)
    assert bool(seen.get("service_failed")) == bool(failed), f"state {step}: the service property disagrees"


def follow(platform: Platform, seed: int) -> int:
    """Check one random SPIN run against the concrete semantics; the number of steps it took."""
    names = state_variables(platform)
    states = random_run(promela_model(platform), seed, STATEMENTS)
    if not states:
        return 0  # the one-time choice broke the bug budget: the model stops before state 0
    first = states[0]
    faulty = tuple(bool(first.get(f"faulty[{unit}]")) for unit in range(len(platform.units)))
    latency = tuple(first.get(f"latency[{unit}]", 0) for unit in range(len(platform.units)))
    state = concrete_initial_state(platform, faulty, latency)
    _agree(platform, names, first, state, 0)
    for step, seen in enumerate(states[1:], start=1):
        following = semantics.next_state(CONCRETE, platform, state, _moves(platform, seen))
        if semantics.within_budget(CONCRETE, platform, following):
            state = following
        _agree(platform, names, seen, state, step)
    return len(states) - 1


@settings(max_examples=40, deadline=None)
@given(raw_designs(max_servers=3) | component_designs(), raw_faults(), st.integers(1, 2**31 - 1))
def test_spin_random_runs_follow_the_concrete_semantics(raw: dict, faults: dict, seed: int) -> None:
    """Designs of contract v1 and v2, and of v3's components and `[[changes]]`, each change's batch count among the variables."""
    follow(build_platform(design_from_dict(raw), faults_from_dict(faults)), seed)


def test_spin_random_runs_of_the_2021_model_follow_the_concrete_semantics() -> None:
    """Half of the one-time choices break a claim's bug budget (the model then stops at once): several seeds."""
    design = load_design("models/orange_2021.toml")
    steps = [follow(build_platform(design, claim.faults), seed) for claim in design.claims for seed in range(1, 6)]
    assert max(steps) >= 10, "the simulations were too short to compare many steps"


def test_spin_random_runs_choose_latencies_in_the_claim_s_range() -> None:
    """A bug of latency 3 to 5 in the staged roll-out: SPIN picks each of them, and its runs follow the concrete semantics."""
    platform = build_platform(load_design("models/staged_rollout.toml"), Faults(bugs=1, min_latency=3, max_latency=5))
    chosen = set()
    for seed in range(1, 16):
        first = random_run(promela_model(platform), seed, STATEMENTS)[0]
        chosen.add(first["latency[0]"] if first.get("faulty[0]") else None)
        assert follow(platform, seed) >= 1
    assert chosen == {None, 3, 4, 5}
