"""Time minimal cut sets: per shipped claim, and on a 30-server, 3-version fleet; print the figures.

    python3 benchmarks/cutsets.py models [--timeout S] [--max-order N] [--only NAME ...]
    python3 benchmarks/cutsets.py fleet [--max-order N ...] [--runs N]

`models`: every claim of every design in models/, one search per distinct
fault hypothesis (claims with the same bug scope, trigger and latency share
their cut sets), each with a time limit; a search that passes it prints the
order it was searching and the cut sets found so far.

`fleet`: 30 servers, ten per codebase, at ten sites (one server of each
codebase per site), demand 12, end-to-end checks, one change for all. Its
smallest cut sets are two bugs; crash-only cut sets need 19 servers, so
the search is bounded by order, as a review would bound it.

Figures, not assertions: the tests never time anything.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from spec.analysis.cutsets import SearchTimedOut, minimal_cut_sets, unlimited
from spec.design import Claim, Faults, design_from_dict, load_design

SERVERS, CODEBASES, SITES, DEMAND = 30, 3, 10, 12
MODELS = Path(__file__).resolve().parent.parent / "models"


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


def time_fleet(orders: list[int], runs: int) -> None:
    design = design_from_dict(fleet())
    claim = Claim(name="one bug", expect="holds", faults=Faults(bugs=1))
    print(f"{SERVERS} servers, {CODEBASES} codebases, {SITES} sites, demand {DEMAND}")
    print("max order  cut sets  median s")
    for order in orders:
        times, cuts = [], []
        for _ in range(runs):
            started = time.perf_counter()
            cuts = minimal_cut_sets(design, claim, max_order=order)
            times.append(time.perf_counter() - started)
        print(f"{order:<9}  {len(cuts):<8}  {statistics.median(times):.2f}")


def time_models(timeout: float, max_order: int | None, only: list[str]) -> None:
    print(f"time limit {timeout:g} s per search{'' if max_order is None else f', up to order {max_order}'}")
    print(f"{'design':<32} {'claim':<48} {'cut sets':>8} {'orders':>8} {'seconds':>8}")
    for path in sorted(MODELS.glob("*.toml")):
        if only and path.stem not in only:
            continue
        design = load_design(path)
        searched = set()
        for claim in design.claims:
            if unlimited(claim) in searched:
                continue
            searched.add(unlimited(claim))
            started = time.perf_counter()
            try:
                cuts, reached = minimal_cut_sets(design, claim, max_order, timeout=timeout), "all"
            except SearchTimedOut as timed_out:
                cuts, reached = timed_out.found, f"<{timed_out.order}"
            seconds = time.perf_counter() - started
            print(f"{path.stem:<32} {claim.name[:48]:<48} {len(cuts):>8} {reached:>8} {seconds:>8.1f}", flush=True)


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    kinds = arguments.add_subparsers(dest="kind", required=True)
    models = kinds.add_parser("models", help="every claim of the shipped designs")
    models.add_argument("--timeout", type=float, default=600.0)
    models.add_argument("--max-order", type=int)
    models.add_argument("--only", nargs="+", default=[], metavar="NAME", help="design names (file stems)")
    fleet_options = kinds.add_parser("fleet", help="the 30-server fleet, by maximum order")
    fleet_options.add_argument("--max-order", type=int, nargs="+", default=[1, 2])
    fleet_options.add_argument("--runs", type=int, default=3)
    options = arguments.parse_args()
    if options.kind == "models":
        time_models(options.timeout, options.max_order, options.only)
    else:
        time_fleet(options.max_order, options.runs)


if __name__ == "__main__":
    main()
