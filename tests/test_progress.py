"""Progress bars: on a terminal's standard error only, never in a pipe, a log or the JSON document."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from spec.cli import main
from spec.progress import Progress

ORANGE = str(Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml")
BUG_CLAIM = "one common-mode bug defeats 3-of-6"
TIMING = r"\d+\.\d+ s\)"


class Terminal(io.StringIO):
    """Standard error as a terminal would be: it says it is one."""

    def isatty(self) -> bool:
        return True


def test_every_count_is_drawn_when_redrawing_is_not_throttled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counts that come quicker than `REDRAW` are skipped, so the terminal tests set it to 0 to see every one."""
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr("spec.progress.DELAY", 0)
    monkeypatch.setattr("spec.progress.REDRAW", 0)
    with Progress(None, "candidates") as progress:
        for done in range(5):
            progress.advance(f"{done} checks")
    drawn = terminal.getvalue()
    assert all(f"{count} candidates" in drawn for count in range(1, 6)) and "4 checks" in drawn, drawn


@pytest.mark.parametrize(
    "command",
    [["check", ORANGE], ["cutsets", ORANGE, "--claim", BUG_CLAIM, "--max-order", "1"]],
    ids=["check", "cutsets"],
)
def test_no_progress_when_standard_error_is_not_a_terminal(command: list[str]) -> None:
    run = subprocess.run([sys.executable, "-m", "spec", *command], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert "\r" not in run.stdout and "\x1b" not in run.stdout


def _on_a_terminal(
    arguments: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[str, str]:
    terminal = Terminal()
    monkeypatch.setattr("spec.progress.DELAY", 0)
    monkeypatch.setattr("spec.progress.REDRAW", 0)
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(arguments) == 0
    return capsys.readouterr().out, terminal.getvalue()


def test_check_on_a_terminal_shows_claims_done_and_prints_the_same(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", ORANGE, "--claim", BUG_CLAIM]) == 0
    plain = capsys.readouterr().out
    out, bar = _on_a_terminal(["check", ORANGE, "--claim", BUG_CLAIM], monkeypatch, capsys)
    assert "1/1" in bar and "claims" in bar
    assert re.sub(TIMING, "", out) == re.sub(TIMING, "", plain), "standard output is unchanged"


def test_json_output_shows_no_progress_even_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out, bar = _on_a_terminal(["check", ORANGE, "--claim", BUG_CLAIM, "--json"], monkeypatch, capsys)
    assert bar == ""
    assert out.startswith("{")


SMALL_CATALOGUE = """\
name = "small"
[service]
demand = 1
[choices]
sites = ["north", "south"]
max_servers = 3
strategy = "all_at_once"
[[choices.codebases]]
name = "a"
server_cost = 1
[[claims]]
name = "a crash is survived"
expect = "holds"
faults = { crashes = 1 }
"""


def test_synthesize_on_a_terminal_counts_candidates_and_json_shows_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue = tmp_path / "small.toml"
    catalogue.write_text(SMALL_CATALOGUE, encoding="utf-8")
    out, bar = _on_a_terminal(["synthesize", str(catalogue), "--out", str(tmp_path / "a.toml")], monkeypatch, capsys)
    assert "2 candidates" in bar and "2 checks" in bar and "cheapest design: cost 2" in out, bar
    out, bar = _on_a_terminal(["synthesize", str(catalogue), "--out", str(tmp_path / "b.toml"), "--json"], monkeypatch, capsys)
    assert bar == "" and out.startswith("{")
