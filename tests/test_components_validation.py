"""Components and `[[changes]]` (contract v3): what a design means, and every error naming file, field and line."""

from __future__ import annotations

import pytest

from spec.design import DesignError, parse_design

VALID = """\
name = "agents"

[service]
demand = 2

[[versions]]
name = "cad-a"

[[versions]]
name = "cad-b"

[[versions]]
name = "falcon"

[[servers]]
name = "a"
version = "cad-a"
components = ["falcon"]
count = 2

[[servers]]
name = "b"
version = "cad-b"
components = ["falcon"]

[backup]
name = "bypass"
version = "cad-b"
trigger = "outage"

[[changes]]
name = "content"
reaches = ["falcon"]
strategy = "all_at_once"

[[changes]]
name = "release"
reaches = ["a", "bypass"]
strategy = "staged"
batch = [1, 2]
start = 3
order = ["a-2", "a-1", "bypass"]

[[claims]]
name = "one application bug"
expect = "holds"
faults = { bugs = 1, bug_units = ["cad-a", "cad-b"] }
"""


def test_a_change_reaches_what_it_names_and_touches_those_versions_there() -> None:
    design = parse_design(VALID, "ok.toml")
    content, release = design.changes
    assert design.reach(content) == {"a-1": ("falcon",), "a-2": ("falcon",), "b": ("falcon",)}
    assert design.reach(release) == {"a-1": ("cad-a",), "a-2": ("cad-a",), "bypass": ("cad-b",)}
    assert release.order == ("a-2", "a-1", "bypass") and release.start == 3 and release.batch == (1, 2)
    assert design.servers[0].software == ("cad-a", "falcon") and design.backup is not None and design.backup.components == ()
    assert design.claims[0].faults.bug_units == ("cad-a", "cad-b")


def test_a_server_reached_twice_by_one_change_applies_it_once_touching_both() -> None:
    design = parse_design(VALID.replace('reaches = ["falcon"]', 'reaches = ["b", "falcon"]'), "ok.toml")
    assert design.reach(design.changes[0]) == {"a-1": ("falcon",), "a-2": ("falcon",), "b": ("cad-b", "falcon")}


def test_without_reaches_a_change_reaches_every_server_never_the_backup() -> None:
    design = parse_design(VALID.replace('reaches = ["falcon"]\n', ""), "ok.toml")
    assert design.reach(design.changes[0]) == {"a-1": ("cad-a",), "a-2": ("cad-a",), "b": ("cad-b",)}


# (description, old text, new text, expected field path, line fragment, words in the message)
MUTATIONS = [
    ("a component naming no version", 'components = ["falcon"]\ncount', 'components = ["crowd"]\ncount', "servers[0].components[0]", "components", 'unknown version "crowd"'),
    ("the server's own version as a component", 'components = ["falcon"]\ncount', 'components = ["cad-a"]\ncount', "servers[0].components[0]", "components", "own version"),
    ("the same component twice", 'components = ["falcon"]\n\n[backup]', 'components = ["falcon", "falcon"]\n\n[backup]', "servers[1].components[1]", 'components = ["falcon", "falcon"]', "twice"),
    ("a backup component naming no version", 'trigger = "outage"', 'trigger = "outage"\ncomponents = ["x"]', "backup.components[0]", 'components = ["x"]', "unknown version"),
    ("both [change] and [[changes]]", '[[changes]]\nname = "content"', '[change]\nstrategy = "all_at_once"\n\n[[changes]]\nname = "content"', "changes", "[[changes]]", "never both"),
    ("a change name used twice", 'name = "release"', 'name = "content"', "changes[1].name", 'name = "content"\nreaches = ["a"', "duplicate change"),
    ("reaches naming nothing known", 'reaches = ["falcon"]', 'reaches = ["falcom"]', "changes[0].reaches[0]", 'reaches = ["falcom"]', 'names no version, pool, server or backup: "falcom"'),
    ("reaches empty", 'reaches = ["falcon"]', "reaches = []", "changes[0].reaches", "reaches = []", "at least one"),
    ("start below 1", "start = 3", "start = 0", "changes[1].start", "start = 0", "at least 1"),
    ("an empty batch list", "batch = [1, 2]", "batch = []", "changes[1].batch", "batch = []", "empty array"),
    ("a batch size below 1", "batch = [1, 2]", "batch = [1, 0]", "changes[1].batch[1]", "batch = [1, 0]", "at least 1"),
    ("an order that misses a server reached", 'order = ["a-2", "a-1", "bypass"]', 'order = ["a-2", "bypass"]', "changes[1].order", "order", '"a-1" is missing'),
    ("an order that repeats a server", 'order = ["a-2", "a-1", "bypass"]', 'order = ["a-2", "a-1", "a-2", "bypass"]', "changes[1].order", "order", "more than once"),
    ("an order naming a server not reached", 'order = ["a-2", "a-1", "bypass"]', 'order = ["a-2", "a-1", "b", "bypass"]', "changes[1].order", "order", "does not reach"),
    ("bug_units naming no unit", 'bug_units = ["cad-a", "cad-b"]', 'bug_units = ["cad-a", "cad-c"]', "claims[0].faults.bug_units[1]", "bug_units", '"cad-c" is no version'),
    ("bug_units naming a version under codebase scope", 'bug_units = ["cad-a", "cad-b"]', 'bug_scope = "codebase", bug_units = ["vendor-a"]', "claims[0].faults.bug_units[0]", "bug_units", '"vendor-a" is no codebase'),
    ("bug_units empty", 'bug_units = ["cad-a", "cad-b"]', "bug_units = []", "claims[0].faults.bug_units", "bug_units", "at least one"),
    ("a name that is both a version and a server", 'name = "b"\nversion = "cad-b"', 'name = "falcon"\nversion = "cad-b"', "changes[0].reaches[0]", 'reaches = ["falcon"]', "both a version and a server"),
]


@pytest.mark.parametrize(("old", "new", "field_path", "line_fragment", "words"), [case[1:] for case in MUTATIONS], ids=[case[0] for case in MUTATIONS])
def test_each_error_names_file_field_and_line(old: str, new: str, field_path: str, line_fragment: str, words: str) -> None:
    assert old in VALID
    text = VALID.replace(old, new, 1)
    with pytest.raises(DesignError) as caught:
        parse_design(text, "bad.toml")
    error = caught.value
    assert (error.file, error.field_path) == ("bad.toml", field_path), str(error)
    assert words in error.problem, str(error)
    assert error.line == text.count("\n", 0, text.index(line_fragment, text.index(new) if new else 0)) + 1, str(error)
    assert str(error).startswith(f"bad.toml:{error.line}: {field_path}: ")


def test_a_claim_whose_units_no_change_touches_is_warned_of(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Under trigger "change", a component no change reaches never goes off: the claim holds for want of a trigger, and
    `check` says so."""
    from spec.cli import main

    text = VALID.replace('reaches = ["falcon"]', 'reaches = ["cad-a"]').replace('bug_units = ["cad-a", "cad-b"]', 'bug_units = ["falcon"]')
    design = tmp_path / "agents.toml"
    design.write_text(text)
    assert main(["check", str(design)]) == 0
    assert 'no change touches falcon, so its bug never goes off (a bug set off by a bad input is trigger = "input")' in capsys.readouterr().err
