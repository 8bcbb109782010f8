"""The risk picture's family of designs: built like the design, over a range of servers that holds the design's own."""

from __future__ import annotations

from fractions import Fraction

from spec.analysis.risk import risk_figures
from spec.design import design_from_dict
from spec.report.risk_plot import replicas

P_CRASH = Fraction(1, 100)


def tolerant(servers: int) -> dict:
    """`servers` servers, one needed; routing takes a step to drop a crashed one, and a step of outage is tolerated."""
    return {
        "name": f"tolerant-{servers}",
        "service": {"demand": 1, "max_outage": 1},
        "routing": {"health_check": "end_to_end", "detect": 1},
        "versions": [{"name": "v"}],
        "servers": [{"name": "s", "version": "v", "count": servers}],
        "risk": {"p_crash": float(P_CRASH)},
        "claims": [{"name": "crashes", "expect": "holds", "faults": {"crashes": 1}}],
    }


def test_the_family_tolerates_the_outage_the_design_tolerates() -> None:
    """A crash is a step of calls lost until routing drops the server: the design rides out one, not two crashes in a
    row; and so must its family. Tolerating none, the family of three would fail at any one crash (about 3e-2)."""
    design = design_from_dict(tolerant(3))
    claim = design.claims[0]
    family = replicas(design, claim, 3, 1)
    assert family.service == design.service
    two_of_three = 3 * P_CRASH**2 * (1 - P_CRASH) + P_CRASH**3
    assert risk_figures(family, claim).p_window == risk_figures(design, claim).p_window == two_of_three
