"""A Promela model of a claim, for an outside witness: SPIN.

The model is not written by hand. `PromelaOps` is a third interpretation
of the operations interface: run through it, the one step function of
`spec.semantics` prints Promela statements instead of computing values or
building Z3 terms. Every compound expression becomes a hidden temporary
assigned once inside a `d_step`, so the text stays linear in the size of
the semantics, and hidden temporaries stay out of SPIN's state vector.

The adversary is nondeterministic choice: the faulty units and latencies
once (a choice over the bug budget ends the run before state 0), then at
every step each crash and site loss that is new and still within its
budget, and the bad input until it has arrived, as an optional move. A
step whose successor breaks the fault budget all the same is dropped (the
state stays as it was). The service property is an assertion checked in
state 0 and after every step. `state_variables` and `state_values` line
the model's variables up with a concrete state, for the tests that run
the model (SPIN's random simulation, and a reading of its statements).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Sequence

from spec import semantics
from spec.design import design_error
from spec.fleet import EachServer
from spec.platform import Platform
from spec.semantics import Moves, ServerMoves, ServerState, State


_HIDDEN_TYPE = {"bool": "byte", "int": "int"}  # SPIN cannot hide bit-sized variables


@dataclass(frozen=True)
class Expr:
    """A Promela expression and its sort (`bool` or `int`), as the semantics' fields declare theirs."""

    text: str
    sort: str  # `bool` or `int`


