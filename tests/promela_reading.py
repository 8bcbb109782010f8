"""A reading of the exported Promela model in Python, for the default differential test (no SPIN needed).

`spec.promela` writes every compound expression to a temporary, so each
statement of the model's two `d_step` blocks (state 0, one step) is an
assignment of one operator applied to names and literals, or the
`if :: allowed -> ... :: else -> skip fi` that drops a step over budget.
This module executes those statements on a dictionary of variables, as
SPIN would, so the Promela model can be compared with the concrete
semantics on every random run the differential test draws.
"""

from __future__ import annotations

import re
from typing import Any

_ITE = re.compile(r"\(\(([^()]+)\) -> \(([^()]+)\) : \(([^()]+)\)\)")
_COUNT = re.compile(r"\(\(([^()]+)\) -> (\d+) : 0\)")
_INDEXED = re.compile(r"^([A-Za-z_]\w*)\[(\d+)\]$")
_DECLARATION = re.compile(r"^(?:hidden )?(?:bool|int|byte) (\w+)(\[\d+\])?;$", flags=re.M)
_CHOICE = re.compile(r"^\s*if :: \((.*)\) -> (\S+) = true :: true -> skip fi;$", flags=re.M)
_INNERMOST = re.compile(r"\(([^()]*)\)")


class PromelaReading:
    """The model's global variables, and its `d_step` blocks executed on them."""

    def __init__(self, model: str) -> None:
        blocks = re.findall(r"d_step \{\n(.*?)\n\s*\}", model, flags=re.S)
        self.initial, self.step = ([line.strip() for line in block.splitlines()] for block in blocks)
        self.variables: dict[str, Any] = {"true": True, "false": False}
        for name, size in _DECLARATION.findall(model):
            self.variables[name] = _Array() if size else 0

    def set(self, name: str, value: bool | int) -> None:
        indexed = _INDEXED.match(name)
        if indexed is None:
            self.variables[name] = value
        else:
            self.variables[indexed.group(1)][int(indexed.group(2))] = value

    def get(self, name: str) -> Any:
        indexed = _INDEXED.match(name)
        if indexed is None:
            return self.variables[name]
        return self.variables[indexed.group(1)][int(indexed.group(2))]

    def run(self, block: list[str]) -> None:
        skipping = False
        for line in block:
            if line in ("if", "fi;"):
                skipping = False
            elif line == ":: allowed ->":
                skipping = not self.get("allowed")
            elif line == ":: else -> skip":
                skipping = True
            elif not skipping:
                target, expression = line.rstrip(";").split(" = ", 1)
                self.set(target, self._value(expression))

    def guard(self, expression: str) -> bool:
        """A choice's guard, evaluated on the variables: nested conditional expressions, unlike the `d_step`s' statements."""
        return bool(eval(_python(expression), {"__builtins__": {}}, self.variables))  # noqa: S307 (our own model text)

    def _value(self, expression: str) -> Any:
        python = _ITE.sub(r"((\2) if (\1) else (\3))", expression)
        python = _COUNT.sub(r"((\2) if (\1) else 0)", python)
        python = python.replace("&&", " and ").replace("||", " or ").replace("!(", " not (")
        return eval(python, {"__builtins__": {}}, self.variables)  # noqa: S307 (our own model text)


def move_choices(model: str) -> list[tuple[str, str]]:
    """The adversary's optional moves of a step, in the model's order: each one's guard and the variable it sets."""
    return _CHOICE.findall(model)


class _Array(dict):
    """A Promela array: unset elements are 0."""

    def __missing__(self, index: int) -> int:
        return 0


def _python(expression: str) -> str:
    """A Promela expression as Python, innermost parentheses first, so that `(c -> a : b)` may nest."""
    groups: list[str] = []

    def hold(match: re.Match[str]) -> str:
        inside = match.group(1)
        if " -> " in inside:
            condition, rest = inside.split(" -> ", 1)
            then, otherwise = rest.split(" : ", 1)
            inside = f"({then}) if ({condition}) else ({otherwise})"
        groups.append("(" + inside.replace("&&", " and ").replace("||", " or ").replace("!", " not ") + ")")
        return f"@{len(groups) - 1}@"

    while _INNERMOST.search(expression):
        expression = _INNERMOST.sub(hold, expression)
    expression = expression.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    while "@" in expression:
        expression = re.sub(r"@(\d+)@", lambda match: groups[int(match.group(1))], expression)
    return expression
