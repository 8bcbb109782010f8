"""pytest collects design files: every claim becomes a test item.

Registered through the `pytest11` entry point, so `pytest models/` runs one
item per claim, named `file::claim`. An item passes when the verdict equals
the claim's `expect`; it fails with the verdict, the reason or the
counterexample's story and step table otherwise, and an `unknown` verdict
fails too. `--callspec-report-dir DIR` and `--callspec-itf-dir DIR` write
the reports and ITF traces of the counterexamples found in the session, as
`callspec check --report-dir/--itf` does. Following pytest's documented
pattern for non-Python test files.

Under pytest-xdist (`-n auto`, `--tx`), each worker hands the verdicts it
found to the controller (xdist's `workeroutput`), and the controller
writes the reports and the index once, from every worker's verdicts, in
the order of collection: the same folder as a serial run.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from spec.check import UNKNOWN, Verdict, check_claim
from spec.report.verdict_text import describe
from spec.design import Claim, Design, DesignError, load_design
from spec.encoding import ENCODINGS
from spec.files import OutputError, output_folder
from spec.ranges import CountError, counted_at_every_size, one_size_only
from spec.report.files import write_itf, write_reports

_VERDICTS = pytest.StashKey[list[tuple[str, Verdict]]]()
"""Each claim checked in this process (or, on xdist's controller, by every worker): its item's id and verdict."""
_ORDER = pytest.StashKey[list[str]]()
"""On xdist's controller: the item ids in the order a serial run checks them."""
_WORKER_OUTPUT = "callspec_verdicts"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("callspec", "claims of callspec design files")
    group.addoption(
        "--callspec-report-dir",
        metavar="DIR",
        help="write a Markdown report with two SVG pictures per violated claim, and index.md, here",
    )
    group.addoption("--callspec-itf-dir", metavar="DIR", help="write each counterexample here as an ITF trace")
    group.addoption(
        "--callspec-encoding",
        choices=ENCODINGS,
        default="auto",
        help="variables per server, or counted per class of interchangeable servers (default: auto)",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Check the output folders before any claim is checked, as `callspec check` does."""
    config.stash[_VERDICTS] = []
    if hasattr(config, "workerinput"):
        return
    for option, name in (("--callspec-report-dir", "callspec_report_dir"), ("--callspec-itf-dir", "callspec_itf_dir")):
        folder = config.getoption(name)
        if folder is not None:
            try:
                output_folder(option, folder)
            except OutputError as error:
                raise pytest.UsageError(str(error)) from None


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".toml" and file_path.name != "pyproject.toml":
        return DesignFile.from_parent(parent, path=file_path)
    return None


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Write the reports and traces of the claims checked in this session; an xdist worker sends them on instead."""
    config = session.config
    checked = config.stash.get(_VERDICTS, [])
    if hasattr(config, "workeroutput"):
        config.workeroutput[_WORKER_OUTPUT] = pickle.dumps(checked)
        return
    order = {nodeid: index for index, nodeid in enumerate(config.stash.get(_ORDER, []))}
    verdicts = [verdict for _, verdict in sorted(checked, key=lambda pair: order.get(pair[0], -1))]
    report_dir, itf_dir = config.getoption("callspec_report_dir"), config.getoption("callspec_itf_dir")
    if report_dir and verdicts:
        write_reports(Path(report_dir), _by_design(verdicts))
    if itf_dir and verdicts:
        write_itf(Path(itf_dir), verdicts)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node: object, ids: Sequence[str]) -> None:
    """xdist's controller: every worker collects the same items; keep their order."""
    node.config.stash[_ORDER] = list(ids)  # type: ignore[attr-defined]


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object | None) -> None:
    """xdist's controller: take the verdicts of a worker that finished."""
    sent = getattr(node, "workeroutput", {}).get(_WORKER_OUTPUT)
    if sent is not None:
        node.config.stash[_VERDICTS].extend(pickle.loads(sent))  # type: ignore[attr-defined]


def _by_design(verdicts: list[Verdict]) -> list[tuple[Design, list[Verdict]]]:
    """The verdicts grouped by design file, in the order they were checked."""
    groups: dict[str, tuple[Design, list[Verdict]]] = {}
    for verdict in verdicts:
        groups.setdefault(verdict.design.file, (verdict.design, []))[1].append(verdict)
    return list(groups.values())


class DesignFile(pytest.File):
    """A design file; its claims are the items. A ranged pool is checked for every size at once; where that is out of
    reach (`spec.ranges.one_size_only`), or under `--callspec-encoding servers`, the design is a collection error, as an
    invalid one is."""

    def collect(self) -> Iterator[pytest.Item]:
        try:
            design = load_design(self.path)
            refusal = one_size_only(design, design.ranged_pools[0], one_size="callspec check --count {}=N checks one size") if design.ranged_pools else None
            if refusal is not None:
                raise refusal
            counted_at_every_size([design], self.config.getoption("callspec_encoding"))
        except (DesignError, CountError) as error:
            raise self.CollectError(str(error)) from None
        design = replace(design, file=self.path.relative_to(self.config.rootpath).as_posix())
        for claim in design.claims:
            yield ClaimItem.from_parent(self, name=claim.name, claim=claim, design=design)


class ClaimFailed(Exception):
    """A claim whose verdict is not the one it expects."""


class ClaimItem(pytest.Item):
    """One claim of a design file, checked by `callspec`."""

    def __init__(self, *, claim: Claim, design: Design, **keywords: object) -> None:
        super().__init__(**keywords)
        self.claim = claim
        self.design = design

    def runtest(self) -> None:
        verdict = check_claim(self.design, self.claim, encoding=self.config.getoption("callspec_encoding"))
        self.config.stash[_VERDICTS].append((self.nodeid, verdict))
        if verdict.outcome == UNKNOWN or not verdict.as_expected:
            raise ClaimFailed(describe(verdict))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: str | None = None) -> str:
        if isinstance(excinfo.value, ClaimFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.path.name}::{self.claim.name}"
