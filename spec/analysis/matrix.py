"""The verdict matrix a design review reads first: designs against fault hypotheses.

Rows are designs, columns a standard set of fault hypotheses (the same for
every design, whatever its own claims say), each cell the checker's verdict
with the length of the shortest counterexample, and a last column with the
order of the design's smallest cut set when bugs are counted by codebase
and set off by a bad input: the broadest reach a common-mode bug can have.

Each design gets a second line: the standard hypotheses again, under
another lost-share threshold (`[service] max_lost_share`): the compared
threshold (`COMPARED_LOST_SHARE` unless asked otherwise) for a design that
allows no loss, and 0, v1's rule, for one that allows some. A review sees
at once which verdicts depend on the threshold.

A ranged design (a pool whose size is a range) has its verdicts checked
for every size at once; its cut set and risk cells, which need fixed
sizes, are found at the least size of each range, and say so.

A design with a `[risk]` table gets two more cells, under the 2021
hypothesis (a bug set off by the change): the probability of an outage per
window and the calls lost a year. They are computed over the cut
sets up to order `RISK_MAX_ORDER`, which keeps a fleet of a thousand
servers within reach; what the larger cut sets could add is bounded
(`more_events_than`), and a cell shows an interval when that bound is not
below 1% of the figure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction

from spec.analysis.cutsets import minimal_cut_sets
from spec.analysis.risk import Figures, risk_figures
from spec.check import DEFAULT_TIMEOUT, Verdict, check_claim
from spec.design import Claim, Design, Faults

STANDARD_HYPOTHESES: tuple[tuple[str, Faults], ...] = (
    ("3 crashes", Faults(crashes=3)),
    ("1 site + 2 crashes", Faults(site_losses=1, crashes=2)),
    ("1 bug, change", Faults(bugs=1)),
    ("1 bug, change, latency 2", Faults(bugs=1, max_latency=2)),
    ("1 bug, input", Faults(bugs=1, trigger="input")),
    ("1 bug by codebase, input", Faults(bugs=1, bug_scope="codebase", trigger="input")),
    ("bug (change, latency 2) + crash + site", Faults(bugs=1, max_latency=2, crashes=1, site_losses=1)),
    ("bug (input) + crash + site", Faults(bugs=1, trigger="input", crashes=1, site_losses=1)),
)
BROADEST_BUG = Faults(bug_scope="codebase", trigger="input")
RISK_HYPOTHESIS = Faults(bugs=1)
COMPARED_LOST_SHARE = Fraction(1, 100)
"""The threshold of each design's second line, for designs that allow no loss: one call in a hundred."""
RISK_MAX_ORDER = 2
CELLS_PER_DESIGN = 2 * len(STANDARD_HYPOTHESES) + 2
"""A verdict per standard hypothesis, the smallest cut set and the risk figures: the pieces of work per row."""


@dataclass(frozen=True)
class Row:
    design: Design
    verdicts: tuple[Verdict, ...]
    smallest_cut_set: int | None  # None: no cut set at all
    risk: Figures | None = None  # None: the design has no [risk] table
    other_threshold: Fraction = Fraction(0)  # the lost-share threshold of the second line
    under_other_threshold: tuple[Verdict, ...] = ()  # the standard hypotheses under it
    floor: dict[str, int] | None = None  # a ranged design: the sizes the cut set and risk are found at (each range's least)


def verdict_matrix(
    designs: list[Design],
    timeout: float | None = DEFAULT_TIMEOUT,
    on_cell: Callable[[str], None] | None = None,
    lost_share: Fraction = COMPARED_LOST_SHARE,
) -> list[Row]:
    """Check every design against every standard hypothesis, at its own lost-share threshold and at another; `on_cell(design name)` after each cell."""
    done = on_cell or (lambda name: None)
    rows = []
    for design in designs:
        other = lost_share if design.service.max_lost_share == 0 else Fraction(0)
        variant = replace(design, service=replace(design.service, max_lost_share=other))
        verdicts, under_other = [], []
        for checked, found in ((design, verdicts), (variant, under_other)):
            for label, faults in STANDARD_HYPOTHESES:
                found.append(check_claim(checked, Claim(name=label, expect="holds", faults=faults), timeout))
                done(design.name)
        floor = {pool.name: pool.least for pool in design.ranged_pools} or None
        fixed = design if floor is None else design.at_counts(floor)
        smallest = smallest_cut_set_order(fixed, timeout)
        done(design.name)
        risk = None
        if design.risk is not None:
            risk = risk_figures(fixed, Claim(name="1 bug, change", expect="holds", faults=RISK_HYPOTHESIS), max_order=RISK_MAX_ORDER)
        done(design.name)
        rows.append(Row(design, tuple(verdicts), smallest, risk, other, tuple(under_other), floor))
    return rows


def smallest_cut_set_order(design: Design, timeout: float | None = DEFAULT_TIMEOUT) -> int | None:
    """The order of the smallest minimal cut set under the broadest bug hypothesis."""
    claim = Claim(name="smallest cut set", expect="holds", faults=BROADEST_BUG)
    smallest = minimal_cut_sets(design, claim, smallest_only=True, timeout=timeout)
    return smallest[0].order if smallest else None
