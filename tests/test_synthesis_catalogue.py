"""Catalogue files: read like designs, and every mistake is a located one-line error with exit status 2."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from spec.cli import main
from spec.synthesis.catalogue import load_catalogue

ORANGE = Path(__file__).resolve().parent.parent / "catalogues" / "orange_2021.toml"
AGENTS = Path(__file__).resolve().parent.parent / "catalogues" / "crowdstrike_2024.toml"


def test_the_2021_catalogue_reads_as_written() -> None:
    catalogue = load_catalogue(ORANGE)
    assert catalogue.sites == ("lille", "lyon", "marseille", "paris", "rennes", "toulouse")
    assert (catalogue.max_servers, catalogue.max_per_site, catalogue.strategy) == (12, 2, "all_at_once")
    assert catalogue.health_checks == ("liveness", "end_to_end") and catalogue.end_to_end_cost == 20
    assert [(c.name, c.server_cost, c.fixed_cost) for c in catalogue.codebases] == [
        ("vendor-a", Fraction(10), Fraction(0)),
        ("vendor-b", Fraction(12), Fraction(40)),
    ]
    assert {claim.expect for claim in catalogue.claims} == {"holds"} and len(catalogue.claims) == 3


def _line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


@pytest.mark.parametrize(
    ("catalogue", "old", "new", "field", "problem", "at"),
    [
        *((ORANGE, *case) for case in [
        ('expect = "holds"', 'expect = "violated"', "claims[0].expect", "must all expect \"holds\"", 'expect = "violated"'),
        ("max_servers = 12", "max_servers = 0", "choices.max_servers", "must be at least 1", "max_servers = 0"),
        ('"liveness", "end_to_end"]', '"liveness", "end-to-end"]', "choices.health_checks", "is not one of", "health_checks"),
        ('"rennes", "toulouse"]', '"rennes", "lille"]', "choices.sites", 'names site "lille" twice', "sites ="),
        ("server_cost = 12\n", "server_cost = -1\n", "choices.codebases[1].server_cost", "must not be negative", "server_cost = -1"),
        ("server_cost = 12\n", "", "choices.codebases[1].server_cost", "is required", '[[choices.codebases]]\nname = "vendor-b"'),
        ("fixed_cost = 40", "fixed_cost = 40\ncolour = 1", "choices.codebases[1].colour", "unknown field", "colour"),
        ('strategy = "all_at_once"', 'strategy = "gradual"', "choices.strategy", "is not one of", 'strategy = "gradual"'),
        ('name = "vendor-b"', 'name = "vendor-a"', "choices.codebases[1].name", 'duplicate codebase "vendor-a"', 'name = "vendor-a"\nserver_cost = 12'),
        ('name = "fix-2021"', 'name = "Fix 2021"', "name", "must match", 'name = "Fix 2021"'),
        ]),
        *((AGENTS, *case) for case in [
        ("no_agent_cost = 6\n", "no_agent_cost = -6\n", "choices.no_agent_cost", "must not be negative", "no_agent_cost = -6"),
        ('name = "edr-b"', 'name = "cad-b"', "choices.agents[1].name", 'is already a codebase\'s name', 'name = "cad-b"\nserver_cost = 2'),
        ('name = "edr-b"', 'name = "falcon"', "choices.agents[1].name", 'duplicate agent "falcon"', 'name = "falcon"\nserver_cost = 2'),
        ("faults = { bugs = 1 }", 'faults = { bugs = 1, bug_units = ["crowd"] }', "claims[0].faults.bug_units[0]", "no codebase or agent", "bug_units"),
        ]),
    ],
)
def test_catalogue_errors_name_the_file_the_field_and_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], catalogue: Path, old: str, new: str, field: str, problem: str, at: str
) -> None:
    """In the 2021 catalogue, and in the 2024 one, which offers agents."""
    text = catalogue.read_text(encoding="utf-8")
    assert old in text
    broken = text.replace(old, new, 1)
    path = tmp_path / "broken.toml"
    path.write_text(broken, encoding="utf-8")
    assert main(["synthesize", str(path), "--out", str(tmp_path / "out.toml")]) == 2
    message = capsys.readouterr().err
    assert message.startswith(f"callspec: error: {path}:{_line_of(broken, at)}: {field}: "), message
    assert problem in message and message.count("\n") == 1
    assert not (tmp_path / "out.toml").exists()


def test_server_names_that_two_codebases_would_share_are_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ORANGE.read_text(encoding="utf-8").replace('"toulouse"]', '"b-lille"]').replace('name = "vendor-b"', 'name = "vendor-a-b"')
    path = tmp_path / "clash.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["synthesize", str(path)]) == 2
    message = capsys.readouterr().err
    line = _line_of(text, 'name = "vendor-a-b"')
    assert f"{path}:{line}: choices.codebases[1].name: " in message
    assert "would have the names of codebase \"vendor-a\"'s servers" in message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('name = "x"\n[service]\ndemand = 1\n[[claims]]\nname = "c"\nexpect = "holds"\n', ": choices: is required"),
        ('name = "x"\n[service]\ndemand = 1\n[choices]\n', ": claims: is required"),
        ('name = "x"\n[service\n', "not valid TOML"),
    ],
)
def test_missing_tables_and_broken_toml_are_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str) -> None:
    path = tmp_path / "short.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["synthesize", str(path)]) == 2
    assert message in capsys.readouterr().err


def test_an_output_place_that_cannot_be_written_is_refused_before_the_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["synthesize", str(ORANGE), "--out", str(tmp_path / "missing" / "out.toml")]) == 2
    assert "--out" in capsys.readouterr().err



def test_the_2024_catalogue_offers_agents_and_servers_without_one() -> None:
    catalogue = load_catalogue(AGENTS)
    assert [(agent.name, agent.server_cost, agent.fixed_cost) for agent in catalogue.agents] == [
        ("falcon", Fraction(1), Fraction(0)),
        ("edr-b", Fraction(2), Fraction(15)),
    ]
    assert catalogue.no_agent_cost == 6
    assert catalogue.kinds == ((0, None), (0, 0), (0, 1), (1, None), (1, 0), (1, 1))
    assert [catalogue.kind_name(kind) for kind in range(len(catalogue.kinds))] == [
        "cad-a", "cad-a-falcon", "cad-a-edr-b", "cad-b", "cad-b-falcon", "cad-b-edr-b"
    ]


def test_no_agent_cost_without_agents_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ORANGE.read_text(encoding="utf-8").replace('strategy = "all_at_once"', 'strategy = "all_at_once"\nno_agent_cost = 3')
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    assert main(["synthesize", str(path)]) == 2
    assert "choices.no_agent_cost: is the cost of a server without an agent" in capsys.readouterr().err
