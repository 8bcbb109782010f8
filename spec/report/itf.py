"""A counterexample in the Informal Trace Format (ITF) of Apalache and Quint.

ITF (Apalache ADR-015) is JSON: `#meta`, the list of `vars`, and `states`,
each state an object with its own `#meta.index` and a value per variable.
Integers are written `{"#bigint": "3"}`, sets `{"#set": [...]}` and maps
`{"#map": [[key, value], ...]}`, as Quint writes them, so ITF trace tools
(Quint's, the `itf` crates, trace viewers) read the file as they read one
of theirs. The variables are those of the contract's JSON trace, plus the
adversary's moves into each state and the faulty bug units.
"""

from __future__ import annotations

from typing import Any

from spec.report.story import faults_used
from spec.trace import Trace

FORMAT_DESCRIPTION = "https://apalache-mc.org/docs/adr/015adr-trace.html"


def itf_trace(trace: Trace, source: str, description: str) -> dict[str, Any]:
    """The ITF document for `trace`; `source` names the design file."""
    platform = trace.platform
    records = trace.to_json()
    variables = ["step", "served", "capacity", "outage_for", "servers", "faulty", "events"]
    if platform.backup is not None:
        variables.insert(5, "backup")
    states = []
    for step, (record, state) in enumerate(zip(records, trace.states, strict=True)):
        values: dict[str, Any] = {
            "#meta": {"index": step},
            "step": _int(step),
            "served": record["served"],
            "capacity": _int(record["capacity"]),
            "outage_for": _int(state.outage_for),
            "servers": {"#map": [[name, server] for name, server in record["servers"].items()]},
            "faulty": {"#set": list(trace.adversary.faulty)},
            "events": trace.events(step) if step else [],
        }
        if record["backup"] is not None:
            values["backup"] = record["backup"]
        states.append({key: values[key] for key in ["#meta", *variables]})
    return {
        "#meta": {
            "format": "ITF",
            "format-description": FORMAT_DESCRIPTION,
            "source": source,
            "description": description,
            "length": trace.length,
            "faults": [str(fault) for fault in faults_used(trace)],
        },
        "vars": variables,
        "states": states,
    }


def _int(value: int) -> dict[str, str]:
    return {"#bigint": str(value)}
