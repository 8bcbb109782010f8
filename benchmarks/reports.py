"""Time the counterexample of every violated shipped claim, and its report; print a table of medians.

    python3 benchmarks/reports.py [PATH ...] [--runs N]

Columns, in seconds (median of N runs): the check (BMC to the shortest
counterexample, the choice of the simplest one, the concrete replay); the
story; the two pictures; the page. Then the claim's length and the number
of faults its counterexample uses. Figures, not assertions: the tests never
time anything.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from methods import median_seconds

from spec import check_claim
from spec.cli import design_files
from spec.design import load_design
from spec.report.page import claim_page
from spec.report.story import faults_used, story
from spec.report.timeline import timeline_svg
from spec.report.topology import topology_svg

MODELS = Path(__file__).resolve().parent.parent / "models"


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("paths", nargs="*", default=[str(MODELS)])
    arguments.add_argument("--runs", type=int, default=5)
    options = arguments.parse_args()
    print(f"{'claim':<72} {'check':>7} {'story':>7} {'svgs':>7} {'page':>7} {'length':>6} {'faults':>6}")
    for path in design_files(options.paths):
        design = load_design(path)
        for claim in design.claims:
            if claim.expect != "violated":
                continue
            seconds, verdict = median_seconds(lambda: check_claim(design, claim), options.runs)
            trace = verdict.trace
            if trace is None:
                print(f"{design.name}::{claim.name}: {verdict.outcome}, no counterexample")
                continue
            told, _ = median_seconds(lambda: story(trace), options.runs)
            drawn, _ = median_seconds(lambda: (timeline_svg(trace, "t"), topology_svg(trace, "t")), options.runs)
            paged, _ = median_seconds(lambda: claim_page(verdict, "t.svg", "g.svg", "index.md"), options.runs)
            name = f"{design.name}::{claim.name}"[:72]
            print(
                f"{name:<72} {seconds:>7.3f} {told:>7.4f} {drawn:>7.4f} {paged:>7.4f} "
                f"{trace.length:>6} {len(faults_used(trace)):>6}"
            )


if __name__ == "__main__":
    main()
