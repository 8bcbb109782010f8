"""Synthesis against a brute force: on small catalogues, every candidate is decided by the reference model.

The brute force lists every candidate the catalogue allows, builds its
design as the contract describes it (written here, independently of
`spec.synthesis.candidates`), and decides every claim with
`reference_model.shortest_violation`, which shares no code with the
checker. The synthesized cost must be the brute force's optimum, the
returned design must meet every claim, and every block the search learnt
from a counterexample must cover only candidates the reference finds
defeated: the generalisation is sound, so the proof of optimality is too.
"""

from __future__ import annotations

import json
from fractions import Fraction
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reference_model import shortest_violation
from spec.cli import main
from spec.design import Claim, design_from_dict, faults_from_dict
from mutations import dumps
from spec.ops import CONCRETE
from spec.platform import build_platform
from spec.check import check_claim
from spec.synthesis.blocks import defeats, generalise
from spec.synthesis.candidates import Candidate, _faults, candidate_design
from spec.synthesis.catalogue import parse_catalogue
from spec.synthesis.counting import count_candidates
from spec.synthesis.search import synthesize
from strategies import batch_sizes

SLACK = 4  # steps past the last scheduled event that the reference explores
CATALOGUES = Path(__file__).resolve().parent.parent / "catalogues"


def catalogue_document(
    sites: int, codebases: list[tuple[int, int]], max_servers: int, max_per_site: int, claims: list[dict[str, Any]], **choices: Any
) -> dict[str, Any]:
    """A catalogue as `tomllib` reads it: sites s1.., codebases c1.. with (server_cost, fixed_cost)."""
    return {
        "name": "small",
        "service": {"demand": choices.pop("demand", 2), "max_outage": choices.pop("max_outage", 0)},
        "choices": {
            "sites": [f"s{index}" for index in range(1, sites + 1)],
            "max_servers": max_servers,
            "max_per_site": max_per_site,
            "strategy": choices.pop("strategy", "all_at_once"),
            **choices,
            "codebases": [
                {"name": f"c{index}", "server_cost": server, "fixed_cost": fixed}
                for index, (server, fixed) in enumerate(codebases, start=1)
            ],
        },
        "claims": [{"name": f"claim {index}", "expect": "holds", "faults": faults} for index, faults in enumerate(claims)],
    }


