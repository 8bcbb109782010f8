"""From a platform to a transition system, and from a solver's path back to choices.

The transition system is the semantics interpreted on Z3 terms. Every field
of `spec.semantics.State` and `Moves` becomes named variables, with the sort
and indexing its declaration gives; the fleet of servers becomes variables
in one of two encodings:

- `servers`: one variable per field of `ServerState` per server
  (`crashed[cs1]`), and per field of `ServerMoves` per server (`crash[cs1]`);
- `counting`: per class of interchangeable servers and local state, the
  number of members in it (`count[lille-a-1*500:crashed=1,...]`), and per
  class, local state and non-idle move, how many members make it. Its cost
  does not grow with the number of servers in a class.

A counterexample comes back as valuations of those variables; `adversary_of`
keeps only the adversary's choices from it, per server (a counting path is
concretized: which members crash is settled by replaying it concretely), so
that the run can be replayed on the concrete interpretation instead of
being trusted.
"""

from __future__ import annotations

import functools
from dataclasses import fields
from typing import Any, Callable, Iterator, Sequence

import z3

from spec import semantics
from spec.errors import InternalError
from spec.events import Event
from spec.fleet import Counted, EachServer, Key, Listed, Tally, local_states
from spec.engine.system import Frame, TransitionSystem, Valuation, Variable
from spec.ops import CONCRETE, Ops, SymbolicOps
from spec.platform import Platform, ServerClass
from spec.semantics import Moves, ServerMoves, ServerState, State
from spec.trace import Adversary, concrete_initial_state

ENCODINGS = ("auto", "servers", "counting")
_SYMBOLIC = SymbolicOps(pseudo_boolean=True)  # for constants only: how sums are encoded does not matter there


def choose_encoding(platform: Platform, encoding: str) -> str:
    """`auto` counts whenever some class has more than one member; otherwise as asked."""
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {', '.join(ENCODINGS)}, not {encoding!r}")
    if encoding == "auto":
        return "counting" if platform.largest_class > 1 else "servers"
    return encoding


# --- Naming the variables -------------------------------------------------------


def _labels(platform: Platform, over: str | None) -> tuple[str, ...] | None:
    """The names a tuple field is indexed by; `None` for a scalar field."""
    if over is None:
        return None
    return {"units": platform.units, "sites": platform.sites}[over]


def _sort(declared: Any) -> str:
    return declared.metadata["sort"]


def _plain_variables(platform: Platform, record: type, present: Sequence[str]) -> list[Variable]:
    """The variables of the fields of `record` other than the fleet, named as `field[label]`."""
    variables = []
    for declared in fields(record):
        if declared.name not in present or _sort(declared) == "fleet":
            continue
        labels = _labels(platform, declared.metadata["over"])
        names = [declared.name] if labels is None else [f"{declared.name}[{label}]" for label in labels]
        variables.extend(Variable(name, _sort(declared)) for name in names)
    return variables


def _plain_values(platform: Platform, record: type, frame: dict[str, Any], absent: Any) -> dict[str, Any]:
    """The fields of `record` other than the fleet, read from a frame; missing fields get `absent`."""
    values = {}
    for declared in fields(record):
        if _sort(declared) == "fleet":
            continue
        labels = _labels(platform, declared.metadata["over"])
        if labels is None:
            values[declared.name] = frame.get(declared.name, absent)
        else:
            values[declared.name] = tuple(frame.get(f"{declared.name}[{label}]", absent) for label in labels)
    return values


def _plain_flat(platform: Platform, record: Any) -> dict[str, Any]:
    flat = {}
    for declared in fields(record):
        if _sort(declared) == "fleet":
            continue
        value = getattr(record, declared.name)
        labels = _labels(platform, declared.metadata["over"])
        if labels is None:
            flat[declared.name] = value
        else:
            flat.update({f"{declared.name}[{label}]": item for label, item in zip(labels, value, strict=True)})
    return flat


