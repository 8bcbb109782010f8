"""Readers that need a rule of the semantics ask `spec/semantics.py` for it, and the rule there is what the step does.

Each test compares a reader's answer with the semantics' own, on random
designs (`strategies.py`) or by changing the rule in place: a rule restated
outside `semantics.py` and changed on one side only would fail here.
"""

from __future__ import annotations

from dataclasses import fields, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mutations import dumps
from promela_reading import PromelaReading, move_choices
from spec import semantics
from spec.analysis import cutsets
from spec.check import VIOLATED, check_claim
from spec.design import Claim, design_from_dict, faults_from_dict
from spec.encoding import events_used
from spec.ops import CONCRETE
from spec.platform import Platform, build_platform
from spec.promela import promela_model
from spec.semantics import Moves, ServerMoves
from spec.synthesis.blocks import Exactly, Shortfall, generalise
from spec.synthesis.candidates import Candidate, candidate_design
from spec.synthesis.catalogue import parse_catalogue
from spec.trace import concrete_initial_state
from strategies import raw_designs, raw_faults


# --- When a trigger sets a bug off everywhere at once (synthesis' blocks) ---------------


def _first_loops(platform: Platform, unit: int) -> list[int | None]:
    """Per server, the step at which it first loops in the run where `unit` alone is faulty, with the longest latency,
    and the adversary does nothing but bring the bad input at step 1 (where it is the trigger)."""
    faulty = tuple(index == unit for index in range(len(platform.units)))
    latency = tuple(platform.max_latency for _ in platform.units)
    state = concrete_initial_state(platform, faulty, latency)
    first: list[int | None] = [None] * len(platform.servers)
    idle = tuple(ServerMoves(crash=False, restart=False, apply=False) for _ in platform.servers)
    for step in range(1, platform.horizon + platform.max_latency + 3):
        moves = Moves(servers=idle, crash_backup=False, lose=(False,) * len(platform.sites), bad_input=step == 1 and platform.input_triggered)
        state = semantics.next_state(CONCRETE, platform, state, moves)
        for index, server in enumerate(state.servers):
            if server.looping and first[index] is None:
                first[index] = step
    return first


@settings(max_examples=200, deadline=None)
@given(raw_designs(), raw_faults())
def test_a_bug_is_set_off_together_exactly_where_the_semantics_says(raw: dict, faults: dict) -> None:
    """`set_off_together` against the step: where it holds, every server of a faulty unit first loops at one step;
    where it does not, a message or an absent change sets nothing off, and the change is staged: where its batches
    split a unit's servers, they are set off at different steps or not at all."""
    platform = build_platform(design_from_dict(raw), faults_from_dict(faults))
    together = semantics.set_off_together(platform)
    change = platform.design.change
    for unit in range(len(platform.units)):
        servers = [index for index, member in enumerate(platform.servers) if member.unit == unit]
        if not servers:
            continue
        first = _first_loops(platform, unit)
        steps = {first[index] for index in servers}
        batches = {platform.server_class(index).apply_step for index in servers}
        if together:
            assert len(steps) == 1 and None not in steps, (unit, first)
        elif platform.faults.trigger == "message" or change is None:
            assert steps == {None}, (unit, first)
        else:
            assert (platform.faults.trigger, change.strategy) == ("change", "staged"), "the bug reaches every server at once"
            assert len(steps) > 1 or len(batches) == 1, (unit, first)


def _input_catalogue() -> str:
    return dumps(
        {
            "name": "small",
            "service": {"demand": 1},
            "choices": {
                "sites": ["s1", "s2"],
                "max_servers": 2,
                "health_checks": ["liveness"],
                "strategy": "all_at_once",
                "codebases": [{"name": "c1", "server_cost": 1}],
            },
            "claims": [{"name": "a bad input", "expect": "holds", "faults": {"bugs": 1, "trigger": "input"}}],
        }
    )