class PromelaOps:
    """The semantics' operations, written out as Promela assignments to temporaries."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.temporaries: list[str] = []

    def _temporary(self, sort: str, text: str) -> Expr:
        name = f"t{len(self.temporaries)}"
        self.temporaries.append(f"hidden {_HIDDEN_TYPE[sort]} {name};")
        self.lines.append(f"{name} = {text};")
        return Expr(name, sort)

    def take_lines(self) -> list[str]:
        lines, self.lines = self.lines, []
        return lines

    def bool_(self, value: bool) -> Expr:
        return Expr("true" if value else "false", "bool")

    def int_(self, value: int) -> Expr:
        return Expr(str(int(value)), "int")

    def and_(self, *values: Expr) -> Expr:
        return self._temporary("bool", " && ".join(f"({v.text})" for v in values)) if values else self.bool_(True)

    def or_(self, *values: Expr) -> Expr:
        return self._temporary("bool", " || ".join(f"({v.text})" for v in values)) if values else self.bool_(False)

    def not_(self, value: Expr) -> Expr:
        return self._temporary("bool", f"!({value.text})")

    def ite(self, condition: Expr, then: Expr, otherwise: Expr) -> Expr:
        return self._temporary(then.sort, f"(({condition.text}) -> ({then.text}) : ({otherwise.text}))")

    def eq(self, left: Expr, right: Expr) -> Expr:
        return self._temporary("bool", f"({left.text}) == ({right.text})")

    def le(self, left: Expr, right: Expr) -> Expr:
        return self._temporary("bool", f"({left.text}) <= ({right.text})")

    def add(self, left: Expr, right: Expr) -> Expr:
        return self._temporary("int", f"({left.text}) + ({right.text})")

    def sub(self, left: Expr, right: Expr) -> Expr:
        return self._temporary("int", f"({left.text}) - ({right.text})")

    def sum_(self, values: Sequence[Expr]) -> Expr:
        return self._temporary("int", " + ".join(f"({value.text})" for value in values) or "0")

    def times(self, factor: int, value: Expr) -> Expr:
        return self._temporary("int", f"{int(factor)} * ({value.text})")

    def floor_div(self, value: Expr, divisor: int) -> Expr:
        return self._temporary("int", f"({value.text}) / {int(divisor)}")

    def settled(self, value: Expr) -> None:
        return None

    def at_most(self, flags: Sequence[Expr], bound: int) -> Expr:
        if len(flags) <= bound:
            return self.bool_(True)
        return self._temporary("bool", f"{self._count(flags, [1] * len(flags))} <= {bound}")

    def weighted_sum(self, flags: Sequence[Expr], weights: Sequence[int]) -> Expr:
        return self._temporary("int", self._count(flags, weights))

    def weighted_at_least(self, flags: Sequence[Expr], weights: Sequence[int], bound: int) -> Expr:
        return self._temporary("bool", f"{self._count(flags, weights)} >= {bound}")

    def materialize(self, value: Expr) -> Expr:
        """A temporary holding `value` now, immune to later assignments of state variables."""
        return self._temporary(value.sort, value.text)

    @staticmethod
    def _count(flags: Sequence[Expr], weights: Sequence[int]) -> str:
        terms = [f"(({flag.text}) -> {weight} : 0)" for flag, weight in zip(flags, weights, strict=True) if weight]
        return " + ".join(terms) if terms else "0"


def _references(platform: Platform, record: State) -> State:
    """The same state with every value replaced by the Promela variable that holds it."""
    values = {}
    for field in fields(record):
        value = getattr(record, field.name)
        name = field.name
        if isinstance(value, EachServer):
            values[name] = _server_references(platform, ServerState, value.records)
        elif isinstance(value, tuple):
            values[name] = tuple(Expr(f"{name}[{index}]", item.sort) for index, item in enumerate(value))
        else:
            values[name] = Expr(name, value.sort)
    return type(record)(**values)


def _server_references(platform: Platform, record: type, like: tuple, prefix: str = "") -> EachServer:
    """One record per server whose fields are the Promela arrays `<prefix><field>[index]`."""
    sorts = {field.name: getattr(like[0], field.name).sort if like else "bool" for field in fields(record)}
    return EachServer(
        platform,
        tuple(
            record(*(Expr(f"{prefix}{field.name}[{index}]", sorts[field.name]) for field in fields(record)))
            for index in range(len(platform.servers))
        ),
    )


def _declarations(record: State | Moves, prefix: str = "") -> list[str]:
    lines = []
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(value, EachServer):
            for server_field in fields(value.records[0]):
                sort = getattr(value.records[0], server_field.name).sort
                lines.append(f"{sort} {prefix}{server_field.name}[{len(value)}];")
        elif isinstance(value, tuple):
            sort = value[0].sort if value else "bool"
            lines.append(f"{sort} {prefix}{field.name}[{max(1, len(value))}];")
        else:
            lines.append(f"{value.sort} {prefix}{field.name};")
    return lines


def _binary_choice(variable: str) -> str:
    return f"if :: {variable} = true :: {variable} = false fi;"


class _InlineOps(PromelaOps):
    """The semantics' operations written out as one Promela expression, without temporaries.

    For a guard read outside a `d_step` (a choice of the adversary), where
    a temporary assigned in the step before would not be restored when
    SPIN backtracks.
    """

    def _temporary(self, sort: str, text: str) -> Expr:
        return Expr(f"({text})", sort)


def _budgeted_choices(platform: Platform, fault: semantics.FaultKind, current: State, moves: list[tuple[Expr, Expr]]) -> list[str]:
    """One optional choice per move of the kind `fault`, offered only while it is new and within the budget.

    Making a move again that would change nothing, or going past the
    budget (`FaultKind.within`, counting the moves already chosen in this
    step and this one), adds no behaviour: the step would change nothing
    or be dropped. Leaving those choices out keeps SPIN's search from
    branching on them.
    """
    ops = _InlineOps()
    choices = []
    for position, (move, done) in enumerate(moves):
        made = [earlier for earlier, _ in moves[:position]] + [ops.bool_(True)]
        room = fault.within(ops, platform, current, made)
        guard = f"!({done.text})" if room.text == "true" else f"!({done.text}) && {room.text}"
        choices.append(f"if :: ({guard}) -> {move.text} = true :: true -> skip fi;")
    return choices


PROMELA_INT_MAX = 2**31 - 1
"""SPIN's `int` is 32 bits: no sum the model computes may exceed this."""


def promela_model(platform: Platform, title: str = "") -> str:
    """The Promela text of `platform` under its fault hypothesis; an assertion fails iff the claim is violated.

    Raises `DesignError` on `service.max_lost_share` when its comparison,
    a capacity times the threshold's numerator or denominator, could exceed
    SPIN's 32-bit integers.
    """
    _check_lost_share_fits(platform)
    return _PromelaModel(platform).text(title or platform.design.name)


