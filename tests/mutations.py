"""Malformed and adversarial design files derived from the shipped ones, and what the command line must do with them.

A *mutant* is a shipped design (`models/*.toml`) with one change: a field
deleted or an entry duplicated, a value of the wrong type, out of range or
huge, an unknown name, odd text (control characters, line separators,
100,000 characters), an enormous pool, a pool whose size is a range (well
or badly written); or the file itself broken (TOML
syntax, truncation, binary bytes, bare carriage returns). Each mutant
says whether the contract rejects it for sure (`must_reject`) and, when
the change is to one field, which field path the error must name.

`outcome` runs `callspec check FILE --claim <no such claim>` in this
process: the design is read and validated exactly as for a real check, and
then, if valid, refused for the missing claim, so no solver runs.
`problems` lists what is wrong with an outcome: a traceback, an exit
status other than 2, a message of more than one line or not naming the
file (and the field), or an invalid design accepted.

Catalogues (`catalogues/*.toml`, read by `callspec synthesize`) are
mutated the same way (`catalogue_mutants`); `catalogue_outcome` runs
`callspec synthesize FILE --out <a folder that does not exist>`, which reads
and validates the catalogue and then refuses the output place, so no
search runs.

Used by tests/test_fuzz_designs.py (a few hundred mutants) and
benchmarks/mutants.py (thousands). Requires the `test` extra (hypothesis).
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import re
import tomllib
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from hypothesis import strategies as st

from spec.cli import main
from spec.design import (
    BACKUP_TRIGGERS,
    BUG_SCOPES,
    BUG_TRIGGERS,
    EXPECTATIONS,
    HEALTH_CHECKS,
    MAX_NUMBER,
    MAX_SERVERS,
    MAX_STEPS,
    NAME_PATTERN,
    STRATEGIES,
)

MODELS = Path(__file__).resolve().parent.parent / "models"
CATALOGUES = Path(__file__).resolve().parent.parent / "catalogues"
NO_SUCH_CLAIM = "no claim has this name"
NO_SUCH_FOLDER = "/no/such/folder/for/callspec"
ACCEPTED = ("no design has a claim named", f"no such folder {NO_SUCH_FOLDER}")
"""What the command line says when it refuses a valid design or catalogue for the missing claim or folder."""
_COSTS = ("server_cost", "fixed_cost", "end_to_end_cost", "no_agent_cost")
_CATALOGUE_REQUIRED = frozenset(
    ["name", "service", "service.demand", "choices", "claims", "claims.name", "claims.expect"]
    + [f"choices.{key}" for key in ("sites", "max_servers", "strategy", "codebases", "codebases.name", "codebases.server_cost")]
)
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_CHOICE_FIELDS = ("health_check", "strategy", "trigger", "expect", "bug_scope")
_CHOICES = frozenset(HEALTH_CHECKS + STRATEGIES + BACKUP_TRIGGERS + EXPECTATIONS + BUG_SCOPES + BUG_TRIGGERS)
_DURATIONS = ("max_outage", "detect", "bake", "delay", "latency", "min_latency")


MINIMAL_DESIGN = """\
name = "m"
[service]
demand = 1
[[versions]]
name = "v"
[[servers]]
name = "s"
version = "v"
[[claims]]
name = "c"
expect = "violated"
faults = { crashes = 1 }
"""
"""The smallest valid design, one server and one claim: the base on which each input defect is shown alone."""


@dataclass(frozen=True)
class Mutant:
    """A design file's bytes, the change that made it, and what the contract says of it."""

    data: bytes
    change: str
    must_reject: bool
    field: str | None = None  # the field path the error must name, when the change is to one field


@dataclass(frozen=True)
class Outcome:
    status: int | None  # None: the command raised
    stdout: str
    stderr: str
    raised: str = ""  # the traceback, if it raised


def shipped_designs() -> dict[str, dict[str, Any]]:
    """Every shipped design, parsed, by file name."""
    return {path.name: tomllib.loads(path.read_text(encoding="utf-8")) for path in sorted(MODELS.glob("*.toml"))}


def dumps(document: dict[str, Any]) -> str:
    """A TOML text for a design-shaped document (tables, arrays of tables, inline values); any value goes."""
    lines: list[str] = []
    _table(document, "", lines)
    return "\n".join(lines) + "\n"


