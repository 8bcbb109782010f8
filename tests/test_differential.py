"""The concrete and symbolic interpretations of the one semantics agree.

On random small designs and random adversary choices, a run is simulated
concretely; at every step the Z3 transition system is asked for the state
that follows the concrete one under the same moves. The solver must find
exactly one such state, equal to the concrete one in every variable, and
must find none when the concrete step breaks the fault budget. State 0 and
the bad-state predicate are compared the same way. The Promela model that
`export` writes for SPIN is read the same way (tests/promela_reading.py
executes its statements), so the third interpretation is checked on every
run too; tests/test_promela_simulation.py has SPIN itself run it.
"""

from __future__ import annotations

from dataclasses import fields

import z3
from hypothesis import given
from hypothesis import strategies as st
from promela_reading import PromelaReading

from spec import semantics
from spec.design import design_from_dict, faults_from_dict
from spec.encoding import moves_valuation, transition_system, valuation
from spec.trace import concrete_initial_state
from spec.engine.system import Frame
from spec.ops import CONCRETE
from spec.platform import Platform, build_platform
from spec.semantics import Moves
from spec.promela import promela_model, state_values, state_variables
from strategies import moves, raw_designs, raw_faults


def _latencies(platform: Platform) -> st.SearchStrategy[int]:
    """A unit's latency: within the claim's range, or one step below it, which every reading must refuse."""
    return st.integers(max(0, platform.min_latency - 1), platform.max_latency)


def _equal(frame: Frame, valuation: dict) -> z3.BoolRef:
    return z3.And(*(frame[name] == value for name, value in valuation.items()))


def _only_solution(solver: z3.Solver, frame: Frame) -> dict:
    """The unique values of `frame` the solver allows (fails if none or several)."""
    assert solver.check() == z3.sat
    model = solver.model()
    values = {name: model.eval(constant, model_completion=True) for name, constant in frame.items()}
    solver.add(z3.Or(*(frame[name] != value for name, value in values.items())))
    assert solver.check() == z3.unsat, "the transition relation is not deterministic given the moves"
    return {name: z3.is_true(value) if z3.is_bool(value) else value.as_long() for name, value in values.items()}


@given(st.data(), raw_designs(), raw_faults(), st.booleans(), st.sampled_from(["servers", "counting"]))
def test_concrete_and_symbolic_steps_agree(
    data: st.DataObject, raw: dict, raw_fault: dict, pseudo_boolean: bool, encoding: str
) -> None:
    """In both encodings: per server, and counted per class (where the concrete state is counted to compare)."""
    platform = build_platform(design_from_dict(raw), faults_from_dict(raw_fault))
    system = transition_system(platform, pseudo_boolean, encoding)
    faulty = tuple(data.draw(st.booleans()) for _ in platform.units)
    latency = tuple(data.draw(_latencies(platform)) for _ in platform.units)
    state = concrete_initial_state(platform, faulty, latency)

    current = system.state_frame("x")
    solver = z3.Solver()
    solver.add(system.init(current))
    solver.add(*(current[f"faulty[{unit}]"] == flag for unit, flag in zip(platform.units, faulty)))
    solver.add(*(current[f"latency[{unit}]"] == value for unit, value in zip(platform.units, latency)))
    choice_allowed = semantics.valid_choice(CONCRETE, platform, faulty, latency)
    if not choice_allowed:
        assert solver.check() == z3.unsat
        return
    assert _only_solution(solver, current) == valuation(platform, state, encoding)

    for step in range(1, data.draw(st.integers(1, 7)) + 1):
        move = data.draw(moves(platform))
        following = semantics.next_state(CONCRETE, platform, state, move)
        inputs = system.input_frame("i")
        after = system.state_frame("y")
        solver = z3.Solver()
        solver.add(_equal(current, valuation(platform, state, encoding)))
        solver.add(_equal(inputs, _move_valuation(platform, state, move, inputs, encoding)))
        solver.add(system.trans(current, inputs, after))
        if not semantics.within_budget(CONCRETE, platform, following):
            assert solver.check() == z3.unsat, f"step {step}: the symbolic step allows a run over budget"
            return
        assert _only_solution(solver, after) == valuation(platform, following, encoding), f"step {step}"
        assert semantics.in_range(CONCRETE, platform, following), f"step {step}: a lemma of the proof methods is false"
        assert semantics.silent_without_restarts(CONCRETE, platform, following), f"step {step}: a lemma of the proofs is false"
        bad = z3.Solver()
        bad.add(_equal(current, valuation(platform, following, encoding)), system.bad(current))
        expected = semantics.service_failed(CONCRETE, platform, following)
        assert (bad.check() == z3.sat) == expected, f"step {step}: bad-state predicates disagree"
        state = following