def _check_lost_share_fits(platform: Platform) -> None:
    threshold = platform.max_lost_share
    largest = max(threshold.numerator, threshold.denominator) * sum(platform.capacities)
    if threshold and largest > PROMELA_INT_MAX:
        raise design_error(
            platform.design,
            "service.max_lost_share",
            f"the Promela export compares {threshold.denominator} times the lost capacity with {threshold.numerator} times "
            f"the routed capacity (up to {largest:,}), beyond SPIN's 32-bit integers: write a share with a smaller denominator",
        )


class _PromelaModel:
    """The parts of a model, each the semantics run through `PromelaOps`, made in the order the constructor reads.

    The order matters: temporaries are numbered as they are made, so the
    same platform always gives the same text.
    """

    def __init__(self, platform: Platform) -> None:
        self.platform = platform
        self.ops = PromelaOps()
        self.choose_units()
        self.start()
        self.step()
        self.check()
        self.spent, self.spent_others, self.spent_lines, self.spent_declarations = _spent_moves(self.ops, platform, self.current)
        self.offer_moves()

    def choose_units(self) -> None:
        """The adversary's one-time choice: faulty units and latencies, and whether it is within the budget."""
        self.faulty, self.latency = _choices(self.platform)
        self.choice_allowed = self.ops.materialize(semantics.valid_choice(self.ops, self.platform, self.faulty, self.latency))

    def start(self) -> None:
        """State 0, computed into temporaries and held for the commit."""
        self.initial = _initial(self.ops, self.platform)
        self.initial_lines = self.ops.take_lines()
        self.initial_held = [self.ops.materialize(value) for value in _flat(self.initial)]
        self.initial_lines += self.ops.take_lines()

    def step(self) -> None:
        """One step from the state variables, under the moves' variables: the next state and whether it is allowed."""
        ops = self.ops
        self.current = _references(self.platform, self.initial)
        self.moves = _move_references(self.platform)
        following = semantics.next_state(ops, self.platform, self.current, self.moves)
        self.allowed = ops.materialize(semantics.within_budget(ops, self.platform, following))
        self.held = [ops.materialize(value) for value in _flat(following)]
        self.step_lines = ops.take_lines()

    def check(self) -> None:
        """The service property, read in the state variables."""
        self.failed = self.ops.materialize(semantics.service_failed(self.ops, self.platform, self.current))
        self.check_lines = self.ops.take_lines()

    def offer_moves(self) -> None:
        """Each step's optional moves, kind by kind, offered while new and within the budget; and their reset."""
        self.move_choices: list[str] = []
        chosen: list[Expr] = []
        for fault in semantics.FAULT_KINDS:
            offered = _offered_moves(self.platform, fault, self.moves, self.spent, self.spent_others)
            self.move_choices += _budgeted_choices(self.platform, fault, self.current, offered)
            chosen += [move for move, _ in offered]
        self.reset_moves = [f"{move.text} = false;" for move in chosen]

    def unit_choices(self) -> list[str]:
        """The statements of the one-time choice: each unit faulty or not, each latency from `min_latency` to `latency`."""
        least, most = semantics.latency_bounds(self.platform)
        latencies = range(least, most + 1)
        return [_binary_choice(flag.text) for flag in self.faulty] + [
            "if " + " ".join(f":: {value.text} = {choice}" for choice in latencies) + " fi;" for value in self.latency
        ]

    def commit(self, values: list[Expr]) -> list[str]:
        """Assign `values` to the state variables."""
        return [f"{variable.text} = {value.text};" for variable, value in zip(_flat(self.current), values, strict=True)]

    def text(self, title: str) -> str:
        def block(lines: list[str], depth: int = 2) -> str:
            return "\n".join("    " * depth + line for line in lines)

        tail = len(self.check_lines) + len(self.spent_lines) + D_STEP_FRAME
        initial_leading, initial_lines = _leading_d_steps(self.initial_lines, tail + len(self.initial_held))
        leading, step_lines = _leading_d_steps(self.step_lines, tail + len(self.held) + len(self.reset_moves))
        return f"""/* callspec: {title}
 * Generated from the semantics of design-format.md; do not edit.
 * Check with: spin -a model.pml && gcc -O2 -DSAFETY -o pan pan.c && ./pan -m1000000
 * An assertion violation means the claim's service property is violated. */

{chr(10).join(_declarations(self.initial))}
{chr(10).join(_declarations(self.moves, prefix="move_"))}
bool service_failed;
{chr(10).join(self.spent_declarations)}
hidden byte allowed;
{chr(10).join(self.ops.temporaries)}

init {{
    /* the adversary's one-time choice: faulty bug units and their latencies */
{block(self.unit_choices(), 1)}
{block(initial_leading, 1)}
    d_step {{
{block(initial_lines)}
        allowed = {self.choice_allowed.text};
{block(self.commit(self.initial_held))}
{block(self.check_lines)}
        service_failed = {self.failed.text};
{block(self.spent_lines)}
    }}
    if
    :: !allowed -> goto done
    :: else -> skip
    fi;
    assert(!service_failed);
    do
    :: true ->
        /* the adversary's moves for this step */
{block(self.move_choices)}
{block(leading)}
        d_step {{
{block(step_lines, 3)}
            allowed = {self.allowed.text};
            if
            :: allowed ->
{block(self.commit(self.held), 4)}
            :: else -> skip
            fi;
{block(self.check_lines, 3)}
            service_failed = {self.failed.text};
{block(self.spent_lines, 3)}
{block(self.reset_moves, 3)}
        }};
        assert(!service_failed)
    od;
done: skip
}}
"""


