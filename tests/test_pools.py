"""Pools of interchangeable servers: `count` on a `[[servers]]` entry, expanded by the loader.

A pool is shorthand (contract v2): the file with a pool and the file listing its members one by one must
load to the same design, apart from the `pool` field that records where a member came from.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spec.check import check_claim
from spec.design import MAX_SERVERS, Design, DesignError, Server, parse_design
from strategies import LOST_SHARES, batch_sizes, pooled_design

HEAD = """\
name = "pools"

[service]
demand = 2

[[versions]]
name = "v1"

[[versions]]
name = "v2"
"""

POOLED = (
    HEAD
    + """
[[servers]]
name = "a"
version = "v1"

[[servers]]
name = "web"
site = "north"
version = "v2"
capacity = 2
count = 3

[[servers]]
name = "b"
version = "v1"
count = 1
"""
)


def _with_order(servers: str, order: list[str]) -> str:
    names = ", ".join(f'"{name}"' for name in order)
    return f'{servers}\n[change]\nstrategy = "staged"\norder = [{names}]\n'


def _error(text: str) -> DesignError:
    with pytest.raises(DesignError) as caught:
        parse_design(text, "bad.toml")
    return caught.value


def _last_line(text: str, fragment: str) -> int:
    """The number of the last line that contains `fragment`."""
    return max(number for number, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_a_pool_declares_its_members_where_it_stands() -> None:
    design = parse_design(POOLED)
    assert [server.name for server in design.servers] == ["a", "web-1", "web-2", "web-3", "b"]
    assert design.servers[1:4] == tuple(
        Server(name=f"web-{number}", version="v2", site="north", capacity=2, pool="web") for number in (1, 2, 3)
    )
    assert design.servers[0].pool is None and design.servers[4].pool is None, "count 1 or none: a plain server"


def test_the_default_order_is_the_expanded_declaration_order() -> None:
    design = parse_design(POOLED + '\n[change]\nstrategy = "staged"\n')
    assert design.change.order == ("a", "web-1", "web-2", "web-3", "b")


def test_pool_members_expands_a_name_as_the_file_uses_it() -> None:
    design = parse_design(POOLED)
    assert design.pool_members("web") == ("web-1", "web-2", "web-3")
    assert design.pool_members("web-2") == ("web-2",)
    assert design.pool_members("a") == ("a",) and design.pool_members("b") == ("b",)
    with pytest.raises(KeyError):
        design.pool_members("web-4")


@pytest.mark.parametrize(
    ("written", "expanded"),
    [
        (["b", "web", "a"], ["b", "web-1", "web-2", "web-3", "a"]),
        (["web-3", "a", "web-1", "b", "web-2"], ["web-3", "a", "web-1", "b", "web-2"]),
        (["web", "b", "a"], ["web-1", "web-2", "web-3", "b", "a"]),
    ],
    ids=["entry", "members", "entry and servers"],
)
def test_order_names_entries_and_members(written: list[str], expanded: list[str]) -> None:
    assert parse_design(_with_order(POOLED, written)).change.order == tuple(expanded)


def test_order_mixes_a_pool_named_whole_and_a_pool_named_by_members() -> None:
    servers = POOLED + '\n[[servers]]\nname = "db"\nversion = "v1"\ncount = 2\n'
    text = _with_order(servers, ["db-2", "web", "b", "db-1", "a"])
    assert parse_design(text).change.order == ("db-2", "web-1", "web-2", "web-3", "b", "db-1", "a")


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        (["web", "web-2", "a", "b"], 'names server "web-2" more than once: through pool "web", then by name'),
        (["a", "web-3", "web", "b"], 'names server "web-3" more than once: by name, then through pool "web"'),
        (["web", "web", "a", "b"], 'names pool "web" more than once'),
        (["web-1", "web-1", "a", "b"], 'names server "web-1" more than once'),
        (["web-1", "web-3", "a", "b"], 'must name every server once; "web-2" is missing'),
        (["web", "web-4", "a", "b"], 'unknown server "web-4"'),
    ],
    ids=[
        "entry, then one of its members",
        "a member, then its entry",
        "entry twice",
        "member twice",
        "a member left out",
        "no such member",
    ],
)
def test_order_errors_after_expansion(written: list[str], problem: str) -> None:
    text = _with_order(POOLED, written)
    error = _error(text)
    assert (error.field_path, error.problem) == ("change.order", problem)
    assert error.line == _last_line(text, "order = ")


POOL_A = '[[servers]]\nname = "a"\nversion = "v1"\ncount = 2\n\n'

# (description, entries appended to HEAD, the later entry's name line (its last occurrence), field path, problem)
CLASHES = [
    (
        "server named like a member of an earlier pool",
        POOL_A + '[[servers]]\nname = "a-1"\nversion = "v1"\n',
        'name = "a-1"',
        "servers[1].name",
        'server "a-1" clashes with member "a-1" of pool "a" (servers[0])',
    ),
    (
        "pool whose member is named like an earlier server",
        '[[servers]]\nname = "a-2"\nversion = "v1"\n\n[[servers]]\nname = "a"\nversion = "v1"\ncount = 3\n',
        'name = "a"',
        "servers[1].name",
        'member "a-2" of pool "a" clashes with server "a-2" (servers[0])',
    ),
    (
        "pool named like a member of an earlier pool",
        POOL_A + '[[servers]]\nname = "a-1"\nversion = "v2"\ncount = 2\n',
        'name = "a-1"',
        "servers[1].name",
        'pool "a-1" clashes with member "a-1" of pool "a" (servers[0])',
    ),
    (
        "pool whose member is named like an earlier pool",
        '[[servers]]\nname = "a-1"\nversion = "v2"\ncount = 2\n\n' + POOL_A,
        'name = "a"',
        "servers[1].name",
        'member "a-1" of pool "a" clashes with pool "a-1" (servers[0])',
    ),
    (
        "two pools of one name, whose members coincide",
        POOL_A + '[[servers]]\nname = "a"\nversion = "v2"\ncount = 5\n',
        'name = "a"',
        "servers[1].name",
        'duplicate pool "a" (servers[0])',
    ),
    (
        "pool named like an earlier server",
        '[[servers]]\nname = "a"\nversion = "v1"\n\n' + POOL_A,
        'name = "a"',
        "servers[1].name",
        'pool "a" clashes with server "a" (servers[0])',
    ),
    (
        "backup named like a member",
        POOL_A + '[backup]\nname = "a-2"\nversion = "v2"\ntrigger = "outage"\n',
        'name = "a-2"',
        "backup.name",
        '"a-2" is already the name of a server, a member of pool "a" (servers[0])',
    ),
    (
        "backup named like a pool",
        POOL_A + '[backup]\nname = "a"\nversion = "v2"\ntrigger = "outage"\n',
        'name = "a"',
        "backup.name",
        '"a" is already the name of a pool (servers[0])',
    ),
]


@pytest.mark.parametrize(
    ("entries", "name_line", "field_path", "problem"), [case[1:] for case in CLASHES], ids=[case[0] for case in CLASHES]
)
def test_a_clash_is_located_at_the_later_entry_and_names_both(
    entries: str, name_line: str, field_path: str, problem: str
) -> None:
    text = HEAD + "\n" + entries
    error = _error(text)
    assert (error.field_path, error.problem) == (field_path, problem)
    assert error.line == _last_line(text, name_line), str(error)
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("0", "must be at least 1, not 0"),
        ("-2", "must be at least 1, not -2"),
        ("2.5", "must be an integer, not a float"),
        ('"3"', "must be an integer, not a string"),
        ("true", "must be an integer, not a boolean"),
        (str(10**12), f"must be at most {MAX_SERVERS}: a design has at most {MAX_SERVERS} servers"),
        (str(MAX_SERVERS + 1), f"must be at most {MAX_SERVERS}:"),
    ],
)
def test_bad_counts_are_located_errors(value: str, words: str) -> None:
    text = HEAD + f'\n[[servers]]\nname = "web"\nversion = "v1"\ncount = {value}\n'
    error = _error(text)
    assert error.field_path == "servers[0].count" and words in error.problem
    assert error.line == _last_line(text, "count = ")


def test_the_limit_counts_every_server_of_the_design() -> None:
    text = POOLED.replace("count = 3", f"count = {MAX_SERVERS}")
    error = _error(text)
    assert error.field_path == "servers[1].count"
    assert f"must be at most {MAX_SERVERS - 1}: a design has at most {MAX_SERVERS} servers" in error.problem


def _without_pools(design: Design) -> Design:
    """The same design with the `pool` field of every server cleared, as a file listing every member loads."""
    return replace(design, servers=tuple(replace(server, pool=None) for server in design.servers))


FLAT = (
    HEAD
    + """
