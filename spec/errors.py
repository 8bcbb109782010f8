"""Errors every layer may raise: the engine, the semantics' readers and the command line."""

from __future__ import annotations


class InternalError(RuntimeError):
    """callspec contradicts itself (solvers, semantics, bounds): reported, never turned into a verdict."""
