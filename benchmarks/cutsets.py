"""Time minimal cut sets on a 30-server, 3-version fleet; print the figures.

    python3 benchmarks/cutsets.py [--max-order N ...] [--runs N]

The fleet: 30 servers, ten per codebase, at ten sites (one server of each
codebase per site), demand 12, end-to-end checks, one change for all. Its
smallest cut sets are two bugs; crash-only cut sets need 19 servers, so
the search is bounded by order, as a review would bound it. Figures, not
assertions: the tests never time anything.
"""

from __future__ import annotations

import argparse
import statistics
import time

from spec.analysis.cutsets import minimal_cut_sets
from spec.design import Claim, Faults, design_from_dict

SERVERS, CODEBASES, SITES, DEMAND = 30, 3, 10, 12


def fleet() -> dict:
    return {
        "name": "fleet-30",
        "service": {"demand": DEMAND},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": f"v{index}", "codebase": f"vendor-{index}"} for index in range(CODEBASES)],
        "servers": [
            {"name": f"cs{index:02d}", "site": f"site{index % SITES}", "version": f"v{index % CODEBASES}"}
            for index in range(SERVERS)
        ],
        "change": {"strategy": "all_at_once"},
    }


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--max-order", type=int, nargs="+", default=[1, 2])
    arguments.add_argument("--runs", type=int, default=3)
    options = arguments.parse_args()
    design = design_from_dict(fleet())
    claim = Claim(name="one bug", expect="holds", faults=Faults(bugs=1))
    print(f"{SERVERS} servers, {CODEBASES} codebases, {SITES} sites, demand {DEMAND}")
    print("max order  cut sets  median s")
    for order in options.max_order:
        times, cuts = [], []
        for _ in range(options.runs):
            started = time.perf_counter()
            cuts = minimal_cut_sets(design, claim, max_order=order)
            times.append(time.perf_counter() - started)
        print(f"{order:<9}  {len(cuts):<8}  {statistics.median(times):.2f}")


if __name__ == "__main__":
    main()
