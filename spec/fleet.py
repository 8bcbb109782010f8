"""The servers of a state, held one record per server or counted per class.

The semantics steps one server's record with one function
(`spec.semantics.step_server`) and asks a few questions of all servers
together: does every server satisfy this, how many servers or how much
capacity satisfy that. A `Fleet` answers those questions, and applies that
one function to every server, in one of two representations of the same
servers:

- `EachServer`: one record per server, as the design lists them. Its values
  are whatever the interpretation works on (Python values, Z3 terms,
  Promela expressions).
- `Counted`: per class of interchangeable servers (`spec.platform.ServerClass`),
  how many members are in each local state. A local state is one concrete
  valuation of the server record; the step function is applied to each
  local state and each of the adversary's per-server moves, and the members
  flow to the local state that comes out. This is exact, not an
  abstraction: members of one class are told apart by nothing but their
  records, so a count per record loses nothing. A class with fewer
  members than local states is cheaper listed, member by member, than
  counted: `Counted` holds such a class as records, as `EachServer` does.

The per-server moves of the adversary follow the same split: a flag per
server (or listed member), or per class and local state the number of
members that make each non-idle move.

Servers are also linked (`spec.platform.Link`): stepping a fleet, each
server is told whether a linked server satisfied a `listen` predicate
(signalled, in the semantics) before the step. Per class that is a question
about counts too, because links join whole classes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any, Callable, Generic, Iterator, Protocol, Sequence, TypeVar

from spec.ops import ConcreteOps, Ops
from spec.platform import Platform, ServerClass

V = TypeVar("V")
R = TypeVar("R")  # a record type: ServerState or ServerMoves

Key = tuple[Any, ...]  # one local state: the record's field values, in declaration order
Predicate = Callable[[ServerClass, Any], Any]
Update = Callable[[ServerClass, Any, Any, Any], Any]  # (class, record, its moves, whether it heard a linked server)


class Fleet(Protocol[V]):
    """What the semantics may do with the servers of a state."""

    def step(self, ops: Ops[V], update: Update, moves: Any, listen: Predicate | None = None) -> Fleet[V]:
        """Every server's record after `update(class, record, its moves, heard)`; `moves=None`: nobody moves.

        `heard` says whether some server linked with it satisfies `listen`
        now, before the step; always false without `listen`.
        """
        ...

    def all(self, ops: Ops[V], predicate: Predicate) -> V:
        """Every server satisfies `predicate(class, record)`."""
        ...

    def count_at_most(self, ops: Ops[V], predicate: Predicate, bound: int, extra: Sequence[V] = ()) -> V:
        """The servers satisfying `predicate`, plus the true flags of `extra`, number at most `bound`."""
        ...

    def capacity(self, ops: Ops[V], predicate: Predicate) -> V:
        """The summed capacity of the servers satisfying `predicate`."""
        ...

    def covers(self, ops: Ops[V], predicate: Predicate, demand: int) -> V:
        """The servers satisfying `predicate` have together at least `demand` capacity."""
        ...

    def cost(self, ops: Ops[V], predicate: Predicate) -> V:
        """How many servers satisfy `predicate`, as an integer value."""
        ...

    def costs_by_class(self, ops: Ops[V], predicate: Predicate) -> list[V]:
        """Per class of `Platform.classes`, how many of its members satisfy `predicate`."""
        ...


def record_domains(record: type, platform: Platform) -> list[tuple[Any, ...]]:
    """The values each field of a server record can take, from the field's declared domain."""
    return [field.metadata["domain"](platform) for field in fields(record)]


