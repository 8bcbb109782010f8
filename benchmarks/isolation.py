"""One measurement in a fresh process of its own, stopped past its time limit.

Each measurement starts from a process of its own, so that none pays for
the memory another left behind (a per-server attempt at 10,000 servers
leaves gigabytes), and a build that overruns its deadline is stopped.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from typing import Any, Callable

GRACE_SECONDS = 30
"""How long past its time limit a measurement may take before it is stopped."""


def answer_within(measure: Callable[..., Any], arguments: tuple[Any, ...], seconds: float) -> Any | None:
    """`measure(*arguments)` in a fresh process; `None` if it has not answered within `seconds` and a grace period.

    `measure` must be a module-level function, so that a spawned process can import it.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_answer, args=(sender, measure, arguments))
    process.start()
    answer = receiver.recv() if receiver.poll(seconds + GRACE_SECONDS) else None
    process.kill()
    process.join()
    return answer


def _answer(sender: Connection, measure: Callable[..., Any], arguments: tuple[Any, ...]) -> None:
    sender.send(measure(*arguments))
