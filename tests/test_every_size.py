"""A claim over a pool whose size is a range is checked for every size at once, and agrees with each size in turn.

`spec.free_sizes.every_size` makes the ranged pool one class whose size is
a variable fixed over a run (`Platform.free_sizes`); the counting
encoding reads its members in the start local state as the size less
the rest. The claim holds when it is proved so, for every size; it is
violated when some size has a run that violates it, and the
counterexample is then a shortest over all sizes, with the fewest
faults, at the smallest size that has one such. These tests check that
against the loop over the sizes, on random designs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spec import HOLDS, UNKNOWN, VIOLATED, check_claim
from spec.cli import main
from spec.design import Claim, Design, design_from_dict, faults_from_dict
from spec.ops import CONCRETE
from spec.free_sizes import every_size
from spec.semantics import faults_used
from strategies import batch_sizes, raw_designs, raw_faults, staged_designs

DEADLINE = 60
ROOT = Path(__file__).resolve().parent.parent


@st.composite
def ranged_designs(draw: st.DrawFn) -> dict[str, Any]:
    """A random design of `raw_designs` whose first server is a pool of any size in a small range, changed at once if at all."""
    raw = draw(raw_designs(max_servers=3))
    if raw.get("change", {}).get("strategy") == "staged":
        raw["change"] = {"strategy": "all_at_once"}
    least = draw(st.integers(1, 3))
    raw["servers"][0]["count"] = {"min": least, "max": least + draw(st.integers(0, 3))}
    return raw


def _claim(faults: dict[str, Any]) -> Claim:
    return Claim(name="random", expect="holds", faults=faults_from_dict(faults))


def _faults(verdict: Any) -> int:
    trace = verdict.trace
    return sum(faults_used(CONCRETE, trace.platform, trace.states[-1]))


def _sizes(design: Design) -> list[int]:
    pool = design.ranged_pools[0]
    assert pool.most is not None
    return list(range(pool.least, pool.most + 1))


@settings(max_examples=60, deadline=None)
@given(raw=ranged_designs(), faults=raw_faults())
def test_every_size_at_once_agrees_with_each_size_in_turn(raw: dict[str, Any], faults: dict[str, Any]) -> None:
    _agrees_with_each_size(design_from_dict(raw), _claim(faults))


@st.composite
def staged_ranged_designs(draw: st.DrawFn) -> dict[str, Any]:
    """A random staged design of `staged_designs`, without links, whose last server in the roll-out is a pool of any
    size in a small range, with batches of one size or a list of sizes."""
    raw = draw(staged_designs(max_servers=3))
    raw.pop("links", None)
    if raw["routing"]["health_check"] != "end_to_end":
        raw["change"]["gate"] = "true_state"  # a gate reading a liveness check is checked one size at a time
    raw["change"]["batch"] = draw(batch_sizes())
    last = raw["change"]["order"][-1]
    least = draw(st.integers(1, 3))
    pool = next(server for server in raw["servers"] if server["name"] == last)
    pool["count"] = {"min": least, "max": least + draw(st.integers(0, 4))}
    return raw


@settings(max_examples=60, deadline=None)
@given(raw=staged_ranged_designs(), faults=raw_faults())
def test_a_staged_roll_out_at_every_size_agrees_with_each_size_in_turn(raw: dict[str, Any], faults: dict[str, Any]) -> None:
    """The roll-out is cut after the batches that can matter (`free_sizes.batches_that_matter`) and the pool's size
    bounds how many members it takes: the verdict, the shortest counterexample and its sizes are those of the loop."""
    _agrees_with_each_size(design_from_dict(raw), _claim(faults))


def _agrees_with_each_size(design: Design, claim: Claim) -> None:
    pool = design.ranged_pools[0]
    at_once = check_claim(design, claim, timeout=DEADLINE)
    each = {size: check_claim(design.at_counts({pool.name: size}), claim, timeout=DEADLINE) for size in _sizes(design)}
    assert UNKNOWN not in {at_once.outcome, *(verdict.outcome for verdict in each.values())}
    violated = {size: verdict for size, verdict in each.items() if verdict.outcome == VIOLATED}
    if not violated:
        assert at_once.outcome == HOLDS and at_once.counts is None
        return
    assert at_once.outcome == VIOLATED
    shortest = min(verdict.length for verdict in violated.values())
    fewest = min(_faults(verdict) for verdict in violated.values() if verdict.length == shortest)
    smallest = min(size for size, verdict in violated.items() if (verdict.length, _faults(verdict)) == (shortest, fewest))
    assert (at_once.length, _faults(at_once), at_once.counts) == (shortest, fewest, {pool.name: smallest})
    assert at_once.trace is not None and at_once.trace.to_json() == each[smallest].trace.to_json()


def test_a_counterexample_gives_the_sizes_it_uses_in_its_json() -> None:
    raw = {
        "name": "pool",
        "service": {"demand": 8},
        "versions": [{"name": "v1"}],
        "servers": [{"name": "esrp", "version": "v1", "capacity": 2, "count": {"min": 6}}],
    }
    design = design_from_dict(raw)
    verdict = check_claim(design, _claim({"crashes": 3}), timeout=DEADLINE)
    record = verdict.to_json()
    assert (record["verdict"], record["length"], record["counts"]) == (VIOLATED, 1, {"esrp": 6})
    assert list(record["trace"][0]["servers"]) == [f"esrp-{n}" for n in range(1, 7)]
    held = check_claim(design, _claim({"crashes": 2}), timeout=DEADLINE)
    assert held.outcome == HOLDS and held.certificate is not None and held.certificate.valid
    assert "counts" not in held.to_json()


def _staged_pools(*pools: dict[str, Any], order: list[str] | None = None) -> Design:
    change: dict[str, Any] = {"strategy": "staged", "batch": 1}
    if order is not None:
        change["order"] = order
    return design_from_dict(
        {"name": "pools", "service": {"demand": 1}, "versions": [{"name": "v1"}], "servers": list(pools), "change": change}
    )


RANGED = {"name": "esrp", "version": "v1", "count": {"min": 2, "max": 5}}
FIXED = {"name": "edge", "version": "v1", "count": 3}


def test_a_staged_roll_out_takes_every_size_only_of_the_last_pool_it_reaches() -> None:
    for design in (
        _staged_pools(RANGED, FIXED),
        _staged_pools(FIXED, RANGED, order=["esrp", "edge"]),
        _staged_pools(RANGED, {**RANGED, "name": "sbc"}),
    ):
        with pytest.raises(ValueError, match="staged roll-out"):
            every_size(design, _claim({"bugs": 1}))
    joined = every_size(_staged_pools(FIXED, RANGED), _claim({"bugs": 1}))
    assert [free.pool for free in joined.free_sizes] == ["esrp"]


AUTOSCALED = """\
name = "autoscaled"

