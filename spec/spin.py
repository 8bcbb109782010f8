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
MEMORY_MB = 4096
"""pan's memory limit (`-DMEMLIM`): past it the search stops, incomplete (`unknown`), instead of exhausting the machine."""


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
        _run(["gcc", "-O2", "-DSAFETY", f"-DMEMLIM={MEMORY_MB}", "-o", "pan", "pan.c"], work)
        try:
            report = _run(["./pan", f"-m{SEARCH_DEPTH}"], work, allowed_status=(0, 1), timeout=timeout)
        except subprocess.TimeoutExpired:
            return "unknown"
    errors = re.search(r"errors: (\d+)", report)
    if errors is None or "too small" in report or "out of memory" in report.lower() or "-DMEMLIM bound" in report:
        return "unknown"
    if int(errors.group(1)) > 0:
        return "violated" if "assertion violated" in report else "unknown"
    return "holds"


def random_run(model: str, seed: int, steps: int) -> list[dict[str, int]]:
    """The states of one random simulation of a Promela model of a claim, as SPIN interprets it.

    SPIN runs `steps` statements with random choices (`spin -n<seed> -u<steps> -g -p`), printing
    each change of a global variable. A state is read at each check of the service property
    (state 0, then after each step): every global variable's value (Promela's default 0 until set),
    with the `move_` variables holding the moves chosen since the state before, 1 for a move made.
    """
    if shutil.which("spin") is None:
        raise SpinUnavailable("spin is not installed (Debian: apt-get install spin)")
    with tempfile.TemporaryDirectory(prefix="callspec-spin-") as folder:
        work = Path(folder)
        (work / "model.pml").write_text(model, encoding="utf-8")
        report = _run(["spin", f"-n{seed}", f"-u{steps}", "-g", "-p", "model.pml"], work, allowed_status=(0, 1))
    values: dict[str, int] = {}
    moves: dict[str, int] = {}
    states = []
    for line in report.splitlines():
        change = _CHANGE.fullmatch(line)
        if change is not None:
            name, value = change.group(1), int(change.group(2))
            values[name] = value
            if name.startswith("move_") and value:
                moves[name] = value
        elif "[assert(!(service_failed))]" in line or "assertion violated" in line:
            states.append({**values, **{name: 0 for name in values if name.startswith("move_")}, **moves})
            moves = {}
            if "assertion violated" in line:
                break
    return states


_CHANGE = re.compile(r"\t\t([A-Za-z_][A-Za-z0-9_]*(?:\[\d+\])?) = (-?\d+)")


def _run(command: list[str], folder: Path, allowed_status: tuple[int, ...] = (0,), timeout: float | None = None) -> str:
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=timeout)
    if done.returncode not in allowed_status:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stdout[-500:]}{done.stderr[-500:]}")
    return done.stdout
