"""Components and several changes (contract v3): the checker against the independent reference model.

A server carries the bugs of its version and of its components; each of
`[[changes]]` has its own roll-out, reaches what it names, and sets a unit
off `latency` steps after the first change touching it applied there. On
random small designs, both encodings give the reference's verdict and length.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from agreement import agrees_with_reference
from strategies import component_designs, raw_faults


@settings(max_examples=80)
@given(component_designs(), raw_faults(max_latency=3), st.sampled_from(["servers", "counting"]))
def test_components_and_changes_agree_with_the_reference(raw: dict, faults: dict, encoding: str) -> None:
    agrees_with_reference(raw, faults, encoding)
