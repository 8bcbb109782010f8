"""Running SPIN on an exported model: an outside witness for a verdict.

SPIN's exhaustive search of the Promela model (`spec.promela`) is a model
checker nobody here wrote, on an encoding produced by a third
interpretation of the semantics. Its verdict must equal callspec's.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

SEARCH_DEPTH = 10_000_000


class SpinUnavailable(RuntimeError):
    """`spin` or a C compiler is not installed."""


def spin_verdict(model: str, timeout: float | None = None) -> str:
    """`holds`, `violated`, or `unknown` (search incomplete, or past `timeout` seconds) for a Promela model of a claim."""
    for tool in ("spin", "gcc"):
        if shutil.which(tool) is None:
            raise SpinUnavailable(f"{tool} is not installed (Debian: apt-get install spin gcc)")
    with tempfile.TemporaryDirectory(prefix="callspec-spin-") as folder:
        work = Path(folder)
        (work / "model.pml").write_text(model, encoding="utf-8")
        _run(["spin", "-a", "model.pml"], work)
        _run(["gcc", "-O2", "-DSAFETY", "-o", "pan", "pan.c"], work)
        try:
            report = _run(["./pan", f"-m{SEARCH_DEPTH}"], work, allowed_status=(0, 1), timeout=timeout)
        except subprocess.TimeoutExpired:
            return "unknown"
    errors = re.search(r"errors: (\d+)", report)
    if errors is None or "too small" in report or "out of memory" in report.lower():
        return "unknown"
    if int(errors.group(1)) > 0:
        return "violated" if "assertion violated" in report else "unknown"
    return "holds"


def _run(command: list[str], folder: Path, allowed_status: tuple[int, ...] = (0,), timeout: float | None = None) -> str:
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=timeout)
    if done.returncode not in allowed_status:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stdout[-500:]}{done.stderr[-500:]}")
    return done.stdout
