"""A claim over a pool of any size in a range, proved in one run, against the loop over the sizes.

    python3 benchmarks/every_size.py [--least 4] [--most 200] [--staged] [--timeout SECONDS]

The design is a pool of `least` to `most` servers of one version at one
site and a bypass on another codebase, end-to-end checks noticed a step
late, demand 2, an outage of one step and a quarter of the calls
tolerated, changed all at once or, with `--staged`, one server at a time
with a bake time of two steps (a rolling update over an autoscaled pool,
cut after the batches that can matter: docs/decisions.md, "A staged
roll-out over a ranged pool"). Its claims: two crashes (holds at every size), a common-mode
bug caught by the bypass (holds), and three crashes (violated at the
least size). Each claim is checked in the same run:

- `at once`: `check` on the ranged design, every size in one proof or one
  search (`spec.platform.every_size`);
- `unbounded`: the same with no upper bound (`count = { min = least }`);
- `each size`: `check` on the fixed design at every size from `least` to
  `most` in turn, the verdict being `holds` when every size holds.

Each is measured in a fresh process (`isolation.answer_within`). The
table prints each time, the ratio each size / at once, and whether the
verdicts agree.
"""

from __future__ import annotations

import argparse
import time

from isolation import answer_within

from spec.check import HOLDS, VIOLATED, check_claim
from spec.design import Claim, Design, Faults, design_from_dict

CLAIMS = (
    Claim("two crashes", HOLDS, Faults(crashes=2)),
    Claim("a common-mode bug, the bypass", HOLDS, Faults(bugs=1, max_latency=2)),
    Claim("three crashes", VIOLATED, Faults(crashes=3)),
)


ALL_AT_ONCE = {"strategy": "all_at_once"}
ONE_AT_A_TIME = {"strategy": "staged", "batch": 1, "bake": 2}


def pool(least: int, most: int | None, change: dict) -> Design:
    """The pool of `least` to `most` servers (no upper bound if `most` is None) with its bypass, changed as `change` says."""
    count = {"min": least} if most is None else {"min": least, "max": most}
    return design_from_dict(
        {
            "name": "every-size",
            "service": {"demand": 2, "max_outage": 1, "max_lost_share": 0.25},
            "routing": {"health_check": "end_to_end", "detect": 1},
            "versions": [{"name": "v1", "codebase": "a"}, {"name": "bypass-sw", "codebase": "b"}],
            "servers": [{"name": "sbc", "site": "paris", "version": "v1", "count": count}],
            "change": change,
            "backup": {"name": "bypass", "version": "bypass-sw", "site": "lyon", "capacity": 2, "trigger": "observed"},
        }
    )


def at_once(least: int, most: int | None, change: dict, index: int, timeout: float) -> tuple[str, float, dict[str, int] | None]:
    """Claim `index` on the ranged pool, every size at once: its verdict, seconds, and the sizes of its counterexample."""
    started = time.monotonic()
    verdict = check_claim(pool(least, most, change), CLAIMS[index], timeout=timeout)
    return verdict.outcome, time.monotonic() - started, verdict.counts


def each_size(least: int, most: int, change: dict, index: int, timeout: float) -> tuple[str, float, dict[str, int] | None]:
    """Claim `index` at every size in turn: `holds` if every size holds, else the first size's verdict that does not."""
    started = time.monotonic()
    design = pool(least, most, change)
    for size in range(least, most + 1):
        verdict = check_claim(design.at_counts({"sbc": size}), CLAIMS[index], timeout=timeout)
        if verdict.outcome != HOLDS:
            return verdict.outcome, time.monotonic() - started, {"sbc": size}
    return HOLDS, time.monotonic() - started, None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--least", type=int, default=4)
    parser.add_argument("--most", type=int, default=200)
    parser.add_argument("--staged", action="store_true", help="change the pool one server at a time, bake 2")
    parser.add_argument("--timeout", type=float, default=600.0)
    arguments = parser.parse_args()
    least, most, timeout = arguments.least, arguments.most, arguments.timeout
    change = ONE_AT_A_TIME if arguments.staged else ALL_AT_ONCE
    print(f"a pool of {least} to {most} ({most - least + 1} sizes), changed {'one at a time' if arguments.staged else 'at once'}; seconds, each in a fresh process")
    print(f"{'claim':<32} {'at once':>10} {'unbounded':>10} {'each size':>10} {'ratio':>7}  verdicts")
    for index, claim in enumerate(CLAIMS):
        once = answer_within(at_once, (least, most, change, index, timeout), timeout)
        unbounded = answer_within(at_once, (least, None, change, index, timeout), timeout)
        each = answer_within(each_size, (least, most, change, index, timeout), timeout)
        cells = [f"{answer[1]:>10.2f}" if answer else f"{'-':>10}" for answer in (once, unbounded, each)]
        ratio = f"{each[1] / once[1]:>7.0f}" if once and each else f"{'-':>7}"
        verdicts = [f"{answer[0]}{'' if answer[2] is None else ' at ' + str(answer[2]['sbc'])}" if answer else "-" for answer in (once, unbounded, each)]
        agree = "agree" if once and each and unbounded and once[:1] == each[:1] == unbounded[:1] and once[2] == each[2] else "DIFFER"
        print(f"{claim.name:<32} {''.join(cells)} {ratio}  {', '.join(verdicts)} ({agree})")


if __name__ == "__main__":
    main()
