"""Each defect the hardening review found in reading input, on a minimal design with one change.

Every bad input is a located one-line error with exit status 2, never a
traceback; long runs of valid designs end within a time limit.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spec import check
from spec.check import DEFAULT_TIMEOUT, UNKNOWN
from spec.engine.deadline import Deadline
from spec.platform import build_platform
from spec.trace import ReplayTimedOut, replay
from spec.cli import main, parser
from spec.design import MAX_STEPS, DesignError, parse_design
from mutations import MINIMAL_DESIGN as MINIMAL
from spec.source_lines import locate_field


def _error(text: str) -> DesignError:
    with pytest.raises(DesignError) as raised:
        parse_design(text, "m.toml")
    message = str(raised.value)
    assert "\n" not in message and message.startswith("m.toml"), message
    return raised.value


@pytest.mark.parametrize(
    "old, new, field, line, words",
    [
        ('version = "v"\n', 'version = "v"\ncapacity = 2147483648\n', "servers[0].capacity", 9, "at most 1,000,000,000"),
        ("demand = 1", "demand = 0x" + "f" * 40, "service.demand", 3, "an integer of 160 bits"),
        ("demand = 1", "demand = 1\nmax_outage = 1000", "service.max_outage", 4, f"at most {MAX_STEPS}"),
        ("crashes = 1", "crashes = 1, latency = 101", "claims[0].faults.latency", 12, f"at most {MAX_STEPS}"),
        ('version = "v"\n', 'version = "v\\nv"\n', "servers[0].version", 8, 'unknown version "v\\nv"'),
        ('version = "v"\n', 'version = "' + "w" * 100_000 + '"\n', "servers[0].version", 8, "(100000 characters)"),
    ],
)
def test_a_bad_value_is_one_located_line(old: str, new: str, field: str, line: int, words: str) -> None:
    error = _error(MINIMAL.replace(old, new, 1))
    assert (error.field_path, error.line) == (field, line)
    assert words in error.problem


@pytest.mark.parametrize(
    "value, words",
    [
        ('"1%"', "must be a number, not a string"),
        ("true", "must be a number, not a boolean"),
        ("-0.1", "must not be negative"),
        ("1.5", "is a share of calls: at most 1"),
        ("nan", "must be a finite number"),
        ("inf", "must be a finite number"),
        ("-inf", "must be a finite number"),
    ],
)
def test_a_lost_share_that_is_no_share_is_one_located_line(value: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = MINIMAL.replace("demand = 1", f"demand = 1\nmax_lost_share = {value}", 1)
    error = _error(text)
    assert (error.field_path, error.line) == ("service.max_lost_share", 4)
    assert words in error.problem
    design = tmp_path / "m.toml"
    design.write_text(text, encoding="utf-8")
    assert main(["check", str(design)]) == 2
    assert f"{design}:4: service.max_lost_share: {words}" in capsys.readouterr().err


@pytest.mark.parametrize(
    "faults, words",
    [
        ("crashes = 1, min_latency = 1", "must be at most latency (0), not 1"),
        ("crashes = 1, latency = 2, min_latency = 3", "must be at most latency (2), not 3"),
        ("crashes = 1, min_latency = 3, latency = 2", "must be at most latency (2), not 3"),
        ("crashes = 1, latency = 2, min_latency = -1", "must be at least 0, not -1"),
        ("crashes = 1, latency = 2, min_latency = 1.5", "must be an integer, not a float"),
        ('crashes = 1, latency = 2, min_latency = "1"', "must be an integer, not a string"),
        ("crashes = 1, latency = 2, min_latency = true", "must be an integer, not a boolean"),
        ("crashes = 1, latency = 100, min_latency = 101", f"must be at most {MAX_STEPS}"),
    ],
)
def test_a_min_latency_outside_0_to_latency_is_one_located_line(
    faults: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`min_latency` is an integer from 0 to the claim's `latency`, written before or after it: exit 2, file, line, field."""
    text = MINIMAL.replace("crashes = 1", faults, 1)
    error = _error(text)
    assert (error.field_path, error.line) == ("claims[0].faults.min_latency", 12)
    assert words in error.problem
    design = tmp_path / "m.toml"
    design.write_text(text, encoding="utf-8")
    assert main(["check", str(design)]) == 2
    assert capsys.readouterr().err.startswith(f"callspec: error: {design}:12: claims[0].faults.min_latency: {words}")


def test_a_min_latency_in_a_faults_table_is_located_at_its_own_line() -> None:
    text = MINIMAL.replace("faults = { crashes = 1 }", "[claims.faults]\nbugs = 1\nlatency = 2\nmin_latency = 5", 1)
    error = _error(text)
    assert (error.field_path, error.line, error.problem) == ("claims[0].faults.min_latency", 15, "must be at most latency (2), not 5")


