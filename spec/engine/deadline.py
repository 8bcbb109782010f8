"""A wall-clock budget shared by the solver calls of one check."""

from __future__ import annotations

import time
from typing import Any


class Deadline:
    """Seconds left until a fixed moment; `None` means no limit."""

    def __init__(self, seconds: float | None) -> None:
        self._end = None if seconds is None else time.monotonic() + seconds

    def expired(self) -> bool:
        return self._end is not None and time.monotonic() >= self._end

    def milliseconds(self) -> int | None:
        """What to hand to Z3's `timeout` parameter (at least 1 ms)."""
        if self._end is None:
            return None
        return max(1, int((self._end - time.monotonic()) * 1000))

    def limit(self, solver: Any) -> None:
        """Give a Z3 solver or fixedpoint engine the time left as its `timeout` (nothing if unlimited)."""
        timeout = self.milliseconds()
        if timeout is not None:
            solver.set("timeout", timeout)
