"""Outside witnesses: SPIN's verdicts, the command-line solvers on the certificate files, Quint on the traces.

These need `spin`, `gcc` and the `cvc5` command line (Debian packages), and
node with Quint's npm package on NODE_PATH, so they carry the `external`
marker: the README's test command deselects them, and `.ci/run` installs
the tools and runs them after it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import spec
from spec.cli import design_files, main
from spec.design import Claim, design_from_dict, faults_from_dict
from spec.platform import build_platform
from spec import promela, spin
from spec.promela import promela_model
from spec.spin import spin_verdict
from strategies import component_designs, raw_designs, raw_faults

pytestmark = pytest.mark.external

MODELS = Path(__file__).resolve().parent.parent / "models"
SHIPPED = [(path, claim) for path in design_files([str(MODELS)]) for claim in spec.load_design(path).claims]
SPIN_MAX_SERVERS = 24
"""SPIN reads the per-server Promela model; past a few dozen servers it cannot even compile it.

The national fleet's state space is out of reach: explicit-state search
pays for every server. Claims of larger designs are witnessed by the other
outside checks (the certificates re-read by the z3 and cvc5 command lines).
"""
WITHIN_SPIN = [(path, claim) for path, claim in SHIPPED if len(spec.load_design(path).servers) <= SPIN_MAX_SERVERS]


def test_only_the_large_fleets_are_beyond_spin() -> None:
    """The national fleets, AT&T's 114 switches, CenturyLink's 32 nodes and the 200 proxies updated one at a time; random designs with links are read by SPIN below."""
    beyond = sorted({path.stem for path, claim in SHIPPED if (path, claim) not in WITHIN_SPIN})
    assert beyond == [
        "att_1990",
        "att_1990_regions",
        "att_1990_two_releases",
        "centurylink_2018",
        "centurylink_2018_disabled",
        "centurylink_2018_hub_filtered",
        "national_fleet",
        "national_fleet_canary",
        "national_fleet_liveness",
        "rolling_update",
    ]


def test_spin_reads_a_step_split_over_several_d_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """A step too long for one `d_step` (SPIN takes 2,048 statements) goes in several: the same verdicts."""
    monkeypatch.setattr(promela, "D_STEP_STATEMENTS", 10)
    design = spec.load_design(MODELS / "orange_2021.toml")
    for claim in design.claims:
        model = promela_model(build_platform(design, claim))
        assert model.count("d_step {") > 3
        assert spin_verdict(model) == claim.expect


def test_a_search_stopped_by_the_memory_limit_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    """pan stops at its memory limit with no error found: an incomplete search, never `holds`."""
    monkeypatch.setattr(spin, "MEMORY_MB", 64)
    design = spec.load_design(MODELS / "orange_2021.toml")
    held = next(claim for claim in design.claims if claim.expect == "holds")
    assert spin_verdict(promela_model(build_platform(design, held))) == "unknown"


@pytest.mark.parametrize(("path", "claim"), WITHIN_SPIN, ids=[f"{path.stem}::{claim.name}" for path, claim in WITHIN_SPIN])
def test_spin_agrees_on_every_shipped_claim_it_can_read(path: Path, claim: Claim) -> None:
    """SPIN reads fixed sizes: a ranged design at the sizes of its counterexample, or, for a held claim, at the
    least size of each range."""
    design = spec.load_design(path)
    verdict = spec.check_claim(design, claim)
    fixed = design.at_counts(verdict.counts or {pool.name: pool.least for pool in design.ranged_pools})
    assert spin_verdict(promela_model(build_platform(fixed, claim))) == verdict.outcome


@pytest.mark.parametrize("share, verdict", [("0", "violated"), ("0.1", "violated"), ("0.17", "holds"), ("1", "holds")])
def test_spin_follows_the_lost_share_threshold(share: str, verdict: str) -> None:
    """The 2021 platform with `detect = 1`: a crashed server stays routed a step and loses 1/6 of the calls (16.7%)."""
    text = (MODELS / "orange_2021.toml").read_text(encoding="utf-8")
    text = text.replace("detect = 0", "detect = 1").replace("max_outage = 0", f"max_outage = 0\nmax_lost_share = {share}")
    design = spec.parse_design(text, "orange_2021_detect1.toml")
    claim = Claim(name="one crash", expect="holds", faults=faults_from_dict({"crashes": 1}))
    assert spec.check_claim(design, claim).outcome == verdict
    assert spin_verdict(promela_model(build_platform(design, claim))) == verdict


def _failing_from(model: str, step: int) -> str:
    """The model with its service assertion weakened to fail only from `step` on: SPIN finds a violation iff one shows by then.

    The clock saturates at the horizon, which the tests below keep past `step`, so it reads the step exactly.
    """
    assert model.count("assert(!service_failed)") == 2
    return model.replace("assert(!service_failed)", f"assert(!service_failed || clock >= {step})")


@pytest.mark.parametrize(
    "least, length", [(0, 19), (3, 19), (10, 20), (12, 22)], ids=["from 0", "from 3", "from 10", "from 12"]
)
def test_spin_finds_the_shortest_failure_of_a_latency_range(least: int, length: int) -> None:
    """A bug of latency `least` to 12 in the staged roll-out: SPIN finds no failure before callspec's length, and one at it.

    A range changes no verdict (tests/test_min_latency.py), so the length is what tells SPIN's reading of it from another.
    """
    design = spec.load_design(MODELS / "staged_rollout.toml")
    claim = Claim(name="late", expect="violated", faults=faults_from_dict({"bugs": 1, "min_latency": least, "latency": 12}))
    assert spec.check_claim(design, claim).length == length
    platform = build_platform(design, claim)
    assert platform.horizon > length
    model = promela_model(platform)
    assert spin_verdict(_failing_from(model, length)) == "holds"
    assert spin_verdict(_failing_from(model, length + 1)) == "violated"


@settings(max_examples=40)
@given(raw_designs(max_servers=3) | component_designs(), raw_faults())
def test_spin_agrees_on_random_designs(raw: dict, faults: dict) -> None:
    """Designs of contract v1 and v2, and of v3's components and `[[changes]]`."""
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    verdict = spec.check_claim(design, claim)
    assert spin_verdict(promela_model(build_platform(design, claim))) == verdict.outcome


