"""Fuzzing the command line with malformed and adversarial design files derived from models/, and catalogues.

Every mutant gets exit status 2 and a one-line message that names the
file (and the field, when one field was changed), never a traceback; a
mutant the contract rejects is never accepted. benchmarks/mutants.py runs
thousands of them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from mutations import Mutant, Outcome, catalogue_mutants, catalogue_outcome, mutants, outcome, problems


FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _problems(folder: Path, mutant: Mutant, run: Callable[[Path], Outcome]) -> list[str]:
    """What is wrong with how the command line took `mutant`, written in `folder` and read by `run`."""
    path = folder / "mutant.toml"
    path.write_bytes(mutant.data)
    return problems(mutant, path, run(path))


@settings(FUZZ, max_examples=300)
@given(mutants())
def test_every_mutant_is_a_located_one_line_error_or_a_valid_design(
    tmp_path_factory: pytest.TempPathFactory, mutant: Mutant
) -> None:
    assert _problems(tmp_path_factory.getbasetemp(), mutant, outcome) == [], mutant.change


@settings(FUZZ, max_examples=100)
@given(catalogue_mutants())
def test_every_catalogue_mutant_is_a_located_one_line_error_or_a_valid_catalogue(
    tmp_path_factory: pytest.TempPathFactory, mutant: Mutant
) -> None:
    assert _problems(tmp_path_factory.getbasetemp(), mutant, catalogue_outcome) == [], mutant.change
