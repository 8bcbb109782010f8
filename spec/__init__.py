"""callspec: machine-checked redundancy claims for call-routing platforms.

The public API is small: `load_design` reads a design file, `check_claim`
and `check_design` prove or refute its claims, and a `Verdict` carries the
proof method or the replayed counterexample.
"""

from spec.check import HOLDS, UNKNOWN, VIOLATED, Verdict, check_claim, check_design
from spec.design import Design, DesignError, design_from_dict, load_design, parse_design

__all__ = [
    "HOLDS",
    "UNKNOWN",
    "VIOLATED",
    "Design",
    "DesignError",
    "Verdict",
    "check_claim",
    "check_design",
    "design_from_dict",
    "load_design",
    "parse_design",
]
