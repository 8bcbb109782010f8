"""`callspec check --jobs N`: the claims spread over processes, the output as a serial run's."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from spec.cli import main
from spec.design import load_design
from spec.jobs import check_claims

MODELS = Path(__file__).resolve().parent.parent / "models"
DESIGNS = [str(MODELS / "orange_2021.toml"), str(MODELS / "two_per_site.toml")]


def _without_timings(text: str) -> str:
    return re.sub(r'\d+\.\d+ s\)|"seconds": [\d.]+', "<time>", text)


@pytest.mark.parametrize("form", [[], ["--json"]], ids=["text", "json"])
def test_two_jobs_print_what_one_job_prints(form: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for jobs in ("1", "2"):
        assert main(["check", *DESIGNS, *form, "--jobs", jobs]) == 0
        outputs.append(_without_timings(capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    if form:
        names = [claim["name"] for design in json.loads(outputs[1].replace("<time>", '"seconds": 0'))["designs"] for claim in design["claims"]]
        assert names == [claim.name for path in DESIGNS for claim in load_design(path).claims]


def test_the_verdicts_come_back_in_the_order_asked_for() -> None:
    design = load_design(DESIGNS[0])
    claims = [(design, claim) for claim in reversed(design.claims)]
    verdicts = list(check_claims(claims, jobs=2))
    assert [verdict.claim.name for verdict in verdicts] == [claim.name for _, claim in claims]


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_a_whole_number_of_at_least_1(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["check", DESIGNS[0], "--jobs", jobs])
    assert stopped.value.code == 2
    assert "--jobs" in capsys.readouterr().err
