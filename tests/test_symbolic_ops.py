"""`SymbolicOps` builds its terms through Z3's C API: they must be the very terms Z3's Python constructors build.

The solvers' work depends on a formula's exact shape (the order of a
comparison's arguments included), so a term that merely means the same
would change what was measured and proved; these tests compare the terms
themselves (`z3.ExprRef.eq`: the same AST), on random terms.
"""

from __future__ import annotations

import z3
from hypothesis import given
from hypothesis import strategies as st

from spec.ops import SymbolicOps

OPS = SymbolicOps(pseudo_boolean=False)
INTEGERS = st.one_of(st.integers(-3, 40).map(z3.IntVal), st.sampled_from(["a", "b", "count"]).map(z3.Int))
FLAGS = st.one_of(st.booleans().map(z3.BoolVal), st.sampled_from(["p", "q"]).map(z3.Bool))


@given(INTEGERS, INTEGERS)
def test_comparisons_and_arithmetic_are_z3s_own_terms(left: z3.ArithRef, right: z3.ArithRef) -> None:
    """`count == IntVal(0)` is `(= 0 count)` in Z3's Python API (Python asks the subclass first): so here too."""
    assert OPS.eq(left, right).eq(left == right)
    assert OPS.le(left, right).eq(left <= right)
    assert OPS.add(left, right).eq(left + right)
    assert OPS.sub(left, right).eq(left - right)


@given(st.lists(FLAGS, min_size=1, max_size=5), st.lists(INTEGERS, min_size=2, max_size=5))
def test_connectives_choices_and_sums_are_z3s_own_terms(flags: list[z3.BoolRef], numbers: list[z3.ArithRef]) -> None:
    assert OPS.and_(*flags).eq(z3.And(*flags))
    assert OPS.or_(*flags).eq(z3.Or(*flags))
    assert OPS.not_(flags[0]).eq(z3.Not(flags[0]))
    assert OPS.ite(flags[0], numbers[0], numbers[1]).eq(z3.If(flags[0], numbers[0], numbers[1]))
    assert OPS.ite(flags[0], flags[-1], flags[0]).eq(z3.If(flags[0], flags[-1], flags[0]))
    assert OPS.sum_(numbers).eq(z3.Sum(numbers))


@given(FLAGS, INTEGERS, INTEGERS)
def test_terms_are_of_the_python_class_z3_gives_them(flag: z3.BoolRef, left: z3.ArithRef, right: z3.ArithRef) -> None:
    """Booleans as `BoolRef`, integer terms as `ArithRef`: what the rest of the code asks of them."""
    assert isinstance(OPS.ite(flag, left, right), z3.ArithRef) and isinstance(OPS.le(left, right), z3.BoolRef)
    assert isinstance(OPS.ite(flag, flag, flag), z3.BoolRef) and isinstance(OPS.add(left, right), z3.ArithRef)
    assert z3.simplify(OPS.add(z3.IntVal(2), z3.IntVal(3))).as_long() == 5


@given(st.lists(st.one_of(st.booleans(), st.integers(-3, 40)), max_size=12))
def test_constants_are_z3s_own_whichever_was_asked_first(values: list[bool | int]) -> None:
    """Constants are made once and kept: `True` and `1`, equal in Python, must still be a Bool and an Int."""
    for value in values:
        made = OPS.bool_(value) if isinstance(value, bool) else OPS.int_(value)
        assert made.eq(z3.BoolVal(value) if isinstance(value, bool) else z3.IntVal(value))