[service]
demand = 5

[routing]
health_check = "end_to_end"

[[versions]]
name = "sbc"

[[servers]]
name = "sbc"
version = "sbc"
count = { min = 6, max = 600 }

[[servers]]
name = "edge"
version = "sbc"
count = { min = 1 }

[[claims]]
name = "two crashes"
expect = "holds"
faults = { crashes = 2 }

[[claims]]
name = "three crashes"
expect = "holds"
faults = { crashes = 3 }
"""


def test_check_proves_and_refutes_a_ranged_design_for_every_size(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    design = tmp_path / "autoscaled.toml"
    design.write_text(AUTOSCALED, encoding="utf-8")
    assert main(["check", str(design), "--json"]) == 1
    claims = json.loads(capsys.readouterr().out)["designs"][0]["claims"]
    assert [(claim["verdict"], claim.get("counts")) for claim in claims] == [(HOLDS, None), (VIOLATED, {"sbc": 6, "edge": 1})]
    assert main(["check", str(design), "--report-dir", str(tmp_path / "reports")]) == 1
    out = capsys.readouterr().out
    assert "every size at once: sbc from 6 to 600, edge from 1 up" in out
    assert "with sbc at 6 (from 6 to 600), edge at 1 (from 1 up)" in out
    page = next((tmp_path / "reports").rglob("three-crashes.md")).read_text(encoding="utf-8")
    assert "| Sizes | sbc at 6 (from 6 to 600), edge at 1 (from 1 up): the shortest run over every size" in page
    pictures = list((tmp_path / "reports").rglob("three-crashes.*.svg"))
    assert len(pictures) == 2
    for picture in pictures:
        assert "autoscaled, sbc at 6 (from 6 to 600), edge at 1 (from 1 up): three crashes" in picture.read_text(encoding="utf-8")


def test_a_count_for_one_ranged_pool_of_two_is_refused_naming_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    design = tmp_path / "autoscaled.toml"
    design.write_text(AUTOSCALED, encoding="utf-8")
    assert main(["check", str(design), "--count", "sbc=7"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("callspec: error: --count sbc=7: ") and '"edge" too' in err and err.count("\n") == 1


def test_the_pytest_plugin_checks_a_ranged_design_for_every_size(tmp_path: Path) -> None:
    (tmp_path / "autoscaled.toml").write_text(AUTOSCALED, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "autoscaled.toml"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=600,
    )
    assert run.returncode == 1 and "1 failed, 1 passed" in run.stdout
    assert "with sbc at 6 (from 6 to 600), edge at 1 (from 1 up)" in run.stdout


def test_the_servers_encoding_asked_of_a_ranged_design_is_refused_naming_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    design = tmp_path / "autoscaled.toml"
    design.write_text(AUTOSCALED, encoding="utf-8")
    assert main(["check", str(design), "--encoding", "servers"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith('callspec: error: --encoding servers: ranged pool "sbc" of ') and "give --count sbc=N" in err
    assert main(["check", str(design), "--encoding", "servers", "--count", "sbc=6", "--count", "edge=1", "--json"]) == 1
    assert [claim["encoding"] for claim in json.loads(capsys.readouterr().out)["designs"][0]["claims"]] == ["servers", "servers"]


def test_a_range_past_the_servers_a_design_may_hold_is_proved_and_its_counterexample_said_out_of_reach() -> None:
    raw = {
        "name": "pool",
        "service": {"demand": 8},
        "versions": [{"name": "v1"}],
        "servers": [{"name": "esrp", "version": "v1", "count": {"min": 2_000_000}}],
        "change": {"strategy": "all_at_once"},
    }
    design = design_from_dict(raw)
    assert check_claim(design, _claim({"crashes": 3}), timeout=DEADLINE).outcome == HOLDS
    out_of_reach = check_claim(design, _claim({"bugs": 1}), timeout=DEADLINE)
    assert out_of_reach.outcome == UNKNOWN and out_of_reach.trace is None
    assert "a counterexample exists at sizes {'esrp': 2000000}, but cannot be replayed" in out_of_reach.reason
