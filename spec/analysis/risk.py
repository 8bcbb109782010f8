"""Risk in numbers: the probability that one window's faults defeat a claim, and what it costs a year.

A window (one configuration change, say) draws every basic event
independently with the probability of the design's `[risk]` table. The
claim's service fails in the window when the drawn faults include a minimal
cut set (`spec.analysis.cutsets`, computed on the transition system, so
timing, routing and the backup count). That probability, `p_window`, is
computed exactly (fractions, no rounding) on a binary decision diagram of
the cut sets, built with the `dd` library.

Pools make one event stand for many: `crash:<pool>*k` means "at least k
of the pool's n members crash", a binomial tail. The thresholds of one
pool are nested (at least 3 implies at least 2), so they are not
independent variables; they are written as prefixes of independent
variables y_1, y_2, ..., "at least k_i" being y_1 and ... and y_i, with
P(y_i) = P(at least k_i) / P(at least k_(i-1)). The joint law of the
thresholds is then exactly the binomial one, and the diagram's usual
independent-variable sum gives the exact probability.

Beside it, the figures a review compares it with: the rare-event sum and
the min-cut upper bound over the same cut sets, the "independent
failures" figure of the k-of-n argument (`p_independent`), the textbook
beta-factor figure (`p_beta`), and the Birnbaum importance of every event
(how much `p_window` moves with it).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from dd import autoref

from spec.analysis.cutsets import CutSet, minimal_cut_sets, unlimited
from spec.design import Claim, Design, Risk
from spec.engine.deadline import DEFAULT_SECONDS
from spec.events import Event
from spec.encoding import events_used
from spec.platform import bug_unit, build_platform

ONE, ZERO = Fraction(1), Fraction(0)


class NoRiskTable(ValueError):
    """A design without `[risk]`: there are no figures to compute with."""

    @staticmethod
    def of(design: Design) -> NoRiskTable:
        return NoRiskTable(
            f"{design.file}: risk: the design has no [risk] table; add one with the figures per window "
            "(windows_per_year, p_bug, p_crash, p_site, outage_hours, calls_per_hour, beta; see docs/risk.md)"
        )


@dataclass(frozen=True)
class PoolCrash:
    """`crash:<pool>*k` (or `restart:<pool>*k`) read back: at least `k` of the pool's `size` members, each with probability `q`."""

    pool: str
    size: int
    q: Fraction


def at_least(k: int, n: int, q: Fraction) -> Fraction:
    """The probability that at least `k` of `n` independent members fail, each with probability `q` (exact)."""
    if k <= 0:
        return ONE
    return sum((math.comb(n, j) * q**j * (ONE - q) ** (n - j) for j in range(k, n + 1)), ZERO)


@dataclass(frozen=True)
class EventModel:
    """The basic events of one claim with their probabilities per window, pools read as binomial counts.

    `pools` is keyed by the counted event's name without its count: `crash:<pool>` or `restart:<pool>`.
    """

    plain: dict[str, Fraction]
    pools: dict[str, PoolCrash]

    @staticmethod
    def of(design: Design, events: Iterable[Event]) -> EventModel:
        """The probability of every event in `events` (as cut sets give them) under the design's `[risk]`."""
        risk = _risk_of(design)
        pool_of = {server.name: server.pool for server in design.servers}
        plain: dict[str, Fraction] = {}
        pools: dict[str, PoolCrash] = {}
        for event in events:
            if event.count is not None:
                pool = event.name
                pools[str(event.counted)] = PoolCrash(pool, len(design.pool_members(pool)), risk.probability(event.counted, pool=pool))
            else:
                plain[str(event)] = risk.probability(event, pool=pool_of.get(event.name))
        return EventModel(plain, pools)

    def probability(self, event: Event) -> Fraction:
        """The probability of one event as a cut set gives it; `crash:<pool>*k` is the binomial tail."""
        if event.count is not None:
            pool = self.pools[str(event.counted)]
            return at_least(event.count, pool.size, pool.q)
        return self.plain[str(event)]


