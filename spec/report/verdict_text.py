"""A verdict as the terminal and a failing pytest item show it: one line, then a counterexample's story and table."""

from __future__ import annotations

from spec.check import UNKNOWN, Verdict
from spec.report.story import story
from spec.report.table import step_table
from spec.report.words import ranged_sizes


def describe(verdict: Verdict) -> str:
    """One line per claim, then the story and the step table of a counterexample."""
    mark = "ok  " if verdict.as_expected else "FAIL"
    if verdict.outcome == UNKNOWN:
        evidence = f"{verdict.method}: {verdict.reason}"
    elif verdict.trace is not None:
        evidence = f"{verdict.method}, shortest counterexample: length {verdict.trace.length}"
        evidence += f" over every size, with {ranged_sizes(verdict.design, verdict.counts)}" if verdict.counts else ""
        evidence += f"; {verdict.reason}" if verdict.reason else ""
    else:
        evidence = f"{verdict.method}, proved at every depth"
        evidence += f" and every size ({ranged_sizes(verdict.design)})" if verdict.design.ranged_pools else ""
        evidence += ", certificate re-checked"
    lines = [
        f"  {mark} {verdict.claim.name}: {verdict.outcome} (expected {verdict.claim.expect}; "
        f"{evidence}; {verdict.seconds:.2f} s)"
    ]
    if verdict.trace is not None:
        lines += ["       " + sentence for sentence in story(verdict.trace)]
        lines += ["       " + row for row in step_table(verdict.trace).splitlines()]
    return "\n".join(lines)
