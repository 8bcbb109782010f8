"""The picture for a design review: outage probability per window against the number of servers.

For 1 to 12 servers, built like the design's first server (its capacity,
the design's service, routing and roll-out, no site, no backup), either all
of one version (identical replicas) or split over two versions of two
codebases, the picture draws on a log scale:

- the independence figure (each server failing on its own, the k-of-n
  argument), which falls with every replica;
- the textbook beta-factor figure for beta 0.02, 0.05 and 0.1, which stays
  flat once its common term dominates;
- callspec's `p_window` over the minimal cut sets of the claim's fault
  hypothesis, for identical replicas and for two codebases.

Below the demand's capacity an outage is certain: those points sit at 1.
The servers have no site because a family of sites would be invented; the
crash and bug figures are the design's own.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path
from xml.sax.saxutils import unescape

import matplotlib
from matplotlib.figure import Figure

from spec.analysis.risk import p_beta, p_independent, risk_figures
from spec.design import Claim, Design, Risk, design_from_dict
from spec.platform import bug_unit

SERVERS = range(1, 13)
BETAS = (Fraction(2, 100), Fraction(5, 100), Fraction(10, 100))


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[Fraction, ...]
    style: str


def replicas(design: Design, claim: Claim, servers: int, codebases: int) -> Design:
    """`servers` servers like the design's first one, in pools by codebase (at most `codebases`), no sites, no backup.

    The service is the design's, the outage it tolerates included: a family
    that tolerated none would count every crash that routing takes a step
    to notice as an outage, where the design rides it out.
    """
    first = design.servers[0]
    pools = [math.ceil(servers / codebases), servers // codebases] if codebases == 2 else [servers]
    risk = design.risk
    assert risk is not None
    raw = {
        "name": f"{design.name}-{servers}x{codebases}",
        "service": {"demand": design.service.demand, "max_outage": design.service.max_outage},
        "routing": {"health_check": design.routing.health_check, "detect": design.routing.detect},
        "versions": [{"name": f"v{index + 1}", "codebase": f"codebase-{index + 1}"} for index in range(len(pools))],
        "servers": [
            {"name": f"s{index + 1}", "version": f"v{index + 1}", "capacity": first.capacity, "count": size}
            for index, size in enumerate(pools)
            if size
        ],
    }
    if design.change is not None:
        raw["change"] = {"strategy": design.change.strategy, "batch": design.change.batch, "bake": design.change.bake}
    family = design_from_dict(raw, file=design.file)
    figures = Risk(
        windows_per_year=risk.windows_per_year,
        p_bug=risk.probability(f"bug:{bug_unit(design, first.version, claim.faults.bug_scope)}"),
        p_crash=risk.probability(f"crash:{first.name}", pool=first.pool),
        outage_hours=risk.outage_hours,
        calls_per_hour=risk.calls_per_hour,
        beta=risk.beta,
    )
    return replace(family, risk=figures, claims=(claim,))


def risk_series(design: Design, claim: Claim) -> list[Series]:
    """The lines of the picture, one value per number of servers."""
    identical = [replicas(design, claim, n, 1) for n in SERVERS]
    diverse = [replicas(design, claim, n, 2) for n in SERVERS]
    lines = [Series("independence (k-of-n, every server on its own)", tuple(p_independent(d, claim, d.risk) for d in identical), "k--o")]
    for beta in BETAS:
        values = tuple(p_beta(d, claim, replace(d.risk, beta=beta)) for d in identical)
        lines.append(Series(f"beta factor {float(beta):g}", values, ":"))
    lines.append(Series("callspec, identical replicas", tuple(risk_figures(d, claim).p_window for d in identical), "r-s"))
    lines.append(Series("callspec, two codebases", tuple(risk_figures(d, claim).p_window for d in diverse), "b-^"))
    return lines


def series_text(lines: list[Series]) -> str:
    """The figures drawn, one line per series, as the SVG's description carries them (a staleness test reads it)."""
    return "\n".join(f"{line.label}: " + " ".join(f"{float(value):.6e}" for value in line.values) for line in lines)


def description(svg: str) -> str:
    """The figures a picture written by `write_risk_plot` was drawn from."""
    start = svg.index("<dc:description>") + len("<dc:description>")
    return unescape(svg[start : svg.index("</dc:description>", start)])


def write_risk_plot(path: Path, design: Design, claim: Claim) -> None:
    """Draw the picture as SVG at `path`, byte for byte the same from one run to the next, its figures in its description."""
    lines = risk_series(design, claim)
    matplotlib.rcParams["svg.hashsalt"] = "callspec"
    figure = Figure(figsize=(8, 5))
    axes = figure.subplots()
    for line in lines:
        values = [float(value) if value > 0 else math.nan for value in line.values]
        axes.plot(list(SERVERS), values, line.style, label=line.label)
    axes.set_yscale("log")
    axes.set_xticks(list(SERVERS))
    axes.set_xlabel(f"servers (capacity {design.servers[0].capacity} each, demand {design.service.demand})")
    axes.set_ylabel("probability of an outage per window")
    axes.set_title(f"{design.name}: {claim.name}", fontsize=10)
    axes.grid(True, which="major", alpha=0.3)
    axes.legend(fontsize=8, loc="lower left")
    figure.tight_layout()
    figure.savefig(path, format="svg", metadata={"Date": None, "Description": series_text(lines)})