def test_a_lost_share_too_fine_for_spin_s_integers_is_refused_by_the_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`0.123456789` compares 10**9 times the lost capacity: past 2**31 with a server of capacity 3."""
    design = tmp_path / "m.toml"
    design.write_text(MINIMAL.replace("demand = 1", "demand = 1\nmax_lost_share = 0.123456789", 1).replace('version = "v"\n', 'version = "v"\ncapacity = 3\n', 1), encoding="utf-8")
    assert main(["check", str(design)]) == 0
    capsys.readouterr()
    assert main(["export", str(design), "--claim", "c", "--promela", str(tmp_path / "m.pml")]) == 2
    assert f"{design}:4: service.max_lost_share: the Promela export compares" in capsys.readouterr().err
    assert not (tmp_path / "m.pml").exists()


def test_a_list_of_5000_declared_versions_is_shortened() -> None:
    versions = "".join(f'[[versions]]\nname = "v{index}"\n' for index in range(5000))
    error = _error(MINIMAL.replace('[[versions]]\nname = "v"\n', versions).replace('version = "v"', 'version = "x"'))
    assert error.problem.endswith("and 4990 more)") and len(str(error)) < 300


def test_an_integer_of_more_than_4300_digits_is_a_toml_error_at_its_line() -> None:
    error = _error(MINIMAL.replace("demand = 1", "demand = " + "9" * 4400))
    assert error.line == 3 and "too many digits" in error.problem


def test_deep_nesting_is_an_error_at_its_line() -> None:
    error = _error(MINIMAL.replace('name = "m"\n', 'name = "m"\nx = ' + "[" * 1000 + "]" * 1000 + "\n"))
    assert error.line == 2 and "nested 1000 deep" in error.problem


def test_bare_carriage_returns_are_rejected_and_crlf_is_not(tmp_path: Path) -> None:
    bare, crlf = tmp_path / "bare.toml", tmp_path / "crlf.toml"
    bare.write_bytes(MINIMAL.replace("\n", "\r").encode())
    crlf.write_bytes(MINIMAL.replace("\n", "\r\n").encode())
    assert main(["check", str(crlf), "--claim", "c"]) == 0
    assert main(["check", str(bare)]) == 2


def test_line_separators_in_comments_do_not_shift_lines() -> None:
    text = "# a\u2028b\u2029c\x85d\n" + MINIMAL.replace('version = "v"\n', 'version = "w"\n')
    assert _error(text).line == 9


def test_header_like_lines_inside_multi_line_strings_and_arrays_are_not_headers() -> None:
    trap = 'title = """\n[[servers]]\n[claims]\n"""\nstep = [\n  [1, 2],\n]\n'
    text = trap + MINIMAL.replace('version = "v"\n', 'version = "w"\n')
    assert locate_field(text, "servers[0].version") == 15
    assert locate_field(text, "step") == 5


def test_the_locator_is_linear_on_its_worst_inputs() -> None:
    """Once cubic (a header-like line of 4,000 spaces in a string) and quadratic (100,000-character inline values)."""
    spaces = 'title = """\n[[' + " " * 400_000 + 'x\n"""\n' + MINIMAL
    assert locate_field(spaces, "service.demand") == 6
    inline = 'title = "' + "k" * 1_000_000 + '"\nstep = {' + "k" * 1_000_000 + "}\n" + MINIMAL
    assert locate_field(inline, "service.demand") == 5


def test_a_fifo_in_a_folder_is_refused_without_waiting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.toml").write_text(MINIMAL, encoding="utf-8")
    os.mkfifo(tmp_path / "p.toml")
    assert main(["check", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"callspec: error: {tmp_path / 'p.toml'}: not a regular file\n"


@pytest.mark.parametrize("path, words", [("", "an empty path"), ("x" * 300 + "/d.toml", "File name too long")])
def test_paths_that_name_no_file_are_errors(path: str, words: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", path]) == 2
    message = capsys.readouterr().err
    assert words in message and message.count("\n") == 1


@pytest.mark.parametrize("seconds", ["nan", "inf", "1e300", "-1"])
def test_a_time_limit_that_is_no_number_of_seconds_is_a_usage_error(seconds: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        main(["check", "models", "--timeout", seconds])
    assert exit.value.code == 2 and "is not a number of seconds from 0 to" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["check", "f"], ["report", "f"], ["compare", "f"], ["cutsets", "f", "--claim", "c"]])
def test_every_command_has_the_default_time_limit(command: list[str]) -> None:
    assert parser().parse_args(command).timeout == DEFAULT_TIMEOUT


def test_a_claim_past_its_time_limit_is_unknown_with_status_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    design = tmp_path / "slow.toml"
    design.write_text(MINIMAL.replace("demand = 1", f"demand = 1\nmax_outage = {MAX_STEPS}"), encoding="utf-8")
    assert main(["check", str(design), "--timeout", "0.2"]) == 3
    assert "1 claims: 0 as expected, 0 differ, 1 inconclusive" in capsys.readouterr().out


def test_a_cut_set_search_past_its_time_limit_prints_what_it_found_with_status_3(capsys: pytest.CaptureFixture[str]) -> None:
    claim = "a change-triggered bug, a crash and a site loss are survived"
    assert main(["cutsets", "models/recommended.toml", "--claim", claim, "--timeout", "1"]) == 3
    out = capsys.readouterr().out
    assert "incomplete: the time limit (1 s) passed while searching order" in out


def test_a_replay_past_the_time_limit_is_no_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    """The limit covers the replay of a counterexample too: one not yet confirmed is `unknown`, never `violated`."""
    design = parse_design(MINIMAL, "m.toml")
    claim = design.claims[0]
    platform = build_platform(design, claim)
    adversary = check.check_claim(design, claim).trace.adversary
    with pytest.raises(ReplayTimedOut, match="replayed, at step 1"):
        replay(platform, adversary, Deadline(0))

    def late(*arguments: object) -> None:
        raise ReplayTimedOut("the time limit passed while the counterexample was replayed, at step 1")

    monkeypatch.setattr(check, "confirmed_trace", late)
    verdict = check.check_claim(design, claim)
    assert verdict.outcome == UNKNOWN and "replayed" in verdict.reason
