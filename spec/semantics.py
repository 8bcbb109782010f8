"""The step of the contract, written once.

This module is the single source of truth for what a design means. It is
written against `spec.ops.Ops`, so the same code simulates a run on Python
values (`spec.ops.CONCRETE`) and builds the Z3 transition relation
(`spec.ops.SymbolicOps`). It reads like a TLA+ specification: the state
variables are declared once in `State`, `initial_state` is Init,
`next_state` is Next as the contract's six phases in order, and
`service_failed` is the negation of the invariant being checked.

Every variable is finite: flags, and counters that saturate at the value
past which their exact count no longer matters (`detect + 1`, `delay + 1`,
`max_outage + 1`, the latency bound, the last scheduled step). That is what
makes proofs at every depth possible.

The adversary's choices are inputs, never hidden in the step: the faulty bug
units and their latencies are frozen state chosen at Init (constrained by
`valid_choice`), and each step's crashes, site losses and bad input are a
`Moves` record (constrained, with the state after the step, by
`within_budget`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Callable, Generic, Sequence, TypeVar

from spec.fleet import Fleet
from spec.ops import Ops
from spec.platform import Platform, ServerClass

V = TypeVar("V")

NOT_YET = -1  # input_age before the bad input has arrived


def flag(over: str | None = None) -> Any:
    """A Boolean field; `over` names what a tuple field is indexed by (`units`, `sites`)."""
    return field(metadata={"sort": "bool", "over": over, "domain": lambda platform: (False, True)})


def counter(bounds: Callable[[Platform], tuple[int, int]], over: str | None = None) -> Any:
    """An integer field whose every reachable value lies within `bounds(platform)` (both ends included)."""
    return field(
        metadata={"sort": "int", "over": over, "bounds": bounds, "domain": lambda platform: range(bounds(platform)[0], bounds(platform)[1] + 1)}
    )


def servers() -> Any:
    """The field holding the fleet: one `ServerState` (or `ServerMoves`) per server, or counts per class."""
    return field(metadata={"sort": "fleet", "over": "servers"})


@dataclass(frozen=True)
class ServerState(Generic[V]):
    """What one server carries through a run; stepped by `step_server` alone."""

    crashed: V = flag()  # crashed by the adversary
    applied: V = flag()  # has applied the change
    looping: V = flag()  # its bug went off (it serves nothing unless down already)
    visible_for: V = counter(lambda platform: (0, platform.detect + 1))  # consecutive steps its failure was visible


@dataclass(frozen=True)
class ServerMoves(Generic[V]):
    """The adversary's choices for one server at one step."""

    crash: V = flag()


@dataclass(frozen=True)
class State(Generic[V]):
    """One state of a run. Tuples are indexed like `Platform.units` and `.sites`; `servers` is the fleet."""

    clock: V = counter(lambda platform: (0, platform.horizon))  # the step number, saturating at the horizon
    faulty: tuple[V, ...] = flag(over="units")  # chosen faulty by the adversary (frozen)
    latency: tuple[V, ...] = counter(lambda platform: (0, platform.latency), over="units")  # trigger to symptom (frozen)
    lost: tuple[V, ...] = flag(over="sites")  # lost by the adversary
    servers: Fleet[V] = servers()
    input_age: V = counter(lambda platform: (NOT_YET, platform.latency + 1))  # steps since the bad input; NOT_YET before
    backup_crashed: V = flag()
    backup_looping: V = flag()
    backup_armed_for: V = counter(lambda platform: (0, platform.backup_delay + 1))  # steps the backup's trigger held
    backup_active: V = flag()
    outage_for: V = counter(lambda platform: (0, platform.max_outage + 1))  # steps the platform did not serve


@dataclass(frozen=True)
class Moves(Generic[V]):
    """The adversary's choices for one step."""

    servers: Any = servers()  # per server a `ServerMoves`, or per class the members making each move
    crash_backup: V = flag()
    lose: tuple[V, ...] = flag(over="sites")
    bad_input: V = flag()  # the bad input arrives at this step (trigger = "input")


# --- Init -------------------------------------------------------------------


def valid_choice(ops: Ops[V], platform: Platform, faulty: Sequence[V], latency: Sequence[V]) -> V:
    """The adversary's one-time choice: at most `bugs` faulty units, latencies in 0..latency."""
    budget = platform.faults.bugs
    return ops.and_(
        ops.bool_(True) if budget is None else ops.at_most(faulty, budget),
        *(ops.and_(ops.le(ops.int_(0), value), ops.le(value, ops.int_(platform.latency))) for value in latency),
    )


def fresh_server(ops: Ops[V]) -> ServerState[V]:
    """A server in state 0: up, not crashed, the change not applied, no failure seen."""
    return ServerState(crashed=ops.bool_(False), applied=ops.bool_(False), looping=ops.bool_(False), visible_for=ops.int_(0))


