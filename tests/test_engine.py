"""The engine on small hand-made transition systems, known answers only."""

from __future__ import annotations

import itertools

import pytest
import z3
from hypothesis import given, settings
from hypothesis import strategies as st

from spec.engine import bmc, kinduction, pdr
from spec.engine.certificate import recheck
from spec.engine.deadline import Deadline
from spec.engine.results import UNSAFE, Counterexample, Inconclusive, Proof
from spec.engine.system import TransitionSystem, Variable, rename


def counter(limit: int, bad_at: int) -> TransitionSystem:
    """n starts at 0 and may grow by one (or idle) up to `limit`; bad when n == bad_at."""
    return TransitionSystem(
        state=(Variable("n", "int"),),
        inputs=(Variable("go", "bool"),),
        init=lambda s: s["n"] == 0,
        successor=lambda s, i: (
            {"n": z3.If(z3.And(i["go"], s["n"] < limit), s["n"] + 1, s["n"])},
            z3.BoolVal(True),
        ),
        bad=lambda s: s["n"] == bad_at,
    )


def test_bmc_finds_the_shortest_counterexample() -> None:
    found = bmc.shortest_counterexample(counter(limit=10, bad_at=4))
    assert isinstance(found, Counterexample)
    assert found.length == 4
    assert [state["n"] for state in found.states] == [0, 1, 2, 3, 4]
    assert all(step["go"] for step in found.inputs)


def shortcuts() -> TransitionSystem:
    """n must reach 2 in one step: one big fault (`a`, +2) or two small ones (`b`, `c`, +1 each)."""
    flags = ("a", "b", "c")
    return TransitionSystem(
        state=(Variable("n", "int"), *(Variable(f"used_{flag}", "bool") for flag in flags)),
        inputs=tuple(Variable(flag, "bool") for flag in flags),
        init=lambda s: z3.And(s["n"] == 0, *(z3.Not(s[f"used_{flag}"]) for flag in flags)),
        successor=lambda s, i: (
            {
                "n": s["n"] + z3.If(i["a"], 2, 0) + z3.If(i["b"], 1, 0) + z3.If(i["c"], 1, 0),
                **{f"used_{flag}": z3.Or(s[f"used_{flag}"], i[flag]) for flag in flags},
            },
            z3.BoolVal(True),
        ),
        bad=lambda s: s["n"] >= 2,
        faults=lambda s: [s[f"used_{flag}"] for flag in flags],
    )


def test_bmc_returns_the_shortest_counterexample_with_the_fewest_faults() -> None:
    found = bmc.shortest_counterexample(shortcuts())
    assert isinstance(found, Counterexample) and found.length == 1
    assert found.inputs == ({"a": True, "b": False, "c": False},)


def test_bmc_says_when_the_search_for_the_fewest_faults_ran_out_of_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question left unanswered is no proof that the faults are fewest; the counterexample is still shortest."""
    assert bmc.shortest_counterexample(shortcuts()).fewest_faults
    monkeypatch.setattr(bmc, "SIMPLEST_SECONDS", 0)
    found = bmc.shortest_counterexample(shortcuts())
    assert isinstance(found, Counterexample) and found.length == 1 and not found.fewest_faults
    assert found.states[-1]["n"] >= 2


def test_bmc_says_when_the_choice_among_the_shortest_ran_out_of_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without faults to count, the faults are the fewest at once; a choice left unsettled is no longer the same on
    every run, and the counterexample says so."""
    system = shortcuts()
    unweighted = TransitionSystem(system.state, system.inputs, system.init, system.successor, system.bad)
    settled = bmc.shortest_counterexample(unweighted)
    assert isinstance(settled, Counterexample) and settled.fewest_faults and settled.settled
    monkeypatch.setattr(bmc, "SIMPLEST_SECONDS", 0)
    found = bmc.shortest_counterexample(unweighted)
    assert isinstance(found, Counterexample) and found.length == 1 and found.fewest_faults and not found.settled
    assert found.states[-1]["n"] >= 2


