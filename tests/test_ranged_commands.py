"""Ranged pools on the command line: `--count ENTRY=N`, and the refusal of a ranged pool left without a size.

With every ranged pool given a size, each command prints what it prints for the file that declares that
`count`. Without one, and for every `--count` that does not fit, the command exits 2 with one line naming
the file, field and line (or the option), never a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from spec.cli import main

ROOT = Path(__file__).resolve().parent.parent

EDGE = """\
name = "edge"
step = "15 min"

[service]
demand = 3

[routing]
health_check = "end_to_end"

[[versions]]
name = "proxy"

[[versions]]
name = "esrp-sw"

[[servers]]
name = "front"
site = "paris"
version = "proxy"

[[servers]]
name = "esrp"
site = "lyon"
version = "esrp-sw"
count = { min = 2, max = 6 }

[[servers]]
name = "back"
site = "paris"
version = "proxy"

[change]
strategy = "staged"
order = ["esrp", "front", "back"]
batch = [1, 2]
bake = 1

[[links]]
between = ["front", "esrp"]

[[claims]]
name = "one crash is survived"
expect = "holds"
faults = { crashes = 1 }

[[claims]]
name = "losing lyon is not"
expect = "violated"
faults = { site_losses = 1 }

[[claims]]
name = "a bug that shows late"
expect = "violated"
faults = { bugs = 1, latency = 3 }

[[claims]]
name = "a restart sets off a bug in its neighbours"
expect = "violated"
faults = { restarts = 1, bugs = 1, trigger = "message" }

[risk]
p_crash = 0.001
p_site = 0.0001
p_bug = 0.001

[risk.p]
"crash:esrp" = 0.01
"""
RANGE = "count = { min = 2, max = 6 }"
COUNT_LINE = 25
"""The line of `count = { min = 2, max = 6 }` in EDGE."""
COMMANDS = {
    "check": [],
    "report": ["--report-dir", "REPORTS"],
    "compare": [],
    "cutsets": ["--claim", "losing lyon is not"],
    "risk": [],
    "export": ["--claim", "losing lyon is not", "--promela", "OUT.pml"],
}
"""Every command that reads a design, with what it needs besides the file (folders and files named in capitals)."""
FIXED_SIZES = ("cutsets", "risk", "export")


def _files(folder: Path, size: int) -> tuple[Path, Path]:
    """EDGE, and the same design with `count = size` written out, in `folder`."""
    ranged, fixed = folder / "ranged" / "edge.toml", folder / "fixed" / "edge.toml"
    for path, text in ((ranged, EDGE), (fixed, EDGE.replace(RANGE, f"count = {size}"))):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    return ranged, fixed


def _arguments(command: str, folder: Path) -> list[str]:
    return [str(folder / argument) if argument.isupper() or argument.endswith(".pml") else argument for argument in COMMANDS[command]]


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    out, err = capsys.readouterr()
    return status, out, err


def _without_seconds(document: Any) -> Any:
    """A JSON document with the seconds each claim took left out, and the design file's folder."""
    if isinstance(document, dict):
        return {key: _without_seconds(value) for key, value in document.items() if key != "seconds"}
    if isinstance(document, list):
        return [_without_seconds(item) for item in document]
    return document.replace("ranged/", "fixed/") if isinstance(document, str) else document


