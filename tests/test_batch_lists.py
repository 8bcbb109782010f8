"""Batches of varying size (contract v3): `batch = [b0, b1, ...]`, the last size repeating until every server is reached.

Read from a file and validated (bad lists are located one-line errors,
exit 2), turned into the schedule (`platform.batch_numbers`), split into
classes by roll-out slot, checked in both encodings, agreed with by the
reference model on random designs, told in the story, and taken by the
synthesis catalogues. An integer `b` is the list `[b]`: it means what it
meant.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from agreement import SLACK, agrees_with_reference
from reference_model import shortest_violation

import spec
from spec import HOLDS, VIOLATED, check_claim
from spec.cli import main
from spec.design import Claim, DesignError, design_from_dict, faults_from_dict, parse_design
from spec.platform import batch_numbers, build_platform
from spec.report.story import story
from spec.synthesis.catalogue import parse_catalogue
from spec.synthesis.search import synthesize

MODELS = Path(__file__).resolve().parent.parent / "models"
CANARY = MODELS / "canary_rollout.toml"

SIX = """\
name = "six"
[service]
demand = 4
[routing]
health_check = "end_to_end"
[[versions]]
name = "v"
[[servers]]
name = "p"
version = "v"
count = 6
[change]
strategy = "staged"
batch = [1, 2]
bake = 1
[[claims]]
name = "c"
expect = "holds"
faults = { bugs = 1, latency = 1 }
"""
"""Six servers, the change to one, then two at a time: p-1 at step 1, p-2 and p-3 at 3, p-4 and p-5 at 5, p-6 at 7."""


@pytest.mark.parametrize(
    "sizes, count, batches",
    [
        ((1,), 4, [0, 1, 2, 3]),
        ((2,), 5, [0, 0, 1, 1, 2]),
        ((1, 2), 6, [0, 1, 1, 2, 2, 3]),
        ((1, 5, 20), 30, [0] + [1] * 5 + [2] * 20 + [3] * 4),
        ((1, 5, 20), 3, [0, 1, 1]),
        ((3, 1), 5, [0, 0, 0, 1, 2]),
        ((10**9,), 3, [0, 0, 0]),
        ((1, 2), 0, []),
    ],
)
def test_batch_k_holds_the_k_th_size_and_the_last_size_repeats(sizes: tuple[int, ...], count: int, batches: list[int]) -> None:
    assert batch_numbers(sizes, count) == batches


def test_the_schedule_and_the_classes_follow_unequal_batches() -> None:
    """A pool split by unequal batches: one class per roll-out slot, of sizes 1, 2, 2 and 1."""
    design = parse_design(SIX, "six.toml")
    assert design.change.batch == (1, 2)
    platform = build_platform(design, design.claims[0])
    slots = [(server_class.apply_step, server_class.first_batch, server_class.size) for server_class in platform.classes]
    assert slots == [(1, True, 1), (3, False, 2), (5, False, 2), (7, False, 1)]
    assert platform.horizon == 7 + 1 + 1


@pytest.mark.parametrize("written", ["batch = 2", "batch = [2]", "batch = [2, 2, 2]", "batch = [2, 2, 2, 2, 2]"])
def test_an_integer_is_the_list_of_that_one_size(written: str) -> None:
    """`batch = 2` and the lists that say the same give the same schedule, classes and verdicts."""
    text = SIX.replace("batch = [1, 2]", written)
    design = parse_design(text, "six.toml")
    platform = build_platform(design, design.claims[0])
    reference = build_platform(parse_design(SIX.replace("batch = [1, 2]", "batch = 2"), "six.toml"), design.claims[0])
    assert platform.classes == reference.classes
    assert design.change.batch in ((2,), (2, 2, 2), (2, 2, 2, 2, 2))


def test_an_integer_batch_under_all_at_once_is_still_read_and_ignored() -> None:
    design = parse_design(SIX.replace('strategy = "staged"', 'strategy = "all_at_once"').replace("batch = [1, 2]", "batch = 3"))
    assert design.change.batch == (3,)
    assert {server_class.apply_step for server_class in build_platform(design, design.claims[0]).classes} == {1}


@pytest.mark.parametrize(
    "written, field, words",
    [
        ("batch = []", "change.batch", "must not be an empty array"),
        ("batch = [1, 0, 3]", "change.batch[1]", "must be at least 1, not 0"),
        ("batch = [1, -2]", "change.batch[1]", "must be at least 1, not -2"),
        ('batch = [1, "5"]', "change.batch[1]", "must be an integer, not a string"),
        ("batch = [1.5]", "change.batch[0]", "must be an integer, not a float"),
        ("batch = [true]", "change.batch[0]", "must be an integer, not a boolean"),
        ("batch = [[1]]", "change.batch[0]", "must be an integer, not an array"),
        ("batch = [1, 2000000000]", "change.batch[1]", "must be at most 1,000,000,000"),
        ("batch = 1.5", "change.batch", "must be an integer or an array of integers, not a float"),
        ('batch = "1, 5"', "change.batch", "must be an integer or an array of integers, not a string"),
        ("batch = { size = 1 }", "change.batch", "must be an integer or an array of integers, not a table"),
        ("batch = 0", "change.batch", "must be at least 1, not 0"),
    ],
)
def test_a_bad_batch_list_is_exit_2_naming_file_field_and_line(
    written: str, field: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SIX.replace("batch = [1, 2]", written)
    line = text.splitlines().index(written) + 1
    with pytest.raises(DesignError) as raised:
        parse_design(text, "six.toml")
    assert (raised.value.field_path, raised.value.line) == (field, line)
    assert words in raised.value.problem
    design = tmp_path / "six.toml"
    design.write_text(text, encoding="utf-8")
    assert main(["check", str(design)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == f"callspec: error: {design}:{line}: {field}: {raised.value.problem}\n"


def test_a_list_in_a_change_rolled_out_all_at_once_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only a staged roll-out has batches; a list there would say something the roll-out does not do."""
    text = SIX.replace('strategy = "staged"', 'strategy = "all_at_once"')
    design = tmp_path / "six.toml"
    design.write_text(text, encoding="utf-8")
    assert main(["check", str(design)]) == 2
    line = text.splitlines().index("batch = [1, 2]") + 1
    assert capsys.readouterr().err == (
        f'callspec: error: {design}:{line}: change.batch: an array of batch sizes needs strategy = "staged", not "all_at_once"\n'
    )


