"""`callspec check`: exit statuses and the JSON document of the contract."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from spec.cli import main, parser

MODELS = Path(__file__).resolve().parent.parent / "models"
ORANGE = MODELS / "orange_2021.toml"
BUG_CLAIM = "one common-mode bug defeats 3-of-6"


def test_the_2021_model_checks_with_status_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ORANGE)]) == 0
    out = capsys.readouterr().out
    assert "4 claims: 4 as expected, 0 differ, 0 inconclusive" in out
    assert "loop+" in out, "the counterexample is printed as a step table"


def test_json_has_the_contract_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ORANGE), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    (design,) = document["designs"]
    assert design["file"] == str(ORANGE) and design["name"] == "orange-2021"
    claims = {claim["name"]: claim for claim in design["claims"]}
    bug = claims[BUG_CLAIM]
    assert bug["verdict"] == "violated" and bug["method"] == "bmc" and bug["length"] == 1
    assert isinstance(bug["seconds"], float)
    assert [state["step"] for state in bug["trace"]] == [0, 1]
    first, last = bug["trace"]
    assert first == {
        "step": 0,
        "served": True,
        "capacity": 6,
        "lost_share": 0,
        "backup": None,
        "servers": {f"cs{n}": {"state": "up", "applied": False, "routed": True} for n in range(1, 7)},
    }
    assert last["servers"]["cs1"] == {"state": "looping", "applied": True, "routed": True}
    assert last["lost_share"] == 1
    held = claims["three independent crashes are survived"]
    assert held["verdict"] == "holds" and held["method"] in ("kind", "pdr") and "trace" not in held


def test_claim_filter_checks_only_that_claim(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ORANGE), "--claim", BUG_CLAIM, "--json"]) == 0
    claims = json.loads(capsys.readouterr().out)["designs"][0]["claims"]
    assert [claim["name"] for claim in claims] == [BUG_CLAIM]


def test_a_verdict_that_differs_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    flipped = tmp_path / "flipped.toml"
    text = ORANGE.read_text()
    flipped.write_text(text.replace('expect = "violated"\nfaults = { bugs = 1 }', 'expect = "holds"\nfaults = { bugs = 1 }'))
    assert main(["check", str(flipped)]) == 1
    assert "FAIL one common-mode bug defeats 3-of-6: violated (expected holds" in capsys.readouterr().out


def test_an_exhausted_time_limit_is_inconclusive_with_status_3(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ORANGE), "--timeout", "0", "--json"]) == 3
    claims = json.loads(capsys.readouterr().out)["designs"][0]["claims"]
    assert {claim["verdict"] for claim in claims} == {"unknown"}
    assert all("time-out" in claim["reason"] for claim in claims)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["check", "no/such/path.toml"], "no such file or folder"),
        (["check", str(ORANGE), "--claim", "nobody has this claim"], "no design has a claim named"),
    ],
)
def test_bad_command_lines_exit_2(arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(arguments) == 2
    assert message in capsys.readouterr().err


def test_an_empty_folder_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path)]) == 2
    assert "no design files" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """Like `callspec check ... | head -0`: the pipe is closed before anything is written."""
    reader = subprocess.Popen(
        [sys.executable, "-m", "spec", "check", str(ORANGE), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    reader.stdout.close()
    error = reader.stderr.read()
    reader.wait(timeout=120)
    assert "Traceback" not in error


def _usages(page: Path) -> dict[str, set[str]]:
    """The options each command's usage line names in `page` (`callspec check PATH... [--claim NAME] ...`, continued
    on indented lines)."""
    usages: dict[str, set[str]] = {}
    command = None
    for line in page.read_text(encoding="utf-8").splitlines():
        words = line.split()
        if len(words) > 2 and words[0] == "callspec" and words[2][:1].isupper():
            command = words[1]
            usages[command] = set()
        elif command is None or not line.startswith(" ") or "[" not in line:
            command = None
            continue
        usages[command] |= {word.strip("[]") for word in words if word.strip("[").startswith("--")}
    return usages


@pytest.mark.parametrize("page", ["README.md", "docs/ci.md"])
def test_the_command_summaries_name_every_option_of_the_parser(page: str) -> None:
    commands = next(action for action in parser()._actions if isinstance(action, argparse._SubParsersAction)).choices
    usages = _usages(MODELS.parent / page)
    assert usages, f"{page} has no command summary"
    for command, options in usages.items():
        declared = {option for action in commands[command]._actions for option in action.option_strings}
        assert options == declared - {"-h", "--help"}, f"{page}: callspec {command}"


@pytest.mark.parametrize("share", ["abc", "0", "1/3", "nan", "2", "-0.1"])
def test_compare_refuses_a_lost_share_that_a_design_could_not_write(share: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["compare", str(ORANGE), "--lost-share", share])
    assert exited.value.code == 2
    assert f'--lost-share: "{share}" is not a share of calls: a number above 0 and at most 1' in capsys.readouterr().err