def initial_state(ops: Ops[V], platform: Platform, faulty: Sequence[V], latency: Sequence[V], fleet: Fleet[V]) -> State[V]:
    """State 0: everything up, nothing applied, backup inactive; routing and service evaluated.

    `fleet` holds every server as `fresh_server`, in the representation the
    caller works in (per server, or counted per class).
    """
    no, zero = ops.bool_(False), ops.int_(0)
    base = State(
        clock=zero,
        faulty=tuple(faulty),
        latency=tuple(latency),
        lost=(no,) * len(platform.sites),
        servers=fleet,
        input_age=ops.int_(NOT_YET),
        backup_crashed=no,
        backup_looping=no,
        backup_armed_for=zero,
        backup_active=no,
        outage_for=zero,
    )
    watched = fleet.step(ops, lambda kind, server, _: _watch(ops, platform, base, kind, server), None)
    return _evaluate(ops, platform, replace(base, servers=watched))


# --- Next: the six phases of one step -----------------------------------------


def next_state(ops: Ops[V], platform: Platform, state: State[V], moves: Moves[V]) -> State[V]:
    """Step t, from state t-1 to state t, as the contract orders it.

    The step of the platform's own variables is written here; each server's
    record goes through `step_server`, the same function for every server,
    with what it needs of the rest of the state.
    """
    gate_open = _gate_open(ops, platform, state)
    after = replace(
        state,
        clock=_saturating_increment(ops, state.clock, platform.horizon),
        lost=tuple(ops.or_(was, now) for was, now in zip(state.lost, moves.lose, strict=True)),
        backup_crashed=ops.or_(state.backup_crashed, moves.crash_backup),
        input_age=_input_age(ops, platform, state, moves),
    )

    def update(kind: ServerClass, server: ServerState[V], move: ServerMoves[V] | None) -> ServerState[V]:
        return step_server(ops, platform, after, gate_open, kind, server, move)

    after = replace(after, servers=state.servers.step(ops, update, moves.servers))
    if platform.input_triggered and platform.backup is not None:
        after = replace(after, backup_looping=ops.or_(after.backup_looping, _input_fires(ops, platform, after, platform.backup.unit)))
    return _evaluate(ops, platform, after)


def step_server(
    ops: Ops[V],
    platform: Platform,
    after: State[V],
    gate_open: V,
    kind: ServerClass,
    server: ServerState[V],
    move: ServerMoves[V] | None,
) -> ServerState[V]:
    """One server's record through the phases of a step.

    `after` is the platform's state after the step, but for the servers: the
    clock, lost sites and the bad input's age are already those of state t.
    `gate_open` is the roll-out gate, read in state t-1.
    """
    server = _roll_out(ops, after, gate_open, kind, server)
    if move is not None:
        server = replace(server, crashed=ops.or_(server.crashed, move.crash))  # phase 2
    server = _bugs(ops, platform, after, kind, server)
    return _watch(ops, platform, after, kind, server)


