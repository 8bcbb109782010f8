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

from dataclasses import dataclass, replace
from typing import Generic, Sequence, TypeVar

from spec.ops import Ops
from spec.platform import Platform

V = TypeVar("V")

NOT_YET = -1  # input_age before the bad input has arrived


@dataclass(frozen=True)
class State(Generic[V]):
    """One state of a run. Tuples are indexed like `Platform.servers`, `.units`, `.sites`."""

    clock: V  # the step number, saturating at Platform.horizon
    faulty: tuple[V, ...]  # per bug unit: chosen faulty by the adversary (frozen)
    latency: tuple[V, ...]  # per bug unit: steps between trigger and symptom (frozen)
    crashed: tuple[V, ...]  # per server: crashed by the adversary
    lost: tuple[V, ...]  # per site: lost by the adversary
    applied: tuple[V, ...]  # per server: has applied the change
    looping: tuple[V, ...]  # per server: its bug went off (it serves nothing unless down already)
    visible_for: tuple[V, ...]  # per server: consecutive steps its failure was visible, up to detect + 1
    input_age: V  # steps since the bad input arrived, up to latency + 1; NOT_YET before
    backup_crashed: V
    backup_looping: V
    backup_armed_for: V  # consecutive steps the backup's trigger held, up to delay + 1
    backup_active: V
    outage_for: V  # consecutive steps the platform did not serve, up to max_outage + 1


@dataclass(frozen=True)
class Moves(Generic[V]):
    """The adversary's choices for one step."""

    crash: tuple[V, ...]  # per server
    crash_backup: V
    lose: tuple[V, ...]  # per site
    bad_input: V  # the bad input arrives at this step (trigger = "input")


# --- Init -------------------------------------------------------------------


def valid_choice(ops: Ops[V], platform: Platform, faulty: Sequence[V], latency: Sequence[V]) -> V:
    """The adversary's one-time choice: at most `bugs` faulty units, latencies in 0..latency."""
    budget = platform.faults.bugs
    return ops.and_(
        ops.bool_(True) if budget is None else ops.at_most(faulty, budget),
        *(ops.and_(ops.le(ops.int_(0), value), ops.le(value, ops.int_(platform.latency))) for value in latency),
    )


def initial_state(ops: Ops[V], platform: Platform, faulty: Sequence[V], latency: Sequence[V]) -> State[V]:
    """State 0: everything up, nothing applied, backup inactive; routing and service evaluated."""
    no, zero = ops.bool_(False), ops.int_(0)
    servers, sites = len(platform.servers), len(platform.sites)
    base = State(
        clock=zero,
        faulty=tuple(faulty),
        latency=tuple(latency),
        crashed=(no,) * servers,
        lost=(no,) * sites,
        applied=(no,) * servers,
        looping=(no,) * servers,
        visible_for=(zero,) * servers,
        input_age=ops.int_(NOT_YET),
        backup_crashed=no,
        backup_looping=no,
        backup_armed_for=zero,
        backup_active=no,
        outage_for=zero,
    )
    return _evaluate(ops, platform, base)


# --- Next: the six phases of one step -----------------------------------------


def next_state(ops: Ops[V], platform: Platform, state: State[V], moves: Moves[V]) -> State[V]:
    """Step t, from state t-1 to state t, as the contract orders it."""
    clock = _saturating_increment(ops, state.clock, platform.horizon)
    rolled_out = _roll_out(ops, platform, replace(state, clock=clock))
    faulted = _faults(ops, rolled_out, moves)
    return _evaluate(ops, platform, _bugs(ops, platform, faulted, moves))


