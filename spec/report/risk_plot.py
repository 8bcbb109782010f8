"""The picture for a design review: outage probability per window against the number of servers.

For 1 server up to a quarter past the design's own number (12 at least:
`servers_axis`), built like the design's first server (its capacity, the
design's service, routing and roll-out, no site, no backup), either all of
one version (identical replicas) or split over two versions of two
codebases, the picture draws on a log scale:

- the independence figure (each server failing on its own, the k-of-n
  argument), which falls with every replica;
- the textbook beta-factor figure for beta 0.02, 0.05 and 0.1, which stays
  flat once its common term dominates;
- callspec's `p_window` over the minimal cut sets of the claim's fault
  hypothesis, for identical replicas and for two codebases.

Below the demand's capacity an outage is certain: those points sit at 1.
The servers have no site because a family of sites would be invented; the
crash and bug figures are the design's own. A dashed line marks the
design's own number of servers.

Each number of servers costs two cut-set searches, each within the time
limit given; past `MOST_POINTS` numbers, the axis is sampled evenly. A
search that passes its limit stops the picture (`FamilyTimedOut`), and an
order bound (`max_order`) bounds every search, which the lines' labels say.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from fractions import Fraction
from pathlib import Path
from xml.sax.saxutils import unescape

import matplotlib
from matplotlib.figure import Figure

from spec.analysis.cutsets import SearchTimedOut
from spec.analysis.risk import claims_figures, p_beta, p_independent
from spec.events import Event
from spec.design import Claim, Design, Risk, design_from_dict
from spec.engine.deadline import DEFAULT_SECONDS
from spec.platform import bug_unit
from spec.report.words import count

FEWEST_SHOWN = 12
"""The axis reaches at least this many servers: the 2021 platform's six are seen against twice as many."""
MOST_POINTS = 16
"""The most numbers of servers the picture computes besides the design's own, each at the cost of two cut-set searches."""
BETAS = (Fraction(2, 100), Fraction(5, 100), Fraction(10, 100))


class FamilyTimedOut(Exception):
    """The cut-set search of one design of the family passed its time limit: no picture is drawn."""

    def __init__(self, servers: int, codebases: int, order: int) -> None:
        software = "identical replicas" if codebases == 1 else "two codebases"
        searched = f"the cut-set search passed its time limit while searching order {order}"
        super().__init__(f"the family's design of {count(servers, 'server')} ({software}): {searched}")


def servers_axis(design: Design) -> tuple[int, ...]:
    """The numbers of servers drawn: from 1 to a quarter past the design's own (`FEWEST_SHOWN` at least), every one
    while they are at most `MOST_POINTS`, else `MOST_POINTS` of them spread evenly; the design's own always among them."""
    own = len(design.servers)
    last = max(FEWEST_SHOWN, own + math.ceil(own / 4))
    if last <= MOST_POINTS:
        return tuple(range(1, last + 1))
    spread = {round(1 + (last - 1) * point / (MOST_POINTS - 1)) for point in range(MOST_POINTS)}
    return tuple(sorted(spread | {own}))


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
        change = design.change
        raw["change"] = {
            "strategy": change.strategy,
            "batch": list(change.batch) if change.strategy == "staged" else 1,
            "bake": change.bake,
            "gate": change.gate,
        }
    family = design_from_dict(raw, file=design.file)
    figures = Risk(
        windows_per_year=risk.windows_per_year,
        p_bug=risk.probability(Event("bug", bug_unit(design, first.version, claim.faults.bug_scope))),
        p_crash=risk.probability(Event("crash", first.name), pool=first.pool),
        outage_hours=risk.outage_hours,
        calls_per_hour=risk.calls_per_hour,
        beta=risk.beta,
    )
    return replace(family, risk=figures, claims=(claim,))


