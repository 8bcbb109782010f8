"""One comparison of a callspec verdict with the independent reference model, for every test that makes it.

A `violated` verdict of length n must be a violation the reference finds
first at step n; a `holds` verdict must leave the reference without a
violation up to a horizon past every scheduled event (`SLACK` steps past
the last, the cascades' hops included).
"""

from __future__ import annotations

from typing import Any

from reference_model import shortest_violation

from spec import HOLDS, VIOLATED, Verdict, check_claim
from spec.design import Claim, design_from_dict, faults_from_dict
from spec.platform import build_platform
from spec.semantics import cascade_steps

SLACK = 4  # steps past the last scheduled event that the reference explores


def agrees_with_reference(raw: dict[str, Any], faults: dict[str, Any], encoding: str = "auto") -> Verdict:
    """Check the claim of `faults` on the design `raw` in `encoding`, assert the reference agrees, and return the verdict."""
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    verdict = check_claim(design, claim, encoding=encoding)
    assert verdict.outcome in (HOLDS, VIOLATED), verdict.reason
    if verdict.outcome == VIOLATED:
        assert shortest_violation(raw, faults, horizon=verdict.length) == verdict.length
    else:
        platform = build_platform(design, claim)
        horizon = platform.horizon + raw["service"]["max_outage"] + cascade_steps(platform) + SLACK
        assert shortest_violation(raw, faults, horizon=horizon) is None
    return verdict
