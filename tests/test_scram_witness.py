"""SCRAM, an open-source probabilistic safety assessment tool, as the outside witness of the risk figures.

For every claim of every shipped design, `callspec risk --mef` writes the
claim's fault tree and SCRAM (Debian package `scram`, installed by
`.ci/run`) reads it: its exact (BDD) probability of the top event must be
`p_window`, its own minimal cut sets must be callspec's, its Birnbaum
importance (MIF) must be callspec's, and its rare-event and MCUB
approximations callspec's `rare_event` and `mcub`. SCRAM prints six
significant digits, hence the relative tolerance. `--cut-off 0` keeps every
cut set in SCRAM's listing (its default drops those below 1e-8).

Claims with the same bug scope, trigger and latency range share their cut sets,
so each such hypothesis is searched once, on one worker. CI runs the
witness on every shipped design with a `[risk]` table: 63 claims (their
times are in docs/performance.md). The
test takes only the designs given in `CALLSPEC_SCRAM_DESIGNS` (file stems,
comma-separated; `all`, the default, for every one). The national fleet's
crash-only cut sets are beyond enumeration (hundreds of crashes spread
over 18 pools in every way): its trees are cut at `FLEET_MAX_ORDER`, the
same bound on both sides. So are the trees of AT&T 1990 and CenturyLink
2018 and their redesigns (`BOUNDED`): their crash-only cut sets need half
of their 32 to 114 switches, each order of which is a proof of its own.
"""

from __future__ import annotations

import functools
import os
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import spec
from spec.analysis.cutsets import unlimited
from spec.analysis.mef import mef_document, mef_name, threshold_variable
from spec.analysis.risk import Figures, risk_figures
from spec.cli import design_files
from spec.design import Claim

pytestmark = pytest.mark.external

MODELS = Path(__file__).resolve().parent.parent / "models"
FLEET_MAX_ORDER = 2
BOUNDED = (
    "national_fleet",
    "att_1990",
    "att_1990_regions",
    "att_1990_two_releases",
    "centurylink_2018",
    "centurylink_2018_disabled",
    "centurylink_2018_hub_filtered",
)
"""Designs whose crash-only cut sets need half of tens to a thousand servers: their trees are cut at FLEET_MAX_ORDER."""
WITNESSED = os.environ.get("CALLSPEC_SCRAM_DESIGNS", "all")
SHIPPED = [
    pytest.param(
        path, claim, marks=pytest.mark.xdist_group(f"scram-{path.stem}-{hypothesis}"), id=f"{path.stem}::{claim.name}"
    )
    for path in design_files([str(MODELS)])
    if spec.load_design(path).risk is not None and (WITNESSED == "all" or path.stem in WITNESSED.split(","))
    for claim in spec.load_design(path).claims
    for hypothesis in [list(dict.fromkeys(map(unlimited, spec.load_design(path).claims))).index(unlimited(claim))]
]
"""Every witnessed claim, those sharing a search kept on one worker under `--dist loadgroup` so that it runs once."""
SIGNIFICANT = 1e-5


@functools.cache
def figures_of(path: Path, hypothesis: object) -> Figures:
    design = spec.load_design(path)
    claim = next(claim for claim in design.claims if unlimited(claim) == hypothesis)
    return risk_figures(design, claim, max_order=FLEET_MAX_ORDER if path.stem in BOUNDED else None)


def scram(tree: Path, *options: str) -> ElementTree.Element:
    report = tree.with_suffix(".report.xml")
    subprocess.run(["scram", str(tree), "--probability", "1", "--cut-off", "0", "-l", "1000", *options, "-o", str(report)], check=True, capture_output=True)
    return ElementTree.parse(report).getroot()


def events_of(figures: Figures) -> dict[str, tuple[str, int]]:
    """SCRAM's basic-event names back to callspec's events: a plain event, or a pool's threshold variable."""
    names = {mef_name(event): (event, 0) for event in figures.variables if ">=" not in event}
    for counted, counts in figures.thresholds.items():
        for previous, count in zip([0, *counts], counts):
            names[threshold_variable(counted, count, previous)] = (counted, count)
    return names


def cut_set_of(product: ElementTree.Element, names: dict[str, tuple[str, int]]) -> tuple[str, ...]:
    """A SCRAM product as callspec writes a cut set: a pool's threshold variables give its largest count."""
    events: dict[str, int] = {}
    for basic in product.iter("basic-event"):
        event, count = names[basic.get("name")]
        events[event] = max(events.get(event, 0), count)
    return tuple(sorted(event if count == 0 else f"{event}*{count}" for event, count in events.items()))


@pytest.mark.parametrize(("path", "claim"), SHIPPED)
def test_scram_agrees_on_every_shipped_claim(path: Path, claim: Claim, tmp_path: Path) -> None:
    figures = figures_of(path, unlimited(claim))
    tree = tmp_path / "tree.xml"
    tree.write_text(mef_document(f"{path.stem}-claim", figures), encoding="utf-8")
    report = scram(tree, "--importance", "1")
    (products,) = report.iter("sum-of-products")
    assert float(products.get("probability")) == pytest.approx(float(figures.p_window), rel=SIGNIFICANT)
    names = events_of(figures)
    theirs = sorted((cut_set_of(product, names) for product in products.iter("product")), key=lambda cut: (len(cut), cut))
    ours = sorted((cut.written for cut in figures.cut_sets), key=lambda cut: (len(cut), cut))
    assert sorted(theirs) == sorted(ours)
    importance = {basic.get("name"): float(basic.get("MIF")) for basic in report.iter("importance") for basic in basic}
    for event, birnbaum in figures.birnbaum.items():
        if event in figures.variables:
            assert importance[mef_name(event)] == pytest.approx(float(birnbaum), rel=1e-4, abs=1e-15), event
    for option, ours_approximate in (("--rare-event", figures.rare_event), ("--mcub", figures.mcub)):
        (approximate,) = scram(tree, option).iter("sum-of-products")
        assert float(approximate.get("probability")) == pytest.approx(float(ours_approximate), rel=SIGNIFICANT), option
