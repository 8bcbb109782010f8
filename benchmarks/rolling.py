"""Rolling updates, one member at a time: the roll-out counted, against the same platform checked server by server.

    python3 benchmarks/rolling.py [N ...] [--timeout SECONDS] [--spin-timeout SECONDS]

For each pool size N (a multiple of 3) the design is a pool of N servers of
one version, a third at each of three sites, demand N/2, end-to-end checks,
the change staged one server at a time with a bake time of two steps. Its
claims are those of a roll-out's review: a bug that shows within the bake
time is contained (alone, with 2 crashes, with 6), and a late bug, whose
latency of 48 steps lets the roll-out reach 17 servers before the gate
sees it (survived from 48 servers up, not at 24). Each claim is checked in the same run, each in a fresh process:

- `counted`: `check` as it runs by default, the pool one class counted
  across the roll-out's batches (`spec.folding.counted_across_batches`),
  where the joined class is counted;
- `servers`: the platform as ordered, every server on its own
  (`--encoding servers`);
- SPIN on the exported per-server model, at sizes up to `--spin-max`.

The table prints each time (`-` past its limit), the ratio servers/counted,
and whether the verdicts agree.
"""

from __future__ import annotations

import argparse
import time

from isolation import answer_within

from spec.check import check_claim
from spec.design import Claim, Faults, design_from_dict
from spec.platform import build_platform
from spec.promela import promela_model
from spec.spin import spin_verdict

SIZES = (24, 48, 1000 - 1000 % 3)
LATE = 48


def rolling(size: int) -> dict:
    """A pool of `size` servers over three sites, updated one at a time with a bake time of two steps."""
    return {
        "name": f"rolling-{size}",
        "service": {"demand": size // 2},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v1"}],
        "servers": [{"name": site, "site": site, "version": "v1", "count": size // 3} for site in ("north", "south", "east")],
        "change": {"strategy": "staged", "batch": 1, "bake": 2},
    }


def claims(size: int) -> tuple[Claim, ...]:
    """The review's claims on the pool of `size`, each expecting what counting who is left says.

    The late bug goes off in the first server at step `1 + LATE`; the gate
    reads state `LATE + 1` before the next batch, so every batch due up to
    then has applied, `LATE // 3 + 1` servers, and all of them loop.
    """
    reached = LATE // 3 + 1
    late = "holds" if size - reached >= size // 2 else "violated"
    return (
        Claim("a bug within the bake time", "holds", Faults(bugs=1, max_latency=2)),
        Claim("the same with 2 crashes", "holds", Faults(bugs=1, max_latency=2, crashes=2)),
        Claim("the same with 6 crashes", "holds", Faults(bugs=1, max_latency=2, crashes=6)),
        Claim(f"a late bug (latency {LATE})", late, Faults(bugs=1, max_latency=LATE)),
    )


def _checked(size: int, index: int, encoding: str, timeout: float) -> tuple[str, float]:
    """Claim `index` on the pool of `size` in `encoding`: its verdict and seconds."""
    design = design_from_dict(rolling(size))
    started = time.monotonic()
    verdict = check_claim(design, claims(size)[index], timeout=timeout, encoding=encoding)
    return verdict.outcome, time.monotonic() - started


def _spin(size: int, claim: Claim, seconds: float) -> tuple[str, str]:
    """SPIN's verdict on the exported per-server model, and its cell: its time, `-` past its limit, or the error
    when SPIN refuses the model (a `d_step` too long for it, say)."""
    model = promela_model(build_platform(design_from_dict(rolling(size)), claim))
    started = time.monotonic()
    try:
        said = spin_verdict(model, seconds)
    except RuntimeError as refused:
        return "unknown", "refused: " + str(refused).split("Error: ")[-1][:40]
    return said, _cell(time.monotonic() - started) if said != "unknown" else f"{'-':>9}"


def _cell(seconds: float | None) -> str:
    return f"{'-':>9}" if seconds is None else f"{seconds:8.2f}s"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("sizes", nargs="*", type=int, default=SIZES)
    options.add_argument("--timeout", type=float, default=60.0, help="per claim and encoding")
    options.add_argument("--spin-timeout", type=float, default=300.0, help="per claim, for SPIN's search")
    options.add_argument("--spin-max", type=int, default=48, help="largest N given to SPIN")
    arguments = options.parse_args()
    print(f"{'N':>6}  {'claim':<30} {'expect':<9} {'counted':>9} {'servers':>9} {'ratio':>7} {'SPIN':>9}  agree")
    for size in arguments.sizes:
        for index, claim in enumerate(claims(size)):
            seconds, verdicts = {}, set()
            for encoding in ("auto", "servers"):
                answer = answer_within(_checked, (size, index, encoding, arguments.timeout), arguments.timeout)
                if answer is not None and answer[0] != "unknown":
                    verdicts.add(answer[0])
                    seconds[encoding] = answer[1]
            spin_cell = f"{'-':>9}"
            if size <= arguments.spin_max:
                said, spin_cell = _spin(size, claim, arguments.spin_timeout)
                verdicts |= {said} - {"unknown"}
            ratio = f"{seconds['servers'] / seconds['auto']:6.1f}x" if len(seconds) == 2 else f"{'-':>7}"
            agree = "yes" if verdicts <= {claim.expect} else "NO"
            print(
                f"{size:>6}  {claim.name:<30} {claim.expect:<9} {_cell(seconds.get('auto'))} {_cell(seconds.get('servers'))} {ratio} "
                f"{spin_cell}  {agree}",
                flush=True,
            )


if __name__ == "__main__":
    main()