def _move_valuation(platform: Platform, state: semantics.State, move: Moves[bool], inputs: Frame, encoding: str) -> dict:
    """The concrete moves, restricted to the inputs the transition system declares."""
    flat = moves_valuation(platform, state, move, encoding)
    return {name: flat[name] for name in inputs}


def test_a_counted_class_counts_the_members_making_each_move() -> None:
    """One of a counted pair crashes: the count of crashes from the start state is one, whichever member it is."""
    raw = {
        "name": "pair",
        "service": {"demand": 1},
        "versions": [{"name": "v0"}],
        "servers": [{"name": "s", "count": 2, "version": "v0", "capacity": 1}],
    }
    platform = build_platform(design_from_dict(raw), faults_from_dict({"crashes": 1}))
    state = concrete_initial_state(platform, (False,) * len(platform.units), (0,) * len(platform.units))
    for crashed in range(2):
        servers = tuple(semantics.ServerMoves(crash=index == crashed, restart=False, apply=False) for index in range(2))
        move = Moves(servers=servers, crash_backup=False, lose=(), bad_input=False)
        flat = moves_valuation(platform, state, move, "counting")
        counts = {name: value for name, value in flat.items() if name.startswith("crash[")}
        assert list(counts.values()) == [1], counts


@given(st.data(), raw_designs(), raw_faults())
def test_the_promela_reading_follows_the_concrete_semantics(data: st.DataObject, raw: dict, raw_fault: dict) -> None:
    """The exported model's two `d_step` blocks, executed statement by statement, give the concrete states."""
    platform = build_platform(design_from_dict(raw), faults_from_dict(raw_fault))
    reading = PromelaReading(promela_model(platform))
    names = state_variables(platform)
    faulty = tuple(data.draw(st.booleans()) for _ in platform.units)
    latency = tuple(data.draw(_latencies(platform)) for _ in platform.units)
    for unit, (flag, value) in enumerate(zip(faulty, latency)):
        reading.set(f"faulty[{unit}]", flag)
        reading.set(f"latency[{unit}]", value)
    reading.run(reading.initial)
    if not semantics.valid_choice(CONCRETE, platform, faulty, latency):
        assert not reading.get("allowed")
        return
    state = concrete_initial_state(platform, faulty, latency)
    for step in range(data.draw(st.integers(1, 7)) + 1):
        if step:
            move = data.draw(moves(platform))
            for index, server in enumerate(move.servers):
                for made in fields(server):
                    reading.set(f"move_{made.name}[{index}]", getattr(server, made.name))
            reading.set("move_crash_backup", move.crash_backup)
            for index, flag in enumerate(move.lose):
                reading.set(f"move_lose[{index}]", flag)
            reading.set("move_bad_input", move.bad_input)
            reading.run(reading.step)
            following = semantics.next_state(CONCRETE, platform, state, move)
            state = following if semantics.within_budget(CONCRETE, platform, following) else state
        promela = [int(reading.get(name)) for name in names]
        assert promela == [int(value) for value in state_values(state)], f"state {step}"
        assert bool(reading.get("service_failed")) == semantics.service_failed(CONCRETE, platform, state), f"state {step}"