def _table(table: dict[str, Any], prefix: str, lines: list[str]) -> None:
    nested = []
    for key, value in table.items():
        if isinstance(value, dict) or (isinstance(value, list) and value and all(isinstance(v, dict) for v in value)):
            nested.append((key, value))
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in nested:
        path = f"{prefix}.{_key(key)}" if prefix else _key(key)
        if isinstance(value, dict):
            lines.append(f"[{path}]")
            _table(value, path, lines)
        else:
            for item in value:
                lines.append(f"[[{path}]]")
                _table(item, path, lines)


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**300 else hex(value)
    if isinstance(value, float):
        return {float("inf"): "inf", float("-inf"): "-inf"}.get(value, "nan" if value != value else repr(value))
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(key)} = {_value(item)}" for key, item in value.items()) + "}"
    raise TypeError(f"no TOML for {type(value).__name__}")


def _fields(document: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    """Every (field path, containing table, key) of a document, tables inside arrays included."""
    found: list[tuple[str, dict[str, Any], str]] = []

    def walk(table: dict[str, Any], path: str) -> None:
        for key, value in table.items():
            here = f"{path}.{key}" if path else key
            found.append((here, table, key))
            if isinstance(value, dict):
                walk(value, here)
            elif isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, dict):
                        walk(item, f"{here}[{index}]")

    walk(document, "")
    return found


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["", " ", "a\nb", "\x1b[31mred", "x\u2028y", "\x85", "\t", "\x00", "é", "\U0001f4de", "x" * 100_000]
)
_WRONG_TYPES = st.sampled_from([True, 1.5, float("nan"), [1, 2], {"a": 1}, "three", 3, [], {}])
_HUGE = st.sampled_from([MAX_NUMBER + 1, 2**31, 2**63, 10**400, 16**5000, -(2**63)])
_RANGES = st.sampled_from(
    [{"min": 2, "max": 4}, {"min": 1, "max": 1}, {"min": 3}, {"min": MAX_NUMBER}]
    + [{"min": 0}, {"min": 5, "max": 4}, {"min": 1.5}, {"min": "4"}, {"min": True}, {"max": 4}, {"min": 2, "step": 1}, {}]
)
"""Ranged counts (`count = { min = 2, max = 4 }`): four valid, then one per way of writing one badly."""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_APPLIES = {
    "delete": lambda key, value: True,
    "duplicate": lambda key, value: isinstance(value, list) and bool(value) and isinstance(value[0], dict),
    "wrong type": lambda key, value: not isinstance(value, (dict, list)),
    "out of range": lambda key, value: _is_integer(value) or key in _CHOICE_FIELDS,
    "huge": lambda key, value: _is_integer(value),
    "unknown name": lambda key, value: key in ("version", "order"),
    "unknown field": lambda key, value: True,
    "text": lambda key, value: isinstance(value, str),
    "pool": lambda key, value: key == "servers" and isinstance(value, list) and bool(value),
}
"""Each kind of field change, and the fields it applies to."""


def _required_in_design(path: str, key: str) -> bool:
    """Whether deleting the field at `path` (its last part `key`) makes a design invalid for sure."""
    required = ("name", "version", "expect", "strategy", "trigger", "demand", "service", "versions", "servers")
    return key in required and path.count(".") <= 1


def _required_in_catalogue(path: str, key: str) -> bool:
    """Whether deleting the field at `path` makes a catalogue invalid for sure."""
    return re.sub(r"\[\d+\]", "", path) in _CATALOGUE_REQUIRED


def _risk_figure(path: str) -> bool:
    """A design's fields that take any number, integer or float, with no upper bound but their own: `[risk]`."""
    return path.startswith("risk")


def _cost(path: str) -> bool:
    """A catalogue's fields that take any number, integer or float, with no upper bound: the costs."""
    return path.rsplit(".", 1)[-1] in _COSTS


def _batch_sizes(key: str, table: dict[str, Any]) -> bool:
    """Whether `table[key]` is a staged roll-out's list of batch sizes, which contract v3 allows (`batch = [1, 2]`)."""
    sizes = table[key]
    return (
        key == "batch"
        and table.get("strategy") == "staged"
        and isinstance(sizes, list)
        and bool(sizes)
        and all(_is_integer(size) and 1 <= size <= MAX_NUMBER for size in sizes)
    )