@pytest.mark.parametrize("size", [2, 3, 6])
def test_check_at_a_size_is_the_check_of_the_file_with_that_count(size: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ranged, fixed = _files(tmp_path, size)
    by_count = _run(capsys, "check", str(ranged), "--count", f"esrp={size}", "--json")
    written = _run(capsys, "check", str(fixed), "--json")
    assert by_count[0] == written[0] and by_count[2] == written[2] == ""
    assert _without_seconds(json.loads(by_count[1])) == _without_seconds(json.loads(written[1]))
    members = json.loads(by_count[1])["designs"][0]["claims"][1]["trace"][0]["servers"]
    assert list(members) == ["front", *(f"esrp-{number}" for number in range(1, size + 1)), "back"]


def test_a_claim_may_hold_at_one_size_and_not_at_another(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Why a ranged design is never checked at a size it was not given: a late bug of the proxies breaks the
    fleet with two ESRPs (the roll-out reaches both proxies before the gate sees it), not the one with five."""
    ranged, _ = _files(tmp_path, 2)
    assert _run(capsys, "check", str(ranged), "--count", "esrp=2", "--claim", "a bug that shows late")[0] == 0
    assert _run(capsys, "check", str(ranged), "--count", "esrp=5", "--claim", "a bug that shows late")[0] == 1


@pytest.mark.parametrize("command", ["cutsets", "risk"])
def test_cut_sets_and_risk_at_a_size_are_those_of_the_file_with_that_count(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ranged, fixed = _files(tmp_path, 4)
    claim = ["--claim", "a bug that shows late", "--max-order", "2"]
    by_count = _run(capsys, command, str(ranged), *claim, "--count", "esrp=4", "--json")
    written = _run(capsys, command, str(fixed), *claim, "--json")
    assert by_count == written and by_count[0] == 0


def test_the_export_at_a_size_is_that_of_the_file_with_that_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ranged, fixed = _files(tmp_path, 3)
    claim = ["--claim", "a bug that shows late"]
    assert _run(capsys, "export", str(ranged), *claim, "--count", "esrp=3", "--promela", str(tmp_path / "ranged.pml"))[0] == 0
    assert _run(capsys, "export", str(fixed), *claim, "--promela", str(tmp_path / "fixed.pml"))[0] == 0
    assert (tmp_path / "ranged.pml").read_text() == (tmp_path / "fixed.pml").read_text()


def test_report_and_compare_take_the_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ranged, fixed = _files(tmp_path, 3)
    for command in ("report", "compare"):
        by_count = _run(capsys, command, str(ranged), *_arguments(command, tmp_path / "ranged"), "--count", "esrp=3")
        written = _run(capsys, command, str(fixed), *_arguments(command, tmp_path / "fixed"))
        assert by_count[0] == written[0] == 0
        assert by_count[1].replace("ranged/", "fixed/") == written[1]
    pages = sorted(path.name for path in (tmp_path / "ranged" / "REPORTS").iterdir())
    assert pages == sorted(path.name for path in (tmp_path / "fixed" / "REPORTS").iterdir()) and "index.md" in pages


def test_a_count_applies_to_every_design_given_that_has_the_ranged_pool(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ranged, fixed = _files(tmp_path, 3)
    other = tmp_path / "ranged" / "other.toml"
    other.write_text(EDGE.replace('name = "edge"', 'name = "other"'), encoding="utf-8")
    status, out, err = _run(capsys, "check", str(tmp_path / "ranged"), str(fixed), "--count", "esrp=3", "--json")
    assert (status, err) == (0, "")
    assert [len(design["claims"]) for design in json.loads(out)["designs"]] == [4, 4, 4]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_ranged_pool_left_without_a_size_is_refused_naming_the_entry(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ranged, _ = _files(tmp_path, 3)
    status, out, err = _run(capsys, command, str(ranged), *_arguments(command, tmp_path))
    assert (status, out) == (2, "") and err.count("\n") == 1
    assert err.startswith(f'callspec: error: {ranged}:{COUNT_LINE}: servers[1].count: ranged pool "esrp" ')
    if command in FIXED_SIZES:
        assert f"needs a size: {command} reads fixed sizes; give --count esrp=N (N from 2 to 6)" in err
    else:
        assert "so the pool must come last in [change] order (or be the last [[servers]] entry) to be checked for every size at once; give --count esrp=N to check one size" in err
    assert not (tmp_path / "OUT.pml").exists() and not (tmp_path / "REPORTS").exists()


def test_a_ranged_pool_left_without_a_size_beside_one_given_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ranged, _ = _files(tmp_path, 3)
    ranged.write_text(EDGE.replace('name = "back"', 'name = "back"\ncount = { min = 1 }'), encoding="utf-8")
    status, _, err = _run(capsys, "cutsets", str(ranged), "--claim", "losing lyon is not", "--count", "esrp=3")
    assert status == 2
    assert f'{ranged}:{COUNT_LINE + 4}: servers[2].count: ranged pool "back" needs a size' in err and "give --count back=N (N from 1 up)" in err


@pytest.mark.parametrize(
    ("counts", "words"),
    [
        (["esrp=7"], '--count esrp=7: ranged pool "esrp" of RANGED takes sizes from 2 to 6'),
        (["esrp=1"], '--count esrp=1: ranged pool "esrp" of RANGED takes sizes from 2 to 6'),
        (["front=2"], '--count front=2: "front" is a server of RANGED, not a ranged pool'),
        (["nope=2"], '--count nope=2: no ranged pool named "nope" (ranged pools: "esrp")'),
        (["esrp-1=2"], '--count esrp-1=2: no ranged pool named "esrp-1" (ranged pools: "esrp")'),
        (["esrp=3", "esrp=3"], '--count esrp=3: "esrp" is given a size twice'),
    ],
)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_count_that_fits_no_ranged_pool_is_refused_naming_the_option(
    command: str, counts: list[str], words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ranged, _ = _files(tmp_path, 3)
    options = [word for count in counts for word in ("--count", count)]
    status, out, err = _run(capsys, command, str(ranged), *_arguments(command, tmp_path), *options)
    assert (status, out, err) == (2, "", f"callspec: error: {words.replace('RANGED', str(ranged))}\n")


def test_a_count_of_a_pool_of_fixed_size_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, fixed = _files(tmp_path, 3)
    status, _, err = _run(capsys, "check", str(fixed), "--count", "esrp=3")
    assert (status, err) == (2, f'callspec: error: --count esrp=3: "esrp" is a pool of fixed size (3) in {fixed}, not a ranged pool\n')


def test_a_count_past_the_limit_on_servers_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ranged, _ = _files(tmp_path, 3)
    ranged.write_text(EDGE.replace(RANGE, "count = { min = 2 }"), encoding="utf-8")
    status, _, err = _run(capsys, "check", str(ranged), "--count", "esrp=1000000")
    assert status == 2
    assert err == f"callspec: error: --count: {ranged}: these sizes make 1,000,002 servers: a design has at most 1,000,000, pool members included\n"


@pytest.mark.parametrize(
    ("count", "words"),
    [
        ("esrp", '"esrp" is not ENTRY=N'),
        ("esrp=", '"esrp=" is not ENTRY=N'),
        ("=3", '"=3" is not ENTRY=N'),
        ("esrp=0", '"esrp=0" is not ENTRY=N'),
        ("esrp=000", '"esrp=000" is not ENTRY=N'),
        ("esrp=-1", '"esrp=-1" is not ENTRY=N'),
        ("esrp=2.5", '"esrp=2.5" is not ENTRY=N'),
        ("esrp=\u0663", '"esrp=\u0663" is not ENTRY=N'),
        ("esrp=1000001", '"esrp=1000001": N is more than the 1,000,000 servers a design may have'),
        ("esrp=" + "9" * 5000, "(5005 characters): N is more than the 1,000,000 servers a design may have"),
    ],
    ids=["no =", "no N", "no entry", "zero", "zeros", "negative", "a fraction", "an Arabic-Indic digit", "past the limit", "5000 digits"],
)
def test_a_malformed_count_is_a_usage_error(count: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ranged, _ = _files(tmp_path, 3)
    with pytest.raises(SystemExit) as exited:
        main(["check", str(ranged), "--count", count])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "callspec check: error: argument --count: " in error and words in error and error.count("\n") > 1, "usage, then the error"


def test_a_count_with_leading_zeros_and_an_entry_holding_equals_signs_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ranged, _ = _files(tmp_path, 3)
    ranged.write_text(EDGE.replace("esrp", "e=s"), encoding="utf-8")
    assert _run(capsys, "check", str(ranged), "--count", "e=s=004", "--claim", "one crash is survived")[0] == 0


def test_the_refusal_prints_no_traceback(tmp_path: Path) -> None:
    ranged, _ = _files(tmp_path, 3)
    for arguments in (["cutsets", str(ranged), "--claim", "losing lyon is not"], ["check", str(ranged), "--count", "esrp=9"]):
        run = subprocess.run([sys.executable, "-m", "spec", *arguments], capture_output=True, text=True, timeout=120)
        assert run.returncode == 2 and run.stdout == ""
        assert "Traceback" not in run.stderr and run.stderr.count("\n") == 1


def test_the_pytest_plugin_refuses_a_staged_ranged_design_as_a_collection_error(tmp_path: Path) -> None:
    """Run outside this checkout, with this checkout's `spec` (and so its plugin) first on the path."""
    (tmp_path / "edge.toml").write_text(EDGE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "edge.toml"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
    )
    assert run.returncode != 0 and "passed" not in run.stdout
    assert f'edge.toml:{COUNT_LINE}: servers[1].count: ranged pool "esrp" (sizes from 2 to 6): a staged roll-out' in run.stdout
    assert "callspec check --count esrp=N checks one size" in run.stdout
    assert "Traceback" not in run.stdout
