"""Independent reference model of the design semantics (contract v1, with v2's and some of v3's additions).

This module is an independent, deliberately naive reading of the sections
"Semantics" and "A claim's faults" of docs/design-format.md, used as a test
oracle for the model checker. It shares no code with the checker and uses no
solver: it simulates every run the adversary can produce within a claim's
fault budget, breadth-first, one step at a time, each step in the contract's
six phases (roll-out, faults, bugs, routing, backup, service). It reads the
v2 section "Signalling links, transient restarts and message-triggered
bugs" the same way: restarts are faults of phase 2, messages are received
in phase 3 from the signals of the state before. Of version 3 it reads the
lost share (phase 6), the latency range (each faulty unit's latency is
chosen in `min_latency..latency`) and batch lists (batch k of a staged
roll-out holds the k-th size, the last size repeating until every server is
reached), the gate kind, and "Components and several changes": a machine
carries the bugs of its version and of its components, each change has its
own batches, start and gate and reaches what its `reaches` names, and the
change trigger sets a unit off `latency` steps after the first change that
touches it applied on the machine. Identical configurations reached at the same depth are merged,
which keeps small designs and short horizons cheap. It is meant to be slow
and obviously right, not fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from itertools import combinations, product
from typing import Any, NamedTuple

UP, DOWN, LOOPING = "up", "down", "looping"


@dataclass(frozen=True)
class Machine:
    """A server or the backup: what the semantics needs to know about it."""

    name: str
    site: str | None
    bug_unit: str  # its version, or its version's codebase with bug_scope "codebase"
    capacity: int
    units: frozenset[str] = frozenset()  # the bug units of its version and its components


@dataclass(frozen=True)
class Rollout:
    """One change: its batches, each a step and the machines (index n: the backup) with the units it touches there."""

    batches: tuple[tuple[int, tuple[tuple[int, frozenset[str]], ...]], ...]
    health_check_gate: bool


@dataclass(frozen=True)
class Model:
    """A design with the contract's defaults applied, and a claim's fault hypothesis."""

    servers: tuple[Machine, ...]
    demand: int
    max_outage: int
    max_lost_share: Fraction  # the share of calls that may be lost at a step
    end_to_end: bool
    detect: int
    changes: tuple[Rollout, ...]
    backup: Machine | None
    backup_trigger: str
    backup_delay: int
    crashes: int | None  # None: unlimited
    site_losses: int | None
    bugs: int | None
    trigger: str
    latency: int
    min_latency: int  # each faulty unit's latency is chosen in min_latency..latency
    restarts: int | None
    bug_units: frozenset[str] | None  # the units that may be faulty (None: any)
    neighbours: tuple[frozenset[int], ...]  # per server, the servers linked with it


class Config(NamedTuple):
    """Everything about state t (and its past) that matters for steps after t.

    `visible_for` is, per server, for how many consecutive steps up to and
    including t its failure has been visible, capped at `detect + 1`: the
    routing rule only asks whether that number exceeds `detect`.
    """

    status: tuple[str, ...]
    applied: tuple[tuple[int | None, ...], ...]  # per change, per machine (the backup last), the step it applied
    visible_for: tuple[int, ...]
    halted: tuple[bool, ...]  # per change
    backup_status: str | None  # None: the design has no backup
    backup_active: bool
    cond_history: tuple[bool, ...]  # the backup condition at steps t-delay+1 .. t
    served_history: tuple[bool, ...]  # "served" at steps t-max_outage+1 .. t
    crashes_used: int
    sites_used: int
    faulty: tuple[tuple[str, int], ...]  # faulty bug units and their latencies
    input_step: int | None  # step at which the bad input arrived, if it has
    restarted: frozenset[int] = frozenset()  # servers restarted so far (each at most once)
    received: tuple[int | None, ...] = ()  # per server, the step it first received a message
    signals: tuple[bool, ...] = ()  # per server, whether it signals in state t


def build_model(design: dict[str, Any], faults: dict[str, Any]) -> Model:
    """Read a parsed design file and a claim's `faults` table, applying every default."""
    scope = faults.get("bug_scope", "version")
    codebase = {v["name"]: v.get("codebase", v["name"]) for v in design["versions"]}

    def unit(version: str) -> str:
        return codebase[version] if scope == "codebase" else version

    def machine(entry: dict[str, Any]) -> Machine:
        software = [entry["version"], *entry.get("components", [])]
        return Machine(entry["name"], entry.get("site"), unit(entry["version"]),
                       entry.get("capacity", 1), frozenset(unit(v) for v in software))

    servers = tuple(machine(s) for s in design["servers"])
    backup = design.get("backup")
    entries = list(design["servers"]) + ([backup] if backup else [])
    names = [e["name"] for e in entries]
    written = [design["change"]] if "change" in design else design.get("changes", [])
    changes = []
    for change in written:
        # What the change reaches, and the versions it touches there.
        touched: dict[int, set[str]] = {}
        for name in change.get("reaches", [s["name"] for s in design["servers"]]):
            if name in names:
                i = names.index(name)
                touched.setdefault(i, set()).add(entries[i]["version"])
            else:
                for i, e in enumerate(entries):
                    if name == e["version"] or name in e.get("components", []):
                        touched.setdefault(i, set()).add(name)
        order = [names.index(n) for n in change.get("order", [n for n in names if names.index(n) in touched])]
        if change["strategy"] == "all_at_once":
            sizes, bake = [len(order)], 0
        else:
            sizes, bake = change.get("batch", 1), change.get("bake", 0)
        if isinstance(sizes, int):  # contract v3: an integer b is the list [b]
            sizes = [sizes]
        groups: list[tuple[int, ...]] = []
        while sum(len(group) for group in groups) < len(order):
            k = len(groups)
            size = sizes[k] if k < len(sizes) else sizes[-1]  # the last size repeats
            begin = sum(len(group) for group in groups)
            groups.append(tuple(order[begin:begin + size]))
        start = change.get("start", 1)
        changes.append(Rollout(
            batches=tuple((start + k * (bake + 1), tuple((i, frozenset(unit(v) for v in touched[i])) for i in group))
                          for k, group in enumerate(groups)),
            health_check_gate=change.get("gate") == "health_check"))
    routing = design.get("routing", {})
    pools: dict[str, list[int]] = {}
    for index, entry in enumerate(design["servers"]):
        pools.setdefault(entry["name"], []).append(index)
    neighbours: list[set[int]] = [set() for _ in servers]
    for link in design.get("links", []):
        first, second = (pools[name] for name in link["between"])
        for i in first:
            for j in second:
                if i != j:
                    neighbours[i].add(j)
                    neighbours[j].add(i)
    return Model(
        servers=servers,
        demand=design["service"]["demand"],
        max_outage=design["service"].get("max_outage", 0),
        max_lost_share=Fraction(repr(design["service"].get("max_lost_share", 0))),
        end_to_end=routing.get("health_check", "liveness") == "end_to_end",
        detect=routing.get("detect", 0),
        changes=tuple(changes),
        backup=machine(backup) if backup is not None else None,
        backup_trigger=backup["trigger"] if backup is not None else "observed",
        backup_delay=backup.get("delay", 0) if backup is not None else 0,
        crashes=faults.get("crashes", 0),
        site_losses=faults.get("site_losses", 0),
        bugs=faults.get("bugs", 0),
        trigger=faults.get("trigger", "change"),
        latency=faults.get("latency", 0),
        min_latency=faults.get("min_latency", 0),
        restarts=faults.get("restarts", 0),
        bug_units=frozenset(faults["bug_units"]) if "bug_units" in faults else None,
        neighbours=tuple(frozenset(found) for found in neighbours),
    )


