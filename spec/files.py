"""Writing output files whole, and checking before the work where they will go.

Every file callspec writes (reports, pictures, certificates, ITF traces,
exported models, matrices) goes through `write_atomically`: the text is
written to a temporary file in the same folder and renamed over the
target, so an interrupted run leaves either the previous file or the new
one, never a half-written file that a later run or a reviewer would trust.

`output_folder` and `output_file` check an output place named on the
command line before any claim is checked: a run that would fail to write
its results after minutes of work fails at once instead, with a one-line
message.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

NAME_MAX = 255
"""The longest file name most file systems take, in bytes, when the folder cannot be asked."""


class OutputError(Exception):
    """An output place that cannot be written: a file where a folder is needed, a missing folder, no permission."""


def write_atomically(path: Path, text: str) -> Path:
    """Write `text` to `path` (UTF-8) through a temporary file in the same folder, renamed over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:64]}.", suffix=".part")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    """The process's file-creation mask (read by setting it and putting it back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def output_folder(option: str, name: str, file_names: Iterable[str] = ()) -> Path:
    """The folder named by `option`, created now; `file_names` are the names that will be written in it.

    Raises `OutputError` when the folder is a file or lies under one, cannot
    be created or written, or when one of `file_names` (a path relative to
    the folder) has a part longer than the file system allows. Nothing is
    created when the check fails.
    """
    if not name:
        raise OutputError(f"{option}: an empty folder name")
    folder = Path(name)
    existing = _nearest_existing(option, folder)
    if not existing.is_dir():
        what = "is a file" if existing == folder else f"lies under {existing}, which is a file"
        raise OutputError(f"{option} {name}: {what}, not a folder")
    longest = _name_max(existing)
    for relative in file_names:
        for part in Path(relative).parts:
            if len(os.fsencode(part)) > longest:
                raise OutputError(
                    f"{option} {name}: the file name {_shortened(part)} would be {len(os.fsencode(part))} bytes long, "
                    f"more than the {longest} this file system allows; shorten the design or claim name"
                )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{option} {name}: cannot create this folder ({_reason(error)})") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{option} {name}: this folder is not writable")
    return folder


def output_file(option: str, name: str) -> Path:
    """The file named by `option`: its folder must exist and be writable, and it must not be a folder."""
    if not name:
        raise OutputError(f"{option}: an empty file name")
    path = Path(name)
    existing = _nearest_existing(option, path)
    if existing == path and path.is_dir():
        raise OutputError(f"{option} {name}: is a folder, not a file")
    if existing not in (path, path.parent):
        raise OutputError(f"{option} {name}: no such folder {path.parent}")
    if not path.parent.is_dir():
        raise OutputError(f"{option} {name}: {path.parent} is a file, not a folder")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise OutputError(f"{option} {name}: the folder {path.parent} is not writable")
    if len(os.fsencode(path.name)) > _name_max(path.parent):
        raise OutputError(f"{option} {_shortened(name)}: the file name is longer than this file system allows")
    return path


def _nearest_existing(option: str, path: Path) -> Path:
    """`path` if it exists, else its nearest ancestor that does (a file or a folder)."""
    for candidate in [path, *path.parents]:
        try:
            candidate.stat()
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as error:
            raise OutputError(f"{option} {_shortened(str(path))}: {_reason(error)}") from None
        return candidate
    return Path(".")


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return NAME_MAX


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _shortened(text: str, keep: int = 40) -> str:
    """A long name cut to its first `keep` characters, so the message stays one short line."""
    return repr(text if len(text) <= keep else text[:keep] + "...")
