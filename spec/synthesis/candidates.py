"""A candidate: one allowed choice of a catalogue, the design it stands for, and its cost.

The contract fixes the design of a choice: one version per codebase used
(named after the codebase), servers of capacity 1 named
`<codebase>-<site>-<i>` and declared site by site in the order of `sites`,
codebase by codebase in catalogue order within a site, no backup,
`detect = 0`, and the catalogue's service, claims and roll-out. The design
is written as TOML text and read back through the design reader, so the
design that is checked is exactly the file `synthesize` writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from fractions import Fraction
from typing import Sequence

from spec.design import Claim, Design, Faults, budget_fields, parse_design
from spec.synthesis.catalogue import Catalogue

END_TO_END = "end_to_end"


@dataclass(frozen=True)
class Candidate:
    """How many servers of each codebase stand at each site (`counts[site][codebase]`, catalogue orders) and the health check."""

    counts: tuple[tuple[int, ...], ...]
    health_check: str

    def servers_of(self, codebase: int) -> int:
        return sum(at_site[codebase] for at_site in self.counts)

    @property
    def servers(self) -> int:
        return sum(map(sum, self.counts))

    def used(self, codebase: int) -> bool:
        return self.servers_of(codebase) > 0


def cost(catalogue: Catalogue, candidate: Candidate) -> Fraction:
    """The contract's cost: `server_cost` per server, `fixed_cost` per codebase used, `end_to_end_cost` if end-to-end."""
    totals = [candidate.servers_of(index) for index in range(len(catalogue.codebases))]
    return cost_of(catalogue, totals, candidate.health_check)


def cost_of(catalogue: Catalogue, servers_per_codebase: Sequence[int], health_check: str) -> Fraction:
    """The cost of any candidate with these many servers of each codebase (catalogue order) and this health check."""
    total = Fraction(0)
    for codebase, servers in zip(catalogue.codebases, servers_per_codebase, strict=True):
        total += codebase.server_cost * servers + (codebase.fixed_cost if servers else 0)
    return total + (catalogue.end_to_end_cost if health_check == END_TO_END else 0)


def server_names(catalogue: Catalogue, candidate: Candidate) -> list[tuple[str, int, int]]:
    """Every server of the candidate as (name, site index, codebase index), in declaration order."""
    return [
        (f"{codebase.name}-{site}-{number}", site_index, codebase_index)
        for site_index, site in enumerate(catalogue.sites)
        for codebase_index, codebase in enumerate(catalogue.codebases)
        for number in range(1, candidate.counts[site_index][codebase_index] + 1)
    ]


def design_text(catalogue: Catalogue, candidate: Candidate, title: str = "") -> str:
    """The candidate as a design file (TOML), with the catalogue's service, claims and roll-out."""
    lines = [f"name = {_string(catalogue.name)}"]
    if title:
        lines.append(f"title = {_string(title)}")
    if catalogue.step_length:
        lines.append(f"step = {_string(catalogue.step_length)}")
    service = catalogue.service
    lines += ["", "[service]", f"demand = {service.demand}", f"max_outage = {service.max_outage}"]
    if service.max_lost_share:
        lines.append(f"max_lost_share = {float(service.max_lost_share)!r}")
    lines += ["", "[routing]", f"health_check = {_string(candidate.health_check)}", "detect = 0"]
    for index, codebase in enumerate(catalogue.codebases):
        if candidate.used(index):
            lines += ["", "[[versions]]", f"name = {_string(codebase.name)}", f"codebase = {_string(codebase.name)}"]
    for name, site, codebase in server_names(catalogue, candidate):
        lines += ["", "[[servers]]", f"name = {_string(name)}", f"site = {_string(catalogue.sites[site])}"]
        lines += [f"version = {_string(catalogue.codebases[codebase].name)}", "capacity = 1"]
    lines += ["", "[change]", f"strategy = {_string(catalogue.strategy)}"]
    if catalogue.strategy == "staged":
        sizes = catalogue.batch
        lines += [f"batch = {sizes[0] if len(sizes) == 1 else list(sizes)}", f"bake = {catalogue.bake}"]
    for claim in catalogue.claims:
        lines += ["", "[[claims]]", f"name = {_string(claim.name)}", f"expect = {_string(claim.expect)}", _faults(claim)]
    return "\n".join(lines) + "\n"


def candidate_design(catalogue: Catalogue, candidate: Candidate, file: str = "<candidate>") -> Design:
    """The design of `candidate`, read from its text as a design file is."""
    return parse_design(design_text(catalogue, candidate), file)


def _faults(claim: Claim) -> str:
    """The claim's fault hypothesis as an inline table, every field written (`min_latency` where it is not 0)."""
    faults: Faults = claim.faults
    budgets = {name: getattr(faults, name) for name in budget_fields()}
    fields = {
        "bugs": budgets.pop("bugs"),
        "bug_scope": faults.bug_scope,
        "trigger": faults.trigger,
        **({"min_latency": faults.min_latency} if faults.min_latency else {}),
        "latency": faults.max_latency,
        **budgets,
    }
    written = ", ".join(f"{key} = {_string(value) if isinstance(value, str) else value}" for key, value in fields.items())
    return f"faults = {{ {written} }}"


def _string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, except that TOML wants DEL escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
