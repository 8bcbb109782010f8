"""Pools whose size is a range: `count = { min = 4, max = 40 }` read, kept whole, and fixed by `Design.at_counts`.

A ranged pool at size n is the pool a file declares with `count = n`: `at_counts` must give exactly the
design that file loads to. Every bad ranged count, and every name that points at one member of a ranged
pool, is a located one-line error.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spec.design import MAX_SERVERS, DesignError, Faults, RangedPool, Server, parse_design
from spec.platform import build_platform

HEAD = """\
name = "ranged"

[service]
demand = 2

[[versions]]
name = "v1"

[[versions]]
name = "v2"

[[servers]]
name = "a"
version = "v1"
"""

ESRP = """
[[servers]]
name = "esrp"
site = "north"
version = "v2"
capacity = 2
count = COUNT
"""

TAIL = """
[[servers]]
name = "web"
version = "v1"
count = 2
"""

RANGED = HEAD + ESRP.replace("COUNT", "{ min = 2, max = 5 }") + TAIL
OPEN = HEAD + ESRP.replace("COUNT", "{ min = 2 }") + TAIL

REST = """
[change]
strategy = "staged"
order = ["web", "esrp", "a"]
batch = [1, 2]

[backup]
name = "bypass"
version = "v1"
trigger = "outage"

[[links]]
between = ["esrp", "a"]

[[links]]
between = ["esrp", "esrp"]

[[claims]]
name = "c"
expect = "holds"
faults = { crashes = 1 }

[risk]
p_crash = 0.001

