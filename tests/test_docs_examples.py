"""Every fenced block of the README and of docs/ is checked: command outputs re-run, design files read.

Sybil reads the Markdown pages into blocks (with their line numbers, inside
lists and quotes too); each block is a test item named after its page and
line. A block is one of:

- **a terminal session**: no language, first line `$ COMMAND`. Each
  command runs in a fresh folder holding copies of `models/` and
  `catalogues/` (and the page's own files, below), and must print what the
  lines after it show, up to the next `$`. A `callspec` command runs in
  this process (`spec.cli.main`, this checkout's code); any other (`sed`
  to make a broken copy, `python3 -m pytest` for the plugin) runs in `sh`.
- **`toml`**: valid TOML. A whole design or catalogue is validated.
  ```` ```toml PATH ```` with PATH a file of the repository: the block
  quotes it, every key and value it shows is PATH's. With any other name:
  the block is that whole file, a design the page's sessions can use.
- **any other language** (`sh`, `yaml`, `text` for synopses, `json` for
  the contract's shapes): scripts and schemas, not run.

An untagged block that is not a session fails: an output pasted without
the command that prints it cannot be checked.

Outputs are compared line by line with trailing spaces cut, and `...`
stands for any text, as with doctest's ELLIPSIS: on a line of its own, one
line or more; within a line, what changes from run to run (the seconds a
claim took).
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sybil import Document, Example, Region
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

from spec.cli import main
from spec.design import DesignError, parse_design
from spec.synthesis.catalogue import parse_catalogue

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
CONTRACT = ROOT / "docs" / "design-format.md"
"""The contract is kept as it was written: its untagged synopsis is not a session, its designs are sketches."""
INPUTS = ("models", "catalogues", "examples")
"""The folders a session finds copied into its own."""
FENCED = RawFencedCodeBlockLexer(info_pattern=re.compile(r"(?P<info>[^\n]*)\n"))
NOT_RUN = {"sh", "yaml", "text", "json"}
SHELL_OPERATORS = {"|", "||", "&", "&&", ";", ">", ">>", "<"}
CHECKER = doctest.OutputChecker()


@dataclass(frozen=True)
class Session:
    """Commands, each with the output the page shows for it (trailing spaces cut), and the page's files."""

    commands: tuple[tuple[str, str], ...]
    files: dict[str, str]


def _blocks(document: Document) -> Iterator[Region]:
    """Every fenced block of the page as a Sybil region, with what checks it; blocks of another language are left."""
    regions = list(FENCED(document))
    files = {
        name: region.lexemes["source"]
        for region in regions
        for language, _, name in [region.lexemes["info"].strip().partition(" ")]
        if language == "toml" and name and not (ROOT / name).is_file()
    }
    contract = Path(document.path) == CONTRACT
    for region in regions:
        language, _, name = region.lexemes["info"].strip().partition(" ")
        source = region.lexemes["source"]
        if language == "toml":
            region.parsed, region.evaluator = (name, source), _schematic_toml if contract else _toml
        elif language in NOT_RUN:
            continue
        elif language:
            region.parsed, region.evaluator = language, _unknown_language
        elif source.startswith("$ "):
            region.parsed, region.evaluator = _session(source, files), _run_session
        elif contract:
            continue
        else:
            region.parsed, region.evaluator = source, _output_without_command
        yield region


def _session(source: str, files: dict[str, str]) -> Session:
    """A block of `$ COMMAND` lines, each followed by what it prints."""
    commands: list[tuple[str, list[str]]] = []
    for line in source.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            commands[-1][1].append(line)
    return Session(tuple((command, _trimmed("\n".join(shown))) for command, shown in commands), files)


def _run_session(example: Example) -> str | None:
    """Each command of the session run in a fresh folder, in turn; the first whose output differs fails the block."""
    session: Session = example.parsed
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for inputs in INPUTS:
            shutil.copytree(ROOT / inputs, folder / inputs)
        for file, text in session.files.items():
            (folder / file).write_text(text, encoding="utf-8")
        for command, shown in session.commands:
            printed = _trimmed(_run(command, folder))
            if not CHECKER.check_output(shown, printed, doctest.ELLIPSIS):
                difference = CHECKER.output_difference(
                    doctest.Example(command, shown), printed, doctest.ELLIPSIS | doctest.REPORT_UDIFF
                )
                return f"$ {command}\n{difference}"
    return None


def _trimmed(text: str) -> str:
    """`text` with every line's trailing spaces cut, each line ended."""
    return "".join(f"{line.rstrip()}\n" for line in text.splitlines())


def _run(command: str, folder: Path) -> str:
    """What `command` prints, standard output and error as a terminal shows them, run in `folder`."""
    words = shlex.split(command)
    if words[0] != "callspec":
        return _in_shell(command, folder)
    if SHELL_OPERATORS.intersection(words):
        raise ValueError(f"a callspec command runs in this process, without a shell: {command}")
    printed = io.StringIO()
    before = Path.cwd()
    os.chdir(folder)
    try:
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
            main(words[1:])
    finally:
        os.chdir(before)
    return printed.getvalue()


