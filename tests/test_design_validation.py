"""Loading and validating design files: every error names file, field and line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from spec.design import DesignError, Faults, faults_from_dict, load_design, parse_design

VALID = """\
name = "small"
title = "two servers"

[service]
demand = 1

[routing]
health_check = "end_to_end"
detect = 1

[[versions]]
name = "v1"

[[versions]]
name = "v2"
codebase = "other"

[[servers]]
name = "a"
site = "north"
version = "v1"

[[servers]]
name = "b"
version = "v2"
capacity = 2

[change]
strategy = "staged"
batch = 1
bake = 2
order = ["b", "a"]

[backup]
name = "bypass"
version = "v2"
trigger = "outage"
delay = 1

[[claims]]
name = "one bug"
expect = "holds"
[claims.faults]
bugs = 1
latency = 2

[[claims]]
name = "two crashes"
expect = "violated"
faults = { crashes = 2, trigger = "input" }
"""


def test_a_valid_design_loads_with_its_defaults() -> None:
    design = parse_design(VALID, "small.toml")
    assert design.name == "small"
    assert design.service.max_outage == 0
    assert design.version("v1").codebase == "v1"
    assert design.version("v2").codebase == "other"
    assert design.servers[0].capacity == 1 and design.servers[1].site is None
    assert design.change.order == ("b", "a")
    assert design.backup.capacity == 1 and design.backup.site is None
    assert design.claims[0].faults == Faults(bugs=1, max_latency=2)
    assert design.claims[1].faults == Faults(crashes=2, trigger="input")


def test_a_faults_table_built_in_code_is_read_by_the_file_reader() -> None:
    assert faults_from_dict({"bugs": 1, "latency": 2}) == Faults(bugs=1, max_latency=2)
    with pytest.raises(DesignError, match=r"faults\.latency: .*at least 0"):
        faults_from_dict({"latency": -1})
    with pytest.raises(DesignError, match=r"faults\.max_latency: unknown field"):
        faults_from_dict({"max_latency": 1})


def test_a_latency_range_is_read_and_checked_in_code_too() -> None:
    """`min_latency` (default 0) is `Faults.min_latency`; built in code, a range it cannot be is refused as read from a file."""
    assert faults_from_dict({"bugs": 1, "min_latency": 3, "latency": 12}) == Faults(bugs=1, min_latency=3, max_latency=12)
    assert faults_from_dict({"bugs": 1, "latency": 12}).min_latency == 0
    with pytest.raises(DesignError, match=r"faults\.min_latency: must be at most latency \(2\), not 3"):
        faults_from_dict({"min_latency": 3, "latency": 2})
    for least, most in ((3, 2), (-1, 2), (1, 0)):
        with pytest.raises(ValueError, match=r"Faults\.min_latency must be from 0 to max_latency"):
            Faults(min_latency=least, max_latency=most)


def test_defaults_of_optional_tables() -> None:
    design = parse_design('name = "x"\n[service]\ndemand = 2\n[[versions]]\nname = "v"\n[[servers]]\nname = "s"\nversion = "v"\n')
    assert design.routing.health_check == "liveness" and design.routing.detect == 0
    assert design.change is None and design.backup is None and design.claims == ()


def _error(text: str) -> DesignError:
    with pytest.raises(DesignError) as caught:
        parse_design(text, "bad.toml")
    return caught.value


def _line_of(text: str, fragment: str, near: int = 0, before: bool = False) -> int:
    """The line of `fragment`: the first at or after offset `near`, or with `before` the last before it."""
    position = text.rfind(fragment, 0, near) if before else text.find(fragment, text.rfind("\n", 0, near) + 1)
    return text.count("\n", 0, position) + 1


# (description, old text, new text, expected field path, line fragment, words in the message)
MUTATIONS = [
    ("unknown top-level field", 'title = "two servers"', 'title = "two servers"\ncolour = "red"', "colour", "colour", "unknown field"),
    ("unknown field in a server", 'capacity = 2', 'capacity = 2\nram = 4', "servers[1].ram", "ram = 4", "unknown field"),
    ("unknown fault field", "latency = 2", "latency = 2\nbugz = 1", "claims[0].faults.bugz", "bugz", "unknown field"),
    ("unknown field in an inline table", "crashes = 2, trigger", "crashes = 2, crashs = 1, trigger", "claims[1].faults.crashs", "crashs", "unknown field"),
    ("bad name", 'name = "small"', 'name = "Small Design"', "name", 'name = "Small Design"', "[a-z0-9_-]+"),
    ("wrong type", "demand = 1", 'demand = "one"', "service.demand", "demand", "must be an integer"),
    ("boolean is not an integer", "detect = 1", "detect = true", "routing.detect", "detect", "must be an integer"),
    ("float is not an integer", "capacity = 2", "capacity = 2.5", "servers[1].capacity", "capacity = 2.5", "must be an integer"),
    ("zero demand", "demand = 1", "demand = 0", "service.demand", "demand", "at least 1"),
    ("negative count", "detect = 1", "detect = -1", "routing.detect", "detect", "at least 0"),
    ("negative capacity", "capacity = 2", "capacity = -2", "servers[1].capacity", "capacity = -2", "at least 0"),
    ("zero batch", "batch = 1", "batch = 0", "change.batch", "batch", "at least 1"),
    ("negative fault budget", "bugs = 1", "bugs = -1", "claims[0].faults.bugs", "bugs = -1", "at least 0"),
    ("negative latency", "latency = 2", "latency = -2", "claims[0].faults.latency", "latency = -2", "at least 0"),
    ("unknown version of a server", 'version = "v1"', 'version = "v9"', "servers[0].version", 'version = "v9"', 'unknown version "v9"'),
    ("unknown version of the backup", 'version = "v2"\ntrigger', 'version = "v7"\ntrigger', "backup.version", 'version = "v7"', "unknown version"),
    ("duplicate server", 'name = "b"', 'name = "a"', "servers[1].name", 'name = "a"', "duplicate server"),
    ("duplicate version", 'name = "v2"', 'name = "v1"', "versions[1].name", 'name = "v1"', "duplicate version"),
    ("duplicate claim", 'name = "two crashes"', 'name = "one bug"', "claims[1].name", 'name = "one bug"', "duplicate claim"),
    ("backup named like a server", 'name = "bypass"', 'name = "a"', "backup.name", 'name = "a"', "already the name of a server"),
    ("order names an unknown server", 'order = ["b", "a"]', 'order = ["b", "z"]', "change.order", "order", 'unknown server "z"'),
    ("order repeats a server", 'order = ["b", "a"]', 'order = ["b", "b"]', "change.order", "order", "more than once"),
    ("order misses a server", 'order = ["b", "a"]', 'order = ["b"]', "change.order", "order", '"a" is missing'),
    ("unknown health check", 'health_check = "end_to_end"', 'health_check = "ping"', "routing.health_check", "health_check", '"ping" is not one of'),
    ("unknown strategy", 'strategy = "staged"', 'strategy = "canary"', "change.strategy", "strategy", "is not one of"),
    ("unknown backup trigger", 'trigger = "outage"', 'trigger = "manual"', "backup.trigger", 'trigger = "manual"', "is not one of"),
    ("unknown expect", 'expect = "holds"', 'expect = "maybe"', "claims[0].expect", 'expect = "maybe"', "is not one of"),
    ("unknown bug scope", "latency = 2", 'latency = 2\nbug_scope = "vendor"', "claims[0].faults.bug_scope", "bug_scope", "is not one of"),
    ("unknown bug trigger", 'trigger = "input"', 'trigger = "cosmic"', "claims[1].faults.trigger", "cosmic", "is not one of"),
    ("missing server version", 'site = "north"\nversion = "v1"', 'site = "north"', "servers[0].version", "[[servers]]", "is required"),
    ("missing expect", 'expect = "holds"', "", "claims[0].expect", "[[claims]]", "is required"),
    ("missing strategy", 'strategy = "staged"', "", "change.strategy", "[change]", "is required"),
    ("table where a value is expected", "[routing]", "[routing.extra]\n[routing]", "routing.extra", "routing.extra", "unknown field"),
    ("empty string", 'site = "north"', 'site = ""', "servers[0].site", 'site = ""', "must not be empty"),
]


@pytest.mark.parametrize(
    ("old", "new", "field_path", "line_fragment", "words"),
    [case[1:] for case in MUTATIONS],
    ids=[case[0] for case in MUTATIONS],
)
def test_each_error_names_file_field_and_line(old: str, new: str, field_path: str, line_fragment: str, words: str) -> None:
    assert old in VALID
    text = VALID.replace(old, new, 1)
    error = _error(text)
    assert error.file == "bad.toml"
    assert error.field_path == field_path
    assert words in error.problem
    missing = words == "is required"  # a missing field is reported at its table's header
    assert error.line == _line_of(text, line_fragment, near=VALID.index(old), before=missing), str(error)
    assert "\n" not in str(error)
    assert str(error).startswith(f"bad.toml:{error.line}: {field_path}: ")


def test_required_tables() -> None:
    assert _error('name = "x"\n[[versions]]\nname = "v"\n[[servers]]\nname = "s"\nversion = "v"\n').field_path == "service"
    assert _error('name = "x"\n[service]\ndemand = 1\n[[versions]]\nname = "v"\n').field_path == "servers"
    assert _error('[service]\ndemand = 1\n').field_path == "name"


def test_a_table_where_an_array_of_tables_belongs() -> None:
    error = _error('name = "x"\n[service]\ndemand = 1\n[[versions]]\nname = "v"\n[servers]\nname = "s"\n')
    assert error.field_path == "servers" and "array of tables" in error.problem and error.line == 6


def test_a_toml_syntax_error_gives_its_line() -> None:
    error = _error('name = "x"\n[service]\ndemand = = 1\n')
    assert error.line == 3 and "not valid TOML" in error.problem


def test_an_unreadable_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DesignError, match="cannot read"):
        load_design(tmp_path / "missing.toml")


def test_the_cli_rejects_a_bad_file_with_status_2_and_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(VALID.replace('version = "v1"', 'version = "v9"', 1))
    good = tmp_path / "good.toml"
    good.write_text(VALID)
    run = subprocess.run(
        [sys.executable, "-m", "spec", "check", str(good), str(bad)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 2
    assert run.stdout == "", "nothing may be checked when one input is invalid"
    assert "Traceback" not in run.stderr
    message = run.stderr.strip()
    assert len(message.splitlines()) == 1
    line = _line_of(bad.read_text(), 'version = "v9"')
    assert f"{bad}:{line}: servers[0].version: unknown version" in message