def kinds(choices: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """The kinds of server: per codebase, no agent (unless agents are offered without `no_agent_cost`), then each agent."""
    agents = choices.get("agents", [])
    options = ([None] if not agents or "no_agent_cost" in choices else []) + agents
    return [(codebase, agent) for codebase in choices["codebases"] for agent in options]


def brute_force(document: dict[str, Any]) -> dict[tuple[tuple[tuple[int, ...], ...], str], tuple[Fraction, bool]]:
    """Every allowed candidate (counts per site and kind, health check): its cost and whether every claim holds."""
    choices = document["choices"]
    sites, offered = choices["sites"], kinds(choices)
    per_site = [c for c in product(range(choices["max_per_site"] + 1), repeat=len(offered)) if sum(c) <= choices["max_per_site"]]
    answers = {}
    for counts in product(per_site, repeat=len(sites)):
        servers = sum(map(sum, counts))
        if not 1 <= servers <= choices["max_servers"]:
            continue
        for health_check in choices.get("health_checks", ["liveness", "end_to_end"]):
            price, used = Fraction(0), set()
            for index, (codebase, agent) in enumerate(offered):
                number = sum(at_site[index] for at_site in counts)
                each = Fraction(codebase["server_cost"]) + Fraction(agent["server_cost"] if agent else choices.get("no_agent_cost", 0))
                price += each * number
                if number:
                    used |= {codebase["name"]} | ({agent["name"]} if agent else set())
            for paid in choices["codebases"] + choices.get("agents", []):
                price += Fraction(paid.get("fixed_cost", 0)) if paid["name"] in used else 0
            if health_check == "end_to_end":
                price += Fraction(choices.get("end_to_end_cost", 0))
            answers[(counts, health_check)] = (price, _meets_every_claim(json.dumps(document), counts, health_check))
    return answers


@lru_cache(maxsize=None)
def _meets_every_claim(document_text: str, counts: tuple[tuple[int, ...], ...], health_check: str) -> bool:
    document = json.loads(document_text)
    choices = document["choices"]
    servers = []
    for site, at_site in zip(choices["sites"], counts):
        for (codebase, agent), count in zip(kinds(choices), at_site):
            name = codebase["name"] if agent is None else f"{codebase['name']}-{agent['name']}"
            for number in range(1, count + 1):
                server = {"name": f"{name}-{site}-{number}", "site": site, "version": codebase["name"], "capacity": 1}
                servers.append(server | ({"components": [agent["name"]]} if agent else {}))
    units = sorted({server["version"] for server in servers} | {name for server in servers for name in server.get("components", [])})
    change = {"strategy": choices["strategy"]}
    if choices["strategy"] == "staged":
        change |= {"batch": choices.get("batch", 1), "bake": choices.get("bake", 0)}
    raw = {
        "name": "candidate",
        "service": document["service"],
        "routing": {"health_check": health_check, "detect": 0},
        "versions": [{"name": name, "codebase": name} for name in units],
        "servers": servers,
    }
    agents = [agent["name"] for agent in choices.get("agents", []) if agent["name"] in units]
    if "agents" in choices:  # the release and each agent's content, all at once
        raw["changes"] = [{"name": "release", **change}] + [
            {"name": f"{agent}-content", "reaches": [agent], "strategy": "all_at_once"} for agent in agents
        ]
    else:
        raw["change"] = change
    for claim in document["claims"]:
        faults = {key: value for key, value in claim["faults"].items() if key != "bug_units"}
        if "bug_units" in claim["faults"]:  # the units named that this candidate has; none: no bug can be faulty
            faults["bug_units"] = [unit for unit in claim["faults"]["bug_units"] if unit in units] or ["none"]
        without_units = {key: value for key, value in faults.items() if key != "bug_units"}  # the horizon does not depend on them
        platform = build_platform(design_from_dict(raw), Claim("c", "holds", faults_from_dict(without_units)))
        horizon = platform.horizon + raw["service"]["max_outage"] + SLACK
        if shortest_violation(raw, faults, horizon) is not None:
            return False
    return True


def assert_synthesis_matches_brute_force(document: dict[str, Any]) -> None:
    catalogue = parse_catalogue(dumps(document), "small.toml")
    result = synthesize(catalogue, timeout=60)
    answers = brute_force(document)
    feasible = [price for price, meets in answers.values() if meets]
    assert result.candidates == len(answers) == count_candidates(catalogue)
    if not feasible:
        assert result.best is None and result.ruled_out == len(answers)
    else:
        assert result.cost == min(feasible)
        assert result.best is not None and answers[(result.best.counts, result.best.health_check)] == (min(feasible), True)
        assert result.ruled_out == sum(1 for price, _ in answers.values() if price < min(feasible))
    for block in result.blocks:
        covered = [key for key in answers if defeats(block, key[0], key[1] == "end_to_end", CONCRETE)]
        assert covered, block
        assert not any(answers[key][1] for key in covered), block


def _with_agents(document: dict[str, Any], agents: list[tuple[int, int]], no_agent_cost: int | None = None) -> dict[str, Any]:
    """`document` offering agents k1.. with (server_cost, fixed_cost), and servers without one at `no_agent_cost` if given."""
    choices = {**document["choices"], "agents": [{"name": f"k{index}", "server_cost": cost, "fixed_cost": fixed} for index, (cost, fixed) in enumerate(agents, start=1)]}
    if no_agent_cost is not None:
        choices["no_agent_cost"] = no_agent_cost
    return {**document, "choices": choices}


def _with_lost_share(document: dict[str, Any], share: float) -> dict[str, Any]:
    """`document` whose `[service]` allows `share` of the calls lost at a step."""
    return {**document, "service": {**document["service"], "max_lost_share": share}}


_FAULTS = st.fixed_dictionaries(
    {
        "bugs": st.integers(0, 1),
        "crashes": st.integers(0, 1),
        "site_losses": st.integers(0, 1),
    },
    optional={
        "trigger": st.sampled_from(["change", "input"]),
        "bug_scope": st.sampled_from(["version", "codebase"]),
        "latency": st.integers(0, 1),
    },
)


@st.composite
def small_catalogues(draw: st.DrawFn) -> dict[str, Any]:
    """2 or 3 sites, 1 or 2 codebases, up to 4 servers, one or two claims; either roll-out."""
    staged = draw(st.booleans())
    extra: dict[str, Any] = {"strategy": "staged", "batch": draw(batch_sizes()), "bake": draw(st.integers(0, 1))} if staged else {}
    return catalogue_document(
        sites=draw(st.integers(2, 3)),
        codebases=draw(st.lists(st.tuples(st.integers(1, 9), st.integers(0, 9)), min_size=1, max_size=2)),
        max_servers=draw(st.integers(1, 4)),
        max_per_site=draw(st.integers(1, 2)),
        claims=draw(st.lists(_FAULTS, min_size=1, max_size=2)),
        demand=draw(st.integers(1, 2)),
        max_outage=draw(st.integers(0, 1)),
        health_checks=draw(st.sampled_from([["liveness"], ["end_to_end"], ["liveness", "end_to_end"]])),
        end_to_end_cost=draw(st.integers(0, 9)),
        **extra,
    )


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_catalogues())
def test_synthesis_finds_the_brute_force_optimum_and_every_block_is_sound(document: dict[str, Any]) -> None:
    assert_synthesis_matches_brute_force(document)