class CutSetDiagram:
    """The OR of the minimal cut sets, each the AND of its events, as a BDD over independent variables.

    Plain events are variables of their own; a pool's thresholds `crash:<pool>*k_1 < k_2 < ...` (and
    `restart:<pool>*k_1 ...`) are the prefixes of independent variables (see the module's docstring).
    """

    def __init__(self, cuts: Sequence[CutSet], model: EventModel) -> None:
        self.model = model
        self.bdd = autoref.BDD()
        self._names: dict[str, str] = {}
        self.thresholds = {
            pool: sorted({event.count for cut in cuts for event in cut.events if _pool_of(event) == pool})
            for pool in model.pools
        }
        for event in sorted(model.plain):
            self._declare(event)
        for pool, counts in self.thresholds.items():
            for count in counts:
                self._declare(f"{pool}>={count}")
        self.top = self.bdd.false
        for cut in cuts:
            self.top |= self._conjunction(cut.events)

    def variables(self) -> dict[str, Fraction]:
        """The probability of every variable, keyed by plain event or pool threshold `<pool>>=<k>`."""
        values = self.variable_probabilities()
        return {key: values[name] for key, name in self._names.items()}

    def _declare(self, key: str) -> None:
        self._names[key] = f"x{len(self._names)}"
        self.bdd.declare(self._names[key])

    def _conjunction(self, events: Iterable[Event]) -> autoref.Function:
        term = self.bdd.true
        for event in events:
            pool = _pool_of(event)
            if pool is None or event.count is None:
                term &= self.bdd.var(self._names[str(event)])
                continue
            for threshold in self.thresholds[pool]:
                if threshold <= event.count:
                    term &= self.bdd.var(self._names[f"{pool}>={threshold}"])
        return term

    def variable_probabilities(self, fixed: Mapping[str, bool] | None = None) -> dict[str, Fraction]:
        """The probability of every variable; `fixed` sets plain events, or one member of a pool (`crash:<pool>`,
        `restart:<pool>`), to occur or not."""
        fixed = fixed or {}
        values = {self._names[event]: Fraction(fixed[event]) if event in fixed else p for event, p in self.model.plain.items()}
        for pool, counts in self.thresholds.items():
            crash = self.model.pools[pool]
            size, shift = crash.size, 0
            if pool in fixed:
                size, shift = size - 1, int(fixed[pool])
            before = ONE
            for count in counts:
                tail = at_least(count - shift, size, crash.q)
                values[self._names[f"{pool}>={count}"]] = tail / before if before else ZERO
                before = tail
        return values

    def probability(self, fixed: Mapping[str, bool] | None = None) -> Fraction:
        """The exact probability of the top event, by one pass over the diagram's nodes."""
        return _probability(self.top, self.variable_probabilities(fixed))

    def release(self) -> None:
        """Drop the top event, so that no node is referenced when the manager goes (`dd` checks that)."""
        self.top = self.bdd.false

    def birnbaum(self) -> dict[str, Fraction]:
        """Per event: P(top | it occurs) - P(top | it does not); a pool's entry is for one given member."""
        events = [*sorted(self.model.plain), *sorted(self.thresholds)]
        return {event: self.probability({event: True}) - self.probability({event: False}) for event in events}


def _probability(top: autoref.Function, values: Mapping[str, Fraction]) -> Fraction:
    """P(top) with every variable independent, `values` giving each its probability.

    Each node is computed once, children first, on an explicit stack (a diagram can be deeper than
    Python's recursion limit). `dd` stores a node once for a function and its complement: the memo
    holds the probability of the node as stored, and a complemented edge reads 1 minus it.
    """
    memo: dict[int, Fraction] = {}
    stack = [] if top.var is None else [_regular(top)]
    while stack:
        node = stack[-1]
        pending = [_regular(child) for child in (node.low, node.high) if child.var is not None and _key(child) not in memo]
        if pending:
            stack.extend(pending)
            continue
        stack.pop()
        p = values[node.var]
        memo[_key(node)] = p * _value(node.high, memo) + (ONE - p) * _value(node.low, memo)
    return _value(top, memo)


