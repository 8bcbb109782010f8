"""Shared settings for the test suite: Hypothesis profiles, deterministic unless exploration is asked for.

The default profile, "callspec", is derandomized: every property test draws
the same examples on every run and every machine, so a commit that changed
nothing cannot fail, and a failure is reproduced by running the test again.
"ci" is the same profile under its own name, loaded whenever the CI
environment variable is set, so that CI stays deterministic whatever the
default becomes. Neither keeps an example database: a derandomized run
draws nothing new to replay. Solver calls vary in time from run to run; a
deadline would make tests flaky without making them stronger. The number
of examples is fixed so the suite's duration is predictable.

"explore" (`HYPOTHESIS_PROFILE=explore`, which `benchmarks/fuzz.py` sets)
draws new examples on every run, 500 for a test that does not fix its own
number, and keeps each failing example in `.hypothesis/examples` so that
the next run replays it first. A find is kept for good as an `@example` on
its test, which every profile runs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

SLOW_IS_FINE = [HealthCheck.too_slow, HealthCheck.data_too_large]
EXAMPLES_DATABASE = Path(__file__).parent / ".hypothesis" / "examples"

deterministic = settings(derandomize=True, database=None, deadline=None, max_examples=60,
                         suppress_health_check=SLOW_IS_FINE)
settings.register_profile("callspec", deterministic)
settings.register_profile("ci", deterministic)
settings.register_profile(
    "explore",
    derandomize=False,
    database=DirectoryBasedExampleDatabase(EXAMPLES_DATABASE),
    deadline=None,
    max_examples=500,
    suppress_health_check=SLOW_IS_FINE,
)


def profile_for(environment: Mapping[str, str]) -> str:
    """The profile to load: "ci" whenever CI is set, whatever else is; else HYPOTHESIS_PROFILE; else "callspec"."""
    if "CI" in environment:
        return "ci"
    return environment.get("HYPOTHESIS_PROFILE", "callspec")


settings.load_profile(profile_for(os.environ))
