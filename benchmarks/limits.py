"""Designs at callspec's limits: how long they take to validate and to check, and the memory used; print the figures.

    python3 benchmarks/limits.py [--members N] [--timeout S]

Rows: a pool of N members (default 100,000) in two sites, validated, then
each of its claims checked within `--timeout` seconds (answered or
`unknown`); 20,000 servers declared one by one with a reversed `order`
(validation only); a staged roll-out with `bake` 16 and a minimal design
with `max_outage` 100, checked within the limit. The peak resident memory
of the process is printed at the end. Figures, not timed assertions.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from spec.check import check_claim
from spec.design import parse_design

MODELS = Path(__file__).resolve().parent.parent / "models"
sys.path.insert(0, str(MODELS.parent / "tests"))  # the test suite's support modules (its fuzzing's minimal design)
from mutations import MINIMAL_DESIGN  # noqa: E402


def pooled(members: int) -> str:
    half = members // 2
    return f"""name = "big-pool"
[service]
demand = {members * 6 // 10}
[[versions]]
name = "a"
[[versions]]
name = "b"
codebase = "other"
[[servers]]
name = "east"
site = "east"
version = "a"
count = {half}
[[servers]]
name = "west"
site = "west"
version = "b"
count = {members - half}
[[claims]]
name = "a site is lost"
expect = "violated"
faults = {{ site_losses = 1 }}
[[claims]]
name = "a tenth of the servers crash"
expect = "holds"
faults = {{ crashes = {members // 10} }}
[[claims]]
name = "a bad input's bug"
expect = "violated"
faults = {{ bugs = 1, trigger = "input" }}
"""


def one_by_one(servers: int) -> str:
    entries = "".join(f'[[servers]]\nname = "s{index}"\nversion = "v"\n' for index in range(servers))
    order = ", ".join(f'"s{index}"' for index in reversed(range(servers)))
    return f'name = "many"\n[service]\ndemand = 1\n[[versions]]\nname = "v"\n{entries}[change]\nstrategy = "staged"\norder = [{order}]\n'


def long_outage() -> str:
    return MINIMAL_DESIGN.replace("demand = 1", "demand = 1\nmax_outage = 100")


def timed_validation(label: str, text: str) -> object:
    started = time.perf_counter()
    design = parse_design(text, label)
    print(f"{label:<40} validated in {time.perf_counter() - started:6.2f} s")
    return design


def timed_checks(label: str, design, timeout: float) -> None:
    for claim in design.claims:
        started = time.perf_counter()
        verdict = check_claim(design, claim, timeout)
        print(f"  {label}: {claim.name:<34} {verdict.outcome:<9} {time.perf_counter() - started:6.2f} s"
              f"  ({verdict.method}{'; ' + verdict.reason if verdict.reason else ''})")


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--members", type=int, default=100_000)
    arguments.add_argument("--timeout", type=float, default=60.0)
    options = arguments.parse_args()
    pool = timed_validation(f"pool of {options.members:,}", pooled(options.members))
    timed_checks("pool", pool, options.timeout)
    timed_validation("20,000 servers one by one", one_by_one(20_000))
    staged = (MODELS / "staged_rollout.toml").read_text(encoding="utf-8")
    bake = timed_validation("staged roll-out, bake 16", _with_bake(staged, 16))
    timed_checks("bake 16", bake, options.timeout)
    outage = timed_validation("max_outage 100", long_outage())
    timed_checks("max_outage 100", outage, options.timeout)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")


def _with_bake(text: str, bake: int) -> str:
    lines = [f"bake = {bake}" if line.startswith("bake = ") else line for line in text.splitlines()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
