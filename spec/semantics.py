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
`valid_choice`), and each step's crashes, restarts, site losses and bad
input are a `Moves` record (constrained, with the state after the step, by
`within_budget`). Links between servers are the fleet's business: stepping
it, each server is told whether a linked server signalled (`signals`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from fractions import Fraction
from typing import Any, Callable, Generic, Sequence, TypeVar


from spec.design import Design, Service
from spec.fleet import Fleet
from spec.ops import CONCRETE, Ops
from spec.platform import FIRST_BATCH_STEP, Batch, ChangeSlot, Member, Platform, ServerClass

V = TypeVar("V")

NOT_YET = -1  # input_age before the bad input has arrived

TRIGGERS = {
    "change": "the change reaches the server",
    "input": "the bad input arrives",
    "message": "the server first receives a message from a linked server",
}
"""What sets off a faulty unit's bug in a server, for each `trigger` of a claim (phase 3 of `next_state`)."""


def trigger_words(platform: Platform) -> str:
    """What sets off a faulty unit's bug in a server under the platform's claim: `TRIGGERS`, where with `[[changes]]`
    it is the first change touching the unit there."""
    if platform.several_changes and platform.faults.trigger == "change":
        return "the first change touching it reaches the server"
    return TRIGGERS[platform.faults.trigger]


def flag(over: str | None = None, present: Callable[[Platform], bool] | None = None) -> Any:
    """A Boolean field; `over` names what a tuple field is indexed by (`units`, `sites`).

    With `present`, the field can only become true on platforms where
    `present(platform)` holds; elsewhere its one value is false.
    """

    def domain(platform: Platform) -> tuple[bool, ...]:
        return (False, True) if present is None or present(platform) else (False,)

    return field(metadata={"sort": "bool", "over": over, "domain": domain})


def counter(bounds: Callable[[Platform], tuple[int, int]], over: str | None = None) -> Any:
    """An integer field whose every reachable value lies within `bounds(platform)` (both ends included)."""
    return field(
        metadata={"sort": "int", "over": over, "bounds": bounds, "domain": lambda platform: range(bounds(platform)[0], bounds(platform)[1] + 1)}
    )


def servers() -> Any:
    """The field holding the fleet: one `ServerState` (or `ServerMoves`) per server, or counts per class."""
    return field(metadata={"sort": "fleet", "over": "servers"})


def _heard_bounds(platform: Platform) -> tuple[int, int]:
    """`heard_for` counts up to the latency bound where messages can set off bugs; elsewhere it stays NOT_YET."""
    return (NOT_YET, platform.max_latency) if platform.cascades else (NOT_YET, NOT_YET)


def latency_bounds(platform: Platform) -> tuple[int, int]:
    """The least and the most steps from a bug's trigger to its symptom the adversary may choose: `min_latency`, `latency`."""
    return platform.min_latency, platform.max_latency


def _applied_for_bounds(platform: Platform) -> tuple[int, int]:
    """`applied_for` counts up to the latency bound where a class is counted across batches and the change sets bugs
    off; elsewhere it stays NOT_YET (a server's class then says when it applied)."""
    return (NOT_YET, platform.max_latency + 1) if platform.counts_roll_outs and _change_triggered(platform) else (NOT_YET, NOT_YET)


def _change_triggered(platform: Platform) -> bool:
    return platform.faults.trigger == "change"


def _restart_bounds(platform: Platform) -> tuple[int, int]:
    """`restart_age` is NOT_YET, 0 (restarted at this step) or 1 (earlier) where restarts can matter."""
    return (NOT_YET, 1) if platform.restarts_possible else (NOT_YET, NOT_YET)


@dataclass(frozen=True)
class ServerState(Generic[V]):
    """What one server carries through a run; stepped by `step_server` alone."""

    crashed: V = flag(present=lambda platform: platform.crashes_possible)  # crashed by the adversary
    applied: V = flag(present=lambda platform: not platform.several_changes)  # has applied the change (`[change]`)
    looping: V = flag()  # its bug went off (it serves nothing unless down already)
    visible_for: V = counter(lambda platform: (0, platform.detect + 1))  # consecutive steps its failure was visible
    restart_age: V = counter(_restart_bounds)  # restarted by the adversary (once at most): 0 at that step, then 1
    heard_for: V = counter(_heard_bounds)  # steps since it first received a message, saturating; NOT_YET before
    applied_for: V = counter(_applied_for_bounds)  # steps since it applied the change, saturating; NOT_YET before


@dataclass(frozen=True)
class ServerMoves(Generic[V]):
    """The adversary's choices for one server at one step."""

    crash: V = flag(present=lambda platform: platform.crashes_possible)
    restart: V = flag(present=lambda platform: platform.restarts_possible)
    apply: V = flag(present=lambda platform: platform.counts_roll_outs)  # the roll-out takes it now: ROLL_OUT_MOVE


ROLL_OUT_MOVE = "apply"
"""The one field of `ServerMoves` that is not the adversary's: which members of a class counted across batches the
roll-out takes (`roll_out_on_schedule`). Every other field is a fault kind's `server_move`."""


@dataclass(frozen=True)
class State(Generic[V]):
    """One state of a run. Tuples are indexed like `Platform.units` and `.sites`; `servers` is the fleet."""

    clock: V = counter(lambda platform: (0, platform.horizon))  # the step number, saturating at the horizon
    faulty: tuple[V, ...] = flag(over="units")  # chosen faulty by the adversary (frozen)
    latency: tuple[V, ...] = counter(lambda platform: latency_bounds(platform), over="units")  # trigger to symptom (frozen)
    lost: tuple[V, ...] = flag(over="sites")  # lost by the adversary
    servers: Fleet[V] = servers()
    input_age: V = counter(lambda platform: (NOT_YET, platform.max_latency + 1))  # steps since the bad input; NOT_YET before
    backup_crashed: V = flag()
    backup_looping: V = flag()
    backup_armed_for: V = counter(lambda platform: (0, backup_start_steps(platform)))  # steps the backup's trigger held
    backup_active: V = flag()
    outage_for: V = counter(lambda platform: (0, platform.max_outage + 1))  # steps the platform did not serve
    batches_done: tuple[V, ...] = counter(lambda platform: _batches_done_bounds(platform), over="changes")  # per change, its batches let through


def _batches_done_bounds(platform: Platform) -> tuple[int, int]:
    """A change of `[[changes]]` has let through from none to all of its batches."""
    return 0, max((roll_out.batches for roll_out in platform.roll_outs), default=0)


@dataclass(frozen=True)
class Moves(Generic[V]):
    """The adversary's choices for one step."""

    servers: Any = servers()  # per server a `ServerMoves`, or per class the members making each move
    crash_backup: V = flag(present=lambda platform: platform.backup is not None and platform.crashes_possible)
    lose: tuple[V, ...] = flag(over="sites", present=lambda platform: platform.site_losses_possible)
    bad_input: V = flag(present=lambda platform: platform.input_triggered)  # the bad input arrives at this step


# --- The fault kinds -------------------------------------------------------------


@dataclass(frozen=True)
class FaultKind:
    """One kind of fault the adversary can use, declared once; every reader iterates over `FAULT_KINDS`.

    A kind's events are basic events named `<event>:<name>` (`spec.events.Event`):
    per server where it has a `server_move`, and off the servers where
    `off_servers` lists flags (the backup's crash, lost sites, faulty units,
    the bad input), named by `off_names`. What a state records of them is
    `on_server` (a predicate of a server's record) and `off_servers`;
    budgets, fault counts, completeness depth, the moves a run makes, cut-set
    events, risk figures and the words of stories all read it from here.
    """

    event: str  # the kind of its events: `crash` in `crash:cs1`
    budget: str | None  # the field of `Faults` bounding its distinct events (None: the bad input, which comes once)
    basic: bool  # its events are basic events of cut sets and risk (`Risk` declares each kind's figure)
    noun: str  # one event in a hypothesis: `independent crash`
    said_when_zero: bool  # whether a hypothesis names its budget when it is 0
    made: str  # a move of it at a step, `{}` its name: `crash {}`
    detail: str  # a move of it in a list of faults, `{}` the step: `crashes at step {}`
    server_move: str | None = None  # the field of `ServerMoves` that makes it on a server
    move: str | None = None  # the field of `Moves` that makes it off the servers
    on_server: Callable[[Ops[Any]], Callable[[ServerClass, ServerState[Any]], Any]] | None = None
    off_servers: Callable[[Ops[Any], Platform, State[Any]], tuple[Any, ...]] = lambda ops, platform, state: ()
    off_names: Callable[[Platform], tuple[str, ...]] = lambda platform: ()
    in_play: Callable[[Platform], bool] = lambda platform: True  # the claim lets it change a run at all
    frozen: bool = False  # chosen once at Init (`valid_choice`), not moved at a step
    over: str | None = None  # what `off_names` are, as a field's `over` says: `sites`, `units` (None: the backup, the input)
    verbs: tuple[str, str] = ("", "")  # a server's move of it, said of one and of several: `crashes`, `crash`

    def budget_of(self, platform: Platform) -> int | None:
        """The claim's budget for this kind; None when unlimited or unbudgeted."""
        return None if self.budget is None else getattr(platform.faults, self.budget)

    def most(self, platform: Platform) -> int:
        """How many distinct events of this kind a platform has: per server, and off the servers."""
        return len(platform.servers) * (self.on_server is not None) + len(self.off_names(platform))

    def used(self, ops: Ops[V], platform: Platform, state: State[V]) -> list[V]:
        """What `state` records of this kind's events, as numbers: the servers' count, then a 0 or 1 per other event."""
        counts = [] if self.on_server is None else [state.servers.cost(ops, self.on_server(ops))]
        return counts + [ops.ite(flag, ops.int_(1), ops.int_(0)) for flag in self.off_servers(ops, platform, state)]

    def within(self, ops: Ops[V], platform: Platform, state: State[V], made: Sequence[V] = ()) -> V:
        """The events of this kind that `state` records, and those of `made`, number at most the claim's budget.

        `made` are flags of moves made but not yet recorded, each a new
        event: an interpreter that offers moves one at a time (the Promela
        export) asks whether one more keeps the run within the budget.
        True where the kind has no budget.
        """
        budget = self.budget_of(platform)
        if budget is None:
            return ops.bool_(True)
        flags = (*self.off_servers(ops, platform, state), *made)
        if self.on_server is None:
            return ops.at_most(flags, budget)
        return state.servers.count_at_most(ops, self.on_server(ops), budget, flags)

    def made_at(self, platform: Platform, moves: Moves[Any]) -> tuple[list[str], list[str]]:
        """The names of the servers, then of the rest, that `moves` makes this kind's events of."""
        servers = []
        if self.server_move is not None:
            made = zip(platform.servers, moves.servers, strict=True)
            servers = [member.name for member, move in made if getattr(move, self.server_move)]
        rest = []
        if self.move is not None:
            flags = getattr(moves, self.move)
            flags = flags if isinstance(flags, tuple) else (flags,)
            rest = [name for name, flag in zip(self.off_names(platform), flags) if flag]
        return servers, rest


def _backup_name(platform: Platform) -> tuple[str, ...]:
    return () if platform.backup is None else (platform.backup.name,)


def _backup_crash(ops: Ops[V], platform: Platform, state: State[V]) -> tuple[V, ...]:
    return () if platform.backup is None else (state.backup_crashed,)


BUG = FaultKind(
    event="bug",
    budget="bugs",
    basic=True,
    noun="latent bug",
    said_when_zero=True,
    made="bug {}",
    detail="a latent bug of {}",
    off_servers=lambda ops, platform, state: tuple(state.faulty),
    off_names=lambda platform: platform.units,
    frozen=True,
    over="units",
)
CRASH = FaultKind(
    event="crash",
    budget="crashes",
    basic=True,
    noun="independent crash",
    said_when_zero=True,
    made="crash {}",
    detail="crashes at step {}",
    server_move="crash",
    move="crash_backup",
    verbs=("crashes", "crash"),
    on_server=lambda ops: crashed,
    off_servers=_backup_crash,
    off_names=_backup_name,
)
SITE = FaultKind(
    event="site",
    budget="site_losses",
    basic=True,
    noun="site loss",
    said_when_zero=True,
    made="site {} lost",
    detail="lost at step {}",
    move="lose",
    off_servers=lambda ops, platform, state: tuple(state.lost),
    off_names=lambda platform: platform.sites,
    over="sites",
)
RESTART = FaultKind(
    event="restart",
    budget="restarts",
    basic=True,
    noun="transient restart",
    said_when_zero=False,
    made="restart {}",
    detail="restarts at step {}",
    server_move="restart",
    verbs=("restarts", "restart"),
    on_server=lambda ops: restarted(ops),
    in_play=lambda platform: platform.restarts_possible,
)
INPUT = FaultKind(
    event="input",
    budget=None,
    basic=False,
    noun="bad input",
    said_when_zero=False,
    made="bad input arrives",
    detail="the bad input arrives at step {}",
    move="bad_input",
    off_servers=lambda ops, platform, state: (input_arrived(ops, state),) if platform.input_triggered else (),
    off_names=lambda platform: ("",) if platform.input_triggered else (),
    in_play=lambda platform: platform.input_triggered,
)
FAULT_KINDS: tuple[FaultKind, ...] = (BUG, CRASH, SITE, RESTART, INPUT)
"""Every kind of fault, in the order hypotheses name them; the servers' moves of a step are listed kind by kind."""


def fault_kind(event: str) -> FaultKind:
    """The kind whose events are `event:...`."""
    return next(fault for fault in FAULT_KINDS if fault.event == event)


def move_possible(platform: Platform, record: type, name: str) -> bool:
    """Whether the adversary can make the move `name` of `record` (`Moves` or `ServerMoves`) on `platform`.

    Read from the field's declared domain, so that every reading of the
    moves (the encodings, the Promela export) leaves out the same ones.
    """
    declared = next(declared for declared in fields(record) if declared.name == name)
    return any(declared.metadata["domain"](platform))


# --- Init -------------------------------------------------------------------


def valid_choice(ops: Ops[V], platform: Platform, faulty: Sequence[V], latency: Sequence[V]) -> V:
    """The adversary's one-time choice: at most `bugs` faulty units, none of them spared, latencies in min_latency..latency.

    Every unit's latency is in the range, faulty or not: a sound unit's
    latency is never read (its bug never goes off), and one range for all
    keeps the choice a box.
    """
    budget = platform.faults.bugs
    least, most = latency_bounds(platform)
    return ops.and_(
        ops.bool_(True) if budget is None else ops.at_most(faulty, budget),
        *(ops.not_(faulty[unit]) for unit in sorted(platform.spared_units)),
        *(ops.and_(ops.le(ops.int_(least), value), ops.le(value, ops.int_(most))) for value in latency),
    )


def fresh_server(ops: Ops[V]) -> ServerState[V]:
    """A server in state 0: up, not crashed or restarted, the change not applied, no failure seen, no message."""
    no = ops.bool_(False)
    return ServerState(
        crashed=no,
        applied=no,
        looping=no,
        visible_for=ops.int_(0),
        restart_age=ops.int_(NOT_YET),
        heard_for=ops.int_(NOT_YET),
        applied_for=ops.int_(NOT_YET),
    )


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
        batches_done=(zero,) * len(platform.roll_outs),
    )
    watched = fleet.step(ops, lambda server_class, server, _, __: _watch(ops, platform, base, server_class, server), None)
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
    after = replace(after, batches_done=_batches_let_through(ops, platform, state, after.clock))

    def update(server_class: ServerClass, server: ServerState[V], move: ServerMoves[V] | None, heard: V) -> ServerState[V]:
        return step_server(ops, platform, after, gate_open, server_class, server, move, heard)

    def signalled(server_class: ServerClass, server: ServerState[V]) -> V:
        return signals(ops, state, server_class, server)

    after = replace(after, servers=state.servers.step(ops, update, moves.servers, signalled if platform.cascades else None))
    if platform.backup is not None and (platform.input_triggered or _change_triggered(platform) and platform.several_changes):
        after = replace(after, backup_looping=ops.or_(after.backup_looping, _backup_bug_fires(ops, platform, after)))
    return _evaluate(ops, platform, after)


