"""A basic fault event as a value: its kind, what it names, and for a pool how many members.

Design files, JSON and reports write events as text: `crash:cs1`,
`restart:sw-1`, `site:lille`, `bug:v1`, `input`, and `crash:<pool>*k` for
any k members of a pool (a counted event). Inside the code an event is an
`Event`; `Event.parse` reads the text and `str` writes it, the only places
either is done. Names are design names (`[a-z0-9_-]+`), so neither `:` nor
`*` can occur in them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Event:
    """One basic event: `kind` (`crash`, `restart`, `site`, `bug`, `input`), the `name` it is of, and
    `count`, the k of `crash:<pool>*k` (None for an event of one server, site or unit)."""

    kind: str
    name: str = ""
    count: int | None = None

    def __str__(self) -> str:
        written = f"{self.kind}:{self.name}" if self.name else self.kind
        return written if self.count is None else f"{written}*{self.count}"

    @staticmethod
    def parse(text: str) -> Event:
        """The event `text` writes; raises `ValueError` for text that is no event."""
        written, star, count = text.partition("*")
        kind, colon, name = written.partition(":")
        if not kind or (colon and not name) or (star and not count.isdigit()):
            raise ValueError(f"{text!r} is not an event (kind:name, kind:pool*k, or input)")
        return Event(kind, name, int(count) if star else None)

    @property
    def counted(self) -> Event:
        """The event without its count: `crash:<pool>` for `crash:<pool>*k`, what a pool's figure is set on."""
        return Event(self.kind, self.name)

    def times(self, count: int) -> Event:
        """This event for `count` members of a pool: `crash:<pool>*<count>`."""
        return Event(self.kind, self.name, count)


def written(events: tuple[Event, ...] | list[Event]) -> tuple[str, ...]:
    """Events as text, in the order given."""
    return tuple(str(event) for event in events)
