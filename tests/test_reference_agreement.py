"""callspec's verdicts agree with an independent, naive reading of the contract.

`reference_model.shortest_violation` explores every run of a small design
explicitly, step by step, in the contract's own terms. On random designs and
fault hypotheses, a `violated` verdict of length n must be a violation the
reference finds first at step n, and a `holds` verdict must leave the
reference without a violation up to a horizon past every scheduled event.
"""

from __future__ import annotations

from hypothesis import given, settings

from reference_model import shortest_violation
from spec import HOLDS, VIOLATED, check_claim
from spec.design import Claim, Faults, design_from_dict
from spec.platform import build_platform
from spec.strategies import raw_designs, raw_faults

SLACK = 4  # steps past the last scheduled event that the reference explores


@settings(max_examples=80)
@given(raw_designs(max_servers=3), raw_faults())
def test_verdicts_agree_with_the_reference(raw: dict, faults: dict) -> None:
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=Faults(**faults))
    verdict = check_claim(design, claim)
    assert verdict.verdict in (HOLDS, VIOLATED), verdict.reason
    if verdict.verdict == VIOLATED:
        assert shortest_violation(raw, faults, horizon=verdict.length) == verdict.length
    else:
        horizon = build_platform(design, claim).horizon + raw["service"]["max_outage"] + SLACK
        assert shortest_violation(raw, faults, horizon=horizon) is None