def risk_series(
    design: Design,
    claim: Claim,
    max_order: int | None = None,
    timeout: float | None = DEFAULT_SECONDS,
    on_design: Callable[[], None] | None = None,
) -> list[Series]:
    """The lines of the picture, one value per number of servers of `servers_axis`.

    Each family design's cut sets are searched up to `max_order` (all if `None`) within `timeout` seconds;
    `on_design()` is called after each (for a progress bar). A search past its limit raises `FamilyTimedOut`.
    """
    servers = servers_axis(design)
    identical = [replicas(design, claim, n, 1) for n in servers]
    diverse = [replicas(design, claim, n, 2) for n in servers]
    lines = [Series("independence (k-of-n, every server on its own)", tuple(p_independent(d, claim, d.risk) for d in identical), "k--o")]
    for beta in BETAS:
        values = tuple(p_beta(d, claim, replace(d.risk, beta=beta)) for d in identical)
        lines.append(Series(f"beta factor {float(beta):g}", values, ":"))
    bound = "" if max_order is None else f" (cut sets up to order {max_order})"
    for label, family, style in (("identical replicas", identical, "r-s"), ("two codebases", diverse, "b-^")):
        values = tuple(_p_window(d, claim, max_order, timeout, on_design) for d in family)
        lines.append(Series(f"callspec, {label}{bound}", values, style))
    return lines


def _p_window(
    family: Design, claim: Claim, max_order: int | None, timeout: float | None, on_design: Callable[[], None] | None
) -> Fraction:
    """callspec's figure for one design of the family."""
    try:
        (figures,) = claims_figures(family, [claim], max_order, timeout)
    except SearchTimedOut as error:
        raise FamilyTimedOut(len(family.servers), len(family.versions), error.order) from None
    if on_design is not None:
        on_design()
    return figures.p_window


def series_text(servers: tuple[int, ...], lines: list[Series]) -> str:
    """The numbers of servers, then the figures drawn, one line per series, as the SVG's description carries them
    (a staleness test reads it)."""
    numbers = "servers: " + " ".join(str(n) for n in servers)
    return "\n".join([numbers, *(f"{line.label}: " + " ".join(f"{float(value):.6e}" for value in line.values) for line in lines)])


def description(svg: str) -> str:
    """The figures a picture written by `write_risk_plot` was drawn from."""
    start = svg.index("<dc:description>") + len("<dc:description>")
    return unescape(svg[start : svg.index("</dc:description>", start)])


def write_risk_plot(
    path: Path,
    design: Design,
    claim: Claim,
    max_order: int | None = None,
    timeout: float | None = DEFAULT_SECONDS,
    on_design: Callable[[], None] | None = None,
) -> None:
    """Draw the picture as SVG at `path`, byte for byte the same from one run to the next, its figures in its description.

    `max_order`, `timeout` and `on_design` as for `risk_series`.
    """
    servers = servers_axis(design)
    lines = risk_series(design, claim, max_order, timeout, on_design)
    matplotlib.rcParams["svg.hashsalt"] = "callspec"
    figure = Figure(figsize=(8, 5))
    axes = figure.subplots()
    for line in lines:
        values = [float(value) if value > 0 else math.nan for value in line.values]
        axes.plot(list(servers), values, line.style, label=line.label)
    own = len(design.servers)
    axes.axvline(own, color="0.5", linestyle="--", linewidth=1, label=f"this design: {own} servers")
    axes.set_yscale("log")
    if servers[-1] < 100:
        axes.set_xticks(list(servers))  # numbers of two digits fit under every point; larger ones get matplotlib's ticks
    axes.set_xlabel(f"servers (capacity {design.servers[0].capacity} each, demand {design.service.demand})")
    axes.set_ylabel("probability of an outage per window")
    axes.set_title(f"{design.name}: {claim.name}", fontsize=10)
    axes.grid(True, which="major", alpha=0.3)
    axes.legend(fontsize=8, loc="lower left")
    figure.tight_layout()
    figure.savefig(path, format="svg", metadata={"Date": None, "Description": series_text(servers, lines)})
