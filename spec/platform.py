"""The static facts the semantics needs, computed once from a design and a claim.

A `Platform` flattens a design under one fault hypothesis into indices and
integers: which bug unit and site each server belongs to, the step at which
each server's roll-out batch is due, and the saturation bounds of every
timer. Everything here is fixed for a whole run; everything that changes
lives in `spec.semantics.State`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from fractions import Fraction
from functools import cached_property
from typing import Callable, NamedTuple

import networkx

from spec.design import Backup, Claim, Design, Faults, Server


@dataclass(frozen=True)
class Member:
    """A server or the backup, as the semantics sees it."""

    name: str
    capacity: int
    unit: int  # index into Platform.units: its version's
    site: int | None  # index into Platform.sites
    class_index: int = 0  # index into Platform.classes (servers only)
    other_units: tuple[int, ...] = ()  # its components' units but its version's (contract v3), in index order

    @property
    def units(self) -> tuple[int, ...]:
        """Every bug unit whose bug it carries: its version's, then its components'."""
        return (self.unit, *self.other_units)

    def of_class(self, class_index: int) -> Member:
        """This member in class `class_index`: `dataclasses.replace(self, class_index=class_index)` without its checks.

        A fleet of 10,000 servers is classed twice (built, then folded), and
        the checks were most of the copies' cost. The copy is a new object:
        nothing frozen changes.
        """
        copy = object.__new__(Member)
        copy.__dict__.update(self.__dict__, class_index=class_index)
        return copy


class ChangeSlot(NamedTuple):
    """Where one of several changes (`[[changes]]`) reaches a server: its batch, the step it is due, the bug units it touches."""

    batch: int
    step: int
    touched: tuple[int, ...]


@dataclass(frozen=True)
class RollOut:
    """One of a design's `[[changes]]`, as the semantics reads it: its batches, its gate, and its slot on the backup."""

    name: str
    batches: int  # how many batches it has
    start: int  # the step its first batch is due
    stride: int  # steps between batches: its bake time and one
    gate: str  # what its gate sees: "true_state" or "health_check"
    backup: ChangeSlot | None  # where it reaches the backup, if it does


class Batch(NamedTuple):
    """How many members of a class one roll-out batch holds, and the step it is due."""

    step: int
    size: int
    first: bool  # batch 0: no gate before it


@dataclass(frozen=True)
class ServerClass:
    """Servers that no rule of the semantics tells apart: same bug unit, site, capacity and roll-out slot.

    Members of one class are interchangeable: swapping two of them maps
    every run onto a run with the same service at every step. That is what
    lets a fleet be counted per class instead of tracked per server.

    A class counted across batches (`spec.folding.counted_across_batches`)
    joins servers that differ only in their roll-out slot: `batches` says
    how many of its members each batch holds, and which members a batch
    takes is the roll-out's choice (`semantics.roll_out_on_schedule`).
    """

    capacity: int
    unit: int
    site: int | None
    apply_step: int | None  # the step its roll-out batch is due (None: no change); the first, counted across batches
    first_batch: bool  # in the first batch: no gate before it
    members: tuple[int, ...]  # indices into Platform.servers, in declaration order
    batches: tuple[Batch, ...] = ()  # counted across batches: each batch's step and share of the members; else ()
    other_units: tuple[int, ...] = ()  # its components' bug units but `unit` (contract v3)
    slots: tuple[ChangeSlot | None, ...] = ()  # with `[[changes]]`: per change, where it reaches the class (None: it does not)

    @property
    def units(self) -> tuple[int, ...]:
        """Every bug unit its members carry: `unit`, then its components'."""
        return (self.unit, *self.other_units)

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class FreeSize:
    """A class whose number of members is any in a range, the same all along a run: a ranged pool, every size at once.

    The platform that carries it is built at one size (`every_size`), which
    gives the class its members' records and rules; the counting encoding
    reads the class's size as a variable within the range instead of
    `ServerClass.size`.
    """

    class_index: int
    pool: str  # the `[[servers]]` entry's name, as `--count` and the JSON `counts` give it
    least: int
    most: int | None  # None: no upper bound