def _batches_let_through(ops: Ops[V], platform: Platform, state: State[V], clock: V) -> tuple[V, ...]:
    """Phase 1 of `[[changes]]`: each change lets its next batch through when it is due at step `clock` (batch k at
    `spec.platform.batch_step(k, bake, start)`), unless its gate,
    reading state t-1, halts it. A batch not let through at its step never is: the change has halted for good."""
    batches = []
    for change, (roll_out, done) in enumerate(zip(platform.roll_outs, state.batches_done, strict=True)):
        due = ops.and_(ops.le(done, ops.int_(roll_out.batches - 1)), ops.eq(clock, ops.add(ops.int_(roll_out.start), ops.times(roll_out.stride, done))))
        let_through = ops.or_(ops.eq(done, ops.int_(0)), _change_gate_open(ops, platform, state, change))
        batches.append(ops.ite(ops.and_(due, let_through), ops.add(done, ops.int_(1)), done))
    return tuple(batches)


def has_applied(ops: Ops[V], platform: Platform, state: State[V], slot: ChangeSlot | None, change: int) -> V:
    """Whether a server (or the backup) that change `change` of `[[changes]]` reaches at `slot` has applied it in `state`."""
    if slot is None:
        return ops.bool_(False)
    return ops.le(ops.int_(slot.batch + 1), state.batches_done[change])


