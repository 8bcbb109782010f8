"""Kubernetes manifests read with the line of every value: YAML (1.1, as Kubernetes reads it) or JSON in, objects out.

PyYAML composes each document into nodes that carry their line; this
module turns them into `Mapping` and `Sequence` values that keep those
lines, so that every later error can name the file, the document and the
line. A key written twice in one mapping is an error (YAML says keys are
unique; PyYAML would keep the last silently). A `kind: List` is read as its
items. In `helm template` output, each document follows a `# Source:`
comment naming the template it came from; errors name it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MANIFEST_SUFFIXES = (".yaml", ".yml", ".json")
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it (ten times faster on a snapshot of 5,000 pods), else PyYAML's own."""


class ManifestError(ValueError):
    """A manifest that cannot be read as Kubernetes objects; the message is one line."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Place:
    """Where a value stands: the file, the document's index in it (from 0), the line, and the `helm template` source."""

    file: str
    document: int
    line: int
    source: str = ""  # the template a `helm template` document came from (`# Source: chart/templates/x.yaml`)

    def __str__(self) -> str:
        helm = f" ({self.source})" if self.source else ""
        return f"{self.file}:{self.line}: document {self.document}{helm}"

    @property
    def short(self) -> str:
        """`file:line` for a comment that names where a value comes from (the document too when it is not the first)."""
        document = f" (document {self.document})" if self.document else ""
        return f"{self.file}:{self.line}{document}"

    def at(self, line: int) -> Place:
        return Place(self.file, self.document, line, self.source)


class Mapping(dict):  # type: ignore[type-arg]
    """A YAML mapping that knows its place and the line of each of its keys."""

    place: Place
    lines: dict[str, int]

    def place_of(self, key: str) -> Place:
        """Where `key` is written, or where the mapping starts when it is not."""
        return self.place.at(self.lines.get(key, self.place.line))


class Sequence(list):  # type: ignore[type-arg]
    """A YAML sequence that knows its place."""

    place: Place


@dataclass(frozen=True)
class KubeObject:
    """One Kubernetes object of a manifest: its kind, name, namespace, and the whole mapping."""

    kind: str
    api_version: str
    name: str
    namespace: str | None
    body: Mapping = field(repr=False)

    @property
    def place(self) -> Place:
        return self.body.place


def manifest_files(paths: list[Path]) -> list[Path]:
    """The manifest files `paths` name: files as given, folders searched (sorted) for `*.yaml`, `*.yml`, `*.json`."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(child for child in path.rglob("*") if child.is_file() and child.suffix in MANIFEST_SUFFIXES)
        elif path.is_file():
            found.append(path)
        else:
            raise ManifestError(str(path), "no such file or folder")
    return found


def read_objects(path: Path, shown_as: str) -> list[KubeObject]:
    """Every object of the manifest at `path` (a `kind: List`'s items in its place), named `shown_as` in errors."""
    objects = []
    for document in read_documents(path, shown_as):
        if not isinstance(document, Mapping):
            continue
        if document.get("kind") == "List":
            items = document.get("items") or Sequence()
            objects += [_object(item) for item in items if isinstance(item, Mapping)]
        elif "kind" in document:
            objects.append(_object(document))
    return objects


def read_documents(path: Path, shown_as: str) -> list[Any]:
    """The documents of a YAML (or JSON) file, each a `Mapping`, `Sequence` or scalar that keeps its lines."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as error:
        raise ManifestError(shown_as, f"cannot read the file: {error.strerror or error}") from None
    except UnicodeDecodeError as error:
        raise ManifestError(shown_as, f"not UTF-8 text (byte {error.start})") from None
    sources = _helm_sources(text)
    documents: list[Any] = []
    try:
        loader = LOADER(text)
    except yaml.YAMLError as error:
        raise ManifestError(f"{shown_as}: document 0", f"not valid YAML: {error}".replace("\n", " ")) from None
    try:
        while loader.check_node():
            index = len(documents)
            node = loader.get_node()
            place = Place(shown_as, index, node.start_mark.line + 1, _source_before(sources, node.start_mark.line))
            documents.append(_value(loader, node, place))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = "" if mark is None else f":{mark.line + 1}"
        problem = " ".join(part for part in (error.context, error.problem) if part)
        raise ManifestError(f"{shown_as}{line}: document {len(documents)}", f"not valid YAML: {problem}") from None
    except yaml.YAMLError as error:
        raise ManifestError(f"{shown_as}: document {len(documents)}", f"not valid YAML: {error}".replace("\n", " ")) from None
    finally:
        loader.dispose()
    return documents


def _object(body: Mapping) -> KubeObject:
    metadata = body.get("metadata")
    metadata = metadata if isinstance(metadata, Mapping) else Mapping()
    return KubeObject(
        kind=str(body.get("kind", "")),
        api_version=str(body.get("apiVersion", "")),
        name=str(metadata.get("name", "")),
        namespace=None if metadata.get("namespace") is None else str(metadata.get("namespace")),
        body=body,
    )


def _value(loader: Any, node: yaml.Node, place: Place) -> Any:
    """The node as Python values, mappings and sequences keeping their lines; a key written twice is an error."""
    here = place.at(node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        mapping = Mapping()
        mapping.place, mapping.lines = here, {}
        loader.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key = key if isinstance(key, str) else str(key)
            if key in mapping.lines:
                first = mapping.lines[key]
                raise ManifestError(str(place.at(key_node.start_mark.line + 1)), f"duplicate key {key!r} (first at line {first})")
            mapping.lines[key] = key_node.start_mark.line + 1
            mapping[key] = _value(loader, value_node, place)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        sequence = Sequence(_value(loader, item, place) for item in node.value)
        sequence.place = here
        return sequence
    return loader.construct_object(node, deep=True)


def _helm_sources(text: str) -> list[tuple[int, str]]:
    """The `# Source: ...` comments of `helm template` output, each with its line (0-based)."""
    return [
        (number, line.split(":", 1)[1].strip())
        for number, line in enumerate(text.split("\n"))
        if line.startswith("# Source:")
    ]


def _source_before(sources: list[tuple[int, str]], line: int) -> str:
    """The template named by the last `# Source:` comment before `line`, or empty."""
    before = [source for number, source in sources if number < line]
    return before[-1] if before else ""

