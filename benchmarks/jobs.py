"""Time `callspec check` on the shipped designs with one job and with more; print the figures side by side.

    python3 benchmarks/jobs.py [PATH ...] [--jobs N ...] [--runs N]

Each run is a fresh `python3 -m spec check PATH... --json --jobs N`
process, timed on the wall clock, so start-up and the spawning of the
worker processes are counted. Columns: the number of jobs, the median
seconds of the runs, the speed-up over one job. The verdicts of every run
are compared with those of the serial run (a run that disagrees is
reported, not timed). Figures, not assertions: the tests never time
anything.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "models"


def timed_check(paths: list[str], jobs: int) -> tuple[float, list[tuple[str, str, str]]]:
    """Wall-clock seconds of one check, and each claim's (design, claim, verdict)."""
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "spec", "check", *paths, "--json", "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        env=environment,
    )
    seconds = time.monotonic() - started
    if run.returncode not in (0, 1, 3):
        raise SystemExit(f"check --jobs {jobs} failed ({run.returncode}): {run.stderr}")
    document = json.loads(run.stdout)
    verdicts = [(design["name"], claim["name"], claim["verdict"]) for design in document["designs"] for claim in design["claims"]]
    return seconds, verdicts


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("paths", nargs="*", default=[str(MODELS)])
    options.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    options.add_argument("--runs", type=int, default=1)
    arguments = options.parse_args()
    print(f"cores: {os.cpu_count()}; designs: {' '.join(arguments.paths)}; runs: {arguments.runs}")
    print(f"{'jobs':>4}  {'seconds':>8}  {'speed-up':>8}")
    serial: float | None = None
    expected = None
    for jobs in sorted(set([1, *arguments.jobs])):
        times = []
        for _ in range(arguments.runs):
            seconds, verdicts = timed_check(arguments.paths, jobs)
            if expected is None:
                expected = verdicts
            elif verdicts != expected:
                raise SystemExit(f"--jobs {jobs} gave other verdicts than --jobs 1")
            times.append(seconds)
        median = statistics.median(times)
        serial = serial or median
        print(f"{jobs:>4}  {median:>8.1f}  {serial / median:>7.2f}x")


if __name__ == "__main__":
    main()