def test_bmc_makes_every_free_choice_the_same_way_on_every_run() -> None:
    """Without faults to count, ties are broken towards false, the earliest step and the first input."""
    system = shortcuts()
    unweighted = TransitionSystem(system.state, system.inputs, system.init, system.successor, system.bad)
    first, *others = [bmc.shortest_counterexample(unweighted) for _ in range(3)]
    assert all(other == first for other in others)
    assert isinstance(first, Counterexample) and first.inputs == ({"a": True, "b": False, "c": False},)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=-2, max_value=3), min_size=1, max_size=7),
    st.sets(st.integers(min_value=1, max_value=6), min_size=1),
)
def test_bmc_sets_flags_as_the_least_assignment_read_from_the_last_flag(weights: list[int], targets: set[int]) -> None:
    """One step of flags whose weighted sum must hit a target: the flags taken are the brute force's least.

    "Least" reads the flags from the last one back, each false before true,
    as the choice among the shortest counterexamples is documented.
    """
    flags = [f"f{index}" for index in range(len(weights))]
    system = TransitionSystem(
        state=(Variable("n", "int"),),
        inputs=tuple(Variable(flag, "bool") for flag in flags),
        init=lambda s: s["n"] == 0,
        successor=lambda s, i: ({"n": z3.Sum(*(z3.If(i[f], w, 0) for f, w in zip(flags, weights)))}, z3.BoolVal(True)),
        bad=lambda s: z3.Or(*(s["n"] == target for target in targets)),
    )
    hitting = [
        choice
        for choice in itertools.product((False, True), repeat=len(flags))
        if sum(weight for weight, taken in zip(weights, choice) if taken) in targets
    ]
    found = bmc.shortest_counterexample(system, max_depth=1)
    if not hitting:
        assert found is None
        return
    assert isinstance(found, Counterexample) and found.length == 1
    least = min(hitting, key=lambda choice: tuple(reversed(choice)))
    assert tuple(found.inputs[0][flag] for flag in flags) == least


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["n", "m"]), st.integers(-2, 5), st.booleans()), min_size=1, max_size=6))
def test_renaming_into_frames_gives_z3s_own_substitution(atoms: list[tuple[str, int, bool]]) -> None:
    """`rename` calls Z3's substitution without the Python wrapper's checks: the terms must be the same."""
    variables = (Variable("n", "int"), Variable("m", "int"), Variable("up", "bool"))
    frames = [{variable.name: variable.constant(label) for variable in variables} for label in ("x", "y", "3")]
    formula = z3.Or(*(z3.And(frames[0][name] <= bound, frames[0]["up"] == flag) for name, bound, flag in atoms))
    pairs = [(frames[0], frames[1]), (frames[1], frames[2])]
    expected = z3.substitute(formula, *((old[name], new[name]) for old, new in pairs for name in old))
    assert rename(formula, *pairs).eq(expected)
    assert variables[0].constant("x") is frames[0]["n"], "a frame's constants are made once"


def test_bmc_reports_a_bad_initial_state_at_length_zero() -> None:
    found = bmc.shortest_counterexample(counter(limit=3, bad_at=0))
    assert isinstance(found, Counterexample) and found.length == 0 and found.inputs == ()


def test_bmc_within_a_bound_finds_nothing_when_the_bad_state_is_further() -> None:
    assert bmc.shortest_counterexample(counter(limit=10, bad_at=6), max_depth=5) is None


def test_pdr_proves_an_unreachable_bad_state_with_a_valid_invariant() -> None:
    system = counter(limit=3, bad_at=5)
    proof = pdr.prove(system)
    assert isinstance(proof, Proof)
    assert recheck(system, proof.invariant).valid


def test_pdr_finds_a_reachable_bad_state() -> None:
    assert pdr.prove(counter(limit=10, bad_at=7)) == UNSAFE


def test_the_recheck_rejects_invariants_that_are_not_certificates() -> None:
    system = counter(limit=3, bad_at=5)
    n = system.state_frame("x")["n"]
    for wrong, obligation in ((z3.And(n >= 1, n <= 3), "init"), (n <= 1, "step"), (n >= 0, "safe")):
        certificate = recheck(system, wrong)
        assert not certificate.valid
        assert certificate.answers == {
            solver: {name: "sat" if name == obligation else "unsat" for name in ("init", "step", "safe")}
            for solver in ("z3", "cvc5")
        }
    assert recheck(system, z3.And(n >= 0, n <= 3)).valid


def test_an_expired_deadline_is_inconclusive_not_a_verdict() -> None:
    expired = Deadline(0.0)
    assert isinstance(bmc.shortest_counterexample(counter(limit=10, bad_at=4), deadline=expired), Inconclusive)


def bounded_counter(limit: int, bad_at: int) -> TransitionSystem:
    """The counter, with the range 0..limit as lemmas for k-induction."""
    system = counter(limit, bad_at)
    return TransitionSystem(
        state=system.state,
        inputs=system.inputs,
        init=system.init,
        successor=system.successor,
        bad=system.bad,
        lemmas=lambda s: z3.And(s["n"] >= 0, s["n"] <= limit),
    )


