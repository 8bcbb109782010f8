"""The risk picture in docs/ is what `callspec risk --plot` draws today, and docs/risk.md quotes today's figures.

The SVG carries the figures it was drawn from in its description; this test
draws them afresh and fails as soon as a change to the 2021 model, its
`[risk]` table, the cut sets or the formulas makes the committed picture
stale.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import spec
from spec.analysis.risk import risk_figures
from spec.cli import main
from spec.report.risk_table import calls
from spec.report.risk_plot import description

ROOT = Path(__file__).resolve().parent.parent
PICTURE = ROOT / "docs" / "risk-2021.svg"
CLAIM = "one common-mode bug defeats 3-of-6"
REGENERATE = f'callspec risk models/orange_2021.toml --claim "{CLAIM}" --plot docs/risk-2021.svg'


def test_the_committed_risk_picture_matches_a_fresh_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    fresh = tmp_path / "risk.svg"
    assert main(["risk", "models/orange_2021.toml", "--claim", CLAIM, "--plot", str(fresh)]) == 0
    assert "bounded" not in capsys.readouterr().out
    figures = description(fresh.read_text())
    assert figures.startswith("servers: 1 2 3 4 5 6 7 8 9 10 11 12\n")
    assert figures.count("\n") == 6, "the servers, then six series: independence, three beta factors, callspec twice"
    assert description(PICTURE.read_text()) == figures, f"docs/risk-2021.svg is stale; run: {REGENERATE}"


def test_the_picture_shows_the_flat_lines_the_docs_explain() -> None:
    series = {line.split(":")[0]: [float(value) for value in line.split(":")[1].split()] for line in description(PICTURE.read_text()).splitlines()}
    independence = series["independence (k-of-n, every server on its own)"]
    identical = series["callspec, identical replicas"]
    assert all(later < earlier for earlier, later in zip(independence[2:], independence[3:])), "falls with every replica"
    assert max(identical[3:]) < 1.01 * min(identical[3:]), "callspec's figure for identical replicas is flat from four servers on"
    assert identical[5] >= 100 * independence[5], "at six servers, the 2021 platform"


def test_the_att_redesigns_table_quotes_todays_figures() -> None:
    """docs/risk.md's table of what each AT&T redesign buys: `p_window` and calls lost a year up to order 3, as now."""
    text = (ROOT / "docs" / "risk.md").read_text(encoding="utf-8")
    rows = {
        row.split("`")[1]: row.split("|")[2:4] for row in text.splitlines() if row.startswith("| `att_1990")
    }
    assert sorted(rows) == ["att_1990", "att_1990_regions", "att_1990_two_releases"], rows
    for stem, (p_window, lost) in rows.items():
        design = spec.load_design(ROOT / "models" / f"{stem}.toml")
        claim = next(claim for claim in design.claims if claim.faults.bugs)
        figures = risk_figures(design, claim, max_order=3)
        quoted = (f"{float(p_window):.1e}", lost.strip())
        assert (f"{float(figures.p_window):.1e}", calls(figures.calls_lost_per_year)) == quoted, stem
