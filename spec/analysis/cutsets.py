"""Minimal cut sets of a claim, computed on the state machine.

Basic events are `crash:<server>` (the backup too), `restart:<server>`
(where messages set bugs off), `site:<site>` and `bug:<unit>`; the crashes
and restarts of a pool whose members are interchangeable are counted up to
symmetry, `crash:<pool>*k` standing for any k of its members and counting
k towards the order. A set of events is a cut set when some run that uses only
those faults, as often as it likes, violates the service property; timing
counts (roll-out order, latency, detection), because the question is asked
of the transition system, not of a static structure function.

The search is one bounded model-checking unrolling with an enabling bound
per event (0 or 1, or up to a pool's size): no state of the run may record
more of an event than its bound. Its depth is complete
(`semantics.completeness_depth`): a run with m faults that violates the
property does so within a depth that grows with m, because after the
clock saturates a later fault could be moved earlier without changing
anything.
Every run found is replayed through the concrete semantics.

Enumeration is by increasing order on that one solver: it is asked for a
violating run whose bounds add up to at most k and allow as much as no cut
set found so far (each found set is blocked with one clause: some event of
it is allowed fewer times). The events such a
run really uses form a minimal cut set, because every smaller order was
exhausted first: a smaller cut set inside it would have been found and
blocked. When the solver answers `unsat`, order k is complete. No subset is
tried blindly; the solver's search does the enumeration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import z3

from spec import semantics
from spec.design import Claim, Design, Faults
from spec.encoding import adversary_of, choose_encoding, events_used, layout, transition_system
from spec.engine import pdr
from spec.engine.deadline import DEFAULT_SECONDS, Deadline
from spec.engine.results import UNSAFE, Inconclusive
from spec.engine.system import read_frame, with_conditions_kept_false
from spec.ops import SymbolicOps
from spec.platform import Platform, build_platform
from spec.errors import InternalError
from spec.trace import confirmed_trace


class SearchTimedOut(Exception):
    """The time limit of a cut-set search passed during `order`.

    `found` are minimal cut sets all the same: every one of order below
    `order`, and those of `order` found before the limit.
    """

    def __init__(self, found: list[CutSet], order: int) -> None:
        super().__init__(f"time limit reached while searching order {order}")
        self.found = found
        self.order = order


@dataclass(frozen=True)
class CutSet:
    """A minimal cut set; a run that uses only its events was found and replayed concretely.

    An event `crash:<pool>*k` stands for any k distinct members of a pool
    and counts k towards the order.
    """

    events: tuple[str, ...]
    order: int


def unlimited(claim: Claim) -> Faults:
    """The claim's bug scope, trigger and latency, with every budget unlimited."""
    faults = claim.faults
    return Faults(
        crashes=None,
        site_losses=None,
        bugs=None,
        bug_scope=faults.bug_scope,
        trigger=faults.trigger,
        max_latency=faults.max_latency,
        restarts=None,
    )


@dataclass(frozen=True)
class _Event:
    """A basic event as the search counts it: at most `bound` of it (1, or a pool's size)."""

    name: str
    bound: int

    def written(self, used: int) -> str:
        return self.name if self.bound == 1 else f"{self.name}*{used}"


def whole_pools(platform: Platform) -> bool:
    """Every class of more than one server is a whole pool, so its crashes can be named up to symmetry."""
    design = platform.design
    for kind in platform.classes:
        if kind.size > 1:
            entry = design.servers[kind.members[0]].pool
            if entry is None or len(design.pool_members(entry)) != kind.size:
                return False
    return True


class _Search:
    """One incremental unrolling in which the adversary may only use enabled events, as often as enabled."""

    def __init__(self, platform: Platform, encoding: str, deadline: Deadline) -> None:
        self.platform = platform
        self.deadline = deadline
        self.encoding = encoding
        self.system = transition_system(platform, encoding=encoding)
        self.servers = layout(platform, encoding)
        self.events = _events(platform, encoding)
        self.enabled = {event: z3.Int(f"enabled:{event.name}") for event in self.events}
        self.solver = z3.Solver()
        self.solver.add(*(z3.And(0 <= amount, amount <= event.bound) for event, amount in self.enabled.items()))
        self.states = [self.system.state_frame("0")]
        self.inputs: list[dict] = []
        self.solver.add(self.system.init(self.states[0]))
        self._restrict(self.states[0])

    def usage(self, state: dict) -> dict[_Event, z3.ArithRef]:
        """How many of each event a state records."""
        ops = SymbolicOps(pseudo_boolean=True)
        per_server = []
        if self.encoding == "counting":
            fleet = self.servers.fleet(state)
            for predicate in _server_events(self.platform, ops).values():
                per_server += fleet.costs_by_class(ops, predicate)
        others = []
        for event, used in events_used(self.platform).items():
            if not _is_server_event(self.platform, event):
                others.append(z3.If(used(state), 1, 0))
            elif self.encoding != "counting":
                per_server.append(z3.If(used(state), 1, 0))
        return dict(zip(self.events, [*per_server, *others], strict=True))

    def deepen(self, depth: int) -> None:
        """Unroll up to `depth` steps."""
        while len(self.states) <= depth:
            step = len(self.states) - 1
            self.inputs.append(self.system.input_frame(str(step)))
            self.states.append(self.system.state_frame(str(step + 1)))
            self.solver.add(self.system.trans(self.states[step], self.inputs[step], self.states[step + 1]))
            self._restrict(self.states[-1])

    def _restrict(self, state: dict) -> None:
        self.solver.add(*(used <= self.enabled[event] for event, used in self.usage(state).items()))

    def next_cut(self, order: int, depth: int) -> CutSet | None:
        """A violating run within `depth` steps using at most `order` enabled events, or `None`."""
        self.deepen(depth)
        bad = [self.system.bad(state) for state in self.states[: depth + 1]]
        self.deadline.limit(self.solver)
        answer = self.solver.check(z3.Sum(*self.enabled.values()) <= order, z3.Or(*bad))
        if answer == z3.unsat:
            return None
        if answer != z3.sat and self.deadline.expired():
            raise TimeoutError
        if answer != z3.sat:
            raise InternalError(f"cut-set search: solver answered {answer}: {self.solver.reason_unknown()}")
        model = self.solver.model()
        length = next(step for step, formula in enumerate(bad) if z3.is_true(model.eval(formula, model_completion=True)))
        used = {event: model.eval(term, model_completion=True).as_long() for event, term in self.usage(self.states[length]).items()}
        inputs = [read_frame(model, frame) for frame in self.inputs[:length]]
        first = read_frame(model, self.states[0])
        confirmed_trace(self.platform, adversary_of(self.platform, first, inputs, self.encoding))
        chosen = {event: amount for event, amount in used.items() if amount}
        return CutSet(events=tuple(sorted(event.written(amount) for event, amount in chosen.items())), order=sum(chosen.values()))

    def block_supersets(self, cut: CutSet) -> None:
        """No later set may hold as many of every event of `cut`."""
        written = {event.written(amount): (event, amount) for event in self.events for amount in range(1, event.bound + 1)}
        self.solver.add(z3.Or(*(self.enabled[event] < amount for event, amount in (written[name] for name in cut.events))))