@st.composite
def field_mutants(
    draw: st.DrawFn,
    designs: dict[str, dict[str, Any]],
    pools_up_to: int,
    required: Callable[[str, str], bool] = _required_in_design,
    any_number: Callable[[str], bool] = _risk_figure,
) -> Mutant:
    """One change to one field (or entry) of a shipped design (or catalogue: its `required` fields and numbers differ)."""
    name = draw(st.sampled_from(sorted(designs)))
    document = copy.deepcopy(designs[name])
    fields = _fields(document)
    kind = draw(st.sampled_from(list(_APPLIES)))
    fitting = [(path, table, key) for path, table, key in fields if _APPLIES[kind](key, table[key])]
    if not fitting:
        return Mutant(dumps(document).encode(), f"{name}: unchanged", must_reject=False)
    path, table, key = draw(st.sampled_from(fitting))
    value = table[key]
    must_reject, named = False, None
    if kind == "delete":
        del table[key]
        must_reject = required(path, key)
    elif kind == "duplicate":
        value.append(copy.deepcopy(draw(st.sampled_from(value))))
        if key != "links":  # a link written twice is one link; every other array's entries have unique names
            must_reject, named = True, f"{path}[{len(value) - 1}].name"
    elif kind == "wrong type":
        numeric = any_number(path) and _is_number(value)  # a [risk] figure or a cost may be an integer or a float
        replacement = draw(_WRONG_TYPES.filter(lambda new: type(new) is not type(value) and not (numeric and _is_number(new))))
        table[key] = replacement
        must_reject, named = not _batch_sizes(key, table), path
    elif kind == "huge" and any_number(path):
        table[key] = draw(_HUGE)
        must_reject, named = False, path  # a [risk] figure or a cost has no upper bound but its own (a probability at most 1)
    elif kind == "out of range" and _is_integer(value):
        table[key] = draw(st.integers(-(10**6), -1))
        must_reject, named = True, path
    elif kind == "out of range":
        table[key] = draw(st.sampled_from(["", "Holds", "all-at-once", "nope", "end to end"]))
        must_reject, named = True, path
    elif kind == "huge":
        replacement = draw(_HUGE | (st.integers(MAX_STEPS + 1, 10**6) if key in _DURATIONS else st.nothing()))
        table[key] = replacement
        must_reject, named = True, path
    elif kind == "unknown name":
        table[key] = "no-such-version" if key == "version" else [*value, "no-such-server"]
        must_reject, named = True, path
    elif kind == "unknown field":
        new = draw(st.sampled_from(["colour", "capacty", "count_", "links_"]))
        table[new] = 1
        parent = path[: path.rfind(".")] if "." in path else ""
        must_reject, named = True, f"{parent}.{new}" if parent else new
    elif kind == "text":
        table[key] = draw(_TEXT)
        written = table[key]
        must_reject = (key in _CHOICE_FIELDS and written not in _CHOICES) or (path == "name" and not NAME_PATTERN.fullmatch(written))
    else:
        server = draw(st.sampled_from(value))
        server["count"] = draw(st.integers(1, pools_up_to) | st.sampled_from([0, MAX_SERVERS + 1, 10**12]) | _RANGES)
        must_reject = not _valid_count(server["count"])
    return Mutant(dumps(document).encode("utf-8"), f"{name}: {kind} at {path}", must_reject, named)


def _valid_count(count: int | dict[str, Any]) -> bool:
    """Whether a `count` is one the contract takes: an integer from 1 to `MAX_SERVERS`, or a range `{ min, max }`."""
    if isinstance(count, int):
        return 1 <= count <= MAX_SERVERS
    least, most = count.get("min"), count.get("max", count.get("min"))
    return set(count) <= {"min", "max"} and _is_integer(least) and _is_integer(most) and 1 <= least <= most <= MAX_NUMBER


