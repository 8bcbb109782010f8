"""Design files: TOML in, validated frozen dataclasses out.

The format is the contract of design-format.md. Loading is all or nothing:
the first problem found raises `DesignError`, whose message names the file,
the field path (`servers[2].version`) and, where the source shows it, the
line. Nothing downstream ever sees a half-valid design.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from spec.source_lines import locate_field

NAME_PATTERN = re.compile(r"[a-z0-9_-]+")
HEALTH_CHECKS = ("liveness", "end_to_end")
STRATEGIES = ("all_at_once", "staged")
BACKUP_TRIGGERS = ("observed", "outage")
EXPECTATIONS = ("holds", "violated")
BUG_SCOPES = ("version", "codebase")
BUG_TRIGGERS = ("change", "input")


class DesignError(ValueError):
    """A design file that breaks the contract; the message is one line."""

    def __init__(self, file: str, field_path: str, line: int | None, problem: str) -> None:
        self.file = file
        self.field_path = field_path
        self.line = line
        self.problem = problem
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {field_path}: {problem}" if field_path else f"{where}: {problem}")


@dataclass(frozen=True)
class Service:
    demand: int
    max_outage: int = 0


@dataclass(frozen=True)
class Routing:
    health_check: str = "liveness"
    detect: int = 0


@dataclass(frozen=True)
class Version:
    name: str
    codebase: str


@dataclass(frozen=True)
class Server:
    name: str
    version: str
    site: str | None = None
    capacity: int = 1


@dataclass(frozen=True)
class Change:
    strategy: str
    order: tuple[str, ...]
    batch: int = 1
    bake: int = 0


@dataclass(frozen=True)
class Backup:
    name: str
    version: str
    trigger: str
    site: str | None = None
    capacity: int = 1
    delay: int = 0


@dataclass(frozen=True)
class Faults:
    """A fault hypothesis. A budget of `None` means unlimited (cut sets use it)."""

    crashes: int | None = 0
    site_losses: int | None = 0
    bugs: int | None = 0
    bug_scope: str = "version"
    trigger: str = "change"
    latency: int = 0


@dataclass(frozen=True)
class Claim:
    name: str
    expect: str
    faults: Faults = field(default_factory=Faults)


@dataclass(frozen=True)
class Design:
    name: str
    service: Service
    routing: Routing
    versions: tuple[Version, ...]
    servers: tuple[Server, ...]
    change: Change | None = None
    backup: Backup | None = None
    claims: tuple[Claim, ...] = ()
    title: str = ""
    step: str = ""
    file: str = ""

    def version(self, name: str) -> Version:
        return next(version for version in self.versions if version.name == name)


class _Table:
    """Reads one TOML table field by field, then rejects whatever is left.

    Every accessor checks type and range and records the field as known, so
    `finish()` can report unknown fields. Errors carry the full field path.
    """

    def __init__(self, raw: Any, path: str, source: _Source) -> None:
        self._source = source
        self._path = path
        if not isinstance(raw, dict):
            source.fail(path, f"must be a table, not {_kind(raw)}")
        self._raw: dict[str, Any] = raw
        self._known: set[str] = set()

    def field_path(self, key: str) -> str:
        return f"{self._path}.{key}" if self._path else key

    def fail(self, key: str, problem: str) -> None:
        self._source.fail(self.field_path(key), problem)

    def has(self, key: str) -> bool:
        return key in self._raw

    def _get(self, key: str, required: bool) -> Any:
        self._known.add(key)
        if key not in self._raw:
            if required:
                self._source.fail(self.field_path(key), "is required", line_of=self._path)
            return None
        return self._raw[key]

    def text(self, key: str, default: str | None = None, required: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str):
            self.fail(key, f"must be a string, not {_kind(value)}")
        if not value.strip():
            self.fail(key, "must not be empty")
        return value

    def unique_name(self, kind: str, taken: Iterable[str]) -> str:
        """The required `name` field, which no earlier entry of the same array may have."""
        name = self.text("name", required=True)
        if name in set(taken):
            self.fail("name", f'duplicate {kind} "{name}"')
        return name

    def choice(self, key: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.text(key, default, required=default is None)
        if value not in allowed:
            options = ", ".join(f'"{option}"' for option in allowed)
            self.fail(key, f'"{value}" is not one of {options}')
        return value

    def integer(self, key: str, default: int | None = None, minimum: int = 0) -> int:
        value = self._get(key, required=default is None)
        if value is None:
            return default  # type: ignore[return-value]
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"must be an integer, not {_kind(value)}")
        if value < minimum:
            self.fail(key, f"must be at least {minimum}, not {value}")
        return value

    def table(self, key: str, required: bool = False) -> _Table | None:
        value = self._get(key, required)
        return None if value is None else _Table(value, self.field_path(key), self._source)

    def tables(self, key: str, required: bool = False) -> list[_Table]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(key, f"must be an array of tables ([[{key}]]), not {_kind(value)}")
        if required and not value:
            self.fail(key, "needs at least one entry")
        return [_Table(item, f"{self.field_path(key)}[{index}]", self._source) for index, item in enumerate(value)]

    def names(self, key: str) -> list[str] | None:
        value = self._get(key, required=False)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(key, "must be an array of strings")
        return value

    def finish(self) -> None:
        for key in self._raw:
            if key not in self._known:
                self._source.fail(self.field_path(key), "unknown field")


@dataclass(frozen=True)
class _Source:
    """The file being read, to turn a field path into a located error."""

    file: str
    text: str

    def fail(self, field_path: str, problem: str, line_of: str | None = None) -> None:
        line = locate_field(self.text, field_path if line_of is None else line_of)
        raise DesignError(self.file, field_path, line, problem)


def _kind(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a float", str: "a string", list: "an array", dict: "a table"}
    return names.get(type(value), type(value).__name__)


def load_design(path: str | Path) -> Design:
    """Read and validate one design file; raise `DesignError` on any problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DesignError(str(path), "", None, f"cannot read the file: {error}") from None
    return parse_design(text, str(path))