def _gate_open(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The roll-out gate of phase 1: every server that has applied the change is up in state t-1.

    A failed server stays failed, so once the gate has closed it stays
    closed: "halted for good" needs no variable of its own.
    """
    return state.servers.all(ops, lambda kind, server: ops.or_(ops.not_(server.applied), is_up(ops, state, kind, server)))


def _roll_out(ops: Ops[V], after: State[V], gate_open: V, kind: ServerClass, server: ServerState[V]) -> ServerState[V]:
    """Phase 1: the server applies the change when its batch is due, unless the gate has halted the roll-out."""
    if kind.apply_step is None:
        return server
    due = ops.and_(ops.eq(after.clock, ops.int_(kind.apply_step)), ops.bool_(True) if kind.first_batch else gate_open)
    return replace(server, applied=ops.or_(server.applied, due))


def _input_age(ops: Ops[V], platform: Platform, state: State[V], moves: Moves[V]) -> V:
    """Phase 3: steps since the bad input arrived (counting from 0 at its step); NOT_YET before."""
    if not platform.input_triggered:
        return state.input_age
    arrived = ops.le(ops.int_(0), state.input_age)
    return ops.ite(
        arrived,
        _saturating_increment(ops, state.input_age, platform.latency + 1),
        ops.ite(moves.bad_input, ops.int_(0), ops.int_(NOT_YET)),
    )


def _input_fires(ops: Ops[V], platform: Platform, after: State[V], unit: int) -> V:
    """A faulty unit's bug goes off now: `latency(unit)` steps after the bad input."""
    return ops.and_(after.faulty[unit], ops.eq(after.input_age, after.latency[unit]))


def _bugs(ops: Ops[V], platform: Platform, after: State[V], kind: ServerClass, server: ServerState[V]) -> ServerState[V]:
    """Phase 3: the latent bug of a faulty unit goes off, `latency` steps after its trigger."""
    if platform.input_triggered:
        fires = _input_fires(ops, platform, after, kind.unit)
    elif kind.apply_step is None:
        return server
    else:
        symptom_step = ops.add(ops.int_(kind.apply_step), after.latency[kind.unit])
        fires = ops.and_(after.faulty[kind.unit], server.applied, ops.eq(after.clock, symptom_step))
    return replace(server, looping=ops.or_(server.looping, fires))


def _watch(ops: Ops[V], platform: Platform, state: State[V], kind: ServerClass, server: ServerState[V]) -> ServerState[V]:
    """Phase 4: how long the server's failure has been visible, up to `detect + 1`."""
    visible_for = ops.ite(
        _failure_visible(ops, platform, state, kind, server),
        _saturating_increment(ops, server.visible_for, platform.detect + 1),
        ops.int_(0),
    )
    return replace(server, visible_for=visible_for)


def _evaluate(ops: Ops[V], platform: Platform, state: State[V]) -> State[V]:
    """Phases 5-6: backup trigger and service; the timers of state t from those of t-1."""
    if platform.backup is not None:
        delay = platform.backup_delay
        armed_for = ops.ite(
            backup_condition(ops, platform, state),
            _saturating_increment(ops, state.backup_armed_for, delay + 1),
            ops.int_(0),
        )
        started = ops.and_(ops.not_(ops.eq(state.clock, ops.int_(0))), ops.le(ops.int_(delay + 1), armed_for))
        state = replace(state, backup_armed_for=armed_for, backup_active=ops.or_(state.backup_active, started))
    outage_for = ops.ite(
        serves(ops, platform, state),
        ops.int_(0),
        _saturating_increment(ops, state.outage_for, platform.max_outage + 1),
    )
    return replace(state, outage_for=outage_for)


# --- What a state shows --------------------------------------------------------


def service_failed(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The service property fails: no service for `max_outage + 1` consecutive steps."""
    return ops.le(ops.int_(platform.max_outage + 1), state.outage_for)


def within_budget(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The run so far used at most the claim's distinct crashes and site losses."""
    crashes, site_losses = platform.faults.crashes, platform.faults.site_losses
    backup = [state.backup_crashed] if platform.backup is not None else []
    return ops.and_(
        ops.bool_(True) if crashes is None else state.servers.count_at_most(ops, crashed, crashes, backup),
        ops.bool_(True) if site_losses is None else ops.at_most(state.lost, site_losses),
    )


def faults_used(ops: Ops[V], platform: Platform, state: State[V]) -> list[V]:
    """What a state records of the faults used so far, each as a number: crashes, lost sites, faulty units, the input.

    Every term only grows along a run. Of the shortest counterexamples, the
    checker shows one whose last state has the least sum.
    """
    def one(flag: V) -> V:
        return ops.ite(flag, ops.int_(1), ops.int_(0))

    used = [state.servers.cost(ops, crashed), *(one(lost) for lost in state.lost), *(one(unit) for unit in state.faulty)]
    if platform.backup is not None:
        used.append(one(state.backup_crashed))
    if platform.input_triggered:
        used.append(one(ops.le(ops.int_(0), state.input_age)))
    return used


def in_range(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """True of every reachable state: values within their declared bounds, the choice and budgets respected.

    Proof methods that start from arbitrary states (k-induction) use it to
    rule out states no run can produce; they check it inductive first.
    """
    return ops.and_(
        *_within_bounds(ops, platform, state),
        state.servers.all(ops, lambda kind, server: ops.and_(*_within_bounds(ops, platform, server))),
        valid_choice(ops, platform, state.faulty, state.latency),
        within_budget(ops, platform, state),
    )


def _within_bounds(ops: Ops[V], platform: Platform, record: Any) -> list[V]:
    """Each integer field of `record` within the bounds its declaration gives."""
    parts = []
    for declared in fields(record):
        if declared.metadata["sort"] != "int":
            continue
        low, high = declared.metadata["bounds"](platform)
        value = getattr(record, declared.name)
        for item in value if isinstance(value, tuple) else (value,):
            parts.append(ops.and_(ops.le(ops.int_(low), item), ops.le(item, ops.int_(high))))
    return parts


def settling_steps(platform: Platform) -> int:
    """Steps after which, once the clock is saturated and the adversary idles, no variable changes.

    After the adversary's last move at step e: a bug set off by the bad input
    shows by e + latency; every failure is then visible, and dropped from
    routing `detect` steps later; the backup's trigger then holds or not for
    good, and the backup starts `delay` steps later; the service then stays
    as it is, and the outage counter saturates `max_outage` steps later. One
    step of margin is added. Cut-set search uses this bound to know how deep
    a run with a given number of faults can need to be.
    """
    return platform.latency + platform.detect + platform.backup_delay + platform.max_outage + 1


def completeness_depth(platform: Platform, events: int | None = None) -> int:
    """A depth by which every violation reachable with at most `events` adversary moves has shown.

    The clock saturates at the horizon; after that the system is the same at
    every step, and after each move of the adversary every variable settles
    within `settling_steps`. A later move could be made earlier without
    changing anything, so a run with m moves after the horizon that violates
    the property does so within horizon + (m + 1) * (settle + 1) steps. The
    moves are distinct crashes, distinct site losses and the bad input; by
    default their number is the claim's budgets.
    """
    if events is None:
        faults = platform.faults
        members = len(platform.servers) + (platform.backup is not None)
        crashes = members if faults.crashes is None else min(faults.crashes, members)
        sites = len(platform.sites) if faults.site_losses is None else min(faults.site_losses, len(platform.sites))
        events = crashes + sites + platform.input_triggered
    return platform.horizon + (events + 1) * (settling_steps(platform) + 1)


def is_down(ops: Ops[V], state: State[V], kind: ServerClass, server: ServerState[V]) -> V:
    """The server crashed or its site was lost."""
    return ops.or_(server.crashed, ops.bool_(False) if kind.site is None else state.lost[kind.site])


def is_up(ops: Ops[V], state: State[V], kind: ServerClass, server: ServerState[V]) -> V:
    return ops.not_(ops.or_(is_down(ops, state, kind, server), server.looping))


def is_routed(ops: Ops[V], platform: Platform, state: State[V], kind: ServerClass, server: ServerState[V]) -> V:
    """Still receiving calls: up, or failed but not yet visible for more than `detect` steps."""
    return ops.or_(is_up(ops, state, kind, server), ops.le(server.visible_for, ops.int_(platform.detect)))


def is_black_hole(ops: Ops[V], platform: Platform, state: State[V], kind: ServerClass, server: ServerState[V]) -> V:
    """Still routed but not up: the calls sent to it are lost.

    Written as "not (dropped or up)", the shape the service condition had
    when it negates this: PDR on the staged roll-outs took 22 s in that
    shape and 32 s as "routed and not up" (`callspec check` on
    staged_rollout.toml and staging_server.toml, median of three).
    """
    dropped = ops.not_(is_routed(ops, platform, state, kind, server))
    return ops.not_(ops.or_(dropped, is_up(ops, state, kind, server)))


def capacity(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Summed capacity of the up servers."""
    return state.servers.capacity(ops, lambda kind, server: is_up(ops, state, kind, server))


def cluster_serves(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Enough up capacity, and no routed server swallowing calls."""
    no_black_hole = state.servers.all(ops, lambda kind, server: ops.not_(is_black_hole(ops, platform, state, kind, server)))
    enough = state.servers.covers(ops, lambda kind, server: is_up(ops, state, kind, server), platform.demand)
    return ops.and_(enough, no_black_hole)


def backup_is_down(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    site = None if platform.backup is None else platform.backup.site
    return ops.or_(state.backup_crashed, ops.bool_(False) if site is None else state.lost[site])


def backup_is_up(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    return ops.not_(ops.or_(backup_is_down(ops, platform, state), state.backup_looping))


def backup_condition(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The backup's trigger: the platform's own view (`observed`) or calls seen failing (`outage`)."""
    if platform.backup_trigger == "outage":
        return ops.not_(cluster_serves(ops, platform, state))
    routed = state.servers.covers(ops, lambda kind, server: is_routed(ops, platform, state, kind, server), platform.demand)
    return ops.not_(routed)


def serves(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The cluster serves, or an active, up backup carries the whole demand."""
    backup = platform.backup
    if backup is None or backup.capacity < platform.demand:
        return cluster_serves(ops, platform, state)
    return ops.or_(
        cluster_serves(ops, platform, state),
        ops.and_(state.backup_active, backup_is_up(ops, platform, state)),
    )


# --- Helpers -------------------------------------------------------------------


def crashed(kind: ServerClass, server: ServerState[V]) -> V:
    """The server was crashed by the adversary (what crash budgets and `crash:` events count)."""
    return server.crashed


def _failure_visible(ops: Ops[V], platform: Platform, state: State[V], kind: ServerClass, server: ServerState[V]) -> V:
    """Down is always visible; a restart loop only to an end-to-end check."""
    looping_seen = server.looping if platform.end_to_end else ops.bool_(False)
    return ops.or_(is_down(ops, state, kind, server), looping_seen)


def _saturating_increment(ops: Ops[V], counter: V, cap: int) -> V:
    """counter + 1, but never beyond `cap` (the counter never exceeds it)."""
    return ops.ite(ops.le(ops.int_(cap), counter), ops.int_(cap), ops.add(counter, ops.int_(1)))