@st.composite
def file_mutants(draw: st.DrawFn, texts: dict[str, bytes]) -> Mutant:
    """One change to the bytes of a shipped design file: broken TOML, truncation, binary bytes, odd line ends."""
    name = draw(st.sampled_from(sorted(texts)))
    data = texts[name]
    kind = draw(st.sampled_from(["truncate", "insert", "delete", "binary", "line ends", "duplicate line", "deep", "digits"]))
    at = draw(st.integers(0, len(data)))
    if kind == "truncate":
        data = data[:at]
    elif kind == "insert":
        piece = draw(st.sampled_from(["[", "]", "=", '"', "'''", "{", "\n[[servers]]\n", "\x00", "\u2028", "#", "\\"]))
        data = data[:at] + piece.encode() + data[at:]
    elif kind == "delete":
        data = data[:at] + data[at + 1 :]
    elif kind == "binary":
        data = data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    elif kind == "line ends":
        data = data.replace(b"\n", draw(st.sampled_from([b"\r", b"\r\n", "\u2028".encode(), "\x85".encode()])))
    elif kind == "duplicate line":
        lines = data.split(b"\n")
        index = draw(st.integers(0, len(lines) - 1))
        data = b"\n".join(lines[: index + 1] + lines[index:])
    elif kind == "digits":
        data = data.replace(b"demand = ", b"demand = " + b"9" * draw(st.integers(4000, 5000)), 1)
    else:
        depth = draw(st.integers(2, 3000))
        data = data + b"\nx = " + b"[" * depth + b"]" * depth + b"\n"
    return Mutant(data, f"{name}: {kind}", must_reject=_toml_rejects(data))


def _toml_rejects(data: bytes) -> bool:
    """Whether the bytes are not a TOML document at all (the contract then rejects the file)."""
    try:
        tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, RecursionError):
        return True
    return False


def mutants(pools_up_to: int = 2_000) -> st.SearchStrategy[Mutant]:
    """Field changes and file changes, over every shipped design; pools of up to `pools_up_to` members."""
    designs = shipped_designs()
    texts = {path.name: path.read_bytes() for path in sorted(MODELS.glob("*.toml"))}
    return st.one_of(field_mutants(designs, pools_up_to), file_mutants(texts))


def catalogue_mutants() -> st.SearchStrategy[Mutant]:
    """Field changes and file changes of the shipped catalogues."""
    documents = {path.name: tomllib.loads(path.read_text(encoding="utf-8")) for path in sorted(CATALOGUES.glob("*.toml"))}
    texts = {path.name: path.read_bytes() for path in sorted(CATALOGUES.glob("*.toml"))}
    return st.one_of(field_mutants(documents, 1, _required_in_catalogue, _cost), file_mutants(texts))


def catalogue_outcome(path: Path) -> Outcome:
    """`callspec synthesize PATH --out <a missing folder>/design.toml`, in this process: validation only."""
    return outcome(path, "--out", f"{NO_SUCH_FOLDER}/design.toml", command="synthesize")


def outcome(path: Path, *arguments: str, command: str = "check") -> Outcome:
    """`callspec check PATH --claim <none>` (or the `command` and `arguments` given), in this process."""
    argv = [command, str(path), *(arguments or ("--claim", NO_SUCH_CLAIM))]
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = main(argv)
    except SystemExit as exit:
        status = exit.code if isinstance(exit.code, int) else 1
    except BaseException:
        return Outcome(None, stdout.getvalue(), stderr.getvalue(), traceback.format_exc())
    return Outcome(status, stdout.getvalue(), stderr.getvalue())


def problems(mutant: Mutant, path: Path, result: Outcome) -> list[str]:
    """What is wrong with how the command line took `mutant` (written at `path`); empty when all is well."""
    if result.status is None:
        return [f"traceback: {result.raised.strip().splitlines()[-1]}"]
    found = []
    if result.status != 2:
        found.append(f"exit status {result.status}, not 2")
    message = result.stderr
    if message.count("\n") != 1 or not message.endswith("\n"):
        found.append(f"the message is not one line: {message[:200]!r}")
    accepted = any(refusal in message for refusal in ACCEPTED)
    if accepted and mutant.must_reject:
        found.append("accepted, though the contract rejects it")
    if not accepted:
        if not message.startswith(f"callspec: error: {path}"):
            found.append(f"the message does not start with the file: {message[:200]!r}")
        if mutant.field is not None and f": {mutant.field}: " not in message:
            found.append(f"the message does not name {mutant.field}: {message[:200]!r}")
    if "Traceback" in message or "Traceback" in result.stdout:
        found.append("a traceback was printed")
    return found
