"""The Markdown pages of a report: one per violated claim, and an index of every claim.

A claim's page is written for a design review: the claim and its fault
hypothesis first, then the run as a story, the faults it uses, the two
pictures and the exact step table. A design of more than twelve servers is
shown a class of interchangeable servers per row, its servers counted.
Pages hold nothing that changes from
one run to the next (no timings), so a report kept under version control
changes only when a verdict or a counterexample does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spec.check import HOLDS, UNKNOWN, Verdict
from spec.design import Design
from spec.report.story import faults_used, hypothesis, story
from spec.report.words import class_names, grouped, count, per_class, ranged_sizes
from spec.report.table import class_tallies, step_table
from spec.trace import Trace

CELL_LEGEND = (
    "A cell reads `up`, `loop` (restarting in a loop) or `down`; `+` marks a server that has applied "
    "the change, `-` one dropped from routing. A failed server without `-` is still routed: the calls "
    "sent to it are lost."
)

CLASS_LEGEND = (
    "A row per class of interchangeable servers (same version, site, capacity, roll-out slot and signalling links; "
    "a class of one server is named by it), a column per state. A cell counts the class's servers by what the per-server table writes for each: `up`, `loop` "
    "(restarting in a loop) or `down`; `+` for applied the change, `-` for dropped from routing. "
    "`57 up+, 3 down+-` is 57 servers up with the change and 3 down, dropped. A failed server without `-` "
    "is still routed: the calls sent to it are lost."
)


SEVERAL_CHANGES = (
    " With several changes (`[[changes]]`), `+` marks a server that has applied some change; the timeline gives "
    "each change a row, and a diamond per change a server has applied."
)


def claim_page(verdict: Verdict, timeline: str, topology: str, index: str) -> str:
    """The page of a violated claim; `timeline`, `topology` and `index` are links relative to it."""
    trace = verdict.trace
    if trace is None:
        raise ValueError(f"claim {verdict.claim.name!r} has no counterexample to report")
    design, claim = verdict.design, verdict.claim
    step = f" of {design.step_length}" if design.step_length else ""
    outcome = "as the claim expects" if verdict.as_expected else f"**but the claim expects `{claim.expect}`**"
    faults = faults_used(trace)
    used = sum(fault.size for fault in faults)
    rows = "a row per class of servers" if per_class(grouped(trace.platform)) else "a row per server"
    lines = [
        f"# {_design_title(design)}: {claim.name}",
        "",
        f"[All designs and claims]({index})",
        "",
        "| | |",
        "|---|---|",
        f"| Design | `{design.file}` ({design.name}) |",
        *([f"| Sizes | {ranged_sizes(design, verdict.counts)}: the shortest run over every size, at the smallest size that has one |"] if verdict.counts else []),
        f"| Claim | {claim.name} |",
        f"| Fault hypothesis | {hypothesis(claim.faults)} |",
        f"| Verdict | **violated**, {outcome} |",
        f"| Counterexample | {count(trace.length, 'step')}{step}, the shortest possible; replayed through the concrete semantics |",
        "",
        "## What happens",
        "",
        *(f"- {line}" for line in story(trace)),
        "",
        "## Faults the run uses",
        "",
        _fewest(verdict, count(used, "fault")),
        "",
        *(f"- `{fault.event}`: {fault.detail}" for fault in faults),
        "",
        "## Timeline",
        "",
        f"![Timeline: {rows}, a column per step]({timeline})",
        "",
        f"## Topology at step {trace.length}",
        "",
        f"![Topology: sites, servers and routing when the claim fails]({topology})",
        "",
        *(_classes_hit(trace) if per_class(grouped(trace.platform)) else []),
        "## Step table",
        "",
        "```text",
        step_table(trace),
        "```",
        "",
        (CLASS_LEGEND if per_class(grouped(trace.platform)) else CELL_LEGEND) + (SEVERAL_CHANGES if trace.platform.several_changes else ""),
        "",
    ]
    return "\n".join(lines)


def index_page(results: Sequence[tuple[Design, Sequence[Verdict]]], link: Callable[[Verdict], str]) -> str:
    """Every design and claim with its verdict; violated claims link to their page (`link(verdict)`)."""
    lines = ["# Counterexample reports", "", "Every claim checked, by design. A violated claim links to its report.", ""]
    for design, verdicts in results:
        lines += [
            f"## {_design_title(design)}",
            "",
            f"`{design.file}`" + (f", every size checked at once: {ranged_sizes(design)}" if design.ranged_pools else ""),
            "",
            "| Claim | Expected | Verdict | Evidence |",
            "|---|---|---|---|",
        ]
        lines += [f"| {v.claim.name} | {v.claim.expect} | {_verdict_cell(v)} | {_evidence(v, link)} |" for v in verdicts]
        lines.append("")
    return "\n".join(lines)


def _classes_hit(trace: Trace) -> list[str]:
    """A section on the classes with servers failed or dropped at the last step, a line each; the others in one line."""
    platform = grouped(trace.platform)
    tallies = class_tallies(platform, trace.views[-1])
    hit = [tally for tally in tallies if tally.servers("up", routed=True) < tally.size]
    names = class_names(platform)
    lines = [f"## Classes hit at step {trace.length}", ""]
    lines += [f"- {names[tally.class_index]}: {tally.words()}" for tally in hit]
    if len(hit) < len(tallies):
        lines.append(f"- every server of the other {count(len(tallies) - len(hit), 'class')} is up and routed")
    return [*lines, ""]


def _design_title(design: Design) -> str:
    return f"{design.name} ({design.title})" if design.title else design.name


def _fewest(verdict: Verdict, used: str) -> str:
    """What the faults are, and whether they were shown fewest and the run the one every run shows (the reason if not)."""
    if not verdict.fewest_faults:
        return f"A shortest counterexample, with {used}; {verdict.reason}."
    unsettled = f"; {verdict.reason}" if verdict.reason else ""
    return f"Of all the shortest counterexamples, this one uses the fewest faults: {used}{unsettled}."


def _verdict_cell(verdict: Verdict) -> str:
    return verdict.outcome if verdict.as_expected else f"**{verdict.outcome}** (differs)"


def _evidence(verdict: Verdict, link: Callable[[Verdict], str]) -> str:
    """The evidence cell of the index: a link to the counterexample, or the proof, named without its method.

    Which method proves a held claim depends on time caps (`check.CHEAPEST_PROOF_SECONDS`,
    `check.PROOF_FIRST_SECONDS`), so on the machine's load; the index is committed and must read the same on
    every machine. `check` prints the method and `--json` gives it.
    """
    if verdict.trace is not None:
        return f"[counterexample, {count(verdict.trace.length, 'step')}]({link(verdict)})"
    if verdict.outcome == HOLDS:
        every_size = " and every size" if verdict.design.ranged_pools else ""
        return f"proved at every depth{every_size}, certificate re-checked by Z3 and cvc5"
    if verdict.outcome == UNKNOWN:
        return f"inconclusive: {verdict.reason}"
    raise ValueError(f"verdict {verdict.outcome!r} without evidence")