class _Members:
    """The records of some servers as variables `field[server]`: every server's, or the members of listed classes."""

    def __init__(self, platform: Platform, indices: Sequence[int]) -> None:
        self.platform = platform
        self.names = [platform.servers[index].name for index in indices]

    def _varying(self, record: type) -> list[Any]:
        """The fields of `record` that can take more than one value on this platform; the others are constants."""
        return [declared for declared in fields(record) if declared.name not in _fixed_fields(record, self.platform)]

    def variables(self, record: type) -> list[Variable]:
        return [Variable(f"{declared.name}[{name}]", _sort(declared)) for declared in self._varying(record) for name in self.names]

    def read(self, ops: Ops, record: type, frame: dict[str, Any], absent: Any) -> tuple[Any, ...]:
        """Per server, its record read from `frame` (`absent` where the frame has no value); fixed fields as constants."""
        fixed = {name: _constant(ops, value) for name, value in _fixed_fields(record, self.platform).items()}
        return tuple(
            record(**{d.name: fixed[d.name] if d.name in fixed else frame.get(f"{d.name}[{name}]", absent) for d in fields(record)})
            for name in self.names
        )

    def flat(self, record: type, records: Sequence[Any]) -> dict[str, Any]:
        """The servers' `records` (of type `record`) under their variables' names."""
        return {
            f"{declared.name}[{name}]": getattr(value, declared.name)
            for declared in self._varying(record)
            for name, value in zip(self.names, records, strict=True)
        }


class _PerServer:
    """The `servers` encoding: one variable per field of a server's record, per server."""

    name = "servers"

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.members = _Members(platform, range(len(platform.servers)))

    def variables(self, record: type) -> list[Variable]:
        return self.members.variables(record)

    def fleet(self, frame: dict[str, Any]) -> EachServer:
        return EachServer(self.platform, self.members.read(_SYMBOLIC, ServerState, frame, None))

    def moves(self, frame: dict[str, Any]) -> tuple[ServerMoves, ...]:
        return self.members.read(_SYMBOLIC, ServerMoves, frame, z3.BoolVal(False))

    def initial(self, ops: Ops) -> EachServer:
        return EachServer(self.platform, tuple(semantics.fresh_server(ops) for _ in self.platform.servers))

    def flat(self, fleet: EachServer) -> dict[str, Any]:
        return self.members.flat(ServerState, fleet.records)

    def lemmas(self, ops: Ops, fleet: EachServer) -> Any:
        return ops.bool_(True)

    def moves_possible(self, ops: Ops, fleet: EachServer, moves: Any) -> Any:
        return ops.bool_(True)

    def concrete_moves(self, frame: Valuation, state: State) -> tuple[ServerMoves[bool], ...]:
        return self.members.read(CONCRETE, ServerMoves, frame, False)

    def abstract(self, state: State) -> dict[str, Any]:
        return self.flat(state.servers)

    def abstract_moves(self, state: State, moves: Sequence[ServerMoves[bool]]) -> dict[str, bool]:
        return self.members.flat(ServerMoves, moves)


