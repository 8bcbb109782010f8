"""The analyses of a regional platform updated one proxy at a time: cut sets counted by pool, against each member its own.

    python3 benchmarks/regional.py [--timeout SECONDS]

The design is the one a review of a regional SIP core would write: 20
proxies in pools of 8, 8 and 4 at three sites, on two codebases, updated
one at a time with a bake time of two steps, liveness checks that need a
step to see a crash, a diverse bypass, and claims for a bug, crashes and a
site loss. Each measurement runs in a fresh process of its own:

- `cutsets --max-order 2` of each claim, its crashes counted by pool
  (`crash:north*2`, as the search runs by default), against the same
  search with each member its own events (`--encoding servers`), and the
  ratio;
- `compare` on the design (every standard hypothesis twice, the smallest
  cut set and the risk cells);
- exact `risk` (every cut set, of every order) of its claims.

The time limit applies to each measurement; `-` is past it.
"""

from __future__ import annotations

import argparse
import time

from isolation import answer_within

from spec.analysis.cutsets import minimal_cut_sets
from spec.analysis.matrix import verdict_matrix
from spec.analysis.risk import claims_figures
from spec.design import Design, design_from_dict

POOLS = (("north", 8, "kamailio"), ("south", 8, "opensips"), ("east", 4, "kamailio"))


def regional() -> Design:
    """The regional platform of 20 proxies, as `docs/decisions.md` ("Cut sets of pools updated member by member") measures it."""
    return design_from_dict(
        {
            "name": "regional",
            "service": {"demand": 10, "max_outage": 1},
            "routing": {"health_check": "liveness", "detect": 1},
            "versions": [
                {"name": "kamailio", "codebase": "kamailio"},
                {"name": "opensips", "codebase": "opensips"},
                {"name": "bypass-sw", "codebase": "asterisk"},
            ],
            "servers": [{"name": name, "site": name, "version": version, "count": count} for name, count, version in POOLS],
            "change": {"strategy": "staged", "batch": 1, "bake": 2},
            "backup": {"name": "bypass", "version": "bypass-sw", "site": "west", "capacity": 10, "trigger": "observed"},
            "claims": [
                {"name": "a bug within the bake time", "expect": "holds", "faults": {"bugs": 1, "latency": 2}},
                {"name": "three crashes", "expect": "holds", "faults": {"crashes": 3}},
                {"name": "a site and two crashes", "expect": "holds", "faults": {"site_losses": 1, "crashes": 2}},
            ],
            "risk": {"p_crash": 0.001, "p_site": 0.0001, "p_bug": 0.001},
        }
    )


def _cut_sets(index: int, encoding: str, timeout: float) -> tuple[int, float]:
    """How many minimal cut sets of order at most 2 claim `index` has in `encoding`, and the seconds they took."""
    design = regional()
    started = time.monotonic()
    found = minimal_cut_sets(design, design.claims[index], max_order=2, encoding=encoding, timeout=timeout)
    return len(found), time.monotonic() - started


def _compared(timeout: float) -> float:
    started = time.monotonic()
    verdict_matrix([regional()], timeout)
    return time.monotonic() - started


def _exact_risk(timeout: float) -> tuple[str, float]:
    """The outage probability per window of the first claim, from every cut set, and the seconds all claims took."""
    design = regional()
    started = time.monotonic()
    figures = claims_figures(design, design.claims, timeout=timeout)
    return f"{float(figures[0].p_window):.2e}", time.monotonic() - started


def _cell(seconds: float | None) -> str:
    return f"{'-':>9}" if seconds is None else f"{seconds:8.2f}s"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--timeout", type=float, default=300.0, help="per measurement")
    arguments = options.parse_args()
    print(f"{'cutsets --max-order 2':<30} {'by pool':>9} {'sets':>5} {'members':>9} {'sets':>5} {'ratio':>7}")
    for index, claim in enumerate(regional().claims):
        pooled = answer_within(_cut_sets, (index, "auto", arguments.timeout), arguments.timeout)
        members = answer_within(_cut_sets, (index, "servers", arguments.timeout), arguments.timeout)
        ratio = f"{members[1] / pooled[1]:6.1f}x" if pooled and members else f"{'-':>7}"
        print(
            f"{claim.name:<30} {_cell(pooled and pooled[1])} {pooled[0] if pooled else '-':>5} "
            f"{_cell(members and members[1])} {members[0] if members else '-':>5} {ratio}",
            flush=True,
        )
    print(f"{'compare':<30} {_cell(answer_within(_compared, (arguments.timeout,), arguments.timeout))}", flush=True)
    risk = answer_within(_exact_risk, (arguments.timeout,), arguments.timeout)
    print(f"{'exact risk, every claim':<30} {_cell(risk and risk[1])}  outage per window {risk[0] if risk else '-'}")


if __name__ == "__main__":
    main()
