"""Time `check_claim` on every claim of the shipped designs; print a table.

    python3 benchmarks/check_models.py [PATH ...] [--runs N]

Each claim is checked N times (default 5); the table shows the verdict, the
method and the median wall-clock seconds. Figures, not assertions: the test
suite never times anything.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from spec import check_claim
from spec.cli import design_files
from spec.design import load_design

MODELS = Path(__file__).resolve().parent.parent / "models"


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("paths", nargs="*", default=[str(MODELS)])
    arguments.add_argument("--runs", type=int, default=5)
    options = arguments.parse_args()
    rows = [("design", "claim", "verdict", "method", "median s")]
    for file in design_files(options.paths):
        design = load_design(file)
        for claim in design.claims:
            times, verdict = [], None
            for _ in range(options.runs):
                started = time.perf_counter()
                verdict = check_claim(design, claim)
                times.append(time.perf_counter() - started)
            rows.append((design.name, claim.name, verdict.verdict, verdict.method, f"{statistics.median(times):.3f}"))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)))


if __name__ == "__main__":
    main()
