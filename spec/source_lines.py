"""Where a field of a TOML design file stands: field path to line number.

`tomllib` gives values without positions. Error messages still owe the user
a line, so this module reads the source once more, line by line, tracking
table headers (`[service]`, `[[servers]]`, `[claims.faults]`) and keys
(plain, dotted and inside inline tables), and maps each field path, written
as the loader writes it (`servers[2].version`), to the line that sets it.

Lines are counted as TOML counts them: only `\\n` ends a line (U+2028 and
friends are ordinary characters in a comment or a string). A header-like
line inside a multi-line string or a multi-line array is part of that
value, not a header. Every character is looked at a bounded number of
times, with no backtracking regular expression, so locating a field is
linear in the size of the file, whatever the file holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_BARE_KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_BLANK = " \t"


def locate_field(text: str, field_path: str) -> int | None:
    """The line (1-based) that sets `field_path`, or its nearest enclosing field."""
    lines = _field_lines(text)
    path = field_path
    while path:
        if path in lines:
            return lines[path]
        path = _parent(path)
    return None


def nesting_depth(text: str) -> tuple[int, int | None]:
    """How deeply arrays and inline tables nest in `text`, and the line where that depth is first reached."""
    value = _scan(text)[1]
    return value.deepest, value.deepest_line


def _parent(path: str) -> str:
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


@dataclass
class _Value:
    """Where the scan of a value stands at the end of a line: inside a multi-line string, or open brackets."""

    string: str | None = None  # the closing delimiter of an open multi-line string
    brackets: list[str] = field(default_factory=list)  # the open `[` and `{` of the value, innermost last
    inline_keys: list[str] = field(default_factory=list)  # keys of an inline table at depth 1
    line: int = 0  # the line being scanned
    deepest: int = 0  # the most brackets open at once so far
    deepest_line: int | None = None  # where they were first open

    @property
    def open(self) -> bool:
        return self.string is not None or bool(self.brackets)


def _field_lines(text: str) -> dict[str, int]:
    return _scan(text)[0]


def _scan(text: str) -> tuple[dict[str, int], _Value]:
    """The line of every field path, and the state of the value scan at the end (its deepest nesting)."""
    lines: dict[str, int] = {}
    array_counts: dict[str, int] = {}
    current = ""
    value = _Value()
    for number, line in enumerate(text.split("\n"), start=1):
        value.line = number
        if value.open:
            _scan_value(line, 0, value)
            continue
        start = _skip_blank(line, 0)
        if line.startswith("[[", start):
            end = line.find("]]", start + 2)
            if end < 0:
                continue
            dotted = line[start + 2 : end]
            head, _, name = dotted.rpartition(".")
            parent = _resolve(head, array_counts) if head.strip() else ""
            plain = f"{parent}.{name.strip()}" if parent else name.strip()
            array_counts[plain] = array_counts.get(plain, 0) + 1
            current = f"{plain}[{array_counts[plain] - 1}]"
            lines.setdefault(plain, number)
            lines[current] = number
        elif line.startswith("[", start):
            end = line.find("]", start + 1)
            if end < 0:
                continue
            current = _resolve(line[start + 1 : end], array_counts)
            lines.setdefault(current, number)
        else:
            key, after = _key(line, start)
            if key is None:
                continue
            path = f"{current}.{key}" if current else key
            lines.setdefault(path, number)
            value.inline_keys = []
            _scan_value(line, after, value)
            for inner in value.inline_keys:
                lines.setdefault(f"{path}.{inner}", number)
    return lines, value


def _skip_blank(line: str, position: int) -> int:
    while position < len(line) and line[position] in _BLANK:
        position += 1
    return position


def _bare_key(line: str, position: int) -> int:
    """The end of the bare key starting at `position` (equal to it when there is none)."""
    while position < len(line) and line[position] in _BARE_KEY_CHARS:
        position += 1
    return position


def _key(line: str, start: int) -> tuple[str | None, int]:
    """A dotted key (bare or quoted parts) followed by `=` at `start`, and the position after the `=`."""
    parts = []
    position = start
    while True:
        if position < len(line) and line[position] in "\"'":
            end = line.find(line[position], position + 1)
            if end < 0:
                return None, 0
            parts.append(f'"{line[position + 1 : end]}"')
            end += 1
        else:
            end = _bare_key(line, position)
            if end == position:
                return None, 0
            parts.append(line[position:end])
        position = _skip_blank(line, end)
        if position < len(line) and line[position] == ".":
            position = _skip_blank(line, position + 1)
            continue
        if position < len(line) and line[position] == "=":
            return ".".join(parts), position + 1
        return None, 0


def _scan_value(line: str, position: int, value: _Value) -> None:
    """Follow a value from `position` to the end of `line`: strings, brackets, comments, inline-table keys."""
    length = len(line)
    expect_key = False
    while position < length:
        if value.string is not None:
            end = line.find(value.string, position)
            if end < 0:
                return
            position = end + 3
            while position < length and line[position] == value.string[0]:
                position += 1  # a closing delimiter may carry up to two more quotes of the string
            value.string = None
            continue
        char = line[position]
        if char == "#":
            return
        if char in "\"'":
            if line.startswith(char * 3, position):
                value.string = char * 3
                position += 3
                continue
            position = _end_of_string(line, position)
            expect_key = False
            continue
        if char in "[{":
            value.brackets.append(char)
            if len(value.brackets) > value.deepest:
                value.deepest, value.deepest_line = len(value.brackets), value.line
            expect_key = value.brackets == ["{"]
        elif char in "]}":
            if value.brackets:
                value.brackets.pop()
            expect_key = False
        elif char == ",":
            expect_key = value.brackets == ["{"]
        elif expect_key and char in _BARE_KEY_CHARS:
            key, after = _key(line, position)
            if key is not None:
                value.inline_keys.append(key)
                position = after
                expect_key = False
                continue
            expect_key = False
        elif char not in _BLANK:
            expect_key = False
        position += 1


def _end_of_string(line: str, position: int) -> int:
    """The position after the one-line string opening at `position` (its end of line if it is not closed)."""
    quote = line[position]
    position += 1
    while position < len(line):
        char = line[position]
        if char == "\\" and quote == '"':
            position += 2
            continue
        if char == quote:
            return position + 1
        position += 1
    return position


def _resolve(dotted: str, array_counts: dict[str, int]) -> str:
    """Turn a header like `claims.faults` into `claims[3].faults`."""
    path = ""
    for part in (piece.strip() for piece in dotted.split(".")):
        plain = f"{path}.{part}" if path else part
        path = f"{plain}[{array_counts[plain] - 1}]" if plain in array_counts else plain
    return path
