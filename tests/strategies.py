"""Hypothesis strategies for random small designs and adversaries.

Used by the differential tests and by proofs over families of designs. The
designs are raw dictionaries in the shape `tomllib` returns for a design
file, so the same example can feed `spec.design.design_from_dict` and any
independent reader of the contract. Requires the `test` extra (hypothesis).
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from hypothesis import strategies as st

from spec.platform import Platform
from spec.semantics import Moves, ServerMoves

SITE_NAMES = ("north", "south", "east")
LOST_SHARES = (0, 0, 0.25, 0.34, 0.5, 1)
"""`max_lost_share` values drawn: the default twice as often, and shares that small designs reach or miss."""


@st.composite
def raw_designs(draw: st.DrawFn, max_servers: int = 4) -> dict[str, Any]:
    """A valid design with one to `max_servers` servers and one claim-less fault hypothesis."""
    codebases = draw(st.sampled_from([["a"], ["a", "b"], ["a", "a"]]))
    versions = [{"name": f"v{index}", "codebase": codebase} for index, codebase in enumerate(codebases)]
    version_names = [version["name"] for version in versions]
    count = draw(st.integers(1, max_servers))
    servers = []
    for index in range(count):
        server: dict[str, Any] = {"name": f"s{index}", "version": draw(st.sampled_from(version_names))}
        site = draw(st.sampled_from((None,) + SITE_NAMES))
        if site is not None:
            server["site"] = site
        server["capacity"] = draw(st.integers(0, 2))
        servers.append(server)
    design: dict[str, Any] = {
        "name": "random",
        "service": {
            "demand": draw(st.integers(1, 3)),
            "max_outage": draw(st.integers(0, 1)),
            "max_lost_share": draw(st.sampled_from(LOST_SHARES)),
        },
        "routing": {
            "health_check": draw(st.sampled_from(["liveness", "end_to_end"])),
            "detect": draw(st.integers(0, 2)),
        },
        "versions": versions,
        "servers": servers,
    }
    strategy = draw(st.sampled_from([None, "all_at_once", "staged"]))
    if strategy is not None:
        names = [server["name"] for server in servers]
        design["change"] = {
            "strategy": strategy,
            "batch": draw(batch_sizes() if strategy == "staged" else st.integers(1, 2)),
            "bake": draw(st.integers(0, 2)),
            "order": draw(st.permutations(names)),
            "gate": draw(st.sampled_from(["true_state", "health_check"])),
        }
    if draw(st.booleans()):
        backup: dict[str, Any] = {
            "name": "bypass",
            "version": draw(st.sampled_from(version_names)),
            "trigger": draw(st.sampled_from(["observed", "outage"])),
            "capacity": draw(st.integers(0, 3)),
            "delay": draw(st.integers(0, 2)),
        }
        site = draw(st.sampled_from((None,) + SITE_NAMES))
        if site is not None:
            backup["site"] = site
        design["backup"] = backup
    links = draw(st.lists(st.tuples(st.integers(0, count - 1), st.integers(0, count - 1)).filter(lambda pair: pair[0] != pair[1]), max_size=4))
    if links:
        design["links"] = [{"between": [f"s{first}", f"s{second}"]} for first, second in links]
    return design


def batch_sizes() -> st.SearchStrategy[int | list[int]]:
    """A staged roll-out's `batch`: an integer, or sometimes a list of sizes (contract v3), canaries `[1, 2]` among them."""
    return st.integers(1, 2) | st.lists(st.integers(1, 3), min_size=1, max_size=3)


@st.composite
def staged_designs(draw: st.DrawFn, max_servers: int = 3) -> dict[str, Any]:
    """A design of `raw_designs` whose change is staged, one or two servers a batch: where a bug's latency meets the gate."""
    design = draw(raw_designs(max_servers=max_servers))
    names = [server["name"] for server in design["servers"]]
    design["change"] = {
        "strategy": "staged",
        "batch": draw(st.integers(1, 2)),
        "bake": draw(st.integers(0, 2)),
        "order": draw(st.permutations(names)),
        "gate": draw(st.sampled_from(["true_state", "health_check"])),
    }
    return design