def changes_applied(platform: Platform, state: State[Any], slots: Sequence[ChangeSlot | None]) -> tuple[str, ...]:
    """The names of the changes of `[[changes]]` that a server (or the backup) reached at `slots` has applied in a concrete state."""
    return tuple(
        roll_out.name for change, (roll_out, slot) in enumerate(zip(platform.roll_outs, slots, strict=True)) if has_applied(CONCRETE, platform, state, slot, change)
    )


def _change_gate_open(ops: Ops[V], platform: Platform, state: State[V], change: int) -> V:
    """The gate of change `change` of `[[changes]]`, reading `state`: no server (nor the backup) that applied it has failed,
    as the gate sees it (`_seen_failed`)."""
    roll_out = platform.roll_outs[change]

    def passes(server_class: ServerClass, server: ServerState[V]) -> V:
        slot = server_class.slots[change]
        if slot is None:
            return ops.bool_(True)
        failed = _seen_failed(ops, platform, state, roll_out.gate, server_class, server)
        return ops.or_(ops.not_(has_applied(ops, platform, state, slot, change)), ops.not_(failed))

    servers_pass = state.servers.all(ops, passes)
    if roll_out.backup is None:
        return servers_pass
    backup_failed = _backup_failure_visible(ops, platform, state) if roll_out.gate == "health_check" else ops.not_(backup_is_up(ops, platform, state))
    return ops.and_(servers_pass, ops.or_(ops.not_(has_applied(ops, platform, state, roll_out.backup, change)), ops.not_(backup_failed)))


def _backup_bug_fires(ops: Ops[V], platform: Platform, after: State[V]) -> V:
    """Phase 3 for the backup: a faulty unit of its software goes off, `latency` steps after the bad input, or after it
    first applied a change of `[[changes]]` that touches the unit."""
    backup = platform.backup
    assert backup is not None
    if platform.input_triggered:
        return _either(ops, [_input_fires(ops, platform, after, unit) for unit in backup.units])
    slots = [roll_out.backup for roll_out in platform.roll_outs]
    return _either(ops, [_change_fires(ops, platform, after, slots, unit) for unit in backup.units])


def _change_fires(ops: Ops[V], platform: Platform, after: State[V], slots: Sequence[ChangeSlot | None], unit: int) -> V:
    """A faulty `unit` of a server (or the backup) reached at `slots` goes off now: `latency(unit)` steps after a change of
    `[[changes]]` touching it applied there. Only the first such change counts; a later one finds the server looping."""
    set_off = [
        ops.and_(has_applied(ops, platform, after, slot, change), ops.eq(after.clock, ops.add(ops.int_(slot.step), after.latency[unit])))
        for change, slot in enumerate(slots)
        if slot is not None and unit in slot.touched
    ]
    return ops.and_(after.faulty[unit], _either(ops, set_off)) if set_off else ops.bool_(False)


def _either(ops: Ops[V], terms: Sequence[V]) -> V:
    """Some of `terms` holds: the one term itself when there is one, so a file without components keeps its terms."""
    return terms[0] if len(terms) == 1 else ops.or_(*terms)


def step_server(
    ops: Ops[V],
    platform: Platform,
    after: State[V],
    gate_open: V,
    server_class: ServerClass,
    server: ServerState[V],
    move: ServerMoves[V] | None,
    heard: V,
) -> ServerState[V]:
    """One server's record through the phases of a step.

    `after` is the platform's state after the step, but for the servers: the
    clock, lost sites and the bad input's age are already those of state t.
    `gate_open` is the roll-out gate, read in state t-1; `heard` says
    whether a linked server signalled in state t-1 (the server receives).
    """
    server = _roll_out(ops, platform, after, gate_open, server_class, server, move)
    server = _faults(ops, platform, server, move)
    server = _bugs(ops, platform, after, server_class, server, heard)
    return _watch(ops, platform, after, server_class, server)


def _faults(ops: Ops[V], platform: Platform, server: ServerState[V], move: ServerMoves[V] | None) -> ServerState[V]:
    """Phase 2: the adversary's crash and restart of this server (`None`: it makes no move).

    A server is restarted once at most: a second restart does nothing. The
    age of a restart grows every step, moved or not.
    """
    if platform.restarts_possible:
        earlier = ops.le(ops.int_(0), server.restart_age)
        now = ops.bool_(False) if move is None else move.restart
        server = replace(server, restart_age=ops.ite(earlier, ops.int_(1), ops.ite(now, ops.int_(0), ops.int_(NOT_YET))))
    if move is None:
        return server
    return replace(server, crashed=ops.or_(server.crashed, move.crash))