class _Counting:
    """The `counting` encoding: per class, the fields its members share, and how many members are in each local state.

    Which fields a class shares is proved of `semantics.step_server`
    (`_shared_fields`); the local state is the rest of the record, and
    only the local states a member can reach are counted
    (`_counted_local_states`). A class with fewer members than those
    local states is listed instead: its members get the per-server
    encoding's variables, and its cost is theirs.
    """

    name = "counting"

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        move_keys = [key for key in local_states(ServerMoves, platform) if any(key)]
        self.labels = [f"{platform.servers[kind.members[0]].name}*{kind.size}" for kind in platform.classes]
        self.fixed = _fixed_fields(ServerState, platform)
        self.shared = tuple(dict.fromkeys([*self.fixed, *_shared_fields(platform)]))
        self.varying_shared = [name for name in self.shared if name not in self.fixed]
        self.own = [declared for declared in fields(ServerState) if declared.name not in self.shared]
        fresh = semantics.fresh_server(CONCRETE)
        self.start = tuple(getattr(fresh, declared.name) for declared in self.own)
        self.start_common = {name: getattr(fresh, name) for name in self.shared}
        self.keys = _counted_local_states(platform, self.shared, self.start, move_keys)
        self.listed = [
            None if keys is not None else _Members(platform, kind.members)
            for kind, keys in zip(platform.classes, self.keys)
        ]

    def _tallies(self) -> Iterator[tuple[int, dict[Key, list[Key]]]]:
        """The counted classes, by index, with their local states."""
        return ((kind, keys) for kind, keys in enumerate(self.keys) if keys is not None)

    def _lists(self) -> Iterator[tuple[_Members, tuple[int, ...]]]:
        """The listed classes: their variables, and their members' indices into `Platform.servers`."""
        for kind, listed in zip(self.platform.classes, self.listed, strict=True):
            if listed is not None:
                yield listed, kind.members

    def _key_label(self, key: Key) -> str:
        return ",".join(f"{declared.name}={int(value)}" for declared, value in zip(self.own, key))

    def _count_name(self, kind: int, key: Key) -> str:
        return f"count[{self.labels[kind]}:{self._key_label(key)}]"

    def _shared_name(self, kind: int, name: str) -> str:
        return f"{name}[{self.labels[kind]}]"

    def _move_name(self, kind: int, key: Key, move: Key) -> str:
        made = "+".join(declared.name for declared, value in zip(fields(ServerMoves), move) if value)
        return f"{made}[{self.labels[kind]}:{self._key_label(key)}]"

    def variables(self, record: type) -> list[Variable]:
        variables = []
        for kind, keys in enumerate(self.keys):
            listed = self.listed[kind]
            if listed is not None:
                variables += listed.variables(record)
            elif record is ServerState:
                sorts = {declared.name: _sort(declared) for declared in fields(ServerState)}
                variables += [Variable(self._shared_name(kind, name), sorts[name]) for name in self.varying_shared]
                variables += [Variable(self._count_name(kind, key), "int") for key in keys]
            else:
                names = [self._move_name(kind, key, move) for key, moves in keys.items() for move in moves]
                variables += [Variable(name, "int") for name in names]
        return variables

    def fleet(self, frame: dict[str, Any]) -> Counted:
        classes: list[Tally | Listed] = []
        for kind, keys in enumerate(self.keys):
            listed = self.listed[kind]
            if listed is not None:
                classes.append(Listed(listed.read(_SYMBOLIC, ServerState, frame, None)))
            else:
                counts = {key: frame[self._count_name(kind, key)] for key in keys}
                classes.append(Tally(self._common(frame, kind), counts))
        return self._fleet(classes)

    def _fleet(self, classes: Sequence[Tally | Listed]) -> Counted:
        return Counted(self.platform, ServerState, ServerMoves, self.shared, tuple(classes))

    def _common(self, frame: dict[str, Any], kind: int) -> dict[str, Any]:
        """The shared fields of class `kind`: variables of `frame`, or constants for the fields fixed on this platform."""
        fixed = {name: _constant(_SYMBOLIC, value) for name, value in self.fixed.items()}
        return {name: fixed[name] if name in fixed else frame[self._shared_name(kind, name)] for name in self.shared}

    def moves(self, frame: dict[str, Any]) -> tuple[Any, ...]:
        """Per class: for a tally, per local state and move, how many members make it; listed, each member's moves."""
        return tuple(
            listed.read(_SYMBOLIC, ServerMoves, frame, z3.BoolVal(False))
            if listed is not None
            else {key: {move: frame[self._move_name(kind, key, move)] for move in moves} for key, moves in keys.items()}
            for kind, (keys, listed) in enumerate(zip(self.keys, self.listed, strict=True))
        )

    def initial(self, ops: Ops) -> Counted:
        common = {name: _constant(ops, value) for name, value in self.start_common.items()}
        classes: list[Tally | Listed] = []
        for kind, keys in zip(self.platform.classes, self.keys, strict=True):
            if keys is None:
                classes.append(Listed(tuple(semantics.fresh_server(ops) for _ in kind.members)))
            else:
                counts = {key: ops.int_(kind.size if key == self.start else 0) for key in keys}
                classes.append(Tally(dict(common), counts))
        return self._fleet(classes)

    def flat(self, fleet: Counted) -> dict[str, Any]:
        flat = {}
        for kind, held in enumerate(fleet.classes):
            listed = self.listed[kind]
            if listed is not None:
                flat.update(listed.flat(ServerState, held.records))
            else:
                flat.update({self._shared_name(kind, name): held.common[name] for name in self.varying_shared})
                flat.update({self._count_name(kind, key): count for key, count in held.counts.items()})
        return flat

    def lemmas(self, ops: Ops, fleet: Counted) -> Any:
        return fleet.members_in_range(ops)

    def moves_possible(self, ops: Ops, fleet: Counted, moves: Sequence[Any]) -> Any:
        """No negative number of members moves, and no more members move out of a local state than are in it."""
        parts = []
        for held, chosen in zip(fleet.classes, moves, strict=True):
            if isinstance(held, Tally):
                for key, count in held.counts.items():
                    amounts = list(chosen[key].values())
                    parts += [ops.le(ops.int_(0), amount) for amount in amounts]
                    parts.append(ops.le(ops.sum_(amounts), count))
        return ops.and_(*parts)

    def _own_key(self, record: ServerState) -> Key:
        return tuple(getattr(record, declared.name) for declared in self.own)

    def _waiting(self, state: State) -> dict[int, dict[Key, list[int]]]:
        """Per counted class, the members of a concrete state in each local state, in declaration order."""
        per_class = {}
        for kind, _ in self._tallies():
            waiting: dict[Key, list[int]] = {}
            for index in self.platform.classes[kind].members:
                waiting.setdefault(self._own_key(state.servers[index]), []).append(index)
            per_class[kind] = waiting
        return per_class

    def abstract(self, state: State) -> dict[str, Any]:
        """A concrete state (a record per server) under this encoding's variables: per class, the shared fields and counts.

        Raises `InternalError` if members of a class disagree on a shared
        field, which the proof of `_shared_fields` rules out.
        """
        values: dict[str, Any] = {}
        for listed, members in self._lists():
            values.update(listed.flat(ServerState, [state.servers[index] for index in members]))
        for kind, waiting in self._waiting(state).items():
            server_class = self.platform.classes[kind]
            for name in self.varying_shared:
                seen = {getattr(state.servers[index], name) for index in server_class.members}
                if len(seen) != 1:
                    raise InternalError(f"members of class {self.labels[kind]} disagree on the shared field {name}")
                values[self._shared_name(kind, name)] = seen.pop()
            for key in self.keys[kind]:
                values[self._count_name(kind, key)] = len(waiting.get(key, []))
            if any(key not in self.keys[kind] for key in waiting):
                raise InternalError(f"a member of class {self.labels[kind]} is in a local state the encoding does not count")
        return values

    def abstract_moves(self, state: State, moves: Sequence[ServerMoves[bool]]) -> dict[str, Any]:
        """Per-server moves from a concrete state: per counted class and local state, how many make each move."""
        values: dict[str, Any] = {}
        for listed, members in self._lists():
            values.update(listed.flat(ServerMoves, [moves[index] for index in members]))
        for kind, waiting in self._waiting(state).items():
            for key, changing in self.keys[kind].items():
                made = [tuple(getattr(moves[index], d.name) for d in fields(ServerMoves)) for index in waiting.get(key, [])]
                for move in changing:
                    values[self._move_name(kind, key, move)] = made.count(move)
        return values

    def concrete_moves(self, frame: Valuation, state: State) -> tuple[ServerMoves[bool], ...]:
        """Per server, its moves: of a counted class's members in a local state, the first in declaration order move."""
        chosen: dict[int, ServerMoves[bool]] = {}
        for listed, members in self._lists():
            chosen.update(zip(members, listed.read(CONCRETE, ServerMoves, frame, False)))
        for kind, waiting in self._waiting(state).items():
            for key, members in waiting.items():
                for move in self.keys[kind][key]:
                    amount = frame.get(self._move_name(kind, key, move), 0)
                    if amount > len(members):
                        raise InternalError(f"a counting counterexample moves {amount} members of a local state of {len(members)}")
                    for index in members[:amount]:
                        chosen[index] = ServerMoves(*move)
                    members[:amount] = []
        idle = ServerMoves(*(False for _ in fields(ServerMoves)))
        return tuple(chosen.get(index, idle) for index in range(len(self.platform.servers)))


