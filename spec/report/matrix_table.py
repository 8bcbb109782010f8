"""The verdict matrix (`spec.analysis.matrix`) as the Markdown page a design review reads first."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from spec.analysis.matrix import RISK_MAX_ORDER, STANDARD_HYPOTHESES, Row
from spec.check import UNKNOWN, VIOLATED, Verdict
from spec.report.risk_table import calls, scientific
from spec.report.words import percent


def cell(verdict: Verdict) -> str:
    if verdict.outcome == VIOLATED:
        return f"violated ({verdict.length}{_at(verdict.counts)})"
    return verdict.outcome if verdict.outcome != UNKNOWN else f"unknown: {verdict.reason}"


def _at(sizes: dict[str, int] | None) -> str:
    """` at esrp = 6`: the sizes of a ranged design's pools a cell was found at; empty for a design of fixed sizes."""
    return "" if not sizes else " at " + ", ".join(f"{name} = {size:,}" for name, size in sizes.items())


def figure(lower: Fraction, rest: Fraction, written: Callable[[Fraction], str]) -> str:
    """A figure over the cut sets up to the order bound: the number, or an interval when the rest could matter."""
    if rest * 100 <= lower:
        return written(lower)
    return f"{written(lower)} to {written(lower + rest)}"


def risk_cells(row: Row) -> list[str]:
    """The probability of an outage per window and the calls lost a year, or why there are none."""
    figures, risk = row.risk, row.design.risk
    if figures is None or risk is None:
        return ["no [risk]", "no [risk]"]
    rest = figures.p_rest_at_most or Fraction(0)
    calls_per_window = risk.windows_per_year * risk.outage_hours * risk.calls_per_hour
    return [figure(figures.p_window, rest, scientific), figure(figures.calls_lost_per_year, rest * calls_per_window, calls)]


def markdown(rows: list[Row]) -> str:
    """The matrix as a Markdown table, with a legend."""
    header = ["design", *(label for label, _ in STANDARD_HYPOTHESES), "smallest cut set", "p_window (1 bug, change)", "calls lost a year"]
    lines = [
        "# Verdict matrix",
        "",
        "Each cell: `holds` (proved at every depth, certificate re-checked) or `violated (n)`, n being the step",
        "at which the shortest counterexample fails the service. The last column is the order of the smallest",
        "minimal cut set with bugs counted by codebase and set off by a bad input (1: a single point of failure).",
        "The risk columns (designs with a `[risk]` table): the probability of an outage per window and the calls",
        f"lost a year, when a bug is set off by the change, over the cut sets up to order {RISK_MAX_ORDER}; an interval",
        "when the larger cut sets could add more than 1% (`callspec risk` gives the exact figures).",
        "Under each design, its second line: the same hypotheses under another `max_lost_share` (the share of calls",
        "that may be lost at a step), the compared threshold for a design that allows no loss, 0 for one that allows some.",
        "A design with a pool whose size is a range is checked for every size at once; `at esrp = 6` gives the sizes",
        "a counterexample uses (the smallest with one as short), and the sizes the cut set and risk columns are found at",
        "(the least of each range).",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for row in rows:
        order = ("none" if row.smallest_cut_set is None else str(row.smallest_cut_set)) + _at(row.floor)
        risk = [figures + _at(row.floor) if row.design.risk is not None else figures for figures in risk_cells(row)]
        cells = [f"`{row.design.name}`", *(cell(verdict) for verdict in row.verdicts), order, *risk]
        lines.append("| " + " | ".join(cells) + " |")
        other = [f"at lost share {percent(row.other_threshold)}", *(cell(verdict) for verdict in row.under_other_threshold), "", "", ""]
        lines.append("| " + " | ".join(other) + " |")
    return "\n".join(lines) + "\n"
