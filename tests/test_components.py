"""Components and several changes (contract v3): the checker against the independent reference model.

A server carries the bugs of its version and of its components; each of
`[[changes]]` has its own roll-out, reaches what it names, and sets a unit
off `latency` steps after the first change touching it applied there. On
random small designs, both encodings give the reference's verdict and length,
with the claim's `bug_units` letting only some units be faulty.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from agreement import agrees_with_reference
from strategies import component_designs, raw_faults


@st.composite
def designs_and_faults(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    """A design of `component_designs` and a hypothesis of up to two bugs, sometimes only in some of its units."""
    raw = draw(component_designs())
    faults = {**draw(raw_faults(max_latency=3)), "bugs": draw(st.integers(0, 2))}
    if draw(st.booleans()):
        key = "name" if faults["bug_scope"] == "version" else "codebase"
        units = sorted({version.get(key, version["name"]) for version in raw["versions"]})
        faults["bug_units"] = draw(st.lists(st.sampled_from(units), unique=True, min_size=1))
    return raw, faults


@settings(max_examples=80)
@given(designs_and_faults(), st.sampled_from(["servers", "counting"]))
def test_components_and_changes_agree_with_the_reference(case: tuple[dict, dict], encoding: str) -> None:
    raw, faults = case
    agrees_with_reference(raw, faults, encoding)
