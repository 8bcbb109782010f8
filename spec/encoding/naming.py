"""The names of the encodings' variables: a field of the state as `field[label]`, a server's as `field[server]`.

Every field of `spec.semantics.State` and `Moves` becomes named variables, with
the sort and indexing its declaration gives; a field whose declared domain has
one value on a platform is a constant instead.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, Sequence

from spec.engine.system import Variable
from spec.ops import Ops, SymbolicOps
from spec.platform import Platform


SYMBOLIC = SymbolicOps(pseudo_boolean=True)  # for constants only: how sums are encoded does not matter there


def indexed_by(platform: Platform, over: str | None) -> tuple[str, ...] | None:
    """The names a tuple field is indexed by; `None` for a scalar field."""
    if over is None:
        return None
    if over == "changes":
        return tuple(roll_out.name for roll_out in platform.roll_outs)
    return {"units": platform.units, "sites": platform.sites}[over]


def sort_of(declared: Any) -> str:
    return declared.metadata["sort"]


def plain_variables(platform: Platform, record: type, present: Sequence[str]) -> list[Variable]:
    """The variables of the fields of `record` other than the fleet, named as `field[label]`."""
    variables = []
    for declared in fields(record):
        if declared.name not in present or sort_of(declared) == "fleet":
            continue
        labels = indexed_by(platform, declared.metadata["over"])
        names = [declared.name] if labels is None else [f"{declared.name}[{label}]" for label in labels]
        variables.extend(Variable(name, sort_of(declared)) for name in names)
    return variables


def plain_values(platform: Platform, record: type, frame: dict[str, Any], absent: Any) -> dict[str, Any]:
    """The fields of `record` other than the fleet, read from a frame; missing fields get `absent`."""
    values = {}
    for declared in fields(record):
        if sort_of(declared) == "fleet":
            continue
        labels = indexed_by(platform, declared.metadata["over"])
        if labels is None:
            values[declared.name] = frame.get(declared.name, absent)
        else:
            values[declared.name] = tuple(frame.get(f"{declared.name}[{label}]", absent) for label in labels)
    return values


def plain_flat(platform: Platform, record: Any) -> dict[str, Any]:
    flat = {}
    for declared in fields(record):
        if sort_of(declared) == "fleet":
            continue
        value = getattr(record, declared.name)
        labels = indexed_by(platform, declared.metadata["over"])
        if labels is None:
            flat[declared.name] = value
        else:
            flat.update({f"{declared.name}[{label}]": item for label, item in zip(labels, value, strict=True)})
    return flat


class Members:
    """The records of some servers as variables `field[server]`: every server's, or the members of listed classes."""

    def __init__(self, platform: Platform, indices: Sequence[int]) -> None:
        self.platform = platform
        self.names = [platform.servers[index].name for index in indices]

    def _varying(self, record: type) -> list[Any]:
        """The fields of `record` that can take more than one value on this platform; the others are constants."""
        return [declared for declared in fields(record) if declared.name not in fixed_fields(record, self.platform)]

    def variables(self, record: type) -> list[Variable]:
        return [Variable(f"{declared.name}[{name}]", sort_of(declared)) for declared in self._varying(record) for name in self.names]

    def read(self, ops: Ops, record: type, frame: dict[str, Any], absent: Any) -> tuple[Any, ...]:
        """Per server, its record read from `frame` (`absent` where the frame has no value); fixed fields as constants."""
        fixed = {name: constant(ops, value) for name, value in fixed_fields(record, self.platform).items()}
        return tuple(
            record(**{d.name: fixed[d.name] if d.name in fixed else frame.get(f"{d.name}[{name}]", absent) for d in fields(record)})
            for name in self.names
        )

    def flat(self, record: type, records: Sequence[Any]) -> dict[str, Any]:
        """The servers' `records` (of type `record`) under their variables' names."""
        return {
            f"{declared.name}[{name}]": getattr(value, declared.name)
            for declared in self._varying(record)
            for name, value in zip(self.names, records, strict=True)
        }


def fixed_fields(record: type, platform: Platform) -> dict[str, Any]:
    """The fields of a server record whose declared domain has one value on this platform, with that value."""
    fixed = {}
    for declared in fields(record):
        domain = tuple(declared.metadata["domain"](platform))
        if len(domain) == 1:
            fixed[declared.name] = domain[0]
    return fixed


def constant(ops: Ops, value: Any) -> Any:
    return ops.bool_(value) if isinstance(value, bool) else ops.int_(value)
