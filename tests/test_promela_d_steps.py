"""Every `d_step` of an exported model is within what SPIN's parser takes (2,048 statements), at any fleet size.

A fleet of 48 servers updated one at a time has hundreds of state
variables: its state 0 alone once filled a `d_step` past the limit, and
SPIN refused the model ("d_step sequence too long").
"""

from __future__ import annotations

from spec.design import Claim, Faults, design_from_dict
from spec.platform import build_platform
from spec.promela import promela_model

SPIN_LIMIT = 2048


POOL_OF_48 = {
    "name": "pool-of-48",
    "service": {"demand": 24},
    "routing": {"health_check": "end_to_end"},
    "versions": [{"name": "v1"}],
    "servers": [{"name": "pool", "version": "v1", "count": 48}],
    "change": {"strategy": "staged", "batch": 1, "bake": 2},
}


def d_step_lengths(model: str) -> list[int]:
    """The statements (lines ending in `;`) of each `d_step` of `model`."""
    lengths, depth, opened = [], 0, None
    for line in model.splitlines():
        text = line.strip()
        if text.startswith("d_step {"):
            opened, depth, count = len(lengths), 1, 0
            continue
        if opened is None:
            continue
        depth += text.count("{") - text.count("}")
        if depth <= 0:
            lengths.append(count)
            opened = None
        elif text.endswith(";"):
            count += 1
    return lengths


def test_every_d_step_of_a_48_server_rolling_update_is_within_spin_s_limit() -> None:
    claim = Claim("a bug within the bake time", "holds", Faults(bugs=1, max_latency=2, crashes=2))
    model = promela_model(build_platform(design_from_dict(POOL_OF_48), claim))
    lengths = d_step_lengths(model)
    assert len(lengths) > 2
    assert max(lengths) <= SPIN_LIMIT, lengths
