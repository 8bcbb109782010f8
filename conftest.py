"""Shared settings for the test suite: Hypothesis without wall-clock deadlines.

Solver calls vary in time from run to run; a deadline would make tests
flaky without making them stronger. The number of examples is fixed so the
suite's duration is predictable in CI.
"""

from hypothesis import HealthCheck, settings

settings.register_profile(
    "callspec",
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("callspec")
