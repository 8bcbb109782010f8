"""The two layouts of the fleet's variables: one record per server, or members counted per class and local state."""

from __future__ import annotations

import functools
from dataclasses import fields
from typing import Any, Iterator, Sequence

import z3

from spec import semantics
from spec.encoding.local_states import counted_local_states, shared_fields
from spec.encoding.naming import SYMBOLIC, Members, constant, fixed_fields, sort_of
from spec.engine.system import Valuation, Variable
from spec.errors import InternalError
from spec.fleet import Counted, EachServer, Key, Listed, Tally, local_states
from spec.ops import CONCRETE, Ops
from spec.platform import Platform, ServerClass
from spec.semantics import ServerMoves, ServerState, State


ENCODINGS = ("auto", "servers", "counting")


def choose_encoding(platform: Platform, encoding: str) -> str:
    """`auto` counts whenever some class has more than one member or a size in a range; otherwise as asked."""
    if encoding not in ENCODINGS:
        raise ValueError(f"encoding must be one of {', '.join(ENCODINGS)}, not {encoding!r}")
    if platform.free_sizes and encoding == "servers":
        raise ValueError("a pool of any size in a range is counted: the servers encoding needs its size, from --count")
    if encoding == "auto":
        return "counting" if platform.largest_class > 1 or platform.free_sizes else "servers"
    return encoding


class PerServer:
    """The `servers` encoding: one variable per field of a server's record, per server."""

    name = "servers"

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.members = Members(platform, range(len(platform.servers)))

    def variables(self, record: type) -> list[Variable]:
        return self.members.variables(record)

    def fleet(self, frame: dict[str, Any]) -> EachServer:
        return EachServer(self.platform, self.members.read(SYMBOLIC, ServerState, frame, None))

    def moves(self, frame: dict[str, Any]) -> tuple[ServerMoves, ...]:
        return self.members.read(SYMBOLIC, ServerMoves, frame, z3.BoolVal(False))

    def initial(self, ops: Ops, frame: dict[str, Any]) -> EachServer:
        return EachServer(self.platform, tuple(semantics.fresh_server(ops) for _ in self.platform.servers))

    def flat(self, fleet: EachServer) -> dict[str, Any]:
        return self.members.flat(ServerState, fleet.records)

    def lemmas(self, ops: Ops, fleet: EachServer) -> Any:
        return ops.bool_(True)

    def sizes(self, frame: dict[str, Any]) -> list[Any]:
        return []

    def moves_possible(self, ops: Ops, fleet: EachServer, moves: Any) -> Any:
        return ops.bool_(True)

    def concrete_moves(self, frame: Valuation, state: State) -> tuple[ServerMoves[bool], ...]:
        return self.members.read(CONCRETE, ServerMoves, frame, False)

    def abstract(self, state: State) -> dict[str, Any]:
        return self.flat(state.servers)

    def abstract_moves(self, state: State, moves: Sequence[ServerMoves[bool]]) -> dict[str, bool]:
        return self.members.flat(ServerMoves, moves)


