"""The operations interface of the semantics, and its concrete and Z3 interpretations.

`spec.semantics` is written once, against the small `Ops` interface below.
Run with `CONCRETE` it simulates a run on Python booleans and integers; run
with a `SymbolicOps` it builds the Z3 formulas that the engine checks; run
with `spec.promela.PromelaOps` it writes the Promela model SPIN reads.
They can never drift apart because there is only one program to
interpret; the differential tests check that the interpretations
themselves agree. Collections of servers (one record per server, or
counts per class) are `spec.fleet`'s, beside this interface.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Protocol, Sequence, TypeVar

import z3
from z3 import z3core

from spec.z3_terms import ast_array

V = TypeVar("V")


class Ops(Protocol[V]):
    """What the semantics may do with a value: logic, choice, small arithmetic."""

    def bool_(self, value: bool) -> V: ...
    def int_(self, value: int) -> V: ...
    def and_(self, *values: V) -> V: ...
    def or_(self, *values: V) -> V: ...
    def not_(self, value: V) -> V: ...
    def ite(self, condition: V, then: V, otherwise: V) -> V: ...
    def eq(self, left: V, right: V) -> V: ...
    def le(self, left: V, right: V) -> V: ...
    def add(self, left: V, right: V) -> V: ...
    def sub(self, left: V, right: V) -> V: ...
    def sum_(self, values: Sequence[V]) -> V: ...
    def times(self, factor: int, value: V) -> V: ...
    def floor_div(self, value: V, divisor: int) -> V:
        """`value` divided by the positive numeral `divisor`, rounded down (read only where `value` >= 0)."""
        ...
    def at_most(self, flags: Sequence[V], bound: int) -> V: ...
    def weighted_sum(self, flags: Sequence[V], weights: Sequence[int]) -> V: ...
    def weighted_at_least(self, flags: Sequence[V], weights: Sequence[int], bound: int) -> V: ...
    def settled(self, value: V) -> bool | int | None:
        """The Python value of `value` if this interpretation already knows it, else `None`."""
        ...


class ConcreteOps:
    """The semantics on Python values: a simulator."""

    def bool_(self, value: bool) -> bool:
        return bool(value)

    def int_(self, value: int) -> int:
        return int(value)

    def and_(self, *values: bool) -> bool:
        return all(values)

    def or_(self, *values: bool) -> bool:
        return any(values)

    def not_(self, value: bool) -> bool:
        return not value

    def ite(self, condition: bool, then: Any, otherwise: Any) -> Any:
        return then if condition else otherwise

    def eq(self, left: Any, right: Any) -> bool:
        return left == right

    def le(self, left: int, right: int) -> bool:
        return left <= right

    def add(self, left: int, right: int) -> int:
        return left + right

    def sub(self, left: int, right: int) -> int:
        return left - right

    def sum_(self, values: Sequence[int]) -> int:
        return sum(values)

    def times(self, factor: int, value: int) -> int:
        return factor * value

    def floor_div(self, value: int, divisor: int) -> int:
        return value // divisor

    def settled(self, value: bool | int) -> bool | int:
        return value

    def at_most(self, flags: Sequence[bool], bound: int) -> bool:
        return sum(1 for flag in flags if flag) <= bound

    def weighted_sum(self, flags: Sequence[bool], weights: Sequence[int]) -> int:
        return sum(weight for flag, weight in zip(flags, weights, strict=True) if flag)

    def weighted_at_least(self, flags: Sequence[bool], weights: Sequence[int], bound: int) -> bool:
        return self.weighted_sum(flags, weights) >= bound


TERMS_PER_CHECK = 256
"""How many n-ary terms `SymbolicOps` makes between two reads of its deadline."""


class SymbolicOps:
    """The semantics on Z3 terms: the formulas of the transition relation.

    `pseudo_boolean` chooses how cardinality constraints are written: as Z3's
    native `AtMost` (fast for BMC with a SAT-based solver) or as integer
    sums (the only form Spacer's Horn-clause engine accepts).
    """

    def __init__(self, pseudo_boolean: bool, time_check: Callable[[str], None] | None = None) -> None:
        self.pseudo_boolean = pseudo_boolean
        self.time_check = time_check
        self.building = "the formulas were being built"
        self._made_since_check = 0

    def _tick(self, now: bool = False) -> None:
        """Every `TERMS_PER_CHECK` n-ary terms made, `time_check(building)`: a deadline's `check`, which raises
        `TimedOut` once it has passed (`spec.engine.deadline`).

        The n-ary terms (conjunctions, disjunctions, sums) are made about once
        per server per formula, so a formula over a large fleet is stopped
        within a few hundred servers of the deadline, at the cost of one
        clock read per `TERMS_PER_CHECK` terms. With `now`, the deadline is read at once (before a batch of
        `TERMS_PER_CHECK` terms made together).
        """
        if self.time_check is None:
            return
        self._made_since_check += 1
        if now or self._made_since_check >= TERMS_PER_CHECK:
            self._made_since_check = 0
            self.time_check(self.building)

    def bool_(self, value: bool) -> z3.BoolRef:
        return _literal(bool(value))

    def int_(self, value: int) -> z3.ArithRef:
        return _literal(int(value))

    def and_(self, *values: z3.BoolRef) -> z3.BoolRef:
        self._tick()
        return _made(z3.BoolRef, z3core.Z3_mk_and, *values) if values else _literal(True)

    def or_(self, *values: z3.BoolRef) -> z3.BoolRef:
        self._tick()
        return _made(z3.BoolRef, z3core.Z3_mk_or, *values) if values else _literal(False)

    def not_(self, value: z3.BoolRef) -> z3.BoolRef:
        return z3.BoolRef(z3core.Z3_mk_not(_CONTEXT.ref(), value.as_ast()), _CONTEXT)

    def ite(self, condition: z3.BoolRef, then: z3.ExprRef, otherwise: z3.ExprRef) -> z3.ExprRef:
        made = z3core.Z3_mk_ite(_CONTEXT.ref(), condition.as_ast(), then.as_ast(), otherwise.as_ast())
        return (z3.BoolRef if z3.is_bool(then) else z3.ArithRef)(made, _CONTEXT)

    def eq(self, left: z3.ExprRef, right: z3.ExprRef) -> z3.BoolRef:
        if _reflected(left, right):
            return _compared(z3core.Z3_mk_eq, right, left)
        return _compared(z3core.Z3_mk_eq, left, right)

    def le(self, left: z3.ArithRef, right: z3.ArithRef) -> z3.BoolRef:
        if _reflected(left, right):
            return _compared(z3core.Z3_mk_ge, right, left)
        return _compared(z3core.Z3_mk_le, left, right)

    def add(self, left: z3.ArithRef, right: z3.ArithRef) -> z3.ArithRef:
        return _made(z3.ArithRef, z3core.Z3_mk_add, left, right)

    def sub(self, left: z3.ArithRef, right: z3.ArithRef) -> z3.ArithRef:
        return _made(z3.ArithRef, z3core.Z3_mk_sub, left, right)

    def sum_(self, values: Sequence[z3.ArithRef]) -> z3.ArithRef:
        self._tick()
        return _sum(list(values))

    def times(self, factor: int, value: z3.ArithRef) -> z3.ArithRef:
        return value if factor == 1 else factor * value

    def floor_div(self, value: z3.ArithRef, divisor: int) -> z3.ArithRef:
        return value if divisor == 1 else value / divisor

    def settled(self, value: z3.ExprRef) -> bool | int | None:
        simple = z3.simplify(value)
        if z3.is_true(simple) or z3.is_false(simple):
            return z3.is_true(simple)
        return simple.as_long() if z3.is_int_value(simple) else None

    def at_most(self, flags: Sequence[z3.BoolRef], bound: int) -> z3.BoolRef:
        self._tick()
        if len(flags) <= bound:
            return _literal(True)
        if self.pseudo_boolean:
            return z3.AtMost(*flags, bound)
        return _sum([z3.If(flag, 1, 0) for flag in flags]) <= bound

    def weighted_sum(self, flags: Sequence[z3.BoolRef], weights: Sequence[int]) -> z3.ArithRef:
        if len(flags) != len(weights):
            raise ValueError(f"{len(flags)} flags and {len(weights)} weights")
        terms = []
        for start in range(0, len(flags), TERMS_PER_CHECK):  # a term per server: the deadline is read as often
            self._tick(now=True)
            pairs = zip(flags[start : start + TERMS_PER_CHECK], weights[start : start + TERMS_PER_CHECK], strict=True)
            terms += [z3.If(flag, weight, 0) for flag, weight in pairs if weight]
        return _sum(terms)

    def weighted_at_least(self, flags: Sequence[z3.BoolRef], weights: Sequence[int], bound: int) -> z3.BoolRef:
        pairs = [(flag, weight) for flag, weight in zip(flags, weights, strict=True) if weight]
        if bound <= 0:
            return _literal(True)
        if sum(weight for _, weight in pairs) < bound:
            return _literal(False)
        if self.pseudo_boolean:
            return z3.PbGe(pairs, bound)
        return self.weighted_sum(flags, weights) >= bound


def _sum(terms: Sequence[z3.ArithRef]) -> z3.ArithRef:
    """A sum that stays standard SMT-LIB: no `(+ x)` of a single term, which cvc5 rejects."""
    if not terms:
        return _literal(0)
    return terms[0] if len(terms) == 1 else _made(z3.ArithRef, z3core.Z3_mk_add, *terms)


_CONTEXT = z3.main_ctx()


@functools.lru_cache(maxsize=None, typed=True)
def _literal(value: bool | int) -> z3.ExprRef:
    """Z3's constant for `value`, made once: `z3.IntVal` spends most of its time in Python, and a transition
    relation asks for the same few numbers thousands of times (3,700 on AT&T 1990's three regions).
    Typed, so that `True` and `1`, equal in Python, stay two constants."""
    return z3.BoolVal(value) if isinstance(value, bool) else z3.IntVal(value)


def _made(wrapper: type, constructor: Any, *arguments: z3.ExprRef) -> Any:
    """The term an n-ary `constructor` of Z3's C API makes of `arguments`, wrapped as `wrapper` (`z3.BoolRef`...).

    It is the very term `z3.And`, `z3.Sum`, `==`, `<=` and the like make,
    without their checks and conversions in Python, which took most of the
    time a transition relation took to build. The semantics hands these
    operations Z3 terms of the sorts they take, and the terms it gets back
    are those Z3's own constructors gave, so the formulas, and the solvers'
    work on them, are unchanged.
    """
    return wrapper(constructor(_CONTEXT.ref(), len(arguments), ast_array(arguments)), _CONTEXT)


def _compared(constructor: Any, left: z3.ExprRef, right: z3.ExprRef) -> z3.BoolRef:
    """The comparison a binary `constructor` of Z3's C API makes of `left` and `right` (see `_made`)."""
    return z3.BoolRef(constructor(_CONTEXT.ref(), left.as_ast(), right.as_ast()), _CONTEXT)


def _reflected(left: z3.ExprRef, right: z3.ExprRef) -> bool:
    """Whether Python asks `right` first for `left == right` or `left <= right`: its type is a subclass of `left`'s.

    So `count == IntVal(0)` is `IntVal(0).__eq__(count)`, the term `(= 0 count)`, and `count <= IntVal(6)` is
    `(>= 6 count)`; the operations here make the same terms.
    """
    return type(right) is not type(left) and isinstance(right, type(left))


CONCRETE = ConcreteOps()