@settings(max_examples=25)
@given(raw_designs(max_servers=4), raw_faults(), st.lists(st.integers(1, 3), min_size=1, max_size=3), st.integers(0, 2))
def test_spin_agrees_on_staged_roll_outs_with_batch_lists(raw: dict, faults: dict, sizes: list[int], bake: int) -> None:
    """Contract v3's batch lists (`batch = [1, 2]`), the change setting the bugs off: SPIN reads the schedule from the export."""
    raw["change"] = {"strategy": "staged", "batch": sizes, "bake": bake}
    faults = {**faults, "trigger": "change", "bugs": 1}
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    verdict = spec.check_claim(design, claim)
    assert spin_verdict(promela_model(build_platform(design, claim))) == verdict.outcome


@pytest.fixture(scope="module")
def certificate_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The certificates of every held shipped claim, written once for both solvers.

    Under xdist, `--dist loadgroup` (as `.ci/run` runs these tests) sends both
    solvers' tests to one worker, so the fixture still runs once.
    """
    folder = tmp_path_factory.mktemp("certificates")
    assert main(["check", str(MODELS), "--certificates", str(folder), "--json"]) == 0
    return sorted(folder.glob("*.smt2"))


@pytest.mark.xdist_group("certificates")
@pytest.mark.parametrize("solver", [["z3"], ["cvc5", "--lang", "smt2"]])
def test_command_line_solvers_find_every_certificate_unsat(certificate_files: list[Path], solver: list[str]) -> None:
    assert shutil.which(solver[0]), f"{solver[0]} is not installed"
    files = certificate_files
    assert files
    for file in files:
        answer = subprocess.run([*solver, str(file)], capture_output=True, text=True, timeout=600)
        assert answer.stdout.strip() == "unsat", f"{solver[0]} on {file.name}: {answer.stdout}{answer.stderr}"


def test_quint_reads_every_itf_trace(tmp_path: Path) -> None:
    """Quint's own ITF reader (npm package, installed by .ci/run) reads each trace as callspec wrote it."""
    node = shutil.which("node")
    assert node, "node is not installed"
    assert main(["check", str(MODELS), "--itf", str(tmp_path), "--json"]) == 0
    written = {path.name: path for path in tmp_path.glob("*.itf.json")}
    assert written
    script = Path(__file__).with_name("read_itf_with_quint.js")
    run = subprocess.run([node, str(script), str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    read = {entry["file"]: entry["served"] for entry in map(json.loads, run.stdout.splitlines())}
    assert sorted(read) == sorted(written)
    for name, served in read.items():
        states = json.loads(written[name].read_text())["states"]
        assert served == [state["served"] for state in states]
        assert served[-1] is False
