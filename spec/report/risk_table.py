"""The risk figures as a table a design review reads without the docs."""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction

from spec.analysis.risk import Figures
from spec.design import Design

COLUMNS = ("claim", "outage per window", "outages a year", "calls lost a year", "independence says", "beta factor says")


def scientific(value: Fraction) -> str:
    """A probability or a rate in two significant figures: `1.0e-03`, `0` for zero."""
    return "0" if value == 0 else f"{float(value):.1e}"


def calls(value: Fraction) -> str:
    """A number of calls: whole calls from 10 up, two significant figures below."""
    return f"{float(value):,.0f}" if value >= 10 else f"{float(value):.2g}"


def times(ratio: Fraction | None) -> str:
    """How many times larger, in words a reader takes in at once: two digits, in powers of ten from a million."""
    if ratio is None:
        return "infinitely many times (the independence figure is 0)"
    if ratio < 10:
        return f"{float(ratio):.2g} times"
    if ratio >= 10**6:
        return f"about {float(ratio):.1e} times"
    rounded = round(float(ratio), 1 - int(math.floor(math.log10(ratio))))
    return f"about {rounded:,.0f} times"


def risk_text(design: Design, figures: Sequence[Figures]) -> str:
    """Per claim: the probability of an outage per window, outages and calls lost a year, and the independence figure beside it."""
    risk = design.risk
    assert risk is not None
    window = risk.window or "one window"
    lines = [
        f"{design.file}: {design.name}" + (f" ({design.title})" if design.title else ""),
        f"  per window: {window}; {float(risk.windows_per_year):g} windows a year; an outage lasts "
        f"{float(risk.outage_hours):g} h and costs {float(risk.calls_per_hour):,.0f} calls an hour",
        "  figures over the minimal cut sets of each claim's fault hypothesis (budgets ignored), "
        + ("exact;" if all(f.max_order is None for f in figures) else "bounded where said;"),
        f"  'independence says': every server failing on its own; 'beta factor says': the textbook common-cause figure, beta {float(risk.beta):g}",
    ]
    rows = [COLUMNS] + [
        (
            f.claim.name,
            scientific(f.p_window),
            scientific(f.outages_per_year),
            calls(f.calls_lost_per_year),
            scientific(f.p_independent),
            scientific(f.p_beta),
        )
        for f in figures
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(COLUMNS))]
    for row in rows:
        lines.append("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    for f in figures:
        lines.append(f"  {f.claim.name}:")
        ratio = None if f.p_independent == 0 else f.p_window / f.p_independent
        if f.p_window > 0:
            lines.append(f"    an outage is {times(ratio)} as likely as the independence argument says")
        top = min(f.birnbaum.items(), key=lambda item: (-item[1], item[0]), default=None)
        if top is not None and top[1] > 0:
            lines.append(f"    the event to spend on first: {top[0]} (Birnbaum importance {scientific(top[1])})")
        if f.max_order is not None:
            lines.append(
                f"    bounded: cut sets up to order {f.max_order} only; the others add at most {scientific(f.p_rest_at_most or Fraction(0))}"
            )
    return "\n".join(lines) + "\n"