def bug_choices(m: Model) -> Iterator[tuple[tuple[str, int], ...]]:
    """The adversary's choice before state 1: at most `bugs` faulty units, each with a latency in `min_latency..latency`.

    Only units that some server or the backup belongs to are offered: a
    faulty unit that nothing runs has no effect.
    """
    units = sorted({u for s in m.servers for u in s.units} | (set(m.backup.units) if m.backup else set()))
    units = [u for u in units if m.bug_units is None or u in m.bug_units]
    most = len(units) if m.bugs is None else min(m.bugs, len(units))
    for size in range(most + 1):
        for chosen in combinations(units, size):
            for latencies in product(range(m.min_latency, m.latency + 1), repeat=size):
                yield tuple(zip(chosen, latencies))


def subsets(items: list[Any], budget_left: int | None) -> Iterator[tuple[Any, ...]]:
    """Every subset of `items` of size at most `budget_left` (None: any size)."""
    most = len(items) if budget_left is None else min(budget_left, len(items))
    for size in range(most + 1):
        yield from combinations(items, size)


def is_visible(m: Model, status: str) -> bool:
    """Phase 4: a failure is visible if down, or looping under an end-to-end health check."""
    return status == DOWN or (status == LOOPING and m.end_to_end)


def close_step(m: Model, prev: Config, t: int, status: tuple[str, ...],
               applied: tuple[tuple[int | None, ...], ...], visible_for: tuple[int, ...], halted: tuple[bool, ...],
               backup_status: str | None, crashes_used: int, sites_used: int,
               input_step: int | None, restarted: frozenset[int], received: tuple[int | None, ...],
               signals: tuple[bool, ...]) -> tuple[Config, bool]:
    """Phases 4-6 of step t (also used for state 0): routing, backup, service.

    Returns state t and whether the service property fails at t.
    """
    # 4. Routing: dropped once the failure has been visible for more than `detect` steps.
    routed = tuple(not (s != UP and v > m.detect) for s, v in zip(status, visible_for))
    holes = [u for u, r, s in zip(m.servers, routed, status) if r and s != UP]
    routed_capacity = sum(u.capacity for u, r in zip(m.servers, routed) if r)
    up_capacity = sum(u.capacity for u, s in zip(m.servers, status) if s == UP)
    # Calls are spread over the routed servers by capacity; the black holes' share is lost (1 with nothing routed).
    lost_share = Fraction(sum(u.capacity for u in holes), routed_capacity) if routed_capacity else Fraction(1)
    within = not holes if m.max_lost_share == 0 else lost_share <= m.max_lost_share
    cluster_serves = up_capacity >= m.demand and within
    # 5. Backup: active from the first t >= 1 at which the condition held at t-delay .. t.
    if m.backup_trigger == "observed":
        condition = routed_capacity < m.demand
    else:
        condition = not cluster_serves
    window = prev.cond_history + (condition,)
    active = prev.backup_active or (m.backup is not None and t >= 1 and all(window))
    # 6. Service.
    served = cluster_serves or (active and backup_status == UP
                                and m.backup is not None and m.backup.capacity >= m.demand)
    fails = not served and not any(prev.served_history)
    state = Config(
        status=status, applied=applied, visible_for=visible_for, halted=halted,
        backup_status=backup_status, backup_active=active,
        cond_history=last(window, m.backup_delay),
        served_history=last(prev.served_history + (served,), m.max_outage),
        crashes_used=crashes_used, sites_used=sites_used,
        faulty=prev.faulty, input_step=input_step,
        restarted=restarted, received=received, signals=signals)
    return state, fails


