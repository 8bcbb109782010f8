"""What `callspec cutsets` prints: a claim's minimal cut sets, with what the list means beside the claim.

Cut sets keep the claim's bug scope, trigger and latency (a range, with
`min_latency`) but ignore its budgets: they are every minimal set of
faults that breaks the design.
A reader who asked about a crash-only claim would otherwise wonder why a
bug is listed as a single point of failure, so the text says so, and
marks each cut set the claim's budgets do not allow.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spec.analysis.cutsets import CutSet, beyond_budgets, budgets, searched_platform
from spec.design import Claim, Design, Faults


def cut_sets_text(design: Design, claim: Claim, cuts: Sequence[CutSet], max_order: int | None) -> str:
    """The cut sets a line each, single points of failure and sets beyond the claim's budgets marked, then a count."""
    faults, searched = claim.faults, searched_platform(design, claim)
    bound = "" if max_order is None else f", up to order {max_order}"
    lines = [
        f"{design.file}: {claim.name}",
        f"  minimal cut sets (bug scope {faults.bug_scope}{_bug_units(faults)}, trigger {faults.trigger}, latency {_latency(faults)}{bound})",
        (
            f"  cut sets ignore the claim's budgets ({_written(faults, budgets(searched, faults))}): a cut set is any minimal set of "
            "faults that breaks the design; those beyond the claim's hypothesis are marked"
        ),
    ]
    beyond = 0
    for cut in cuts:
        exceeded = beyond_budgets(cut, searched, faults)
        beyond += bool(exceeded)
        marks = ["single point of failure"] if cut.order == 1 else []
        if exceeded:
            marks.append(f"beyond the claim's hypothesis ({_written(faults, exceeded)})")
        flag = f"   <- {'; '.join(marks)}" if marks else ""
        lines.append(f"  order {cut.order}: {' '.join(cut.written)}{flag}")
    single = sum(1 for cut in cuts if cut.order == 1)
    lines.append(
        f"{len(cuts)} minimal cut sets; {single} single point{'s' if single != 1 else ''} of failure; "
        f"{beyond} beyond the claim's hypothesis"
    )
    return "\n".join(lines) + "\n"


def cut_sets_json(design: Design, claim: Claim, cuts: Sequence[CutSet]) -> dict[str, Any]:
    """The contract's document, and per cut set (in the same order) the budgets of the claim it exceeds."""
    searched = searched_platform(design, claim)
    return {
        "design": design.name,
        "claim": claim.name,
        "cut_sets": [list(cut.written) for cut in cuts],
        "beyond_budgets": [list(beyond_budgets(cut, searched, claim.faults)) for cut in cuts],
    }


def _written(faults: Faults, fields: Sequence[str] | dict[str, int | None]) -> str:
    """Budgets as a design file writes them: `crashes = 1, bugs = 0`."""
    return ", ".join(f"{field} = {getattr(faults, field)}" for field in fields)


def _latency(faults: Faults) -> str:
    """The claim's latency as written: `2`, or with `min_latency` its range, `3 to 12`."""
    return f"{faults.max_latency}" if faults.min_latency == 0 else f"{faults.min_latency} to {faults.max_latency}"


def _bug_units(faults: Faults) -> str:
    """`, bugs only in cad-a or cad-b` where the claim's `bug_units` names the units that may be faulty."""
    return "" if faults.bug_units is None else f", bugs only in {' or '.join(faults.bug_units)}"