@dataclass(frozen=True)
class EachServer(Generic[V]):
    """One record per server, indexed like `Platform.servers`."""

    platform: Platform
    records: tuple[Any, ...]

    def __getitem__(self, index: int) -> Any:
        return self.records[index]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self.records)

    @cached_property
    def _alike(self) -> dict[tuple[int, Any], list[int]]:
        """The servers grouped by class and record: no rule tells the members of a group apart.

        Records come out of a step shared among the servers that got the
        same answer, so each record object is looked up by value once.
        """
        groups: dict[tuple[int, Any], list[int]] = {}
        by_identity: dict[tuple[int, int], list[int]] = {}
        for index, identity in enumerate(zip(self.platform.class_indices, map(id, self.records), strict=True)):
            members = by_identity.get(identity)
            if members is None:
                members = by_identity[identity] = groups.setdefault((identity[0], self.records[index]), [])
            members.append(index)
        return groups

    def _each(self, ops: Ops[V], function: Callable[..., Any], *columns: Sequence[Any]) -> list[Any]:
        """`function(class, record, *values)` server by server, the values read from `columns` in server order.

        On Python values (`CONCRETE`) it is evaluated once per group of
        alike servers (`_alike`, made once per fleet) and distinct values:
        no rule reads more of a server than its class and its record. A
        replay of ten thousand servers in a few local states then costs a
        few evaluations per step, not ten thousand. Values are looked up by
        identity before value (the columns repeat a few objects, all alive
        for the whole call), so each distinct object is hashed once.
        """
        if not isinstance(ops, ConcreteOps):
            classes = (self.platform.classes[index] for index in self.platform.class_indices)
            return [function(server_class, *values) for server_class, *values in zip(classes, self.records, *columns)]
        answers: list[Any] = [None] * len(self.records)
        if not columns:
            for (class_index, record), members in self._alike.items():
                answer = function(self.platform.classes[class_index], record)
                for index in members:
                    answers[index] = answer
            return answers
        rows = list(zip(*columns))
        identities = list(zip(*(map(id, column) for column in columns)))
        for (class_index, record), members in self._alike.items():
            server_class = self.platform.classes[class_index]
            by_values: dict[tuple[Any, ...], Any] = {}
            by_identity: dict[tuple[int, ...], Any] = {}
            for index in members:
                identity = identities[index]
                if identity not in by_identity:
                    values = rows[index]
                    if values not in by_values:
                        by_values[values] = function(server_class, record, *values)
                    by_identity[identity] = by_values[values]
                answers[index] = by_identity[identity]
        return answers

    def step(self, ops: Ops[V], update: Update, moves: Sequence[Any] | None, listen: Predicate | None = None) -> EachServer[V]:
        idle = [None] * len(self.records) if moves is None else moves
        heard = self._heard(ops, listen)
        return EachServer(self.platform, tuple(self._each(ops, update, idle, heard)))

    def _heard(self, ops: Ops[V], listen: Predicate | None) -> list[V]:
        """Per server, whether a server linked with it satisfies `listen`: per link side, some of its members'
        flags other than the listener's own (`_any_other`)."""
        if listen is None:
            return [ops.bool_(False)] * len(self.records)
        heard: list[list[V]] = [[] for _ in self.records]
        flags = self._flags(ops, listen)
        for link in self.platform.links:
            for this, other in _directions(link.sides):
                but, anyone = _any_other(ops, [flags[index] for index in other])
                position = {index: place for place, index in enumerate(other)}
                for index in this:
                    heard[index].append(but[position[index]] if index in position else anyone)
        return [ops.or_(*terms) if terms else ops.bool_(False) for terms in heard]

    def _flags(self, ops: Ops[V], predicate: Predicate) -> list[V]:
        return self._each(ops, predicate)

    def all(self, ops: Ops[V], predicate: Predicate) -> V:
        return ops.and_(*self._flags(ops, predicate))

    def count_at_most(self, ops: Ops[V], predicate: Predicate, bound: int, extra: Sequence[V] = ()) -> V:
        return ops.at_most([*self._flags(ops, predicate), *extra], bound)

    def capacity(self, ops: Ops[V], predicate: Predicate) -> V:
        return ops.weighted_sum(self._flags(ops, predicate), self.platform.capacities)

    def covers(self, ops: Ops[V], predicate: Predicate, demand: int) -> V:
        return ops.weighted_at_least(self._flags(ops, predicate), self.platform.capacities, demand)

    def cost(self, ops: Ops[V], predicate: Predicate) -> V:
        return ops.weighted_sum(self._flags(ops, predicate), [1] * len(self.records))

    def costs_by_class(self, ops: Ops[V], predicate: Predicate) -> list[V]:
        flags = self._flags(ops, predicate)
        return [
            ops.weighted_sum([flags[index] for index in server_class.members], [1] * server_class.size)
            for server_class in self.platform.classes
        ]


