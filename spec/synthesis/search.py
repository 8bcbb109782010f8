"""Counterexample-guided synthesis: the cheapest candidate whose every claim holds, and the proof that none is cheaper.

A Z3 `Optimize` model ranges over the catalogue's choices (servers of each
codebase at each site, the health check) and proposes the cheapest
candidate not yet ruled out. The checker (`spec.check.check_claim`) decides
its claims one by one. A violated claim's counterexample is generalised
(`spec.synthesis.blocks`) into a constraint that rules out every
candidate the same run defeats, and the optimizer proposes again. (A
counterexample that rules out only the candidate itself, a staged
roll-out's bug, does not end the candidate's checks: a later claim may
prove more.) A
candidate whose every claim holds is the best so far; the model is then
asked for anything strictly cheaper. The loop ends only when the model is
unsatisfiable: every cheaper candidate has been ruled out, by a check or by
a counterexample proved to defeat it.

When nothing in the catalogue distinguishes its sites, the model only
proposes candidates whose per-site counts are sorted (site by site, in
decreasing order): permuting sites changes neither a candidate's cost nor
its verdicts. A staged roll-out follows declaration order, which is site
order, so a catalogue with a staged roll-out and a change-triggered bug
keeps every order.

An `unknown` from the checker is neither holds nor violated: the search
stops with `Inconclusive`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

import z3

from spec.check import HOLDS, UNKNOWN, VIOLATED, check_claim
from spec.design import Claim
from spec.echo import quoted
from spec.errors import InternalError
from spec.ops import CONCRETE, SymbolicOps
from spec.synthesis.blocks import Block, Exactly, defeats, generalise, images
from spec.synthesis.candidates import END_TO_END, Candidate, candidate_design, cost
from spec.synthesis.catalogue import Catalogue
from spec.synthesis.counting import count_candidates


class Inconclusive(Exception):
    """The checker could not decide a claim of a candidate (time-out, solver unknown): the search cannot go on."""

    def __init__(self, candidate: Candidate, claim: Claim, reason: str) -> None:
        self.candidate = candidate
        self.claim = claim
        self.reason = reason
        super().__init__(f"claim {quoted(claim.name)} is inconclusive on a candidate of {candidate.servers} servers: {reason}")


@dataclass(frozen=True)
class Synthesis:
    """What the search found and what it cost: `best` is `None` when no allowed candidate meets every claim."""

    catalogue: Catalogue
    best: Candidate | None
    candidates: int | None  # every candidate the catalogue allows (`None`: too many to count)
    ruled_out: int | None  # the allowed candidates cheaper than `best` (all of them when there is none)
    proposed: int  # candidates the optimizer proposed, each checked
    checks: int  # claims checked
    counterexamples: int  # violated claims whose counterexample was generalised
    symmetric: bool  # whether the sites were taken as interchangeable
    seconds: float
    blocks: tuple[Block, ...] = ()  # what the counterexamples proved, in the order learnt: the evidence of optimality

    @property
    def cost(self) -> Fraction | None:
        return None if self.best is None else cost(self.catalogue, self.best)


def sites_interchangeable(catalogue: Catalogue) -> bool:
    """Whether permuting sites keeps every verdict: true unless a staged roll-out meets a change-triggered bug."""
    staged_bug = any(claim.faults.bugs and claim.faults.trigger == "change" for claim in catalogue.claims)
    return not (catalogue.strategy == "staged" and staged_bug)


def synthesize(
    catalogue: Catalogue,
    timeout: float | None,
    on_candidate: Callable[[Candidate, int], None] = lambda candidate, checks: None,
) -> Synthesis:
    """The cheapest candidate of `catalogue` whose every claim holds, each claim checked within `timeout` seconds.

    `on_candidate` hears of every candidate once its claims are decided,
    with the checks made so far (for a progress display). Raises `Inconclusive` if the checker
    cannot decide a claim.
    """
    started = time.monotonic()
    symmetric = sites_interchangeable(catalogue)
    model = _ChoiceModel(catalogue, symmetric)
    claims = list(catalogue.claims)
    best: Candidate | None = None
    learnt: list[Block] = []
    proposed = checks = counterexamples = 0
    while (candidate := model.cheapest()) is not None:
        proposed += 1
        found, made = _refutations(catalogue, candidate, claims, timeout)
        checks += made
        on_candidate(candidate, checks)
        if not found:
            best = candidate
            model.require_cheaper_than(cost(catalogue, candidate))
            continue
        counterexamples += len(found)
        claims.remove(found[-1][0])
        claims.insert(0, found[-1][0])  # the claim that refuted last is asked first next time
        for _, block in found:
            if not defeats(block, candidate.counts, candidate.health_check == END_TO_END, CONCRETE):
                raise InternalError(f"the generalised counterexample {block} does not cover the candidate it refutes")
            learnt.append(block)
            for image in images(catalogue, block):
                model.rule_out(image)
    below = None if best is None else cost(catalogue, best)
    return Synthesis(
        catalogue=catalogue,
        best=best,
        candidates=count_candidates(catalogue),
        ruled_out=count_candidates(catalogue, below),
        proposed=proposed,
        checks=checks,
        counterexamples=counterexamples,
        symmetric=symmetric,
        seconds=time.monotonic() - started,
        blocks=tuple(learnt),
    )


def _refutations(
    catalogue: Catalogue, candidate: Candidate, claims: list[Claim], timeout: float | None
) -> tuple[list[tuple[Claim, Block]], int]:
    """The blocks that `candidate`'s violated claims prove, with the claim of each, and the number of checks made.

    Claims are checked in order until one is violated with a counterexample
    that generalises beyond the candidate itself. One that only rules out
    the candidate (`Exactly`: a staged roll-out's bug) is kept, and the
    next claims are checked too, in case one of them proves more. An empty
    list: every claim holds.
    """
    design = candidate_design(catalogue, candidate, file=f"{catalogue.file} (a candidate of {candidate.servers} servers)")
    found: list[tuple[Claim, Block]] = []
    made = 0
    for claim in claims:
        verdict = check_claim(design, claim, timeout)
        made += 1
        if verdict.outcome == UNKNOWN:
            raise Inconclusive(candidate, claim, verdict.reason)
        if verdict.outcome == HOLDS:
            continue
        if verdict.outcome != VIOLATED:
            raise InternalError(f"the checker answered {verdict.outcome!r}")
        block = generalise(catalogue, candidate, verdict)
        found.append((claim, block))
        if not isinstance(block, Exactly):
            break
    return found, made


class _ChoiceModel:
    """The catalogue's choices as a Z3 `Optimize` model minimising the contract's cost, with the blocks learnt so far."""

    def __init__(self, catalogue: Catalogue, symmetric: bool) -> None:
        self._catalogue = catalogue
        self._optimize = z3.Optimize()
        self._counts = [
            [z3.Int(f"n_{site}_{kind}") for kind in range(len(catalogue.kinds))] for site in range(len(catalogue.sites))
        ]
        self._end_to_end = z3.Bool("end_to_end")
        add = self._optimize.add
        for at_site in self._counts:
            add(*(count >= 0 for count in at_site), z3.Sum(at_site) <= catalogue.max_per_site)
        total = z3.Sum([count for at_site in self._counts for count in at_site])
        add(total >= 1, total <= catalogue.max_servers)
        if END_TO_END not in catalogue.health_checks:
            add(z3.Not(self._end_to_end))
        if len(catalogue.health_checks) == 1 and END_TO_END in catalogue.health_checks:
            add(self._end_to_end)
        if symmetric:
            keys = [self._site_key(at_site) for at_site in self._counts]
            add(*(earlier >= later for earlier, later in zip(keys, keys[1:])))
        self._cost = self._cost_term()
        self._optimize.minimize(self._cost)

    def _site_key(self, at_site: list[z3.ArithRef]) -> z3.ArithRef:
        """One number per site that orders sites as their count vectors order lexicographically."""
        base = self._catalogue.max_per_site + 1
        return z3.Sum([count * base ** (len(at_site) - 1 - index) for index, count in enumerate(at_site)])

    def _cost_term(self) -> z3.ArithRef:
        catalogue = self._catalogue
        terms = []
        for index, (codebase, agent) in enumerate(catalogue.kinds):
            servers = z3.Sum([at_site[index] for at_site in self._counts])
            per_server = catalogue.codebases[codebase].server_cost
            per_server += (catalogue.no_agent_cost or 0) if agent is None else catalogue.agents[agent].server_cost
            terms.append(_real(per_server) * z3.ToReal(servers))
        for fixed, used in self._fixed_costs():
            terms.append(z3.If(used, _real(fixed), z3.RealVal(0)))
        terms.append(z3.If(self._end_to_end, _real(catalogue.end_to_end_cost), z3.RealVal(0)))
        return z3.Sum(terms)

    def _fixed_costs(self) -> list[tuple[Fraction, z3.BoolRef]]:
        """Each codebase's and agent's `fixed_cost`, with whether a candidate uses it: some server of a kind that has it."""
        catalogue = self._catalogue

        def used(kinds: list[int]) -> z3.BoolRef:
            return z3.Sum([at_site[kind] for at_site in self._counts for kind in kinds]) >= 1

        found = [
            (codebase.fixed_cost, used([kind for kind, (owner, _) in enumerate(catalogue.kinds) if owner == index]))
            for index, codebase in enumerate(catalogue.codebases)
        ]
        found += [
            (agent.fixed_cost, used([kind for kind, (_, runs) in enumerate(catalogue.kinds) if runs == index]))
            for index, agent in enumerate(catalogue.agents)
        ]
        return found

    def cheapest(self) -> Candidate | None:
        """The cheapest candidate not ruled out, or `None` when every one is."""
        answer = self._optimize.check()
        if answer == z3.unsat:
            return None
        if answer != z3.sat:
            raise InternalError(f"the optimizer answered {answer}: {self._optimize.reason_unknown()}")
        found = self._optimize.model()
        counts = tuple(tuple(found.eval(count, model_completion=True).as_long() for count in at_site) for at_site in self._counts)
        end_to_end = z3.is_true(found.eval(self._end_to_end, model_completion=True))
        return Candidate(counts, END_TO_END if end_to_end else "liveness")

    def rule_out(self, block: Block) -> None:
        self._optimize.add(z3.Not(defeats(block, self._counts, self._end_to_end, _SYMBOLIC)))

    def require_cheaper_than(self, bound: Fraction) -> None:
        self._optimize.add(self._cost < _real(bound))


def _real(value: Fraction) -> z3.ArithRef:
    return z3.RealVal(f"{value.numerator}/{value.denominator}")


_SYMBOLIC = SymbolicOps(pseudo_boolean=False)
