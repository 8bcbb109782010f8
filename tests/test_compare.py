"""`callspec compare`: the verdict matrix, printed and written as Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from spec.analysis.matrix import STANDARD_HYPOTHESES
from spec.cli import main

ORANGE = Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml"


def test_the_2021_row_shows_independent_faults_survived_and_every_bug_fatal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "matrix.md"
    assert main(["compare", str(ORANGE), "--markdown", str(out)]) == 0
    printed = capsys.readouterr().out
    assert out.read_text() == printed
    header = next(line for line in printed.splitlines() if line.startswith("| design"))
    assert header.count("|") == len(STANDARD_HYPOTHESES) + 5
    row = next(line for line in printed.splitlines() if line.startswith("| `orange-2021`"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[1:3] == ["holds", "holds"]
    assert cells[3:9] == ["violated (1)"] * 6
    assert cells[-3] == "1"
    assert cells[-2:] == ["1.0e-03", "139"], "a bug set off by a change: 1e-3 a change, 12 a year, 7.25 h of 1,600 calls"
    legend = printed.split("| design")[0]
    assert "calls lost a year" in " ".join(legend.split()) and "emergency" not in legend, "calls, not their kind: the [risk] table does not say"
