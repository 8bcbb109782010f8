"""Where reports and traces go on disk, and writing them.

A report folder holds `index.md` and, per design, a folder named after the
design with three files per violated claim: `<claim-slug>.md`,
`<claim-slug>.timeline.svg` and `<claim-slug>.topology.svg`. An ITF folder
holds `<design>.<claim-slug>.itf.json` per counterexample. Files are
written whole and in a fixed order, so the same designs give the same
bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from spec.check import Verdict
from spec.design import Design
from spec.report.itf import itf_trace
from spec.report.page import claim_page, index_page
from spec.report.timeline import timeline_svg
from spec.report.topology import topology_svg

INDEX = "index.md"


def slug(text: str) -> str:
    """A claim name as a file-name part: `one common-mode bug` -> `one-common-mode-bug`."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "claim"


def report_page(verdict: Verdict) -> str:
    """The page of a violated claim, relative to the report folder."""
    return f"{verdict.design.name}/{slug(verdict.claim.name)}.md"


def write_reports(folder: Path, results: Sequence[tuple[Design, Sequence[Verdict]]]) -> list[Path]:
    """A page and two pictures per violated claim, and the index of every claim; the files written."""
    written = []
    for _, verdicts in results:
        for verdict in verdicts:
            if verdict.trace is None:
                continue
            page = folder / report_page(verdict)
            page.parent.mkdir(parents=True, exist_ok=True)
            stem = page.stem
            title = f"{verdict.design.name}: {verdict.claim.name}"
            pictures = {
                f"{stem}.timeline.svg": timeline_svg(verdict.trace, title),
                f"{stem}.topology.svg": topology_svg(verdict.trace, title),
            }
            for name, picture in pictures.items():
                written.append(_write(page.parent / name, picture))
            written.append(_write(page, claim_page(verdict, *pictures, index=f"../{INDEX}")))
    written.append(_write(folder / INDEX, index_page(results, report_page)))
    return written


def write_itf(folder: Path, verdicts: Sequence[Verdict]) -> list[Path]:
    """Each counterexample as `<design>.<claim-slug>.itf.json`; the files written."""
    written = []
    for verdict in verdicts:
        if verdict.trace is None:
            continue
        document = itf_trace(
            verdict.trace, verdict.design.file, f"callspec counterexample: {verdict.design.name}: {verdict.claim.name}"
        )
        path = folder / f"{verdict.design.name}.{slug(verdict.claim.name)}.itf.json"
        written.append(_write(path, json.dumps(document, indent=2) + "\n"))
    return written


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
