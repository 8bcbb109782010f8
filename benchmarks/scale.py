"""Cost of a claim against the size of the fleet: per-server encoding, counting encoding and SPIN side by side.

    python3 benchmarks/scale.py [N ...] [--timeout SECONDS] [--spin-timeout SECONDS] [--spin-memory MB]

For each fleet size N the fleet has `versions` versions over `sites` sites
in pools of equal size, end-to-end checks and demand at 80% of N. Its
claims are thresholds, their verdicts known by counting who is left: the
most crashes still survived (holds) and one more (violated); a bug, a site
loss and the most crashes still survived with them, and one more; two bugs;
two bugs and the crashes that then break it. Each claim is checked with both
encodings and, on the exported per-server Promela model, with SPIN, in the
same run; the table prints each time (`-` past its limit, or, for SPIN,
past its memory limit) and whether the verdicts, and the lengths of the
two encodings, agree. `counting` is what `--encoding counting` does: the
fleet folded by its symmetries (`spec.folding`), then counted per class;
`servers` checks every server on its own, unfolded. Each check runs in a
fresh process of its own.
"""

from __future__ import annotations

import argparse
import time

from isolation import answer_within
from spec import spin
from spec.check import check_claim
from spec.design import Claim, Faults, design_from_dict
from spec.platform import build_platform
from spec.promela import promela_model
from spec.spin import spin_verdict

SHAPES = {6: (2, 3), 24: (3, 4), 48: (4, 6), 200: (10, 20), 1000: (10, 20), 10000: (10, 20)}
def fleet(size: int) -> dict:
    """A pooled design of `size` servers in the shape SHAPES gives (versions, sites)."""
    versions, sites = SHAPES[size]
    per_pool = size // (versions * sites)
    servers = []
    for site in range(sites):
        for version in range(versions):
            entry = {"name": f"v{version}-s{site}", "site": f"s{site}", "version": f"v{version}"}
            if per_pool > 1:
                entry["count"] = per_pool
            servers.append(entry)
    return {
        "name": f"fleet-{size}",
        "service": {"demand": (8 * size) // 10},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": f"v{version}"} for version in range(versions)],
        "servers": servers,
        "change": {"strategy": "all_at_once"},
    }


def claims(size: int) -> list[Claim]:
    """Threshold pairs: the expected verdict follows from counting who is left."""
    versions, sites = SHAPES[size]
    per_pool = size // (versions * sites)
    demand = (8 * size) // 10
    spare = size - demand
    with_bug_and_site = size - size // versions - size // sites + per_pool - demand
    after_two_bugs = size - 2 * (size // versions) - demand

    def pair(name: str, spare_crashes: int, **faults: int) -> list[Claim]:
        found = []
        if spare_crashes >= 0:
            found.append(Claim(f"{name}, {spare_crashes} crashes", "holds", Faults(crashes=spare_crashes, **faults)))
        broken = max(spare_crashes, -1) + 1
        found.append(Claim(f"{name}, {broken} crashes", "violated", Faults(crashes=broken, **faults)))
        return found

    return [
        *pair("no bug", spare),
        *pair("a bug, a site", with_bug_and_site, bugs=1, site_losses=1),
        *pair("two bugs", after_two_bugs, bugs=2),
    ]


def _checked(size: int, index: int, encoding: str, timeout: float) -> tuple[str, int | None, float]:
    """Claim `index` of the fleet of `size` in `encoding`: its verdict, length and seconds."""
    design = design_from_dict(fleet(size))
    started = time.monotonic()
    verdict = check_claim(design, claims(size)[index], timeout=timeout, encoding=encoding)
    return verdict.outcome, verdict.length, time.monotonic() - started


def _cell(seconds: float | None) -> str:
    return f"{'-':>9}" if seconds is None else f"{seconds:8.2f}s"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("sizes", nargs="*", type=int, default=sorted(SHAPES))
    options.add_argument("--timeout", type=float, default=60.0, help="per claim and encoding")
    options.add_argument("--spin-timeout", type=float, default=300.0, help="per claim, for SPIN's search")
    options.add_argument("--spin-max", type=int, default=48, help="largest N given to SPIN")
    options.add_argument("--spin-memory", type=int, default=spin.MEMORY_MB, help="pan's memory limit, in MB")
    arguments = options.parse_args()
    spin.MEMORY_MB = arguments.spin_memory
    print(f"{'N':>6}  {'claim':<28} {'expect':<9} {'servers':>9} {'counting':>9} {'SPIN':>9}  agree")
    for size in arguments.sizes:
        design = design_from_dict(fleet(size))
        for index, claim in enumerate(claims(size)):
            cells, outcomes = [], []
            for encoding in ("servers", "counting"):
                answer = answer_within(_checked, (size, index, encoding, arguments.timeout), arguments.timeout)
                finished = answer is not None and answer[0] != "unknown"
                cells.append(_cell(answer[2] if finished else None))
                outcomes.append(answer[:2] if finished else None)
            cell, witnessed = f"{'-':>9}", None
            if size <= arguments.spin_max:
                model = promela_model(build_platform(design, claim))
                started = time.monotonic()
                said = spin_verdict(model, arguments.spin_timeout)
                seconds = time.monotonic() - started
                cell, witnessed = (_cell(seconds), said) if said != "unknown" else (f"{'-':>9}", None)
            done = [outcome for outcome in outcomes if outcome is not None]
            verdicts = {outcome[0] for outcome in done} | ({witnessed} if witnessed else set())
            agree = "yes" if len(set(done)) <= 1 and verdicts <= {claim.expect} else "NO"
            print(f"{size:>6}  {claim.name:<28} {claim.expect:<9} {cells[0]} {cells[1]} {cell}  {agree}", flush=True)


if __name__ == "__main__":
    main()