@st.composite
def raw_faults(draw: st.DrawFn, max_latency: int = 2) -> dict[str, Any]:
    """A fault hypothesis small enough for exhaustive search; its latency a range `min_latency..latency`."""
    latency = draw(st.integers(0, max_latency))
    return {
        "crashes": draw(st.integers(0, 2)),
        "site_losses": draw(st.integers(0, 1)),
        "bugs": draw(st.integers(0, 1)),
        "bug_scope": draw(st.sampled_from(["version", "codebase"])),
        "trigger": draw(st.sampled_from(["change", "input", "message"])),
        "latency": latency,
        "min_latency": draw(st.integers(0, latency)),
        "restarts": draw(st.integers(0, 2)),
    }


def moves(platform: Platform) -> st.SearchStrategy[Moves[bool]]:
    """Any one step's adversary moves, ignoring budgets (the step must enforce them).

    A move the semantics declares impossible on this platform (its domain
    is false alone: no crash under a crash budget of 0, say) is never drawn.
    """
    def flag(declared: Any, over: int | None = None) -> st.SearchStrategy[Any]:
        one = st.sampled_from(tuple(declared.metadata["domain"](platform)))
        return one if over is None else st.tuples(*(one for _ in range(over)))

    server_moves = st.builds(ServerMoves, **{declared.name: flag(declared) for declared in fields(ServerMoves)})
    sizes = {"sites": len(platform.sites)}
    return st.builds(
        Moves,
        servers=st.tuples(*(server_moves for _ in platform.servers)),
        **{
            declared.name: flag(declared, sizes.get(declared.metadata["over"]))
            for declared in fields(Moves)
            if declared.metadata["sort"] != "fleet"
        },
    )


def pooled_design(demand: int, health_check: str, pool_size: int, second: str, max_lost_share: float = 0, detect: int = 0) -> str:
    """A design file of a pool `p` of version a at north and one more entry of version b at south, changed at once.

    `second` holds the second entry's own lines (its name, and `capacity` or
    `count`); claims may be appended to the text.
    """
    return f"""
name = "pooled"
[service]
demand = {demand}
max_lost_share = {max_lost_share}
[routing]
health_check = "{health_check}"
detect = {detect}
[[versions]]
name = "a"
[[versions]]
name = "b"
[[servers]]
name = "p"
site = "north"
version = "a"
count = {pool_size}
[[servers]]
site = "south"
version = "b"
{second}
[change]
strategy = "all_at_once"
"""


@st.composite
def component_designs(draw: st.DrawFn, max_servers: int = 3) -> dict[str, Any]:
    """A design of `raw_designs` whose servers (and backup) may run components, rolled out by one to two `[[changes]]`.

    The components are two agents, `k0` and `k1`, of one codebase or two. A
    change reaches versions, servers or the backup (`reaches`), or every
    server; it starts at step 1 to 3, and its `order`, where drawn, is a
    permutation of the servers it names.
    """
    design = draw(raw_designs(max_servers=max_servers))
    agents = draw(st.sampled_from([["k"], ["k", "l"], ["k", "k"]]))
    design["versions"] += [{"name": f"k{index}", "codebase": codebase} for index, codebase in enumerate(agents)]
    agent_names = [f"k{index}" for index in range(len(agents))]
    members = design["servers"] + ([design["backup"]] if "backup" in design else [])
    for member in members:
        components = draw(st.lists(st.sampled_from(agent_names), unique=True, max_size=2))
        if components:
            member["components"] = components
    design.pop("change", None)
    if draw(st.booleans()):
        return design  # components under v1's rules: no change, or a `[change]` drawn below
    server_names = [server["name"] for server in design["servers"]]
    names = server_names + (["bypass"] if "backup" in design else []) + agent_names + sorted({server["version"] for server in design["servers"]})
    changes = []
    for number in range(draw(st.integers(1, 2))):
        strategy = draw(st.sampled_from(["all_at_once", "staged"]))
        change: dict[str, Any] = {"name": f"c{number}", "strategy": strategy, "start": draw(st.integers(1, 3))}
        if strategy == "staged":
            change.update(batch=draw(batch_sizes()), bake=draw(st.integers(0, 2)), gate=draw(st.sampled_from(["true_state", "health_check"])))
        if draw(st.booleans()):
            servers_only = draw(st.booleans())
            pool = server_names if servers_only else names
            reaches = draw(st.lists(st.sampled_from(pool), unique=True, min_size=1, max_size=3))
            touched = [member["name"] for member in members if any(name in (member["name"], member["version"], *member.get("components", [])) for name in reaches)]
            if not touched:
                continue
            change["reaches"] = reaches
            if servers_only and strategy == "staged" and draw(st.booleans()):
                change["order"] = draw(st.permutations(reaches))
        changes.append(change)
    if changes:
        design["changes"] = changes
    return design