def _roll_out(ops: Ops[V], platform: Platform, state: State[V]) -> State[V]:
    """Phase 1: the batch due at this step applies, unless the gate halts the roll-out.

    The gate looks at state t-1, which `state` still is in every field but the
    clock. A failed server stays failed, so once the gate has closed it stays
    closed: "halted for good" needs no variable of its own.
    """
    gate_open = ops.and_(
        *(ops.or_(ops.not_(state.applied[index]), is_up(ops, platform, state, index)) for index in _server_indices(platform))
    )
    applied = tuple(
        state.applied[index]
        if due is None
        else ops.or_(
            state.applied[index],
            ops.and_(ops.eq(state.clock, ops.int_(due)), ops.bool_(True) if platform.first_batch[index] else gate_open),
        )
        for index, due in enumerate(platform.apply_step)
    )
    return replace(state, applied=applied)


def _faults(ops: Ops[V], state: State[V], moves: Moves[V]) -> State[V]:
    """Phase 2: the crashes and site losses the adversary chose for this step."""
    return replace(
        state,
        crashed=tuple(ops.or_(was, now) for was, now in zip(state.crashed, moves.crash, strict=True)),
        lost=tuple(ops.or_(was, now) for was, now in zip(state.lost, moves.lose, strict=True)),
        backup_crashed=ops.or_(state.backup_crashed, moves.crash_backup),
    )


def _bugs(ops: Ops[V], platform: Platform, state: State[V], moves: Moves[V]) -> State[V]:
    """Phase 3: latent bugs of faulty units go off, `latency` steps after their trigger."""
    if platform.input_triggered:
        arrived = ops.le(ops.int_(0), state.input_age)
        input_age = ops.ite(
            arrived,
            _saturating_increment(ops, state.input_age, platform.latency + 1),
            ops.ite(moves.bad_input, ops.int_(0), ops.int_(NOT_YET)),
        )

        def fires(unit: int) -> V:
            return ops.and_(state.faulty[unit], ops.eq(input_age, state.latency[unit]))

        backup = platform.backup
        return replace(
            state,
            input_age=input_age,
            looping=tuple(ops.or_(was, fires(member.unit)) for was, member in zip(state.looping, platform.servers, strict=True)),
            backup_looping=state.backup_looping if backup is None else ops.or_(state.backup_looping, fires(backup.unit)),
        )
    looping = []
    for index, member in enumerate(platform.servers):
        due = platform.apply_step[index]
        if due is None:
            looping.append(state.looping[index])
            continue
        symptom_step = ops.add(ops.int_(due), state.latency[member.unit])
        fires = ops.and_(state.faulty[member.unit], state.applied[index], ops.eq(state.clock, symptom_step))
        looping.append(ops.or_(state.looping[index], fires))
    return replace(state, looping=tuple(looping))


def _evaluate(ops: Ops[V], platform: Platform, state: State[V]) -> State[V]:
    """Phases 4-6: routing, backup trigger, service; the timers of state t from those of t-1."""
    state = replace(
        state,
        visible_for=tuple(
            ops.ite(
                _failure_visible(ops, platform, state, index),
                _saturating_increment(ops, state.visible_for[index], platform.detect + 1),
                ops.int_(0),
            )
            for index in _server_indices(platform)
        ),
    )
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
    crashed = list(state.crashed) + ([state.backup_crashed] if platform.backup is not None else [])
    return ops.and_(
        ops.bool_(True) if crashes is None else ops.at_most(crashed, crashes),
        ops.bool_(True) if site_losses is None else ops.at_most(state.lost, site_losses),
    )