@dataclass(frozen=True)
class Tally(Generic[V]):
    """A class counted: the fields its members share, the number of members in each local state, and in all.

    `size` is the class's number of members: a constant, or a variable
    fixed over a run for a pool of any size in a range
    (`spec.platform.FreeSize`).
    """

    common: dict[str, V]
    counts: dict[Key, V]
    size: V


@dataclass(frozen=True)
class Listed(Generic[V]):
    """A class held member by member: one record per member, in member order, as `EachServer` holds every server."""

    records: tuple[Any, ...]


@dataclass(frozen=True)
class Counted(Generic[V]):
    """Per class of interchangeable servers, its members counted per local state (`Tally`) or listed (`Listed`).

    The fields of a server record split in two. A field in `shared` has the
    same value in every member of a class in every run: its step reads
    nothing that tells members apart (the encoding proves this of the step
    function before it relies on it). A tally holds those values once for
    its class, in `common`. The other fields form the local state:
    `counts[key]` is the number of members whose other fields are the
    concrete `key`, in declaration order. Every field declares its finite
    domain, which is what makes the local states enumerable.

    Counting pays where a class has more members than local states; where
    it has fewer, its members are listed, each with its own record, and the
    class is read exactly as the per-server fleet reads a server. Which
    classes are counted is the encoding's choice (`spec.encoding`).
    """

    platform: Platform
    state_type: type
    moves_type: type
    shared: tuple[str, ...]
    classes: tuple[Tally[V] | Listed[V], ...]

    def _record(self, ops: Ops[V], tally: Tally[V], key: Key) -> Any:
        own = [declared.name for declared in fields(self.state_type) if declared.name not in self.shared]
        return self.state_type(**tally.common, **{name: _constant(ops, value) for name, value in zip(own, key)})

    def step(
        self, ops: Ops[V], update: Update, moves: Sequence[Any] | None, listen: Predicate | None = None
    ) -> Counted[V]:
        """Every class stepped: a tally's members flow between local states, a listed member's record is updated.

        `moves[c]` is, for a tally, per local state `key` and non-idle move
        (a key of `ServerMoves` values), how many members in `key` make it;
        for a listed class, one `ServerMoves` per member.
        """
        hearing = self._hearing(ops, listen)
        stepped: list[Tally[V] | Listed[V]] = []
        for index, (server_class, held) in enumerate(zip(self.platform.classes, self.classes, strict=True)):
            chosen = None if moves is None else moves[index]
            if isinstance(held, Listed):
                made = itertools.repeat(None) if chosen is None else chosen
                records = (
                    update(server_class, record, move, hearing(index, record, member))
                    for member, (record, move) in enumerate(zip(held.records, made))
                )
                stepped.append(Listed(tuple(records)))
            else:
                stepped.append(self._flow(ops, update, index, held, chosen, hearing))
        return Counted(self.platform, self.state_type, self.moves_type, self.shared, tuple(stepped))

    def _flow(
        self,
        ops: Ops[V],
        update: Update,
        index: int,
        tally: Tally[V],
        moves: dict[Key, dict[Key, V]] | None,
        hearing: Callable[[int, Any], V],
    ) -> Tally[V]:
        """Members flow from each local state, by the move they make, to the local state `update` gives.

        The rest of a local state's members stay idle. The shared fields
        come out of `update` the same for every member, so they are read
        off the first.
        """
        server_class = self.platform.classes[index]
        idle = tuple(False for _ in fields(self.moves_type))
        keys = list(tally.counts)
        inflow: dict[Key, list[V]] = {key: [] for key in keys}
        common: dict[str, V] = {}
        for key, count in tally.counts.items():
            chosen = {} if moves is None else moves.get(key, {})
            flows = [(idle, ops.sub(count, ops.sum_(list(chosen.values()))) if chosen else count)]
            flows += list(chosen.items())
            record = self._record(ops, tally, key)
            heard = hearing(index, record, None)
            for move, amount in flows:
                following = update(server_class, record, self.moves_type(*(_constant(ops, value) for value in move)), heard)
                common = common or {name: getattr(following, name) for name in self.shared}
                own = self._own(following)
                for target in _targets(ops, own, keys):
                    inflow[target].append(ops.ite(_equals(ops, own, target), amount, ops.int_(0)))
        return Tally(common, {key: ops.sum_(terms) for key, terms in inflow.items()}, tally.size)

    def _hearing(self, ops: Ops[V], listen: Predicate | None) -> Callable[[int, Any, int | None], V]:
        """Whether a member of class `index` in the state `record` hears a linked server satisfying `listen`;
        `member` is its place in its class if the class is listed (`None` if counted).

        Links join whole classes (`Platform.class_links`), so a member hears
        when the members satisfying `listen` on the other side of one of its
        links number at least one, not counting itself if it is there too.
        """
        if listen is None or not self.platform.links:
            return lambda index, record, member: ops.bool_(False)
        satisfying = self.costs_by_class(ops, listen)
        sources: list[list[Callable[[int, Any, int | None], V]]] = [[] for _ in self.platform.classes]
        for sides in self.platform.class_links:
            for this, other in _directions(sides):
                heard = self._side_heard(ops, listen, satisfying, sorted(other))
                for index in this:
                    sources[index].append(heard)

        def hears(index: int, record: Any, member: int | None) -> V:
            terms = [heard(index, record, member) for heard in sources[index]]
            return ops.or_(*terms) if terms else ops.bool_(False)

        return hears

    def _side_heard(
        self, ops: Ops[V], listen: Predicate, satisfying: list[V], side: list[int]
    ) -> Callable[[int, Any, int | None], V]:
        """Whether a listener (its class, record and place) hears a member of the classes `side` satisfying `listen`.

        A side of listed classes only is read member by member, as
        `EachServer` reads a side (`_any_other`); a side with a counted class
        by the number satisfying `listen`, at least two if the listener is
        on the side itself.
        """
        held = [self.classes[index] for index in side]
        if all(isinstance(one, Listed) for one in held):
            listed = [(index, one) for index, one in zip(side, held) if isinstance(one, Listed)]
            flags = [listen(self.platform.classes[index], record) for index, one in listed for record in one.records]
            but, anyone = _any_other(ops, flags)
            starts = dict(zip(side, itertools.accumulate((len(one.records) for _, one in listed), initial=0)))

            def heard_listed(index: int, record: Any, member: int | None) -> V:
                if index not in starts:
                    return anyone
                assert member is not None, "a class on a side of listed classes is listed"
                return but[starts[index] + member]

            return heard_listed
        total = ops.sum_([satisfying[index] for index in side])
        enough = (ops.le(ops.int_(1), total), ops.le(ops.int_(2), total))

        def heard(index: int, record: Any, member: int | None) -> V:
            own = listen(self.platform.classes[index], record) if index in side else None
            return _beyond_self(ops, own, *enough)

        return heard

    def _own(self, record: Any) -> list[V]:
        return [getattr(record, declared.name) for declared in fields(record) if declared.name not in self.shared]

    def _matching(self, ops: Ops[V], predicate: Predicate) -> Iterator[tuple[int, V, V | None]]:
        """Per class and local state (or listed member): the class's index, whether the predicate holds, and the count.

        The count of a listed member is `None`: it stands for one server.
        """
        for index, (server_class, held) in enumerate(zip(self.platform.classes, self.classes, strict=True)):
            if isinstance(held, Listed):
                for record in held.records:
                    yield index, predicate(server_class, record), None
            else:
                for key, count in held.counts.items():
                    yield index, predicate(server_class, self._record(ops, held, key)), count

    def all(self, ops: Ops[V], predicate: Predicate) -> V:
        return ops.and_(
            *(
                holds if count is None else ops.or_(holds, ops.eq(count, ops.int_(0)))
                for _, holds, count in self._matching(ops, predicate)
            )
        )

    def cost(self, ops: Ops[V], predicate: Predicate) -> V:
        return ops.sum_(self.costs_by_class(ops, predicate))

    def costs_by_class(self, ops: Ops[V], predicate: Predicate) -> list[V]:
        """Per class, how many of its members satisfy `predicate`."""
        held: list[list[V]] = [[] for _ in self.classes]
        for index, holds, count in self._matching(ops, predicate):
            held[index].append(ops.ite(holds, ops.int_(1) if count is None else count, ops.int_(0)))
        return [ops.sum_(terms) for terms in held]

    def count_at_most(self, ops: Ops[V], predicate: Predicate, bound: int, extra: Sequence[V] = ()) -> V:
        flags = [ops.ite(flag, ops.int_(1), ops.int_(0)) for flag in extra]
        return ops.le(ops.sum_([self.cost(ops, predicate), *flags]), ops.int_(bound))

    def capacity(self, ops: Ops[V], predicate: Predicate) -> V:
        terms = []
        for index, holds, count in self._matching(ops, predicate):
            capacity = self.platform.classes[index].capacity
            if capacity:
                carried = ops.int_(capacity) if count is None else ops.times(capacity, count)
                terms.append(ops.ite(holds, carried, ops.int_(0)))
        return ops.sum_(terms)

    def covers(self, ops: Ops[V], predicate: Predicate, demand: int) -> V:
        return ops.le(ops.int_(demand), self.capacity(ops, predicate))

    def members_in_range(self, ops: Ops[V]) -> V:
        """Every count within 0..class size, each tally's counts adding up to its size, and a free size within its range."""
        parts = []
        for index, held in enumerate(self.classes):
            if isinstance(held, Tally):
                counts = list(held.counts.values())
                parts += [ops.and_(ops.le(ops.int_(0), count), ops.le(count, held.size)) for count in counts]
                parts.append(ops.eq(ops.sum_(counts), held.size))
                parts.append(self.size_in_range(ops, index))
        return ops.and_(*parts)

    def size_in_range(self, ops: Ops[V], class_index: int) -> V:
        """Class `class_index`'s size within its range, if it is free (`Platform.free_sizes`); else true."""
        free = self.platform.free_size(class_index)
        held = self.classes[class_index]
        if free is None or not isinstance(held, Tally):
            return ops.bool_(True)
        most = [] if free.most is None else [ops.le(held.size, ops.int_(free.most))]
        return ops.and_(ops.le(ops.int_(free.least), held.size), *most)


