"""What the solver proves of one server's step, to lay out the counting encoding.

Which fields the members of a class share in every run, and which local
states (valuations of the rest) a member can reach: both are asked of
`spec.semantics.step_server` in a free context, so they hold for any run.
"""

from __future__ import annotations

import math
from dataclasses import fields
from typing import Any, Sequence

import z3

from spec import semantics
from spec.encoding.naming import SYMBOLIC, constant, fixed_fields, plain_values, plain_variables, sort_of
from spec.engine.system import Variable
from spec.fleet import Key
from spec.ops import SymbolicOps
from spec.platform import Platform, ServerClass
from spec.semantics import ServerMoves, ServerState, State


def free_context(platform: Platform) -> tuple[State, z3.BoolRef, list[z3.BoolRef]]:
    """The rest of a state as free variables, a free roll-out gate, and the declared bounds of those variables.

    That is any context a server's step can meet. Whether a server hears a
    linked server is left free per server too, by the callers.
    """
    names = [declared.name for declared in fields(State)]
    free = {variable.name: variable.constant("context") for variable in plain_variables(platform, State, names)}
    context = State(servers=None, **plain_values(platform, State, free, None))
    return context, z3.Bool("gate@context"), semantics.within_bounds(SYMBOLIC, platform, context)


def free_record(record: type, platform: Platform, label: str, fixed: dict[str, Any] | None = None) -> Any:
    """A record of free variables, and the declared bounds of its integers.

    Fields in `fixed` take the values given, and so do the fields whose
    domain has one value on this platform (`fixed_fields`).
    """
    ops = SymbolicOps(pseudo_boolean=True)
    fixed = {**{name: constant(ops, value) for name, value in fixed_fields(record, platform).items()}, **(fixed or {})}
    values, bounds = {}, []
    for declared in fields(record):
        if declared.name in fixed:
            values[declared.name] = fixed[declared.name]
            continue
        value = Variable(f"{declared.name}#{label}", sort_of(declared)).constant("context")
        values[declared.name] = value
        if sort_of(declared) == "int":
            low, high = declared.metadata["bounds"](platform)
            bounds += [low <= value, value <= high]
    return record(**values), bounds


def step_signature(server_class: Any) -> tuple:
    """What tells classes apart for `step_server` in a free context.

    A class's unit and site only choose which free context variables its
    step reads, so they are left out: classes that differ only there share
    one search. Everything else a class carries is kept.
    """
    return (server_class.site is None, server_class.capacity, server_class.apply_step, server_class.first_batch, server_class.batches)


def classes_by_signature(platform: Platform) -> dict[tuple, list[ServerClass]]:
    """The classes of each signature, in platform order."""
    found: dict[tuple, list[ServerClass]] = {}
    for server_class in platform.classes:
        found.setdefault(step_signature(server_class), []).append(server_class)
    return found


def shared_fields(platform: Platform) -> tuple[str, ...]:
    """The fields of `ServerState` every member of a class has in common in every run, proved of the step.

    All members start as `semantics.fresh_server`. A set of fields stays
    common when, for any context, two members that agree on those fields
    (and differ in anything else, and make any moves) agree on them again
    after `semantics.step_server`. The largest such set is found by
    dropping the fields the solver shows can differ, until none can.
    """
    ops = SymbolicOps(pseudo_boolean=True)
    context, gate, context_bounds = free_context(platform)
    sorts = {declared.name: sort_of(declared) for declared in fields(ServerState)}
    shared = list(sorts)
    changed = True
    while changed:
        changed = False
        common = {name: Variable(f"{name}#common", sorts[name]).constant("context") for name in shared}
        for server_class, *_ in classes_by_signature(platform).values():
            first, first_bounds = free_record(ServerState, platform, "first", common)
            second, second_bounds = free_record(ServerState, platform, "second", common)
            moves = [free_record(ServerMoves, platform, label)[0] for label in ("first-move", "second-move")]
            heard = [z3.Bool(f"heard#{label}@context") for label in ("first", "second")]
            one = semantics.step_server(ops, platform, context, gate, server_class, first, moves[0], heard[0])
            other = semantics.step_server(ops, platform, context, gate, server_class, second, moves[1], heard[1])
            solver = z3.Solver()
            solver.add(*context_bounds, *first_bounds, *second_bounds)
            for name in list(shared):
                if solver.check(getattr(one, name) != getattr(other, name)) != z3.unsat:
                    shared.remove(name)
                    changed = True
            if changed:
                break
    return tuple(shared)


