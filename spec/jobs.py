"""Checking many claims over local processes, the verdicts in the order they were asked for.

`callspec check --jobs N` hands each claim to one of N worker processes
(`concurrent.futures`), so a folder of designs takes about as long as its
slowest share rather than the sum. The verdicts come back in the order of
the claims, whatever order the workers finish in, so the output is the
same as a serial run's. With one job, claims are checked in this process,
one after the other. Each claim's `seconds` is the time its own check took.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from spec.check import Verdict, check_claim
from spec.design import Claim, Design


def check_claims(
    claims: Sequence[tuple[Design, Claim]],
    timeout: float | None = None,
    method: str = "auto",
    encoding: str = "auto",
    jobs: int = 1,
) -> Iterator[Verdict]:
    """The verdict of each `(design, claim)`, in order, checked over `jobs` processes."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if jobs == 1 or len(claims) < 2:
        for design, claim in claims:
            yield check_claim(design, claim, timeout, method, encoding)
        return
    # Fresh interpreters, not forks: the parent may hold solver state and threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(jobs, len(claims)), mp_context=context) as pool:
        futures = [pool.submit(check_claim, design, claim, timeout, method, encoding) for design, claim in claims]
        try:
            for future in futures:
                yield future.result()
        finally:
            for future in futures:
                future.cancel()