def _gate_open(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The roll-out gate of phase 1: no server that has applied the change has failed in state t-1, as the gate sees it.

    With `gate = "true_state"` the gate sees every failure; with
    `"health_check"` only what routing sees (`_failure_visible`): under a
    liveness check a looping server passes. A failed server stays failed,
    and a failure once visible stays visible, so once the gate has closed
    it stays closed: "halted for good" needs no variable of its own.
    """

    if platform.several_changes:
        return ops.bool_(True)
    gate = "true_state" if platform.design.change is None else platform.design.change.gate

    def passes(server_class: ServerClass, server: ServerState[V]) -> V:
        return ops.or_(ops.not_(server.applied), ops.not_(_seen_failed(ops, platform, state, gate, server_class, server)))

    return state.servers.all(ops, passes)


def _seen_failed(ops: Ops[V], platform: Platform, state: State[V], gate: str, server_class: ServerClass, server: ServerState[V]) -> V:
    """Whether a roll-out gate of kind `gate` sees a server failed: not up, or with `"health_check"` its failure visible."""
    if gate == "health_check":
        return _failure_visible(ops, platform, state, server_class, server)
    return ops.not_(is_up(ops, state, server_class, server))


def _gate_reads_health_check(design: Design) -> bool:
    """Some staged roll-out's gate reads the health check (`gate = "health_check"`), not the true state."""
    return any(change.gate == "health_check" for change in design.roll_outs)


def gate_sees_loops(design: Design) -> bool:
    """Whether the roll-out gate sees a looping server that applied the change: always, unless it reads a health
    check that does not (`gate = "health_check"` where `loops_visible` is false)."""
    return not _gate_reads_health_check(design) or loops_visible(design)


def loops_visible(design: Design) -> bool:
    """Whether the health check sees a restart loop as a failure: an end-to-end check does, a liveness probe sees
    a restarting server as alive."""
    return design.routing.health_check == "end_to_end"


def _roll_out(
    ops: Ops[V],
    platform: Platform,
    after: State[V],
    gate_open: V,
    server_class: ServerClass,
    server: ServerState[V],
    move: ServerMoves[V] | None,
) -> ServerState[V]:
    """Phase 1: the server applies the change when its batch is due, unless the gate has halted the roll-out.

    A member of a class counted across batches applies when the roll-out
    takes it (`move.apply`), which `roll_out_on_schedule` holds to the
    batches due. Where such classes are, every server's `applied_for`
    counts the steps since it applied: the bug's symptom step, which its
    class no longer says.
    """
    if server_class.apply_step is None:
        return server
    if server_class.batches:
        due = ops.bool_(False) if move is None else move.apply
    else:
        due = ops.and_(ops.eq(after.clock, ops.int_(server_class.apply_step)), ops.bool_(True) if server_class.first_batch else gate_open)
    applied = ops.or_(server.applied, due)
    if _applied_for_bounds(platform)[1] == NOT_YET:
        return replace(server, applied=applied)
    applied_for = ops.ite(
        server.applied,
        _saturating_increment(ops, server.applied_for, platform.max_latency + 1),
        ops.ite(applied, ops.int_(0), ops.int_(NOT_YET)),
    )
    return replace(server, applied=applied, applied_for=applied_for)


def roll_out_on_schedule(ops: Ops[V], platform: Platform, before: State[V], after: State[V]) -> V:
    """Of each class counted across batches, the roll-out takes at step t exactly the members the batch due then holds.

    Those are members that have not applied yet, whichever they are: the
    number of its members that have applied grows by the class's share of
    the batch due at step t, if one is (behind the gate, read in state
    t-1, as `_roll_out` reads it for a class in one batch), and by nothing
    otherwise. True where no class is counted across batches.
    """
    if not platform.counts_roll_outs:
        return ops.bool_(True)
    due_before, due_after = batches_due(ops, platform, before.clock), batches_due(ops, platform, after.clock)
    let_through = ops.or_(ops.eq(due_before, ops.int_(0)), _gate_open(ops, platform, before))
    was = before.servers.costs_by_class(ops, _applied)
    now = after.servers.costs_by_class(ops, _applied)
    sizes = free_class_sizes(ops, platform, before.servers)
    parts = []
    for server_class, applied_before, applied_after, size in zip(platform.classes, was, now, sizes, strict=True):
        if server_class.batches:
            shares = BatchShares.of(platform, server_class)
            taken = ops.sub(shares.through(ops, due_after, size), shares.through(ops, due_before, size))
            parts.append(ops.eq(applied_after, ops.add(applied_before, ops.ite(let_through, taken, ops.int_(0)))))
    return ops.and_(*parts)


def batches_due(ops: Ops[V], platform: Platform, step: V) -> V:
    """How many of the roll-out's batches are due by step `step`: batch k applies at `spec.platform.batch_step(k, bake)`."""
    if platform.design.change is None:
        return ops.int_(0)
    return _batches_due_by(ops, step, FIRST_BATCH_STEP, platform.roll_out_stride, roll_out_batches(platform))


def _batches_due_by(ops: Ops[V], step: V, start: int, stride: int, total: int) -> V:
    """How many of `total` batches, the first due at step `start` and one every `stride` steps, are due by `step`."""
    due = ops.add(ops.floor_div(ops.sub(step, ops.int_(start)), stride), ops.int_(1))
    return ops.ite(
        ops.le(step, ops.int_(start - 1)),
        ops.int_(0),
        ops.ite(ops.le(due, ops.int_(total)), due, ops.int_(total)),
    )


def roll_out_batches(platform: Platform) -> int:
    """How many batches the roll-out has."""
    return len({batch.step for server_class in platform.classes for batch in class_batches(server_class)})


@dataclass(frozen=True)
class BatchShares:
    """How many members of one class the roll-out's batches hold, as runs of batches holding the same number.

    A pool of 1,000 updated one member at a time is 1,000 batches but one
    run: the number of its members in the first k batches is then one
    linear term in k, not a sum over batches.
    """

    runs: tuple[tuple[int, int, int, int], ...]  # (first batch, past the last, members per batch, members before)
    size: int

    @staticmethod
    def of(platform: Platform, server_class: ServerClass) -> BatchShares:
        held = [0] * roll_out_batches(platform)
        for batch in class_batches(server_class):
            held[(batch.step - FIRST_BATCH_STEP) // platform.roll_out_stride] = batch.size
        runs: list[tuple[int, int, int, int]] = []
        before = 0
        for index, share in enumerate(held):
            if runs and runs[-1][2] == share:
                first, _, _, earlier = runs[-1]
                runs[-1] = (first, index + 1, share, earlier)
            else:
                runs.append((index, index + 1, share, before))
            before += share
        return BatchShares(tuple(runs), before)

    def through(self, ops: Ops[V], due: V, members: V | None = None) -> V:
        """How many members the first `due` batches hold (`due` between 0 and the number of batches).

        `members` is the class's size where it is any in a range
        (`spec.free_sizes.every_size`): its batches are laid out for a pool
        larger than it may be, and the roll-out takes no more than there are.
        """
        value = ops.int_(self.size)
        for first, past, share, before in reversed(self.runs):
            held = ops.add(ops.int_(before), ops.times(share, ops.sub(due, ops.int_(first)))) if share else ops.int_(before)
            value = ops.ite(ops.le(due, ops.int_(past)), held, value)
        return value if members is None else ops.ite(ops.le(members, value), members, value)


def free_class_sizes(ops: Ops[V], platform: Platform, fleet: Fleet[V]) -> list[V | None]:
    """Per class, its number of members where it is of any size in a range (`Platform.free_sizes`), else `None`."""
    if not platform.free_sizes:
        return [None] * len(platform.classes)
    members = fleet.costs_by_class(ops, lambda server_class, server: ops.bool_(True))
    return [members[index] if platform.free_size(index) is not None else None for index in range(len(platform.classes))]


def _applied(server_class: ServerClass, server: ServerState[V]) -> V:
    return server.applied


def _input_age(ops: Ops[V], platform: Platform, state: State[V], moves: Moves[V]) -> V:
    """Phase 3: steps since the bad input arrived (counting from 0 at its step); NOT_YET before."""
    if not platform.input_triggered:
        return state.input_age
    arrived = ops.le(ops.int_(0), state.input_age)
    return ops.ite(
        arrived,
        _saturating_increment(ops, state.input_age, platform.max_latency + 1),
        ops.ite(moves.bad_input, ops.int_(0), ops.int_(NOT_YET)),
    )


def _heard_for(ops: Ops[V], platform: Platform, server: ServerState[V], heard: V) -> V:
    """Phase 3: steps since the server first received a message (0 at that step); NOT_YET before."""
    received = ops.le(ops.int_(0), server.heard_for)
    return ops.ite(
        received,
        _saturating_increment(ops, server.heard_for, platform.max_latency),
        ops.ite(heard, ops.int_(0), ops.int_(NOT_YET)),
    )


def _input_fires(ops: Ops[V], platform: Platform, after: State[V], unit: int) -> V:
    """A faulty unit's bug goes off now: `latency(unit)` steps after the bad input."""
    return ops.and_(after.faulty[unit], ops.eq(after.input_age, after.latency[unit]))


def _bugs(ops: Ops[V], platform: Platform, after: State[V], server_class: ServerClass, server: ServerState[V], heard: V) -> ServerState[V]:
    """Phase 3: the latent bug of a faulty unit goes off, `latency` steps after its trigger.

    Where servers count the steps since they applied the change
    (`applied_for`, on a platform with a class counted across batches),
    the change's bug goes off when that count reaches the latency, and a
    looping server's count saturates: its symptom step is never read again.
    """
    if platform.faults.trigger == "message":
        if not platform.cascades:
            return server
        listening = ops.not_(is_down(ops, after, server_class, server))
        server = replace(server, heard_for=ops.ite(listening, _heard_for(ops, platform, server, heard), server.heard_for))
        fires = ops.and_(
            listening,
            _either(ops, [ops.and_(after.faulty[unit], ops.eq(server.heard_for, after.latency[unit])) for unit in server_class.units]),
        )
    elif platform.input_triggered:
        fires = _either(ops, [_input_fires(ops, platform, after, unit) for unit in server_class.units])
    elif platform.several_changes:
        fires = _either(ops, [_change_fires(ops, platform, after, server_class.slots, unit) for unit in server_class.units])
    elif server_class.apply_step is None:
        return server
    elif _applied_for_bounds(platform)[1] != NOT_YET:
        fires = ops.and_(after.faulty[server_class.unit], ops.eq(server.applied_for, after.latency[server_class.unit]))
    else:
        symptom_step = ops.add(ops.int_(server_class.apply_step), after.latency[server_class.unit])
        fires = ops.and_(after.faulty[server_class.unit], server.applied, ops.eq(after.clock, symptom_step))
    looping = ops.or_(server.looping, fires)
    if _applied_for_bounds(platform)[1] == NOT_YET:
        return replace(server, looping=looping)
    saturated = ops.int_(platform.max_latency + 1)
    return replace(server, looping=looping, applied_for=ops.ite(looping, saturated, server.applied_for))


def units_set_off_by_trigger(platform: Platform, member: Member) -> tuple[int, ...]:
    """The bug units whose bug can go off in `member` by the claim's trigger alone, as `_bugs` sets them off.

    The bad input reaches every member, the backup too, and sets off any
    unit of its software; a `[change]` sets off the version of the servers
    it is rolled out to, and each of `[[changes]]` the units it touches
    where it reaches; a message needs a restart and a cascade before it
    (no member is set off by the trigger alone).
    """
    if platform.input_triggered:
        return member.units
    if platform.faults.trigger == "message":
        return ()
    if platform.several_changes:
        slots = [roll_out.backup for roll_out in platform.roll_outs] if member is platform.backup else platform.classes[member.class_index].slots
        return tuple(unit for unit in member.units if any(slot is not None and unit in slot.touched for slot in slots))
    reached = member is not platform.backup and platform.classes[member.class_index].apply_step is not None
    return (member.unit,) if reached else ()


def units_never_set_off(platform: Platform) -> tuple[str, ...]:
    """The units the claim lets be faulty (all, or its `bug_units`) whose bug the trigger alone sets off in no member.

    Under `trigger = "change"`, a unit no change touches never goes off: a
    claim about it holds for want of a trigger. Under `"message"` a bug needs
    a cascade, so none is named.
    """
    if platform.faults.trigger == "message":
        return ()
    members = [*platform.servers, *([] if platform.backup is None else [platform.backup])]
    set_off = {unit for member in members for unit in units_set_off_by_trigger(platform, member)}
    allowed = [index for index in range(len(platform.units)) if index not in platform.spared_units]
    return tuple(platform.units[index] for index in allowed if index not in set_off)


def set_off_together(platform: Platform) -> bool:
    """Whether the claim's trigger sets off a faulty unit's bug at one step in every server running it that is not
    down, whatever the fleet of the design's roll-out and whatever else the adversary does.

    As `_bugs` and `_roll_out` read it: the bad input reaches every server
    at the same step; the change does when no gate stands before any
    server, as an `all_at_once` roll-out schedules every fleet (all in the
    first batch, at step 1; with `[[changes]]`, every change all at once
    from one `start`, each reaching what runs the version it names, or
    every server), whereas a staged roll-out's gate may halt it
    before a later batch, depending on the fleet's size and order; a
    message reaches only the servers a cascade does. Synthesis generalises
    a counterexample to other fleets only where this holds.
    """
    if platform.input_triggered:
        return True
    if platform.faults.trigger != "change":
        return False
    changes = platform.design.roll_outs
    return bool(changes) and all(change.strategy == "all_at_once" for change in changes) and len({change.start for change in changes}) == 1


def _watch(ops: Ops[V], platform: Platform, state: State[V], server_class: ServerClass, server: ServerState[V]) -> ServerState[V]:
    """Phase 4: how long the server's failure has been visible, up to `detect + 1`."""
    visible_for = ops.ite(
        _failure_visible(ops, platform, state, server_class, server),
        _saturating_increment(ops, server.visible_for, platform.detect + 1),
        ops.int_(0),
    )
    return replace(server, visible_for=visible_for)


def _evaluate(ops: Ops[V], platform: Platform, state: State[V]) -> State[V]:
    """Phases 5-6: backup trigger and service; the timers of state t from those of t-1."""
    if platform.backup is not None:
        steps = backup_start_steps(platform)
        armed_for = ops.ite(
            backup_condition(ops, platform, state),
            _saturating_increment(ops, state.backup_armed_for, steps),
            ops.int_(0),
        )
        started = ops.and_(ops.not_(ops.eq(state.clock, ops.int_(0))), ops.le(ops.int_(steps), armed_for))
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
    """The run so far used at most the claim's budget of each kind of move, and lost no spared site.

    The bug units are chosen once, within their budget (`valid_choice`).
    """
    budgeted = [fault for fault in FAULT_KINDS if not fault.frozen and fault.in_play(platform) and fault.budget_of(platform) is not None]
    return ops.and_(
        *(fault.within(ops, platform, state) for fault in budgeted),
        *(ops.not_(state.lost[site]) for site in sorted(platform.spared_sites)),
    )


def faults_used(ops: Ops[V], platform: Platform, state: State[V]) -> list[V]:
    """What a state records of the faults used so far, each as a number, kind by kind (`FaultKind.used`).

    Every term only grows along a run. Of the shortest counterexamples, the
    checker shows one whose last state has the least sum.
    """
    return [term for fault in FAULT_KINDS if fault.in_play(platform) for term in fault.used(ops, platform, state)]


def in_range(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """True of every reachable state: bounds, choice, budgets, the roll-out's schedule; only faulty units loop.

    Proof methods that start from arbitrary states (k-induction) use it to
    rule out states no run can produce; they check it inductive first.
    """
    return ops.and_(
        *within_bounds(ops, platform, state),
        state.servers.all(ops, lambda server_class, server: ops.and_(*within_bounds(ops, platform, server))),
        valid_choice(ops, platform, state.faulty, state.latency),
        within_budget(ops, platform, state),
        roll_out_so_far(ops, platform, state),
        loops_only_where_faulty(ops, platform, state),
    )


def roll_out_so_far(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Where the change sets bugs off: what the clock and the adversary's choice say of each server's roll-out.

    A first-batch server has applied the change exactly when its step is
    past; a later one only if its step is past, and if it has not, the
    gate is closed (a failure is final, so a gate once closed stays
    closed). A server loops exactly when its unit is faulty, it applied the
    change, and the bug's latency has run out. Once a later batch has
    applied, every earlier server has applied too, and, where the gate
    sees loops (`gate_sees_loops`), no bug among them had shown by the step
    before: the gate let the batch through.

    These follow from the step alone, and proof methods check them
    inductive before they use them. Given them, Spacer no longer learns
    the schedule one clock value at a time.
    """
    if platform.faults.trigger != "change":
        return ops.bool_(True)
    if platform.several_changes:
        return _several_roll_outs_so_far(ops, platform, state)
    if platform.counts_roll_outs:
        return _counted_roll_out_so_far(ops, platform, state)
    gate_open = _gate_open(ops, platform, state)

    def on_schedule(server_class: ServerClass, server: ServerState[V]) -> V:
        if server_class.apply_step is None:
            return ops.not_(ops.or_(server.applied, server.looping))
        due = ops.le(ops.int_(server_class.apply_step), state.clock)
        shown = ops.le(ops.add(ops.int_(server_class.apply_step), state.latency[server_class.unit]), state.clock)
        if server_class.first_batch:
            applied = ops.eq(server.applied, due)
        else:
            applied = ops.and_(ops.or_(ops.not_(server.applied), due), ops.or_(server.applied, ops.not_(due), ops.not_(gate_open)))
        return ops.and_(applied, ops.eq(server.looping, ops.and_(state.faulty[server_class.unit], server.applied, shown)))

    parts = [state.servers.all(ops, on_schedule)]
    for step in sorted({server_class.apply_step for server_class in platform.classes if server_class.apply_step is not None and not server_class.first_batch}):

        def in_batch(server_class: ServerClass, server: ServerState[V], step: int = step) -> V:
            return ops.and_(ops.bool_(server_class.apply_step == step), server.applied)

        def let_through(server_class: ServerClass, server: ServerState[V], step: int = step) -> V:
            if server_class.apply_step is None or server_class.apply_step >= step:
                return ops.bool_(True)
            if not gate_sees_loops(platform.design):
                return server.applied
            shown = ops.le(ops.add(ops.int_(server_class.apply_step), state.latency[server_class.unit]), ops.int_(step - 1))
            return ops.and_(server.applied, ops.not_(ops.and_(state.faulty[server_class.unit], shown)))

        batch_applied = ops.le(ops.int_(1), state.servers.cost(ops, in_batch))
        parts.append(ops.or_(ops.not_(batch_applied), state.servers.all(ops, let_through)))
    return ops.and_(*parts)


def _several_roll_outs_so_far(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """`roll_out_so_far` for `[[changes]]`: each change has let through at most the batches due, all of them while its
    gate is open, and its first once due; a server (and the backup) loops exactly when a faulty unit of its software
    was touched by a change it applied at least the unit's latency ago."""
    parts = []
    for change, (roll_out, reached) in enumerate(zip(platform.roll_outs, state.batches_done, strict=True)):
        due = _batches_due_by(ops, state.clock, roll_out.start, roll_out.stride, roll_out.batches)
        first = ops.ite(ops.le(due, ops.int_(0)), ops.int_(0), ops.int_(1))
        open_ = _change_gate_open(ops, platform, state, change)
        parts += [ops.le(reached, due), ops.le(first, reached), ops.or_(ops.not_(open_), ops.eq(reached, due))]

    def shown(slots: Sequence[ChangeSlot | None], units: Sequence[int]) -> V:
        terms = [
            ops.and_(state.faulty[unit], has_applied(ops, platform, state, slot, change), ops.le(ops.add(ops.int_(slot.step), state.latency[unit]), state.clock))
            for unit in units
            for change, slot in enumerate(slots)
            if slot is not None and unit in slot.touched
        ]
        return _either(ops, terms) if terms else ops.bool_(False)

    parts.append(state.servers.all(ops, lambda server_class, server: ops.eq(server.looping, shown(server_class.slots, server_class.units))))
    if platform.backup is not None:
        parts.append(ops.eq(state.backup_looping, shown([roll_out.backup for roll_out in platform.roll_outs], platform.backup.units)))
    return ops.and_(*parts)


def _counted_roll_out_so_far(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """`roll_out_so_far` where classes are counted across batches: the same facts, said of how many members applied.

    A server has applied exactly when its `applied_for` has started, and
    loops exactly when its unit is faulty and `applied_for` has reached the
    unit's latency. Of each class, no more members have applied than the
    batches due hold, all of them while the gate is open (a gate once
    closed stays closed), and at least the first batch's; those that
    applied `ago` steps before or earlier are those the batches due then
    hold, as far as the roll-out went. Of a faulty unit, the batches due
    once its latency has passed since its first server applied are never
    let through: that server loops, and the gate sees it (where it sees
    loops: `gate_sees_loops`). Each fact is a
    term per run of alike batches (`BatchShares`), so the lemmas do not
    grow with the number of batches.
    """
    gate_open = _gate_open(ops, platform, state)
    applied = state.servers.costs_by_class(ops, _applied)

    def timed(server_class: ServerClass, server: ServerState[V]) -> V:
        started = ops.le(ops.int_(0), server.applied_for)
        shown = ops.le(state.latency[server_class.unit], server.applied_for)
        return ops.and_(
            ops.eq(server.applied, started),
            ops.eq(server.looping, ops.and_(state.faulty[server_class.unit], started, shown)),
        )

    shares = [BatchShares.of(platform, server_class) for server_class in platform.classes]
    sizes = free_class_sizes(ops, platform, state.servers)
    due = batches_due(ops, platform, state.clock)
    first = ops.ite(ops.le(due, ops.int_(0)), ops.int_(0), ops.int_(1))
    parts = [state.servers.all(ops, timed)]
    for held, count, size in zip(shares, applied, sizes, strict=True):
        through = held.through(ops, due, size)
        parts += [ops.le(count, through), ops.or_(ops.not_(gate_open), ops.eq(count, through)), ops.le(held.through(ops, first, size), count)]
    earliest: dict[int, int] = {}
    for server_class in platform.classes:
        for batch in class_batches(server_class):
            earliest[server_class.unit] = min(batch.step, earliest.get(server_class.unit, batch.step))
    saturated = platform.max_latency + 1
    for unit, step in earliest.items():
        since = ops.sub(state.clock, ops.int_(step))
        age = ops.ite(ops.le(ops.int_(saturated), since), ops.int_(saturated), since)
        aged = state.servers.costs_by_class(
            ops, lambda server_class, server, age=age: ops.or_(server.looping, ops.eq(server.applied_for, age))
        )
        first = batches_due(ops, platform, ops.int_(step))
        halted = batches_due(ops, platform, ops.add(ops.int_(step), state.latency[unit]))
        for server_class, held, count, old, size in zip(platform.classes, shares, applied, aged, sizes, strict=True):
            if server_class.unit == unit:
                reached = ops.and_(ops.le(ops.int_(step), state.clock), ops.le(held.through(ops, first, size), count))
                share = ops.sub(held.through(ops, first, size), held.through(ops, ops.sub(first, ops.int_(1)), size))
                parts.append(ops.or_(ops.not_(reached), ops.le(share, old)))
        if gate_sees_loops(platform.design):
            bounded = [ops.le(count, held.through(ops, halted, size)) for held, count, size in zip(shares, applied, sizes, strict=True)]
            parts.append(ops.or_(ops.not_(state.faulty[unit]), ops.and_(*bounded)))
    return ops.and_(*parts)


def class_batches(server_class: ServerClass) -> tuple[Batch, ...]:
    """A class's roll-out batches: those it is counted across, or its one batch; none if the change never reaches it."""
    if server_class.batches or server_class.apply_step is None:
        return server_class.batches
    return (Batch(server_class.apply_step, server_class.size, server_class.first_batch),)


def _touched(ops: Ops[V]) -> Callable[[ServerClass, ServerState[V]], V]:
    """The server has heard a message or loops."""
    return lambda server_class, server: ops.or_(server.looping, ops.le(ops.int_(0), server.heard_for))


def _in_part(
    ops: Ops[V], platform: Platform, part: frozenset[int], predicate: Callable[[ServerClass, ServerState[V]], V]
) -> Callable[[ServerClass, ServerState[V]], V]:
    """`predicate`, and the server's class is one of `part` (class indices)."""
    firsts = {platform.classes[index].members[0] for index in part}
    return lambda server_class, server: ops.and_(ops.bool_(server_class.members[0] in firsts), predicate(server_class, server))


def silent_without_restarts(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """In a connected part of the link graph where no server was restarted, no server has heard a message or loops.

    Messages start at a restart: a server signals when restarted at that
    step or looping, and where messages are the trigger a server loops only
    after it heard one; messages travel along links only, so they stay in
    their part. Per part: some server was restarted there, or none has heard
    or loops. (Heard alone is not inductive: a looping server that never
    heard, which no run reaches, would make its neighbours hear.) It is
    written as that disjunction, not as a sum bounded by the part's size
    times the restarts, which within the counters' ranges means the same
    but slows cvc5's simplex with large coefficients. Proof methods take
    this as given once it is checked inductive, instead of learning it part
    by part. Bounded model checking does not: among its lemmas, this one
    made the choice of the simplest counterexample on large pooled designs
    slow, so it stays apart from `in_range`.
    """
    if not platform.cascades:
        return ops.bool_(True)
    parts = []
    for part in platform.linked_parts:
        touched = state.servers.cost(ops, _in_part(ops, platform, part, _touched(ops)))
        restarts = state.servers.cost(ops, _in_part(ops, platform, part, restarted(ops)))
        parts.append(ops.or_(ops.le(ops.int_(1), restarts), ops.le(touched, ops.int_(0))))
    return ops.and_(*parts)


def loops_only_where_faulty(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """A server loops only if its bug unit is faulty: the bug that went off is its unit's, and the choice is frozen.

    Without it, a held claim of AT&T's two releases is not inductive at
    any small depth: from a state no run reaches, with a server of the sound
    release looping, one restart tips the fleet below the demand. PDR can
    learn it, at a cost that swings with the order Z3 created its terms in;
    given it, the claim is inductive at depth 1.
    """
    return state.servers.all(
        ops, lambda server_class, server: ops.or_(ops.not_(server.looping), _either(ops, [state.faulty[unit] for unit in server_class.units]))
    )


def timers_agree(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Each timer counts the consecutive steps its condition has held, up to this state, whose step sets it from the
    state it makes (`_watch`, `_evaluate`): so it is 0 exactly when its condition does not hold now."""
    parts = [
        state.servers.all(
            ops,
            lambda server_class, server: ops.eq(
                ops.eq(server.visible_for, ops.int_(0)), ops.not_(_failure_visible(ops, platform, state, server_class, server))
            ),
        ),
        ops.eq(ops.eq(state.outage_for, ops.int_(0)), serves(ops, platform, state)),
    ]
    if platform.backup is not None:
        parts.append(ops.eq(ops.eq(state.backup_armed_for, ops.int_(0)), ops.not_(backup_condition(ops, platform, state))))
    return ops.and_(*parts)


def within_bounds(ops: Ops[V], platform: Platform, record: Any) -> list[V]:
    """Each integer field of `record` within the bounds its declaration gives, and each flag that can only be false, false."""
    parts = []
    for declared in fields(record):
        value = getattr(record, declared.name)
        items = value if isinstance(value, tuple) else (value,)
        if declared.metadata["sort"] == "int":
            low, high = declared.metadata["bounds"](platform)
            parts += [ops.and_(ops.le(ops.int_(low), item), ops.le(item, ops.int_(high))) for item in items]
        elif declared.metadata["sort"] == "bool" and not any(declared.metadata["domain"](platform)):
            parts += [ops.not_(item) for item in items]
    return parts


def settling_steps(platform: Platform) -> int:
    """Steps after which, once the clock is saturated and the adversary idles, no variable changes.

    After the adversary's last move at step e: a bug set off by the bad input
    shows by e + latency; every failure is then visible, and dropped from
    routing `detect` steps later; the backup's trigger then holds or not for
    good, and the backup starts `delay` steps later; the service then stays
    as it is, and the outage counter saturates `max_outage` steps later. One
    step of margin is added. Where messages set off bugs, a cascade comes
    first: `cascade_steps`. Cut-set search uses this bound to know how deep
    a run with a given number of faults can need to be.
    """
    return cascade_steps(platform) + platform.max_latency + platform.detect + platform.backup_delay + platform.max_outage + 1


def cascade_steps(platform: Platform) -> int:
    """Steps after the adversary's last move by which a cascade has stopped and every message counter settled.

    After the last move only looping servers signal. Follow back from a
    server whose bug goes off last the chain of first receipts that set
    it off: each link of the chain takes one step for the message and at
    most `latency` for the bug. Every member of a class hears the same
    sources, so the members of a class that have not yet received first
    receive together; a class linked with itself may take two turns (a
    member that alone signals does not hear itself). The chain therefore
    visits a class at most once, or twice if it is linked with itself, and
    stays in one connected part of the class graph. One more turn lets the
    last receivers' counters saturate.
    """
    if not platform.cascades:
        return 0
    return (_longest_chain(platform) + 1) * (platform.max_latency + 1)


def _longest_chain(platform: Platform) -> int:
    """The most turns a chain of first receipts can take: per connected part of the class graph, its classes, twice
    those linked with themselves (with more than one member)."""
    neighbours = platform.class_neighbours
    turns = {index: 2 if index in others else 1 for index, others in neighbours.items()}
    return max((sum(turns[index] for index in part) for part in platform.linked_parts), default=0)


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
        events = sum(_moves_allowed(fault, platform) for fault in FAULT_KINDS if not fault.frozen and fault.in_play(platform))
    return platform.horizon + (events + 1) * (settling_steps(platform) + 1)


def _moves_allowed(fault: FaultKind, platform: Platform) -> int:
    """The most distinct events of `fault` a run may make: all there are, or the claim's budget if fewer."""
    budget = fault.budget_of(platform)
    return fault.most(platform) if budget is None else min(budget, fault.most(platform))


def is_down(ops: Ops[V], state: State[V], server_class: ServerClass, server: ServerState[V]) -> V:
    """The server crashed or its site was lost."""
    return ops.or_(server.crashed, ops.bool_(False) if server_class.site is None else state.lost[server_class.site])


def is_up(ops: Ops[V], state: State[V], server_class: ServerClass, server: ServerState[V]) -> V:
    return ops.not_(ops.or_(is_down(ops, state, server_class, server), server.looping))


def is_routed(ops: Ops[V], platform: Platform, state: State[V], server_class: ServerClass, server: ServerState[V]) -> V:
    """Still receiving calls: up, or failed but not yet visible for more than `detect` steps."""
    return ops.or_(is_up(ops, state, server_class, server), ops.le(server.visible_for, ops.int_(platform.detect)))


def is_black_hole(ops: Ops[V], platform: Platform, state: State[V], server_class: ServerClass, server: ServerState[V]) -> V:
    """Still routed but not up: the calls sent to it are lost.

    Written as "not (dropped or up)", the shape the service condition had
    when it negates this, in which PDR proves the staged roll-outs faster
    than as "routed and not up".
    """
    dropped = ops.not_(is_routed(ops, platform, state, server_class, server))
    return ops.not_(ops.or_(dropped, is_up(ops, state, server_class, server)))


def capacity(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Summed capacity of the up servers."""
    return state.servers.capacity(ops, lambda server_class, server: is_up(ops, state, server_class, server))


def routed_capacity(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Summed capacity of the routed servers: calls are spread over them in proportion to it."""
    return state.servers.capacity(ops, lambda server_class, server: is_routed(ops, platform, state, server_class, server))


def lost_capacity(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Summed capacity of the black holes: the part of the routed capacity whose calls are lost."""
    return state.servers.capacity(ops, lambda server_class, server: is_black_hole(ops, platform, state, server_class, server))


def lost_share(platform: Platform, state: State[Any]) -> Fraction:
    """The share of the cluster's calls lost in a concrete state: 1 when no capacity is routed."""
    routed = routed_capacity(CONCRETE, platform, state)
    return Fraction(lost_capacity(CONCRETE, platform, state), routed) if routed else Fraction(1)


def any_black_hole_fails(service: Service) -> bool:
    """Whether one routed server that is not up fails the cluster, whatever its capacity: under `max_lost_share = 0`."""
    return service.max_lost_share == 0


def loss_within_threshold(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The lost share (black holes' capacity over routed capacity) is at most `max_lost_share`.

    Under the default 0 no routed server may be a black hole, whatever its
    capacity: v1's rule exactly. Above 0 the ratio is compared as linear
    arithmetic, `denominator * lost <= numerator * routed`. With nothing
    routed the share is 1 while the inequality reads 0 <= 0; no up capacity
    is routed then, so the cluster does not serve either way (demand is at
    least 1).
    """
    threshold = platform.max_lost_share
    if any_black_hole_fails(platform.design.service):
        return state.servers.all(ops, lambda server_class, server: ops.not_(is_black_hole(ops, platform, state, server_class, server)))
    lost = ops.times(threshold.denominator, lost_capacity(ops, platform, state))
    return ops.le(lost, ops.times(threshold.numerator, routed_capacity(ops, platform, state)))


def cluster_serves(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """Enough up capacity, and no more than `max_lost_share` of the calls sent to black holes."""
    enough = state.servers.covers(ops, lambda server_class, server: is_up(ops, state, server_class, server), platform.demand)
    return ops.and_(enough, loss_within_threshold(ops, platform, state))


def backup_is_down(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    site = None if platform.backup is None else platform.backup.site
    return ops.or_(state.backup_crashed, ops.bool_(False) if site is None else state.lost[site])


def backup_is_up(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    return ops.not_(ops.or_(backup_is_down(ops, platform, state), state.backup_looping))


def backup_condition(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The backup's trigger: the platform's own view (`observed`) or calls seen failing (`outage`)."""
    if platform.backup_trigger == "outage":
        return ops.not_(cluster_serves(ops, platform, state))
    routed = state.servers.covers(ops, lambda server_class, server: is_routed(ops, platform, state, server_class, server), platform.demand)
    return ops.not_(routed)


def backup_serves(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The backup carries the calls: it has taken over, is up, and can carry the whole demand alone."""
    if not backup_carries_demand(platform.design):
        return ops.bool_(False)
    return ops.and_(state.backup_active, backup_is_up(ops, platform, state))


def serves(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The cluster serves, or the backup carries the calls."""
    if not backup_carries_demand(platform.design):
        return cluster_serves(ops, platform, state)
    return ops.or_(cluster_serves(ops, platform, state), backup_serves(ops, platform, state))


# --- What a concrete state shows, for every reader ------------------------------


@dataclass(frozen=True)
class ServerView:
    """What the semantics says of one server in a concrete state; stories, tables, pictures and JSON show this."""

    status: str  # `up`, `looping` (its bug went off, not down) or `down` (crashed, or its site lost)
    applied: bool  # has applied the change (with `[[changes]]`: some change)
    routed: bool  # still receives calls (`is_routed`)
    looping: bool  # its bug went off, whether or not it is also down
    black_hole: bool  # routed but not up: the calls sent to it are lost (`is_black_hole`)
    failure_seen: bool  # its health check sees it failed (`_failure_visible`): down always, a loop only end to end
    signalling: bool  # signals its linked servers (`signals`)
    heard: bool  # has received a message from a linked server
    changes: tuple[str, ...] = ()  # with `[[changes]]`: the changes it has applied, in the order the design lists them


@dataclass(frozen=True)
class BackupView:
    """What the semantics says of the backup in a concrete state."""

    status: str  # `up`, `looping` or `down`
    active: bool  # has taken over
    looping: bool  # its bug went off, whether or not it is also down
    up: bool  # up to carry calls (`backup_is_up`)
    carrying: bool  # carries the calls (`backup_serves`): taken over, up, and big enough for the demand
    armed_for: int  # steps its trigger has held, up to `delay + 1`
    changes: tuple[str, ...] = ()  # with `[[changes]]`: the changes it has applied


@dataclass(frozen=True)
class StateView:
    """What a concrete state shows, computed once from the rules above, so no reader restates one."""

    servers: tuple[ServerView, ...]  # indexed like `Platform.servers`
    backup: BackupView | None
    lost: tuple[bool, ...]  # per site, indexed like `Platform.sites`
    capacity: int  # summed capacity of the up servers
    lost_share: Fraction  # the share of calls the cluster loses to black holes (`lost_share`)
    served: bool  # the platform serves its calls (`serves`)
    outage_for: int  # steps in a row it has not served, up to `max_outage + 1`
    gate_open: bool  # a staged roll-out's gate, reading this state, lets the next batch through (`_gate_open`)
    faulty: tuple[bool, ...] = ()  # per bug unit (`Platform.units`): chosen faulty by the adversary
    gates_open: tuple[bool, ...] = ()  # with `[[changes]]`: per change, its gate reading this state lets its next batch through

    @property
    def backup_carrying(self) -> bool:
        """The backup carries the calls: the cluster's lost share is then not what callers see."""
        return self.backup is not None and self.backup.carrying


def view(platform: Platform, state: State[Any]) -> StateView:
    """The view of a concrete state (a record per server, Python values)."""
    ops = CONCRETE
    servers = []
    for index, record in enumerate(state.servers):
        server_class = platform.server_class(index)
        status = "down" if is_down(ops, state, server_class, record) else "looping" if record.looping else "up"
        changes = changes_applied(platform, state, server_class.slots) if platform.several_changes else ()
        servers.append(
            ServerView(
                status=status,
                applied=bool(record.applied) or bool(changes),
                changes=changes,
                looping=bool(record.looping),
                routed=is_routed(ops, platform, state, server_class, record),
                black_hole=is_black_hole(ops, platform, state, server_class, record),
                failure_seen=_failure_visible(ops, platform, state, server_class, record),
                signalling=signals(ops, state, server_class, record),
                heard=record.heard_for != NOT_YET,
            )
        )
    return StateView(
        servers=tuple(servers),
        backup=_backup_view(platform, state),
        lost=tuple(state.lost),
        capacity=capacity(ops, platform, state),
        lost_share=lost_share(platform, state),
        served=serves(ops, platform, state),
        outage_for=state.outage_for,
        gate_open=bool(_gate_open(ops, platform, state)),
        faulty=tuple(state.faulty),
        gates_open=tuple(bool(_change_gate_open(ops, platform, state, change)) for change in range(len(platform.roll_outs))),
    )


@dataclass(frozen=True)
class ChangeStep:
    """What one of `[[changes]]` did at one step, read off the views of the states before and after it."""

    took: tuple[int, ...]  # the servers (indices) that applied it at this step
    backup_took: bool
    halted: tuple[int, ...]  # the servers whose batch was due at this step and did not apply it: its gate halted it
    backup_halted: bool

    @property
    def halts(self) -> bool:
        return bool(self.halted) or self.backup_halted


def change_step(platform: Platform, change: int, step: int, before: StateView, after: StateView) -> ChangeStep:
    """What change `change` of `[[changes]]` did at `step` (from the views of states `step - 1` and `step`)."""
    roll_out = platform.roll_outs[change]

    def took(was: Any, now: Any) -> bool:
        return roll_out.name in now.changes and roll_out.name not in was.changes

    servers = range(len(platform.servers))
    taken = tuple(index for index in servers if took(before.servers[index], after.servers[index]))
    due = [index for index in servers if (slot := platform.server_class(index).slots[change]) is not None and slot.step == step]
    backup_took = before.backup is not None and after.backup is not None and took(before.backup, after.backup)
    backup_due = roll_out.backup is not None and roll_out.backup.step == step
    return ChangeStep(taken, backup_took, tuple(index for index in due if index not in taken), backup_due and not backup_took)


def unit_set_off(member: Member, faulty: Sequence[bool]) -> int:
    """The bug unit whose bug a looping server (or the backup) carries: its version's if faulty, else its first faulty
    component's. A budget of one bug leaves no choice; with more, this names one of them."""
    return next((unit for unit in member.units if faulty[unit]), member.unit)


def _backup_view(platform: Platform, state: State[Any]) -> BackupView | None:
    if platform.backup is None:
        return None
    ops = CONCRETE
    status = "down" if backup_is_down(ops, platform, state) else "looping" if state.backup_looping else "up"
    return BackupView(
        status=status,
        active=state.backup_active,
        looping=state.backup_looping,
        up=backup_is_up(ops, platform, state),
        carrying=backup_serves(ops, platform, state),
        armed_for=state.backup_armed_for,
        changes=changes_applied(platform, state, [roll_out.backup for roll_out in platform.roll_outs]),
    )


def first_receipts(before: StateView, after: StateView) -> list[int]:
    """The servers (indices) that receive a message for the first time in the step from `before` to `after`."""
    return [index for index, (was, now) in enumerate(zip(before.servers, after.servers, strict=True)) if now.heard and not was.heard]


def backup_start_steps(platform: Platform) -> int:
    """The backup takes over once its trigger has held for this many steps in a row: its `delay`, plus one."""
    return platform.backup_delay + 1


def backup_carries_demand(design: Design) -> bool:
    """The backup can carry the whole demand alone: only then does its taking over serve the calls (`serves`)."""
    return design.backup is not None and design.backup.capacity >= design.service.demand


# --- Helpers -------------------------------------------------------------------


def crashed(server_class: ServerClass, server: ServerState[V]) -> V:
    """The server was crashed by the adversary (what crash budgets and `crash:` events count)."""
    return server.crashed


def restarted(ops: Ops[V]) -> Callable[[ServerClass, ServerState[V]], V]:
    """Whether a server was restarted by the adversary (what restart budgets and `restart:` events count)."""
    return lambda server_class, server: ops.le(ops.int_(0), server.restart_age)


def moves_spent(ops: Ops[V], state: State[V], server_class: ServerClass, server: ServerState[V]) -> ServerMoves[V]:
    """Per move the adversary can make on a server, whether making it now would change nothing.

    A crash is final, and a server is restarted once at most; nor does the
    roll-out take a server that has applied. An interpreter that
    enumerates moves (the Promela export) leaves these out.
    """
    made = [fault for fault in FAULT_KINDS if fault.server_move is not None and fault.on_server is not None]
    return ServerMoves(apply=server.applied, **{fault.server_move: fault.on_server(ops)(server_class, server) for fault in made})


def input_arrived(ops: Ops[V], state: State[V]) -> V:
    """The bad input has arrived: it arrives once, and a second arrival would change nothing."""
    return ops.le(ops.int_(0), state.input_age)


def signals(ops: Ops[V], state: State[V], server_class: ServerClass, server: ServerState[V]) -> V:
    """The server signals its linked servers in `state`: not down, and restarted at that step or looping.

    That is "up and restarted at this step, or looping": a restart loop
    announces the server every time it comes back; a down server is
    silent. Linked servers receive at the next step.
    """
    talking = ops.or_(ops.eq(server.restart_age, ops.int_(0)), server.looping)
    return ops.and_(ops.not_(is_down(ops, state, server_class, server)), talking)


def _failure_visible(ops: Ops[V], platform: Platform, state: State[V], server_class: ServerClass, server: ServerState[V]) -> V:
    """Down is always visible; a restart loop only to a check that sees loops (`loops_visible`)."""
    looping_seen = server.looping if loops_visible(platform.design) else ops.bool_(False)
    return ops.or_(is_down(ops, state, server_class, server), looping_seen)


def _backup_failure_visible(ops: Ops[V], platform: Platform, state: State[V]) -> V:
    """The backup's failure as a health check sees it: down always, a loop only where `loops_visible`."""
    looping_seen = state.backup_looping if loops_visible(platform.design) else ops.bool_(False)
    return ops.or_(backup_is_down(ops, platform, state), looping_seen)


def _saturating_increment(ops: Ops[V], counter: V, cap: int) -> V:
    """counter + 1, but never beyond `cap` (the counter never exceeds it)."""
    return ops.ite(ops.le(ops.int_(cap), counter), ops.int_(cap), ops.add(counter, ops.int_(1)))
