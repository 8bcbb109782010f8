"""Every run says the same: two processes give the same JSON document (timings aside) and the same report bytes.

The runs are separate processes with different hash seeds, so anything
that depends on the iteration order of a set, on object addresses or on
state left in one process (Z3's included) shows as a difference. A
counterexample is the same too whatever was checked before it in the
process, and with `--jobs`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from spec.check import check_claim, check_design
from spec.cli import design_files
from spec.design import load_design

MODELS = Path(__file__).resolve().parent.parent / "models"
DESIGNS = [str(MODELS / "orange_2021.toml"), str(MODELS / "same_codebase.toml")]
"""A per-server design and a pooled one (counted per class), with violated and held claims."""


SLOW_DETECTOR_CLAIM = "three independent crashes are survived"


def _callspec(*arguments: str, seed: int, status: int = 0) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONHASHSEED": str(seed)}
    run = subprocess.run(
        [sys.executable, "-m", "spec", *arguments], capture_output=True, text=True, env=environment, timeout=600
    )
    assert run.returncode == status, run.stderr
    return run


def _slow_detector(folder: Path) -> Path:
    """The design guide's slow detector: `nversion_3x3_e2e.toml` with `detect = 1` and `max_outage = 1`."""
    text = (MODELS / "nversion_3x3_e2e.toml").read_text(encoding="utf-8")
    for field in ("detect", "max_outage"):
        assert text.count(f"\n{field} = 0\n") == 1
        text = text.replace(f"\n{field} = 0\n", f"\n{field} = 1\n")
    path = folder / "tolerant.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _trace_of(document: dict[str, Any], file: Path) -> list[dict[str, Any]]:
    """The trace of the slow detector's claim in a JSON document of `check`."""
    claims = next(design["claims"] for design in document["designs"] if design["file"] == str(file))
    return next(claim["trace"] for claim in claims if claim["name"] == SLOW_DETECTOR_CLAIM)


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


def test_a_counterexample_is_the_same_alone_after_every_shipped_claim_and_over_two_processes(tmp_path: Path) -> None:
    """The design guide's slow detector, whose crashes it shows in order: alone in a fresh process, in this one
    after every shipped claim, and with `--jobs 2` after two other designs' claims, the very same run."""
    design = _slow_detector(tmp_path)
    alone = _trace_of(json.loads(_callspec("check", str(design), "--json", seed=1, status=1).stdout), design)
    for path in design_files([str(MODELS)]):
        check_design(load_design(path))
    variant = load_design(design)
    after = check_claim(variant, next(claim for claim in variant.claims if claim.name == SLOW_DETECTOR_CLAIM))
    assert after.trace is not None and after.trace.to_json() == alone
    spread = _callspec("check", *DESIGNS, str(design), "--jobs", "2", "--json", seed=2, status=1)
    assert _trace_of(json.loads(spread.stdout), design) == alone
    crashed = [[name for name, server in state["servers"].items() if server["state"] == "down"] for state in alone]
    assert crashed == [[], ["cs1"], ["cs1", "cs2"]], "the run the design guide shows"
