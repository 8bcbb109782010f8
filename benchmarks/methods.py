"""Time every method on every shipped claim; print a table of medians.

    python3 benchmarks/methods.py [PATH ...] [--runs N] [--timeout SECONDS]

Columns, in seconds (median of N runs): the whole check as the command line
runs it; BMC to the shortest counterexample (for a claim that holds, BMC to
depth 10, marked `<=10`); PDR; k-induction; the re-check of PDR's
certificate by Z3 and by cvc5; SPIN (export, compile, search), when `spin`
and `gcc` are installed. `-` means no answer within the time-out. Figures,
not assertions: the tests never time anything.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path
from typing import Callable

from spec import check_claim
from spec.cli import design_files
from spec.design import Claim, Design, load_design
from spec.encoding import transition_system
from spec.engine import bmc, kinduction, pdr
from spec.engine.certificate import SOLVERS, obligations, smtlib_script
from spec.engine.deadline import Deadline
from spec.engine.results import Inconclusive, Proof
from spec.platform import build_platform
from spec.promela import promela_model
from spec.spin import spin_verdict

MODELS = Path(__file__).resolve().parent.parent / "models"
HOLDS_BMC_DEPTH = 10


def median_seconds(task: Callable[[], object], runs: int) -> tuple[float, object]:
    """The median wall-clock time of `runs` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = task()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def measure(design: Design, claim: Claim, runs: int, timeout: float) -> list[str]:
    """One table row: every method's median time on `claim`."""
    platform = build_platform(design, claim)
    proof_system = transition_system(platform, pseudo_boolean=False, for_proofs=True)
    check_time, verdict = median_seconds(lambda: check_claim(design, claim, timeout), runs)
    depth = None if verdict.outcome == "violated" else HOLDS_BMC_DEPTH
    bmc_time, _ = median_seconds(
        lambda: bmc.shortest_counterexample(transition_system(platform), depth, Deadline(timeout)), runs
    )
    pdr_time, proof = median_seconds(lambda: pdr.prove(proof_system, Deadline(timeout)), runs)
    kind_time, kind_outcome = median_seconds(lambda: kinduction.prove(proof_system, deadline=Deadline(timeout)), runs)
    row = [
        design.name,
        claim.name,
        verdict.outcome,
        f"{check_time:.3f}",
        f"{bmc_time:.3f}" + ("" if depth is None else f" <={depth}"),
        _answered(pdr_time, proof),
        _answered(kind_time, kind_outcome),
    ]
    for answer in SOLVERS.values():
        if isinstance(proof, Proof):
            scripts = [smtlib_script(formula) for formula in obligations(proof_system, proof.invariant).values()]
            seconds, _ = median_seconds(lambda: [answer(script, Deadline(timeout)) for script in scripts], runs)
            row.append(f"{seconds:.3f}")
        else:
            row.append("")
    if shutil.which("spin") and shutil.which("gcc"):
        seconds, _ = median_seconds(lambda: spin_verdict(promela_model(platform)), runs)
        row.append(f"{seconds:.3f}")
    else:
        row.append("n/a")
    return row


def _answered(seconds: float, outcome: object) -> str:
    return "-" if isinstance(outcome, Inconclusive) else f"{seconds:.3f}"


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("paths", nargs="*", default=[str(MODELS)])
    arguments.add_argument("--runs", type=int, default=3)
    arguments.add_argument("--timeout", type=float, default=120.0)
    options = arguments.parse_args()
    header = ("design", "claim", "verdict", "check", "bmc", "pdr", "kind", "cert z3", "cert cvc5", "spin")
    rows = [header]
    for file in design_files(options.paths):
        design = load_design(file)
        rows += [measure(design, claim, options.runs, options.timeout) for claim in design.claims]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


if __name__ == "__main__":
    main()
