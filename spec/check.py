"""Proving or refuting one claim: the verdict and the evidence behind it.

The order of work: bounded model checking to the claim's completeness
threshold finds a shortest counterexample if there is one (of those, one
with the fewest faults), and it is replayed concretely before the claim is
called `violated`. Otherwise a proof method (PDR, k-induction) proves the
claim at every depth (on a claim expected to hold, the proof is tried
first, briefly: the expectation orders the work, never the verdict), and its inductive invariant is written as three
SMT-LIB obligations that Z3 and cvc5 must each find unsatisfiable before
the claim is called `holds`. Anything the solvers cannot decide is
`unknown`.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import z3

from spec import semantics
from spec.design import Claim, Design
from spec.encoding import adversary_of, choose_encoding, layout, transition_system
from spec.folding import counted_across_batches, folded, in_roll_out_order
from spec.engine import MEMORY_LIMIT_MB, bmc, kinduction, pdr
from spec.engine import certificate as certificates
from spec.engine.certificate import Certificate
from spec.engine.deadline import DEFAULT_SECONDS, Deadline, TimedOut
from spec.engine.results import Counterexample, Inconclusive, Proof
from spec.engine.system import TransitionSystem
from spec.free_sizes import every_size
from spec.platform import Platform, build_platform
from spec.errors import InternalError
from spec.trace import ReplayTimedOut, Trace, confirmed_trace

HOLDS, VIOLATED, UNKNOWN = "holds", "violated", "unknown"

DEFAULT_TIMEOUT = DEFAULT_SECONDS
"""Seconds a claim may take unless told otherwise: past them the verdict is `unknown`, so CI never hangs."""


@dataclass(frozen=True)
class Verdict:
    """The checker's answer for one claim, with its proof method or its counterexample."""

    design: Design
    claim: Claim
    outcome: str  # `holds`, `violated` or `unknown`; the contract calls it the verdict
    method: str
    seconds: float
    trace: Trace | None = None
    reason: str = ""  # for `unknown`: why; for `violated`: set only when the run was not shown the simplest
    certificate: Certificate | None = None  # for `holds`: the re-checked obligations
    depth: int | None = None  # for `holds` by k-induction: the k
    encoding: str = "servers"  # the encoding the evidence was found in: `servers` or `counting`
    counts: dict[str, int] | None = None  # a counterexample over every size: the size it gives each ranged pool

    @property
    def as_expected(self) -> bool:
        return self.outcome == self.claim.expect

    @property
    def fewest_faults(self) -> bool:
        """Whether a counterexample, if any, was shown to use the fewest faults (`FEWEST_FAULTS_UNKNOWN` if not)."""
        return self.reason != FEWEST_FAULTS_UNKNOWN

    @property
    def length(self) -> int | None:
        return None if self.trace is None else self.trace.length

    def to_json(self) -> dict[str, Any]:
        """The contract's per-claim JSON record."""
        record: dict[str, Any] = {
            "name": self.claim.name,
            "expect": self.claim.expect,
            "verdict": self.outcome,
            "method": self.method,
            "seconds": round(self.seconds, 3),
        }
        if self.trace is not None:
            record["length"] = self.trace.length
            if self.counts is not None:
                record["counts"] = dict(self.counts)
            record["trace"] = self.trace.to_json()
        if self.certificate is not None:
            record["certificate"] = self.certificate.answers
        if self.depth is not None:
            record["k"] = self.depth
        record["encoding"] = self.encoding
        if self.reason:
            record["reason"] = self.reason
        return record


METHODS = ("auto", "pdr", "kind")

FEWEST_FAULTS_UNKNOWN = (
    f"the search for the fewest faults ended at its limit ({bmc.SIMPLEST_SECONDS:g} s): "
    "this shortest counterexample may use more faults than needed, and another run may show another"
)
"""The reason a violated verdict gives when its counterexample was not shown to use the fewest faults."""