def counted_local_states(
    platform: Platform, shared: Sequence[str], start: Key, moves: Sequence[Key]
) -> list[dict[Key, list[Key]] | None]:
    """Per class, if it is counted, the local states a member can ever be in, `start` first, each with its moves.

    `None` for a class that is not counted. The moves of a local state are
    those of `moves` that change a member's local state there in some
    context: a move that never does (restarting a server already
    restarted, crashing one already crashed) is the idle move, and a
    count of members making it would only be one more variable, which
    slows the certificate's re-check.

    A class is counted when it has at least as many members as local
    states. Counted, it costs a counter per local state (and per local
    state and move); listed, a record per member. With fewer members than
    local states the counters are the larger and the harder for the
    solver: each is a sum over every local state and move it can be reached
    from (a pool of two linked servers with restarts and message-set-off
    bugs has 60 local states: counted, it is out of reach; listed, easy).

    A local state is kept when some step of `semantics.step_server` leads
    into it from a kept one, by any move, in any context and whatever the
    shared fields: those are left free, so the set can only be too large,
    never too small. Counting members in the other local states would add
    variables that are zero in every run. The search stops once a class
    has more local states than members.
    """
    ops = SymbolicOps(pseudo_boolean=True)
    context, gate, context_bounds = free_context(platform)
    own = [declared.name for declared in fields(ServerState) if declared.name not in shared]
    record, record_bounds = free_record(ServerState, platform, "local")
    move, _ = free_record(ServerMoves, platform, "local-move")
    found: dict[tuple, dict[Key, list[Key]] | None] = {}
    for signature, alike in classes_by_signature(platform).items():
        heard = z3.Bool("heard@context")
        following = semantics.step_server(ops, platform, context, gate, alike[0], record, move, heard)
        idle = semantics.step_server(ops, platform, context, gate, alike[0], record, None, heard)
        before, after = [getattr(record, name) for name in own], [getattr(following, name) for name in own]
        assumptions = [*context_bounds, *record_bounds]
        keys = closure(before, after, start, assumptions, max(_most_members(platform, server_class) for server_class in alike))
        changed = z3.Or(*(value != getattr(idle, name) for value, name in zip(after, own)))
        made = [getattr(move, declared.name) for declared in fields(ServerMoves)]
        found[signature] = None if keys is None else _changing_moves(before, made, changed, keys, moves, assumptions)
    return [_if_counted(platform, server_class, found[step_signature(server_class)]) for server_class in platform.classes]


def _most_members(platform: Platform, server_class: ServerClass) -> int | float:
    """The most members `server_class` may have: its size, or no bound for a class of any size in a range."""
    free = platform.free_size(platform.servers[server_class.members[0]].class_index)
    return server_class.size if free is None else math.inf


def _if_counted(platform: Platform, server_class: ServerClass, keys: dict[Key, list[Key]] | None) -> dict[Key, list[Key]] | None:
    """The local states, if the class is counted: it has as many members as local states, or it is of any size (free)."""
    return keys if keys is not None and _most_members(platform, server_class) >= len(keys) else None


def _changing_moves(
    before: Sequence[Any],
    made: Sequence[Any],
    changed: z3.BoolRef,
    keys: Sequence[Key],
    moves: Sequence[Key],
    assumptions: Sequence[z3.BoolRef],
) -> dict[Key, list[Key]]:
    """Per valuation of `before` in `keys`, the valuations of `made` in `moves` under which `changed` can hold."""
    solver = z3.Solver()
    solver.add(*assumptions, changed)
    return {
        key: [move for move in moves if solver.check(*valued(before, key), *valued(made, move)) == z3.sat]
        for key in keys
    }


def closure(
    before: Sequence[Any], after: Sequence[Any], start: Key, assumptions: Sequence[z3.BoolRef], most: float
) -> list[Key] | None:
    """The valuations of `before` reachable from `start` through `after`, if `most` at most; else `None`.

    `before` and `after` are the same fields before and after a step; one
    solver holds the step under `assumptions`, and each valuation reached is
    asked in turn for every valuation it leads to, as the solver's models.
    They come `start` first and the others sorted: the order the models
    came in follows the solver's whims (the order its terms were made in),
    and the encoding laid out from these valuations must not.
    """
    reached, frontier = [start], [start]
    solver = z3.Solver()
    solver.add(*assumptions)
    while frontier:
        key = frontier.pop()
        solver.push()
        solver.add(*valued(before, key))
        while solver.check() == z3.sat:
            model = solver.model()
            target = tuple(python_value(model.eval(value, model_completion=True)) for value in after)
            solver.add(z3.Or(*(value != constant(SYMBOLIC, known) for value, known in zip(after, target))))
            if target not in reached:
                reached.append(target)
                frontier.append(target)
            if len(reached) > most:
                return None
        solver.pop()
    return [start, *sorted(reached[1:])]


def valued(terms: Sequence[Any], key: Key) -> list[z3.BoolRef]:
    """Each of `terms` equal to its value in `key`."""
    return [term == constant(SYMBOLIC, known) for term, known in zip(terms, key)]


def python_value(value: z3.ExprRef) -> bool | int:
    return z3.is_true(value) if z3.is_bool(value) else value.as_long()
