"""Fuzz the command line with thousands of malformed and adversarial design files; print what happened.

    python3 benchmarks/mutants.py [--examples N] [--checks N] [--pools N] [--timeout S]

The mutants are those of the test suite's `tests/mutations.py` (shipped designs with one field
or the file itself broken). Each is run through `callspec check FILE
--claim <none>`, which validates the design and stops before any solver
runs; every outcome must be exit status 2 with a one-line message naming
the file (and the field), no traceback, and no design accepted that the
contract rejects. Then `--checks` of the accepted mutants are checked for
real with `--timeout`, in a fresh process each, and must end with exit
status 0, 1 or 3 and no traceback. Figures, not timed assertions: the
script prints counts and rates, then every problem found, and exits 1 if
there was any.
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the test suite's support modules
from mutations import Mutant, mutants, outcome, problems  # noqa: E402


def main() -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--examples", type=int, default=3000, help="mutants to validate")
    arguments.add_argument("--checks", type=int, default=40, help="accepted mutants to check for real")
    arguments.add_argument("--pools", type=int, default=100_000, help="the largest pool a mutant may declare")
    arguments.add_argument("--timeout", type=float, default=5.0, help="the time limit of a real check, per claim")
    options = arguments.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="callspec-mutants-"))
    path = folder / "mutant.toml"
    tally: collections.Counter[str] = collections.Counter()
    found: list[str] = []
    accepted: list[Mutant] = []
    started = time.perf_counter()

    @settings(max_examples=options.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(mutants(pools_up_to=options.pools))
    def validate(mutant: Mutant) -> None:
        path.write_bytes(mutant.data)
        result = outcome(path)
        wrong = problems(mutant, path, result)
        kind = mutant.change.split(": ", 1)[1].split(" at ")[0]
        is_accepted = "no design has a claim named" in result.stderr
        tally[f"{kind}: {'accepted' if is_accepted else 'rejected'}"] += 1
        if is_accepted and len(accepted) < options.checks:
            accepted.append(mutant)
        found.extend(f"{mutant.change}: {problem}" for problem in wrong)

    validate()
    seconds = time.perf_counter() - started
    total = sum(tally.values())
    print(f"{total} mutants validated in {seconds:.1f} s ({total / seconds:.0f} per second)")
    for key in sorted(tally):
        print(f"  {key:<40} {tally[key]:>6}")
    started = time.perf_counter()
    for mutant in accepted:
        path.write_bytes(mutant.data)
        command = [sys.executable, "-m", "spec", "check", str(path), "--timeout", str(options.timeout)]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode not in (0, 1, 3) or "Traceback" in run.stderr:
            found.append(f"{mutant.change}: checked, exit status {run.returncode}: {run.stderr.strip()[-300:]!r}")
    print(f"{len(accepted)} accepted mutants checked for real in {time.perf_counter() - started:.1f} s")
    print(f"{len(found)} problems")
    for problem in found:
        print(f"  {problem}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