def test_the_canary_contains_a_bug_that_one_at_a_time_would_contain_and_halves_cannot() -> None:
    """Demand 4 of 6, a bug within the bake time: the canary loses one server; halves lose three."""
    for written, verdict in (("batch = [1, 2]", HOLDS), ("batch = 1", HOLDS), ("batch = 3", VIOLATED)):
        design = parse_design(SIX.replace("batch = [1, 2]", written), "six.toml")
        assert check_claim(design, design.claims[0]).outcome == verdict, written


@st.composite
def canaries(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any]]:
    """A small staged design with a list of batch sizes, and a hypothesis of one bug the change sets off.

    Servers of capacity 1 or 2 and a demand below the fleet's, mostly
    end-to-end checks (a looping server is dropped), few other faults: so
    that how many servers the bug takes, which the schedule decides, is
    what decides the verdict and the length.
    """
    count = draw(st.integers(3, 6))
    versions = draw(st.sampled_from([["v"], ["v", "w"]]))
    servers = []
    for index in range(count):
        server: dict[str, Any] = {"name": f"s{index}", "version": draw(st.sampled_from(versions)), "capacity": draw(st.sampled_from([1, 1, 2]))}
        site = draw(st.sampled_from([None, None, "north", "south", "east"]))
        if site is not None:
            server["site"] = site
        servers.append(server)
    capacity = sum(server["capacity"] for server in servers)
    raw = {
        "name": "canary",
        "service": {"demand": draw(st.integers(1, max(1, capacity // 2))), "max_outage": draw(st.sampled_from([0, 0, 1]))},
        "routing": {"health_check": draw(st.sampled_from(["end_to_end"] * 5 + ["liveness"])), "detect": draw(st.sampled_from([0, 0, 0, 1]))},
        "versions": [{"name": name} for name in versions],
        "servers": servers,
        "change": {
            "strategy": "staged",
            "batch": [draw(st.sampled_from([1, 1, 2])), *draw(st.lists(st.integers(1, 3), max_size=2))],
            "bake": draw(st.integers(0, 2)),
            "order": draw(st.permutations([server["name"] for server in servers])),
        },
    }
    faults = {
        "bugs": 1,
        "latency": draw(st.integers(0, 4)),
        "crashes": draw(st.sampled_from([0, 0, 0, 1])),
        "site_losses": draw(st.sampled_from([0, 0, 0, 0, 1])),
    }
    return raw, faults


@settings(max_examples=100, deadline=None)
@given(canaries(), st.sampled_from(["servers", "counting"]))
def test_verdicts_on_batch_lists_agree_with_the_reference(canary: tuple[dict[str, Any], dict[str, Any]], encoding: str) -> None:
    """The verdict and the length on a staged roll-out with batch lists: the reference reads the lists on its own."""
    raw, faults = canary
    agrees_with_reference(raw, faults, encoding)


@settings(max_examples=30, deadline=None)
@given(
    st.integers(2, 7),
    st.lists(st.integers(1, 3), min_size=1, max_size=3),
    st.integers(0, 2),
    st.integers(1, 6),
    st.integers(0, 2),
    st.integers(0, 4),
    st.sampled_from(["liveness", "end_to_end"]),
)
def test_both_encodings_agree_on_a_pool_split_by_unequal_batches(
    size: int, sizes: list[int], bake: int, demand: int, crashes: int, latency: int, health_check: str
) -> None:
    """One pool, its members in slots of unequal sizes: per server and counted per class, the same verdict and length."""
    raw = {
        "name": "pool",
        "service": {"demand": demand},
        "routing": {"health_check": health_check},
        "versions": [{"name": "v"}],
        "servers": [{"name": "p", "version": "v", "count": size}],
        "change": {"strategy": "staged", "batch": sizes, "bake": bake},
    }
    design = design_from_dict(raw)
    claim = Claim("c", "holds", faults_from_dict({"bugs": 1, "crashes": crashes, "latency": latency}))
    per_server = check_claim(design, claim, encoding="servers")
    counted = check_claim(design, claim, encoding="counting")
    assert counted.encoding == "counting" and per_server.encoding == "servers"
    assert (counted.outcome, counted.length) == (per_server.outcome, per_server.length)
    assert counted.outcome in (HOLDS, VIOLATED)


def test_the_story_says_which_servers_each_batch_reaches() -> None:
    design = spec.load_design(CANARY)
    claim = next(claim for claim in design.claims if claim.name.startswith("a bug that shows after the last batch"))
    lines = story(check_claim(design, claim).trace)
    assert lines[1] == "Step 1 (after 15 min): the change reaches cs1."
    assert lines[2] == "Step 4 (after 60 min): the change reaches cs2 and cs3."
    assert lines[3].startswith("Step 7 (after 105 min): the change reaches cs4–cs6;")


def test_the_reference_model_agrees_on_every_claim_of_the_shipped_canary() -> None:
    raw = tomllib.loads(CANARY.read_text(encoding="utf-8"))
    design = spec.load_design(CANARY)
    for claim, written in zip(design.claims, raw["claims"], strict=True):
        verdict = check_claim(design, claim)
        assert verdict.outcome == claim.expect, claim.name
        horizon = verdict.length if verdict.length is not None else build_platform(design, claim).horizon + SLACK
        assert shortest_violation(raw, written["faults"], horizon=horizon) == verdict.length, claim.name


@pytest.mark.parametrize("written, verdict", [("batch = [1, 2, 3]", HOLDS), ("batch = 1", HOLDS), ("batch = 2", VIOLATED), ("batch = 3", VIOLATED)])
def test_on_the_shipped_canary_a_bug_within_the_bake_time_with_a_crash_and_a_site_loss(written: str, verdict: str) -> None:
    """The canary contains it as one server at a time does, where equal batches of two or three do not."""
    text = CANARY.read_text(encoding="utf-8").replace("\nbatch = [1, 2, 3]", f"\n{written}", 1)
    design = parse_design(text, "canary.toml")
    assert check_claim(design, design.claims[0]).outcome == verdict


CANARY_CATALOGUE = """\
name = "canary"
[service]
demand = 2
[choices]
sites = ["s1", "s2"]
max_servers = 4
max_per_site = 2
strategy = "staged"
batch = BATCH
bake = 1
[[choices.codebases]]
name = "c1"
server_cost = 1
[[choices.codebases]]
name = "c2"
server_cost = 1
fixed_cost = 1
[[claims]]
name = "a bug within the bake time is survived"
expect = "holds"
faults = { bugs = 1, latency = 1 }
"""


def test_a_catalogue_takes_a_batch_list_and_the_design_it_writes_carries_it(tmp_path: Path) -> None:
    """A canary needs three servers of one codebase; two at a time needs a second codebase."""
    canary = parse_catalogue(CANARY_CATALOGUE.replace("BATCH", "[1, 3]"), "canary.toml")
    assert canary.batch == (1, 3)
    assert synthesize(canary, timeout=60).cost == 3
    assert synthesize(parse_catalogue(CANARY_CATALOGUE.replace("BATCH", "2"), "canary.toml"), timeout=60).cost == 4
    catalogue = tmp_path / "canary.toml"
    catalogue.write_text(CANARY_CATALOGUE.replace("BATCH", "[1, 3]"), encoding="utf-8")
    out = tmp_path / "design.toml"
    assert main(["synthesize", str(catalogue), "--out", str(out)]) == 0
    assert "batch = [1, 3]\n" in out.read_text(encoding="utf-8")
    assert spec.load_design(out).change.batch == (1, 3)


def test_a_catalogue_refuses_a_batch_list_without_a_staged_roll_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = CANARY_CATALOGUE.replace("BATCH", "[1, 3]").replace('strategy = "staged"', 'strategy = "all_at_once"')
    catalogue = tmp_path / "canary.toml"
    catalogue.write_text(text, encoding="utf-8")
    assert main(["synthesize", str(catalogue)]) == 2
    line = text.splitlines().index("batch = [1, 3]") + 1
    assert capsys.readouterr().err == (
        f'callspec: error: {catalogue}:{line}: choices.batch: an array of batch sizes needs strategy = "staged", not "all_at_once"\n'
    )
