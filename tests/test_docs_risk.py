"""The risk picture in docs/ is what `callspec risk --plot` draws today, and docs/risk.md quotes today's figures.

The SVG carries the figures it was drawn from in its description; this test
draws them afresh and fails as soon as a change to the 2021 model, its
`[risk]` table, the cut sets or the formulas makes the committed picture
stale.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spec.cli import main
from spec.report.risk_plot import description

ROOT = Path(__file__).resolve().parent.parent
PICTURE = ROOT / "docs" / "risk-2021.svg"
CLAIM = "one common-mode bug defeats 3-of-6"
REGENERATE = f'callspec risk models/orange_2021.toml --claim "{CLAIM}" --plot docs/risk-2021.svg'


def test_the_committed_risk_picture_matches_a_fresh_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    fresh = tmp_path / "risk.svg"
    # --max-order 1 keeps the printed table quick; the picture's figures are exact whatever it says.
    assert main(["risk", "models/orange_2021.toml", "--claim", CLAIM, "--plot", str(fresh), "--max-order", "1"]) == 0
    assert "bounded: cut sets up to order 1" in capsys.readouterr().out
    figures = description(fresh.read_text())
    assert figures.count("\n") == 5, "six series: independence, three beta factors, callspec twice"
    assert description(PICTURE.read_text()) == figures, f"docs/risk-2021.svg is stale; run: {REGENERATE}"


def test_the_picture_shows_the_flat_lines_the_docs_explain() -> None:
    series = {line.split(":")[0]: [float(value) for value in line.split(":")[1].split()] for line in description(PICTURE.read_text()).splitlines()}
    independence = series["independence (k-of-n, every server on its own)"]
    identical = series["callspec, identical replicas"]
    assert all(later < earlier for earlier, later in zip(independence[2:], independence[3:])), "falls with every replica"
    assert max(identical[3:]) < 1.01 * min(identical[3:]), "callspec's figure for identical replicas is flat from four servers on"
    assert identical[5] >= 100 * independence[5], "at six servers, the 2021 platform"
