"""pytest collects a design file's claims as items; a wrong expectation fails with the counterexample."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ORANGE = Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml"


def _pytest(*arguments: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *arguments],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=600,
    )


def test_each_claim_is_an_item_and_passes(tmp_path: Path) -> None:
    (tmp_path / "orange.toml").write_text(ORANGE.read_text())
    run = _pytest("--collect-only", "orange.toml", folder=tmp_path)
    assert "4 tests collected" in run.stdout
    run = _pytest("orange.toml", folder=tmp_path)
    assert run.returncode == 0 and "4 passed" in run.stdout


def test_changing_one_expectation_fails_exactly_that_item_with_its_step_table(tmp_path: Path) -> None:
    flipped = ORANGE.read_text().replace('expect = "violated"\nfaults = { bugs = 1 }', 'expect = "holds"\nfaults = { bugs = 1 }')
    (tmp_path / "orange.toml").write_text(flipped)
    run = _pytest("orange.toml", folder=tmp_path)
    assert run.returncode == 1
    assert "1 failed, 3 passed" in run.stdout
    assert "FAILED orange.toml::one common-mode bug defeats 3-of-6" in run.stdout
    assert "violated (expected holds" in run.stdout and "loop+" in run.stdout
    assert "the liveness check still sees them alive" in run.stdout, "the failure tells the story"


def test_an_invalid_design_file_is_a_collection_error(tmp_path: Path) -> None:
    (tmp_path / "bad.toml").write_text('name = "Bad Name"\n')
    run = _pytest("bad.toml", folder=tmp_path)
    assert run.returncode != 0
    assert "bad.toml:1: name:" in run.stdout


def test_report_and_itf_options_write_the_session_s_counterexamples(tmp_path: Path) -> None:
    (tmp_path / "orange.toml").write_text(ORANGE.read_text())
    run = _pytest(
        "orange.toml", "--callspec-report-dir", "reports", "--callspec-itf-dir", "itf", "--junitxml", "claims.xml",
        folder=tmp_path,
    )
    assert run.returncode == 0, run.stdout
    index = (tmp_path / "reports" / "index.md").read_text()
    assert "| three independent crashes are survived | holds | holds |" in index
    assert (tmp_path / "reports" / "orange-2021" / "one-common-mode-bug-defeats-3-of-6.timeline.svg").is_file()
    assert "`orange.toml`" in index, "the design file is named relative to the rootdir"
    assert len(list((tmp_path / "itf").glob("*.itf.json"))) == 2
    assert 'tests="4"' in (tmp_path / "claims.xml").read_text()