CHOICE_UNSETTLED = (
    f"the choice among the shortest counterexamples ended at its limit ({bmc.SIMPLEST_SECONDS:g} s): "
    "another run may show another with these faults"
)
"""The reason a violated verdict gives when its faults were shown fewest but not every move was settled at its least."""


def check_claim(
    design: Design, claim: Claim, timeout: float | None = DEFAULT_TIMEOUT, method: str = "auto", encoding: str = "auto"
) -> Verdict:
    """Prove or refute `claim` on `design` within `timeout` seconds (`DEFAULT_TIMEOUT`; no limit if `None`).

    With `method="auto"`, a claim expected to hold is first offered its
    cheapest proof: the claim and the system's lemmas, re-checked at once
    as an inductive invariant (`_inductive_with_lemmas`). Failing that, a
    bounded search of a few steps (`SHORT_SEARCH_DEPTH`) looks for the
    violations that show at once, and a proof is tried (`_proof_first`).
    Then bounded model checking runs, by
    increasing depth, as deep as a violation with one adversary move after
    the roll-out can need (`_first_search_depth`), on a claim expected to
    hold for `FIRST_SEARCH_SECONDS` at most: most violations show
    there, fast, as a shortest counterexample. A claim expected to be
    violated for which that search finds nothing is offered the cheapest
    proof at this point. Then a proof method is asked for a certificate:
    `pdr`, `kind` (k-induction), or `auto`, which runs PDR (the faster on
    the shipped designs, see benchmarks/) and falls back to k-induction if
    PDR gives no answer. Without a certificate that
    both solvers accept, the verdict is `unknown`. If the proof method
    finds the claim violated instead, bounded model checking goes on, up to
    the claim's completeness threshold, for the shortest counterexample.
    The threshold grows with the budgets (a claim of 300 crashes allows 300
    separate moves), so it is only unrolled for a claim known violated.

    `encoding` is `servers` (variables per server), `counting` (per class
    of interchangeable servers, the number in each local state), or `auto`:
    counting whenever some class has more than one member. Except with
    `servers`, the platform is first folded by its symmetries
    (`spec.folding`): sites and bug units the claim's budgets cannot all
    reach are spared and their servers counted together. The counterexample
    found there replays on the platform itself.
    """
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    with _cycle_collector_paused():
        return _checked(design, claim, timeout, method, encoding)


def _checked(design: Design, claim: Claim, timeout: float | None, method: str, encoding: str) -> Verdict:
    """`check_claim`'s work, from building the platform to the verdict."""
    checker = _ClaimCheck(design, claim, Deadline(timeout), method, encoding)
    try:
        return checker.run()
    except TimedOut as late:
        return checker.verdict(UNKNOWN, method, reason=str(late))
    except z3.Z3Exception as raised:
        message = pdr.z3_message(raised)
        if "memory" in message:
            return checker.verdict(UNKNOWN, method, reason=f"Z3 reached its memory limit ({MEMORY_LIMIT_MB} MB)")
        raise InternalError(f"Z3 failed: {message}") from None


