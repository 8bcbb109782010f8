"""What one counterexample proves about other candidates: the blocking constraints of the synthesis loop.

A counterexample refutes one candidate. Read in terms of the catalogue's
choices, it names a way of failing (a shortfall of capacity, or a black
hole), the kinds of server (codebases, or codebase and agent where the
catalogue offers agents) whose bug went off and the sites lost. `generalise`
turns it into a *block*: a condition on a candidate's counts and health
check under which the same kind of run, transplanted, defeats that
candidate too. docs/decisions.md ("Synthesis: what a counterexample rules
out") gives the argument; in short, for candidates (capacity 1, no backup,
`detect = 0`):

- `Shortfall`: the adversary sets off the bugs that made servers of
  `kinds` loop, loses `sites` and crashes `crashes` of the servers left.
  Nothing ever comes back up, so a candidate with at most
  `crashes + demand - 1` servers outside those kinds and sites serves below
  demand from then on (a server of another kind that runs one of those
  bugs' units loops too, which only leaves fewer), for
  any `max_outage`. Sound whenever those bugs reach every server of their
  codebase, whatever the candidate, as the semantics says of the claim's
  trigger (`semantics.set_off_together`: a bad input does, and so does a
  change rolled out all at once; a staged roll-out's gate may stop short,
  so a staged change's bug is never generalised).
- `BlackHole`: under liveness checks a looping server stays routed and
  swallows calls; one bug of a kind a candidate uses, set off
  everywhere as above, makes it fail for good. Only under
  `max_lost_share = 0`: above it, whether the looping servers lose too
  large a share depends on how many servers the candidate has besides.
- `Exactly`: the refuted counts themselves, with any health check no
  better (states do not depend on the health check, and liveness routes a
  superset of what end-to-end routes). The fallback when nothing more is
  proved.

`defeats` states each block once, over the operations interface of
`spec.ops`: concretely to test a candidate, symbolically as a Z3 formula
for the optimizer.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any, Sequence

from spec import semantics
from spec.check import Verdict
from spec.ops import Ops
from spec.synthesis.candidates import END_TO_END, Candidate, server_names
from spec.synthesis.catalogue import Catalogue

MOST_IMAGES = 1000
"""The most images of one block added to the optimizer; past it only the block itself is (sound either way)."""


@dataclass(frozen=True)
class Shortfall:
    """Every candidate with at most `at_most` servers outside `kinds` and outside `sites` is defeated."""

    kinds: frozenset[int]
    sites: frozenset[int]
    at_most: int


@dataclass(frozen=True)
class BlackHole:
    """Every candidate with liveness checks that has a server of one of `kinds` is defeated."""

    kinds: frozenset[int]


@dataclass(frozen=True)
class Exactly:
    """The candidate with these counts is defeated with `health_check`, and with liveness in any case."""

    counts: tuple[tuple[int, ...], ...]
    health_check: str


Block = Shortfall | BlackHole | Exactly


def defeats(block: Block, counts: Sequence[Sequence[Any]], end_to_end: Any, ops: Ops[Any]) -> Any:
    """Whether `block` covers the candidate with `counts[site][kind]` and the health check `end_to_end`."""
    if isinstance(block, Shortfall):
        outside = [
            count
            for site, at_site in enumerate(counts)
            if site not in block.sites
            for kind, count in enumerate(at_site)
            if kind not in block.kinds
        ]
        return ops.le(ops.sum_(outside), ops.int_(block.at_most))
    if isinstance(block, BlackHole):
        uses = [ops.le(ops.int_(1), ops.sum_([at_site[kind] for at_site in counts])) for kind in sorted(block.kinds)]
        return ops.and_(ops.not_(end_to_end), ops.or_(*uses))
    same = ops.and_(
        *(ops.eq(count, ops.int_(wanted)) for at_site, row in zip(counts, block.counts) for count, wanted in zip(at_site, row))
    )
    return same if block.health_check == END_TO_END else ops.and_(same, ops.not_(end_to_end))


def generalise(catalogue: Catalogue, candidate: Candidate, refuted: Verdict) -> Block:
    """The block that `refuted`'s counterexample proves, for a candidate refuted by it."""
    trace = refuted.trace
    if trace is None:
        raise ValueError("only a violated claim's counterexample generalises")
    faults = refuted.claim.faults
    place = {name: (site, codebase) for name, site, codebase in server_names(catalogue, candidate)}
    states = trace.to_json()
    looping = {place[name][1] for state in states for name, server in state["servers"].items() if server["state"] == "looping"}
    site_index = {site: index for index, site in enumerate(catalogue.sites)}
    lost = {site_index[move.name] for step in range(1, trace.length + 1) for move in trace.moves(step) if move.fault is semantics.SITE}
    everywhere = semantics.set_off_together(trace.platform)
    last = states[-1]
    if last["capacity"] < catalogue.service.demand and (everywhere or not looping):
        return Shortfall(frozenset(looping), frozenset(lost), (faults.crashes or 0) + catalogue.service.demand - 1)
    holes = {
        place[name][1] for name, server in last["servers"].items() if server["state"] == "looping" and server["routed"]
    }
    if candidate.health_check != END_TO_END and holes and everywhere and semantics.any_black_hole_fails(catalogue.service):
        return BlackHole(frozenset(holes))
    return Exactly(candidate.counts, candidate.health_check)


def images(catalogue: Catalogue, block: Block) -> list[Block]:
    """`block` and the same run with the bugs in other codebases and other sites lost: each is proved the same way.

    The argument of a `Shortfall` never uses which codebases' bugs went off
    or which sites were lost, only how many (within the claim's budgets,
    which the refuting run met). Other blocks are returned alone, and so is
    every block of a catalogue that offers agents: there one bug may take
    several kinds (an agent's every codebase), and another set of as many
    kinds may need more bugs.
    """
    if not isinstance(block, Shortfall) or catalogue.agents:
        return [block]
    codebase_sets = list(combinations(range(len(catalogue.codebases)), len(block.kinds)))
    site_sets = list(combinations(range(len(catalogue.sites)), len(block.sites)))
    if len(codebase_sets) * len(site_sets) > MOST_IMAGES:
        return [block]
    return [
        Shortfall(frozenset(codebases), frozenset(sites), block.at_most) for codebases in codebase_sets for sites in site_sets
    ]
