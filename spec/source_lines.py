"""Where a field of a TOML design file stands: field path to line number.

`tomllib` gives values without positions. Error messages still owe the user
a line, so this module reads the source once more, line by line, tracking
table headers (`[service]`, `[[servers]]`, `[claims.faults]`) and keys
(plain, dotted and inside inline tables), and maps each field path, written
as the loader writes it (`servers[2].version`), to the line that sets it.
"""

from __future__ import annotations

import re

_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([^\]]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([^\]\[]+?)\s*\]")
_BARE_KEY = r"[A-Za-z0-9_-]+"
_KEY = rf"(?:{_BARE_KEY}|\"[^\"]*\"|'[^']*')"
_KEY_LINE = re.compile(rf"^\s*({_KEY}(?:\s*\.\s*{_KEY})*)\s*=(.*)$")
_INLINE_KEY = re.compile(rf"({_BARE_KEY})\s*=")


def locate_field(text: str, field_path: str) -> int | None:
    """The line (1-based) that sets `field_path`, or its nearest enclosing field."""
    lines = _field_lines(text)
    path = field_path
    while path:
        if path in lines:
            return lines[path]
        path = _parent(path)
    return None


def _parent(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


def _field_lines(text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    array_counts: dict[str, int] = {}
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        array_header = _ARRAY_HEADER.match(line)
        table_header = None if array_header else _TABLE_HEADER.match(line)
        if array_header:
            parent = _resolve(array_header.group(1).rsplit(".", 1)[0], array_counts) if "." in array_header.group(1) else ""
            name = array_header.group(1).rsplit(".", 1)[-1].strip()
            plain = f"{parent}.{name}" if parent else name
            array_counts[plain] = array_counts.get(plain, 0) + 1
            current = f"{plain}[{array_counts[plain] - 1}]"
            lines.setdefault(plain, number)
            lines[current] = number
        elif table_header:
            current = _resolve(table_header.group(1), array_counts)
            lines.setdefault(current, number)
        else:
            key_line = _KEY_LINE.match(line)
            if key_line:
                key = re.sub(r"\s*\.\s*", ".", key_line.group(1).strip()).replace("'", '"')
                path = f"{current}.{key}" if current else key
                lines.setdefault(path, number)
                rest = key_line.group(2)
                if rest.strip().startswith("{"):
                    for inner in _INLINE_KEY.findall(rest):
                        lines.setdefault(f"{path}.{inner}", number)
    return lines


def _resolve(dotted: str, array_counts: dict[str, int]) -> str:
    """Turn a header like `claims.faults` into `claims[3].faults`."""
    path = ""
    for part in (piece.strip() for piece in dotted.split(".")):
        plain = f"{path}.{part}" if path else part
        path = f"{plain}[{array_counts[plain] - 1}]" if plain in array_counts else plain
    return path