def _move_references(platform: Platform) -> Moves:
    """The adversary's moves as the Promela variables `move_<field>` that hold them, indexed as each field is declared."""
    idle = (ServerMoves(**{declared.name: Expr("false", "bool") for declared in fields(ServerMoves)}),)
    sizes = {"sites": len(platform.sites), "units": len(platform.units)}
    values: dict[str, Any] = {}
    for declared in fields(Moves):
        over, name = declared.metadata["over"], f"move_{declared.name}"
        if declared.metadata["sort"] == "fleet":
            values[declared.name] = _server_references(platform, ServerMoves, idle, prefix="move_")
        elif over is None:
            values[declared.name] = Expr(name, "bool")
        else:
            values[declared.name] = tuple(Expr(f"{name}[{index}]", "bool") for index in range(sizes[over]))
    return Moves(**values)


D_STEP_STATEMENTS = 1800
"""The most computing statements a `d_step` holds: SPIN's parser takes at most 2,048 statements per `d_step`."""

SPIN_D_STEP_STATEMENTS = 2000
"""What the `d_step` that commits a state holds at most, its computations and the `tail` that follows them (the
commit, the check of the service property, the budget's counts), a margin below SPIN's 2,048."""

D_STEP_FRAME = 8
"""The statements of a committing `d_step` beside its lists of lines: `allowed`, the `if` around the commit, `service_failed`."""


def _leading_d_steps(lines: list[str], tail: int) -> tuple[list[str], list[str]]:
    """Computations too long for one `d_step`: the `d_step`s that go first, and the lines left for the last.

    The last keeps room for the `tail` statements that follow in it: at 48
    servers the commit and the check are hundreds of statements, and the
    state 0's `d_step` had no room left for them. Only temporaries are
    assigned before the last one, which commits the state: the states in
    between differ from the first only in where the process is, so SPIN
    follows the same runs, through more states.
    """
    room = max(1, min(D_STEP_STATEMENTS, SPIN_D_STEP_STATEMENTS - tail))
    cut = max(0, len(lines) - room)
    head, last = lines[:cut], lines[cut:]
    chunks = [head[start : start + D_STEP_STATEMENTS] for start in range(0, len(head), D_STEP_STATEMENTS)]
    leading = [text for chunk in chunks for text in ("d_step {", *("    " + line for line in chunk), "};")]
    return leading, last