@dataclass(frozen=True)
class Link:
    """A signalling link as the semantics reads it: every server of one side with every server of the other.

    Sides are server indices; a server on both sides (a pool linked with
    itself) is linked with every other server there, never with itself.
    """

    sides: tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class Platform:
    """A design under one fault hypothesis, flattened for the step function."""

    design: Design
    faults: Faults
    servers: tuple[Member, ...]
    backup: Member | None
    units: tuple[str, ...]
    sites: tuple[str, ...]
    classes: tuple[ServerClass, ...]  # the servers grouped into interchangeable classes
    links: tuple[Link, ...]  # the signalling links, where messages can set off bugs (else empty)
    horizon: int  # the clock saturates here: nothing scheduled happens at or after it
    spared_sites: frozenset[int] = frozenset()  # sites the adversary may not lose (see `spec.folding`)
    spared_units: frozenset[int] = frozenset()  # bug units it may not make faulty: not in the claim's `bug_units`, or folded (`spec.folding`)
    free_sizes: tuple[FreeSize, ...] = ()  # classes of any size in a range, fixed over a run (see `every_size`)
    roll_outs: tuple[RollOut, ...] = ()  # the design's `[[changes]]`, each counted by its own state (else empty)

    def __hash__(self) -> int:
        return self._hash

    @cached_property
    def _hash(self) -> int:
        """The hash of all the fields, as the dataclass would make it, made once.

        A platform keys the caches of its layout and local states, asked
        several times per claim, and hashing 10,000 servers each time is
        not free.
        """
        return hash(tuple(getattr(self, declared.name) for declared in fields(self)))

    @cached_property
    def class_links(self) -> tuple[tuple[frozenset[int], frozenset[int]], ...]:
        """Per link, the classes on each side: each class lies wholly on a side or off it (see `_classes`)."""
        return tuple(
            (frozenset(self.servers[index].class_index for index in first), frozenset(self.servers[index].class_index for index in second))
            for first, second in (link.sides for link in self.links)
        )

    @cached_property
    def server_neighbours(self) -> dict[int, frozenset[int]]:
        """Per linked server (index), the servers linked with it: every server of a link's other side, never itself."""
        found: dict[int, set[int]] = {}
        for first, second in (link.sides for link in self.links):
            for one in first:
                for other in second:
                    if one != other:
                        found.setdefault(one, set()).add(other)
                        found.setdefault(other, set()).add(one)
        return {server: frozenset(others) for server, others in found.items()}

    @cached_property
    def class_neighbours(self) -> dict[int, frozenset[int]]:
        """Per linked class (index), the classes some member of which is linked with a member of it.

        A class is its own neighbour when two of its members are linked: it is on both sides of a link
        and has more than one member (`server_neighbours` never links a server with itself).
        """
        found: dict[int, set[int]] = {}
        for first, second in self.class_links:
            for one in first:
                for other in second:
                    if one != other or self.classes[one].size > 1:
                        found.setdefault(one, set()).add(other)
                        found.setdefault(other, set()).add(one)
        return {index: frozenset(others) for index, others in found.items()}

    @cached_property
    def linked_parts(self) -> tuple[frozenset[int], ...]:
        """The connected parts of the class graph (classes linked when some of their members are), classes on no link left out."""
        graph = networkx.Graph()
        for first, second in self.class_links:
            graph.add_nodes_from(first | second)
            graph.add_edges_from((one, other) for one in first for other in second if one != other)
        return tuple(frozenset(part) for part in networkx.connected_components(graph))

    @cached_property
    def class_indices(self) -> tuple[int, ...]:
        """Each server's class, in server order."""
        return tuple(server.class_index for server in self.servers)

    @cached_property
    def capacities(self) -> tuple[int, ...]:
        """Each server's capacity, its class's, in server order."""
        return tuple(self.classes[server.class_index].capacity for server in self.servers)

    def server_class(self, index: int) -> ServerClass:
        """The class of server `index`."""
        return self.classes[self.servers[index].class_index]

    @property
    def several_changes(self) -> bool:
        """The design lists `[[changes]]`: each is rolled out by its own batch count (`State.batches_done`), not per server."""
        return bool(self.roll_outs)

    @property
    def roll_out_stride(self) -> int:
        """How many steps apart a staged roll-out's batches apply (`batch_step`): the bake time and one."""
        return 1 if self.design.change is None else self.design.change.bake + 1

    @cached_property
    def counts_roll_outs(self) -> bool:
        """Some class is counted across roll-out batches: its members' slots are the roll-out's choice."""
        return any(server_class.batches for server_class in self.classes)

    def free_size(self, class_index: int) -> FreeSize | None:
        """The range of class `class_index`'s size, if it is a ranged pool checked for every size at once."""
        return next((free for free in self.free_sizes if free.class_index == class_index), None)

    @property
    def largest_class(self) -> int:
        return max(server_class.size for server_class in self.classes)

    @property
    def demand(self) -> int:
        return self.design.service.demand

    @property
    def max_outage(self) -> int:
        return self.design.service.max_outage

    @property
    def max_lost_share(self) -> Fraction:
        return self.design.service.max_lost_share

    @property
    def detect(self) -> int:
        return self.design.routing.detect

    @property
    def input_triggered(self) -> bool:
        return self.faults.trigger == "input"

    @property
    def cascades(self) -> bool:
        """Messages can set off bugs: the trigger is `"message"` and some servers are linked."""
        return self.faults.trigger == "message" and bool(self.links)

    @property
    def crashes_possible(self) -> bool:
        """The adversary may crash servers (or the backup): the claim's crash budget is not 0."""
        return self.faults.crashes != 0

    @property
    def site_losses_possible(self) -> bool:
        """The adversary may lose sites: the claim's budget is not 0 and some server has a site."""
        return self.faults.site_losses != 0 and bool(self.sites)

    @property
    def restarts_possible(self) -> bool:
        """The adversary may restart servers, and a restart can matter (it signals over a link)."""
        return self.cascades and self.faults.restarts != 0

    @property
    def max_latency(self) -> int:
        """The most steps from a trigger to its symptom that the adversary may choose."""
        return self.faults.max_latency

    @property
    def min_latency(self) -> int:
        """The fewest steps from a trigger to its symptom that the adversary may choose."""
        return self.faults.min_latency

    @property
    def backup_trigger(self) -> str | None:
        return None if self.design.backup is None else self.design.backup.trigger

    @property
    def backup_delay(self) -> int:
        return 0 if self.design.backup is None else self.design.backup.delay


