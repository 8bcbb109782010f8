"""The fault kinds are declared once (`semantics.FAULT_KINDS`) and events are values with one parser and one printer.

Every reader iterates over the declaration, so the declaration must cover
what the design format has: a budget of `Faults` for every kind with one,
a `[risk]` figure for every basic kind, a move for every kind the adversary
makes at a step.
"""

from __future__ import annotations

from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st

from spec import semantics
from spec.design import Faults, Risk, budget_fields
from spec.events import Event
from spec.semantics import Moves, ServerMoves

NAMES = st.from_regex(r"[a-z0-9_-]{1,12}", fullmatch=True)


def test_every_budget_of_the_format_is_a_kind_s_and_every_kind_s_budget_is_in_the_format() -> None:
    declared = [kind.budget for kind in semantics.FAULT_KINDS if kind.budget is not None]
    assert sorted(declared) == sorted(budget_fields())


def test_every_basic_kind_has_its_figure_in_risk_and_no_other_kind_has_one() -> None:
    figures = {declared.metadata["event"] for declared in fields(Risk) if "event" in declared.metadata}
    assert figures == {kind.event for kind in semantics.FAULT_KINDS if kind.basic}


def test_every_kind_made_at_a_step_names_a_move_field_and_every_move_field_is_a_kind_s() -> None:
    server_moves = {kind.server_move for kind in semantics.FAULT_KINDS if kind.server_move is not None}
    moves = {kind.move for kind in semantics.FAULT_KINDS if kind.move is not None}
    assert server_moves == {declared.name for declared in fields(ServerMoves)} - {semantics.ROLL_OUT_MOVE}
    assert moves == {declared.name for declared in fields(Moves) if declared.name != "servers"}
    assert all(kind.frozen == (kind.server_move is None and kind.move is None) for kind in semantics.FAULT_KINDS)


def test_unlimited_lifts_every_budget_and_keeps_the_rest() -> None:
    faults = Faults(crashes=1, site_losses=2, bugs=1, bug_scope="codebase", trigger="message", max_latency=3, restarts=4, min_latency=2)
    unlimited = faults.unlimited()
    assert all(getattr(unlimited, name) is None for name in budget_fields())
    assert (unlimited.bug_scope, unlimited.trigger, unlimited.min_latency, unlimited.max_latency) == ("codebase", "message", 2, 3)


@given(st.sampled_from([kind.event for kind in semantics.FAULT_KINDS]), NAMES, st.none() | st.integers(1, 10_000))
def test_an_event_printed_is_parsed_back_to_itself(kind: str, name: str, count: int | None) -> None:
    event = Event(kind, name, count)
    assert Event.parse(str(event)) == event
    assert str(Event.parse(str(event))) == str(event)


def test_events_read_as_the_format_writes_them() -> None:
    assert Event.parse("crash:cs1") == Event("crash", "cs1")
    assert Event.parse("crash:pool*3") == Event("crash", "pool", 3)
    assert Event.parse("crash:pool*3").counted == Event("crash", "pool")
    assert Event.parse("input") == Event("input")
    assert str(Event("site", "lille")) == "site:lille"
