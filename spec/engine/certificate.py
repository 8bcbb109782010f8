"""Re-checking a proof's invariant from scratch, by two solvers of different lineage.

An invariant proves safety at every depth when three obligations are
unsatisfiable: a state that is initial but outside it (`init`); a step from
inside it to outside it (`step`); a state inside it that is bad (`safe`).
Each obligation is written once as a self-contained SMT-LIB 2 script, and
that very text is what Z3 and cvc5 each parse and answer, in fresh solvers
that have never seen the proof. A certificate stands only if every answer of
every solver is `unsat`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import cvc5
import z3

from spec.engine.deadline import Deadline
from spec.engine.system import TransitionSystem

Answerer = Callable[[str, Deadline], str]


@dataclass(frozen=True)
class Certificate:
    """The three obligations of an invariant, as SMT-LIB 2 scripts, and each solver's answers."""

    scripts: dict[str, str]
    answers: dict[str, dict[str, str]]  # solver -> obligation -> answer

    @property
    def valid(self) -> bool:
        """Every solver answered every obligation, and every answer is `unsat`."""
        answered = all(len(self.answers.get(solver, {})) == len(self.scripts) for solver in SOLVERS)
        return answered and all(answer == "unsat" for by_solver in self.answers.values() for answer in by_solver.values())

    def failures(self) -> str:
        return ", ".join(
            f"{solver} says {answer} on {name}"
            for solver, by_obligation in self.answers.items()
            for name, answer in by_obligation.items()
            if answer != "unsat"
        )


def obligations(system: TransitionSystem, invariant: z3.BoolRef) -> dict[str, z3.BoolRef]:
    """The three formulas that must be unsatisfiable for `invariant` (over frame "x")."""
    current = system.state_frame("x")
    inputs = system.input_frame("i")
    following = system.state_frame("y")
    renamed = z3.substitute(invariant, *[(current[name], following[name]) for name in current])
    return {
        "init": z3.And(system.init(current), z3.Not(invariant)),
        "step": z3.And(invariant, system.trans(current, inputs, following), z3.Not(renamed)),
        "safe": z3.And(invariant, system.bad(current)),
    }


def smtlib_script(formula: z3.BoolRef) -> str:
    """A self-contained SMT-LIB 2 script: the logic, declarations, one assertion, `(check-sat)`.

    The logic is the one the encodings keep to: linear integer arithmetic
    over integers and Booleans, quantifier-free (`QF_LIA`), or with the
    quantifiers of k-induction's invariant (`LIA`). Told so, cvc5 leaves
    out what `ALL` sets up for other theories. A term outside it (a product
    of two variables) gets an error from cvc5, never `unsat`.
    """
    solver = z3.Solver()
    solver.add(formula)
    body = solver.to_smt2()
    logic = "LIA" if "(forall" in body or "(exists" in body else "QF_LIA"
    return f"(set-logic {logic})\n" + body + "(exit)\n"


def z3_answer(script: str, deadline: Deadline) -> str:
    """Z3's answer to an SMT-LIB script, parsed afresh.

    Quantifiers (k-induction's invariant ranges over the inputs of short
    paths) are eliminated first: Z3's model-based instantiation is far
    slower on them than elimination followed by its SMT core. A script
    without quantifiers (PDR's invariants) goes to Z3's default solver,
    which is the faster there.
    """
    quantified = "(forall" in script or "(exists" in script
    solver = z3.Then("simplify", "qe", "smt").solver() if quantified else z3.Solver()
    deadline.limit(solver)
    solver.add(z3.parse_smt2_string(script))
    return str(solver.check())


def cvc5_answer(script: str, deadline: Deadline) -> str:
    """cvc5's answer to an SMT-LIB script, run command by command like its own front end.

    With cvc5's `learned-rewrite` preprocessing (sound, in cvc5's default
    build), which shortens the step obligations where cvc5 spends most of
    a held claim's time, and out of incremental mode, as cvc5's command
    line runs a script of one `(check-sat)`: the solver answers one
    question and is dropped (docs/decisions.md, "Performance history").
    """
    solver = cvc5.Solver(cvc5.TermManager())
    solver.setOption("learned-rewrite", "true")
    solver.setOption("incremental", "false")
    timeout = deadline.milliseconds()
    if timeout is not None:
        solver.setOption("tlimit-per", str(timeout))
    parser = cvc5.InputParser(solver)
    parser.setStringInput(cvc5.InputLanguage.SMT_LIB_2_6, script, "certificate")
    symbols = parser.getSymbolManager()
    answer = "no answer"
    while not (command := parser.nextCommand()).isNull():
        printed = command.invoke(solver, symbols).strip()
        if printed:
            answer = printed
    return answer


SOLVERS: dict[str, Answerer] = {"z3": z3_answer, "cvc5": cvc5_answer}


def recheck(
    system: TransitionSystem, invariant: z3.BoolRef, deadline: Deadline | None = None, until_rejected: bool = False
) -> Certificate:
    """Write the obligations of `invariant` as SMT-LIB and have every solver answer each.

    With `until_rejected`, no question is asked after the first answer
    that is not `unsat`: the certificate is invalid whatever the rest say.
    That is for an invariant proposed on the chance that it is inductive;
    an invariant a proof method returned gets every answer, for the report.
    """
    deadline = deadline or Deadline(None)
    scripts = {name: smtlib_script(formula) for name, formula in obligations(system, invariant).items()}
    answers: dict[str, dict[str, str]] = {}
    for solver, answer in SOLVERS.items():
        answers[solver] = {}
        for name, script in scripts.items():
            answers[solver][name] = answer(script, deadline)
            if until_rejected and answers[solver][name] != "unsat":
                return Certificate(scripts=scripts, answers=answers)
    return Certificate(scripts=scripts, answers=answers)