class Counting:
    """The `counting` encoding: per class, the fields its members share, and how many members are in each local state.

    Which fields a class shares is proved of `semantics.step_server`
    (`shared_fields`); the local state is the rest of the record, and
    only the local states a member can reach are counted
    (`counted_local_states`). A class with fewer members than those
    local states is listed instead: its members get the per-server
    encoding's variables, and its cost is theirs.
    """

    name = "counting"

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        move_keys = [key for key in local_states(ServerMoves, platform) if any(key)]
        self.labels = [self._label(index, server_class) for index, server_class in enumerate(platform.classes)]
        self.fixed = fixed_fields(ServerState, platform)
        self.shared = tuple(dict.fromkeys([*self.fixed, *shared_fields(platform)]))
        self.varying_shared = [name for name in self.shared if name not in self.fixed]
        self.own = [declared for declared in fields(ServerState) if declared.name not in self.shared]
        fresh = semantics.fresh_server(CONCRETE)
        self.start = tuple(getattr(fresh, declared.name) for declared in self.own)
        self.start_common = {name: getattr(fresh, name) for name in self.shared}
        self.keys = counted_local_states(platform, self.shared, self.start, move_keys)
        self.listed = [
            None if keys is not None else Members(platform, server_class.members)
            for server_class, keys in zip(platform.classes, self.keys)
        ]

    def _label(self, class_index: int, server_class: ServerClass) -> str:
        """A class's name in its variables: its first member and its size (`n` for a size in a range)."""
        free = self.platform.free_size(class_index)
        return f"{self.platform.servers[server_class.members[0]].name}*{server_class.size}" if free is None else f"{free.pool}*n"

    def counts(self, class_index: int) -> bool:
        """Whether class `class_index` is counted, not listed."""
        return self.keys[class_index] is not None

    def _free(self, class_index: int) -> bool:
        """Whether class `class_index` is of any size in a range: its size is a variable, fixed over a run.

        Its members in the start local state are then no variable of their
        own but the size less the others (every member is in one local
        state): Spacer finds the invariants of a free size only with that
        count eliminated.
        """
        return self.platform.free_size(class_index) is not None

    def _counted_keys(self, class_index: int) -> list[Key]:
        """The local states of a counted class that have a variable: all, or all but the start for a free size."""
        keys = self.keys[class_index]
        assert keys is not None, "a listed class has no counts"
        return [key for key in keys if not (self._free(class_index) and key == self.start)]

    def _size_name(self, class_index: int) -> str:
        return f"size[{self.labels[class_index]}]"

    def sizes(self, frame: dict[str, Any]) -> list[Any]:
        """The free classes' sizes in `frame` (`Platform.free_sizes` order)."""
        return [frame[self._size_name(free.class_index)] for free in self.platform.free_sizes]

    def sizes_of(self, values: Valuation) -> dict[str, int]:
        """Per ranged pool, the size a valuation of a state gives it."""
        return {free.pool: int(values[self._size_name(free.class_index)]) for free in self.platform.free_sizes}

    def _tally(self, class_index: int, common: dict[str, Any], counts: dict[Key, Any], size: Any) -> Tally:
        """A counted class from its counted keys' values: a free class's start count is its size less the rest."""
        if self._free(class_index):
            counts = {self.start: SYMBOLIC.sub(size, SYMBOLIC.sum_(list(counts.values()))), **counts}
        return Tally(common, counts, size)

    def _tallies(self) -> Iterator[tuple[int, dict[Key, list[Key]]]]:
        """The counted classes, by index, with their local states."""
        return ((class_index, keys) for class_index, keys in enumerate(self.keys) if keys is not None)

    def _lists(self) -> Iterator[tuple[Members, tuple[int, ...]]]:
        """The listed classes: their variables, and their members' indices into `Platform.servers`."""
        for server_class, listed in zip(self.platform.classes, self.listed, strict=True):
            if listed is not None:
                yield listed, server_class.members

    def _key_label(self, key: Key) -> str:
        return ",".join(f"{declared.name}={int(value)}" for declared, value in zip(self.own, key))

    def _count_name(self, class_index: int, key: Key) -> str:
        return f"count[{self.labels[class_index]}:{self._key_label(key)}]"

    def _shared_name(self, class_index: int, name: str) -> str:
        return f"{name}[{self.labels[class_index]}]"

    def _move_name(self, class_index: int, key: Key, move: Key) -> str:
        made = "+".join(declared.name for declared, value in zip(fields(ServerMoves), move) if value)
        return f"{made}[{self.labels[class_index]}:{self._key_label(key)}]"

    def variables(self, record: type) -> list[Variable]:
        variables = []
        for class_index, keys in enumerate(self.keys):
            listed = self.listed[class_index]
            if listed is not None:
                variables += listed.variables(record)
            elif record is ServerState:
                sorts = {declared.name: sort_of(declared) for declared in fields(ServerState)}
                variables += [Variable(self._shared_name(class_index, name), sorts[name]) for name in self.varying_shared]
                variables += [Variable(self._size_name(class_index), "int")] if self._free(class_index) else []
                variables += [Variable(self._count_name(class_index, key), "int") for key in self._counted_keys(class_index)]
            else:
                names = [self._move_name(class_index, key, move) for key, moves in keys.items() for move in moves]
                variables += [Variable(name, "int") for name in names]
        return variables

    def fleet(self, frame: dict[str, Any]) -> Counted:
        classes: list[Tally | Listed] = []
        for class_index, keys in enumerate(self.keys):
            listed = self.listed[class_index]
            if listed is not None:
                classes.append(Listed(listed.read(SYMBOLIC, ServerState, frame, None)))
            else:
                counts = {key: frame[self._count_name(class_index, key)] for key in self._counted_keys(class_index)}
                classes.append(self._tally(class_index, self._common(frame, class_index), counts, self._size(frame, class_index)))
        return self._fleet(classes)

    def _size(self, frame: dict[str, Any], class_index: int) -> Any:
        """Class `class_index`'s size: a variable of `frame` if it is free, else its number of members."""
        return frame[self._size_name(class_index)] if self._free(class_index) else z3.IntVal(self.platform.classes[class_index].size)

    def _fleet(self, classes: Sequence[Tally | Listed]) -> Counted:
        return Counted(self.platform, ServerState, ServerMoves, self.shared, tuple(classes))

    def _common(self, frame: dict[str, Any], class_index: int) -> dict[str, Any]:
        """The shared fields of class `class_index`: variables of `frame`, or constants for the fields fixed on this platform."""
        fixed = {name: constant(SYMBOLIC, value) for name, value in self.fixed.items()}
        return {name: fixed[name] if name in fixed else frame[self._shared_name(class_index, name)] for name in self.shared}

    def moves(self, frame: dict[str, Any]) -> tuple[Any, ...]:
        """Per class: for a tally, per local state and move, how many members make it; listed, each member's moves."""
        return tuple(
            listed.read(SYMBOLIC, ServerMoves, frame, z3.BoolVal(False))
            if listed is not None
            else {key: {move: frame[self._move_name(class_index, key, move)] for move in moves} for key, moves in keys.items()}
            for class_index, (keys, listed) in enumerate(zip(self.keys, self.listed, strict=True))
        )

    def initial(self, ops: Ops, frame: dict[str, Any]) -> Counted:
        """Every member fresh, in the start local state; a free class of the size `frame` gives it."""
        common = {name: constant(ops, value) for name, value in self.start_common.items()}
        classes: list[Tally | Listed] = []
        for class_index, (server_class, keys) in enumerate(zip(self.platform.classes, self.keys, strict=True)):
            if keys is None:
                classes.append(Listed(tuple(semantics.fresh_server(ops) for _ in server_class.members)))
            else:
                size = self._size(frame, class_index)
                counts = {key: size if key == self.start else ops.int_(0) for key in keys}
                classes.append(Tally(dict(common), counts, size))
        return self._fleet(classes)

    def flat(self, fleet: Counted) -> dict[str, Any]:
        flat = {}
        for class_index, held in enumerate(fleet.classes):
            listed = self.listed[class_index]
            if listed is not None:
                flat.update(listed.flat(ServerState, held.records))
            else:
                flat.update({self._shared_name(class_index, name): held.common[name] for name in self.varying_shared})
                flat.update({self._size_name(class_index): held.size} if self._free(class_index) else {})
                flat.update({self._count_name(class_index, key): held.counts[key] for key in self._counted_keys(class_index)})
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
        for class_index, _ in self._tallies():
            waiting: dict[Key, list[int]] = {}
            for index in self.platform.classes[class_index].members:
                waiting.setdefault(self._own_key(state.servers[index]), []).append(index)
            per_class[class_index] = waiting
        return per_class

    def abstract(self, state: State) -> dict[str, Any]:
        """A concrete state (a record per server) under this encoding's variables: per class, the shared fields and counts.

        Raises `InternalError` if members of a class disagree on a shared
        field, which the proof of `shared_fields` rules out.
        """
        values: dict[str, Any] = {}
        for listed, members in self._lists():
            values.update(listed.flat(ServerState, [state.servers[index] for index in members]))
        for class_index, waiting in self._waiting(state).items():
            server_class = self.platform.classes[class_index]
            for name in self.varying_shared:
                seen = {getattr(state.servers[index], name) for index in server_class.members}
                if len(seen) != 1:
                    raise InternalError(f"members of class {self.labels[class_index]} disagree on the shared field {name}")
                values[self._shared_name(class_index, name)] = seen.pop()
            if self._free(class_index):
                values[self._size_name(class_index)] = server_class.size
            for key in self._counted_keys(class_index):
                values[self._count_name(class_index, key)] = len(waiting.get(key, []))
            if any(key not in self.keys[class_index] for key in waiting):
                raise InternalError(f"a member of class {self.labels[class_index]} is in a local state the encoding does not count")
        return values

    def abstract_moves(self, state: State, moves: Sequence[ServerMoves[bool]]) -> dict[str, Any]:
        """Per-server moves from a concrete state: per counted class and local state, how many make each move."""
        values: dict[str, Any] = {}
        for listed, members in self._lists():
            values.update(listed.flat(ServerMoves, [moves[index] for index in members]))
        for class_index, waiting in self._waiting(state).items():
            for key, changing in self.keys[class_index].items():
                made = [tuple(getattr(moves[index], d.name) for d in fields(ServerMoves)) for index in waiting.get(key, [])]
                for move in changing:
                    values[self._move_name(class_index, key, move)] = made.count(move)
        return values

    def concrete_moves(self, frame: Valuation, state: State) -> tuple[ServerMoves[bool], ...]:
        """Per server, its moves: of a counted class's members in a local state, the first in declaration order move."""
        chosen: dict[int, ServerMoves[bool]] = {}
        for listed, members in self._lists():
            chosen.update(zip(members, listed.read(CONCRETE, ServerMoves, frame, False)))
        for class_index, waiting in self._waiting(state).items():
            for key, members in waiting.items():
                for move in self.keys[class_index][key]:
                    amount = frame.get(self._move_name(class_index, key, move), 0)
                    if amount > len(members):
                        raise InternalError(f"a counting counterexample moves {amount} members of a local state of {len(members)}")
                    for index in members[:amount]:
                        chosen[index] = ServerMoves(*move)
                    members[:amount] = []
        idle = ServerMoves(*(False for _ in fields(ServerMoves)))
        return tuple(chosen.get(index, idle) for index in range(len(self.platform.servers)))


@functools.lru_cache(maxsize=16)
def layout(platform: Platform, encoding: str = "servers") -> PerServer | Counting:
    """The fleet's variables in the chosen encoding (`auto` resolved by `choose_encoding`).

    Cached: a claim's check builds the transition system and reads its
    counterexample back through the same layout, whose local states cost
    solver calls to find.
    """
    return Counting(platform) if choose_encoding(platform, encoding) == "counting" else PerServer(platform)
