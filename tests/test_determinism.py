"""Every run says the same: two processes give the same JSON document (timings aside) and the same report bytes.

The runs are separate processes with different hash seeds, so anything
that depends on the iteration order of a set, on object addresses or on
state left in one process (Z3's included) shows as a difference.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

MODELS = Path(__file__).resolve().parent.parent / "models"
DESIGNS = [str(MODELS / "orange_2021.toml"), str(MODELS / "same_codebase.toml")]
"""A per-server design and a pooled one (counted per class), with violated and held claims."""


def _callspec(*arguments: str, seed: int) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONHASHSEED": str(seed)}
    run = subprocess.run(
        [sys.executable, "-m", "spec", *arguments], capture_output=True, text=True, env=environment, timeout=600
    )
    assert run.returncode == 0, run.stderr
    return run


def _without_timings(value: object) -> object:
    if isinstance(value, dict):
        return {key: _without_timings(item) for key, item in value.items() if key != "seconds"}
    if isinstance(value, list):
        return [_without_timings(item) for item in value]
    return value


def _folder(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_two_check_runs_give_the_same_json_document_apart_from_timings() -> None:
    first, second = (json.loads(_callspec("check", *DESIGNS, "--json", seed=seed).stdout) for seed in (1, 2))
    assert _without_timings(first) == _without_timings(second)
    assert first != _without_timings(first), "the timings were the only thing left out"


def test_two_report_runs_write_byte_identical_folders(tmp_path: Path) -> None:
    for seed in (1, 2):
        _callspec("report", *DESIGNS, "--report-dir", str(tmp_path / f"reports{seed}"), "--itf", str(tmp_path / f"itf{seed}"), seed=seed)
    assert _folder(tmp_path / "reports1") == _folder(tmp_path / "reports2")
    assert _folder(tmp_path / "itf1") == _folder(tmp_path / "itf2")
    assert len(_folder(tmp_path / "reports1")) > 1, "some counterexample was reported"
