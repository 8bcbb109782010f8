"""Design files: TOML in, validated frozen dataclasses out.

The format is the contract of design-format.md. Loading is all or nothing:
the first problem found raises `DesignError`, whose message names the file,
the field path (`servers[2].version`) and, where the source shows it, the
line. Nothing downstream ever sees a half-valid design.

Pools (`count` on a `[[servers]]` entry) are expanded here, so downstream
code sees one `Server` per member and needs to know nothing about pools.
Every check is linear in the number of servers: a pool of 100,000 members
loads in under a second.

A pool whose `count` is a range (`{ min = 4, max = 40 }`) has no finite
list of members, so it is kept whole, as a `RangedPool` in
`Design.ranged_pools`; `Design.at_counts` gives the fixed design at chosen
sizes, which is what every reading that needs one server per member takes.
"""

from __future__ import annotations

import re
import stat
import tomllib
from dataclasses import dataclass, field, fields, replace
from fractions import Fraction
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Literal, Mapping

from spec import kubernetes
from spec.echo import LONGEST, escaped, names, number, quoted
from spec.events import Event
from spec.manifests import ManifestError
from spec.source_lines import locate_field, nesting_depth

NAME_PATTERN = re.compile(r"[a-z0-9_-]+")
HEALTH_CHECKS = ("liveness", "end_to_end")
STRATEGIES = ("all_at_once", "staged")
GATES = ("true_state", "health_check")
BACKUP_TRIGGERS = ("observed", "outage")
EXPECTATIONS = ("holds", "violated")
BUG_SCOPES = ("version", "codebase")
BUG_TRIGGERS = ("change", "input", "message")
MAX_SERVERS = 1_000_000
"""The most servers a design may declare, pool members included: a file cannot ask for unbounded memory."""
MAX_NUMBER = 1_000_000_000
"""The largest integer a design may write (capacities, demand, budgets): Z3 takes coefficients below 2**31."""
MAX_STEPS = 100
"""The most steps a duration may count (`max_outage`, `detect`, `bake`, `delay`, `latency`, `min_latency`): see docs/design-guide.md."""


class DesignError(ValueError):
    """A design file that breaks the contract; the message is one line."""

    def __init__(self, file: str, field_path: str, line: int | None, problem: str) -> None:
        self.file = file
        self.field_path = field_path
        self.line = line
        self.problem = problem
        where = f"{escaped(file)}:{line}" if line is not None else escaped(file)
        message = f"{where}: {field_path}: {problem}" if field_path else f"{where}: {problem}"
        super().__init__(escaped(message))


@dataclass(frozen=True)
class Service:
    demand: int
    max_outage: int = 0
    max_lost_share: Fraction = Fraction(0)  # the share of offered calls that may be lost at a step, exact


@dataclass(frozen=True)
class Routing:
    health_check: str = "liveness"
    detect: int = 0


@dataclass(frozen=True)
class Version:
    name: str
    codebase: str


@dataclass(frozen=True, slots=True)
class Server:
    """One server. `pool` is the name of the `[[servers]]` entry it is a member of, for entries with `count > 1` or a ranged count.

    Slotted, because a pool can declare hundreds of thousands of them.
    """

    name: str
    version: str
    site: str | None = None
    capacity: int = 1
    pool: str | None = None
    components: tuple[str, ...] = ()  # versions it runs beside its own (an agent, a kernel): contract v3

    @property
    def software(self) -> tuple[str, ...]:
        """Its version and its components: every version whose bug it carries."""
        return (self.version, *self.components)


@dataclass(frozen=True)
class Link:
    """A `[[links]]` entry as written: two names, each a server, a pool member or a pool entry.

    It joins every server one name stands for with every server the other
    stands for, except a server with itself; `Design.pool_members` expands
    the names. Kept as written, so a pool linked with itself (a full mesh)
    costs two names, not a pair per two members.
    """

    between: tuple[str, str]


@dataclass(frozen=True)
class Change:
    """`[change]`, or one entry of `[[changes]]`, as read. `batch` holds the batch sizes, `[b0, b1, ...]`; an integer `b` is read as `(b,)`.

    `order` names every server the change reaches once (and the backup, last by default, when it reaches
    it), pool entries expanded to their members; a ranged pool, whose members are not listed, is named
    whole where its members stand, until `Design.at_counts` expands it. `[change]` reaches every server.

    Batch k holds `batch[k]` servers of `order`, the last size repeating
    until every server is reached (contract v3); `spec.platform` turns it
    into the schedule, from step `start`.
    """

    strategy: str
    order: tuple[str, ...]
    batch: tuple[int, ...] = (1,)
    bake: int = 0
    gate: str = "true_state"  # what a staged roll-out's gate sees of a server: its true state, or what routing sees
    name: str = "change"  # a `[[changes]]` entry's name; `[change]` has none of its own
    reaches: tuple[str, ...] | None = None  # as written: versions, pool entries, servers, the backup; None: every server
    start: int = 1  # the step at which its first batch applies


@dataclass(frozen=True)
class Backup:
    name: str
    version: str
    trigger: str
    site: str | None = None
    capacity: int = 1
    delay: int = 0
    components: tuple[str, ...] = ()

    @property
    def software(self) -> tuple[str, ...]:
        return (self.version, *self.components)


def _budget() -> Any:
    """A field of `Faults` that bounds the distinct faults of one kind (`spec.semantics.FAULT_KINDS` names it)."""
    return field(default=0, metadata={"budget": True})


@dataclass(frozen=True)
class Faults:
    """A fault hypothesis. A budget of `None` means unlimited (cut sets use it)."""

    crashes: int | None = _budget()
    site_losses: int | None = _budget()
    bugs: int | None = _budget()
    bug_scope: str = "version"
    trigger: str = "change"
    max_latency: int = 0  # the design file's `latency`: the most steps from trigger to symptom
    restarts: int | None = _budget()
    min_latency: int = 0  # the design file's `min_latency`: the fewest steps from trigger to symptom
    bug_units: tuple[str, ...] | None = None  # the units the adversary may make faulty (versions or codebases); None: any

    def __post_init__(self) -> None:
        """A hypothesis built in code is checked like one read from a file: the semantics reads these words and bounds."""
        for name, allowed in (("bug_scope", BUG_SCOPES), ("trigger", BUG_TRIGGERS)):
            value = getattr(self, name)
            if value not in allowed:
                raise ValueError(f"Faults.{name} must be one of {', '.join(allowed)}, not {value!r}")
        if not 0 <= self.min_latency <= self.max_latency:
            raise ValueError(f"Faults.min_latency must be from 0 to max_latency ({self.max_latency}), not {self.min_latency!r}")

    def unlimited(self) -> Faults:
        """The same bug scope, trigger and latency range, with every budget unlimited."""
        return replace(self, **{name: None for name in budget_fields()})


def budget_fields() -> tuple[str, ...]:
    """The fields of `Faults` that are budgets, in declaration order; a claim's `faults` table has each."""
    return tuple(declared.name for declared in fields(Faults) if declared.metadata.get("budget"))


