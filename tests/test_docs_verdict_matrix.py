"""docs/verdict-matrix.md is what `callspec compare models/ --markdown` writes today.

The matrix is the table a design review reads first; it is generated and
committed, and this test fails as soon as a change to a model, the
semantics, the cut-set search or the risk figures makes it stale.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spec.cli import main

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "docs" / "verdict-matrix.md"
REGENERATE = "callspec compare models/ --markdown docs/verdict-matrix.md"


def test_the_committed_matrix_matches_a_fresh_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    fresh = tmp_path / "verdict-matrix.md"
    assert main(["compare", "models/", "--markdown", str(fresh)]) == 0
    assert capsys.readouterr().out == fresh.read_text(encoding="utf-8"), "compare prints the matrix it writes"
    assert fresh.read_text(encoding="utf-8") == COMMITTED.read_text(encoding="utf-8"), f"{COMMITTED.name} is stale; run: {REGENERATE}"
