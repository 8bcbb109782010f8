"""The 2024 model at fleet scale: two vendors over ten sites, 100 hosts of each at each site, one agent on every host.

    python3 benchmarks/agent_fleet.py [HOSTS_PER_ENTRY ...] [--timeout SECONDS]

The design is models/crowdstrike_2024.toml with its servers replaced: at
each of ten sites, a pool of vendor a's hosts and one of vendor b's, each of
`HOSTS_PER_ENTRY` hosts (default 100: 2,000 hosts), every one running the
agent; the demand is half the fleet, as in the model. Its claims are the
model's, with the same expectations: application diversity survives one
application bug, one agent bug defeats it in one step, the loss of a site is
survived. Each claim is checked in a fresh process, by `check` as it runs by
default (the fleet counted per class, folded by its symmetries) and server
by server (`--encoding servers`), side by side; the table gives both times,
their ratio (at least the time limit over the default's time where server
by server gives no answer within it, shown `-`), and whether the verdicts
given are the expected ones.
"""

from __future__ import annotations

import argparse
import time
import tomllib
from pathlib import Path

from isolation import answer_within

from spec.check import check_claim
from spec.design import design_from_dict

MODEL = Path(__file__).resolve().parent.parent / "models" / "crowdstrike_2024.toml"
SITES = tuple(f"site-{number:02d}" for number in range(1, 11))


def fleet(per_entry: int) -> dict:
    """The 2024 model with ten sites of `per_entry` hosts of each vendor, every host running the agent."""
    raw = tomllib.loads(MODEL.read_text())
    raw["servers"] = [
        {"name": f"{site}-{vendor}", "version": f"cad-{vendor}", "components": ["falcon-7.11"], "site": site, "count": per_entry}
        for site in SITES
        for vendor in ("a", "b")
    ]
    raw["service"]["demand"] = per_entry * len(SITES)
    return raw


def _checked(per_entry: int, index: int, encoding: str, timeout: float) -> tuple[str, float]:
    """Claim `index` on the fleet in `encoding`: its verdict and seconds, the design's reading included."""
    started = time.monotonic()
    design = design_from_dict(fleet(per_entry))
    verdict = check_claim(design, design.claims[index], timeout=timeout, encoding=encoding)
    return verdict.outcome, time.monotonic() - started


def _ratio(seconds: dict[str, float], timeout: float) -> str:
    """Servers' time over the default's, or at least the time limit over it where server by server found no answer."""
    if "auto" not in seconds:
        return f"{'-':>7}"
    if "servers" not in seconds:
        return f">{timeout / seconds['auto']:5.0f}x"
    return f"{seconds['servers'] / seconds['auto']:6.1f}x"


def _cell(seconds: float | None) -> str:
    return f"{'-':>9}" if seconds is None else f"{seconds:8.2f}s"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("sizes", nargs="*", type=int, default=(100,), help="hosts per vendor and site")
    options.add_argument("--timeout", type=float, default=120.0, help="per claim and encoding")
    arguments = options.parse_args()
    print(f"{'hosts':>6}  {'claim':<52} {'expect':<9} {'default':>9} {'servers':>9} {'ratio':>7}  as expected")
    for per_entry in arguments.sizes:
        claims = design_from_dict(fleet(per_entry)).claims
        for index, claim in enumerate(claims):
            seconds, verdicts = {}, set()
            for encoding in ("auto", "servers"):
                answer = answer_within(_checked, (per_entry, index, encoding, arguments.timeout), arguments.timeout)
                if answer is not None and answer[0] != "unknown":
                    verdicts.add(answer[0])
                    seconds[encoding] = answer[1]
            ratio = _ratio(seconds, arguments.timeout)
            expected = "yes" if verdicts == {claim.expect} else "NO"
            hosts = per_entry * len(SITES) * 2
            print(f"{hosts:>6,}  {claim.name:<52} {claim.expect:<9} {_cell(seconds.get('auto'))} {_cell(seconds.get('servers'))} {ratio}  {expected}", flush=True)


if __name__ == "__main__":
    main()
