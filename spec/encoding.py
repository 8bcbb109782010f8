"""From a platform to a transition system, and from a solver's path back to choices.

The transition system is the semantics interpreted on Z3 terms: every field
of `spec.semantics.State` becomes one named variable per server, unit or
site, and every field of `Moves` one input. A counterexample found by the
engine comes back as valuations of those variables; `adversary_of` keeps only
the adversary's choices from it, so that the run can be replayed on the
concrete interpretation instead of being trusted.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Sequence

import z3

from spec import semantics
from spec.engine.system import Frame, TransitionSystem, Valuation, Variable
from spec.ops import SymbolicOps
from spec.platform import Platform
from spec.semantics import Moves, State

_INTEGER_FIELDS = frozenset({"clock", "latency", "visible_for", "input_age", "backup_armed_for", "outage_for"})


@dataclass(frozen=True)
class Adversary:
    """Everything the adversary chose in a run, by name, free of solver artefacts."""

    faulty: tuple[str, ...]  # bug units chosen faulty
    latency: dict[str, int]  # per faulty unit
    moves: tuple[Moves[bool], ...]  # per step 1, 2, ...

    def choice(self, platform: Platform) -> tuple[tuple[bool, ...], tuple[int, ...]]:
        """The frozen part of state 0 (faulty flags and latencies, per unit)."""
        return (
            tuple(unit in self.faulty for unit in platform.units),
            tuple(self.latency.get(unit, 0) for unit in platform.units),
        )


def _labels(platform: Platform, field_name: str) -> tuple[str, ...] | None:
    """The names a tuple field is indexed by; `None` for a scalar field."""
    servers = tuple(member.name for member in platform.servers)
    by_field = {
        "faulty": platform.units,
        "latency": platform.units,
        "lost": platform.sites,
        "lose": platform.sites,
        "crashed": servers,
        "applied": servers,
        "looping": servers,
        "visible_for": servers,
        "crash": servers,
    }
    return by_field.get(field_name)


def _variables(platform: Platform, record: type, present: Sequence[str]) -> tuple[Variable, ...]:
    variables = []
    for field in fields(record):
        if field.name not in present:
            continue
        sort = "int" if field.name in _INTEGER_FIELDS else "bool"
        labels = _labels(platform, field.name)
        names = [field.name] if labels is None else [f"{field.name}[{label}]" for label in labels]
        variables.extend(Variable(name, sort) for name in names)
    return tuple(variables)


def _record(platform: Platform, record: type, frame: dict[str, Any], absent: Any) -> Any:
    """Rebuild a `State` or `Moves` from a frame; fields not in the frame get `absent`."""
    values = {}
    for field in fields(record):
        labels = _labels(platform, field.name)
        if labels is None:
            values[field.name] = frame.get(field.name, absent)
        else:
            values[field.name] = tuple(frame.get(f"{field.name}[{label}]", absent) for label in labels)
    return record(**values)


def _flatten(platform: Platform, record: Any) -> dict[str, Any]:
    flat = {}
    for field in fields(record):
        value = getattr(record, field.name)
        labels = _labels(platform, field.name)
        if labels is None:
            flat[field.name] = value
        else:
            flat.update({f"{field.name}[{label}]": item for label, item in zip(labels, value, strict=True)})
    return flat


def _move_fields(platform: Platform) -> tuple[str, ...]:
    """The inputs the adversary really has under this claim."""
    present = ["crash", "lose"]
    if platform.backup is not None:
        present.append("crash_backup")
    if platform.input_triggered:
        present.append("bad_input")
    return tuple(present)


def transition_system(platform: Platform, pseudo_boolean: bool = True) -> TransitionSystem:
    """The semantics of `platform` as a transition system over Z3 variables."""
    ops = SymbolicOps(pseudo_boolean)
    state_fields = tuple(field.name for field in fields(State))

    def as_state(frame: Frame) -> State:
        return _record(platform, State, frame, None)

    def equal(frame: Frame, state: State) -> z3.BoolRef:
        return z3.And(*(frame[name] == value for name, value in _flatten(platform, state).items()))

    def init(frame: Frame) -> z3.BoolRef:
        current = as_state(frame)
        return z3.And(
            semantics.valid_choice(ops, platform, current.faulty, current.latency),
            equal(frame, semantics.initial_state(ops, platform, current.faulty, current.latency)),
        )

    def successor(frame: Frame, inputs: Frame) -> tuple[Frame, z3.BoolRef]:
        moves = _record(platform, Moves, inputs, z3.BoolVal(False))
        after = semantics.next_state(ops, platform, as_state(frame), moves)
        return _flatten(platform, after), semantics.within_budget(ops, platform, after)

    def bad(frame: Frame) -> z3.BoolRef:
        return semantics.service_failed(ops, platform, as_state(frame))

    def lemmas(frame: Frame) -> z3.BoolRef:
        return semantics.in_range(ops, platform, as_state(frame))

    def faults(frame: Frame) -> list[z3.BoolRef]:
        used = [frame[flag] for flag in event_flags(platform).values()]
        if platform.input_triggered:
            used.append(ops.le(ops.int_(0), frame["input_age"]))
        return used

    return TransitionSystem(
        state=_variables(platform, State, state_fields),
        inputs=_variables(platform, Moves, _move_fields(platform)),
        init=init,
        successor=successor,
        bad=bad,
        lemmas=lemmas,
        faults=faults,
    )


def event_flags(platform: Platform) -> dict[str, str]:
    """Each basic fault event (`crash:cs1`, `site:lille`, `bug:v1`) and the state flag that records it."""
    flags = {f"crash:{member.name}": f"crashed[{member.name}]" for member in platform.servers}
    if platform.backup is not None:
        flags[f"crash:{platform.backup.name}"] = "backup_crashed"
    flags.update({f"site:{site}": f"lost[{site}]" for site in platform.sites})
    flags.update({f"bug:{unit}": f"faulty[{unit}]" for unit in platform.units})
    return flags


def adversary_of(platform: Platform, first_state: Valuation, inputs: Sequence[Valuation]) -> Adversary:
    """The adversary's choices in a solver's path, read from its state 0 and its inputs."""
    first = _record(platform, State, first_state, None)
    faulty = tuple(unit for unit, chosen in zip(platform.units, first.faulty, strict=True) if chosen)
    latency = {unit: first.latency[platform.units.index(unit)] for unit in faulty}
    moves = tuple(_record(platform, Moves, step, False) for step in inputs)
    return Adversary(faulty=faulty, latency=latency, moves=moves)


def valuation(platform: Platform, record: State | Moves) -> dict[str, Any]:
    """A concrete state or moves record under the engine's variable names."""
    return _flatten(platform, record)