def _free_context(platform: Platform) -> tuple[State, z3.BoolRef, list[z3.BoolRef]]:
    """The rest of a state as free variables, a free roll-out gate, and the declared bounds of those variables.

    That is any context a server's step can meet. Whether a server hears a
    linked server is left free per server too, by the callers.
    """
    names = [declared.name for declared in fields(State)]
    free = {variable.name: variable.constant("context") for variable in _plain_variables(platform, State, names)}
    context = State(servers=None, **_plain_values(platform, State, free, None))
    return context, z3.Bool("gate@context"), semantics.within_bounds(_SYMBOLIC, platform, context)


def _free_record(record: type, platform: Platform, label: str, fixed: dict[str, Any] | None = None) -> Any:
    """A record of free variables, and the declared bounds of its integers.

    Fields in `fixed` take the values given, and so do the fields whose
    domain has one value on this platform (`_fixed_fields`).
    """
    ops = SymbolicOps(pseudo_boolean=True)
    fixed = {**{name: _constant(ops, value) for name, value in _fixed_fields(record, platform).items()}, **(fixed or {})}
    values, bounds = {}, []
    for declared in fields(record):
        if declared.name in fixed:
            values[declared.name] = fixed[declared.name]
            continue
        value = Variable(f"{declared.name}#{label}", _sort(declared)).constant("context")
        values[declared.name] = value
        if _sort(declared) == "int":
            low, high = declared.metadata["bounds"](platform)
            bounds += [low <= value, value <= high]
    return record(**values), bounds


