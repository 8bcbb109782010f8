"""How many candidates a catalogue allows, in all or below a cost, counted without listing them.

The figures the synthesis reports ("N candidates, all M cheaper ones ruled
out") are counts over every allowed candidate, sites not taken up to
symmetry. They are counted site by site: what matters of the sites chosen
so far is the servers per kind (codebase, and agent where offered), since the cost reads only those.
That work grows with the limits; past `MOST_STEPS` the count is not
attempted (`None`), which the output says, and the search is unaffected.
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction
from itertools import product
from math import comb

from spec.synthesis.candidates import cost_of
from spec.synthesis.catalogue import Catalogue


MOST_STEPS = 20_000_000
"""The most (choice at a site, servers per codebase so far) pairs a count may visit: a few seconds of Python."""


def count_candidates(catalogue: Catalogue, below: Fraction | None = None) -> int | None:
    """The allowed candidates of `catalogue`, or only those whose cost is below `below`; `None` if too many to count."""
    width = len(catalogue.kinds)
    choices_at_site = comb(catalogue.max_per_site + width, width)
    totals_reached = comb(catalogue.max_servers + width, width)
    if choices_at_site * totals_reached * len(catalogue.sites) > MOST_STEPS:
        return None
    per_site = [
        counts for counts in product(range(catalogue.max_per_site + 1), repeat=width) if sum(counts) <= catalogue.max_per_site
    ]
    totals: Counter[tuple[int, ...]] = Counter({(0,) * width: 1})
    for _ in catalogue.sites:
        following: Counter[tuple[int, ...]] = Counter()
        for reached, ways in totals.items():
            room = catalogue.max_servers - sum(reached)
            for counts in per_site:
                if sum(counts) <= room:
                    following[tuple(a + b for a, b in zip(reached, counts))] += ways
        totals = following
    found = 0
    for reached, ways in totals.items():
        if sum(reached) == 0:
            continue
        for health_check in catalogue.health_checks:
            if below is None or cost_of(catalogue, reached, health_check) < below:
                found += ways
    return found
