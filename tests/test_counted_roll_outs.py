"""Counted roll-outs: the members of a pool that differ only in their place in a staged roll-out are one class.

`spec.folding.counted_across_batches` joins them, the roll-out takes
at each batch's step as many of them as the batch holds, whichever
(`semantics.roll_out_on_schedule`), and `spec.folding.in_roll_out_order`
names a counterexample's members back onto the order. The abstraction is
exact (docs/decisions.md, "Counted roll-outs"); these tests check that on
random staged designs: the joined platform, in either layout of its
fleet, has a counterexample exactly when the platform as ordered has
one, of the same length and as few faults; renamed, it replays on the
platform as ordered step by step as the same run up to the members'
names; its lemmas are inductive; and `check` on it agrees with the
independent reference model.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from agreement import agrees_with_reference
from spec import HOLDS, VIOLATED, check_claim
from spec.analysis.cutsets import minimal_cut_sets, pools_counted
from spec.design import Claim, Design, design_from_dict, faults_from_dict
from spec.encoding import adversary_of, transition_system
from spec.engine import bmc
from spec.engine.results import Inconclusive
from spec.engine.deadline import Deadline
from spec.events import Event
from spec.folding import counted_across_batches, folded, in_roll_out_order
from spec.platform import Platform, build_platform
from spec.report.story import story
from spec.report.table import step_table
from spec.ops import CONCRETE
from spec.semantics import StateView, completeness_depth, faults_used
from spec.trace import ReplayError, Trace, confirmed_trace, replay
from strategies import batch_sizes, raw_designs, raw_faults

DEADLINE = 60


@st.composite
def rolled_pools(draw: st.DrawFn) -> dict[str, Any]:
    """A random design whose first server is three to six alike servers, the change staged over every server in any order.

    The alike servers are listed one by one, as the reference model reads
    designs (a pool is only shorthand for them).
    """
    raw = draw(raw_designs(max_servers=2))
    raw.pop("links", None)
    first, *others = raw["servers"]
    alike = [{**first, "name": f"{first['name']}-{index}"} for index in range(1, draw(st.integers(3, 6)) + 1)]
    raw["servers"] = [*alike, *others]
    names = [server["name"] for server in raw["servers"]]
    raw["change"] = {
        "strategy": "staged",
        "batch": draw(batch_sizes()),
        "bake": draw(st.integers(0, 2)),
        "order": draw(st.permutations(names) | st.just(names)),
    }
    return raw


def change_faults() -> st.SearchStrategy[dict[str, Any]]:
    """A fault hypothesis of `raw_faults` whose bugs the change sets off, mostly: where the roll-out's slots matter."""
    return raw_faults().map(lambda faults: {**faults, "trigger": "change"}) | raw_faults()


def _claim(faults: dict[str, Any]) -> Claim:
    return Claim(name="random", expect="holds", faults=faults_from_dict(faults))


def _joined(design: Design, claim: Claim) -> tuple[Platform, Platform]:
    platform = build_platform(design, claim)
    return platform, counted_across_batches(platform)


def _joined_counterexample(platform: Platform, joined: Platform, encoding: str) -> tuple[Trace, Trace] | None:
    """The shortest counterexample of the joined platform, up to its completeness depth, replayed there and, renamed
    onto the roll-out's order, on the platform as ordered; `None` if it has none."""
    system = transition_system(joined, encoding=encoding)
    found = bmc.shortest_counterexample(system, completeness_depth(joined), Deadline(DEADLINE))
    assert not isinstance(found, Inconclusive)
    if found is None:
        return None
    adversary = adversary_of(joined, found.states[0], found.inputs, encoding)
    renamed = in_roll_out_order(adversary, joined, platform)
    return Trace(joined, adversary, replay(joined, adversary)), confirmed_trace(platform, renamed)


def _faults(trace: Trace) -> int:
    """How many faults a run used by its last state."""
    return sum(faults_used(CONCRETE, trace.platform, trace.states[-1]))


def _shown(view: StateView, platform: Platform) -> tuple:
    """What a state shows, members unnamed: per class of the platform as ordered but for the slot, its members' views."""
    servers = Counter(
        (member.site, member.unit, member.capacity, server.status, server.applied, server.routed, server.black_hole)
        for member, server in zip(platform.servers, view.servers, strict=True)
    )
    return (sorted(servers.items(), key=repr), view.backup, view.lost, view.capacity, view.lost_share, view.served, view.outage_for)