@dataclass(frozen=True)
class Claim:
    name: str
    expect: str
    faults: Faults = field(default_factory=Faults)

    def __post_init__(self) -> None:
        """A claim built in code is checked like one read from a file: `expect` is a verdict the checker gives."""
        if self.expect not in EXPECTATIONS:
            raise ValueError(f"Claim.expect must be one of {', '.join(EXPECTATIONS)}, not {self.expect!r}")


def _figure_of(event: str) -> Any:
    """A field of `Risk`: the probability per window of one event of the kind `event` (`crash`)."""
    return field(default=Fraction(0), metadata={"event": event})


@dataclass(frozen=True)
class Risk:
    """The `[risk]` table: figures per window (one change, say), kept exact as written in the file.

    `p` holds the per-event overrides of `[risk.p]`, keyed by basic event; a pool
    entry's `crash:<pool>` stands for each of its members, as in `[change] order`.
    """

    window: str = ""
    windows_per_year: Fraction = Fraction(1)
    p_bug: Fraction = _figure_of("bug")
    p_crash: Fraction = _figure_of("crash")
    p_site: Fraction = _figure_of("site")
    p_restart: Fraction = _figure_of("restart")
    outage_hours: Fraction = Fraction(1)
    calls_per_hour: Fraction = Fraction(0)
    beta: Fraction = Fraction(1, 10)
    p: tuple[tuple[str, Fraction], ...] = ()

    def probability(self, event: Event, pool: str | None = None) -> Fraction:
        """The probability of one basic event (`crash:cs1`, `site:lille`, `bug:v1`) per window.

        Its `[risk.p]` figure, else that of the pool entry `pool` it is a member of (`crash:<pool>`), else
        the figure of its kind (`p_crash`).
        """
        overrides = dict(self.p)
        for written in (event, None if pool is None else Event(event.kind, pool)):
            if written is not None and str(written) in overrides:
                return overrides[str(written)]
        return next(getattr(self, declared.name) for declared in fields(Risk) if declared.metadata.get("event") == event.kind)


@dataclass(frozen=True)
class RangedPool:
    """A `[[servers]]` entry whose `count` is a range: a pool of any size from `least` to `most` (`None`: no upper bound).

    Its members are not listed (`{ min = 4 }` has no finite list of them); `members(size)` gives them at one
    size, named `<name>-1` .. `<name>-<size>` at every size, one member too. `place` is where they stand in
    `Design.servers`: the number of servers declared before the entry. `entry` is the entry's index in
    `[[servers]]`, which locates it in the file (`field_path`).
    """

    name: str
    version: str
    site: str | None
    capacity: int
    least: int
    most: int | None
    place: int
    entry: int
    components: tuple[str, ...] = ()

    @property
    def field_path(self) -> str:
        return f"servers[{self.entry}].count"

    @property
    def software(self) -> tuple[str, ...]:
        return (self.version, *self.components)

    @property
    def sizes(self) -> str:
        """The range in words: `from 4 to 40`, `from 4 up`."""
        return f"from {self.least} up" if self.most is None else f"from {self.least} to {self.most}"

    def allows(self, size: int) -> bool:
        """Whether the pool may have `size` members."""
        return self.least <= size and (self.most is None or size <= self.most)

    def members(self, size: int) -> tuple[Server, ...]:
        """The pool's servers at `size` members, in number order."""
        return tuple(
            Server(f"{self.name}-{number}", self.version, self.site, self.capacity, self.name, self.components) for number in range(1, size + 1)
        )


@dataclass(frozen=True)
class Design:
    """A validated design. `servers` is flat: one `Server` per server, pool members included, in roll-out order.

    `pool_members(name)` expands a name as the file uses it (in `[change] order`, say): a pool entry stands
    for its members in number order, any other server name for itself.

    A design with `ranged_pools` stands for one fixed design per choice of their sizes: `servers` leaves
    their members out, and `change.order` and `links` name each of them whole. `at_counts` gives the fixed
    design at chosen sizes; a reading that needs one `Server` per member must take that, never this.
    """

    name: str
    service: Service
    routing: Routing
    versions: tuple[Version, ...]
    servers: tuple[Server, ...]
    change: Change | None = None
    backup: Backup | None = None
    claims: tuple[Claim, ...] = ()
    links: tuple[Link, ...] = ()
    title: str = ""
    step_length: str = ""  # what one step stands for, as written in `step` ("15 min")
    file: str = ""
    risk: Risk | None = None
    ranged_pools: tuple[RangedPool, ...] = ()
    changes: tuple[Change, ...] = ()  # `[[changes]]`: a file has these or `change`, never both
    import_warnings: tuple[str, ...] = ()  # with `[kubernetes]`: what in the manifests is likely a mistake

    @property
    def roll_outs(self) -> tuple[Change, ...]:
        """Every change the design rolls out: its `[[changes]]`, or its `[change]` alone, or none."""
        return self.changes or (() if self.change is None else (self.change,))

    def reach(self, change: Change) -> dict[str, tuple[str, ...]]:
        """The servers (and the backup) `change` reaches, by name in declaration order, each with the versions it touches there.

        As contract v3 says: a version in `reaches` touches that version on every server (and the backup)
        whose software holds it; a pool entry or server, the server's own version; the backup's name,
        the backup's version; no `reaches`, every server's own version, never the backup. A server
        reached twice applies the change once, touching the union.
        """
        return reach_of(change.reaches, self.servers, self.backup, self._names)

    def version(self, name: str) -> Version:
        return next(version for version in self.versions if version.name == name)

    def pool_members(self, name: str) -> tuple[str, ...]:
        """The servers `name` stands for: a pool entry's members in number order, or `(name,)` for a server.

        Raises `KeyError` for a name that is neither a server (pool members included) nor a pool entry,
        a ranged pool's name included: its members are only known at a size (`at_counts`).
        """
        return self._names[name]

    def at_counts(self, counts: Mapping[str, int]) -> Design:
        """The fixed design in which each ranged pool has the size `counts` gives it (keyed by the pool's name).

        A ranged pool `esrp` of size n declares the servers `esrp-1` .. `esrp-n`, standing where the entry
        stands in declaration order (the default roll-out order); `esrp` in `[change] order` and in
        `[[links]]` stands for them. For n >= 2 that is the design of the file that declares `count = n`;
        at n = 1 the one member is `esrp-1`, where `count = 1` would declare a server `esrp`.

        Raises `ValueError` when `counts` names no ranged pool of this design, leaves one out, gives a
        size outside its range, or takes the design past `MAX_SERVERS` servers.
        """
        pools = {pool.name: pool for pool in self.ranged_pools}
        for name, size in counts.items():
            if name not in pools:
                raise ValueError(f"{quoted(name)} is no ranged pool of this design")
            if isinstance(size, bool) or not isinstance(size, int) or not pools[name].allows(size):
                raise ValueError(f"ranged pool {quoted(name)} takes sizes {pools[name].sizes}, not {size!r}")
        missing = next((name for name in pools if name not in counts), None)
        if missing is not None:
            raise ValueError(f"ranged pool {quoted(missing)} needs a size")
        if not pools:
            return self
        total = len(self.servers) + sum(counts.values())
        if total > MAX_SERVERS:
            raise ValueError(f"these sizes make {total:,} servers: a design has at most {MAX_SERVERS:,}, pool members included")
        members = {name: pool.members(counts[name]) for name, pool in pools.items()}
        servers = list(self.servers)
        for pool in reversed(self.ranged_pools):  # from the last: inserting a pool moves no earlier place
            servers[pool.place : pool.place] = members[pool.name]
        def expanded(change: Change) -> Change:
            return replace(change, order=tuple(server for name in change.order for server in _names_of(members.get(name), name)))

        change = None if self.change is None else expanded(self.change)
        changes = tuple(expanded(one) for one in self.changes)
        return replace(self, servers=tuple(servers), change=change, changes=changes, ranged_pools=())

    @cached_property
    def _names(self) -> dict[str, tuple[str, ...]]:
        return _names_in_file(self.servers)


