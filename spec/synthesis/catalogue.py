"""Catalogue files: the choices a synthesis may make, read and validated like a design.

A catalogue (contract v2, "Synthesis") holds a design's `name`, `step` and
`[service]`, the `[[claims]]` every candidate must meet (all expecting
`holds`), and `[choices]`: the sites, how many servers in all and per site,
the health checks allowed and the cost of end-to-end checks, the roll-out,
and the codebases with their costs. It is read with the design reader's
own machinery (`spec.design`), so its errors are `DesignError`s naming the
file, the field and the line, exactly as a design's are.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from spec.design import (
    HEALTH_CHECKS,
    MAX_SERVERS,
    STRATEGIES,
    Claim,
    Service,
    _read_claims,
    _read_heading,
    _Table,
    read_text,
    toml_table,
)
from spec.echo import names, quoted


@dataclass(frozen=True)
class Codebase:
    """One independently developed software a candidate may run: its cost per server and once when used."""

    name: str
    server_cost: Fraction
    fixed_cost: Fraction = Fraction(0)


@dataclass(frozen=True)
class Catalogue:
    """A validated catalogue. `max_per_site` is `max_servers` when the file sets no limit per site."""

    name: str
    service: Service
    sites: tuple[str, ...]
    max_servers: int
    max_per_site: int
    health_checks: tuple[str, ...]
    end_to_end_cost: Fraction
    strategy: str
    codebases: tuple[Codebase, ...]
    claims: tuple[Claim, ...]
    batch: tuple[int, ...] = (1,)  # batch sizes, as in a design's `[change]`
    bake: int = 0
    title: str = ""
    step_length: str = ""  # what one step stands for, as written in `step`
    file: str = ""
    agents: tuple[Codebase, ...] = ()  # the agents a server may run beside its codebase, each a bug unit of its own
    no_agent_cost: Fraction | None = None  # per server running no agent; None: with agents listed, every server runs one

    @property
    def kinds(self) -> tuple[tuple[int, int | None], ...]:
        """The kinds of server a candidate may have: a codebase, and an agent (index) or none, codebase by codebase.

        Without agents, one kind per codebase, with no agent. With agents,
        per codebase: no agent (if `no_agent_cost` allows it), then each agent.
        """
        if not self.agents:
            return tuple((codebase, None) for codebase in range(len(self.codebases)))
        options: list[int | None] = ([None] if self.no_agent_cost is not None else []) + list(range(len(self.agents)))
        return tuple((codebase, agent) for codebase in range(len(self.codebases)) for agent in options)

    def kind_name(self, kind: int) -> str:
        """What a server of kind `kind` is named after: its codebase, and its agent if it runs one (`vendor-a-agent-x`)."""
        codebase, agent = self.kinds[kind]
        name = self.codebases[codebase].name
        return name if agent is None else f"{name}-{self.agents[agent].name}"


def load_catalogue(path: str | Path) -> Catalogue:
    """Read and validate one catalogue file; raise `DesignError` on any problem."""
    return parse_catalogue(read_text(path), str(path))


def parse_catalogue(text: str, file: str = "<catalogue>") -> Catalogue:
    """Validate the TOML text of a catalogue; `file` names it in errors."""
    top = toml_table(text, file)
    name, title, step, service = _read_heading(top)
    choices = top.table("choices", required=True)
    claims = _read_claims(top.tables("claims", required=True))
    for index, claim in enumerate(claims):
        if claim.expect != "holds":
            top.source.fail(f"claims[{index}].expect", f'a catalogue\'s claims must all expect "holds", not {quoted(claim.expect)}')
    top.finish()
    sites = _read_sites(choices)
    max_servers = choices.integer("max_servers", minimum=1, maximum=MAX_SERVERS)
    max_per_site = choices.integer("max_per_site", default=max_servers, minimum=1, maximum=MAX_SERVERS)
    health_checks = _read_health_checks(choices)
    end_to_end_cost = choices.number("end_to_end_cost", Fraction(0))
    strategy = choices.choice("strategy", STRATEGIES)
    batch = choices.batch_sizes("batch", strategy)
    bake = choices.steps("bake")
    codebases = _read_codebases(choices.tables("codebases", required=True), sites, "codebase")
    agents = _read_codebases(choices.tables("agents"), sites, "agent")
    no_agent_cost = choices.number("no_agent_cost", Fraction(0)) if choices.has("no_agent_cost") else None
    if not agents and no_agent_cost is not None:
        choices.fail("no_agent_cost", "is the cost of a server without an agent: list the agents it may run in [[choices.agents]]")
    _names_apart(choices, codebases, agents, sites)
    choices.finish()
    units = [codebase.name for codebase in codebases] + [agent.name for agent in agents]
    for index, claim in enumerate(claims):
        for position, unit in enumerate(claim.faults.bug_units or ()):
            if unit not in units:
                top.source.fail(f"claims[{index}].faults.bug_units[{position}]", f"{quoted(unit)} is no codebase or agent of this catalogue")
    return Catalogue(
        name=name,
        title=title,
        step_length=step,
        service=service,
        sites=sites,
        max_servers=max_servers,
        max_per_site=min(max_per_site, max_servers),
        health_checks=health_checks,
        end_to_end_cost=end_to_end_cost,
        strategy=strategy,
        batch=batch,
        bake=bake,
        codebases=codebases,
        claims=claims,
        file=file,
        agents=agents,
        no_agent_cost=no_agent_cost,
    )


def _read_sites(choices: _Table) -> tuple[str, ...]:
    """`sites`: at least one, each a non-empty name written once."""
    sites = choices.names("sites")
    if sites is None:
        choices.fail("sites", "is required")
    if not sites:
        choices.fail("sites", "needs at least one site")
    for index, site in enumerate(sites):
        if not site.strip():
            choices.fail("sites", f"site {index + 1} is empty")
        if site in sites[:index]:
            choices.fail("sites", f"names site {quoted(site)} twice")
    return tuple(sites)


def _read_health_checks(choices: _Table) -> tuple[str, ...]:
    """`health_checks`: the options allowed, each once (default: both)."""
    written = choices.names("health_checks")
    if written is None:
        return HEALTH_CHECKS
    if not written:
        choices.fail("health_checks", "needs at least one option")
    for index, option in enumerate(written):
        if option not in HEALTH_CHECKS:
            choices.fail("health_checks", f"{quoted(option)} is not one of {names(HEALTH_CHECKS)}")
        if option in written[:index]:
            choices.fail("health_checks", f"names {quoted(option)} twice")
    return tuple(option for option in HEALTH_CHECKS if option in written)


def _read_codebases(tables: list[_Table], sites: tuple[str, ...], entry: str) -> tuple[Codebase, ...]:
    """`[[choices.codebases]]` (or `[[choices.agents]]`, by `entry`): unique names, costs."""
    codebases: list[Codebase] = []
    taken: set[str] = set()
    for table in tables:
        name = table.unique_name(entry, taken)
        if not table.has("server_cost"):
            table.fail("server_cost", "is required")
        codebases.append(Codebase(name, table.number("server_cost", Fraction(0)), table.number("fixed_cost", Fraction(0))))
        table.finish()
    return tuple(codebases)


def _names_apart(choices: _Table, codebases: tuple[Codebase, ...], agents: tuple[Codebase, ...], sites: tuple[str, ...]) -> None:
    """No two kinds of server at two sites may give the same server names (`<kind>-<site>-<i>`), and no agent may
    share a codebase's name: each is a version of the candidate."""
    codebase_names = {codebase.name for codebase in codebases}
    for index, agent in enumerate(agents):
        if agent.name in codebase_names:
            choices.source.fail(f"choices.agents[{index}].name", f"{quoted(agent.name)} is already a codebase's name")
    kinds = [(codebase.name, index, "codebases", f"codebase {quoted(codebase.name)}'s servers") for index, codebase in enumerate(codebases)]
    kinds += [
        (f"{codebase.name}-{agent.name}", index, "agents", f"the servers of codebase {quoted(codebase.name)} with agent {quoted(agent.name)}")
        for codebase in codebases
        for index, agent in enumerate(agents)
    ]
    prefixes: dict[str, tuple[str, str]] = {}
    for kind, index, entry, owner in kinds:
        for site in sites:
            prefix = f"{kind}-{site}"
            if prefix in prefixes:
                other, other_site = prefixes[prefix]
                choices.source.fail(
                    f"choices.{entry}[{index}].name",
                    f"servers {quoted(prefix + '-1')}... of site {quoted(site)} would have the names of {other} at site {quoted(other_site)}",
                )
            prefixes[prefix] = (owner, site)