[risk.p]
"crash:esrp" = 0.01
"site:north" = 0.001
"""


def _error(text: str) -> DesignError:
    with pytest.raises(DesignError) as caught:
        parse_design(text, "bad.toml")
    assert "\n" not in str(caught.value)
    return caught.value


def _last_line(text: str, fragment: str) -> int:
    """The number of the last line that contains `fragment`."""
    return max(number for number, line in enumerate(text.splitlines(), start=1) if fragment in line)


def test_a_ranged_pool_is_kept_whole_where_it_stands() -> None:
    design = parse_design(RANGED)
    assert design.ranged_pools == (RangedPool("esrp", "v2", "north", 2, least=2, most=5, place=1, entry=1),)
    assert [server.name for server in design.servers] == ["a", "web-1", "web-2"], "no member of a ranged pool is listed"


def test_a_ranged_design_is_not_built_into_a_platform_before_its_sizes_are_fixed() -> None:
    """Building it would read only the fixed servers: a silently smaller platform. The library refuses it instead."""
    design = parse_design(RANGED)
    with pytest.raises(ValueError, match="esrp"):
        build_platform(design, Faults())
    assert len(build_platform(design.at_counts({"esrp": 3}), Faults()).servers) == 6


def test_a_ranged_pool_without_max_has_no_upper_bound() -> None:
    (pool,) = parse_design(OPEN).ranged_pools
    assert (pool.least, pool.most, pool.sizes) == (2, None, "from 2 up")
    assert pool.allows(MAX_SERVERS) and not pool.allows(1)


def test_the_default_order_names_the_ranged_pool_where_it_stands() -> None:
    design = parse_design(RANGED + '\n[change]\nstrategy = "staged"\n')
    assert design.change is not None and design.change.order == ("a", "esrp", "web-1", "web-2")


def test_order_links_and_risk_figures_may_name_the_ranged_pool() -> None:
    design = parse_design(RANGED + REST)
    assert design.change is not None and design.change.order == ("web-1", "web-2", "esrp", "a")
    assert [link.between for link in design.links] == [("esrp", "a"), ("esrp", "esrp")]
    assert design.risk is not None and dict(design.risk.p) == {"crash:esrp": Fraction("0.01"), "site:north": Fraction("0.001")}


@pytest.mark.parametrize("size", [2, 3, 5])
def test_at_counts_is_the_file_that_declares_the_count(size: int) -> None:
    ranged = parse_design(RANGED + REST, "d.toml")
    fixed = parse_design(HEAD + ESRP.replace("COUNT", str(size)) + TAIL + REST, "d.toml")
    assert ranged.at_counts({"esrp": size}) == fixed


def test_at_counts_puts_the_members_where_the_entry_stands() -> None:
    design = parse_design(HEAD + ESRP.replace("COUNT", "{ min = 1 }") + TAIL + ESRP.replace("esrp", "last").replace("COUNT", "{ min = 1 }"))
    fixed = design.at_counts({"esrp": 2, "last": 3})
    assert [server.name for server in fixed.servers] == ["a", "esrp-1", "esrp-2", "web-1", "web-2", "last-1", "last-2", "last-3"]
    assert fixed.ranged_pools == () and fixed.pool_members("last") == ("last-1", "last-2", "last-3")


def test_two_ranged_pools_declared_together_keep_their_order() -> None:
    text = HEAD + ESRP.replace("COUNT", "{ min = 1 }") + ESRP.replace("esrp", "next").replace("COUNT", "{ min = 1 }") + TAIL
    design = parse_design(text + '\n[change]\nstrategy = "staged"\n')
    assert [pool.place for pool in design.ranged_pools] == [1, 1]
    fixed = design.at_counts({"esrp": 1, "next": 2})
    assert [server.name for server in fixed.servers] == ["a", "esrp-1", "next-1", "next-2", "web-1", "web-2"]
    assert fixed.change is not None and fixed.change.order == tuple(server.name for server in fixed.servers)


def test_a_ranged_pool_of_one_member_is_still_a_pool() -> None:
    """At size 1 the member is `esrp-1`, as at every size, not a server `esrp` as `count = 1` declares."""
    fixed = parse_design(RANGED.replace("min = 2", "min = 1")).at_counts({"esrp": 1})
    assert fixed.servers[1] == Server("esrp-1", "v2", "north", 2, pool="esrp")
    assert fixed.pool_members("esrp") == ("esrp-1",)


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        ({}, 'ranged pool "esrp" needs a size'),
        ({"esrp": 1}, 'ranged pool "esrp" takes sizes from 2 to 5, not 1'),
        ({"esrp": 6}, 'ranged pool "esrp" takes sizes from 2 to 5, not 6'),
        ({"esrp": True}, 'ranged pool "esrp" takes sizes from 2 to 5, not True'),
        ({"esrp": 3, "web": 3}, '"web" is no ranged pool of this design'),
    ],
)
def test_at_counts_refuses_sizes_that_do_not_fit(counts: dict[str, int], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_design(RANGED).at_counts(counts)


def test_at_counts_refuses_sizes_past_the_limit_on_servers() -> None:
    with pytest.raises(ValueError, match=f"a design has at most {MAX_SERVERS:,}"):
        parse_design(OPEN).at_counts({"esrp": MAX_SERVERS})


@pytest.mark.parametrize(
    ("count", "field", "words"),
    [
        ("{ min = 5, max = 4 }", "max", "must be at least min (5), not 4"),
        ("{ min = 0, max = 4 }", "min", "must be at least 1, not 0"),
        ("{ min = -3 }", "min", "must be at least 1, not -3"),
        ("{ min = 1.5 }", "min", "must be an integer, not a float"),
        ('{ min = "4" }', "min", "must be an integer, not a string"),
        ("{ min = true }", "min", "must be an integer, not a boolean"),
        ("{ min = 4, max = 40.0 }", "max", "must be an integer, not a float"),
        ('{ min = 4, max = "40" }', "max", "must be an integer, not a string"),
        ("{ min = 4, max = false }", "max", "must be an integer, not a boolean"),
        ("{ min = 4, max = 1_000_000_001 }", "max", "must be at most 1,000,000,000"),
        ("{ max = 4 }", "min", "is required"),
        ("{}", "min", "is required"),
        ("{ min = 4, step = 2 }", "step", "unknown field"),
        ("{ min = 4, least = 4 }", "least", "unknown field"),
    ],
)
def test_bad_ranged_counts_are_located_errors(count: str, field: str, words: str) -> None:
    text = HEAD + ESRP.replace("COUNT", count)
    error = _error(text)
    assert (error.field_path, error.line) == (f"servers[1].count.{field}", _last_line(text, "count = "))
    assert words in error.problem


def test_a_ranged_count_written_as_a_table_is_located_at_its_own_lines() -> None:
    text = HEAD + ESRP.replace("count = COUNT\n", "[servers.count]\nmin = 4\nmax = 3\n")
    error = _error(text)
    assert (error.field_path, error.line, error.problem) == ("servers[1].count.max", _last_line(text, "max = 3"), "must be at least min (4), not 3")


# (description, text, the line's fragment, field path, problem)
MEMBERS_NAMED = [
    (
        "order names a member",
        RANGED + '\n[change]\nstrategy = "staged"\norder = ["a", "esrp-2", "web"]\n',
        "order = ",
        "change.order",
        '"esrp-2" is a member of ranged pool "esrp": name the pool, which stands for all its members',
    ),
    (
        "a link names a member",
        RANGED + '\n[[links]]\nbetween = ["a", "esrp-5"]\n',
        "between = ",
        "links[0].between",
        '"esrp-5" is a member of ranged pool "esrp": name the pool, which stands for all its members',
    ),
    (
        "a link names a member of an unbounded pool",
        OPEN + '\n[[links]]\nbetween = ["esrp-1000", "a"]\n',
        "between = ",
        "links[0].between",
        '"esrp-1000" is a member of ranged pool "esrp": name the pool, which stands for all its members',
    ),
    (
        "a risk figure names a member",
        RANGED + '\n[risk]\n[risk.p]\n"restart:esrp-1" = 0.1\n',
        "restart:esrp-1",
        'risk.p."restart:esrp-1"',
        '"restart:esrp-1" is a member of ranged pool "esrp", whose members are interchangeable: set "restart:esrp"',
    ),
    (
        "a number past the top is no member",
        RANGED + '\n[[links]]\nbetween = ["a", "esrp-6"]\n',
        "between = ",
        "links[0].between",
        'unknown server or pool "esrp-6"',
    ),
    (
        "order leaves the ranged pool out",
        RANGED + '\n[change]\nstrategy = "staged"\norder = ["a", "web"]\n',
        "order = ",
        "change.order",
        'must name every server once; ranged pool "esrp" is missing',
    ),
    (
        "order names the ranged pool twice",
        RANGED + '\n[change]\nstrategy = "staged"\norder = ["esrp", "a", "web", "esrp"]\n',
        "order = ",
        "change.order",
        'names ranged pool "esrp" more than once',
    ),
]


@pytest.mark.parametrize(
    ("text", "fragment", "field_path", "problem"), [case[1:] for case in MEMBERS_NAMED], ids=[case[0] for case in MEMBERS_NAMED]
)
def test_names_that_point_into_a_ranged_pool_are_located_errors(text: str, fragment: str, field_path: str, problem: str) -> None:
    error = _error(text)
    assert (error.field_path, error.line, error.problem) == (field_path, _last_line(text, fragment), problem)


def _server(name: str, count: str = "") -> str:
    return f'\n[[servers]]\nname = "{name}"\nversion = "v1"\n' + (f"count = {count}\n" if count else "")


# (description, entries appended to HEAD, the later entry's name line, field path, problem)
CLASHES = [
    (
        "a server named like a member, after the ranged pool",
        _server("esrp", "{ min = 2, max = 5 }") + _server("esrp-5"),
        'name = "esrp-5"',
        "servers[2].name",
        'server "esrp-5" clashes with member "esrp-5" of ranged pool "esrp" (servers[1])',
    ),
    (
        "a ranged pool whose member is named like an earlier server",
        _server("esrp-3") + _server("esrp", "{ min = 4 }"),
        'name = "esrp"',
        "servers[2].name",
        'member "esrp-3" of ranged pool "esrp" clashes with server "esrp-3" (servers[1])',
    ),
    (
        "the earliest numbered server is the one named",
        _server("esrp-30") + _server("esrp-4") + _server("esrp-12") + _server("esrp", "{ min = 8, max = 40 }"),
        'name = "esrp"',
        "servers[4].name",
        'member "esrp-4" of ranged pool "esrp" clashes with server "esrp-4" (servers[2])',
    ),
    (
        "a ranged pool named like a member of a fixed pool",
        _server("web", "3") + _server("web-2", "{ min = 1 }"),
        'name = "web-2"',
        "servers[2].name",
        'ranged pool "web-2" clashes with member "web-2" of pool "web" (servers[1])',
    ),
    (
        "a ranged pool named like a member of a ranged pool",
        _server("web", "{ min = 1 }") + _server("web-2", "{ min = 1 }"),
        'name = "web-2"',
        "servers[2].name",
        'ranged pool "web-2" clashes with member "web-2" of ranged pool "web" (servers[1])',
    ),
    (
        "two ranged pools of one name",
        _server("esrp", "{ min = 1 }") + _server("esrp", "{ min = 3, max = 4 }"),
        'name = "esrp"',
        "servers[2].name",
        'duplicate ranged pool "esrp" (servers[1])',
    ),
    (
        "a fixed pool named like a ranged pool",
        _server("esrp", "{ min = 1 }") + _server("esrp", "2"),
        'name = "esrp"',
        "servers[2].name",
        'pool "esrp" clashes with ranged pool "esrp" (servers[1])',
    ),
    (
        "the backup named like a member",
        _server("esrp", "{ min = 1 }") + '\n[backup]\nname = "esrp-7"\nversion = "v2"\ntrigger = "outage"\n',
        'name = "esrp-7"',
        "backup.name",
        '"esrp-7" is already the name of a server, a member of ranged pool "esrp" (servers[1])',
    ),
]


@pytest.mark.parametrize(
    ("entries", "name_line", "field_path", "problem"), [case[1:] for case in CLASHES], ids=[case[0] for case in CLASHES]
)
def test_a_clash_with_a_ranged_pool_s_members_is_located_at_the_later_entry(
    entries: str, name_line: str, field_path: str, problem: str
) -> None:
    text = HEAD + entries
    error = _error(text)
    assert (error.field_path, error.problem) == (field_path, problem)
    assert error.line == _last_line(text, name_line)


@pytest.mark.parametrize(
    "name",
    ["esrp-6", "esrp-0", "esrp-03", "esrp-", "esrp-x", "esrp-1-1", "esrp-" + "9" * 5000, "esrp-\u0663"],
    ids=["past the top", "zero", "leading zero", "no number", "not a number", "a deeper number", "5000 digits", "an Arabic-Indic digit"],
)
def test_names_no_size_of_the_pool_gives_its_members_are_free(name: str) -> None:
    design = parse_design(RANGED + _server(name))
    assert design.servers[-1].name == name


@given(st.integers(1, 30), st.integers(0, 30), st.integers(1, 60))
def test_a_numbered_server_clashes_exactly_when_some_size_names_a_member_so(least: int, extra: int, number: int) -> None:
    """Whichever entry comes first: a member at the top size clashes, a number past it does not."""
    most = least + extra
    server, pool = _server(f"esrp-{number}"), _server("esrp", f"{{ min = {least}, max = {most} }}")
    for text in (HEAD + server + pool, HEAD + pool + server):
        try:
            parse_design(text)
        except DesignError as error:
            assert number <= most and "clashes with" in error.problem
        else:
            assert number > most


def test_a_design_without_ranged_pools_is_its_own_fixed_design() -> None:
    design = parse_design(HEAD + TAIL)
    assert design.at_counts({}) is design
