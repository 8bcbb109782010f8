"""Output files: written whole or not at all, and their places checked before any work starts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spec.check import Verdict, check_design
from spec.cli import main
from spec.design import load_design
from spec.files import output_folder, write_atomically
from spec.report.files import write_certificates, write_itf, write_reports

MODELS = Path(__file__).resolve().parent.parent / "models"
ORANGE = MODELS / "orange_2021.toml"
HELD = "three independent crashes are survived"
UNWRITABLE = "/proc/callspec-cannot-write-here/reports"
"""A place no one, root included, can create a folder in."""


class Interrupted(BaseException):
    """Stands for Ctrl-C or a kill arriving while a file is being written."""


def interrupt_writes_after(monkeypatch: pytest.MonkeyPatch, whole_files: int) -> None:
    """Let `whole_files` files be written, then stop the next one halfway through its text."""
    real_fdopen = os.fdopen
    opened = 0

    class HalfWriter:
        def __init__(self, stream) -> None:
            self.stream = stream

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exception: object) -> None:
            self.stream.close()

        def write(self, text: str) -> int:
            self.stream.write(text[: len(text) // 2])
            self.stream.flush()
            raise Interrupted

    def fdopen(*arguments, **keywords):
        nonlocal opened
        opened += 1
        stream = real_fdopen(*arguments, **keywords)
        return stream if opened <= whole_files else HalfWriter(stream)

    monkeypatch.setattr("spec.files.os.fdopen", fdopen)


def _files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_an_interrupted_write_keeps_the_old_file_and_leaves_no_partial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "index.md"
    target.write_text("the previous run's page\n")
    interrupt_writes_after(monkeypatch, 0)
    with pytest.raises(Interrupted):
        write_atomically(target, "a new page\n" * 1000)
    assert _files(tmp_path) == {"index.md": b"the previous run's page\n"}


def test_an_interrupted_first_write_leaves_no_file_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    interrupt_writes_after(monkeypatch, 0)
    with pytest.raises(Interrupted):
        write_atomically(tmp_path / "page.md", "text " * 1000)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture(scope="module")
def orange_verdicts() -> list[Verdict]:
    return check_design(load_design(ORANGE))


@pytest.mark.parametrize("writer", [write_reports, write_itf, write_certificates], ids=lambda writer: writer.__name__)
@pytest.mark.parametrize("whole_files", [0, 1])
def test_reports_traces_and_certificates_interrupted_mid_file_leave_only_whole_files(
    writer, whole_files: int, orange_verdicts: list[Verdict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    design = orange_verdicts[0].design
    argument = [(design, orange_verdicts)] if writer is write_reports else orange_verdicts
    complete = writer(tmp_path / "complete", argument)
    expected = _files(tmp_path / "complete")
    assert len(complete) > whole_files
    interrupt_writes_after(monkeypatch, whole_files)
    with pytest.raises(Interrupted):
        writer(tmp_path / "interrupted", argument)
    written = _files(tmp_path / "interrupted")
    assert len(written) == whole_files, f"only the files finished before the interruption: {sorted(written)}"
    assert all(expected[name] == text for name, text in written.items())


def _one_line_error(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    captured = capsys.readouterr()
    assert captured.out == "", "nothing is checked or printed before the output places are known to work"
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("callspec: error: "), captured.err
    assert "Traceback" not in captured.err
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.fixture
def a_file(tmp_path: Path) -> Path:
    path = tmp_path / "a-file"
    path.write_text("not a folder\n")
    return path


@pytest.mark.parametrize("option", ["--report-dir", "--itf", "--certificates"])
def test_an_output_folder_that_is_a_file_is_an_input_error(
    option: str, a_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(ORANGE), option, str(a_file)]) == 2
    _one_line_error(capsys, option, "is a file, not a folder")


def test_a_report_folder_under_a_file_is_an_input_error(a_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ORANGE), "--report-dir", str(a_file / "reports")]) == 2
    _one_line_error(capsys, "--report-dir", f"lies under {a_file}, which is a file")


@pytest.mark.parametrize("command", ["check", "report"])
def test_a_report_folder_that_cannot_be_created_is_an_input_error(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, str(ORANGE), "--report-dir", UNWRITABLE]) == 2
    _one_line_error(capsys, "--report-dir", "cannot create this folder")


@pytest.mark.parametrize(("option", "part"), [("--report-dir", "-survived-"), ("--itf", "orange-2021."), ("--certificates", "orange-2021.")])
def test_a_claim_name_too_long_for_a_file_name_is_an_input_error(
    option: str, part: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_name = HELD + " in every one of its many, many words" * 10
    design = tmp_path / "long.toml"
    design.write_text(ORANGE.read_text().replace(f'name = "{HELD}"', f'name = "{long_name}"'))
    out = tmp_path / "out"
    assert main(["check", str(design), option, str(out)]) == 2
    message = _one_line_error(capsys, option, "bytes long, more than the", "shorten the design or claim name")
    assert len(message) < 300, "the long name is shortened in the message"
    assert not out.exists(), "nothing is created when the check fails"


def test_a_path_part_too_long_for_the_file_system_is_an_input_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ORANGE), "--report-dir", "x" * 300]) == 2
    _one_line_error(capsys, "--report-dir", "File name too long")


@pytest.mark.parametrize(
    ("command", "option"),
    [(["export", str(ORANGE), "--claim", HELD], "--promela"), (["compare", str(ORANGE)], "--markdown")],
    ids=["export", "compare"],
)
@pytest.mark.parametrize(
    ("place", "problem"),
    [("missing/out.txt", "no such folder"), (".", "is a folder, not a file"), ("a-file/out.txt", "is a file, not a folder")],
    ids=["missing-folder", "onto-a-folder", "under-a-file"],
)
def test_an_output_file_that_cannot_be_written_is_an_input_error(
    command: list[str], option: str, place: str, problem: str, a_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(a_file.parent / place)
    assert main([*command, option, target]) == 2
    _one_line_error(capsys, option, problem)


def test_a_checked_output_folder_is_created(tmp_path: Path) -> None:
    folder = output_folder("--itf", str(tmp_path / "new" / "traces"), ["orange-2021.claim.itf.json"])
    assert folder.is_dir()
