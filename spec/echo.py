"""How an error message shows what the user wrote: on one line, escaped, and short.

An error message is one line that a terminal and a CI log show as it is.
A value taken from a design file or the command line may hold a line
break, an escape sequence that a terminal would obey, or a hundred
thousand characters. Every such value reaches a message through this
module: quoted, with every character that is not printable escaped the way
Python writes it, and cut after a fixed number of characters.
"""

from __future__ import annotations

from typing import Iterable

LONGEST = 60
"""Characters of a value shown before it is cut."""

MOST_NAMES = 10
"""Names of a list shown before the rest is counted."""


def escaped(text: str) -> str:
    """`text` with every character that is not printable (line breaks, controls, U+2028...) written as an escape."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def quoted(text: str) -> str:
    """`text` in double quotes, escaped, and cut after `LONGEST` characters (saying how long it was)."""
    inside = escaped(text[:LONGEST]).replace('"', '\\"')
    if len(text) > LONGEST:
        return f'"{inside}..." ({len(text)} characters)'
    return f'"{inside}"'


def number(value: int) -> str:
    """An integer as a message shows it: digits while short, else its size (Python refuses to print huge ones)."""
    if abs(value) < 10**18:
        return str(value)
    return f"an integer of {value.bit_length()} bits"


def names(items: Iterable[str]) -> str:
    """A comma-separated list of quoted names, the first `MOST_NAMES` of them, then how many more."""
    items = list(items)
    shown = ", ".join(quoted(item) for item in items[:MOST_NAMES])
    rest = len(items) - MOST_NAMES
    return f"{shown} and {rest} more" if rest > 0 else shown