def in_range(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """True of every reachable state: counters within their ranges, the choice and budgets respected.

    Proof methods that start from arbitrary states (k-induction) use it to
    rule out states no run can produce; they check it inductive first.
    """

    def between(value: V, low: int, high: int) -> V:
        return ops.and_(ops.le(ops.int_(low), value), ops.le(value, ops.int_(high)))

    return ops.and_(
        between(state.clock, 0, platform.horizon),
        valid_choice(ops, platform, state.faulty, state.latency),
        within_budget(ops, platform, state),
        *(between(value, 0, platform.detect + 1) for value in state.visible_for),
        between(state.input_age, NOT_YET, platform.latency + 1),
        between(state.backup_armed_for, 0, platform.backup_delay + 1),
        between(state.outage_for, 0, platform.max_outage + 1),
    )


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


def is_down(ops: Ops[V], platform: Platform, state: State[V], index: int) -> V:
    """Server `index` crashed or its site was lost."""
    site = platform.servers[index].site
    return ops.or_(state.crashed[index], ops.bool_(False) if site is None else state.lost[site])


def is_up(ops: Ops[V], platform: Platform, state: State[V], index: int) -> V:
    return ops.not_(ops.or_(is_down(ops, platform, state, index), state.looping[index]))


def is_routed(ops: Ops[V], platform: Platform, state: State[V], index: int) -> V:
    """Still receiving calls: up, or failed but not yet visible for more than `detect` steps."""
    return ops.or_(is_up(ops, platform, state, index), ops.le(state.visible_for[index], ops.int_(platform.detect)))


def is_black_hole(ops: Ops[V], platform: Platform, state: State[V], index: int) -> V:
    """Still routed but not up: the calls sent to it are lost.

    Written as "not (dropped or up)", the shape the service condition had
    when it negates this: PDR on the staged roll-outs took 22 s in that
    shape and 32 s as "routed and not up" (`callspec check` on
    staged_rollout.toml and staging_server.toml, median of three).
    """
    dropped = ops.not_(is_routed(ops, platform, state, index))
    return ops.not_(ops.or_(dropped, is_up(ops, platform, state, index)))


def capacity(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Summed capacity of the up servers."""
    return _capacity_where(ops, platform, [is_up(ops, platform, state, index) for index in _server_indices(platform)])


def cluster_serves(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Enough up capacity, and no routed server swallowing calls."""
    no_black_hole = ops.and_(
        *(ops.not_(is_black_hole(ops, platform, state, index)) for index in _server_indices(platform))
    )
    up = [is_up(ops, platform, state, index) for index in _server_indices(platform)]
    return ops.and_(_covers_demand(ops, platform, up), no_black_hole)


def backup_is_down(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    site = None if platform.backup is None else platform.backup.site
    return ops.or_(state.backup_crashed, ops.bool_(False) if site is None else state.lost[site])


def backup_is_up(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    return ops.not_(ops.or_(backup_is_down(ops, platform, state), state.backup_looping))


def backup_condition(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The backup's trigger: the platform's own view (`observed`) or calls seen failing (`outage`)."""
    if platform.backup_trigger == "outage":
        return ops.not_(cluster_serves(ops, platform, state))
    routed = [is_routed(ops, platform, state, index) for index in _server_indices(platform)]
    return ops.not_(_covers_demand(ops, platform, routed))


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


def _failure_visible(ops: Ops[V], platform: Platform, state: State[V], index: int) -> V:
    """Down is always visible; a restart loop only to an end-to-end check."""
    looping_seen = state.looping[index] if platform.end_to_end else ops.bool_(False)
    return ops.or_(is_down(ops, platform, state, index), looping_seen)


def _capacity_where(ops: Ops[V], platform: Platform, flags: Sequence[V]) -> V:
    return ops.weighted_sum(flags, [member.capacity for member in platform.servers])


def _covers_demand(ops: Ops[V], platform: Platform, flags: Sequence[V]) -> V:
    """The servers flagged have, together, at least the demanded capacity."""
    return ops.weighted_at_least(flags, [member.capacity for member in platform.servers], platform.demand)


def _saturating_increment(ops: Ops[V], counter: V, cap: int) -> V:
    """counter + 1, but never beyond `cap` (the counter never exceeds it)."""
    return ops.ite(ops.le(ops.int_(cap), counter), ops.int_(cap), ops.add(counter, ops.int_(1)))


def _server_indices(platform: Platform) -> range:
    return range(len(platform.servers))
