"""callspec: machine-checked redundancy claims for call-routing platforms.

The public API is small: `load_design` reads a design file, `check_claim`
and `check_design` prove or refute its claims, and a `Verdict` carries the
proof method or the replayed counterexample.

The checker's names are loaded on first use, not when the package is: a
program that imports only the engine (`spec.engine`) or the design reader
does not load the whole tool with it.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "HOLDS": "spec.check",
    "UNKNOWN": "spec.check",
    "VIOLATED": "spec.check",
    "Verdict": "spec.check",
    "check_claim": "spec.check",
    "check_design": "spec.check",
    "Design": "spec.design",
    "DesignError": "spec.design",
    "design_from_dict": "spec.design",
    "load_design": "spec.design",
    "parse_design": "spec.design",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for."""
    if name not in _LAZY:
        raise AttributeError(f"module 'spec' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
