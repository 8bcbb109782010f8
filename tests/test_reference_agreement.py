"""callspec's verdicts agree with an independent, naive reading of the contract.

`reference_model.shortest_violation` explores every run of a small design
explicitly, step by step, in the contract's own terms. On random designs and
fault hypotheses, a `violated` verdict of length n must be a violation the
reference finds first at step n, and a `holds` verdict must leave the
reference without a violation up to a horizon past every scheduled event.
"""

from __future__ import annotations

from itertools import product

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from reference_model import shortest_violation

from spec import check_claim
from spec.design import Claim, design_from_dict, faults_from_dict
from agreement import agrees_with_reference
from strategies import raw_designs, raw_faults, staged_designs



@settings(max_examples=80)
@given(raw_designs(max_servers=3), raw_faults(), st.sampled_from(["servers", "counting"]))
def test_verdicts_agree_with_the_reference(raw: dict, faults: dict, encoding: str) -> None:
    """In either encoding: per server, or counted per class of interchangeable servers."""
    agrees_with_reference(raw, faults, encoding)


@settings(max_examples=60)
@given(staged_designs(), raw_faults(max_latency=5), st.sampled_from(["servers", "counting"]))
def test_latency_ranges_agree_with_the_reference(raw: dict, faults: dict, encoding: str) -> None:
    """A bug's latency chosen in `min_latency..latency`, up to 5 steps, on staged roll-outs: the same verdicts and lengths."""
    verdict = agrees_with_reference(raw, faults, encoding)
    if verdict.trace is not None:
        latencies = verdict.trace.adversary.latency.values()
        assert all(faults["min_latency"] <= latency <= faults["latency"] for latency in latencies)


@settings(max_examples=40)
@given(raw_designs(max_servers=3), raw_faults())
def test_counterexamples_use_the_fewest_faults_a_violation_of_that_length_needs(raw: dict, faults: dict) -> None:
    """No run as short as the counterexample violates the property with fewer faults.

    Faults are counted as the checker counts them: each faulty bug unit,
    crash, site loss and restart, and the bad input. The reference explores
    every smaller split of the budgets.
    """
    verdict = check_claim(design_from_dict(raw), Claim(name="random", expect="holds", faults=faults_from_dict(faults)))
    assume(verdict.trace is not None)
    adversary = verdict.trace.adversary
    bugs = len(adversary.faulty)
    crashes = sum(sum(move.crash for move in moves.servers) + moves.crash_backup for moves in adversary.moves)
    site_losses = sum(sum(moves.lose) for moves in adversary.moves)
    inputs = sum(moves.bad_input for moves in adversary.moves)
    restarts = sum(sum(move.restart for move in moves.servers) for moves in adversary.moves)
    used = bugs + crashes + site_losses + restarts + inputs
    budgets = product(range(bugs + 1), range(crashes + 1), range(site_losses + 1), range(restarts + 1))
    for fewer_bugs, fewer_crashes, fewer_sites, fewer_restarts in budgets:
        needs_input = faults["trigger"] == "input" and fewer_bugs > 0
        if fewer_bugs + fewer_crashes + fewer_sites + fewer_restarts + needs_input >= used:
            continue
        fewer = {**faults, "bugs": fewer_bugs, "crashes": fewer_crashes, "site_losses": fewer_sites, "restarts": fewer_restarts}
        assert shortest_violation(raw, fewer, horizon=verdict.length) is None, fewer
