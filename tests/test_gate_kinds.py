"""A staged roll-out's gate sees the true state (`gate = "true_state"`, v1's rule) or what routing sees
(`gate = "health_check"`, contract v3): under a liveness check a looping server then passes it.

A Kubernetes roll-out waits on readiness, the probe routing uses, so a pod
that loops but still answers its probe lets the roll-out go on. The tests
check both kinds on one platform against the reference model, and that the
every-size check refuses the kind whose batches cannot be cut.
"""

from __future__ import annotations

from typing import Any

import pytest

from reference_model import shortest_violation
from spec import HOLDS, VIOLATED, check_claim
from spec.cli import main
from spec.design import Claim, Faults, design_from_dict
from spec.free_sizes import every_size
from spec.report.story import story

LATENCY = 1
HORIZON = 20


def three_proxies(gate: str, health_check: str = "liveness", count: Any = None) -> dict[str, Any]:
    """Three proxies updated one at a time, bake 2, one needed, half the calls allowed lost at a step; with `count`,
    one pool of that many instead (the reference model reads servers declared one by one)."""
    servers = [{"name": f"p{index}", "version": "v1"} for index in range(3)] if count is None else [{"name": "proxy", "version": "v1", "count": count}]
    return {
        "name": f"gate-{gate}",
        "service": {"demand": 1, "max_lost_share": 0.5},
        "routing": {"health_check": health_check},
        "versions": [{"name": "v1"}],
        "servers": servers,
        "change": {"strategy": "staged", "batch": 1, "bake": 2, "gate": gate},
    }


CLAIM = Claim("a bug within the bake time is contained", HOLDS, Faults(bugs=1, max_latency=LATENCY))


@pytest.mark.parametrize(("gate", "outcome"), [("true_state", HOLDS), ("health_check", VIOLATED)])
def test_a_gate_on_a_liveness_check_lets_a_looping_proxy_pass(gate: str, outcome: str) -> None:
    """The first proxy takes the change at step 1 and loops at once (latency 0). The true state halts the roll-out
    before the second; the liveness check sees the loop as alive, and the second proxy takes the change at step 4 and
    loops too: two black holes of three, two thirds of the calls lost where half may be."""
    raw = three_proxies(gate)
    verdict = check_claim(design_from_dict(raw), CLAIM)
    assert verdict.outcome == outcome
    expected = shortest_violation(raw, {"bugs": 1, "latency": LATENCY}, HORIZON)
    assert verdict.length == expected
    if outcome == VIOLATED:
        assert verdict.length == 4


def test_under_an_end_to_end_check_both_gates_see_the_loop() -> None:
    for gate in ("true_state", "health_check"):
        assert check_claim(design_from_dict(three_proxies(gate, "end_to_end")), CLAIM).outcome == HOLDS


def test_a_gate_on_a_liveness_check_is_checked_one_size_at_a_time() -> None:
    ranged = design_from_dict(three_proxies("health_check", count={"min": 2, "max": 6}))
    with pytest.raises(ValueError, match="liveness check"):
        every_size(ranged, CLAIM)
    assert every_size(design_from_dict(three_proxies("health_check", "end_to_end", count={"min": 2, "max": 6})), CLAIM).free_sizes


def test_an_unknown_gate_is_refused_naming_its_line(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gate.toml"
    path.write_text(
        'name = "gate"\n[service]\ndemand = 1\n[[versions]]\nname = "v1"\n[[servers]]\nname = "s"\nversion = "v1"\n'
        '[change]\nstrategy = "staged"\ngate = "readiness"\n',
        encoding="utf-8",
    )
    assert main(["check", str(path)]) == 2
    error = capsys.readouterr().err
    assert f"{path}:11: change.gate" in error and '"readiness" is not one of' in error


def test_the_story_says_why_the_gate_let_the_change_through() -> None:
    verdict = check_claim(design_from_dict(three_proxies("health_check")), CLAIM)
    assert verdict.trace is not None
    told = "\n".join(story(verdict.trace))
    assert "Step 4: the change reaches p1; the health gate lets it through: the health check it reads still sees p0 alive;" in told
    held = check_claim(design_from_dict(three_proxies("true_state", health_check="end_to_end")), Claim("any bug", VIOLATED, Faults(bugs=1, max_latency=9)))
    assert held.trace is not None and "lets it through" not in "\n".join(story(held.trace))