def _signature(kind: Any) -> tuple:
    """What tells classes apart for `step_server` in a free context.

    A class's unit and site only choose which free context variables its
    step reads, so they are left out: classes that differ only there share
    one search. Everything else a class carries is kept.
    """
    return (kind.site is None, kind.capacity, kind.apply_step, kind.first_batch)


def _signatures(platform: Platform) -> dict[tuple, list[ServerClass]]:
    """The classes of each signature, in platform order."""
    found: dict[tuple, list[ServerClass]] = {}
    for kind in platform.classes:
        found.setdefault(_signature(kind), []).append(kind)
    return found


def _shared_fields(platform: Platform) -> tuple[str, ...]:
    """The fields of `ServerState` every member of a class has in common in every run, proved of the step.

    All members start as `semantics.fresh_server`. A set of fields stays
    common when, for any context, two members that agree on those fields
    (and differ in anything else, and make any moves) agree on them again
    after `semantics.step_server`. The largest such set is found by
    dropping the fields the solver shows can differ, until none can.
    """
    ops = SymbolicOps(pseudo_boolean=True)
    context, gate, context_bounds = _free_context(platform)
    sorts = {declared.name: _sort(declared) for declared in fields(ServerState)}
    shared = list(sorts)
    changed = True
    while changed:
        changed = False
        common = {name: Variable(f"{name}#common", sorts[name]).constant("context") for name in shared}
        for kind, *_ in _signatures(platform).values():
            first, first_bounds = _free_record(ServerState, platform, "first", common)
            second, second_bounds = _free_record(ServerState, platform, "second", common)
            moves = [_free_record(ServerMoves, platform, label)[0] for label in ("first-move", "second-move")]
            heard = [z3.Bool(f"heard#{label}@context") for label in ("first", "second")]
            one = semantics.step_server(ops, platform, context, gate, kind, first, moves[0], heard[0])
            other = semantics.step_server(ops, platform, context, gate, kind, second, moves[1], heard[1])
            for name in list(shared):
                solver = z3.Solver()
                solver.add(*context_bounds, *first_bounds, *second_bounds, getattr(one, name) != getattr(other, name))
                if solver.check() != z3.unsat:
                    shared.remove(name)
                    changed = True
            if changed:
                break
    return tuple(shared)


