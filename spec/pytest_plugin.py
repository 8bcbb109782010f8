"""pytest collects design files: every claim becomes a test item.

Registered through the `pytest11` entry point, so `pytest models/` runs one
item per claim, named `file::claim`. An item passes when the verdict equals
the claim's `expect`; it fails with the verdict, the reason or the
counterexample's step table otherwise, and an `unknown` verdict fails too.
Following pytest's documented pattern for non-Python test files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from spec.check import UNKNOWN, check_claim
from spec.cli import describe
from spec.design import Claim, DesignError, load_design


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".toml" and file_path.name != "pyproject.toml":
        return DesignFile.from_parent(parent, path=file_path)
    return None


class DesignFile(pytest.File):
    """A design file; its claims are the items."""

    def collect(self) -> Iterator[pytest.Item]:
        try:
            design = load_design(self.path)
        except DesignError as error:
            raise self.CollectError(str(error)) from None
        for claim in design.claims:
            yield ClaimItem.from_parent(self, name=claim.name, claim=claim)


class ClaimFailed(Exception):
    """A claim whose verdict is not the one it expects."""


class ClaimItem(pytest.Item):
    """One claim of a design file, checked by `callspec`."""

    def __init__(self, *, claim: Claim, **keywords: object) -> None:
        super().__init__(**keywords)
        self.claim = claim

    def runtest(self) -> None:
        design = load_design(self.path)
        verdict = check_claim(design, self.claim)
        if verdict.verdict == UNKNOWN or not verdict.as_expected:
            raise ClaimFailed(describe(verdict))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: str | None = None) -> str:
        if isinstance(excinfo.value, ClaimFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.path.name}::{self.claim.name}"
