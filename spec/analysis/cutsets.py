"""Minimal cut sets of a claim, computed on the state machine.

Basic events are `crash:<server>` (the backup too), `restart:<server>`
(where messages set bugs off), `site:<site>` and `bug:<unit>`; the crashes
and restarts of a pool whose members are interchangeable are counted up to
symmetry, `crash:<pool>*k` standing for any k of its members and counting
k towards the order. So are those of a pool whose members differ only in
their place in a staged roll-out (`pooled_members`): `crash:<pool>*k` is
then k of its members, whichever the roll-out has reached, as a run on the
pool counted across its batches has them (docs/decisions.md, "Cut sets of
pools updated member by member"). A set of events is a cut set when some
run that uses only those faults, as often as it likes, violates the service
property; timing counts (roll-out order, latency, detection), because the
question is asked of the transition system, not of a static structure
function.

Runs are found by bounded model checking on unrollings with an enabling
bound per event (0 or 1, or up to a pool's size): no state of the run may
record more of an event than its bound. A run with m faults that
violates the property does so within a complete depth
(`semantics.completeness_depth`) that grows with m, because after the
clock saturates a later fault could be moved earlier without changing
anything. Every run found is replayed through the concrete semantics.

Enumeration is by increasing order: the solver is asked for a violating
run whose bounds add up to at most k and allow as much as no cut set found
so far (each found set is blocked, with all its supersets, by one clause:
some event of it is allowed fewer times). The events such a run really uses
form a minimal cut set, because every smaller order was exhausted first: a
smaller cut set inside it would have been found and blocked. When no
such run is left (proved at every depth, below), order k is complete. No
subset is tried blindly; the solver's search does the enumeration.

Where sites, or bug units, are alike (the 2021 platform's six sites), one
cut set found stands for many: the search maps it by every candidate swap
of alike sites or units (`spec.symmetry`), again and again, and
replays each image concretely instead of asking the solver for it. An
image is kept only when its replay violates with exactly the image's
events; a swap that is no symmetry therefore costs replays, never a wrong
or a missed cut set, since the solver still proves every order exhausted
with all kept sets blocked. A swap that Z3 proves a symmetry of the
encoded system (per-server encoding) also prunes the solver's search: the
enabling bounds must be at most their image, read in event order, which
leaves the least of every set of images (`_Search.least_of_images`).

What that costs, and how the search keeps it down (figures in
`benchmarks/cutsets.py` and docs/performance.md): a solver call per cut set
(per set of images, where swaps apply), and a proof per order. Most cut
sets show within a few steps, while the complete depth grows with the
order (30 to 180 steps on the shipped redesigns), and a solver's answer
costs about in proportion to the depth it holds. So each order is asked
of a shallow unrolling first (`_Search.SHALLOW` steps); a bug that a
staged roll-out reaches only late in the run is asked for first, as deep
as its damage can spread (`_late_events`). The proof that an
order is exhausted is first the cheapest, the lemmas, facts and "no
violation" inductive as they stand, which the blocked sets usually make
them (`_Search.inductive_as_it_stands`); else PDR's, on the system whose
adversary chooses its enabling bounds once at the start: state variables
that never change, with the order's bound and the blocking clauses on
them, that choice and
the runs keeping within it given to PDR as lemmas (`_Search.restricted`).
PDR's invariant is re-checked before it is believed; when PDR finds a
run left instead, the complete unrolling gives it and its cut set. And
after the orders that have cut sets, the orders above them usually have
none: one proof at the largest order left, asked after the first order
without cut sets, settles them all at once. No set left can be larger
than the largest set of events that holds no cut set found
(`_Search.largest_free_order`): the search ends there. Bounded model
checking at the complete depth, or PDR without those lemmas, proves
orders exhausted far more slowly (docs/decisions.md, "Performance history").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import combinations

import z3

from spec import semantics
from spec.design import Claim, Design, Faults
from spec.events import Event, written
from spec.symmetry import Swap, candidate_swaps, image_swaps, permuted
from spec.encoding import (
    adversary_of,
    choose_encoding,
    event_images,
    events_used,
    layout,
    transition_system,
    valuation,
    variable_images,
)
from spec.check import CHEAPEST_PROOF_SECONDS, joined_if_counted
from spec.engine import pdr
from spec.folding import counted_across_batches, in_roll_out_order
from spec.engine.certificate import obligations
from spec.engine.deadline import DEFAULT_SECONDS, Deadline
from spec.engine.results import UNSAFE, Inconclusive, Proof
from spec.engine.system import Frame, TransitionSystem, Variable, read_frame, with_conditions_kept_false
from spec.ops import CONCRETE, SymbolicOps
from spec.platform import Platform, ServerClass, build_platform
from spec.errors import InternalError
from spec.trace import Adversary, ReplayError, confirmed_trace


class SearchTimedOut(Exception):
    """The time limit of a cut-set search passed during `order`.

    `found` are minimal cut sets all the same: every one of order below
    `order`, and those of `order` found before the limit.
    """

    def __init__(self, found: list[CutSet], order: int) -> None:
        super().__init__(f"time limit reached while searching order {order}")
        self.found = found
        self.order = order


class CountingUnsuited(ValueError):
    """`encoding="counting"` asked of a design with a pool split over roll-out slots whose members are linked, where
    messages set bugs off: its cut sets need `"servers"`.

    A class carries no link sides, so its slots cannot be joined, and its
    members are not interchangeable: they cannot be counted up to symmetry. The message names the function's argument; the command line
    names its own option (`--encoding`) instead, from `REASON`.
    """

    REASON = "a pool's members are in different roll-out slots"

    def __init__(self) -> None:
        super().__init__(f'encoding="counting": {self.REASON}: its cut sets need encoding="servers"')


@dataclass(frozen=True)
class CutSet:
    """A minimal cut set; a run that uses only its events was found and replayed concretely.

    An event `crash:<pool>*k` stands for any k distinct members of a pool
    and counts k towards the order.
    """

    events: tuple[Event, ...]  # in the order of their text
    order: int

    @property
    def written(self) -> tuple[str, ...]:
        """The events as files, JSON and reports write them: `crash:cs1`, `crash:pool*2`."""
        return written(self.events)


def budgets(searched: Platform, faults: Faults) -> dict[str, int | None]:
    """The budgets of `faults` that cut sets ignore, by field name, kind by kind (`semantics.FAULT_KINDS`): those of
    the basic kinds in play on `searched`, the platform the search looks at (`searched_platform`), so `restarts`
    only where a restart can matter (`semantics.RESTART.in_play`)."""
    kinds = [fault for fault in semantics.FAULT_KINDS if fault.basic and fault.budget is not None and fault.in_play(searched)]
    return {fault.budget: getattr(faults, fault.budget) for fault in kinds if fault.budget is not None}


def beyond_budgets(cut: CutSet, searched: Platform, faults: Faults) -> tuple[str, ...]:
    """The budgets of `faults` that the events of `cut` exceed, in the order of `budgets`; none when the claim allows them.

    A cut set within every budget is a run the claim's hypothesis allows
    (the search keeps its bug scope, trigger and latency), so the claim is
    violated; one beyond some budget breaks the design only under a
    broader hypothesis. An event `crash:<pool>*k` counts k crashes.
    """
    used: Counter[str | None] = Counter()
    for event in cut.events:
        used[semantics.fault_kind(event.kind).budget] += 1 if event.count is None else event.count
    return tuple(field for field, budget in budgets(searched, faults).items() if budget is not None and used[field] > budget)


def searched_platform(design: Design, claim: Claim, deadline: Deadline | None = None) -> Platform:
    """The platform the cut-set search looks at: the claim's bug scope, trigger and latency, every budget lifted
    (`unlimited`), and a class never joining servers of different entries (`build_platform`'s `by_entry`)."""
    return build_platform(design, unlimited(claim), by_entry=True, time_check=None if deadline is None else deadline.check)


def unlimited(claim: Claim) -> Faults:
    """The claim's bug scope, trigger and latency range, with every budget unlimited."""
    return claim.faults.unlimited()


@dataclass(frozen=True)
class _Event:
    """A basic event as the search counts it: at most `bound` of it (1, or a pool's size)."""

    event: Event
    bound: int

    @property
    def name(self) -> str:
        return str(self.event)

    def written(self, used: int) -> Event:
        return self.event if self.bound == 1 else self.event.times(used)


def pooled_members(platform: Platform) -> dict[int, str]:
    """The members (indices) whose faults cut sets count by pool, and their pools: the members of every pool of more
    than one server that is one class once roll-out slots are ignored (`counted_across_batches`), so interchangeable
    up to which of them the roll-out reaches when."""
    design = platform.design
    pooled = {}
    for server_class in counted_across_batches(platform, by_entry=True).classes:
        entry = design.servers[server_class.members[0]].pool
        if server_class.size > 1 and entry is not None and len(design.pool_members(entry)) == server_class.size:
            pooled.update((member, entry) for member in server_class.members)
    return pooled


@dataclass(frozen=True)
class _Run:
    """A violating run, replayed concretely: what the adversary chose, and the events it used (how many of each)."""

    adversary: Adversary
    used: dict[_Event, int]  # the events used, none at 0
    events: frozenset[Event]  # the same, per server (`crash:<member>`), as `events_used` names them

    @property
    def cut(self) -> CutSet:
        events = tuple(sorted((event.written(amount) for event, amount in self.used.items()), key=str))
        return CutSet(events=events, order=sum(self.used.values()))


class _Unrolling:
    """One solver over an unrolling of the system in which the adversary may only use enabled events, as often as enabled."""

    def __init__(self, search: _Search) -> None:
        self.search = search
        system = search.system
        self.solver = z3.Solver()
        self.solver.add(*(z3.And(0 <= amount, amount <= event.bound) for event, amount in search.enabled.items()))
        self.states = [system.state_frame("0")]
        self.inputs: list[dict] = []
        self.bad = [system.bad(self.states[0])]
        self.used = [search.usage(self.states[0])]
        self.solver.add(system.init(self.states[0]), *search.least_of_images())
        self._restrict(self.used[0])

    def deepen(self, depth: int) -> None:
        """Unroll up to `depth` steps."""
        system = self.search.system
        while len(self.states) <= depth:
            step = len(self.states) - 1
            self.inputs.append(system.input_frame(str(step)))
            self.states.append(system.state_frame(str(step + 1)))
            self.solver.add(system.trans(self.states[step], self.inputs[step], self.states[step + 1]))
            self.bad.append(system.bad(self.states[-1]))
            self.used.append(self.search.usage(self.states[-1]))
            self._restrict(self.used[-1])

    def _restrict(self, used: dict[_Event, z3.ArithRef]) -> None:
        self.solver.add(*(term <= self.search.enabled[event] for event, term in used.items()))

    def violation(self, order: int, depth: int, using: _Event | None = None) -> _Run | None:
        """A violating run within `depth` steps using at most `order` enabled events (`using` among them, if given),
        replayed concretely; or `None`."""
        self.deepen(depth)
        search = self.search
        search.deadline.limit(self.solver)
        used = [] if using is None else [1 <= search.enabled[using]]
        answer = self.solver.check(z3.Sum(*search.enabled.values()) <= order, z3.Or(*self.bad[: depth + 1]), *used)
        if answer == z3.unsat:
            return None
        if answer != z3.sat and search.deadline.expired():
            raise TimeoutError
        if answer != z3.sat:
            raise InternalError(f"cut-set search: solver answered {answer}: {self.solver.reason_unknown()}")
        model = self.solver.model()
        length = next(step for step, formula in enumerate(self.bad[: depth + 1]) if z3.is_true(model.eval(formula, model_completion=True)))
        inputs = [read_frame(model, frame) for frame in self.inputs[:length]]
        first = read_frame(model, self.states[0])
        run = search.replayed(adversary_of(search.platform, first, inputs, search.encoding))
        used = {event: model.eval(term, model_completion=True).as_long() for event, term in self.used[length].items()}
        if {event: amount for event, amount in used.items() if amount} != run.used:
            raise InternalError(f"cut-set search: the replayed run uses {run.cut.written}, unlike the solver's run")
        return run


class _Search:
    """Two unrollings of the system, a shallow one and the complete one, and PDR's proofs that an order is exhausted.

    Each query of an order goes first to the unrolling of `SHALLOW` steps,
    where most cut sets show and the solver answers fast; once it has
    answered `unsat` for an order it keeps doing so (blocking only removes
    runs) and is not asked again for it. Then PDR proves the order
    exhausted (`proved_exhausted`), or finds a run left, which the unrolling
    to the order's complete depth then gives. After an order without cut
    sets that follows one with, one proof at the largest free order asks
    whether any cut set is left at all; when none is, the orders between
    need no proof of their own.
    """

    SHALLOW = 4

    def __init__(
        self, platform: Platform, encoding: str, deadline: Deadline, pooled: dict[int, str] | None = None, ordered: Platform | None = None
    ) -> None:
        """A search of `platform` in `encoding`, counting the faults of `pooled` members by pool (none if `None`), its
        runs replayed on `ordered` (`platform` itself if `None`; see `_searched`)."""
        pooled = pooled or {}
        self.platform = platform
        self.ordered = platform if ordered is None else ordered
        self.deadline = deadline
        self.encoding = encoding
        self.system = transition_system(platform, encoding=encoding, deadline=deadline)
        self.servers = layout(platform, encoding)
        self.counted_as = _events(platform, pooled)
        self.events = list(dict.fromkeys(self.counted_as.values()))
        self.enabled = {event: z3.Int(f"enabled:{event.name}") for event in self.events}
        self.swaps = candidate_swaps(platform)
        self.image_swaps = image_swaps(platform)
        self.symmetries = self.proved_symmetries() if encoding == "servers" and not pooled else ()
        self.blocks: list[z3.BoolRef] = []
        self.blocked: list[dict[_Event, int]] = []
        self.blocked_over: dict[frozenset[_Event], list[dict[_Event, int]]] = {}  # the blocked sets by their events
        self.unrollings: dict[str, _Unrolling] = {}
        self.shallow_exhausted: set[int] = set()  # the orders the shallow unrolling has no run left for
        self.late = _late_events(platform, self.events)
        self.late_exhausted: set[tuple[int, _Event]] = set()  # the orders and late events without a run left near it

    def usage(self, state: dict) -> dict[_Event, z3.ArithRef]:
        """How many of each event a state records."""
        ops = SymbolicOps(pseudo_boolean=True, time_check=self.deadline.check)
        used: dict[_Event, list[z3.ArithRef]] = {event: [] for event in self.events}
        counted = self.encoding == "counting"
        if counted:
            fleet, servers = self.servers.fleet(state), self.platform.servers
            for fault in _server_kinds(self.platform):
                for server_class, cost in zip(self.platform.classes, fleet.costs_by_class(ops, fault.on_server(ops)), strict=True):
                    used[self.counted_as[Event(fault.event, servers[server_class.members[0]].name)]].append(cost)
        for event, recorded in events_used(self.platform).items():
            if not (counted and _is_server_event(self.platform, event)):
                used[self.counted_as[event]].append(z3.If(recorded(state), 1, 0))
        return {event: terms[0] if len(terms) == 1 else z3.Sum(*terms) for event, terms in used.items()}

    def replayed(self, adversary: Adversary) -> _Run:
        """The run of `adversary` replayed concretely (violating at its last step only), with the events it used.

        A run on a platform counted across roll-out batches is replayed on
        the platform as ordered, its members named by the roll-out's order
        (`in_roll_out_order`): the same servers, so the same events.
        """
        trace = confirmed_trace(self.ordered, in_roll_out_order(adversary, self.platform, self.ordered), self.deadline)
        last = valuation(self.ordered, trace.states[-1])
        events = frozenset(event for event, used in events_used(self.ordered, CONCRETE).items() if used(last))
        return _Run(adversary=adversary, used=dict(Counter(self.counted_as[event] for event in events)), events=events)

    def keep(self, run: _Run) -> list[_Run]:
        """Block the cut set of `run`, a minimal one, and its every image under `image_swaps`; return them all.

        Images come from images, again and again, so the whole orbit of
        `run` under the swaps comes out. An image is kept when its replay
        violates the service with exactly the image's events, of the same
        order, and holds no cut set blocked so far: every smaller order
        being exhausted, it is then minimal.
        """
        self.block_supersets(run)
        kept = [run]
        seen = {run.events}
        for current in kept:
            for swap in self.image_swaps:
                events = frozenset(event_images(self.platform, swap.over, sorted(current.events, key=str)).values())
                if events in seen:
                    continue
                seen.add(events)
                try:
                    image = self.replayed(permuted(current.adversary, self.platform, swap))
                except ReplayError:
                    continue
                if image.events == events and image.cut.order == run.cut.order and not self._holds_blocked(image.used):
                    self.block_supersets(image)
                    kept.append(image)
        self._check_closed(kept)
        return kept

    def proved_symmetries(self) -> tuple[Swap, ...]:
        """The candidate swaps proved to map the search's system onto itself (per-server encoding).

        Proved when Z3 finds no state, input and next state on which the
        initial condition, the step, the bad condition or the count of an
        event differs from that of their images. Every swap is its own
        inverse, so the image of a frame reads each variable at its image.
        """
        system = self.system
        current, inputs, following = system.state_frame("a"), system.input_frame("i"), system.state_frame("b")
        names = [variable.name for variable in (*system.state, *system.inputs)]
        proved = []
        for swap in self.swaps:
            image = variable_images(self.platform, swap.over, names)
            current_image, inputs_image, following_image = (
                {name: frame[image[name]] for name in frame} for frame in (current, inputs, following)
            )
            events = self._event_images(swap)
            used, used_by_image = self.usage(current), self.usage(current_image)
            same = [
                system.init(current) == system.init(current_image),
                system.trans(current, inputs, following) == system.trans(current_image, inputs_image, following_image),
                system.bad(current) == system.bad(current_image),
                *(used_by_image[events[event]] == amount for event, amount in used.items()),
            ]
            solver = z3.Solver()
            self.deadline.limit(solver)
            solver.add(z3.Not(z3.And(*same)))
            if solver.check() == z3.unsat:
                proved.append(swap)
        return tuple(proved)

    def least_of_images(self) -> list[z3.BoolRef]:
        """Symmetry breaking: the enabling bounds, in event order, are at most their image under each proved symmetry.

        Sound because the search's constraints map onto themselves under
        a proved symmetry (the blocked sets too: `keep` blocks whole sets
        of images, and `_check_closed` insists), so every set of runs that
        the solver could answer with holds one that meets them all: the
        least of its images.
        """
        least = []
        for swap in self.symmetries:
            events = self._event_images(swap)
            moved = [event for event in self.events if events[event] != event]
            pairs = [(self.enabled[event], self.enabled[events[event]]) for event in moved]
            at_most: z3.BoolRef = z3.BoolVal(True)
            for bound, image in reversed(pairs):
                at_most = z3.Or(bound < image, z3.And(bound == image, at_most))
            least.append(at_most)
        return least

    def _check_closed(self, kept: list[_Run]) -> None:
        """Insist that the image of every set blocked is blocked, under every proved symmetry."""
        blocked = {frozenset(used.items()) for used in self.blocked}
        for swap in self.symmetries:
            events = self._event_images(swap)
            for run in kept:
                if frozenset((events[event], amount) for event, amount in run.used.items()) not in blocked:
                    raise InternalError(f"cut-set search: an image of {run.cut.written} under a symmetry was not kept")

    def _event_images(self, swap: Swap) -> dict[_Event, _Event]:
        """The image of each of the search's events under `swap`, in the per-server encoding."""
        by_event = {event.event: event for event in self.events}
        images = event_images(self.platform, swap.over, list(by_event))
        return {event: by_event[images[event.event]] for event in self.events}

    def _holds_blocked(self, used: dict[_Event, int]) -> bool:
        """Whether the events of `used` hold a blocked set.

        A blocked set held is one over a subset of `used`'s events, so with
        few events the subsets are looked up; with many, the blocked sets
        are read one by one.
        """
        events = list(used)
        if 2 ** len(events) > len(self.blocked):
            candidates: Iterable[dict[_Event, int]] = self.blocked
        else:
            subsets = (frozenset(subset) for size in range(1, len(events) + 1) for subset in combinations(events, size))
            candidates = (blocked for subset in subsets for blocked in self.blocked_over.get(subset, ()))
        return any(all(used.get(event, 0) >= amount for event, amount in blocked.items()) for blocked in candidates)

    def next_cut(self, order: int, depth: int) -> _Run | None:
        """A violating run within `depth` steps using at most `order` enabled events, or `None`."""
        if self.SHALLOW < depth and order not in self.shallow_exhausted:
            run = self._unrolling("shallow").violation(order, self.SHALLOW)
            if run is not None:
                return run
            self.shallow_exhausted.add(order)
        if self.inductive_as_it_stands(order):
            return None
        for event, late_depth in self.late.items():
            if late_depth < depth and (order, event) not in self.late_exhausted:
                run = self._unrolling("complete").violation(order, late_depth, using=event)
                if run is not None:
                    return run
                self.late_exhausted.add((order, event))
        proved = self.proved_exhausted(order, as_it_stands=False)
        if proved:
            return None
        run = self._unrolling("complete").violation(order, depth)
        if run is None and proved is False:
            raise InternalError(f"cut-set search: PDR found a cut set of order {order} that bounded model checking did not")
        return run

    def largest_free_order(self) -> int:
        """The largest order of a set of events that holds no cut set found so far (-1 when the empty set is one).

        A minimal cut set not yet found holds none of those found, so none
        is larger: the search can end there, and its last proof need only
        reach that order's complete depth.
        """
        optimizer = z3.Optimize()
        optimizer.add(*(z3.And(0 <= amount, amount <= event.bound) for event, amount in self.enabled.items()))
        optimizer.add(*self.blocks)
        total = z3.Sum(*self.enabled.values())
        optimizer.maximize(total)
        if optimizer.check() != z3.sat:
            return -1
        return optimizer.model().eval(total, model_completion=True).as_long()

    def none_left(self, last: int, depth: int) -> bool:
        """Whether no cut set of order at most `last` is left, `depth` being that order's complete depth."""
        proved = self.proved_exhausted(last)
        if proved is not None:
            return proved
        return self._unrolling("complete").violation(last, depth) is None

    def inductive_as_it_stands(self, order: int) -> bool:
        """Whether the cheapest proof shows that no run using at most `order` enabled events and no blocked set
        violates: the system's lemmas, its facts (`TransitionSystem.facts`) and "no violation" inductive as they
        stand, as k-induction at k = 1 would have them, each obligation shown by a solver (`as_it_stands`). Once
        the cut sets of an order are blocked, that is how most orders are proved exhausted."""
        initially, kept, current = self.as_it_stands
        deadline = self.deadline.capped(CHEAPEST_PROOF_SECONDS)
        within = z3.Sum(*(current[f"enabled:{event.name}"] for event in self.events)) <= order
        for solver in (initially, kept):
            deadline.limit(solver)
            if solver.check(within) != z3.unsat:
                return False
        return True

    def proved_exhausted(self, order: int, as_it_stands: bool = True) -> bool | None:
        """Whether a proof at every depth shows that no run using at most `order` enabled events and no blocked set
        violates: the cheapest (`inductive_as_it_stands`, unless already tried), then PDR's, `False` when PDR
        finds such a run. PDR's invariant is re-checked inductive and safe before it is believed; one that fails
        the re-check proves nothing (`None`), and bounded model checking decides.
        """
        if as_it_stands and self.inductive_as_it_stands(order):
            return True
        system = self.restricted(order)
        outcome = pdr.prove(system, self.deadline)
        if outcome == UNSAFE:
            return False
        if isinstance(outcome, Inconclusive):
            if self.deadline.expired():
                raise TimeoutError
            raise InternalError(f"cut-set search: {outcome.reason}")
        assert isinstance(outcome, Proof)
        return True if _inductive(system, outcome.invariant, self.deadline) else None

    def restricted(self, order: int | None) -> TransitionSystem:
        """The system whose adversary is fixed at the start to enable at most `order` events, blocked sets excluded
        (with `order` `None`, any events within their bounds: `order_and_blocks` adds the rest).

        The enabling bounds are state variables that never change, so PDR reasons about every choice of them at once.
        That choice, and every state keeping within it, are also the system's lemmas (they are inductive by
        construction): given them on both sides of the step, PDR need not learn them, which on linked designs
        was most of its work.
        """
        system = self.proof_system
        bounds = tuple(Variable(f"enabled:{event.name}", "int") for event in self.events)

        def allowed(frame: Frame) -> list[z3.BoolRef]:
            return [used <= frame[f"enabled:{event.name}"] for event, used in self.usage(frame).items()]

        def chosen(frame: Frame) -> list[z3.BoolRef]:
            enabled = {event: frame[f"enabled:{event.name}"] for event in self.events}
            within = [z3.And(0 <= amount, amount <= event.bound) for event, amount in enabled.items()]
            return within if order is None else [*within, *self.order_and_blocks(frame, order)]

        def init(frame: Frame) -> z3.BoolRef:
            return z3.And(system.init(frame), *chosen(frame), *allowed(frame))

        def successor(frame: Frame, inputs: Frame) -> tuple[Frame, z3.BoolRef]:
            values, step_allowed = system.successor(frame, inputs)
            following = {**values, **{variable.name: frame[variable.name] for variable in bounds}}
            return following, z3.And(step_allowed, *allowed(following))

        def lemmas(frame: Frame) -> z3.BoolRef:
            return z3.And(system.lemmas(frame), *chosen(frame), *allowed(frame))

        return replace(system, state=system.state + bounds, init=init, successor=successor, lemmas=lemmas)

    def order_and_blocks(self, frame: Frame, order: int) -> list[z3.BoolRef]:
        """The enabling bounds of `frame` add up to at most `order` and hold no blocked set."""
        enabled = [frame[f"enabled:{event.name}"] for event in self.events]
        return [z3.Sum(*enabled) <= order, *self._blocks_in(frame, self.blocks)]

    def _blocks_in(self, frame: Frame, blocks: list[z3.BoolRef]) -> list[z3.BoolRef]:
        """`blocks`, said of the enabling bounds of `frame`."""
        pairs = [(self.enabled[event], frame[f"enabled:{event.name}"]) for event in self.events]
        return [z3.substitute(block, *pairs) for block in blocks]

    @cached_property
    def proof_system(self) -> TransitionSystem:
        """The system proofs are asked of, built once for every order."""
        return transition_system(self.platform, pseudo_boolean=False, encoding=self.encoding, for_proofs=True, deadline=self.deadline)

    @cached_property
    def as_it_stands(self) -> tuple[z3.Solver, z3.Solver, Frame]:
        """Two solvers, kept across orders, for the obligations of the cheapest proof, and their frame of the state.

        The invariant is the lemmas of `restricted`, its facts, no violation,
        and the order's bound and the blocked sets. Those last two are said
        of bounds that no step changes, so the successor keeps them by
        construction: each solver holds the rest once, the blocked sets are
        added as they come (`block_supersets`), and the order's bound is an
        assumption of each query. The `init` obligation, and the `step`
        one; `safe` holds by construction (the invariant says no violation).
        """
        system = self.restricted(None)
        current, inputs, following = system.state_frame("x"), system.input_frame("i"), system.state_frame("y")

        def held(frame: Frame) -> z3.BoolRef:
            return z3.And(system.lemmas(frame), system.facts(frame), z3.Not(system.bad(frame)))

        initially, kept = z3.Solver(), z3.Solver()
        initially.add(system.init(current), z3.Not(held(current)), *self._blocks_in(current, self.blocks))
        kept.add(held(current), system.trans(current, inputs, following), z3.Not(held(following)), *self._blocks_in(current, self.blocks))
        return initially, kept, current

    def _unrolling(self, name: str) -> _Unrolling:
        if name not in self.unrollings:
            self.unrollings[name] = _Unrolling(self)
            self.unrollings[name].solver.add(*self.blocks)
        return self.unrollings[name]

    def block_supersets(self, run: _Run) -> None:
        """No later set may hold as many of every event `run` used."""
        block = z3.Or(*(self.enabled[event] < amount for event, amount in run.used.items()))
        self.blocks.append(block)
        self.blocked.append(run.used)
        self.blocked_over.setdefault(frozenset(run.used), []).append(run.used)
        for unrolling in self.unrollings.values():
            unrolling.solver.add(block)
        if "as_it_stands" in self.__dict__:
            *solvers, current = self.as_it_stands
            for solver in solvers:
                solver.add(*self._blocks_in(current, [block]))


def _late_events(platform: Platform, events: list[_Event]) -> dict[_Event, int]:
    """The bugs the change sets off that go off no earlier than the shallow unrolling's last step, each with the
    depth to ask for it at; by that depth.

    A staged roll-out reaches a later pool's unit tens of steps in, and a
    bug of a long latency goes off only that long after the roll-out
    reached its unit: past the shallow unrolling either way, and PDR finds
    a run that deep slowly. So each such bug is asked for first, as deep as
    its damage can spread: the batches due until the gate sees the first
    server it set looping also loop, one latency later.
    """
    faults = platform.faults
    if faults.trigger != "change":
        return {}
    late = {}
    for event in events:
        if event.event.kind == semantics.BUG.event and event.event.name in platform.units:
            unit = platform.units.index(event.event.name)
            steps = [batch.step for one in platform.classes if one.unit == unit for batch in semantics.class_batches(one)]
            if steps and min(steps) + faults.min_latency >= _Search.SHALLOW:
                late[event] = min(steps) + 2 * faults.max_latency + platform.roll_out_stride + _Search.SHALLOW
    return dict(sorted(late.items(), key=lambda item: item[1]))


def _inductive(system: TransitionSystem, invariant: z3.BoolRef, deadline: Deadline) -> bool:
    """Whether `invariant` holds initially, is kept by every step and excludes the bad states, each shown by a fresh
    solver within `deadline` (an obligation it cannot answer in time is not shown)."""
    for formula in obligations(system, invariant).values():
        solver = z3.Solver()
        deadline.limit(solver)
        solver.add(formula)
        if solver.check() != z3.unsat:
            return False
    return True


def _server_kinds(platform: Platform) -> list[semantics.FaultKind]:
    """The kinds of basic event made on servers (`FaultKind.on_server`) that the platform's claim puts in play."""
    return [fault for fault in semantics.FAULT_KINDS if fault.basic and fault.on_server is not None and fault.in_play(platform)]


def _is_server_event(platform: Platform, event: Event) -> bool:
    """An event of a server (its crash, its restart), not of the backup or of a site or unit."""
    servers = {member.name for member in platform.servers}
    return event.name in servers and any(fault.event == event.kind for fault in _server_kinds(platform))


def _events(platform: Platform, pooled: dict[int, str]) -> dict[Event, _Event]:
    """Each basic event as `events_used` names it, and the event the search counts it as.

    That is the event itself, except that the crash or restart of a pooled
    member counts towards its pool's (`crash:<pool>`, up to the pool's size).
    """
    index = {member.name: position for position, member in enumerate(platform.servers)}
    counted_as = {}
    for event in events_used(platform):
        member = index.get(event.name) if _is_server_event(platform, event) else None
        if member in pooled:
            pool = pooled[member]
            counted_as[event] = _Event(Event(event.kind, pool), len(platform.design.pool_members(pool)))
        else:
            counted_as[event] = _Event(event, 1)
    return counted_as


def _searched(ordered: Platform, encoding: str) -> tuple[Platform, str, dict[int, str]]:
    """The platform a cut-set search of `ordered` (built by entry) runs on, its encoding, and its pooled members
    (`pooled_members`): none where `encoding` is `servers`, which names every member.

    Pools updated member by member are searched as one class counted across
    the roll-out's batches where that class is counted (`check.joined_if_counted`):
    a pool of 200 is then as cheap as one of 8. Otherwise the search keeps
    the platform as ordered, whose fixed schedule bounded model checking
    follows faster than a listed class's choice of members. The counting
    encoding counts classes, so it is used only where every class of more
    than one server lies in one pool.
    """
    pooled = {} if encoding == "servers" else pooled_members(ordered)
    platform = ordered if encoding == "servers" else joined_if_counted(ordered, by_entry=True)
    chosen = choose_encoding(platform, encoding)
    whole = all(server_class.size == 1 or _in_one_pool(server_class, pooled) for server_class in platform.classes)
    if chosen == "counting" and not whole:
        if encoding == "counting":
            raise CountingUnsuited()
        return ordered, "servers", pooled
    return platform, chosen, pooled


def _in_one_pool(server_class: ServerClass, pooled: dict[int, str]) -> bool:
    """Every member of `server_class` is pooled, in one pool."""
    return len({pooled.get(member) for member in server_class.members}) == 1 and server_class.members[0] in pooled


def pools_counted(design: Design, faults: Faults) -> frozenset[str]:
    """The pools whose members' faults cut sets name up to symmetry (`crash:<pool>*k`), as `minimal_cut_sets`
    searches by default; the members of any other pool are named one by one (`crash:<member>`)."""
    _, _, pooled = _searched(build_platform(design, faults.unlimited(), by_entry=True), "auto")
    return frozenset(pooled.values())


def is_cut_set(design: Design, claim: Claim, events: frozenset[Event]) -> bool:
    """Whether `events` is a cut set, decided at every depth by PDR (no depth bound involved)."""
    platform = build_platform(design, unlimited(claim))
    disabled = [used for event, used in events_used(platform).items() if event not in events]
    system = with_conditions_kept_false(transition_system(platform, pseudo_boolean=False, for_proofs=True), disabled)
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
    A pool whose members form one class, or would but for their roll-out
    slots, has its crashes named up to symmetry (`crash:<pool>*k`, see
    `_searched`); `encoding="servers"` names every member instead. A pool
    split over roll-out slots whose members are linked, where messages set
    bugs off, keeps per-member events; `encoding="counting"` then raises
    `CountingUnsuited`. `on_order(done, orders)` is called
    after each order searched, `orders` being how many there are to search
    (for a progress bar).
    """
    deadline = Deadline(timeout)
    try:
        ordered = searched_platform(design, claim, deadline)
        platform, searched_encoding, pooled = _searched(ordered, encoding)
        search = _Search(platform, searched_encoding, deadline, pooled, ordered)
    except TimeoutError:
        raise SearchTimedOut([], 0) from None
    most = sum(event.bound for event in search.events)
    found: list[CutSet] = []
    orders = min(most, most if max_order is None else max_order) + 1
    last = orders - 1
    for order in range(orders):
        depth = semantics.completeness_depth(platform, order + platform.input_triggered)
        try:
            while (run := search.next_cut(order, depth)) is not None:
                if run.cut.order != order:
                    raise InternalError(f"cut-set search: {run.cut.written} found at order {order} is not minimal")
                found += [kept.cut for kept in search.keep(run)]
            left = min(last, search.largest_free_order())
            none_left = left <= order or (
                order < left - 1
                and bool(found)
                and found[-1].order == order - 1
                and search.none_left(left, semantics.completeness_depth(platform, left + platform.input_triggered))
            )
        except TimeoutError:
            raise SearchTimedOut(sorted(found, key=lambda cut: (cut.order, cut.written)), order) from None
        if on_order is not None:
            on_order(orders if none_left else order + 1, orders)
        if none_left or (smallest_only and found):
            break
    return sorted(found, key=lambda cut: (cut.order, cut.written))