def _choices(platform: Platform) -> tuple[tuple[Expr, ...], tuple[Expr, ...]]:
    """The variables of the adversary's one-time choice: faulty units and their latencies."""
    units = range(len(platform.units))
    return tuple(Expr(f"faulty[{unit}]", "bool") for unit in units), tuple(Expr(f"latency[{unit}]", "int") for unit in units)


def _initial(ops: PromelaOps, platform: Platform) -> State:
    """State 0 as Promela expressions over the one-time choice."""
    fresh = EachServer(platform, tuple(semantics.fresh_server(ops) for _ in platform.servers))
    return semantics.initial_state(ops, platform, *_choices(platform), fresh)


def state_variables(platform: Platform) -> list[str]:
    """The Promela variables of the model's state, in the order `state_values` lists a state's values."""
    return [variable.text for variable in _flat(_references(platform, _initial(PromelaOps(), platform)))]


def state_values(state: State) -> list[bool | int]:
    """The values of a concrete state (`spec.ops.CONCRETE`), in the order of `state_variables`."""
    return list(_flat(state))


def _offered_moves(
    platform: Platform, fault: semantics.FaultKind, moves: Moves, spent: list[ServerMoves], spent_others: dict[str, list[Expr]]
) -> list[tuple[Expr, Expr]]:
    """The moves of the kind `fault` the adversary can make on this platform, each with the flag saying it would change nothing."""
    offered = []
    if fault.server_move is not None and semantics.move_possible(platform, ServerMoves, fault.server_move):
        offered += [(getattr(move, fault.server_move), getattr(done, fault.server_move)) for move, done in zip(moves.servers, spent, strict=True)]
    if fault.move is not None and semantics.move_possible(platform, Moves, fault.move):
        made = getattr(moves, fault.move)
        offered += list(zip(made if isinstance(made, tuple) else (made,), spent_others[fault.move], strict=True))
    return offered


def _spent_moves(
    ops: PromelaOps, platform: Platform, current: State
) -> tuple[list[ServerMoves], dict[str, list[Expr]], list[str], list[str]]:
    """Which moves would change nothing now: per server (`semantics.moves_spent`), and per move off the servers
    (its event recorded already: `FaultKind.off_servers`).

    They are computed at the end of each `d_step` into state variables
    (`spent_<move>[i]`), not hidden temporaries: the choices that read them
    come after the `d_step`, and SPIN restores only the state vector when it
    backtracks. They are functions of the state, so they add no states.
    Returns the per-server flags, the others by move, the statements, the declarations.
    """
    lines, declarations = [], []
    spent = []
    for index, server in enumerate(current.servers):
        moves_of = semantics.moves_spent(ops, current, platform.server_class(index), server)
        values = {}
        for field in fields(ServerMoves):
            value = ops.materialize(getattr(moves_of, field.name))
            lines += ops.take_lines() + [f"spent_{field.name}[{index}] = {value.text};"]
            values[field.name] = Expr(f"spent_{field.name}[{index}]", "bool")
        spent.append(ServerMoves(**values))
    declarations += [f"bool spent_{field.name}[{max(1, len(current.servers))}];" for field in fields(ServerMoves)]
    others: dict[str, list[Expr]] = {}
    for fault in semantics.FAULT_KINDS:
        if fault.move is None or not semantics.move_possible(platform, Moves, fault.move):
            continue
        flags = fault.off_servers(ops, platform, current)
        others[fault.move] = [Expr(f"spent_{fault.move}[{index}]", "bool") for index in range(len(flags))]
        for index, flag in enumerate(flags):
            value = ops.materialize(flag)
            lines += ops.take_lines() + [f"spent_{fault.move}[{index}] = {value.text};"]
        declarations.append(f"bool spent_{fault.move}[{max(1, len(flags))}];")
    return spent, others, lines, declarations


def _flat(record: State | Moves) -> list[Expr]:
    values: list[Expr] = []
    for field in fields(record):
        value = getattr(record, field.name)
        if isinstance(value, EachServer):
            values += [getattr(server, server_field.name) for server_field in fields(value.records[0]) for server in value]
        else:
            values += list(value) if isinstance(value, tuple) else [value]
    return values