def _in_shell(command: str, folder: Path) -> str:
    """`command` run by `sh` with this checkout's `spec` importable, on an 80-column terminal, outside pytest."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")}
    environment.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}",
        PYTHONPATH=str(ROOT),
        COLUMNS="80",
    )
    run = subprocess.run(
        ["sh", "-c", command], cwd=folder, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600
    )
    return run.stdout


def _toml(example: Example) -> str | None:
    """A TOML block: valid; a whole design or catalogue validated; a quote of a repository file true to it."""
    name, source = example.parsed
    try:
        table = tomllib.loads(source)
        if name and (ROOT / name).is_file():
            quoted = tomllib.loads((ROOT / name).read_text(encoding="utf-8"))
            return None if _within(table, quoted) else f"the block is not what {name} says: {_outside(table, quoted)}"
        if "choices" in table:
            parse_catalogue(source, name or "<block>")
        elif name or {"name", "servers"} <= table.keys():
            parse_design(source, name or "<block>")
    except (tomllib.TOMLDecodeError, DesignError) as error:
        return str(error)
    return None


def _schematic_toml(example: Example) -> str | None:
    """A TOML block of the contract: valid TOML (its designs leave servers out, with a comment saying so)."""
    try:
        tomllib.loads(example.parsed[1])
    except tomllib.TOMLDecodeError as error:
        return str(error)
    return None


def _within(part: Any, whole: Any) -> bool:
    """Whether every key and value of `part` is in `whole`; each table of an array of tables in some table of it."""
    if isinstance(part, dict):
        return isinstance(whole, dict) and all(key in whole and _within(value, whole[key]) for key, value in part.items())
    if isinstance(part, list) and part and all(isinstance(item, dict) for item in part):
        return isinstance(whole, list) and all(any(_within(item, other) for other in whole) for item in part)
    return part == whole


def _outside(part: dict[str, Any], whole: dict[str, Any]) -> str:
    """The first key of `part` whose value is not in `whole`, for the failure message."""
    return next(f"{key} = {value!r}" for key, value in part.items() if not _within({key: value}, whole))


def _unknown_language(example: Example) -> str:
    return f"a block of {example.parsed!r}: write a session, toml, or one of {sorted(NOT_RUN)}"


def _output_without_command(example: Example) -> str:
    return "an untagged block is a terminal session: start it with `$ COMMAND`, or name its language"


EXAMPLES = [example for page in PAGES for example in Document.parse(str(page), _blocks).examples()]


@pytest.mark.parametrize(
    "example", EXAMPLES, ids=[f"{Path(example.path).relative_to(ROOT).as_posix()}:{example.line}" for example in EXAMPLES]
)
def test_fenced_block(example: Example) -> None:
    example.evaluate()


GUIDE = ROOT / "docs" / "design-guide.md"
CS1, CS2 = 'name = "cs1"\nsite = "lille"\nversion = "cs-2021"\n', 'name = "cs2"\nsite = "lyon"\nversion = "cs-2021"\n'
BROKEN_COPIES = {
    "misspelled fault key (`crash` for `crashes`)": ("faults = { crashes = 3 }", "faults = { crash = 3 }"),
    "value outside its set": ('health_check = "liveness"', 'health_check = "ping"'),
    "number written as a string": ("\ndemand = 3\n", '\ndemand = "3"\n'),
    "missing required field (reported at the table's header)": (CS2, 'name = "cs2"\nsite = "lyon"\n'),
    "version that is not declared": (CS1, CS1.replace("cs-2021", "cs-2020")),
    "number past callspec's limits": (CS1, f"{CS1}capacity = 2147483648\n"),
    "`order` that leaves out a server": ('strategy = "all_at_once"', 'strategy = "staged"\norder = ["cs1", "cs2", "cs4", "cs5", "cs6"]'),
    "TOML syntax error (an unterminated string)": ('strategy = "all_at_once"', 'strategy = "all_at_once'),
}
"""How each row of the design guide's table of error messages breaks `models/orange_2021.toml`: one text replaced."""


def _error_table() -> dict[str, str]:
    """The design guide's table of mistakes and the messages they get."""
    text = GUIDE.read_text(encoding="utf-8")
    table = text[text.index("| mistake | message |") :].split("\n\n")[0]
    cells = [row.strip("|").split(" | ") for row in table.splitlines()[2:]]
    return {mistake.strip(): message.strip().strip("`") for mistake, message in cells}


def test_the_design_guide_error_messages_are_what_broken_copies_get(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    table = _error_table()
    assert sorted(table) == sorted(BROKEN_COPIES), "each row of the table has its broken copy here"
    original = (ROOT / "models" / "orange_2021.toml").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for mistake, (old, new) in BROKEN_COPIES.items():
        assert original.count(old) == 1, f"{mistake}: the text to break is no longer in models/orange_2021.toml once"
        Path("design.toml").write_text(original.replace(old, new), encoding="utf-8")
        assert main(["check", "design.toml"]) == 2
        assert capsys.readouterr().err.strip() == table[mistake], mistake


CHECKED_PAGE = """\
```
$ callspec check missing.toml
callspec: error: missing.toml: no such file or folder
$ grep -A1 '^name = "orange' models/orange_2021.toml
name = "orange-2021"
...
```

```
$ callspec check missing.toml
callspec: error: missing.toml: not found
```

```toml models/orange_2021.toml
[service]
demand = 3
```

```toml models/orange_2021.toml
[service]
demand = 4
```

```
name = "orange-2021"
```
"""
"""A page whose blocks are right, wrong, right, wrong and unchecked, in this order."""


def test_blocks_that_say_what_callspec_and_the_models_say_pass_and_others_fail(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(CHECKED_PAGE, encoding="utf-8")
    passed = []
    for example in Document.parse(str(page), _blocks).examples():
        try:
            example.evaluate()
        except AssertionError:
            passed.append(False)
        else:
            passed.append(True)
    assert passed == [True, False, True, False, False]
