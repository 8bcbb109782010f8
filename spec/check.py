"""Proving or refuting one claim: the verdict and the evidence behind it.

The order of work: k-induction up to a small depth, then PDR, decide
whether any bad state is reachable at all. If none is, the proof's
certificate (the k-induction argument, or PDR's inductive invariant) is
re-checked on fresh solvers before the claim is called `holds`. If one is, bounded model checking by increasing depth
finds a shortest counterexample, which is replayed concretely before the
claim is called `violated`. Anything the solvers cannot decide is `unknown`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from spec.design import Claim, Design
from spec.encoding import adversary_of, transition_system
from spec.engine import bmc, kinduction, pdr
from spec.engine.certificate import recheck_with_z3
from spec.engine.deadline import Deadline
from spec.engine.results import Counterexample, Inconclusive, Proof
from spec.engine.system import TransitionSystem
from spec.platform import Platform, build_platform
from spec.trace import Trace, confirmed_trace

HOLDS, VIOLATED, UNKNOWN = "holds", "violated", "unknown"


@dataclass(frozen=True)
class Verdict:
    """The checker's answer for one claim, with its proof method or its counterexample."""

    design: Design
    claim: Claim
    verdict: str
    method: str
    seconds: float
    trace: Trace | None = None
    reason: str = ""

    @property
    def as_expected(self) -> bool:
        return self.verdict == self.claim.expect

    @property
    def length(self) -> int | None:
        return None if self.trace is None else self.trace.length

    def to_json(self) -> dict[str, Any]:
        """The contract's per-claim JSON record."""
        record: dict[str, Any] = {
            "name": self.claim.name,
            "expect": self.claim.expect,
            "verdict": self.verdict,
            "method": self.method,
            "seconds": round(self.seconds, 3),
        }
        if self.trace is not None:
            record["length"] = self.trace.length
            record["trace"] = self.trace.to_json()
        if self.reason:
            record["reason"] = self.reason
        return record


QUICK_INDUCTION_DEPTH = 8


def check_claim(design: Design, claim: Claim, timeout: float | None = None) -> Verdict:
    """Prove or refute `claim` on `design` within `timeout` seconds (no limit if `None`)."""
    started = time.monotonic()
    deadline = Deadline(timeout)

    def verdict(kind: str, method: str, trace: Trace | None = None, reason: str = "") -> Verdict:
        return Verdict(design, claim, kind, method, time.monotonic() - started, trace, reason)

    platform = build_platform(design, claim)
    system = transition_system(platform)
    outcome = _prove(platform, system, deadline)
    if isinstance(outcome, Inconclusive):
        return verdict(UNKNOWN, "pdr", reason=outcome.reason)
    if isinstance(outcome, Proof):
        failures = _recheck(platform, system, outcome, deadline)
        if failures:
            return verdict(UNKNOWN, outcome.method, reason=f"the certificate failed its re-check ({failures})")
        return verdict(HOLDS, outcome.method)
    found = bmc.shortest_counterexample(system, deadline=deadline)
    if not isinstance(found, Counterexample):
        reason = found.reason if isinstance(found, Inconclusive) else "no counterexample found"
        return verdict(UNKNOWN, "bmc", reason=reason)
    return verdict(VIOLATED, "bmc", trace=confirmed_trace(platform, adversary_of(platform, found)))


def _prove(platform: Platform, system: TransitionSystem, deadline: Deadline) -> Proof | Inconclusive | str:
    """k-induction up to a small depth (cheap when it works), then PDR."""
    quick = kinduction.prove(system, QUICK_INDUCTION_DEPTH, deadline)
    if not isinstance(quick, Inconclusive) or deadline.expired():
        return quick
    return pdr.prove(transition_system(platform, pseudo_boolean=False), deadline)


def _recheck(platform: Platform, system: TransitionSystem, proof: Proof, deadline: Deadline) -> str:
    """The failed obligations of the proof's certificate on fresh solvers; empty when it stands."""
    if proof.method == "kind":
        answers = kinduction.recheck(system, proof.depth, deadline)
    else:
        answers = recheck_with_z3(transition_system(platform, pseudo_boolean=False), proof.invariant, deadline).answers
    return ", ".join(f"{name}: {answer}" for name, answer in answers.items() if answer != "unsat")


def check_design(design: Design, claim_name: str | None = None, timeout: float | None = None) -> list[Verdict]:
    """Every claim of `design`, or only the one named `claim_name`."""
    return [check_claim(design, claim, timeout) for claim in design.claims if claim_name in (None, claim.name)]
