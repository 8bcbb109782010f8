"""A wall-clock budget shared by the solver calls of one check."""

from __future__ import annotations

import math
import time
from typing import Any


DEFAULT_SECONDS = 300.0
"""The time limit of one claim, or of one cut-set search, unless told otherwise: CI never hangs."""

LONGEST_SECONDS = 1_000_000.0
"""The longest time limit taken (11 days): Z3 counts its timeout in milliseconds in 32 bits."""


class TimedOut(TimeoutError):
    """The time limit passed while a check was building or searching: the answer is `unknown`, the message says at what."""


class Deadline:
    """Seconds left until a fixed moment; `None` means no limit."""

    def __init__(self, seconds: float | None) -> None:
        if seconds is not None and not 0 <= seconds <= LONGEST_SECONDS:
            raise ValueError(f"a time limit is a number of seconds from 0 to {LONGEST_SECONDS:,.0f}, not {seconds!r}")
        self._end = None if seconds is None else time.monotonic() + seconds

    def capped(self, seconds: float) -> Deadline:
        """This deadline, or `seconds` from now if that comes first."""
        capped = Deadline(seconds)
        if self._end is not None and self._end < capped._end:
            capped._end = self._end
        return capped

    def expired(self) -> bool:
        return self._end is not None and time.monotonic() >= self._end

    def check(self, what: str) -> None:
        """Raise `TimedOut` if the time is up; `what` ("the lemmas were being built") ends its message.

        Cheap (one clock read), so the building of platforms, encodings and
        lemmas calls it per class, per server or every few hundred terms.
        """
        if self._end is not None and time.monotonic() >= self._end:
            raise TimedOut(f"time-out while {what}")

    def milliseconds(self) -> int | None:
        """What to hand to Z3's `timeout` parameter (at least 1 ms), rounded up.

        Rounded up, a solver stopped by its timeout stops at or after the
        deadline, never before: callers take an open answer for a time-out
        only once `expired()` says so, and call anything else an error.
        """
        if self._end is None:
            return None
        return max(1, math.ceil((self._end - time.monotonic()) * 1000))

    def limit(self, solver: Any) -> None:
        """Give a Z3 solver or fixedpoint engine the time left as its `timeout` (nothing if unlimited)."""
        timeout = self.milliseconds()
        if timeout is not None:
            solver.set("timeout", timeout)