def reach_of(
    reaches: tuple[str, ...] | None, servers: Iterable[Server | RangedPool], backup: Backup | None, names: Mapping[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """`Design.reach` over `servers` (a ranged pool standing for its members, as a name of its own), `names`
    giving the servers each server or pool name stands for; every name in `reaches` is known there."""
    servers = list(servers)
    by_name = {server.name: server for server in servers}
    touched: dict[str, list[str]] = {}

    def touch(name: str, version: str) -> None:
        found = touched.setdefault(name, [])
        if version not in found:
            found.append(version)

    for name in [server.name for server in servers] if reaches is None else reaches:
        if backup is not None and name == backup.name:
            touch(name, backup.version)
        elif name in names:
            for member in names[name]:
                touch(member, by_name[member].version)
        else:
            for member in [*servers, *([] if backup is None else [backup])]:
                if name in member.software:
                    touch(member.name, name)
    ordered = [server.name for server in servers if server.name in touched]
    if backup is not None and backup.name in touched:
        ordered.append(backup.name)
    return {name: tuple(touched[name]) for name in ordered}


def _names_of(members: tuple[Server, ...] | None, name: str) -> tuple[str, ...]:
    """The names of `members`, or `(name,)` when there are none to expand `name` to."""
    return (name,) if members is None else tuple(member.name for member in members)


def _names_in_file(servers: Iterable[Server]) -> dict[str, tuple[str, ...]]:
    """Every name a design file may use for servers, with the servers it stands for (see `Design.pool_members`)."""
    names: dict[str, tuple[str, ...]] = {}
    pools: dict[str, list[str]] = {}
    for server in servers:
        names[server.name] = (server.name,)
        if server.pool is not None:
            pools.setdefault(server.pool, []).append(server.name)
    names.update((pool, tuple(members)) for pool, members in pools.items())
    return names


class _Table:
    """Reads one TOML table field by field, then rejects whatever is left.

    Every accessor checks type and range and records the field as known, so
    `finish()` can report unknown fields. Errors carry the full field path.
    """

    def __init__(self, raw: Any, path: str, source: _Source) -> None:
        self._source = source
        self._path = path
        if not isinstance(raw, dict):
            source.fail(path, f"must be a table, not {_type_words(raw)}")
        self._raw: dict[str, Any] = raw
        self._known: set[str] = set()

    @property
    def path(self) -> str:
        return self._path

    @property
    def source(self) -> _Source:
        return self._source

    def field_path(self, key: str) -> str:
        return f"{self._path}.{key}" if self._path else key

    def fail(self, key: str, problem: str) -> None:
        self._source.fail(self.field_path(key), problem)

    def has(self, key: str) -> bool:
        return key in self._raw

    def is_table(self, key: str) -> bool:
        """Whether the field is a table (`{ min = 4 }` included), to choose how to read it."""
        return isinstance(self._raw.get(key), dict)

    def _get(self, key: str, required: bool) -> Any:
        self._known.add(key)
        if key not in self._raw:
            if required:
                self._source.fail(self.field_path(key), "is required", line_of=self._path)
            return None
        return self._raw[key]

    def text(self, key: str, default: str | None = None, required: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            self.fail(key, f"must be a string, not {_type_words(value)}")
        if not value.strip():
            self.fail(key, "must not be empty")
        return value

    def unique_name(self, entry: str, taken: set[str]) -> str:
        """The required `name` field, which no earlier entry of the same array may have; adds it to `taken`."""
        name = self.text("name", required=True)
        if name in taken:
            self.fail("name", f"duplicate {entry} {quoted(name)}")
        taken.add(name)
        return name

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.text(key, default, required=default is None)
        if value not in allowed:
            self.fail(key, f"{quoted(value)} is not one of {names(allowed)}")
        return value

    def integer(self, key: str, default: int | None = None, minimum: int = 0, maximum: int | None = MAX_NUMBER) -> int:
        value = self._get(key, required=default is None)
        if value is None:
            return default  # type: ignore[return-value]
        return _checked_integer(value, minimum, maximum, lambda problem: self.fail(key, problem))

    def batch_sizes(self, key: str, strategy: str) -> tuple[int, ...]:
        """Batch sizes, each from 1 to `MAX_NUMBER`: an integer `b` (default 1) read as `(b,)`, or under `staged` a non-empty array.

        An element's error names it by its 0-based index (`change.batch[1]`).
        """
        staged = strategy == "staged"
        value = self._get(key, required=False)
        if not isinstance(value, list):
            if staged and value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                self.fail(key, f"must be an integer or an array of integers, not {_type_words(value)}")
            return (self.integer(key, default=1, minimum=1),)
        if not staged:
            self.fail(key, f'an array of batch sizes needs strategy = "staged", not {quoted(strategy)}')
        if not value:
            self.fail(key, "must not be an empty array: write at least one batch size")
        return tuple(
            _checked_integer(size, 1, MAX_NUMBER, lambda problem, index=index: self.fail(f"{key}[{index}]", problem))
            for index, size in enumerate(value)
        )

    def steps(self, key: str) -> int:
        """A duration in steps, default 0, at most `MAX_STEPS`."""
        return self.integer(key, default=0, maximum=MAX_STEPS)

    def number(
        self, key: str, default: Fraction, above: Fraction | None = None, at_most: Fraction | None = None, bounded_as: str = "a probability"
    ) -> Fraction:
        """A number (integer or float) kept exact as written: at least 0, or above `above`, and at most `at_most`, the bound of `bounded_as`."""
        return _exact_number(self._get(key, required=False), default, above, at_most, bounded_as, lambda problem: self.fail(key, problem))

    def entries(self) -> list[tuple[str, Any]]:
        """Every key of a table whose keys are data, not fields (`[risk.p]`): all of them count as known."""
        self._known.update(self._raw)
        return list(self._raw.items())

    def table(self, key: str, required: bool = False) -> _Table | None:
        value = self._get(key, required)
        return None if value is None else _Table(value, self.field_path(key), self._source)

    def tables(self, key: str, required: bool = False) -> list[_Table]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(key, f"must be an array of tables ([[{key}]]), not {_type_words(value)}")
        if required and not value:
            self.fail(key, "needs at least one entry")
        return [_Table(item, f"{self.field_path(key)}[{index}]", self._source) for index, item in enumerate(value)]

    def names(self, key: str) -> list[str] | None:
        value = self._get(key, required=False)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(key, "must be an array of strings")
        return value

    def finish(self) -> None:
        for key in self._raw:
            if key not in self._known:
                shown = key if NAME_PATTERN.fullmatch(key) and len(key) <= LONGEST else quoted(key)
                self._source.fail(self.field_path(shown), "unknown field", line_of=None if shown == key else self._path)


@dataclass(frozen=True)
class _Source:
    """The file being read, to turn a field path into a located error."""

    file: str
    text: str

    def fail(self, field_path: str, problem: str, line_of: str | None = None) -> None:
        line = locate_field(self.text, field_path if line_of is None else line_of)
        raise DesignError(self.file, field_path, line, problem)


def _checked_integer(value: Any, minimum: int, maximum: int | None, fail: Any) -> int:
    """`value` if it is an integer from `minimum` to `maximum` (None: no upper bound); else `fail` with the problem."""
    if isinstance(value, bool) or not isinstance(value, int):
        fail(f"must be an integer, not {_type_words(value)}")
    if value < minimum:
        fail(f"must be at least {minimum}, not {number(value)}")
    if maximum is not None and value > maximum:
        fail(f"must be at most {maximum:,}, not {number(value)}{_LIMITS.get(maximum, '')}")
    return value


def _exact_number(value: Any, default: Fraction, above: Fraction | None, at_most: Fraction | None, bounded_as: str, fail: Any) -> Fraction:
    """`value` as an exact fraction (a float as its shortest decimal, `1e-4` as 1/10000), or `default` if absent."""
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int | float):
        fail(f"must be a number, not {_type_words(value)}")
    if value != value or value in (float("inf"), float("-inf")):
        fail(f"must be a finite number, not {value}")
    exact = Fraction(repr(value)) if isinstance(value, float) else Fraction(value)
    if above is not None and exact <= above:
        fail(f"must be above {above}, not {value}")
    if exact < 0:
        fail(f"must not be negative, not {value}")
    if at_most is not None and exact > at_most:
        fail(f"is {bounded_as}: at most {at_most}, not {value}")
    return exact


def _type_words(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a float", str: "a string", list: "an array", dict: "a table"}
    return names.get(type(value), type(value).__name__)


_LIMITS = {
    MAX_NUMBER: " (callspec's limit on numbers)",
    MAX_STEPS: " (callspec's limit on durations, see docs/design-guide.md)",
}


def load_design(path: str | Path) -> Design:
    """Read and validate one design file; raise `DesignError` on any problem."""
    return parse_design(read_text(path), str(path))


def read_text(path: str | Path) -> str:
    """The text of a callspec input file (a design, a catalogue); raise `DesignError` if it cannot be read.

    Only a regular file is opened (a named pipe would wait for a writer
    forever), and its bytes are decoded as they are: reading in text mode
    would turn a bare carriage return, which TOML rejects, into a line end.
    """
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise DesignError(str(path), "", None, "not a regular file")
        return path.read_bytes().decode("utf-8")
    except OSError as error:
        raise DesignError(str(path), "", None, f"cannot read the file: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise DesignError(str(path), "", None, f"not UTF-8 text (byte {error.start})") from None


def design_error(design: Design, field_path: str, problem: str) -> DesignError:
    """An error about a field of a design already read, located in its file when the file can still be read."""
    try:
        line = locate_field(read_text(design.file), field_path)
    except DesignError:
        line = None
    return DesignError(design.file, field_path, line, problem)


def parse_design(text: str, file: str = "<design>", strict: bool = False) -> Design:
    """Validate the TOML text of a design; `file` names it in errors.

    A design with `[kubernetes]` takes its servers, software, roll-outs and
    routing from the manifests it names (`spec.kubernetes`): the derived
    tables are read with the file's own, the `[kubernetes]` table's lines
    left as comments so that every other line keeps its number. With
    `strict`, an image that names no version is an error, not a warning.
    """
    top = toml_table(text, file)
    if not top.has("kubernetes"):
        return _read_design(top, top.source)
    derived = derived_from_manifests(top, file, strict)
    try:
        design = _read_design(toml_table(derived.text, file), _Source(file, derived.text))
    except DesignError as error:
        if error.line is None or error.line <= text.count("\n") + 1:
            raise
        raise DesignError(file, error.field_path, None, f"{error.problem}, in the design its manifests give (`callspec import {file}` prints it)") from None
    return replace(design, import_warnings=tuple(derived.warnings))


@dataclass(frozen=True)
class DerivedDesign:
    """A `[kubernetes]` design's text with the derived tables in, and what `import` says of them."""

    text: str  # the file's text, the `[kubernetes]` table commented out, the derived tables appended, each field with its source
    notes: list[str]
    warnings: list[str]


KUBERNETES_CLASHES = ("servers", "change", "changes", "routing", "links")
"""The tables a `[kubernetes]` design takes from its manifests, and may not write itself."""


def import_design(text: str, file: str, strict: bool = False) -> DerivedDesign:
    """The design that the `[kubernetes]` design file `text` derives from its manifests, checked as a design is."""
    top = toml_table(text, file)
    if not top.has("kubernetes"):
        raise DesignError(file, "kubernetes", None, "is required: `import` reads a design whose [kubernetes] table names its manifests")
    derived = derived_from_manifests(top, file, strict)
    _read_design(toml_table(derived.text, file), _Source(file, derived.text))
    return derived


def derived_from_manifests(top: _Table, file: str, strict: bool = False) -> DerivedDesign:
    """The derived tables of a design file with `[kubernetes]` (its top table `top`), read from the manifests."""
    for clash in KUBERNETES_CLASHES:
        if top.has(clash):
            top.fail(clash, f"a design with [kubernetes] takes its {clash} from the manifests: leave [{clash}] out")
    table = top.table("kubernetes")
    assert table is not None
    folder = Path(file).parent
    step = top.text("step", default="") or ""
    seconds = kubernetes.duration_seconds(step)
    if seconds is None:
        top.fail("step", f"a design with [kubernetes] needs its step as a duration (\"15 min\", \"30 s\"), not {quoted(step)}")
    source = kubernetes.Source(
        manifests=tuple(folder / name for name in _required_names(table, "manifests")),
        service=table.text("service", required=True) or "",
        folder=folder,
        namespace=table.text("namespace"),
        pods=None if not table.has("pods") else _existing(table, "pods", folder),
        zones=tuple(table.names("zones") or ()),
        zone_label=table.text("zone_label", default=kubernetes.ZONE_LABEL) or kubernetes.ZONE_LABEL,
        health_check=table.choice("health_check", HEALTH_CHECKS) if table.has("health_check") else None,
        strict=strict,
    )
    table.finish()
    try:
        derived = kubernetes.derive(source, seconds)  # type: ignore[arg-type]
    except ManifestError as error:
        raise DesignError(error.where, "", None, error.problem) from None
    tables = "\n".join(derived.lines).strip("\n") + "\n"
    return DerivedDesign(_without_table(top.source.text, "kubernetes") + "\n" + tables, derived.notes, derived.warnings)


def _required_names(table: _Table, key: str) -> list[str]:
    """`manifests`: at least one path, each a file or folder that exists (relative to the design file)."""
    names = table.names(key)
    if not names:
        table.fail(key, "must name at least one manifest file or folder")
    folder = Path(table.source.file).parent
    for name in names:  # type: ignore[union-attr]
        if not (folder / name).exists():
            table.fail(key, f"{quoted(name)}: no such file or folder (paths are relative to the design file)")
    return names  # type: ignore[return-value]


def _existing(table: _Table, key: str, folder: Path) -> Path:
    """A path field that must name an existing file, relative to the design file's folder."""
    path = folder / (table.text(key) or "")
    if not path.is_file():
        table.fail(key, f"{quoted(str(table.text(key)))}: no such file (paths are relative to the design file)")
    return path


def _without_table(text: str, name: str) -> str:
    """`text` with the table `[name]` (its header and keys, up to the next header) commented out, every line kept."""
    lines = text.split("\n")
    inside = False
    for index, line in enumerate(lines):
        header = re.match(r"\s*\[\[?\s*([^\]]+?)\s*\]", line)
        if header is not None:
            inside = header.group(1) == name
        if inside and line.strip():
            lines[index] = "# " + line
    return "\n".join(lines)


def toml_table(text: str, file: str) -> _Table:
    """The top table of a callspec input file's TOML text, to read field by field; TOML errors are `DesignError`s."""
    source = _Source(file, text)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"\(at line (\d+), column \d+\)", str(error))
        line = int(match.group(1)) if match else None
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise DesignError(file, "", line, f"not valid TOML: {problem}") from None
    except RecursionError:
        # Python's TOML reader recurses once per level of nesting; a design needs two levels.
        depth, line = nesting_depth(text)
        raise DesignError(file, "", line, f"not valid TOML for callspec: arrays or inline tables nested {depth} deep") from None
    except ValueError:
        # Python refuses to read an integer of more than 4,300 digits (sys.get_int_max_str_digits).
        line = _line_of_long_number(text)
        raise DesignError(file, "", line, "not valid TOML: an integer with too many digits") from None
    return _Table(raw, "", source)


def _line_of_long_number(text: str) -> int | None:
    """The line of the first run of more than 4,300 digits, which Python's TOML reader cannot turn into an integer."""
    for run in re.finditer(r"[0-9_]+", text):
        if run.end() - run.start() > 4300:
            return text.count("\n", 0, run.start()) + 1
    return None


def design_from_dict(raw: dict[str, Any], file: str = "<design>") -> Design:
    """Validate a design already parsed from TOML (or built in code, as tests do)."""
    source = _Source(file, "")
    return _read_design(_Table(raw, "", source), source)


def faults_from_dict(raw: dict[str, Any], file: str = "<faults>") -> Faults:
    """Validate a claim's `faults` table already parsed from TOML (or built in code, as tests do)."""
    return _read_faults(_Table(raw, "faults", _Source(file, "")))


def _read_heading(top: _Table) -> tuple[str, str, str, Service]:
    """What a design and a catalogue both begin with: `name`, `title`, `step` and `[service]`."""
    name = top.text("name", required=True)
    if not NAME_PATTERN.fullmatch(name):
        top.fail("name", f"{quoted(name)} must match [a-z0-9_-]+")
    title = top.text("title", default="")
    step = top.text("step", default="")
    return name, title, step, _read_service(top.table("service", required=True))


def _read_design(top: _Table, source: _Source) -> Design:
    name, title, step, service = _read_heading(top)
    routing_table = top.table("routing")
    routing = _read_routing(routing_table) if routing_table else Routing()
    versions = _read_versions(top.tables("versions", required=True))
    version_names = {version.name for version in versions}
    server_names = _ServerNames()
    servers, ranged = _read_servers(top.tables("servers", required=True), version_names, server_names)
    backup_table = top.table("backup")
    backup = _read_backup(backup_table, version_names, server_names) if backup_table else None
    change_table = top.table("change")
    change = _read_change(change_table, servers, ranged) if change_table else None
    if change_table and top.has("changes"):
        top.fail("changes", "a design has [change] or [[changes]], never both: write the [change] as one of the [[changes]]")
    changes = _read_changes(top.tables("changes"), servers, ranged, backup, version_names)
    links = _read_links(top.tables("links"), servers, ranged)
    claims = _read_claims(top.tables("claims"))
    _check_bug_units(claims, versions, source)
    risk_table = top.table("risk")
    risk = _read_risk(risk_table, servers, versions, backup, ranged) if risk_table else None
    top.finish()
    return Design(
        name=name,
        title=title,
        step_length=step,
        service=service,
        routing=routing,
        versions=versions,
        servers=servers,
        change=change,
        backup=backup,
        claims=claims,
        links=links,
        file=source.file,
        risk=risk,
        ranged_pools=ranged,
        changes=changes,
    )


def _read_service(table: _Table) -> Service:
    service = Service(
        demand=table.integer("demand", minimum=1),
        max_outage=table.steps("max_outage"),
        max_lost_share=table.number("max_lost_share", Fraction(0), at_most=Fraction(1), bounded_as="a share of calls"),
    )
    table.finish()
    return service


def _read_routing(table: _Table) -> Routing:
    routing = Routing(
        health_check=table.choice("health_check", HEALTH_CHECKS, default="liveness"),
        detect=table.steps("detect"),
    )
    table.finish()
    return routing


def _read_versions(tables: list[_Table]) -> tuple[Version, ...]:
    versions: list[Version] = []
    taken: set[str] = set()
    for table in tables:
        name = table.unique_name("version", taken)
        versions.append(Version(name=name, codebase=table.text("codebase", default=name)))
        table.finish()
    return tuple(versions)


@dataclass(frozen=True)
class _Origin:
    """What a name taken in `[[servers]]` names, and the entry that declared it, to report a clash.

    A member's `ranged` says whether its pool is a ranged one, whose members are only known at a size.
    """

    entry: str
    role: Literal["server", "pool", "ranged pool", "member"]
    pool: str | None = None
    ranged: bool = False

    def describe(self, name: str) -> str:
        if self.role == "member":
            return f"member {quoted(name)} of {_pool_words(self)}"
        return f"{self.role} {quoted(name)}"


def _pool_words(member: _Origin) -> str:
    """The pool of a member, as messages name it: `pool "a"`, `ranged pool "esrp"`."""
    return f"{'ranged pool' if member.ranged else 'pool'} {quoted(member.pool or '')}"


class _ServerNames:
    """The names taken so far in `[[servers]]`: servers, pool members and pool entries, which share one namespace.

    A pool entry's name is taken too, so that a name in `[change] order` means one thing. A ranged pool's
    members are not listed, yet their names (`<pool>-<k>`, k up to the range's top) are taken as well:
    a name is looked up among them by its number, and `_numbered` keeps, for each `<pool>`, the least
    `<k>` of the names taken one by one as `<pool>-<k>`, for a ranged pool declared after them. (A fixed
    pool's members need no such entry: only a pool of the same name, itself a clash, could share them.)
    Lookups are in dicts, so checking every name stays linear in the number of servers.
    """

    def __init__(self) -> None:
        self._taken: dict[str, _Origin] = {}
        self._tops: dict[str, int | None] = {}
        self._numbered: dict[str, str] = {}

    def get(self, name: str) -> _Origin | None:
        """What `name` names: a server, a pool, a member, or a member a ranged pool has at some size."""
        origin = self._taken.get(name)
        if origin is None and self._tops:
            pool = _ranged_member(name, self._tops)
            if pool is not None:
                return _Origin(self._taken[pool].entry, "member", pool, ranged=True)
        return origin

    def take(self, table: _Table, names: Iterable[str], origin: _Origin) -> None:
        """Take `names` for `origin`; a name already taken is an error at `table`'s `name`, naming both sides."""
        taken = self._taken
        for name in names:
            earlier = self.get(name)
            if earlier is not None:
                table.fail("name", _clash(name, origin, earlier))
            taken[name] = origin
            if origin.role != "member":
                self._number(name)

    def take_ranged(self, table: _Table, name: str, most: int | None) -> None:
        """Take a ranged pool's name, and the names its members take at every size up to `most` (`None`: every size)."""
        origin = _Origin(table.path, "ranged pool")
        self.take(table, (name,), origin)
        least = self._numbered.get(name)
        if least is not None and _at_most(least, most):
            member = f"{name}-{least}"
            table.fail("name", _clash(member, _Origin(table.path, "member", name, ranged=True), self._taken[member]))
        self._tops[name] = most

    def _number(self, name: str) -> None:
        """Keep `name` in `_numbered` if it is written like a member, `<pool>-<k>`."""
        numbered = _numbered(name)
        if numbered is not None:
            pool, number = numbered
            least = self._numbered.get(pool)
            if least is None or _decimal(number) < _decimal(least):
                self._numbered[pool] = number


def _numbered(name: str) -> tuple[str, str] | None:
    """`(pool, k)` for a name written as member k of a pool `pool` (`esrp-3`: k in decimal, from 1, no leading 0), else None."""
    pool, dash, number = name.rpartition("-")
    if not dash or not pool or not (number.isascii() and number.isdigit()) or number.startswith("0"):
        return None
    return pool, number


def _decimal(number: str) -> tuple[int, str]:
    """A decimal without leading zeros as a key that sorts as its value: by length, then digits.

    A name may hold more digits than Python turns into an integer.
    """
    return len(number), number


def _at_most(number: str, most: int | None) -> bool:
    """Whether the decimal `number` is at most `most` (`None`: no bound)."""
    return most is None or _decimal(number) <= _decimal(str(most))


def _ranged_member(name: str, tops: Mapping[str, int | None]) -> str | None:
    """The ranged pool `name` is a member of at some size (`esrp` for `esrp-3`), given each ranged pool's top size; else None."""
    numbered = _numbered(name)
    if numbered is None or numbered[0] not in tops:
        return None
    pool, number = numbered
    return pool if _at_most(number, tops[pool]) else None


def _clash(name: str, later: _Origin, earlier: _Origin) -> str:
    """The problem of a name taken twice, naming both sides and the entry of the earlier one."""
    if later.role == earlier.role != "member":
        return f"duplicate {later.role} {quoted(name)} ({earlier.entry})"
    return f"{later.describe(name)} clashes with {earlier.describe(name)} ({earlier.entry})"


def _read_servers(
    tables: list[_Table], version_names: set[str], names: _ServerNames
) -> tuple[tuple[Server, ...], tuple[RangedPool, ...]]:
    """Every server of the file, pool members expanded in place, in declaration order; and the ranged pools, kept whole."""
    servers: list[Server] = []
    ranged: list[RangedPool] = []
    for index, table in enumerate(tables):
        if table.is_table("count"):
            ranged.append(_read_ranged_entry(table, index, version_names, names, place=len(servers)))
        else:
            servers.extend(_read_server_entry(table, version_names, names, room=MAX_SERVERS - len(servers)))
    return tuple(servers), tuple(ranged)


def _read_server_entry(table: _Table, version_names: set[str], names: _ServerNames, room: int) -> list[Server]:
    """The servers one `[[servers]]` entry declares: itself, or with `count > 1` its members `<name>-1` ..."""
    name = table.text("name", required=True)
    count = _read_count(table, room)
    members = _take_names(table, name, count, names)
    version = _version_reference(table, version_names)
    components = _read_components(table, version, version_names)
    site = table.text("site")
    capacity = table.integer("capacity", default=1)
    table.finish()
    pool = name if count > 1 else None
    return [Server(member, version, site, capacity, pool, components) for member in members]


def _read_ranged_entry(table: _Table, index: int, version_names: set[str], names: _ServerNames, place: int) -> RangedPool:
    """A `[[servers]]` entry whose `count` is a range, `{ min = 4, max = 40 }`: a pool of any size in it, kept whole."""
    name = table.text("name", required=True)
    least, most = _read_range(table.table("count"))  # type: ignore[arg-type]
    names.take_ranged(table, name, most)
    version = _version_reference(table, version_names)
    components = _read_components(table, version, version_names)
    site = table.text("site")
    capacity = table.integer("capacity", default=1)
    table.finish()
    return RangedPool(name, version, site, capacity, least, most, place, index, components)


def _read_range(table: _Table) -> tuple[int, int | None]:
    """A ranged `count`: `min`, an integer >= 1, and `max`, optional (no upper bound), an integer >= `min`."""
    least = table.integer("min", minimum=1)
    most = table.integer("max", minimum=1) if table.has("max") else None
    if most is not None and most < least:
        table.fail("max", f"must be at least min ({least}), not {most}")
    table.finish()
    return least, most


def _take_names(table: _Table, name: str, count: int, names: _ServerNames) -> list[str]:
    """The names of the servers an entry declares, taken in `names`; a pool's own name is taken too."""
    if count == 1:
        names.take(table, (name,), _Origin(table.path, "server"))
        return [name]
    names.take(table, (name,), _Origin(table.path, "pool"))
    members = [f"{name}-{index}" for index in range(1, count + 1)]
    names.take(table, members, _Origin(table.path, "member", pool=name))
    return members


def _read_count(table: _Table, room: int) -> int:
    """The entry's `count`, at most `room`: what is left of `MAX_SERVERS` after the entries before it."""
    count = table.integer("count", default=1, minimum=1, maximum=None)
    if count > room:
        limit = f"a design has at most {MAX_SERVERS} servers, pool members included"
        table.fail("count", f"must be at most {room}: {limit}")
    return count


def _read_components(table: _Table, version: str, version_names: set[str]) -> tuple[str, ...]:
    """`components`, default none: versions declared in `[[versions]]`, none twice, never the entry's own `version`."""
    written = table.names("components") or []
    for index, name in enumerate(written):
        where = f"components[{index}]"
        if name not in version_names:
            table.fail(where, f"unknown version {quoted(name)} (declared: {names(sorted(version_names))})")
        if name == version:
            table.fail(where, f"{quoted(name)} is the entry's own version: a component is software beside it")
        if name in written[:index]:
            table.fail(where, f"names version {quoted(name)} twice")
    return tuple(written)


def _version_reference(table: _Table, version_names: set[str]) -> str:
    version = table.text("version", required=True)
    if version not in version_names:
        table.fail("version", f"unknown version {quoted(version)} (declared: {names(sorted(version_names))})")
    return version


def _read_change(table: _Table, servers: tuple[Server, ...], ranged: tuple[RangedPool, ...]) -> Change:
    strategy = table.choice("strategy", STRATEGIES)
    batch = table.batch_sizes("batch", strategy)
    bake = table.steps("bake")
    gate = table.choice("gate", GATES, default=GATES[0])
    written = table.names("order")
    order = _declared(servers, ranged) if written is None else _expand_order(table, written, servers, ranged)
    table.finish()
    return Change(strategy=strategy, order=order, batch=batch, bake=bake, gate=gate)


def _read_changes(
    tables: list[_Table], servers: tuple[Server, ...], ranged: tuple[RangedPool, ...], backup: Backup | None, version_names: set[str]
) -> tuple[Change, ...]:
    """The `[[changes]]` entries: each a `[change]` with a unique `name`, what it `reaches`, and its `start`."""
    changes = []
    taken: set[str] = set()
    stands_for = _stands_for(servers, ranged)
    entries: list[Server | RangedPool] = list(servers)
    for pool in reversed(ranged):
        entries.insert(pool.place, pool)
    for table in tables:
        name = table.unique_name("change", taken)
        reaches = _read_reaches(table, stands_for, backup, version_names, ranged)
        strategy = table.choice("strategy", STRATEGIES)
        batch = table.batch_sizes("batch", strategy)
        bake = table.steps("bake")
        gate = table.choice("gate", GATES, default=GATES[0])
        start = table.integer("start", default=1, minimum=1, maximum=MAX_STEPS)
        reached = tuple(reach_of(reaches, entries, backup, stands_for))
        if not reached:
            table.fail("reaches", "reaches no server and not the backup")
        written = table.names("order")
        order = reached if written is None else _order_of_reached(table, written, reached, stands_for, ranged)
        table.finish()
        changes.append(Change(strategy, order, batch, bake, gate, name=name, reaches=reaches, start=start))
    return tuple(changes)


def _read_reaches(
    table: _Table, stands_for: Mapping[str, tuple[str, ...]], backup: Backup | None, version_names: set[str], ranged: tuple[RangedPool, ...]
) -> tuple[str, ...] | None:
    """`reaches` as written, default none (every server): each a version, a pool entry, a server, or the backup; never a name of two."""
    written = table.names("reaches")
    if written is None:
        return None
    if not written:
        table.fail("reaches", "must name at least one version, pool, server or the backup (leave it out to reach every server)")
    for index, name in enumerate(written):
        where = f"reaches[{index}]"
        server = name in stands_for or (backup is not None and name == backup.name)
        if name in version_names and server:
            table.fail(where, f"{quoted(name)} is both a version and a server, pool or the backup: rename one of them")
        if not server and name not in version_names:
            table.fail(where, _no_server(name, ranged, "names no version, pool, server or backup:"))
        if name in written[:index]:
            table.fail(where, f"names {quoted(name)} twice")
    return tuple(written)


def _order_of_reached(
    table: _Table, written: list[str], reached: tuple[str, ...], stands_for: Mapping[str, tuple[str, ...]], ranged: tuple[RangedPool, ...]
) -> tuple[str, ...]:
    """A change's `order` as written, pools expanded: every server (or the backup) it reaches once, and nothing else."""
    reached_set = set(reached)
    named_as: dict[str, str] = {}
    for name in written:
        members = stands_for.get(name, (name,) if name in reached_set else None)
        if members is None:
            table.fail("order", _no_server(name, ranged, "unknown server"))
        for member in members:
            if member not in reached_set:
                table.fail("order", f"names {quoted(member)}, which this change does not reach")
            if member in named_as:
                table.fail("order", _named_twice(member, named_as[member], name, ranged))
            named_as[member] = name
    missing = next((name for name in reached if name not in named_as), None)
    if missing is not None:
        table.fail("order", f"must name every server the change reaches once; {quoted(missing)} is missing")
    return tuple(named_as)


def _declared(servers: tuple[Server, ...], ranged: tuple[RangedPool, ...]) -> tuple[str, ...]:
    """The servers' names in declaration order, each ranged pool's name standing where its members do."""
    names = [server.name for server in servers]
    for pool in reversed(ranged):  # from the last: inserting a name moves no earlier place
        names.insert(pool.place, pool.name)
    return tuple(names)


def _stands_for(servers: tuple[Server, ...], ranged: tuple[RangedPool, ...]) -> dict[str, tuple[str, ...]]:
    """Every name the file may use for servers (`_names_in_file`), a ranged pool's name standing for itself."""
    names = _names_in_file(servers)
    names.update((pool.name, (pool.name,)) for pool in ranged)
    return names


def _no_server(name: str, ranged: tuple[RangedPool, ...], unknown: str) -> str:
    """The problem of a name that stands for no server: a member of a ranged pool, or else `unknown` and the name."""
    pool = _ranged_member(name, {pool.name: pool.most for pool in ranged})
    if pool is None:
        return f"{unknown} {quoted(name)}"
    return f"{quoted(name)} is a member of ranged pool {quoted(pool)}: name the pool, which stands for all its members"


def _expand_order(table: _Table, written: list[str], servers: tuple[Server, ...], ranged: tuple[RangedPool, ...]) -> tuple[str, ...]:
    """`order` as written, each pool entry replaced by its members in number order; it must name every server once.

    A ranged pool is named whole and stays whole. `named_as` maps each server to the name that put it in
    the order, for the error message, and keeps the order.
    """
    stands_for = _stands_for(servers, ranged)
    named_as: dict[str, str] = {}
    for name in written:
        if name not in stands_for:
            table.fail("order", _no_server(name, ranged, "unknown server"))
        for server in stands_for[name]:
            if server in named_as:
                table.fail("order", _named_twice(server, named_as[server], name, ranged))
            named_as[server] = name
    missing = next((name for name in _declared(servers, ranged) if name not in named_as), None)
    if missing is not None:
        what = "ranged pool " if any(pool.name == missing for pool in ranged) else ""
        table.fail("order", f"must name every server once; {what}{quoted(missing)} is missing")
    return tuple(named_as)


def _named_twice(server: str, first: str, second: str, ranged: tuple[RangedPool, ...]) -> str:
    """The problem of `order` naming `server` twice, as `first` then as `second` (each itself or its pool)."""
    if first == second:
        what = "ranged pool" if any(pool.name == first for pool in ranged) else "server" if first == server else "pool"
        return f"names {what} {quoted(first)} more than once"
    how = ["by name" if name == server else f"through pool {quoted(name)}" for name in (first, second)]
    return f"names server {quoted(server)} more than once: {how[0]}, then {how[1]}"


def _read_links(tables: list[_Table], servers: tuple[Server, ...], ranged: tuple[RangedPool, ...]) -> tuple[Link, ...]:
    """The `[[links]]` entries; a link written twice (either way round) is kept once.

    A ranged pool linked with itself is a full mesh, as a pool is, whatever its size.
    """
    stands_for = _stands_for(servers, ranged)
    links: dict[frozenset[str], Link] = {}
    for table in tables:
        between = table.names("between")
        if between is None or len(between) != 2:
            table.fail("between", "must be an array of two names (servers, pool members or pool entries)")
        for name in between:
            if name not in stands_for:
                table.fail("between", _no_server(name, ranged, "unknown server or pool"))
        first, second = between
        if first == second and len(stands_for[first]) == 1 and not any(pool.name == first for pool in ranged):
            table.fail("between", f"links server {quoted(first)} with itself")
        table.finish()
        links.setdefault(frozenset(between), Link((first, second)))
    return tuple(links.values())


def _read_backup(table: _Table, version_names: set[str], server_names: _ServerNames) -> Backup:
    name = table.text("name", required=True)
    taken = server_names.get(name)
    if taken is not None:
        table.fail("name", f"{quoted(name)} is already the name of {_owner(taken)} ({taken.entry})")
    version = _version_reference(table, version_names)
    backup = Backup(
        name=name,
        version=version,
        trigger=table.choice("trigger", BACKUP_TRIGGERS),
        site=table.text("site"),
        capacity=table.integer("capacity", default=1),
        delay=table.steps("delay"),
        components=_read_components(table, version, version_names),
    )
    table.finish()
    return backup


def _owner(origin: _Origin) -> str:
    """What a taken name belongs to, as the backup's error says it."""
    if origin.role == "member":
        return f"a server, a member of {_pool_words(origin)}"
    return f"a {origin.role}"


def _read_claims(tables: list[_Table]) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    taken: set[str] = set()
    for table in tables:
        name = table.unique_name("claim", taken)
        expect = table.choice("expect", EXPECTATIONS)
        faults_table = table.table("faults")
        faults = _read_faults(faults_table) if faults_table else Faults()
        claims.append(Claim(name=name, expect=expect, faults=faults))
        table.finish()
    return tuple(claims)


def _check_bug_units(claims: tuple[Claim, ...], versions: tuple[Version, ...], source: _Source) -> None:
    """Each claim's `bug_units` names versions (or, with `bug_scope = "codebase"`, codebases) of the design, none twice."""
    for index, claim in enumerate(claims):
        named = claim.faults.bug_units or ()
        scope = claim.faults.bug_scope
        known = sorted({version.name if scope == "version" else version.codebase for version in versions})
        for position, name in enumerate(named):
            path = f"claims[{index}].faults.bug_units[{position}]"
            if name not in known:
                source.fail(path, f"{quoted(name)} is no {scope} of this design (its {scope}s: {names(known)})")
            if name in named[:position]:
                source.fail(path, f"names {quoted(name)} twice")


def _read_faults(table: _Table) -> Faults:
    budgets = {budget: table.integer(budget, default=0) for budget in budget_fields()}
    bug_scope = table.choice("bug_scope", BUG_SCOPES, default="version")
    trigger = table.choice("trigger", BUG_TRIGGERS, default="change")
    latency = table.steps("latency")
    bug_units = table.names("bug_units")
    if bug_units is not None and not bug_units:
        table.fail("bug_units", "must name at least one version or codebase (leave it out to let any unit be faulty)")
    faults = Faults(
        **budgets,
        bug_scope=bug_scope,
        trigger=trigger,
        max_latency=latency,
        min_latency=_min_latency(table, latency),
        bug_units=None if bug_units is None else tuple(bug_units),
    )
    table.finish()
    return faults


def _min_latency(table: _Table, latency: int) -> int:
    """`min_latency`, default 0: the fewest steps from trigger to symptom, at most the claim's `latency`."""
    least = table.steps("min_latency")
    if least > latency:
        table.fail("min_latency", f"must be at most latency ({latency}), not {least}")
    return least


def basic_events(servers: tuple[Server, ...], versions: tuple[Version, ...], backup: Backup | None) -> set[str]:
    """Every basic event a design can have, whatever a claim's bug scope and trigger.

    Crashes (the backup too), sites, bugs by version and by codebase, and the restarts of servers (which
    matter where messages set bugs off).
    """
    members = [*servers, *([] if backup is None else [backup])]
    events = {f"crash:{server.name}" for server in members} | {f"restart:{server.name}" for server in servers}
    events |= {f"site:{server.site}" for server in members if server.site is not None}
    events |= {f"bug:{version.name}" for version in versions} | {f"bug:{version.codebase}" for version in versions}
    return events


def _read_risk(
    table: _Table, servers: tuple[Server, ...], versions: tuple[Version, ...], backup: Backup | None, ranged: tuple[RangedPool, ...]
) -> Risk:
    """The `[risk]` table: probabilities in [0, 1], rates and durations above 0, overrides naming basic events."""
    one, zero = Fraction(1), Fraction(0)
    risk = Risk(
        window=table.text("window", default=""),
        windows_per_year=table.number("windows_per_year", one, above=zero),
        p_bug=table.number("p_bug", zero, at_most=one),
        p_crash=table.number("p_crash", zero, at_most=one),
        p_site=table.number("p_site", zero, at_most=one),
        p_restart=table.number("p_restart", zero, at_most=one),
        outage_hours=table.number("outage_hours", one, above=zero),
        calls_per_hour=table.number("calls_per_hour", zero, above=zero) if table.has("calls_per_hour") else zero,
        beta=table.number("beta", Fraction(1, 10), at_most=one),
        p=_read_overrides(table.table("p"), servers, versions, backup, ranged),
    )
    table.finish()
    return risk


def _read_overrides(
    table: _Table | None,
    servers: tuple[Server, ...],
    versions: tuple[Version, ...],
    backup: Backup | None,
    ranged: tuple[RangedPool, ...],
) -> tuple[tuple[str, Fraction], ...]:
    """`[risk.p]`: a probability per basic event; `crash:<pool>` (`restart:<pool>`) sets every member of a pool.

    A single member of a pool of more than one server cannot be given its own figure: the members are
    interchangeable, which is what lets cut sets be counted up to symmetry. A ranged pool is a pool here
    (`crash:<pool>`, never one member's event), and its site has its event.
    """
    if table is None:
        return ()
    events = basic_events(servers, versions, backup) | {f"site:{pool.site}" for pool in ranged if pool.site is not None}
    pools = {server.pool for server in servers if server.pool is not None} | {pool.name for pool in ranged}
    tops = {pool.name: pool.most for pool in ranged}
    pool_of = {f"{kind}:{server.name}": server.pool for server in servers if server.pool is not None for kind in ("crash", "restart")}
    overrides = []
    for event, value in table.entries():
        key = f'"{event}"'

        def fail(problem: str, key: str = key) -> None:
            table.fail(key, problem)

        if event in pool_of:
            kind = Event.parse(event).kind
            fail(f'"{event}" is a member of pool "{pool_of[event]}", whose members are interchangeable: set "{kind}:{pool_of[event]}"')
        kind, _, name = event.partition(":")
        if kind in ("crash", "restart") and (pool := _ranged_member(name, tops)) is not None:
            fail(f'"{event}" is a member of ranged pool "{pool}", whose members are interchangeable: set "{kind}:{pool}"')
        if event not in events and event not in {f"{kind}:{pool}" for pool in pools for kind in ("crash", "restart")}:
            fail(f'"{event}" is no basic event of this design (crash:<server>, restart:<server>, site:<site>, bug:<version or codebase>)')
        overrides.append((event, _exact_number(value, Fraction(0), None, Fraction(1), "a probability", fail)))
    return tuple(overrides)