@st.composite
def agent_catalogues(draw: st.DrawFn) -> dict[str, Any]:
    """2 sites, 1 or 2 codebases, 1 or 2 agents (no agent sometimes allowed), up to 3 servers, claims that may name units."""
    document = catalogue_document(
        sites=2,
        codebases=draw(st.lists(st.tuples(st.integers(1, 9), st.integers(0, 9)), min_size=1, max_size=2)),
        max_servers=draw(st.integers(1, 3)),
        max_per_site=2,
        claims=draw(st.lists(_FAULTS, min_size=1, max_size=2)),
        demand=draw(st.integers(1, 2)),
        health_checks=draw(st.sampled_from([["liveness"], ["end_to_end"], ["liveness", "end_to_end"]])),
    )
    choices = document["choices"]
    choices["agents"] = [
        {"name": f"k{index}", "server_cost": cost, "fixed_cost": fixed}
        for index, (cost, fixed) in enumerate(draw(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 9)), min_size=1, max_size=2)), start=1)
    ]
    if draw(st.booleans()):
        choices["no_agent_cost"] = draw(st.integers(0, 5))
    units = [codebase["name"] for codebase in choices["codebases"]] + [agent["name"] for agent in choices["agents"]]
    for claim in document["claims"]:
        if draw(st.booleans()):
            claim["faults"]["bug_units"] = draw(st.lists(st.sampled_from(units), unique=True, min_size=1))
    return document


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(agent_catalogues())
def test_synthesis_with_agents_finds_the_brute_force_optimum_and_every_block_is_sound(document: dict[str, Any]) -> None:
    """Agents offered beside the codebases (callspec's extension): each server of a codebase runs an agent or none."""
    assert_synthesis_matches_brute_force(document)