class _ClaimCheck:
    """One claim's check; `run` is the order of work, each step a method of its own.

    The platform is folded by its symmetries (unless the encoding is
    `servers`); the search and the proofs work on the folded one, and a
    counterexample found there is replayed on the platform itself.

    Everything from building the platform to the last solver call counts
    against the deadline: the building raises `TimedOut` once it has passed,
    which `check_claim` turns into `unknown` with its message as the reason.
    """

    def __init__(self, design: Design, claim: Claim, deadline: Deadline, method: str, encoding: str) -> None:
        self.started = time.monotonic()
        self.design, self.claim, self.deadline, self.method = design, claim, deadline, method
        self.requested = encoding
        self.encoding = "counting" if encoding == "counting" else "servers"  # until the platform is built
        self.searched_to: int | None = None  # the depth up to which bounded model checking found no counterexample

    def built(self) -> None:
        """The platform, folded unless the encoding is `servers`, and the two transition systems (their formulas are
        built when the engines ask for them, against the same deadline). A ranged design's platform has each ranged
        pool one class of free size (`every_size`), searched as it is: folding reads class sizes."""
        if self.design.ranged_pools:
            self.platform = every_size(self.design, self.claim, time_check=self.deadline.check)
            self.searched = self.platform
        else:
            self.platform = build_platform(self.design, self.claim, time_check=self.deadline.check)
            self.searched = self.platform if self.requested == "servers" else joined_if_counted(folded(self.platform, self.deadline))
        self.encoding = choose_encoding(self.searched, self.requested)
        self.complete = semantics.completeness_depth(self.searched)
        self.first_depth = min(self.complete, _first_search_depth(self.searched))
        self.system = transition_system(self.searched, encoding=self.encoding, deadline=self.deadline)
        self.proof_system = transition_system(
            self.searched, pseudo_boolean=False, encoding=self.encoding, for_proofs=True, deadline=self.deadline
        )

    def run(self) -> Verdict:
        """Cheapest proof, short search, brief proof, bounded search, full proof, certificate: as `check_claim` tells it."""
        self.built()
        expected_to_hold = self.claim.expect == HOLDS
        if expected_to_hold and (held := self.cheapest_proof()):
            return held
        if expected_to_hold and (found := self.refuted(min(self.first_depth, SHORT_SEARCH_DEPTH))):
            return found
        answer = _proof_first(self.proof_system, self.method, self.deadline) if expected_to_hold else None
        searched = self.deadline.capped(FIRST_SEARCH_SECONDS) if expected_to_hold else None
        if not isinstance(answer, Proof) and (found := self.refuted(self.first_depth, searched)):
            return found
        if answer is None:
            if not expected_to_hold and (held := self.cheapest_proof()):
                return held
            answer = _prove(self.proof_system, self.method, self.deadline)
        if isinstance(answer, Inconclusive):
            return self.verdict(UNKNOWN, self.method, reason=answer.reason)
        if not isinstance(answer, Proof):
            return self.shortest_past_the_first_search(answer)
        return self.certified(answer)

    def verdict(self, outcome: str, method: str, trace: Trace | None = None, reason: str = "", **extra: Any) -> Verdict:
        seconds = time.monotonic() - self.started
        return Verdict(self.design, self.claim, outcome, method, seconds, trace, reason, encoding=self.encoding, **extra)

    def cheapest_proof(self) -> Verdict | None:
        """`holds` if the claim with the lemmas is inductive as it stands (`method="auto"` only)."""
        certificate = _inductive_with_lemmas(self.proof_system, self.deadline) if self.method == "auto" else None
        return None if certificate is None else self.verdict(HOLDS, "kind", certificate=certificate, depth=1)

    def refuted(self, depth: int, searched: Deadline | None = None) -> Verdict | None:
        """`violated`, with the shortest counterexample up to `depth` replayed concretely; `unknown` if the
        search or the replay ran out of time; `None` if there is none that short.

        The search may be given a `searched` deadline before the claim's:
        past it, with the claim's time not up, the answer is `None`, and
        `searched_to` says the search did not reach `depth`.
        """
        found = bmc.shortest_counterexample(self.system, depth, searched or self.deadline)
        if isinstance(found, Inconclusive) and searched is not None and searched.expired() and not self.deadline.expired():
            self.searched_to = None
            return None
        if isinstance(found, Inconclusive):
            return self.verdict(UNKNOWN, "bmc", reason=found.reason)
        if found is None:
            self.searched_to = depth
            return None
        if self.platform.free_sizes:
            return self.at_the_sizes_found(found)
        adversary = in_roll_out_order(adversary_of(self.searched, found.states[0], found.inputs, self.encoding), self.searched, self.platform)
        try:
            trace = confirmed_trace(self.platform, adversary, self.deadline)
            return self.verdict(VIOLATED, "bmc", trace=trace, reason=_not_simplest(found))
        except ReplayTimedOut as late:
            return self.verdict(UNKNOWN, "bmc", reason=str(late))

    def at_the_sizes_found(self, found: Counterexample) -> Verdict:
        """`violated`, with the counterexample `found` over every size shown on the fleet of the sizes it chose.

        The fixed design at those sizes is searched to the same depth: no
        shorter run exists there (none exists at any size), and the run
        found is one of that length, with the same fewest faults, so the
        search there gives a counterexample of the same length and faults,
        told as any fixed design's is, and replayed on its platform.
        """
        counts = layout(self.searched, self.encoding).sizes_of(found.states[0])
        try:
            at_counts = self.design.at_counts(counts)
        except ValueError as error:
            return self.verdict(UNKNOWN, "bmc", reason=f"a counterexample exists at sizes {counts}, but cannot be replayed: {error}")
        fixed = _ClaimCheck(at_counts, self.claim, self.deadline, self.method, self.requested)
        fixed.built()
        shown = fixed.refuted(len(found.inputs))
        if shown is None or (shown.outcome == VIOLATED and shown.length != len(found.inputs)):
            raise InternalError(f"at the sizes {counts} the counterexample over every size is not the shortest one")
        return self.verdict(shown.outcome, shown.method, trace=shown.trace, reason=shown.reason, counts=counts)

    def shortest_past_the_first_search(self, answer: str) -> Verdict:
        """A proof method found the claim violated: the shortest counterexample lies past the first search."""
        late = None if self.searched_to is not None and self.searched_to >= self.complete else self.refuted(self.complete)
        if late is None:
            raise InternalError(f"{answer} past the completeness depth: the depth bound of the semantics is wrong")
        return late

    def certified(self, answer: Proof) -> Verdict:
        """`holds` once the proof's invariant passes its re-check by fresh solvers; `unknown` if it does not."""
        certificate = certificates.recheck(self.proof_system, answer.invariant, self.deadline)
        if not certificate.valid:
            return self.verdict(UNKNOWN, answer.method, reason=f"the certificate failed its re-check ({certificate.failures()})")
        return self.verdict(HOLDS, answer.method, certificate=certificate, depth=answer.depth)


