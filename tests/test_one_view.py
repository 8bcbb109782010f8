"""Every reader shows a state through the semantics' one view of it, so a rule changed there changes every reading.

The run is the 2021 platform's counterexample. Changing one rule of
`spec.semantics` (which servers routing still sends calls to) in place,
the JSON trace, the step table, the class table, the story, both pictures
and the Promela export all change: none of them restates the rule.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Callable

import pytest

import spec
from spec import semantics
from spec.platform import build_platform
from spec.promela import promela_model
from spec.report.story import story
from spec.report.table import class_table, step_table
from spec.report.timeline import timeline_svg
from spec.report.topology import topology_svg
from spec.trace import Trace

ORANGE = Path(__file__).resolve().parents[1] / "models" / "orange_2021.toml"


def _readings(trace: Trace) -> dict[str, Any]:
    """Everything a person or a tool is shown of `trace`, each reading computed afresh (no cached view)."""
    fresh: Callable[[], Trace] = lambda: dataclasses.replace(trace)  # noqa: E731
    return {
        "json": fresh().to_json(),
        "step table": step_table(fresh()),
        "class table": class_table(fresh()),
        "story": story(fresh()),
        "timeline": timeline_svg(fresh(), "run"),
        "topology": topology_svg(fresh(), "run"),
        "promela": promela_model(trace.platform),
    }


@pytest.fixture(scope="module")
def trace() -> Trace:
    design = spec.load_design(ORANGE)
    claim = next(claim for claim in design.claims if claim.name == "one common-mode bug defeats 3-of-6")
    verdict = spec.check_claim(design, claim)
    assert verdict.trace is not None
    return verdict.trace


def test_a_routing_rule_changed_in_the_semantics_changes_every_reading(trace: Trace, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _readings(trace)
    routed = semantics.is_routed

    def routed_only_when_up(ops: Any, platform: Any, state: Any, kind: Any, server: Any) -> Any:
        return ops.and_(routed(ops, platform, state, kind, server), semantics.is_up(ops, state, kind, server))

    monkeypatch.setattr(semantics, "is_routed", routed_only_when_up)
    after = _readings(trace)
    assert [name for name in before if before[name] == after[name]] == []


def test_the_view_is_what_the_semantics_says_of_each_server(trace: Trace) -> None:
    platform = build_platform(trace.platform.design, trace.platform.faults)
    last, state = trace.views[-1], trace.states[-1]
    for index, server in enumerate(last.servers):
        kind, record = platform.server_class(index), state.servers[index]
        assert server.routed == semantics.is_routed(spec.ops.CONCRETE, platform, state, kind, record)
        assert server.black_hole == semantics.is_black_hole(spec.ops.CONCRETE, platform, state, kind, record)
        assert server.black_hole == (server.routed and server.status != "up")
    assert last.served == semantics.serves(spec.ops.CONCRETE, platform, state)
