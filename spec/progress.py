"""Progress of long work, shown on a terminal only.

A bar on standard error (tqdm) when standard error is a terminal and the
command prints no JSON; nothing at all otherwise, so logs, pipes and the
JSON document stay exactly what they were. The bar appears only once the
work has taken `DELAY` seconds, so quick runs show none, is drawn again at
most every `REDRAW` seconds, and is erased when the work is done. Lines
printed while it runs go through `Progress.say`, which moves the bar out of
their way.
"""

from __future__ import annotations

import sys
from types import TracebackType

from tqdm import tqdm

DELAY = 0.5
"""Seconds of work before a bar appears."""

REDRAW = 0.1
"""Seconds at least between two drawings of the bar: counts that come quicker are drawn with the next one."""


class Progress:
    """A count of work done out of `total` (`None`: not known yet), drawn on a terminal's standard error when `shown`."""

    def __init__(self, total: int | None, unit: str, shown: bool = True) -> None:
        self.bar = tqdm(
            total=total,
            unit=f" {unit}",
            file=sys.stderr,
            disable=not (shown and sys.stderr.isatty()),
            delay=DELAY,
            mininterval=REDRAW,
            leave=False,
            dynamic_ncols=True,
        )

    def advance(self, note: str = "") -> None:
        """One more piece done; `note` says what is being worked on next."""
        if note:
            self.bar.set_postfix_str(note, refresh=False)
        self.bar.update(1)

    def reach(self, done: int, total: int) -> None:
        """`done` pieces of `total` done, for work whose size is known only once it has started."""
        self.bar.total = total
        self.bar.update(done - self.bar.n)

    def say(self, text: str) -> None:
        """Print `text` on standard output, the bar erased while it is written and drawn again after."""
        if self.bar.disable:
            print(text)
        else:
            tqdm.write(text, file=sys.stdout)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, raised: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.bar.close()