@settings(max_examples=40, deadline=None)
@given(rolled_pools(), change_faults(), st.sampled_from(["servers", "counting"]))
@example(
    raw={
        "name": "random",
        "service": {"demand": 3, "max_outage": 0, "max_lost_share": 0},
        "routing": {"health_check": "end_to_end", "detect": 0},
        "versions": [{"name": "v0", "codebase": "a"}],
        "servers": [{"name": f"s0-{index}", "version": "v0", "capacity": 1} for index in range(1, 5)],
        "change": {"strategy": "staged", "batch": 1, "bake": 0, "order": ["s0-1", "s0-2", "s0-3", "s0-4"]},
    },
    faults={"crashes": 1, "site_losses": 0, "bugs": 1, "bug_scope": "version", "trigger": "change", "latency": 2, "min_latency": 2, "restarts": 0},
    encoding="counting",
).via("a crash of a member the roll-out has not reached, which the gate later sees")
def test_the_joined_platform_has_the_counterexamples_of_the_platform_as_ordered(raw: dict, faults: dict, encoding: str) -> None:
    """Same verdict, same length, as few faults; renamed, the same run step by step up to the members' names."""
    design, claim = design_from_dict(raw), _claim(faults)
    platform, joined = _joined(design, claim)
    assume(joined.counts_roll_outs)
    ordered = check_claim(design, claim, encoding="servers", timeout=DEADLINE)
    assert ordered.outcome in (HOLDS, VIOLATED), ordered.reason
    found = _joined_counterexample(platform, joined, encoding)
    assert (found is not None) == (ordered.outcome == VIOLATED)
    if found is not None and ordered.trace is not None:
        on_joined, on_platform = found
        assert on_platform.length == ordered.length
        assert _faults(on_platform) == _faults(ordered.trace)
        assert [_shown(view, platform) for view in on_joined.views] == [_shown(view, platform) for view in on_platform.views]


@settings(max_examples=30, deadline=None)
@given(rolled_pools(), change_faults())
def test_check_on_counted_roll_outs_agrees_with_the_reference(raw: dict, faults: dict) -> None:
    """`check` joins the slots where the joined class is counted, and agrees with the reference model all the same."""
    agrees_with_reference(raw, faults, encoding="counting")


@settings(max_examples=20, deadline=None)
@given(rolled_pools(), change_faults(), st.sampled_from(["servers", "counting"]))
def test_the_lemmas_of_a_joined_platform_are_inductive(raw: dict, faults: dict, encoding: str) -> None:
    """`semantics.roll_out_so_far`, said of counts where classes are counted across batches, is kept by every step."""
    _, joined = _joined(design_from_dict(raw), _claim(faults))
    system = transition_system(joined, False, encoding, for_proofs=True)
    assert set(system.lemma_answers(Deadline(DEADLINE), longest=DEADLINE).values()) == {"unsat"}


def test_a_pool_updated_one_member_at_a_time_is_checked_as_one_class() -> None:
    """Twenty-four servers over three sites, one at a time: one counted class, whatever the roll-out's length (no site
    may be lost, so the sites are folded into one)."""
    raw = {
        "name": "rolling",
        "service": {"demand": 12},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v"}],
        "servers": [{"name": name, "version": "v", "site": name, "count": 8} for name in ("north", "south", "east")],
        "change": {"strategy": "staged", "batch": 1, "bake": 2},
    }
    design = design_from_dict(raw)
    claim = _claim({"bugs": 1, "latency": 2, "crashes": 2})
    joined = counted_across_batches(folded(build_platform(design, claim)))
    assert [(server_class.size, len(server_class.batches)) for server_class in joined.classes] == [(24, 24)]
    verdict = check_claim(design, claim)
    assert verdict.outcome == HOLDS and verdict.encoding == "counting"


def test_a_rolling_update_is_reported_a_row_per_pool_not_a_row_per_slot() -> None:
    """Sixty proxies updated one at a time, a late bug and a crash: the counterexample's step table groups each
    pool in one row, and the story names the members the roll-out reached, batch by batch."""
    raw = {
        "name": "rolling",
        "service": {"demand": 57},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "proxy"}],
        "servers": [{"name": site, "site": site, "version": "proxy", "count": 30} for site in ("east", "west")],
        "change": {"strategy": "staged", "batch": 1, "bake": 2},
    }
    verdict = check_claim(design_from_dict(raw), _claim({"bugs": 1, "min_latency": 3, "latency": 6, "crashes": 1}))
    assert verdict.outcome == VIOLATED and verdict.length == 13 and verdict.trace is not None
    table = step_table(verdict.trace).splitlines()
    rows = table[1 : next(index for index, line in enumerate(table) if line.startswith("capacity"))]
    assert [" ".join(row.split()[:4]) for row in rows] == ["proxy at east 30", "proxy at west 30"]
    told = "\n".join(story(verdict.trace))
    assert all(f"the change reaches east-{member}" in told for member in (1, 2, 3))


