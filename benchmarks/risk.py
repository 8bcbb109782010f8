"""Time the risk figures of every shipped design; print the figures a review compares.

    python3 benchmarks/risk.py [--max-order N] [FILE ...]

Per design and per distinct fault hypothesis (claims with the same bug
scope, trigger and latency share their cut sets): the number of minimal
cut sets, the seconds of the search and of the diagram, `p_window`, the
calls lost a year and the independence figure. Figures, not assertions:
the tests never time anything. `--max-order` bounds the search (the
national fleet's crash-only cut sets are beyond enumeration).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from spec.analysis.cutsets import minimal_cut_sets, unlimited
from spec.analysis.risk import risk_figures
from spec.design import load_design

MODELS = Path(__file__).resolve().parent.parent / "models"


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("files", nargs="*", type=Path, default=sorted(MODELS.glob("*.toml")))
    arguments.add_argument("--max-order", type=int)
    options = arguments.parse_args()
    print("design                      hypothesis                      cut sets  search s  diagram s  p_window  calls lost/yr  p_independent")
    for path in options.files:
        design = load_design(path)
        seen = set()
        for claim in design.claims:
            hypothesis = unlimited(claim)
            if hypothesis in seen:
                continue
            seen.add(hypothesis)
            started = time.perf_counter()
            cuts = minimal_cut_sets(design, claim, options.max_order)
            searched = time.perf_counter()
            figures = risk_figures(design, claim, cuts, options.max_order)
            done = time.perf_counter()
            faults = claim.faults
            label = f"{faults.bug_scope}/{faults.trigger}/latency {faults.max_latency}"
            print(
                f"{design.name:<27} {label:<31} {len(cuts):>8}  {searched - started:>8.1f}  {done - searched:>9.2f}  "
                f"{float(figures.p_window):>8.1e}  {float(figures.calls_lost_per_year):>13.3g}  {float(figures.p_independent):>13.1e}",
                flush=True,
            )


if __name__ == "__main__":
    main()