def test_k_induction_proves_with_simple_paths_and_its_invariant_rechecks() -> None:
    system = bounded_counter(limit=3, bad_at=5)
    proof = kinduction.prove(system, max_k=10)
    assert isinstance(proof, Proof) and proof.method == "kind"
    assert recheck(system, proof.invariant).valid


def test_k_induction_needs_enough_depth_and_says_so() -> None:
    """n steps by two from 0 up to 4, so 3 is never reached; the lemma 0 <= n <= 4 admits n = 1 and n = 3.

    k = 0 fails (n = 3 satisfies the lemma), k = 1 fails (1 -> 3), k = 2 works:
    a simple path of two good states into 3 would have to start below 0.
    """
    system = TransitionSystem(
        state=(Variable("n", "int"),),
        inputs=(Variable("go", "bool"),),
        init=lambda s: s["n"] == 0,
        successor=lambda s, i: ({"n": z3.If(z3.And(i["go"], s["n"] + 2 <= 4), s["n"] + 2, s["n"])}, z3.BoolVal(True)),
        bad=lambda s: s["n"] == 3,
        lemmas=lambda s: z3.And(s["n"] >= 0, s["n"] <= 4),
    )
    proof = kinduction.prove(system, max_k=10)
    assert isinstance(proof, Proof) and proof.depth == 2
    assert recheck(system, kinduction.k_step_invariant(system, 1)).answers["z3"]["step"] == "sat"
    assert recheck(system, proof.invariant).valid
    assert isinstance(kinduction.prove(system, max_k=1), Inconclusive)


def test_k_induction_proves_a_system_without_inputs_at_depth_two() -> None:
    """A claim can leave the adversary no move after Init (a staged roll-out with one bug and nothing else).

    n runs 0 -> 2 -> 4 -> 4 on its own; 3 is never reached. The lemma
    admits n = 1 (1 -> 3), so k = 2 is needed, and the invariant's paths
    have no inputs to quantify over.
    """
    system = TransitionSystem(
        state=(Variable("n", "int"),),
        inputs=(),
        init=lambda s: s["n"] == 0,
        successor=lambda s, i: ({"n": z3.If(s["n"] + 2 <= 4, s["n"] + 2, s["n"])}, z3.BoolVal(True)),
        bad=lambda s: s["n"] == 3,
        lemmas=lambda s: z3.And(s["n"] >= 0, s["n"] <= 4),
    )
    proof = kinduction.prove(system, max_k=10)
    assert isinstance(proof, Proof) and proof.depth == 2
    assert recheck(system, proof.invariant).valid


def test_k_induction_refuses_lemmas_that_are_not_inductive() -> None:
    system = counter(limit=3, bad_at=5)
    lying = TransitionSystem(system.state, system.inputs, system.init, system.successor, system.bad, lambda s: s["n"] == 0)
    outcome = kinduction.prove(lying, max_k=5)
    assert isinstance(outcome, Inconclusive) and "lemmas" in outcome.reason


def test_a_capped_deadline_ends_at_the_earlier_of_the_two() -> None:
    """The lemmas' check takes at most `LEMMA_SECONDS`, and never more than the claim has left."""
    assert Deadline(None).capped(5).milliseconds() <= 5000
    assert Deadline(1).capped(5).milliseconds() <= 1000
    assert 4000 < Deadline(100).capped(5).milliseconds() <= 5000


def test_a_solver_message_given_as_bytes_reads_as_text() -> None:
    """Spacer's cancellation arrives as `b'canceled'`; the reason of an `unknown` verdict says `canceled`."""
    assert pdr.z3_message(z3.Z3Exception(b"canceled")) == "canceled"
    assert pdr.z3_message(z3.Z3Exception("canceled")) == "canceled"


def test_a_solver_stopped_by_its_timeout_stops_once_the_deadline_has_passed() -> None:
    """Z3's timeout is the time left rounded up: when the solver gives up, `expired()` already says the time is out.

    Rounded down, a search could stop a fraction of a millisecond early and
    take its own time-out for a solver error (a cut-set search once ended in
    an internal error that way, with `--timeout 1`).
    """
    holes, pigeons = 11, 12
    sits = [[z3.Bool(f"sits_{pigeon}_{hole}") for hole in range(holes)] for pigeon in range(pigeons)]
    solver = z3.Solver()
    solver.add(*(z3.Or(*row) for row in sits))
    solver.add(*(z3.Not(z3.And(sits[one][hole], sits[other][hole])) for hole in range(holes) for one in range(pigeons) for other in range(one)))
    for _ in range(5):
        deadline = Deadline(0.02)
        deadline.limit(solver)
        assert solver.check() == z3.unknown
        assert deadline.expired()