def parse_design(text: str, file: str = "<design>") -> Design:
    """Validate the TOML text of a design; `file` names it in errors."""
    source = _Source(file, text)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"\(at line (\d+), column \d+\)", str(error))
        line = int(match.group(1)) if match else None
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise DesignError(file, "", line, f"not valid TOML: {problem}") from None
    return _read_design(_Table(raw, "", source), source)


def design_from_dict(raw: dict[str, Any], file: str = "<design>") -> Design:
    """Validate a design already parsed from TOML (or built in code, as tests do)."""
    source = _Source(file, "")
    return _read_design(_Table(raw, "", source), source)


def _read_design(top: _Table, source: _Source) -> Design:
    name = top.text("name", required=True)
    if not NAME_PATTERN.fullmatch(name):
        top.fail("name", f'"{name}" must match [a-z0-9_-]+')
    title = top.text("title", default="")
    step = top.text("step", default="")
    service = _read_service(top.table("service", required=True))
    routing_table = top.table("routing")
    routing = _read_routing(routing_table) if routing_table else Routing()
    versions = _read_versions(top.tables("versions", required=True))
    version_names = {version.name for version in versions}
    servers = _read_servers(top.tables("servers", required=True), version_names)
    change_table = top.table("change")
    change = _read_change(change_table, servers) if change_table else None
    backup_table = top.table("backup")
    backup = _read_backup(backup_table, version_names, servers) if backup_table else None
    claims = _read_claims(top.tables("claims"))
    top.finish()
    return Design(
        name=name,
        title=title,
        step=step,
        service=service,
        routing=routing,
        versions=versions,
        servers=servers,
        change=change,
        backup=backup,
        claims=claims,
        file=source.file,
    )


def _read_service(table: _Table) -> Service:
    service = Service(demand=table.integer("demand", minimum=1), max_outage=table.integer("max_outage", default=0))
    table.finish()
    return service


def _read_routing(table: _Table) -> Routing:
    routing = Routing(
        health_check=table.choice("health_check", HEALTH_CHECKS, default="liveness"),
        detect=table.integer("detect", default=0),
    )
    table.finish()
    return routing


def _read_versions(tables: list[_Table]) -> tuple[Version, ...]:
    versions: list[Version] = []
    for table in tables:
        name = table.unique_name("version", (version.name for version in versions))
        versions.append(Version(name=name, codebase=table.text("codebase", default=name)))
        table.finish()
    return tuple(versions)


def _read_servers(tables: list[_Table], version_names: set[str]) -> tuple[Server, ...]:
    servers: list[Server] = []
    for table in tables:
        name = table.unique_name("server", (server.name for server in servers))
        servers.append(
            Server(
                name=name,
                version=_version_reference(table, version_names),
                site=table.text("site"),
                capacity=table.integer("capacity", default=1),
            )
        )
        table.finish()
    return tuple(servers)


def _version_reference(table: _Table, version_names: set[str]) -> str:
    version = table.text("version", required=True)
    if version not in version_names:
        declared = ", ".join(sorted(version_names))
        table.fail("version", f'unknown version "{version}" (declared: {declared})')
    return version


def _read_change(table: _Table, servers: tuple[Server, ...]) -> Change:
    strategy = table.choice("strategy", STRATEGIES)
    batch = table.integer("batch", default=1, minimum=1)
    bake = table.integer("bake", default=0)
    declared = [server.name for server in servers]
    order = table.names("order")
    if order is None:
        order = declared
    else:
        unknown = [name for name in order if name not in declared]
        if unknown:
            table.fail("order", f'unknown server "{unknown[0]}"')
        repeated = sorted({name for name in order if order.count(name) > 1})
        if repeated:
            table.fail("order", f'names server "{repeated[0]}" more than once')
        missing = [name for name in declared if name not in order]
        if missing:
            table.fail("order", f'must name every server once; "{missing[0]}" is missing')
    table.finish()
    return Change(strategy=strategy, order=tuple(order), batch=batch, bake=bake)


def _read_backup(table: _Table, version_names: set[str], servers: tuple[Server, ...]) -> Backup:
    name = table.text("name", required=True)
    if any(server.name == name for server in servers):
        table.fail("name", f'"{name}" is already the name of a server')
    backup = Backup(
        name=name,
        version=_version_reference(table, version_names),
        trigger=table.choice("trigger", BACKUP_TRIGGERS),
        site=table.text("site"),
        capacity=table.integer("capacity", default=1),
        delay=table.integer("delay", default=0),
    )
    table.finish()
    return backup


def _read_claims(tables: list[_Table]) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    for table in tables:
        name = table.unique_name("claim", (claim.name for claim in claims))
        expect = table.choice("expect", EXPECTATIONS)
        faults_table = table.table("faults")
        faults = _read_faults(faults_table) if faults_table else Faults()
        claims.append(Claim(name=name, expect=expect, faults=faults))
        table.finish()
    return tuple(claims)


def _read_faults(table: _Table) -> Faults:
    faults = Faults(
        crashes=table.integer("crashes", default=0),
        site_losses=table.integer("site_losses", default=0),
        bugs=table.integer("bugs", default=0),
        bug_scope=table.choice("bug_scope", BUG_SCOPES, default="version"),
        trigger=table.choice("trigger", BUG_TRIGGERS, default="change"),
        latency=table.integer("latency", default=0),
    )
    table.finish()
    return faults
