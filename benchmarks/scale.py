"""Cost of a claim against the size of the fleet: the per-server and the counting encodings side by side.

    python3 benchmarks/scale.py [N ...] [--timeout SECONDS]

For each fleet size N the fleet has `versions` versions over `sites` sites
in pools of equal size, end-to-end checks and demand at 80% of N, and four
claims whose verdicts are thresholds: a bug, a site loss and the largest
number of crashes still survived (holds); one crash more (violated); two
bugs; two bugs and one crash more than survivable. Each claim is checked
with both encodings in the same run, and the table prints the time of each
(`-` past the time limit) and whether verdicts and lengths agree.
"""

from __future__ import annotations

import argparse
import time

from spec.check import check_claim
from spec.design import Claim, Faults, design_from_dict

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
    """Threshold claims: the expected verdict follows from counting who is left."""
    versions, sites = SHAPES[size]
    per_pool = size // (versions * sites)
    demand = (8 * size) // 10
    left_after_bug_and_site = size - size // versions - size // sites + per_pool
    spare = left_after_bug_and_site - demand
    two_bugs_left = size - 2 * (size // versions)

    def claim(name: str, faults: Faults, survived: bool) -> Claim:
        return Claim(name=name, expect="holds" if survived else "violated", faults=faults)

    found = []
    if spare >= 0:
        found.append(claim(f"bug, site, {spare} crashes", Faults(bugs=1, site_losses=1, crashes=spare), True))
    found.append(claim(f"bug, site, {max(spare, -1) + 1} crashes", Faults(bugs=1, site_losses=1, crashes=max(spare, -1) + 1), False))
    found.append(claim("two bugs", Faults(bugs=2), two_bugs_left >= demand))
    extra = max(two_bugs_left - demand + 1, 0)
    found.append(claim(f"two bugs, {extra} crashes", Faults(bugs=2, crashes=extra), False))
    return found


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("sizes", nargs="*", type=int, default=sorted(SHAPES))
    options.add_argument("--timeout", type=float, default=60.0)
    arguments = options.parse_args()
    print(f"{'N':>6}  {'claim':<28} {'expect':<9} {'servers':>9} {'counting':>9}  agree")
    for size in arguments.sizes:
        design = design_from_dict(fleet(size))
        for claim in claims(size):
            cells, outcomes = [], []
            for encoding in ("servers", "counting"):
                started = time.monotonic()
                verdict = check_claim(design, claim, timeout=arguments.timeout, encoding=encoding)
                seconds = time.monotonic() - started
                finished = verdict.verdict != "unknown"
                cells.append(f"{seconds:8.2f}s" if finished else f"{'-':>9}")
                outcomes.append((verdict.verdict, verdict.length) if finished else None)
            done = [outcome for outcome in outcomes if outcome is not None]
            agree = "yes" if len(set(done)) <= 1 and all(o[0] == claim.expect for o in done) else "NO"
            print(f"{size:>6}  {claim.name:<28} {claim.expect:<9} {cells[0]} {cells[1]}  {agree}", flush=True)


if __name__ == "__main__":
    main()
