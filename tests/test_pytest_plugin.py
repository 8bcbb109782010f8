"""pytest collects a design file's claims as items; a wrong expectation fails with the counterexample."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

from spec.design import load_design

MODELS = Path(__file__).resolve().parent.parent / "models"
ORANGE = MODELS / "orange_2021.toml"
SPREAD = [ORANGE, MODELS / "two_per_site.toml", MODELS / "same_codebase.toml"]
"""Designs whose claims two xdist workers share: violated and held claims, one pooled design."""


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


def _folder(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def _junit_items(path: Path) -> list[tuple[str, str, str]]:
    cases = ElementTree.parse(path).getroot().iter("testcase")
    return sorted((case.get("classname", ""), case.get("name", ""), ",".join(child.tag for child in case)) for case in cases)


def test_xdist_workers_give_the_same_items_reports_and_traces_as_a_serial_run(tmp_path: Path) -> None:
    """Under `-n 2` each worker checks some claims; the controller writes one index of them all."""
    for model in SPREAD:
        (tmp_path / model.name).write_text(model.read_text())
    runs = {}
    for name, extra in (("serial", []), ("xdist", ["-n", "2"])):
        run = _pytest(
            *extra, "--callspec-report-dir", f"{name}-reports", "--callspec-itf-dir", f"{name}-itf",
            "--junitxml", f"{name}.xml", *(model.name for model in SPREAD), folder=tmp_path,
        )
        assert run.returncode == 0, run.stdout
        runs[name] = (_folder(tmp_path / f"{name}-reports"), _folder(tmp_path / f"{name}-itf"), _junit_items(tmp_path / f"{name}.xml"))
    assert runs["xdist"] == runs["serial"]
    reports, _, items = runs["serial"]
    claims = sum(len(load_design(model).claims) for model in SPREAD)
    assert len(items) == claims
    index = reports["index.md"].decode()
    assert sum(line.startswith("| ") and not line.startswith("| Claim") for line in index.splitlines()) == claims


def test_a_report_folder_that_is_a_file_stops_pytest_before_any_claim(tmp_path: Path) -> None:
    (tmp_path / "orange.toml").write_text(ORANGE.read_text())
    run = _pytest("orange.toml", "--callspec-report-dir", "orange.toml", folder=tmp_path)
    assert run.returncode == 4
    assert "--callspec-report-dir orange.toml: is a file, not a folder" in run.stderr
