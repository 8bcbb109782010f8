"""What `callspec synthesize` prints: the cheapest design, its cost, and how much of the catalogue was ruled out."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from spec.report.words import plural
from spec.synthesis.search import Synthesis


def money(value: Fraction) -> str:
    """A cost as written in the catalogue: a whole number, or a decimal when the costs have fractions."""
    return f"{value.numerator:,}" if value.denominator == 1 else f"{float(value):,.6g}"


def synthesis_text(result: Synthesis, design_file: str | None) -> str:
    """The answer and the work behind it, for a terminal or a log."""
    catalogue = result.catalogue
    lines = [f"{catalogue.file}: {catalogue.name}" + (f" ({catalogue.title})" if catalogue.title else "")]
    if result.best is None or result.cost is None:
        every = "every candidate (too many to count)" if result.candidates is None else f"all {_figure(result.candidates, 'candidate')}"
        lines.append(f"  no allowed design meets every claim: {every} ruled out")
    else:
        per_codebase = ", ".join(
            f"{catalogue.kind_name(index)} {result.best.servers_of(index)}" for index in range(len(catalogue.kinds)) if result.best.used(index)
        )
        lines.append(
            f"  cheapest design: cost {money(result.cost)}: {result.best.servers} servers ({per_codebase}), "
            f"{result.best.health_check.replace('_', '-')} checks"
        )
        lines.append(f"  written to {design_file}; its {len(catalogue.claims)} claims re-checked there: all hold")
        if result.ruled_out is None or result.candidates is None:
            cheaper = "every cheaper candidate (too many to count)"
        else:
            cheaper = f"{result.ruled_out:,} cheaper of {_figure(result.candidates, 'candidate')}, all"
        lines.append(f"  no cheaper design meets every claim: {cheaper} ruled out")
    symmetry = "sites interchangeable" if result.symmetric else "sites in their order"
    lines.append(
        f"  {_figure(result.proposed, 'candidate')} checked, {_figure(result.checks, 'claim check')}, "
        f"{_figure(result.counterexamples, 'counterexample')} generalised ({symmetry}); {result.seconds:.1f} s"
    )
    return "\n".join(lines) + "\n"


def _figure(number: int, noun: str) -> str:
    """`3 candidates`, `1 claim check`: figures stay figures, as a log is searched for them."""
    return f"{number:,} {noun if number == 1 else plural(noun)}"


def synthesis_json(result: Synthesis, design_file: str | None) -> dict[str, Any]:
    """The contract's document, with the counts of the search beside it."""
    cost = result.cost
    return {
        "catalogue": result.catalogue.name,
        "file": result.catalogue.file,
        "cost": None if cost is None else (cost.numerator if cost.denominator == 1 else float(cost)),
        "design": design_file,
        "candidates_ruled_out": result.ruled_out,
        "candidates": result.candidates,
        "candidates_checked": result.proposed,
        "checks": result.checks,
        "counterexamples": result.counterexamples,
        "sites_interchangeable": result.symmetric,
        "seconds": round(result.seconds, 3),
    }