def _regular(node: autoref.Function) -> autoref.Function:
    return ~node if node.negated else node


def _key(node: autoref.Function) -> int:
    return int(node) if not node.negated else int(~node)


def _value(node: autoref.Function, memo: dict[int, Fraction]) -> Fraction:
    """The probability of a child: a terminal, or a computed node, its complement mark applied."""
    if node.var is None:
        return ONE if node == node.bdd.true else ZERO
    p = memo[_key(node)]
    return ONE - p if node.negated else p


def _pool_of(event: Event) -> str | None:
    """The counted event a pool's `crash:<pool>*k` or `restart:<pool>*k` stands for (`crash:<pool>`); `None` for a plain event."""
    return None if event.count is None else str(event.counted)


def _risk_of(design: Design) -> Risk:
    if design.risk is None:
        raise NoRiskTable.of(design)
    return design.risk


@dataclass(frozen=True)
class Figures:
    """The risk figures of one claim, exact; `max_order` set when only cut sets up to that order were used."""

    claim: Claim
    cut_sets: tuple[CutSet, ...]
    p_window: Fraction
    rare_event: Fraction
    mcub: Fraction
    outages_per_year: Fraction
    calls_lost_per_year: Fraction
    p_independent: Fraction
    p_beta: Fraction
    birnbaum: dict[str, Fraction]
    probabilities: dict[str, Fraction]
    thresholds: dict[str, list[int]]
    variables: dict[str, Fraction]
    max_order: int | None = None
    p_rest_at_most: Fraction | None = None

    def to_json(self) -> dict:
        figures = {
            "name": self.claim.name,
            "p_window": float(self.p_window),
            "rare_event": float(self.rare_event),
            "mcub": float(self.mcub),
            "outages_per_year": float(self.outages_per_year),
            "calls_lost_per_year": float(self.calls_lost_per_year),
            "p_independent": float(self.p_independent),
            "p_beta": float(self.p_beta),
            "birnbaum": {event: float(value) for event, value in self.birnbaum.items()},
            "cut_sets": [list(cut.written) for cut in self.cut_sets],
        }
        if self.max_order is not None:
            figures.update(max_order=self.max_order, p_rest_at_most=float(self.p_rest_at_most or 0))
        return figures


def risk_figures(design: Design, claim: Claim, cuts: Sequence[CutSet] | None = None, max_order: int | None = None) -> Figures:
    """Every figure of `claim` under the design's `[risk]`; `cuts` are its minimal cut sets if already known.

    With `max_order`, only cut sets up to that order count: `p_window` is then a lower bound, and
    `p_rest_at_most` bounds what the others can add (the probability that more than `max_order` events occur).
    """
    risk = _risk_of(design)
    if cuts is None:
        cuts = minimal_cut_sets(design, claim, max_order)
    model = EventModel.of(design, {event for cut in cuts for event in cut.events})
    diagram = CutSetDiagram(cuts, model)
    p_window = diagram.probability()
    birnbaum = diagram.birnbaum()
    diagram.release()
    products = [math.prod((model.probability(event) for event in cut.events), start=ONE) for cut in cuts]
    outages = risk.windows_per_year * p_window
    independent = p_independent(design, claim, risk)
    rest = None if max_order is None else more_events_than(max_order, design, claim)
    return Figures(
        claim=claim,
        cut_sets=tuple(cuts),
        p_window=p_window,
        rare_event=sum(products, ZERO),
        mcub=ONE - math.prod((ONE - product for product in products), start=ONE),
        outages_per_year=outages,
        calls_lost_per_year=outages * risk.outage_hours * risk.calls_per_hour,
        p_independent=independent,
        p_beta=p_beta(design, claim, risk),
        birnbaum=birnbaum,
        probabilities={**model.plain, **{counted: pool.q for counted, pool in model.pools.items()}},
        thresholds=diagram.thresholds,
        variables=diagram.variables(),
        max_order=max_order,
        p_rest_at_most=rest,
    )