def joined_if_counted(platform: Platform, by_entry: bool = False) -> Platform:
    """`platform` with its classes counted across roll-out batches (`counted_across_batches`, with `by_entry`), if
    every class so joined is counted, not listed.

    A joined class with fewer members than local states would be listed,
    member by member, with the roll-out's choice of members on top: more
    work than the classes it joined, one per batch.
    """
    joined = counted_across_batches(platform, by_entry)
    if joined is platform:
        return platform
    servers = layout(joined, "counting")
    return joined if all(servers.counts(index) for index, one in enumerate(joined.classes) if one.batches) else platform


def _not_simplest(found: Counterexample) -> str:
    """Why `found` may not be the counterexample every run shows (a reason of the verdict), or "" when it is."""
    if not found.fewest_faults:
        return FEWEST_FAULTS_UNKNOWN
    return "" if found.settled else CHOICE_UNSETTLED


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's collector of reference cycles, paused while one claim is checked.

    A claim makes and drops hundreds of thousands of Z3 wrappers, which
    reference counting frees at once; but every few hundred of them set off
    the cycle collector, whose full passes walk every object the process
    holds, the verdicts and traces of the claims before included, so a
    claim checked late in a long process paid for every claim before it.
    Building a fleet of 10,000 servers, folding it and replaying its
    counterexample make tens of thousands of records, which set it off too.
    The few cycles a claim makes (its recursive closures) are collected by
    the collector's next pass after it.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _first_search_depth(platform: Platform) -> int:
    """How deep bounded model checking goes before a proof is asked for.

    As deep as a violation with one adversary move after the roll-out can
    need, except where messages set off bugs: there that depth allows a
    whole cascade twice over, and unrolling a fleet that far costs more
    than the proof (PDR finds violations too; the search for the shortest
    then follows). So only one move right after the roll-out and its
    cascade are searched first.
    """
    if platform.cascades:
        return platform.horizon + semantics.cascade_steps(platform)
    return semantics.completeness_depth(platform, 1)