def bug_unit(design: Design, version: str, scope: str) -> str:
    """The bug unit of a version: itself, or its codebase with `bug_scope = "codebase"`."""
    return design.version(version).codebase if scope == "codebase" else version


BUILDING = "the platform was being built"


def _unlimited(what: str) -> None:
    """The time check of a building without a time limit."""


def build_platform(
    design: Design, claim: Claim | Faults, by_entry: bool = False, time_check: Callable[[str], None] | None = None
) -> Platform:
    """Flatten `design` under the fault hypothesis of `claim` (or bare `Faults`).

    With `by_entry`, a class never joins servers of different `[[servers]]`
    entries: each server declared alone is a class of its own, and a pool's
    members are only ever classed with each other. Cut sets use it, since
    they name a server declared alone by its own event and a pool's members
    by one event up to symmetry.

    `time_check(what)`, a deadline's `check` (`spec.engine.deadline`), is
    called per server: past the deadline it raises `TimedOut`. A design
    with a pool whose size is a range raises `ValueError`: its servers are
    not all known until `Design.at_counts` fixes the sizes.
    """
    if design.ranged_pools:
        raise ValueError(f"{design.file}: ranged pool {design.ranged_pools[0].name!r} has no size: fix it with Design.at_counts first")
    time_check = time_check or _unlimited
    faults = claim.faults if isinstance(claim, Claim) else claim
    members = list(design.servers) + ([design.backup] if design.backup else [])
    unit_of = {version.name: bug_unit(design, version.name, faults.bug_scope) for version in design.versions}
    units = sorted({unit_of[version] for member in members for version in member.software})
    index_of = {unit: index for index, unit in enumerate(units)}
    sites = sorted({member.site for member in members if member.site is not None})

    def member(declared: Server | Backup) -> Member:
        own = index_of[unit_of[declared.version]]
        return Member(
            name=declared.name,
            capacity=declared.capacity,
            unit=own,
            site=None if declared.site is None else sites.index(declared.site),
            other_units=tuple(sorted({index_of[unit_of[version]] for version in declared.components} - {own})),
        )

    plain = [member(server) for server in design.servers]
    apply_step, first_batch = _schedule(design)
    roll_outs, slots = _several_schedules(design, {version: index_of[unit] for version, unit in unit_of.items() if unit in index_of})
    entries = [server.pool or server.name for server in design.servers] if by_entry else [None] * len(plain)
    links = _links(design) if faults.trigger == "message" else ()
    time_check(BUILDING)
    classes, class_indices = _classes(plain, apply_step, first_batch, slots, _sides_of(links, len(plain)), entries, time_check)
    backup = design.backup
    last_apply = max(
        [step for step in apply_step if step is not None]
        + [slot.step for one in slots for slot in one if slot is not None]
        + [roll_out.backup.step for roll_out in roll_outs if roll_out.backup is not None],
        default=0,
    )
    return Platform(
        design=design,
        faults=faults,
        servers=tuple(server.of_class(index) for server, index in zip(plain, class_indices, strict=True)),
        backup=None if backup is None else member(backup),
        units=tuple(units),
        sites=tuple(sites),
        classes=classes,
        links=links,
        horizon=horizon_after(last_apply, faults),
        roll_outs=roll_outs,
        spared_units=frozenset(index for index, unit in enumerate(units) if faults.bug_units is not None and unit not in faults.bug_units),
    )



def horizon_after(last_apply: int, faults: Faults) -> int:
    """Where the clock saturates: past the last step a batch applies, once every latency has shown there."""
    return last_apply + faults.max_latency + 1

def _links(design: Design) -> tuple[Link, ...]:
    """The design's links on server indices (the names a link uses expanded to the servers they stand for)."""
    index = {server.name: position for position, server in enumerate(design.servers)}
    return tuple(
        Link(tuple(tuple(index[name] for name in design.pool_members(side)) for side in link.between))  # type: ignore[arg-type]
        for link in design.links
    )