def test_a_class_the_change_never_reaches_is_not_joined_with_one_it_reaches() -> None:
    """Joining reads every fact of a class but its slot: a class with no slot at all stays apart, whatever else it
    shares with the classes the roll-out reaches."""
    raw = {
        "name": "rolling",
        "service": {"demand": 1},
        "versions": [{"name": "v"}],
        "servers": [{"name": "p", "version": "v", "count": 4}],
        "change": {"strategy": "staged", "batch": 1, "bake": 0},
    }
    platform = build_platform(design_from_dict(raw), _claim({"bugs": 1}))
    unreached = replace(platform.classes[-1], apply_step=None, first_batch=True)
    platform = replace(platform, classes=(*platform.classes[:-1], unreached))
    joined = counted_across_batches(platform)
    assert [(server_class.size, len(server_class.batches)) for server_class in joined.classes] == [(3, 3), (1, 0)]


@st.composite
def rolled_pool_entries(draw: st.DrawFn) -> dict[str, Any]:
    """A random design whose first `[[servers]]` entry is a pool of three to five, the change staged over every server in any order."""
    raw = draw(raw_designs(max_servers=2))
    raw.pop("links", None)
    first, *others = raw["servers"]
    size = draw(st.integers(3, 5))
    raw["servers"] = [{**first, "count": size}, *others]
    names = [f"{first['name']}-{index}" for index in range(1, size + 1)] + [server["name"] for server in others]
    raw["change"] = {"strategy": "staged", "batch": draw(batch_sizes()), "bake": draw(st.integers(0, 2)), "order": draw(st.permutations(names))}
    return raw


def _by_pool(design: Design, events: tuple[Event, ...], pools: frozenset[str]) -> Counter[tuple[str, str]]:
    """How many of each event a cut set holds, a counted pool's members' events counted by pool."""
    entry = {server.name: server.pool for server in design.servers}
    counts: Counter[tuple[str, str]] = Counter()
    for event in events:
        pool = entry.get(event.name)
        counts[(event.kind, pool if pool in pools else event.name)] += event.count or 1
    return counts


@settings(max_examples=12, deadline=None)
@given(rolled_pool_entries(), change_faults())
def test_cut_sets_of_a_staged_pool_counted_by_pool_are_the_least_of_those_member_by_member(raw: dict, faults: dict) -> None:
    """`crash:<pool>*k` on a pool updated a batch at a time (docs/decisions.md, "Cut sets of pools updated member by
    member"): every member-by-member minimal cut set, counted by pool, holds a cut set found by pool, and every one
    found by pool is such a count. So the sets by pool are the least of the member-by-member sets counted by pool."""
    design = design_from_dict(raw)
    claim = _claim(faults)
    pools = pools_counted(design, claim.faults)
    assert pools == {design.servers[0].pool}
    by_pool = [_by_pool(design, cut.events, pools) for cut in minimal_cut_sets(design, claim, max_order=3, timeout=DEADLINE)]
    by_member = [_by_pool(design, cut.events, pools) for cut in minimal_cut_sets(design, claim, max_order=3, encoding="servers", timeout=DEADLINE)]
    least = {frozenset(counts.items()) for counts in by_member if not any(other != counts and other <= counts for other in by_member)}
    assert len(by_pool) == len(least) and {frozenset(counts.items()) for counts in by_pool} == least


def test_a_run_whose_roll_out_leaves_its_batches_is_no_run_of_the_platform_as_ordered() -> None:
    """`in_roll_out_order` refuses an adversary whose roll-out takes members at a step no batch of theirs is due (the
    image of a run under a swap that is no symmetry, which the cut-set search replays and drops): `ReplayError`."""
    raw = {
        "name": "late",
        "service": {"demand": 4},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v0"}],
        "servers": [{"name": "p", "version": "v0", "count": 4}],
        "change": {"strategy": "staged", "batch": 1, "bake": 1},
    }
    design, claim = design_from_dict(raw), _claim({"bugs": 1, "trigger": "change"})
    platform, joined = _joined(design, claim)
    found = _joined_counterexample(platform, joined, "counting")
    assert found is not None
    on_joined, _ = found
    adversary = on_joined.adversary
    first = adversary.moves[0]
    assert any(move.apply for move in first.servers)
    idle = replace(first, servers=tuple(replace(move, apply=False) for move in first.servers))
    a_step_late = replace(adversary, moves=(idle, first, *adversary.moves[1:]))
    with pytest.raises(ReplayError, match="at a step other than its batches' own"):
        in_roll_out_order(a_step_late, joined, platform)