def last(history: tuple[bool, ...], n: int) -> tuple[bool, ...]:
    """The last n entries of a history (n may be 0)."""
    return history[len(history) - n:]


def initial(m: Model, faulty: tuple[tuple[str, int], ...]) -> tuple[Config, bool]:
    """State 0: all up, nothing applied, backup inactive; routing and service evaluated.

    Steps before 0 count as "condition not holding" and as "served".
    """
    n = len(m.servers)
    before = Config(
        status=(UP,) * n, applied=((None,) * (n + 1),) * len(m.changes), visible_for=(0,) * n, halted=(False,) * len(m.changes),
        backup_status=UP if m.backup else None, backup_active=False,
        cond_history=(False,) * m.backup_delay, served_history=(True,) * m.max_outage,
        crashes_used=0, sites_used=0, faulty=faulty, input_step=None)
    return close_step(m, before, 0, before.status, before.applied, before.visible_for,
                      before.halted, before.backup_status, 0, 0, None, frozenset(), (None,) * n, (False,) * n)


def bug_starts(m: Model, machine: Machine, applied_at: dict[str, int], input_step: int | None,
               received_at: int | None, latency: dict[str, int]) -> set[int]:
    """Phase 3: the steps at which a faulty unit of `machine` goes off (it loops from the first, if not down then).

    The trigger of unit u is the first change touching u that the machine
    applied (`applied_at[u]`), the bad input's arrival, or its first
    receiving a message; the bug shows `latency(u)` steps later.
    """
    starts = set()
    for unit in machine.units & set(latency):
        trigger = {"change": applied_at.get(unit), "input": input_step, "message": received_at}[m.trigger]
        if trigger is not None:
            starts.add(trigger + latency[unit])
    return starts