def _counted_local_states(
    platform: Platform, shared: Sequence[str], start: Key, moves: Sequence[Key]
) -> list[dict[Key, list[Key]] | None]:
    """Per class, if it is counted, the local states a member can ever be in, `start` first, each with its moves.

    `None` for a class that is not counted. The moves of a local state are
    those of `moves` that change a member's local state there in some
    context: a move that never does (restarting a server already
    restarted, crashing one already crashed) is the idle move, and a
    count of members making it would only be one more variable. On AT&T's
    three regions, 18 of the 27 restart counts were such; without them
    cvc5 re-checked the certificate's step in 0.5 s instead of 0.7 s.

    A class is counted when it has at least as many members as local
    states. Counted, it costs a counter per local state (and per local
    state and move); listed, a record per member. With fewer members than
    local states the counters are the larger and the harder for the
    solver: each is a sum over every local state and move it can be reached
    from. A pool of two linked servers with restarts and message-set-off
    bugs has 60 local states: counted, its bounded search did not end in
    100 s; listed, the claim is proved in half a second.

    A local state is kept when some step of `semantics.step_server` leads
    into it from a kept one, by any move, in any context and whatever the
    shared fields: those are left free, so the set can only be too large,
    never too small. Counting members in the other local states would add
    variables that are zero in every run. The search stops once a class
    has more local states than members.
    """
    ops = SymbolicOps(pseudo_boolean=True)
    context, gate, context_bounds = _free_context(platform)
    own = [declared.name for declared in fields(ServerState) if declared.name not in shared]
    record, record_bounds = _free_record(ServerState, platform, "local")
    move, _ = _free_record(ServerMoves, platform, "local-move")
    found: dict[tuple, dict[Key, list[Key]] | None] = {}
    for signature, kinds in _signatures(platform).items():
        heard = z3.Bool("heard@context")
        following = semantics.step_server(ops, platform, context, gate, kinds[0], record, move, heard)
        idle = semantics.step_server(ops, platform, context, gate, kinds[0], record, None, heard)
        before, after = [getattr(record, name) for name in own], [getattr(following, name) for name in own]
        assumptions = [*context_bounds, *record_bounds]
        keys = _closure(before, after, start, assumptions, max(kind.size for kind in kinds))
        changed = z3.Or(*(value != getattr(idle, name) for value, name in zip(after, own)))
        made = [getattr(move, declared.name) for declared in fields(ServerMoves)]
        found[signature] = None if keys is None else _changing_moves(before, made, changed, keys, moves, assumptions)
    return [_if_counted(kind, found[_signature(kind)]) for kind in platform.classes]


def _if_counted(kind: ServerClass, keys: dict[Key, list[Key]] | None) -> dict[Key, list[Key]] | None:
    return keys if keys is not None and kind.size >= len(keys) else None


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
        key: [move for move in moves if solver.check(*_valued(before, key), *_valued(made, move)) == z3.sat]
        for key in keys
    }


