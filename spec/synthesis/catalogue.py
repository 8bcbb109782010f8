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
    codebases = _read_codebases(choices.tables("codebases", required=True), sites)
    choices.finish()
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


def _read_codebases(tables: list[_Table], sites: tuple[str, ...]) -> tuple[Codebase, ...]:
    """`[[choices.codebases]]`: unique names, costs; no two (codebase, site) pairs may give the same server names."""
    codebases: list[Codebase] = []
    taken: set[str] = set()
    prefixes: dict[str, tuple[str, str]] = {}
    for table in tables:
        name = table.unique_name("codebase", taken)
        for site in sites:
            prefix = f"{name}-{site}"
            if prefix in prefixes:
                other, other_site = prefixes[prefix]
                table.fail(
                    "name",
                    f"servers {quoted(prefix + '-1')}... of site {quoted(site)} would have the names of "
                    f"codebase {quoted(other)}'s servers at site {quoted(other_site)}",
                )
            prefixes[prefix] = (name, site)
        if not table.has("server_cost"):
            table.fail("server_cost", "is required")
        codebases.append(Codebase(name, table.number("server_cost", Fraction(0)), table.number("fixed_cost", Fraction(0))))
        table.finish()
    return tuple(codebases)
