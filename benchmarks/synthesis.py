"""Time the synthesis of the cheapest design of each catalogue; print how little of the catalogue was checked.

    python3 benchmarks/synthesis.py [--timeout S] [CATALOGUE ...]

Per catalogue (default: every file in catalogues/): the candidates it
allows, how many are cheaper than the answer (all ruled out), how many
candidates the optimizer proposed and the checker decided, the claim
checks, the counterexamples generalised and the blocks they gave by kind,
the seconds of the search and of the re-check of the answer, and the
answer. Figures, not assertions: the tests never time anything.
"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from spec.check import check_design
from spec.design import parse_design
from spec.report.synthesis_text import money
from spec.synthesis.candidates import design_text
from spec.synthesis.catalogue import load_catalogue
from spec.synthesis.search import synthesize

CATALOGUES = Path(__file__).resolve().parent.parent / "catalogues"


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("files", nargs="*", type=Path, default=sorted(CATALOGUES.glob("*.toml")))
    arguments.add_argument("--timeout", type=float, default=300.0, help="the time limit per claim of a candidate")
    options = arguments.parse_args()
    for path in options.files:
        catalogue = load_catalogue(path)
        result = synthesize(catalogue, options.timeout)
        started = time.perf_counter()
        answer = "none" if result.best is None else design_text(catalogue, result.best)
        verdicts = [] if result.best is None else check_design(parse_design(answer, str(path)), timeout=options.timeout)
        recheck = time.perf_counter() - started
        kinds = collections.Counter(type(block).__name__ for block in result.blocks)
        print(f"{path.name}: {catalogue.name}")
        print(f"  candidates allowed          {_count(result.candidates)}")
        print(f"  cheaper than the answer     {_count(result.ruled_out)}  (all ruled out)")
        print(f"  candidates checked          {result.proposed:>9,}")
        print(f"  claim checks made           {result.checks:>9,}")
        print(f"  counterexamples generalised {result.counterexamples:>9,}  ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))})")
        print(f"  sites interchangeable       {'yes' if result.symmetric else 'no':>9}")
        print(f"  search                      {result.seconds:>9.1f} s")
        print(f"  re-check of the answer      {recheck:>9.1f} s  ({', '.join(v.outcome for v in verdicts) or 'nothing to re-check'})")
        if result.best is None or result.cost is None:
            print("  answer: no allowed design meets every claim")
        else:
            best = result.best
            layout = "; ".join(
                f"{site}: " + ", ".join(f"{count} {codebase.name}" for codebase, count in zip(catalogue.codebases, at_site) if count)
                for site, at_site in zip(catalogue.sites, best.counts)
                if sum(at_site)
            )
            print(f"  answer: cost {money(result.cost)}, {best.servers} servers, {best.health_check} checks ({layout})")


def _count(number: int | None) -> str:
    return "too many to count" if number is None else f"{number:>9,}"


if __name__ == "__main__":
    main()