def _closure(
    before: Sequence[Any], after: Sequence[Any], start: Key, assumptions: Sequence[z3.BoolRef], most: int
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
        solver.add(*_valued(before, key))
        while solver.check() == z3.sat:
            model = solver.model()
            target = tuple(_python(model.eval(value, model_completion=True)) for value in after)
            solver.add(z3.Or(*(value != _constant(_SYMBOLIC, known) for value, known in zip(after, target))))
            if target not in reached:
                reached.append(target)
                frontier.append(target)
            if len(reached) > most:
                return None
        solver.pop()
    return [start, *sorted(reached[1:])]


def _valued(terms: Sequence[Any], key: Key) -> list[z3.BoolRef]:
    """Each of `terms` equal to its value in `key`."""
    return [term == _constant(_SYMBOLIC, known) for term, known in zip(terms, key)]


def _fixed_fields(record: type, platform: Platform) -> dict[str, Any]:
    """The fields of a server record whose declared domain has one value on this platform, with that value."""
    fixed = {}
    for declared in fields(record):
        domain = tuple(declared.metadata["domain"](platform))
        if len(domain) == 1:
            fixed[declared.name] = domain[0]
    return fixed


def _constant(ops: Ops, value: Any) -> Any:
    return ops.bool_(value) if isinstance(value, bool) else ops.int_(value)


def _python(value: z3.ExprRef) -> bool | int:
    return z3.is_true(value) if z3.is_bool(value) else value.as_long()


@functools.lru_cache(maxsize=16)
def layout(platform: Platform, encoding: str = "servers") -> _PerServer | _Counting:
    """The fleet's variables in the chosen encoding (`auto` resolved by `choose_encoding`).

    Cached: a claim's check builds the transition system and reads its
    counterexample back through the same layout, whose local states cost
    solver calls to find.
    """
    return _Counting(platform) if choose_encoding(platform, encoding) == "counting" else _PerServer(platform)


def _move_fields(platform: Platform) -> tuple[str, ...]:
    """The inputs the adversary really has under this claim: the move fields whose domain is not false alone."""
    return tuple(
        declared.name for declared in fields(Moves) if _sort(declared) == "fleet" or semantics.move_possible(platform, Moves, declared.name)
    )


def transition_system(
    platform: Platform, pseudo_boolean: bool = True, encoding: str = "servers", for_proofs: bool = False
) -> TransitionSystem:
    """The semantics of `platform` as a transition system over Z3 variables, in the chosen encoding.

    A system `for_proofs` carries, besides the ranges of `semantics.in_range`
    that every method takes as lemmas, the facts only proofs are helped by
    (`semantics.silent_without_restarts`).
    """
    ops = SymbolicOps(pseudo_boolean)
    servers = layout(platform, encoding)
    state_fields = tuple(declared.name for declared in fields(State))

    def as_state(frame: Frame) -> State:
        return State(servers=servers.fleet(frame), **_plain_values(platform, State, frame, None))

    def flat(state: State) -> dict[str, Any]:
        return {**_plain_flat(platform, state), **servers.flat(state.servers)}

    def equal(frame: Frame, state: State) -> z3.BoolRef:
        return z3.And(*(frame[name] == value for name, value in flat(state).items()))

    def init(frame: Frame) -> z3.BoolRef:
        current = as_state(frame)
        return z3.And(
            semantics.valid_choice(ops, platform, current.faulty, current.latency),
            equal(frame, semantics.initial_state(ops, platform, current.faulty, current.latency, servers.initial(ops))),
        )

    def successor(frame: Frame, inputs: Frame) -> tuple[Frame, z3.BoolRef]:
        current = as_state(frame)
        moves = Moves(servers=servers.moves(inputs), **_plain_values(platform, Moves, inputs, z3.BoolVal(False)))
        after = semantics.next_state(ops, platform, current, moves)
        allowed = z3.And(servers.moves_possible(ops, current.servers, moves.servers), semantics.within_budget(ops, platform, after))
        return flat(after), allowed

    def bad(frame: Frame) -> z3.BoolRef:
        return semantics.service_failed(ops, platform, as_state(frame))

    def lemmas(frame: Frame) -> z3.BoolRef:
        current = as_state(frame)
        proofs_only = [semantics.silent_without_restarts(ops, platform, current)] if for_proofs else []
        return z3.And(servers.lemmas(ops, current.servers), semantics.in_range(ops, platform, current), *proofs_only)

    def faults(frame: Frame) -> list[z3.ArithRef]:
        return semantics.faults_used(ops, platform, as_state(frame))

    return TransitionSystem(
        state=(*_plain_variables(platform, State, state_fields), *servers.variables(ServerState)),
        inputs=(*_plain_variables(platform, Moves, _move_fields(platform)), *servers.variables(ServerMoves)),
        init=init,
        successor=successor,
        bad=bad,
        lemmas=lemmas,
        faults=faults,
    )


def events_used(platform: Platform, ops: Ops = _SYMBOLIC) -> dict[Event, Callable[[Frame], Any]]:
    """Each basic fault event (`crash:cs1`, `restart:sw-1`, `site:lille`, `bug:v1`) and whether a state of the
    `servers` encoding records it, kind by kind as `semantics.FAULT_KINDS` declares them.

    The state is a frame of Z3 variables, or with `ops` `CONCRETE` a valuation (`valuation`).
    """
    used: dict[Event, Callable[[Frame], Any]] = {}
    for kind in semantics.FAULT_KINDS:
        if not kind.basic or not kind.in_play(platform):
            continue
        if kind.on_server is not None:
            for index, member in enumerate(platform.servers):
                used[Event(kind.event, member.name)] = functools.partial(_recorded_by_server, ops, platform, kind, index)
        for position, name in enumerate(kind.off_names(platform)):
            used[Event(kind.event, name)] = functools.partial(_recorded_off_servers, ops, platform, kind, position)
    return used


def _recorded_by_server(ops: Ops, platform: Platform, kind: semantics.FaultKind, index: int, frame: Frame) -> Any:
    """Whether server `index`'s record in `frame` records its event of `kind`."""
    assert kind.on_server is not None
    (record,) = _Members(platform, [index]).read(ops, ServerState, frame, None)
    return kind.on_server(ops)(platform.server_class(index), record)


def _recorded_off_servers(ops: Ops, platform: Platform, kind: semantics.FaultKind, position: int, frame: Frame) -> Any:
    """Whether `frame` records the event of `kind` at `position` among those off the servers (the fleet is not read)."""
    state = State(servers=None, **_plain_values(platform, State, frame, None))
    return kind.off_servers(ops, platform, state)[position]


Permutation = Callable[[str], Sequence[int]]
"""For `servers`, `sites` or `units`, the index of the image of each (a server's, a site's, a unit's)."""


def event_images(platform: Platform, permutation: Permutation, events: list[Event]) -> dict[Event, Event]:
    """The image of each basic event, as `events_used` names them, under a permutation of the platform.

    A server's event is the image server's, a site's or a unit's the image's
    (`Platform.sites`, `.units`: what `FaultKind.off_names` lists); the backup is its own image.
    """
    servers = {member.name: index for index, member in enumerate(platform.servers)}
    images = {}
    for event in events:
        name = event.name
        over = semantics.fault_kind(event.kind).over
        if name in servers:
            name = platform.servers[permutation("servers")[servers[name]]].name
        elif over is not None:
            labels = _labels(platform, over) or ()
            name = labels[permutation(over)[labels.index(name)]]
        images[event] = Event(event.kind, name, event.count)
    return images


def variable_images(platform: Platform, permutation: Permutation, names: list[str]) -> dict[str, str]:
    """The image of each variable of the `servers` encoding (`crashed[cs1]`, `lost[lille]`) under a permutation.

    What a name is indexed by is read from the declarations: a field of a
    server's record by servers, a field of `State` or `Moves` by what it is
    declared `over`. A name that is none of those is its own image.
    """
    over = {declared.name: declared.metadata["over"] for record in (State, Moves) for declared in fields(record)}
    over.update({declared.name: "servers" for record in (ServerState, ServerMoves) for declared in fields(record)})
    servers = tuple(member.name for member in platform.servers)
    labels = {"servers": servers, "sites": platform.sites, "units": platform.units}
    images = {}
    for name in names:
        field, _, label = name.partition("[")
        indexed = labels.get(over.get(field) or "", ())
        label = label.removesuffix("]")
        if label in indexed:
            label = indexed[permutation(over[field])[indexed.index(label)]]
        images[name] = f"{field}[{label}]" if label else name
    return images


def adversary_of(
    platform: Platform, first_state: Valuation, inputs: Sequence[Valuation], encoding: str = "servers"
) -> Adversary:
    """The adversary's choices in a solver's path, per server, read from its state 0 and its inputs.

    In the counting encoding the path says how many members of a class move,
    not which: the run is followed concretely, and the first members in
    declaration order of the local state named make the move.
    """
    servers = layout(platform, encoding)
    first = _plain_values(platform, State, first_state, None)
    faulty = tuple(unit for unit, chosen in zip(platform.units, first["faulty"], strict=True) if chosen)
    latency = {unit: first["latency"][platform.units.index(unit)] for unit in faulty}
    adversary = Adversary(faulty=faulty, latency=latency, moves=())
    state = concrete_initial_state(platform, *adversary.choice(platform))
    moves = []
    for step in inputs:
        move = Moves(servers=servers.concrete_moves(step, state), **_plain_values(platform, Moves, step, False))
        moves.append(move)
        state = semantics.next_state(CONCRETE, platform, state, move)
    return Adversary(faulty=faulty, latency=latency, moves=tuple(moves))


def valuation(platform: Platform, state: State, encoding: str = "servers") -> dict[str, Any]:
    """A concrete state (a record per server) under the chosen encoding's variable names."""
    return {**_plain_flat(platform, state), **layout(platform, encoding).abstract(state)}


def moves_valuation(platform: Platform, state: State, moves: Moves, encoding: str = "servers") -> dict[str, Any]:
    """Concrete moves (per server) made from `state`, under the chosen encoding's input names."""
    return {**_plain_flat(platform, moves), **layout(platform, encoding).abstract_moves(state, moves.servers)}
