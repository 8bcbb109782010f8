"""Z3's C API called without the Python wrapper's checks, for the formulas built often.

The semantics and the engine both build and rename many terms; going
through `z3.And`, `z3.substitute` and the like spends most of that time
in Python checks of arguments they already know are right. This module
is at the bottom of the package, so both can use it.
"""

from __future__ import annotations

import ctypes
from typing import Sequence

import z3


def ast_array(terms: Sequence[z3.ExprRef]) -> ctypes.Array:
    """`terms` as the array of ASTs Z3's C API takes."""
    array = (z3.Ast * len(terms))()
    for index, term in enumerate(terms):
        array[index] = term.as_ast()
    return array