def successors(m: Model, c: Config, t: int) -> Iterator[tuple[Config, bool]]:
    """Every state t the adversary can reach from state t-1 `c`, with whether the property fails.

    Crashing a machine that is already down, or losing a site whose machines
    are all down, changes nothing but the budget, so those choices are left out.
    """
    # 1. Roll-out (deterministic), change by change. Each gate looks at state t-1, i.e. at `c`.
    n = len(m.servers)
    statuses_before = list(c.status) + [c.backup_status]
    applied_lists, halted_list = [list(a) for a in c.applied], list(c.halted)
    for number, change in enumerate(m.changes):
        for k, (when, batch) in enumerate(change.batches):
            if when != t or halted_list[number]:
                continue
            seen = (lambda s: is_visible(m, s)) if change.health_check_gate else (lambda s: s != UP)
            if k > 0 and any(a is not None and seen(s) for a, s in zip(c.applied[number], statuses_before)):
                halted_list[number] = True
                continue
            for i, _ in batch:
                applied_lists[number][i] = t
    applied = tuple(tuple(a) for a in applied_lists)
    halted = tuple(halted_list)
    # Per machine, per unit, the step the first change touching it applied there.
    first_touch: list[dict[str, int]] = [{} for _ in range(n + 1)]
    for number, change in enumerate(m.changes):
        for _, batch in change.batches:
            for i, units in batch:
                when = applied[number][i]
                if when is not None:
                    for u in units:
                        first_touch[i][u] = min(when, first_touch[i].get(u, when))
    # 2. Faults: the adversary's choices for this step. Index n stands for the backup.
    machines = list(m.servers) + ([m.backup] if m.backup else [])
    statuses = list(c.status) + ([c.backup_status] if m.backup else [])
    crashable = [i for i, s in enumerate(statuses) if s != DOWN]
    sites = sorted({u.site for u, s in zip(machines, statuses)
                    if s != DOWN and u.site is not None})
    crash_left = None if m.crashes is None else m.crashes - c.crashes_used
    site_left = None if m.site_losses is None else m.site_losses - c.sites_used
    if m.trigger == "input" and c.input_step is None and c.faulty:
        inputs: list[int | None] = [None, t]
    else:
        inputs = [c.input_step]
    latency = dict(c.faulty)
    # Restarts: only a server that is up can be restarted to any effect, and each only once.
    restartable = [i for i in range(n) if c.status[i] == UP and i not in c.restarted]
    restart_left = None if m.restarts is None else m.restarts - len(c.restarted)
    # Receiving: a linked server signalled in state t-1.
    received = tuple(first if first is not None or not any(c.signals[j] for j in m.neighbours[i]) else t
                     for i, first in enumerate(c.received))
    for crashed in subsets(crashable, crash_left):
        for lost in subsets(sites, site_left):
            hit = [DOWN if i in crashed or (u.site is not None and u.site in lost) else s
                   for i, (u, s) in enumerate(zip(machines, statuses))]
            for restarting in subsets(restartable, restart_left) if m.trigger == "message" else [()]:
                for input_step in inputs:
                    after = list(hit)
                    # 3. Bugs.
                    for i, u in enumerate(machines):
                        received_at = received[i] if i < n else None  # the backup never receives
                        if after[i] != DOWN and t in bug_starts(m, u, first_touch[i], input_step, received_at, latency):
                            after[i] = LOOPING
                    status = tuple(after[:n])
                    signals = tuple((s == UP and i in restarting) or s == LOOPING for i, s in enumerate(status))
                    visible_for = tuple(min(v + 1, m.detect + 1) if is_visible(m, s) else 0
                                        for s, v in zip(status, c.visible_for))
                    yield close_step(m, c, t, status, applied, visible_for, halted,
                                     after[n] if m.backup else None,
                                     c.crashes_used + len(crashed), c.sites_used + len(lost),
                                     input_step, c.restarted | frozenset(restarting), received, signals)


def shortest_violation(design: dict[str, Any], faults: dict[str, Any], horizon: int) -> int | None:
    """The smallest step t <= horizon at which some run within `faults` violates the service
    property, or None if no run violates it at any step up to `horizon`.

    `design` is a parsed design file (its claims are ignored); `faults` is a
    claim's `faults` table, where a budget of None means unlimited.
    """
    m = build_model(design, faults)
    frontier: set[Config] = set()
    for faulty in bug_choices(m):
        state, fails = initial(m, faulty)
        if fails:
            return 0
        frontier.add(state)
    for t in range(1, horizon + 1):
        reached: set[Config] = set()
        for c in frontier:
            for state, fails in successors(m, c, t):
                if fails:
                    return t
                reached.add(state)
        frontier = reached
    return None
