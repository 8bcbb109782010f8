"""A candidate: one allowed choice of a catalogue, the design it stands for, and its cost.

The contract fixes the design of a choice: one version per codebase used
(named after the codebase), servers of capacity 1 named
`<codebase>-<site>-<i>` and declared site by site in the order of `sites`,
codebase by codebase in catalogue order within a site, no backup,
`detect = 0`, and the catalogue's service, claims and roll-out. The design
is written as TOML text and read back through the design reader, so the
design that is checked is exactly the file `synthesize` writes.

A catalogue that offers agents (callspec's extension, docs/synthesis.md)
gives each server a kind: its codebase and the agent it runs, or none
(`Catalogue.kinds`). A server with an agent runs it as a component, is
named `<codebase>-<agent>-<site>-<i>`, and every agent used has a content
channel of its own, rolled out all at once; the codebases' roll-out is
then a `[[changes]]` entry, `release`.
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
    """How many servers of each kind stand at each site (`counts[site][kind]`, catalogue orders) and the health check.

    A kind is a codebase (and, where the catalogue offers agents, the agent it runs or none: `Catalogue.kinds`).
    """

    counts: tuple[tuple[int, ...], ...]
    health_check: str

    def servers_of(self, kind: int) -> int:
        return sum(at_site[kind] for at_site in self.counts)

    @property
    def servers(self) -> int:
        return sum(map(sum, self.counts))

    def used(self, kind: int) -> bool:
        return self.servers_of(kind) > 0


def cost(catalogue: Catalogue, candidate: Candidate) -> Fraction:
    """The cost: `server_cost` per server of its codebase and of its agent (or `no_agent_cost`), `fixed_cost` per
    codebase and agent used, `end_to_end_cost` if end-to-end."""
    totals = [candidate.servers_of(index) for index in range(len(catalogue.kinds))]
    return cost_of(catalogue, totals, candidate.health_check)


def cost_of(catalogue: Catalogue, servers_per_kind: Sequence[int], health_check: str) -> Fraction:
    """The cost of any candidate with these many servers of each kind (catalogue order) and this health check."""
    total = Fraction(0)
    codebases_used: set[int] = set()
    agents_used: set[int] = set()
    for (codebase, agent), servers in zip(catalogue.kinds, servers_per_kind, strict=True):
        per_server = catalogue.codebases[codebase].server_cost
        per_server += (catalogue.no_agent_cost or 0) if agent is None else catalogue.agents[agent].server_cost
        total += per_server * servers
        if servers:
            codebases_used.add(codebase)
            agents_used |= set() if agent is None else {agent}
    total += sum((catalogue.codebases[index].fixed_cost for index in codebases_used), Fraction(0))
    total += sum((catalogue.agents[index].fixed_cost for index in agents_used), Fraction(0))
    return total + (catalogue.end_to_end_cost if health_check == END_TO_END else 0)


def server_names(catalogue: Catalogue, candidate: Candidate) -> list[tuple[str, int, int]]:
    """Every server of the candidate as (name, site index, kind index), in declaration order."""
    return [
        (f"{catalogue.kind_name(kind)}-{site}-{number}", site_index, kind)
        for site_index, site in enumerate(catalogue.sites)
        for kind in range(len(catalogue.kinds))
        for number in range(1, candidate.counts[site_index][kind] + 1)
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
    used = [kind for kind in range(len(catalogue.kinds)) if candidate.used(kind)]
    codebases = sorted({catalogue.kinds[kind][0] for kind in used})
    agents = sorted({agent for kind in used if (agent := catalogue.kinds[kind][1]) is not None})
    for name in [catalogue.codebases[index].name for index in codebases] + [catalogue.agents[index].name for index in agents]:
        lines += ["", "[[versions]]", f"name = {_string(name)}", f"codebase = {_string(name)}"]
    for name, site, kind in server_names(catalogue, candidate):
        codebase, agent = catalogue.kinds[kind]
        lines += ["", "[[servers]]", f"name = {_string(name)}", f"site = {_string(catalogue.sites[site])}"]
        lines += [f"version = {_string(catalogue.codebases[codebase].name)}", "capacity = 1"]
        if agent is not None:
            lines.append(f"components = [{_string(catalogue.agents[agent].name)}]")
    lines += _roll_outs(catalogue, [catalogue.agents[index].name for index in agents])
    for claim in catalogue.claims:
        units = [catalogue.codebases[index].name for index in codebases] + [catalogue.agents[index].name for index in agents]
        lines += ["", "[[claims]]", f"name = {_string(claim.name)}", f"expect = {_string(claim.expect)}", _faults(claim, units)]
    return "\n".join(lines) + "\n"


def _roll_outs(catalogue: Catalogue, agents: Sequence[str]) -> list[str]:
    """The catalogue's roll-out: `[change]`, or where it offers agents the `[[changes]]` entry `release` and each agent's
    content, all at once."""
    head = ["", "[[changes]]", 'name = "release"'] if catalogue.agents else ["", "[change]"]
    lines = head + [f"strategy = {_string(catalogue.strategy)}"]
    if catalogue.strategy == "staged":
        sizes = catalogue.batch
        lines += [f"batch = {sizes[0] if len(sizes) == 1 else list(sizes)}", f"bake = {catalogue.bake}"]
    for agent in agents:
        lines += ["", "[[changes]]", f"name = {_string(agent + '-content')}", f"reaches = [{_string(agent)}]", 'strategy = "all_at_once"']
    return lines


def candidate_design(catalogue: Catalogue, candidate: Candidate, file: str = "<candidate>") -> Design:
    """The design of `candidate`, read from its text as a design file is."""
    return parse_design(design_text(catalogue, candidate), file)


def _faults(claim: Claim, units: Sequence[str]) -> str:
    """The claim's fault hypothesis as an inline table, every field written (`min_latency` where it is not 0).

    Its `bug_units` keeps the names of `units` (the codebases and agents the candidate uses); where it keeps
    none, no unit the claim names is there to be faulty, which is a budget of no bug.
    """
    faults: Faults = claim.faults
    budgets = {name: getattr(faults, name) for name in budget_fields()}
    kept = None if faults.bug_units is None else [name for name in faults.bug_units if name in units]
    bugs = budgets.pop("bugs")
    fields = {
        "bugs": 0 if kept == [] else bugs,
        "bug_scope": faults.bug_scope,
        "trigger": faults.trigger,
        **({"min_latency": faults.min_latency} if faults.min_latency else {}),
        "latency": faults.max_latency,
        **budgets,
        **({"bug_units": kept} if kept else {}),
    }
    written = ", ".join(f"{key} = {_written(value)}" for key, value in fields.items())
    return f"faults = {{ {written} }}"


def _written(value: object) -> str:
    """A TOML value: a string, a list of strings, or a number."""
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_string(item) for item in value) + "]"
    return str(value)


def _string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, except that TOML wants DEL escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
