"""Where reports, traces and certificates go on disk, and writing them.

A report folder holds `index.md` and, per design, a folder named after the
design with three files per violated claim: `<claim-slug>.md`,
`<claim-slug>.timeline.svg` and `<claim-slug>.topology.svg`. An ITF folder
holds `<design>.<claim-slug>.itf.json` per counterexample, a certificate
folder `<design>.<claim-slug>.{init,step,safe}.smt2` per held claim. Files are
written whole (`spec.files.write_atomically`) and in a fixed order, so the
same designs give the same bytes and an interrupted run leaves no
half-written file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from spec.check import Verdict
from spec.files import write_atomically
from spec.design import Claim, Design
from spec.report.itf import itf_trace
from spec.report.page import claim_page, index_page
from spec.report.timeline import timeline_svg
from spec.report.topology import topology_svg
from spec.report.words import ranged_sizes

INDEX = "index.md"
OBLIGATIONS = ("init", "step", "safe")
"""The three certificate files of a held claim, as `spec.engine.certificate` names its obligations."""


def slug(text: str) -> str:
    """A claim name as a file-name part: `one common-mode bug` -> `one-common-mode-bug`."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "claim"


def page_of(design: Design, claim: Claim) -> str:
    """The page of a violated claim, relative to the report folder."""
    return f"{design.name}/{slug(claim.name)}.md"


def report_page(verdict: Verdict) -> str:
    """The page of a violated claim, relative to the report folder."""
    return page_of(verdict.design, verdict.claim)


def report_files(design: Design, claim: Claim) -> list[str]:
    """The files a violated claim's report is, relative to the report folder: the page and its two pictures."""
    page = page_of(design, claim)
    stem = page.removesuffix(".md")
    return [page, f"{stem}.timeline.svg", f"{stem}.topology.svg"]


def itf_file(design: Design, claim: Claim) -> str:
    """The ITF trace of a claim's counterexample, relative to the ITF folder."""
    return f"{design.name}.{slug(claim.name)}.itf.json"


def certificate_files(design: Design, claim: Claim) -> dict[str, str]:
    """Per obligation, the SMT-LIB file of a held claim's certificate, relative to the certificate folder."""
    return {obligation: f"{design.name}.{slug(claim.name)}.{obligation}.smt2" for obligation in OBLIGATIONS}


def write_reports(folder: Path, results: Sequence[tuple[Design, Sequence[Verdict]]]) -> list[Path]:
    """A page and two pictures per violated claim, and the index of every claim; the files written."""
    written = []
    for _, verdicts in results:
        for verdict in verdicts:
            if verdict.trace is None:
                continue
            page, timeline, topology = report_files(verdict.design, verdict.claim)
            title = _picture_title(verdict)
            written.append(write_atomically(folder / timeline, timeline_svg(verdict.trace, title)))
            written.append(write_atomically(folder / topology, topology_svg(verdict.trace, title)))
            pictures = (Path(timeline).name, Path(topology).name)
            written.append(write_atomically(folder / page, claim_page(verdict, *pictures, index=f"../{INDEX}")))
    written.append(write_atomically(folder / INDEX, index_page(results, report_page)))
    return written


def _picture_title(verdict: Verdict) -> str:
    """A picture's title: the design, the sizes its run gives a ranged design's pools, and the claim."""
    sizes = f", {ranged_sizes(verdict.design, verdict.counts)}" if verdict.counts else ""
    return f"{verdict.design.name}{sizes}: {verdict.claim.name}"


def write_itf(folder: Path, verdicts: Sequence[Verdict]) -> list[Path]:
    """Each counterexample as `<design>.<claim-slug>.itf.json`; the files written."""
    written = []
    for verdict in verdicts:
        if verdict.trace is None:
            continue
        document = itf_trace(
            verdict.trace, verdict.design.file, f"callspec counterexample: {verdict.design.name}: {verdict.claim.name}"
        )
        path = folder / itf_file(verdict.design, verdict.claim)
        written.append(write_atomically(path, json.dumps(document, indent=2) + "\n"))
    return written


def write_certificates(folder: Path, verdicts: Sequence[Verdict]) -> list[Path]:
    """Per held claim, `<design>.<claim-slug>.{init,step,safe}.smt2`, each expected `unsat`; the files written."""
    written = []
    for verdict in verdicts:
        if verdict.certificate is None:
            continue
        names = certificate_files(verdict.design, verdict.claim)
        for obligation, script in verdict.certificate.scripts.items():
            written.append(write_atomically(folder / names[obligation], script))
    return written
