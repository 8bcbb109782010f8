"""The risk picture's family of designs: built like the design, over a range of servers that holds the design's own."""

from __future__ import annotations

import math
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import spec
from spec.analysis.cutsets import SearchTimedOut
from spec.analysis.risk import risk_figures
from spec.cli import main
from spec.design import design_from_dict
from spec.report import risk_plot
from spec.report.risk_plot import MOST_POINTS, description, replicas, servers_axis

ORANGE = Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml"

P_CRASH = Fraction(1, 100)


def tolerant(servers: int) -> dict:
    """`servers` servers, one needed; routing takes a step to drop a crashed one, and a step of outage is tolerated."""
    return {
        "name": f"tolerant-{servers}",
        "service": {"demand": 1, "max_outage": 1},
        "routing": {"health_check": "end_to_end", "detect": 1},
        "versions": [{"name": "v"}],
        "servers": [{"name": "s", "version": "v", "count": servers}],
        "risk": {"p_crash": float(P_CRASH)},
        "claims": [{"name": "crashes", "expect": "holds", "faults": {"crashes": 1}}],
    }


def test_the_family_tolerates_the_outage_the_design_tolerates() -> None:
    """A crash is a step of calls lost until routing drops the server: the design rides out one, not two crashes in a
    row; and so must its family. Tolerating none, the family of three would fail at any one crash (about 3e-2)."""
    design = design_from_dict(tolerant(3))
    claim = design.claims[0]
    family = replicas(design, claim, 3, 1)
    assert family.service == design.service
    two_of_three = 3 * P_CRASH**2 * (1 - P_CRASH) + P_CRASH**3
    assert risk_figures(family, claim).p_window == risk_figures(design, claim).p_window == two_of_three


@pytest.mark.parametrize(
    ("servers", "axis"),
    [(1, list(range(1, 13))), (6, list(range(1, 13))), (10, list(range(1, 14))), (12, list(range(1, 16)))],
)
def test_a_small_design_is_drawn_at_every_number_of_servers_up_to_a_quarter_past_its_own(servers: int, axis: list[int]) -> None:
    assert list(servers_axis(design_from_dict(tolerant(servers)))) == axis


@settings(max_examples=60)
@given(st.integers(1, 5000))
def test_the_axis_holds_the_design_s_own_number_of_servers_and_a_range_around_it(servers: int) -> None:
    axis = servers_axis(design_from_dict(tolerant(servers)))
    assert axis[0] == 1 and servers in axis
    assert axis[-1] == max(12, servers + math.ceil(servers / 4))
    assert list(axis) == sorted(set(axis)) and len(axis) <= MOST_POINTS + 1


def test_a_20_server_design_is_on_its_plot_marked_with_the_order_bound(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Twenty servers, twelve needed: the axis runs to 25, the design's own 20 among the points, and marked."""
    design = tmp_path / "twenty.toml"
    design.write_text(
        'name = "twenty"\n[service]\ndemand = 12\nmax_outage = 1\n[routing]\nhealth_check = "end_to_end"\ndetect = 1\n'
        '[[versions]]\nname = "v"\n[[servers]]\nname = "s"\nversion = "v"\ncount = 20\n'
        f'[risk]\np_crash = {float(P_CRASH)}\n[[claims]]\nname = "crashes"\nexpect = "holds"\nfaults = {{ crashes = 1 }}\n'
    )
    picture = tmp_path / "plot.svg"
    assert main(["risk", str(design), "--plot", str(picture), "--max-order", "2"]) == 0
    svg = picture.read_text()
    lines = description(svg).splitlines()
    numbers = [int(number) for number in lines[0].removeprefix("servers: ").split()]
    assert numbers[0] == 1 and numbers[-1] == 25 and 20 in numbers and len(numbers) <= MOST_POINTS + 1
    assert all(len(line.split(": ")[1].split()) == len(numbers) for line in lines[1:])
    assert "callspec, identical replicas (cut sets up to order 2)" in lines[-2]
    assert "this design: 20 servers" in svg


def test_a_search_of_the_plot_past_its_time_limit_says_which_design_and_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    design = tmp_path / "three.toml"
    design.write_text(ORANGE.read_text())
    figures = risk_plot.claims_figures

    def slow_past_two(family: spec.Design, *arguments: object) -> object:
        if len(family.servers) > 2:
            raise SearchTimedOut([], 3)
        return figures(family, *arguments)

    monkeypatch.setattr(risk_plot, "claims_figures", slow_past_two)
    picture = tmp_path / "plot.svg"
    assert main(["risk", str(design), "--claim", "one common-mode bug defeats 3-of-6", "--plot", str(picture), "--timeout", "20"]) == 3
    assert capsys.readouterr().err == (
        f"callspec: {design}: risk --plot: the family's design of three servers (identical replicas): the cut-set search "
        "passed its time limit while searching order 3 (20 s); give --max-order below it or a longer --timeout\n"
    )
    assert not picture.exists()