@pytest.mark.parametrize(
    "document",
    [
        # Two codebases are needed against a bug; a site loss and a crash on top need three servers of each.
        catalogue_document(3, [(1, 0), (2, 3)], 4, 2, [{"bugs": 1, "crashes": 1}], demand=1, end_to_end_cost=1),
        # A staged roll-out with a gate and a change-triggered bug: sites keep their order, blocks fall back.
        catalogue_document(2, [(1, 0), (1, 1)], 4, 2, [{"bugs": 1, "latency": 1}], demand=1, strategy="staged", bake=1),
        # A canary: one server, then the rest; a bug within the bake time stays on the first server.
        catalogue_document(2, [(1, 0), (1, 1)], 4, 2, [{"bugs": 1, "latency": 1}], demand=2, strategy="staged", batch=[1, 3], bake=1),
        # Liveness only: any bug is a black hole.
        catalogue_document(3, [(1, 0), (1, 0)], 4, 2, [{"bugs": 1, "trigger": "input"}], demand=1, health_checks=["liveness"]),
        # Liveness only, half the calls may be lost: a looping codebase is survived beside as many servers of another.
        _with_lost_share(
            catalogue_document(3, [(1, 0), (2, 0)], 4, 2, [{"bugs": 1, "trigger": "input"}], demand=1, health_checks=["liveness"]), 0.5
        ),
        # One codebase, two agents: a bug of either agent is survived only with both agents, one per half.
        _with_agents(catalogue_document(2, [(1, 0)], 4, 2, [{"bugs": 1}], demand=1, health_checks=["end_to_end"]), [(1, 0), (2, 3)]),
    ],
    ids=["bug-and-crash", "staged-gate", "staged-canary", "liveness-only", "liveness-half-lost", "two-agents"],
)
def test_synthesis_equals_the_brute_force_on_chosen_catalogues(document: dict[str, Any]) -> None:
    assert_synthesis_matches_brute_force(document)


def test_a_looping_codebase_under_a_lost_share_threshold_rules_out_only_candidates_that_fail() -> None:
    """Two c1 servers and one c2 under liveness: a bad input loops both c1 servers, 2/3 of the calls lost, above 1/2.

    Under threshold 0 that run proves every liveness candidate with a c1
    server defeated; under 1/2 it must not: one c1 and one c2 lose half the
    calls and still serve.
    """
    document = _with_lost_share(
        catalogue_document(2, [(1, 0), (2, 0)], 3, 2, [{"bugs": 1, "trigger": "input"}], demand=1, health_checks=["liveness"]), 0.5
    )
    catalogue = parse_catalogue(dumps(document), "half.toml")
    candidate = Candidate(((2, 0), (0, 1)), "liveness")
    verdict = check_claim(candidate_design(catalogue, candidate), catalogue.claims[0])
    assert verdict.outcome == "violated"
    block = generalise(catalogue, candidate, verdict)
    answers = brute_force(document)
    assert answers[(((1, 0), (0, 1)), "liveness")][1], "one server of each codebase loses half the calls: within 1/2"
    covered = [key for key in answers if defeats(block, key[0], key[1] == "end_to_end", CONCRETE)]
    assert candidate.counts in [counts for counts, _ in covered]
    assert not any(answers[key][1] for key in covered), block


INFEASIBLE = catalogue_document(2, [(1, 0), (1, 0)], 4, 2, [{"bugs": 1, "crashes": 1, "site_losses": 1}], demand=2)
"""Two sites of two servers: after a site loss and a bug, at most one server is left for a demand of 2."""