CHEAPEST_PROOF_SECONDS = 5.0
"""How long the cheapest proof is tried: several times the longest it takes on a shipped claim, and not the whole
time limit, which a step obligation too hard for it (a pigeonhole problem over per-server crash flags) could
take, leaving no time to the other methods."""


def _inductive_with_lemmas(system: TransitionSystem, deadline: Deadline) -> Certificate | None:
    """The certificate that the claim with the system's lemmas is inductive; `None` if it is not.

    That is k-induction at k = 1 with the lemmas in the property instead of
    among the assumptions: its invariant, the lemmas and "not bad"
    (`kinduction.k_step_invariant`), goes straight to the re-check, whose
    step obligation shows the lemmas kept along the way. So neither the
    lemmas' own check nor a search comes before it: it is the proof of most
    held claims shipped. A claim that is not 1-inductive costs one failed step
    obligation, and the other methods follow; an obligation too hard to
    answer in `CHEAPEST_PROOF_SECONDS` counts as failed.
    """
    invariant = kinduction.k_step_invariant(system, 1)
    certificate = certificates.recheck(system, invariant, deadline.capped(CHEAPEST_PROOF_SECONDS), until_rejected=True)
    return certificate if certificate.valid else None


SHORT_SEARCH_DEPTH = 4
"""How deep bounded model checking looks, on a claim expected to hold that the cheapest proof did not prove, before
a proof is tried: most violations show within a few steps, and a search that short costs a few hundredths of a
second where the proof tried first would spend its whole second. The shortest counterexample within that depth is
the shortest of all."""

FIRST_SEARCH_SECONDS = 10.0
"""How long bounded model checking searches, on a claim expected to hold that no proof has settled yet, before the
full proof: a wrong expectation still gets its counterexample at once, while a claim that holds on a long roll-out
(200 members one at a time, whose first search goes 600 steps deep) does not wait for that whole search to end. A
proof that finds the claim violated then has the search go on to the completeness depth."""

PROOF_FIRST_SECONDS = 1.0
"""How long a proof is tried before bounded model checking, on a claim expected to hold."""


def _proof_first(system: TransitionSystem, method: str, deadline: Deadline) -> Proof | str | None:
    """On a claim expected to hold, a proof tried first, for `PROOF_FIRST_SECONDS` at most; `None` if none came.

    The expectation orders the work, never the verdict. A claim that
    holds then skips bounded model checking, which on a held claim finds
    nothing, at more cost than the proof. A claim found violated (`UNSAFE`) still gets its
    shortest counterexample from bounded model checking, the same as in
    the other order; a proof that does not come in time is asked again,
    in full, after bounded model checking.
    """
    answer = _prove(system, method, deadline.capped(PROOF_FIRST_SECONDS))
    return None if isinstance(answer, Inconclusive) else answer


def _prove(system: TransitionSystem, method: str, deadline: Deadline) -> Proof | Inconclusive | str:
    if method == "kind":
        return kinduction.prove(system, deadline=deadline)
    outcome = pdr.prove(system, deadline)
    if method == "auto" and isinstance(outcome, Inconclusive) and not deadline.expired():
        return kinduction.prove(system, deadline=deadline)
    return outcome


def check_design(
    design: Design,
    claim_name: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    method: str = "auto",
    encoding: str = "auto",
) -> list[Verdict]:
    """Every claim of `design`, or only the one named `claim_name`."""
    return [
        check_claim(design, claim, timeout, method, encoding) for claim in design.claims if claim_name in (None, claim.name)
    ]