[[servers]]
name = "a"
version = "v1"
"""
    + "".join(
        f'\n[[servers]]\nname = "web-{number}"\nsite = "north"\nversion = "v2"\ncapacity = 2\n' for number in (1, 2, 3)
    )
    + """
[[servers]]
name = "b"
version = "v1"
"""
)

CLAIMS = """
[backup]
name = "bypass"
version = "v2"
trigger = "outage"
delay = 1

[[claims]]
name = "one bug set off by the change"
expect = "holds"
faults = { bugs = 1 }

[[claims]]
name = "two crashes and a bug set off by an input"
expect = "holds"
faults = { crashes = 2, bugs = 1, trigger = "input" }
"""


def test_a_pool_and_its_members_one_by_one_are_the_same_design() -> None:
    pooled = parse_design(_with_order(POOLED, ["web", "b", "a"]) + CLAIMS, "d.toml")
    flat = parse_design(_with_order(FLAT, ["web-1", "web-2", "web-3", "b", "a"]) + CLAIMS, "d.toml")
    assert _without_pools(pooled) == flat
    for claim in pooled.claims:
        by_pool, by_member = check_claim(pooled, claim), check_claim(flat, claim)
        assert (by_pool.outcome, by_pool.length) == (by_member.outcome, by_member.length)
        assert (by_pool.trace is None) == (by_member.trace is None)
        if by_pool.trace is not None:
            assert by_pool.trace.to_json() == by_member.trace.to_json()


def _toml_value(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    return f'"{value}"' if isinstance(value, str) else str(value)


def _toml(top: dict[str, Any], servers: list[dict[str, Any]], tables: dict[str, dict[str, Any]]) -> str:
    """A design file: top-level keys, `[service]` and `[[versions]]` in `top`, then servers, then other tables."""
    lines = [f"{key} = {_toml_value(value)}" for key, value in top.items() if key not in ("service", "versions")]
    lines += ["[service]", *(f"{key} = {_toml_value(value)}" for key, value in top["service"].items())]
    for version in top["versions"]:
        lines += ["[[versions]]", *(f"{key} = {_toml_value(value)}" for key, value in version.items())]
    for server in servers:
        lines += ["[[servers]]", *(f"{key} = {_toml_value(value)}" for key, value in server.items())]
    for name, table in tables.items():
        lines += [f"[{name}]", *(f"{key} = {_toml_value(value)}" for key, value in table.items())]
    return "\n".join(lines) + "\n"


def _written_order(draw: st.DrawFn, members: dict[str, list[str]]) -> list[str]:
    """An `order` for the pooled file: each pool named whole or member by member, all shuffled."""
    names: list[str] = []
    for entry, its_members in members.items():
        names += [entry] if len(its_members) > 1 and draw(st.booleans()) else its_members
    return draw(st.permutations(names))


@st.composite
def pooled_and_flat(draw: st.DrawFn) -> tuple[str, str, dict[str, int]]:
    """The text of a random small design with pools, the same design with every member listed, and the counts."""
    top = {
        "name": "random",
        "service": {"demand": draw(st.integers(1, 4))},
        "versions": [{"name": "v1"}, {"name": "v2"}],
    }
    entries, counts = [], {}
    for index in range(draw(st.integers(1, 4))):
        entry: dict[str, Any] = {"name": f"e{index}", "version": draw(st.sampled_from(["v1", "v2"]))}
        site = draw(st.sampled_from([None, "north", "south"]))
        if site is not None:
            entry["site"] = site
        entry["capacity"] = draw(st.integers(0, 2))
        counts[entry["name"]] = draw(st.integers(1, 4))
        if counts[entry["name"]] > 1 or draw(st.booleans()):
            entry["count"] = counts[entry["name"]]
        entries.append(entry)
    members = {
        name: [f"{name}-{number}" for number in range(1, count + 1)] if count > 1 else [name]
        for name, count in counts.items()
    }
    flat_servers = [
        {"name": member, **{key: value for key, value in entry.items() if key not in ("name", "count")}}
        for entry in entries
        for member in members[entry["name"]]
    ]
    pooled_tables: dict[str, dict[str, Any]] = {}
    flat_tables: dict[str, dict[str, Any]] = {}
    if draw(st.booleans()):
        written = _written_order(draw, members)
        change = {"strategy": "staged", "batch": draw(batch_sizes()), "bake": draw(st.integers(0, 2))}
        pooled_tables["change"] = {**change, "order": written}
        expanded = [member for name in written for member in members.get(name, [name])]
        flat_tables["change"] = {**change, "order": expanded}
    if draw(st.booleans()):
        backup = {"name": "bypass", "version": draw(st.sampled_from(["v1", "v2"])), "trigger": "outage"}
        pooled_tables["backup"] = flat_tables["backup"] = backup
    crashes = draw(st.integers(0, 2))
    claims = f'\n[[claims]]\nname = "c"\nexpect = "holds"\nfaults = {{ crashes = {crashes}, bugs = 1 }}\n'
    return _toml(top, entries, pooled_tables) + claims, _toml(top, flat_servers, flat_tables) + claims, counts


@given(pooled_and_flat())
def test_a_pooled_file_loads_as_the_file_listing_every_member(texts: tuple[str, str, dict[str, int]]) -> None:
    pooled_text, flat_text, counts = texts
    pooled, flat = parse_design(pooled_text, "d.toml"), parse_design(flat_text, "d.toml")
    assert _without_pools(pooled) == flat
    assert all(server.pool is None for server in flat.servers)
    pool_of = {server.name: server.pool for server in pooled.servers}
    for entry, count in counts.items():
        members = pooled.pool_members(entry)
        assert len(members) == count
        assert {pool_of[member] for member in members} == {entry if count > 1 else None}


@settings(max_examples=15, deadline=None)
@given(
    st.integers(2, 4),
    st.integers(1, 3),
    st.integers(0, 3),
    st.sampled_from(["liveness", "end_to_end"]),
    st.sampled_from(LOST_SHARES),
    st.integers(0, 1),
)
def test_both_encodings_give_the_same_verdicts_and_lengths_on_pooled_designs(
    size: int, demand: int, crashes: int, health_check: str, max_lost_share: float, detect: int
) -> None:
    """A pool checked per server and counted per class: the same verdict, and the same length when violated."""
    claims = f'[[claims]]\nname = "c"\nexpect = "holds"\nfaults = {{ bugs = 1, crashes = {crashes} }}\n'
    design = parse_design(pooled_design(demand, health_check, size, 'name = "q"\ncount = 2', max_lost_share, detect) + claims)
    claim = design.claims[0]
    per_server = check_claim(design, claim, encoding="servers")
    counted = check_claim(design, claim, encoding="counting")
    assert counted.encoding == "counting" and per_server.encoding == "servers"
    assert (counted.outcome, counted.length) == (per_server.outcome, per_server.length)