def test_synthesis_generalises_a_counterexample_only_as_far_as_the_semantics_sets_bugs_off_together(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bad input's bug defeats every candidate of few enough servers outside its codebase; with the rule changed in
    the semantics to say the trigger does not reach every server at once, the same counterexample proves no more
    than the refuted candidate."""
    catalogue = parse_catalogue(_input_catalogue())
    candidate = Candidate(counts=((1,), (0,)), health_check="liveness")
    design = candidate_design(catalogue, candidate)
    refuted = check_claim(design, catalogue.claims[0])
    assert refuted.outcome == VIOLATED
    assert isinstance(generalise(catalogue, candidate, refuted), Shortfall)
    monkeypatch.setattr(semantics, "set_off_together", lambda platform: False)
    assert generalise(catalogue, candidate, refuted) == Exactly(candidate.counts, candidate.health_check)


# --- The fault budgets SPIN's choices keep to (the Promela export) -------------------------


def _with_move(moves: Moves[bool], variable: str) -> tuple[semantics.FaultKind, Moves[bool]]:
    """The kind of the Promela move variable `variable` (`move_crash[2]`, `move_bad_input`), and `moves` with it made."""
    name, _, index = variable.removeprefix("move_").rstrip("]").partition("[")
    if name in {declared.name for declared in fields(ServerMoves)}:
        servers = list(moves.servers)
        servers[int(index)] = replace(servers[int(index)], **{name: True})
        return next(kind for kind in semantics.FAULT_KINDS if kind.server_move == name), replace(moves, servers=tuple(servers))
    kind = next(kind for kind in semantics.FAULT_KINDS if kind.move == name)
    if index:
        flags = list(getattr(moves, name))
        flags[int(index)] = True
        return kind, replace(moves, **{name: tuple(flags)})
    return kind, replace(moves, **{name: True})


@settings(max_examples=150, deadline=None)
@given(st.data(), raw_designs(), raw_faults())
def test_spin_is_offered_a_move_exactly_when_it_changes_the_state_within_the_semantics_budget(
    data: st.DataObject, raw: dict, raw_fault: dict
) -> None:
    """In a state reached by random moves, each of the model's optional moves, taken or not in turn, is offered exactly
    when making it, on top of those taken before it in the step, changes the successor and keeps that kind within its
    budget (`FaultKind.within` on the concrete successor)."""
    platform = build_platform(design_from_dict(raw), faults_from_dict(raw_fault))
    model = promela_model(platform)
    reading = PromelaReading(model)
    faulty = tuple(data.draw(st.booleans()) for _ in platform.units)
    latency = tuple(data.draw(st.integers(0, platform.max_latency)) for _ in platform.units)
    for unit, (flag, value) in enumerate(zip(faulty, latency)):
        reading.set(f"faulty[{unit}]", flag)
        reading.set(f"latency[{unit}]", value)
    reading.run(reading.initial)
    if not semantics.valid_choice(CONCRETE, platform, faulty, latency):
        return
    state = concrete_initial_state(platform, faulty, latency)
    idle = Moves(
        servers=tuple(ServerMoves(crash=False, restart=False, apply=False) for _ in platform.servers),
        crash_backup=False,
        lose=(False,) * len(platform.sites),
        bad_input=False,
    )
    for _ in range(data.draw(st.integers(0, 4))):
        chosen = idle
        for guard, variable in move_choices(model):
            if reading.guard(guard) and data.draw(st.booleans()):
                reading.set(variable, True)
                chosen = _with_move(chosen, variable)[1]
        reading.run(reading.step)
        following = semantics.next_state(CONCRETE, platform, state, chosen)
        assert semantics.within_budget(CONCRETE, platform, following), "a move offered broke a budget"
        state = following
    chosen = idle
    without = semantics.next_state(CONCRETE, platform, state, chosen)
    for guard, variable in move_choices(model):
        kind, made = _with_move(chosen, variable)
        following = semantics.next_state(CONCRETE, platform, state, made)
        expected = following != without and kind.within(CONCRETE, platform, following)
        assert reading.guard(guard) == expected, variable
        if expected and data.draw(st.booleans()):
            reading.set(variable, True)
            chosen, without = made, following


# --- The budgets cut sets ignore (the cut-set report) ----------------------------------------


@settings(max_examples=150, deadline=None)
@given(raw_designs(), raw_faults())
def test_cut_sets_name_the_budget_of_every_kind_the_search_can_use_and_restarts_only_then(raw: dict, faults: dict) -> None:
    """The budgets a cut-set report gives are those of the kinds of event the search has on its platform
    (`encoding.events_used`, which reads `FaultKind.in_play`): a restart's only where the search has restarts."""
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    searched = cutsets.searched_platform(design_from_dict(raw), claim)
    shown = set(cutsets.budgets(searched, claim.faults))
    kinds = {semantics.fault_kind(event.kind) for event in events_used(searched)}
    assert {kind.budget for kind in kinds if kind.budget is not None} <= shown
    assert ("restarts" in shown) == (semantics.RESTART in kinds)
