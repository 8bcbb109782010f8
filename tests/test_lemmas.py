"""The lemmas proof methods take as given, and the moves a claim rules out.

PDR and k-induction assume `semantics.in_range` (and, for proofs only,
`semantics.silent_without_restarts`) on both sides of a step once it is
checked inductive; a lemma that is not would only be dropped, at the
cost of speed, so these tests check that the lemmas are inductive on random
designs with links, restarts and message-triggered bugs, in both encodings
(`tests/test_differential.py` checks they hold on concrete runs), and that
they carry the proof they are there for.
"""

from __future__ import annotations

import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from spec.design import design_from_dict, faults_from_dict
from spec.encoding import transition_system
from spec.engine import kinduction
from spec.engine.deadline import Deadline
from spec.engine.results import Proof
from spec.platform import build_platform
from strategies import batch_sizes, moves, raw_designs, raw_faults


@settings(max_examples=20, deadline=None)
@given(raw_designs(max_servers=4), raw_faults(), st.sampled_from(["servers", "counting"]))
def test_the_lemmas_are_inductive(raw: dict, raw_fault: dict, encoding: str) -> None:
    system = transition_system(build_platform(design_from_dict(raw), faults_from_dict(raw_fault)), False, encoding, for_proofs=True)
    assert set(system.lemma_answers(Deadline(60), longest=60).values()) == {"unsat"}


@settings(max_examples=20, deadline=None)
@given(raw_designs(max_servers=4), raw_faults(), st.integers(1, 3), st.sampled_from(["servers", "counting"]), st.data())
def test_the_roll_out_lemmas_are_inductive_on_staged_roll_outs(
    raw: dict, raw_fault: dict, pool: int, encoding: str, data: st.DataObject
) -> None:
    """Staged roll-outs of the change that sets the bugs off, their first server a pool: `semantics.roll_out_so_far` is kept."""
    raw = {**raw, "servers": [{**raw["servers"][0], "count": pool}, *raw["servers"][1:]]} if pool > 1 else raw
    names = [f"{raw['servers'][0]['name']}-{index}" for index in range(1, pool + 1)] if pool > 1 else [raw["servers"][0]["name"]]
    names += [server["name"] for server in raw["servers"][1:]]
    raw["change"] = {
        "strategy": "staged",
        "batch": data.draw(batch_sizes()),
        "bake": data.draw(st.integers(0, 2)),
        "order": data.draw(st.permutations(names)),
    }
    platform = build_platform(design_from_dict(raw), faults_from_dict({**raw_fault, "trigger": "change"}))
    system = transition_system(platform, False, encoding, for_proofs=True)
    assert set(system.lemma_answers(Deadline(60), longest=60).values()) == {"unsat"}


@settings(max_examples=10, deadline=None)
@given(raw_designs(max_servers=3), raw_faults(), st.integers(2, 3), st.sampled_from(["servers", "counting"]))
def test_the_cascade_lemma_is_inductive_on_linked_designs(raw: dict, raw_fault: dict, pool: int, encoding: str) -> None:
    """Messages set the bugs off, the first server (a pool) linked with itself and the last: `semantics.silent_without_restarts` is kept.

    In both encodings. Such a pool has more local states than members, so
    the counting encoding lists its members; counted, the check took
    minutes.
    """
    first, last = raw["servers"][0]["name"], raw["servers"][-1]["name"]
    raw = {**raw, "servers": [{**raw["servers"][0], "count": pool}, *raw["servers"][1:]], "change": None}
    raw = {name: value for name, value in raw.items() if value is not None}
    raw["links"] = [{"between": [first, first]}] + ([{"between": [first, last]}] if last != first else [])
    platform = build_platform(design_from_dict(raw), faults_from_dict({**raw_fault, "trigger": "message", "restarts": 1 + raw_fault["restarts"]}))
    assert platform.cascades
    system = transition_system(platform, False, encoding, for_proofs=True)
    assert set(system.lemma_answers(Deadline(60), longest=60).values()) == {"unsat"}


def _cascade(pools: int) -> dict:
    """`pools` pools of three members of one version, each pool linked with itself only."""
    return {
        "name": "regions",
        "service": {"demand": 3 * pools - 3},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v"}],
        "servers": [{"name": f"r{index}", "version": "v", "count": 3} for index in range(pools)],
        "links": [{"between": [f"r{index}", f"r{index}"]} for index in range(pools)],
    }


@given(st.data())
def test_a_move_the_budgets_rule_out_is_no_variable_and_never_drawn(data: st.DataObject) -> None:
    raw = _cascade(2)
    raw["servers"][1]["site"] = "south"
    raw["servers"][0]["site"] = "north"
    platform = build_platform(design_from_dict(raw), faults_from_dict({"bugs": 1, "trigger": "message", "restarts": 1}))
    for encoding in ("servers", "counting"):
        names = [variable.name for variable in transition_system(platform, False, encoding).inputs]
        assert names and not any(name.startswith(("crash", "lose")) for name in names), names
        assert any(name.startswith("restart") for name in names)
    drawn = data.draw(moves(platform))
    assert not any(move.crash for move in drawn.servers) and not any(drawn.lose) and not drawn.crash_backup


def _two_releases() -> dict:
    """Two pools of three, each on its own release, every member linked with every other: AT&T 1990's redesign, small."""
    return {
        "name": "two-releases",
        "service": {"demand": 3},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "new"}, {"name": "old"}],
        "servers": [{"name": "n", "version": "new", "count": 3}, {"name": "o", "version": "old", "count": 3}],
        "links": [{"between": ["n", "n"]}, {"between": ["o", "o"]}, {"between": ["n", "o"]}],
    }


def test_with_the_lemmas_a_bug_in_one_release_is_survived_at_depth_one() -> None:
    """`semantics.loops_only_where_faulty`: no state the lemmas allow has the sound release looping, so one step suffices.

    A message bug and a restart cost the faulty release and no more; the
    claim is 1-inductive given the lemmas, in both encodings. Without
    this lemma a state with a server of the sound release looping (which
    no run reaches) was a counterexample to induction at every small depth.
    """
    platform = build_platform(design_from_dict(_two_releases()), faults_from_dict({"bugs": 1, "trigger": "message", "restarts": 1}))
    for encoding in ("servers", "counting"):
        system = transition_system(platform, False, encoding, for_proofs=True)
        proof = kinduction.prove(system, max_k=1, deadline=Deadline(60))
        assert isinstance(proof, Proof) and proof.depth <= 1, (encoding, proof)


@settings(max_examples=20, deadline=None)
@given(raw_designs(max_servers=4), raw_faults(), st.sampled_from(["servers", "counting"]))
def test_the_facts_hold_of_every_state_a_start_or_a_step_makes(raw: dict, raw_fault: dict, encoding: str) -> None:
    """`TransitionSystem.facts` (`semantics.timers_agree`) need no induction of their own: they hold of every initial
    state and of every successor of a state within the lemmas, reachable or not, which is what lets the cut-set
    search's cheapest proof hold them without PDR learning them."""
    system = transition_system(build_platform(design_from_dict(raw), faults_from_dict(raw_fault)), False, encoding, for_proofs=True)
    current, inputs, following = system.state_frame("x"), system.input_frame("i"), system.state_frame("y")
    initially = z3.And(system.init(current), z3.Not(system.facts(current)))
    after_a_step = z3.And(system.lemmas(current), system.trans(current, inputs, following), z3.Not(system.facts(following)))
    for formula in (initially, after_a_step):
        solver = z3.Solver()
        solver.add(formula)
        assert solver.check() == z3.unsat
