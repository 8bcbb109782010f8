"""A claim's fault tree in the Open-PSA Model Exchange Format, the format SCRAM and other PSA tools read.

The tree is the one `p_window` is computed on: the top event is the OR of
the minimal cut sets, each the AND of its basic events, every basic event
with its probability per window. A pool's `crash:<pool>*k` (or
`restart:<pool>*k`) is no basic event (its thresholds are nested); it is written as a gate, the AND of the
independent variables whose prefixes make the thresholds (see
`spec.analysis.risk`), so that a PSA tool's exact probability is the same
number. Names keep to letters, digits, `_` and `-`, as the format asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from xml.sax.saxutils import quoteattr

from spec.analysis.risk import Figures

TOP = "top"


def mef_name(event: str) -> str:
    """The MEF name of a basic event or threshold: `crash:cs1` is `crash_cs1`, other characters become `_`."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", event.replace(":", "_", 1))


def threshold_variable(counted: str, count: int, previous: int) -> str:
    """The MEF name of the variable "at least `count`, given at least `previous`" of a pool's `crash:<pool>` or `restart:<pool>`."""
    return mef_name(f"{counted}_atleast{count}_given{previous}")


def threshold_gate(counted: str, count: int) -> str:
    """The MEF name of the gate "at least `count` members of the pool crash" (or restart, as `counted` says)."""
    return mef_name(f"{counted}_atleast{count}")


def mef_document(tree_name: str, figures: Figures) -> str:
    """The Open-PSA MEF text of the claim's fault tree (one `<define-fault-tree>`, top gate `top`)."""
    basic: dict[str, Fraction] = {mef_name(event): p for event, p in figures.probabilities.items() if event in figures.variables}
    gates: list[str] = []
    pool_gates: dict[str, str] = {}
    for counted, counts in figures.thresholds.items():
        variables = []
        for previous, count in zip([0, *counts], counts):
            name = threshold_variable(counted, count, previous)
            basic[name] = figures.variables[f"{counted}>={count}"]
            variables.append(f'<basic-event name="{name}"/>')
            written = f"{counted}*{count}"
            if len(variables) == 1:
                pool_gates[written] = variables[0]
            else:
                gates.append(_gate(threshold_gate(counted, count), "and", variables))
                pool_gates[written] = f'<gate name="{threshold_gate(counted, count)}"/>'
    products = [_product([pool_gates.get(event) or f'<basic-event name="{mef_name(event)}"/>' for event in cut.written]) for cut in figures.cut_sets]
    if not products:
        top = f'    <define-gate name="{TOP}">\n      <constant value="false"/>\n    </define-gate>'
    else:
        top = _gate(TOP, "or", products)
    events = [
        f'    <define-basic-event name="{name}"><float value="{float(p)!r}"/></define-basic-event>' for name, p in sorted(basic.items())
    ]
    return "\n".join(
        [
            '<?xml version="1.0"?>',
            "<opsa-mef>",
            f"  <define-fault-tree name={quoteattr(mef_name(tree_name))}>",
            f"    <label>{_escape(figures.claim.name)}</label>",
            top,
            *gates,
            *events,
            "  </define-fault-tree>",
            "</opsa-mef>",
            "",
        ]
    )


def _product(arguments: Sequence[str]) -> str:
    """One cut set: its single event, or the AND of its events (the format wants two arguments or more).

    The empty cut set (a design that fails with no fault at all) is the constant true.
    """
    if not arguments:
        return '<constant value="true"/>'
    return arguments[0] if len(arguments) == 1 else "<and>" + "".join(arguments) + "</and>"


def _gate(name: str, connective: str, arguments: Sequence[str]) -> str:
    if len(arguments) == 1:
        formula = arguments[0]
    else:
        formula = f"<{connective}>\n" + "".join(f"        {argument}\n" for argument in arguments) + f"      </{connective}>"
    return f'    <define-gate name="{name}">\n      {formula}\n    </define-gate>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