def _server_events(platform: Platform, ops: SymbolicOps) -> dict[str, Callable]:
    """The kinds of per-server event, and the predicate of a server's record that says it happened."""
    kinds = {"crash": semantics.crashed}
    if platform.restarts_possible:
        kinds["restart"] = semantics.restarted(ops)
    return kinds


def _is_server_event(platform: Platform, event: str) -> bool:
    """A crash or restart of a server (not of the backup)."""
    kind = event.split(":", 1)[0]
    return kind in ("crash", "restart") and (platform.backup is None or event != f"crash:{platform.backup.name}")


def _events(platform: Platform, encoding: str) -> list[_Event]:
    """The events in the order `_Search.usage` counts them: per-server events (per class when counting), then the rest."""
    used = events_used(platform)
    if encoding == "counting":
        design = platform.design
        per_server = []
        for kind_of_event in _server_events(platform, SymbolicOps(pseudo_boolean=True)):
            for kind in platform.classes:
                server = design.servers[kind.members[0]]
                per_server.append(_Event(f"{kind_of_event}:{server.pool if kind.size > 1 else server.name}", kind.size))
    else:
        per_server = [_Event(event, 1) for event in used if _is_server_event(platform, event)]
    return per_server + [_Event(event, 1) for event in used if not _is_server_event(platform, event)]


def is_cut_set(design: Design, claim: Claim, events: frozenset[str]) -> bool:
    """Whether `events` is a cut set, decided at every depth by PDR (no depth bound involved)."""
    platform = build_platform(design, unlimited(claim))
    disabled = [used for event, used in events_used(platform).items() if event not in events]
    system = with_conditions_kept_false(transition_system(platform, pseudo_boolean=False), disabled)
    outcome = pdr.prove(system)
    if isinstance(outcome, Inconclusive):
        raise InternalError(f"cut-set check: {outcome.reason}")
    return outcome == UNSAFE


def minimal_cut_sets(
    design: Design,
    claim: Claim,
    max_order: int | None = None,
    smallest_only: bool = False,
    encoding: str = "auto",
    timeout: float | None = DEFAULT_SECONDS,
    on_order: Callable[[int, int], None] | None = None,
) -> list[CutSet]:
    """Every minimal cut set of order at most `max_order` (all if `None`), sorted by order then name.

    Past `timeout` seconds (no limit if `None`) the search raises
    `SearchTimedOut`, carrying the cut sets of the orders it completed.

    With `smallest_only`, the search stops after the first order that has any.
    A pool whose members form one class is searched in the counting
    encoding, and its crashes are named up to symmetry (`crash:<pool>*k`);
    `encoding="servers"` names every member instead. A pool split over
    classes (members in different roll-out batches) is not symmetric, and
    its members keep their own events. `on_order(done, orders)` is called
    after each order searched, `orders` being how many there are to search
    (for a progress bar).
    """
    platform = build_platform(design, unlimited(claim), by_entry=True)
    chosen = choose_encoding(platform, encoding)
    if chosen == "counting" and not whole_pools(platform):
        if encoding == "counting":
            raise ValueError("a pool's members are in different roll-out slots: its cut sets need --encoding servers")
        chosen = "servers"
    search = _Search(platform, chosen, Deadline(timeout))
    most = sum(event.bound for event in search.events)
    found: list[CutSet] = []
    orders = min(most, most if max_order is None else max_order) + 1
    for order in range(orders):
        depth = semantics.completeness_depth(platform, order + platform.input_triggered)
        try:
            while (cut := search.next_cut(order, depth)) is not None:
                if cut.order != order:
                    raise InternalError(f"cut-set search: {cut.events} found at order {order} is not minimal")
                found.append(cut)
                search.block_supersets(cut)
        except TimeoutError:
            raise SearchTimedOut(sorted(found, key=lambda cut: (cut.order, cut.events)), order) from None
        if on_order is not None:
            on_order(order + 1, orders)
        if smallest_only and found:
            break
    return sorted(found, key=lambda cut: (cut.order, cut.events))