def test_an_infeasible_catalogue_exits_1_and_the_brute_force_agrees(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert_synthesis_matches_brute_force(INFEASIBLE)
    path = tmp_path / "infeasible.toml"
    path.write_text(dumps(INFEASIBLE), encoding="utf-8")
    assert main(["synthesize", str(path), "--out", str(tmp_path / "none.toml"), "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["cost"] is None and document["design"] is None
    assert document["candidates_ruled_out"] == document["candidates"] == len(brute_force(INFEASIBLE))
    assert not (tmp_path / "none.toml").exists()


def test_the_written_design_passes_callspec_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = catalogue_document(3, [(1, 0), (2, 3)], 4, 2, [{"bugs": 1, "crashes": 1}], demand=1, end_to_end_cost=1)
    path = tmp_path / "small.toml"
    path.write_text(dumps(document), encoding="utf-8")
    out = tmp_path / "answer.toml"
    assert main(["synthesize", str(path), "--out", str(out), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    optimum = min(price for price, meets in brute_force(document).values() if meets)
    assert answer["design"] == str(out) and answer["cost"] == optimum and answer["catalogue"] == "small"
    assert answer["checks"] >= answer["candidates_checked"] >= 1
    assert main(["check", str(out)]) == 0
    assert "0 differ, 0 inconclusive" in capsys.readouterr().out


def test_the_text_output_names_the_cost_and_the_candidates_ruled_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = catalogue_document(2, [(1, 0)], 4, 2, [{"crashes": 1}], demand=1)
    path = tmp_path / "small.toml"
    path.write_text(dumps(document), encoding="utf-8")
    assert main(["synthesize", str(path), "--out", str(tmp_path / "answer.toml")]) == 0
    out = capsys.readouterr().out
    assert "cheapest design: cost 2: 2 servers (c1 2), liveness checks" in out
    cheaper = sum(1 for price, _ in brute_force(document).values() if price < 2)
    assert f"no cheaper design meets every claim: {cheaper} cheaper of 16 candidates, all ruled out" in out
    assert "1 counterexample generalised (sites interchangeable)" in out


def test_a_time_limit_that_runs_out_is_inconclusive_with_status_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = CATALOGUES / "orange_2021.toml"
    assert main(["synthesize", str(path), "--out", str(tmp_path / "answer.toml"), "--timeout", "0"]) == 3
    captured = capsys.readouterr()
    assert "synthesis inconclusive" in captured.err and "time-out" in captured.err
    assert captured.out == "" and not (tmp_path / "answer.toml").exists()


def test_candidate_counts_equal_an_enumeration() -> None:
    document = catalogue_document(3, [(1, 0), (2, 5)], 5, 2, [{"crashes": 1}], end_to_end_cost=3)
    catalogue = parse_catalogue(dumps(document), "small.toml")
    answers = brute_force(document)
    for below in (None, Fraction(3), Fraction(8), Fraction(100)):
        expected = sum(1 for price, _ in answers.values() if below is None or price < below)
        assert count_candidates(catalogue, below) == expected


def test_a_catalogue_too_large_to_count_is_still_searched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A thousand servers on two codebases: the counts are not attempted, the search is unaffected."""
    document = catalogue_document(3, [(1, 0), (1, 0)], 1000, 1000, [{"crashes": 0}], demand=2000)
    catalogue = parse_catalogue(dumps(document), "large.toml")
    assert count_candidates(catalogue) is None
    path = tmp_path / "large.toml"
    path.write_text(dumps(document), encoding="utf-8")
    assert main(["synthesize", str(path), "--out", str(tmp_path / "answer.toml")]) == 1
    out = capsys.readouterr().out
    assert "no allowed design meets every claim: every candidate (too many to count) ruled out" in out
    assert "1 candidate checked, 1 claim check, 1 counterexample generalised" in out


def test_a_candidate_keeps_the_bug_units_it_runs_and_none_is_no_bug() -> None:
    """A claim's `bug_units` names codebases and agents; a candidate without any of them can have no faulty unit."""
    claim = Claim("c", "holds", faults_from_dict({"bugs": 1, "bug_units": ["k1", "c2"]}))
    assert 'bugs = 1' in _faults(claim, ["c1", "c2", "k1"]) and 'bug_units = ["k1", "c2"]' in _faults(claim, ["c1", "c2", "k1"])
    assert 'bug_units = ["c2"]' in _faults(claim, ["c2"])
    assert "bugs = 0" in _faults(claim, ["c1"]) and "bug_units" not in _faults(claim, ["c1"])
