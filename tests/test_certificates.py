"""Every `holds` carries an invariant that Z3 and cvc5 re-check; a bad one is caught."""

from __future__ import annotations

from pathlib import Path

import pytest
import z3

import spec
from spec import check as checking
from spec.cli import main
from spec.design import load_design
from spec.encoding import transition_system
from spec.engine import certificate as certificates
from spec.engine.certificate import Certificate
from spec.engine.kinduction import k_step_invariant
from spec.engine.system import TransitionSystem
from spec.platform import build_platform
from spec.promela import promela_model
from spec.engine.results import Proof

MODELS = Path(__file__).resolve().parent.parent / "models"
ORANGE = MODELS / "orange_2021.toml"
HELD = ["three independent crashes are survived", "a site loss plus two crashes is survived"]


@pytest.mark.parametrize("method", ["pdr", "kind", "auto"])
def test_each_method_proves_the_held_claims_with_a_certificate_both_solvers_accept(method: str) -> None:
    design = spec.load_design(ORANGE)
    for verdict in spec.check_design(design, method=method):
        if verdict.claim.expect != "holds":
            continue
        assert verdict.outcome == spec.HOLDS, verdict.reason
        assert verdict.method == (method if method != "auto" else "kind")
        assert verdict.certificate.answers == {
            solver: {"init": "unsat", "step": "unsat", "safe": "unsat"} for solver in ("z3", "cvc5")
        }


def test_an_invariant_that_is_not_inductive_makes_the_verdict_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proof method that returned a wrong invariant must not yield `holds`."""

    def wrong_proof(system, method, deadline):  # noqa: ANN001, ARG001
        return Proof(method="pdr", invariant=z3.Not(system.bad(system.state_frame("x"))))

    monkeypatch.setattr(checking, "_prove", wrong_proof)
    design = spec.load_design(ORANGE)
    claim = next(claim for claim in design.claims if claim.name == HELD[0])
    verdict = spec.check_claim(design, claim, method="pdr")
    assert verdict.outcome == spec.UNKNOWN
    assert "z3 says sat on step" in verdict.reason and "cvc5 says sat on step" in verdict.reason


def test_auto_proves_a_claim_inductive_with_the_lemmas_without_checking_them_or_searching(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cheapest proof is offered first: the claim and the lemmas, re-checked as an invariant."""

    def not_called(*arguments: object, **keywords: object) -> None:
        raise AssertionError("the invariant is re-checked at once: no lemma check, no PDR, no search")

    monkeypatch.setattr(TransitionSystem, "lemma_answers", not_called)
    monkeypatch.setattr(checking.pdr, "prove", not_called)
    monkeypatch.setattr(checking.bmc, "shortest_counterexample", not_called)
    design = spec.load_design(ORANGE)
    for name in HELD:
        verdict = spec.check_claim(design, next(claim for claim in design.claims if claim.name == name))
        assert (verdict.outcome, verdict.method, verdict.depth) == (spec.HOLDS, "kind", 1)
        assert verdict.certificate.valid and set(verdict.certificate.answers) == {"z3", "cvc5"}


def test_auto_goes_on_to_pdr_where_the_claim_with_the_lemmas_is_not_inductive() -> None:
    design = spec.load_design(MODELS / "bypass_outage.toml")
    claim = next(claim for claim in design.claims if claim.expect == "holds")
    system = transition_system(build_platform(design, claim), pseudo_boolean=False, for_proofs=True)
    tried = certificates.recheck(system, k_step_invariant(system, 1), until_rejected=True)
    assert tried.answers == {"z3": {"init": "unsat", "step": "sat"}}, "cvc5 is not asked once Z3 rejects a step"
    assert not tried.valid
    verdict = spec.check_claim(design, claim)
    assert (verdict.outcome, verdict.method) == (spec.HOLDS, "pdr") and verdict.certificate.valid


def test_the_cheapest_proof_has_its_own_time_limit_and_the_other_methods_follow_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An obligation the offer cannot answer in `CHEAPEST_PROOF_SECONDS` fails it; it never takes the claim's time."""
    monkeypatch.setattr(checking, "CHEAPEST_PROOF_SECONDS", 0)
    design = spec.load_design(ORANGE)
    verdict = spec.check_claim(design, next(claim for claim in design.claims if claim.name == HELD[0]))
    assert (verdict.outcome, verdict.method) == (spec.HOLDS, "pdr") and verdict.certificate.valid


def test_a_certificate_missing_an_answer_is_not_valid() -> None:
    unsat = {"init": "unsat", "step": "unsat", "safe": "unsat"}
    scripts = dict.fromkeys(unsat, "(check-sat)")
    assert Certificate(scripts=scripts, answers={"z3": unsat, "cvc5": unsat}).valid
    assert not Certificate(scripts=scripts, answers={"z3": unsat}).valid
    assert not Certificate(scripts=scripts, answers={"z3": unsat, "cvc5": {"init": "unsat", "step": "unsat"}}).valid


def test_certificates_are_written_per_held_claim_and_obligation(tmp_path: Path) -> None:
    assert main(["check", str(ORANGE), "--certificates", str(tmp_path), "--json"]) == 0
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == sorted(
        f"orange-2021.{slug}.{obligation}.smt2"
        for slug in ("three-independent-crashes-are-survived", "a-site-loss-plus-two-crashes-is-survived")
        for obligation in ("init", "step", "safe")
    )
    for path in tmp_path.iterdir():
        text = path.read_text()
        assert text.startswith(("(set-logic QF_LIA)", "(set-logic LIA)")) and text.rstrip().endswith("(exit)")
        solver = z3.Solver()
        solver.add(z3.parse_smt2_string(text))
        assert solver.check() == z3.unsat, path.name


def test_export_writes_a_promela_model(tmp_path: Path) -> None:
    out = tmp_path / "model.pml"
    assert main(["export", str(ORANGE), "--claim", HELD[0], "--promela", str(out)]) == 0
    design = load_design(ORANGE)
    claim = next(claim for claim in design.claims if claim.name == HELD[0])
    expected = promela_model(build_platform(design, claim), f"{design.name}: {claim.name}")
    assert out.read_text(encoding="utf-8") == expected, "the file is the model that SPIN's tests simulate and check"