def _directions(sides: tuple[Any, Any]) -> list[tuple[Any, Any]]:
    """A link's sides as (listening, heard) pairs: both ways, or once for a side linked with itself."""
    first, second = sides
    return [(first, second)] if first == second else [(first, second), (second, first)]


def _any_other(ops: Ops[V], flags: Sequence[V]) -> tuple[list[V], V]:
    """Per position, whether a flag other than that position's holds; and whether any holds.

    Written with Boolean connectives, not as a count against 1 or 2: cvc5
    re-checks the step of a certificate over a linked listed class in
    less time so. Each position's answer is the Or of the flags before it
    and of those after it, so the prefixes and suffixes are shared and the
    terms grow linearly with the side.
    """
    if not flags:
        return [], ops.bool_(False)
    before = list(itertools.accumulate(flags, lambda done, flag: ops.or_(done, flag)))
    after = list(itertools.accumulate(reversed(flags), lambda done, flag: ops.or_(flag, done)))[::-1]
    others = []
    for place in range(len(flags)):
        parts = ([before[place - 1]] if place else []) + ([after[place + 1]] if place + 1 < len(flags) else [])
        others.append(ops.or_(*parts) if parts else ops.bool_(False))
    return others, before[-1]


def _beyond_self(ops: Ops[V], own: V | None, at_least_one: V, at_least_two: V) -> V:
    """Some server of a side satisfies the predicate other than the listener (`own`: its flag, if it is on that side)."""
    return at_least_one if own is None else ops.ite(own, at_least_two, at_least_one)


def local_states(record: type, platform: Platform) -> list[Key]:
    """Every concrete valuation of a server record, in a fixed order."""
    return list(itertools.product(*record_domains(record, platform)))


def _constant(ops: Ops[V], value: Any) -> V:
    return ops.bool_(value) if isinstance(value, bool) else ops.int_(value)


def _equals(ops: Ops[V], values: Sequence[V], key: Key) -> V:
    return ops.and_(*(ops.eq(value, _constant(ops, known)) for value, known in zip(values, key, strict=True)))


def _targets(ops: Ops[V], values: Sequence[V], keys: list[Key]) -> list[Key]:
    """The local states among `keys` that `values` can be: those agreeing with every value already settled."""
    settled = [ops.settled(value) for value in values]
    return [key for key in keys if all(known is None or known == value for known, value in zip(settled, key))]