def claims_figures(
    design: Design, claims: Sequence[Claim], max_order: int | None = None, timeout: float | None = DEFAULT_SECONDS
) -> list[Figures]:
    """The figures of every claim; claims with the same bug scope, trigger and latency range share one cut-set search.

    Each search has `timeout` seconds; past it `SearchTimedOut` is raised (see `minimal_cut_sets`).
    """
    _risk_of(design)
    searched: dict[object, list[CutSet]] = {}
    figures = []
    for claim in claims:
        hypothesis = unlimited(claim)
        if hypothesis not in searched:
            searched[hypothesis] = minimal_cut_sets(design, claim, max_order, timeout=timeout)
        figures.append(risk_figures(design, claim, searched[hypothesis], max_order))
    return figures


def server_failure(design: Design, claim: Claim, risk: Risk) -> list[tuple[Fraction, int]]:
    """Per server (the backup left out): q_s, the probability it fails on its own in a window, and its capacity.

    q_s = 1 - (1 - p(bug of its unit)) (1 - p(crash:s)) (1 - p(site of s)), the unit by the claim's bug scope.
    """
    failures = []
    for server in design.servers:
        bug = risk.probability(Event("bug", bug_unit(design, server.version, claim.faults.bug_scope)))
        crash = risk.probability(Event("crash", server.name), pool=server.pool)
        site = ZERO if server.site is None else risk.probability(Event("site", server.site))
        failures.append((ONE - (ONE - bug) * (ONE - crash) * (ONE - site), server.capacity))
    return failures


def k_of_n_failure(failures: Sequence[tuple[Fraction, int]], demand: int) -> Fraction:
    """The probability that the capacity of the servers that did not fail is below `demand`, failures independent.

    Servers with the same figure and capacity are counted together (a binomial per group), and capacity
    is counted up to `demand`, so a fleet of a thousand servers costs a few groups, not a thousand steps.
    """
    survivors = {0: ONE}
    for (q, capacity), size in Counter(failures).items():
        spread = {up: math.comb(size, up) * (ONE - q) ** up * q ** (size - up) for up in range(size + 1)}
        combined: dict[int, Fraction] = {}
        for held, p in survivors.items():
            for up, p_up in spread.items():
                total = min(demand, held + up * capacity)
                combined[total] = combined.get(total, ZERO) + p * p_up
        survivors = combined
    return sum((p for held, p in survivors.items() if held < demand), ZERO)


def p_independent(design: Design, claim: Claim, risk: Risk) -> Fraction:
    """The "independent failures" figure: every server fails alone with q_s; the cluster when below demand."""
    return k_of_n_failure(server_failure(design, claim, risk), design.service.demand)


def p_beta(design: Design, claim: Claim, risk: Risk) -> Fraction:
    """The textbook beta-factor figure: beta*q fails every server at once, each also fails alone with (1-beta)*q_s."""
    failures = server_failure(design, claim, risk)
    mean = sum((q for q, _ in failures), ZERO) / len(failures)
    common = risk.beta * mean
    alone = [((ONE - risk.beta) * q, capacity) for q, capacity in failures]
    return common + (ONE - common) * k_of_n_failure(alone, design.service.demand)


def more_events_than(order: int, design: Design, claim: Claim) -> Fraction:
    """The probability that more than `order` basic events occur in a window (a pool's crashes counted one by one).

    Every cut set left out by a search up to `order` needs that many, so this bounds what they can add to `p_window`.
    """
    platform = build_platform(design, unlimited(claim))
    model = EventModel.of(design, events_used(platform))
    counts = {0: ONE}
    for p in model.plain.values():
        shifted: dict[int, Fraction] = {}
        for held, q in counts.items():
            for happened, weight in ((0, ONE - p), (1, p)):
                total = min(order + 1, held + happened)
                shifted[total] = shifted.get(total, ZERO) + q * weight
        counts = shifted
    return counts.get(order + 1, ZERO)
