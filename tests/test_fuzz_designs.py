"""Fuzzing the command line with malformed and adversarial design files derived from models/.

Every mutant gets exit status 2 and a one-line message that names the
file (and the field, when one field was changed), never a traceback; a
mutant the contract rejects is never accepted. benchmarks/fuzz.py runs
thousands of them.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from spec.mutations import Mutant, catalogue_mutants, catalogue_outcome, mutants, outcome, problems


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutants())
def test_every_mutant_is_a_located_one_line_error_or_a_valid_design(
    tmp_path_factory: pytest.TempPathFactory, mutant: Mutant
) -> None:
    path = tmp_path_factory.getbasetemp() / "mutant.toml"
    path.write_bytes(mutant.data)
    assert problems(mutant, path, outcome(path)) == [], mutant.change


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(catalogue_mutants())
def test_every_catalogue_mutant_is_a_located_one_line_error_or_a_valid_catalogue(
    tmp_path_factory: pytest.TempPathFactory, mutant: Mutant
) -> None:
    path = tmp_path_factory.getbasetemp() / "catalogue.toml"
    path.write_bytes(mutant.data)
    assert problems(mutant, path, catalogue_outcome(path)) == [], mutant.change