def _sides_of(links: tuple[Link, ...], count: int) -> list[tuple[tuple[int, int], ...]]:
    """Per server, the link sides it is on, as (link, side) pairs."""
    sides: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    for number, link in enumerate(links):
        for side, members in enumerate(link.sides):
            for index in members:
                sides[index].append((number, side))
    return [tuple(found) for found in sides]


def _classes(
    servers: list[Member],
    apply_step: tuple[int | None, ...],
    first_batch: tuple[bool, ...],
    slots: list[tuple[ChangeSlot | None, ...]],
    sides: list[tuple[tuple[int, int], ...]],
    entries: list[str | None],
    time_check: Callable[[str], None],
) -> tuple[tuple[ServerClass, ...], list[int]]:
    """The servers grouped by everything the semantics reads of a server (and by `entries`), in order of first member.

    That includes the link sides a server is on: two servers on the same
    sides of every link are swapped by an automorphism of the link graph
    (each is linked with everything on the other sides, and with each other
    exactly when they share a side), so no run tells them apart.
    """
    groups: dict[tuple, list[int]] = {}
    for index, server in enumerate(servers):
        time_check(BUILDING)
        key = (server.capacity, server.unit, server.site, apply_step[index], first_batch[index], server.other_units, slots[index], sides[index], entries[index])
        groups.setdefault(key, []).append(index)
    classes = tuple(
        ServerClass(capacity, unit, site, due, first, tuple(members), other_units=others, slots=slotted)
        for (capacity, unit, site, due, first, others, slotted, _, _), members in groups.items()
    )
    class_indices = [0] * len(servers)
    for class_index, server_class in enumerate(classes):
        for index in server_class.members:
            class_indices[index] = class_index
    return classes, class_indices


def _several_schedules(design: Design, unit_of: dict[str, int]) -> tuple[tuple[RollOut, ...], list[tuple[ChangeSlot | None, ...]]]:
    """With `[[changes]]`: each change's roll-out, and per server, per change, where it reaches the server (else none).

    `unit_of` gives the index of the bug unit of every version some server or the backup runs.
    """
    if not design.changes:
        return (), [()] * len(design.servers)
    roll_outs, per_change = [], []
    for change in design.changes:
        reached = design.reach(change)
        batches = [0] * len(change.order) if change.strategy == "all_at_once" else batch_numbers(change.batch, len(change.order))
        stride = change.bake + 1
        slot = {
            name: ChangeSlot(batch, batch_step(batch, change.bake, change.start), tuple(sorted({unit_of[version] for version in reached[name]})))
            for name, batch in zip(change.order, batches, strict=True)
        }
        backup = None if design.backup is None else slot.get(design.backup.name)
        roll_outs.append(RollOut(change.name, max(batches, default=-1) + 1, change.start, stride, change.gate, backup))
        per_change.append(slot)
    return tuple(roll_outs), [tuple(slot.get(server.name) for slot in per_change) for server in design.servers]


def _schedule(design: Design) -> tuple[tuple[int | None, ...], tuple[bool, ...]]:
    """Per server, the step at which its batch applies the change, and whether it is batch 0."""
    names = [server.name for server in design.servers]
    change = design.change
    if change is None:
        return tuple(None for _ in names), tuple(True for _ in names)
    if change.strategy == "all_at_once":
        return tuple(1 for _ in names), tuple(True for _ in names)
    batch_of = dict(zip(change.order, batch_numbers(change.batch, len(change.order)), strict=True))
    return (
        tuple(batch_step(batch_of[name], change.bake) for name in names),
        tuple(batch_of[name] == 0 for name in names),
    )


FIRST_BATCH_STEP = 1
"""The step at which a staged roll-out's first batch applies."""


def batch_step(batch: int, bake: int, start: int = FIRST_BATCH_STEP) -> int:
    """The step at which batch `batch` (0-based) of a staged roll-out applies: the first at step `start` (1 for
    `[change]`, a `[[changes]]` entry's own), then one batch every `bake + 1` steps."""
    return start + batch * (bake + 1)


def batch_numbers(sizes: tuple[int, ...], count: int) -> list[int]:
    """The batch of each of `count` servers in roll-out order: batch k holds `sizes[k]` of them, the last size repeating.

    An integer `batch = b` is the sizes `(b,)`: position // b, as in v1.
    Sizes past the last server are never used.
    """
    numbers: list[int] = []
    for batch, size in enumerate(sizes[:-1]):
        numbers += [batch] * min(size, count - len(numbers))
    first, last = len(sizes) - 1, sizes[-1]
    return numbers + [first + position // last for position in range(count - len(numbers))]
