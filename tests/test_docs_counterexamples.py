"""The reports in docs/counterexamples/ are what `callspec check models/ --report-dir` writes today.

They are generated, and committed so that a design review can read them
without running anything; this test fails as soon as a change to a model,
the semantics or the report makes them stale.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from spec.cli import main

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "docs" / "counterexamples"
REGENERATE = "rm -r docs/counterexamples && callspec check models/ --report-dir docs/counterexamples"


def _files(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): path.read_text() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_committed_reports_match_a_fresh_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["check", "models/", "--report-dir", str(tmp_path)]) == 0
    fresh, committed = _files(tmp_path), _files(COMMITTED)
    assert sorted(fresh) == sorted(committed), f"docs/counterexamples has other files than a fresh run; run: {REGENERATE}"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    shown = "" if not stale else "".join(difflib.unified_diff(committed[stale[0]].splitlines(True), fresh[stale[0]].splitlines(True), "committed", "fresh"))
    assert not stale, f"stale reports {stale}; run: {REGENERATE}\n{shown[:4000]}"
