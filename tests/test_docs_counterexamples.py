"""The reports in docs/counterexamples/ are what `callspec check models/ --report-dir` writes today.

They are generated, and committed so that a design review can read them
without running anything; this test fails as soon as a change to a model,
the semantics or the report makes them stale.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from spec import check
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


def test_the_reports_do_not_depend_on_which_method_proves_a_claim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a loaded machine the cheapest proof, the brief proof and the first search run out of their time caps and PDR
    proves the claim instead: the reports a fresh run writes are the same, so the committed ones do not depend on the
    machine's load."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(check, "CHEAPEST_PROOF_SECONDS", 0.0)
    monkeypatch.setattr(check, "PROOF_FIRST_SECONDS", 0.0)
    monkeypatch.setattr(check, "FIRST_SEARCH_SECONDS", 0.0)
    assert main(["check", "models/", "--report-dir", str(tmp_path), "--json"]) == 0
    assert _files(tmp_path)["index.md"] == _files(COMMITTED)["index.md"]
