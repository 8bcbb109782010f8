"""Counterexample reports: the story, the two pictures, the pages and the ITF traces.

A design of more than twelve servers is reported a class of interchangeable
servers per row; the tests at the end build pooled fleets up to 10,000
servers and read those reports.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from spec.check import Verdict, check_claim
from spec.cli import main
from spec.design import Claim, Faults, design_from_dict, faults_from_dict, load_design, parse_design
from spec.platform import build_platform
from spec.report.itf import itf_trace
from spec.report.page import claim_page
from spec.report.story import faults_used, story
from spec.report.svg import LOST_FILL, text_width
from spec.report.timeline import timeline_svg
from spec.report.topology import topology_svg
from spec.report.words import class_names, grouped, names, per_class, servers_of_classes
from strategies import raw_designs, raw_faults
from spec.report.table import class_tallies, step_table
from spec.semantics import Moves, ServerMoves
from spec.trace import Adversary, Trace, replay

MODELS = Path(__file__).resolve().parent.parent / "models"
ORANGE = MODELS / "orange_2021.toml"
BUG_CLAIM = "one common-mode bug defeats 3-of-6"
SVG = "{http://www.w3.org/2000/svg}"


def orange_bug() -> Verdict:
    design = load_design(ORANGE)
    return check_claim(design, next(claim for claim in design.claims if claim.name == BUG_CLAIM))


def test_the_2021_story_tells_the_incident_in_one_step() -> None:
    trace = orange_bug().trace
    assert trace is not None
    assert story(trace) == [
        "Step 0: six servers up and routed; capacity 6 of 3 needed: calls are served.",
        "Step 1 (after 15 min): the change reaches all of cs1–cs6; the latent bug of version cs-2021 goes off: "
        "six servers restart in a loop (cs1–cs6); the liveness check still sees them alive, so they stay in "
        "routing and calls sent there are lost; capacity 0 of 3 needed; every call is lost: calls fail, and the service property fails.",
    ]


def test_a_design_that_never_serves_fails_in_state_0_and_says_so() -> None:
    raw = {
        "name": "empty",
        "service": {"demand": 1},
        "versions": [{"name": "v1", "codebase": "a"}],
        "servers": [{"name": "s1", "version": "v1", "capacity": 0}],
    }
    trace = check_claim(design_from_dict(raw), Claim(name="nothing", expect="holds")).trace
    assert trace is not None and trace.length == 0
    assert story(trace) == [
        "Step 0: one server up and routed; capacity 0 of 1 needed: calls are not served, "
        "and the service property fails."
    ]


@pytest.mark.parametrize(
    ("items", "read"),
    [
        (["cs1", "cs2", "cs3", "cs4", "cs5", "cs6"], "cs1–cs6"),
        (["cs1", "cs3", "cs5"], "cs1, cs3 and cs5"),
        (["cs1", "cs2"], "cs1 and cs2"),
        (["cs1", "cs2", "cs3", "cs6", "bypass"], "cs1–cs3, cs6 and bypass"),
        (["a1", "a2", "b3", "b4", "b5"], "a1, a2 and b3–b5"),
        (["lille"], "lille"),
    ],
)
def test_names_are_listed_for_reading(items: list[str], read: str) -> None:
    assert names(items) == read


@settings(max_examples=40)
@given(raw_designs(max_servers=3), raw_faults())
def test_every_story_ends_in_the_failing_step_and_every_picture_is_well_formed(raw: dict, faults: dict) -> None:
    verdict = check_claim(design_from_dict(raw), Claim(name="random", expect="holds", faults=faults_from_dict(faults)))
    assume(verdict.trace is not None)
    trace = verdict.trace
    assert trace is not None
    lines = story(trace)
    assert lines[-1].startswith(f"Step {trace.length}") and "the service property fails" in lines[-1]
    for step in range(1, trace.length + 1):
        if trace.events(step):
            assert any(line.startswith(f"Step {step}") for line in lines), f"the moves of step {step} are untold"
    timeline = ElementTree.fromstring(timeline_svg(trace, "random"))
    texts = [element.text for element in timeline.iter(f"{SVG}text")]
    for member in trace.platform.servers:
        assert any(text and text.startswith(member.name + " ") for text in texts)
    assert [f"step {step}" for step in range(trace.length + 1)] == [t for t in texts if t and re.fullmatch(r"step \d+", t)]


def test_the_2021_timeline_outlines_six_looping_servers_still_routed() -> None:
    trace = orange_bug().trace
    assert trace is not None
    picture = ElementTree.fromstring(timeline_svg(trace, "2021"))
    outlined = [
        rect
        for rect in picture.iter(f"{SVG}rect")
        if rect.get("stroke") == "#222222" and rect.get("fill") == "#f4a640" and float(rect.get("x", 0)) > 100
    ]
    assert len(outlined) == 6 + 1, "six black holes at step 1, and the legend's sample"
    words = [element.text for element in picture.iter(f"{SVG}text")]
    assert words.count("loop") == 6 and words.count("NO") == 1


def test_the_2021_topology_marks_every_server_failed_and_routed() -> None:
    trace = orange_bug().trace
    assert trace is not None
    picture = ElementTree.fromstring(topology_svg(trace, "2021"))
    words = [element.text for element in picture.iter(f"{SVG}text")]
    assert words.count("restarting in a loop") == 6 + 1, "six servers and the legend"
    assert "calls NOT served" in words
    thick_edges = [line for line in picture.iter(f"{SVG}line") if line.get("stroke-width") == "3" and line.get("stroke") == "#222222"]
    assert len(thick_edges) >= 6


def test_an_itf_trace_has_the_format_keys_and_the_run() -> None:
    verdict = orange_bug()
    assert verdict.trace is not None
    document = json.loads(json.dumps(itf_trace(verdict.trace, "models/orange_2021.toml", "2021")))
    assert {"#meta", "vars", "states"} <= set(document)
    assert document["#meta"]["format"] == "ITF"
    states = document["states"]
    assert [state["#meta"]["index"] for state in states] == [0, 1]
    for state in states:
        assert set(state) == {"#meta", *document["vars"]}
    assert states[1]["capacity"] == {"#bigint": "0"} and states[1]["served"] is False
    servers = dict(states[1]["servers"]["#map"])
    assert servers["cs1"] == {"state": "looping", "applied": True, "routed": True}
    assert states[0]["faulty"] == {"#set": ["cs-2021"]}


def test_report_writes_pages_whose_links_all_resolve(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    reports, traces = tmp_path / "reports", tmp_path / "itf"
    assert main(["report", str(ORANGE), "--report-dir", str(reports), "--itf", str(traces)]) == 0
    index = reports / "index.md"
    pages = sorted(reports.rglob("*.md"))
    assert len(pages) == 1 + 2, "the index and the two violated claims"
    for page in pages:
        for target in re.findall(r"\]\(([^)]+)\)", page.read_text()):
            assert (page.parent / target).is_file(), f"{page.name} links to missing {target}"
    assert "[counterexample, one step](orange-2021/one-common-mode-bug-defeats-3-of-6.md)" in index.read_text()
    assert sorted(path.name for path in traces.iterdir()) == [
        "orange-2021.four-independent-crashes-are-not.itf.json",
        "orange-2021.one-common-mode-bug-defeats-3-of-6.itf.json",
    ]
    assert f"reports: {index}" in capsys.readouterr().out


def test_a_report_page_tells_the_story_and_the_fewest_faults() -> None:
    page = claim_page(orange_bug(), "t.svg", "g.svg", index="../index.md")
    assert "the liveness check still sees them alive" in page
    assert "this one uses the fewest faults: one fault" in page
    assert "- `bug:cs-2021`: a latent bug of version cs-2021" in page
    assert "![Timeline: a row per server, a column per step](t.svg)" in page
    assert "1     loop+  loop+  loop+  loop+  loop+  loop+  0/3       100%  NO" in page


def test_report_rejects_a_bad_design_with_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "Bad Name"\n')
    assert main(["report", str(bad), "--report-dir", str(tmp_path / "out")]) == 2
    assert "bad.toml:1: name:" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_failed_backup_is_never_drawn_as_a_black_hole() -> None:
    """The backup is not routed: down or looping, it gets no black-hole outline in either picture."""
    design = load_design(MODELS / "bypass_outage.toml")
    claim = next(claim for claim in design.claims if claim.name == "one bug and a crash of the bypass are not")
    trace = check_claim(design, claim).trace
    assert trace is not None and trace.to_json()[-1]["backup"]["state"] == "down"
    for picture in (timeline_svg(trace, "bypass"), topology_svg(trace, "bypass")):
        outlined_down = [
            rect
            for rect in ElementTree.fromstring(picture).iter(f"{SVG}rect")
            if rect.get("fill") == "#d9534f" and rect.get("stroke") == "#222222"
        ]
        assert outlined_down == []


def test_a_backup_too_small_for_the_demand_is_said_everywhere_it_is_shown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The 2021 bypass cut to capacity 2 under a demand of 3: it takes over and carries nothing, and each reading says so."""
    small = tmp_path / "small.toml"
    small.write_text((MODELS / "bypass_outage.toml").read_text(encoding="utf-8").replace("capacity = 3\ntrigger", "capacity = 2\ntrigger"), encoding="utf-8")
    note = "note: the backup bypass has capacity 2, below the demand of 3: taking over does not serve the calls"
    assert main(["check", str(small), "--claim", "one common-mode bug is survived after one step"]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed[1] == f"  {note}"
    design = load_design(small)
    trace = check_claim(design, design.claims[0]).trace
    assert trace is not None and trace.views[-1].backup is not None and trace.views[-1].backup.active
    assert "the backup bypass takes over (capacity 2, below the demand of 3: it cannot carry the calls)" in " ".join(story(trace))
    assert step_table(trace).splitlines()[-1] == note
    picture = ElementTree.fromstring(topology_svg(trace, "small"))
    words = [text.text for text in picture.iter(f"{SVG}text")]
    assert "capacity 2 < demand 3:" in words and "cannot carry the calls" in words
    (backup_edge,) = [line for line in picture.iter(f"{SVG}line") if line.get("y1") == "82"]  # from the calls, beside routing
    assert backup_edge.get("stroke-dasharray"), "the backup has taken over, but its edge carries no calls: dashed"


def test_the_timeline_band_fills_the_share_lost_and_marks_the_threshold() -> None:
    """The 2021 platform with `detect = 1` and 10% allowed: one crash keeps its server routed, 1/6 of the calls lost."""
    text = ORANGE.read_text(encoding="utf-8").replace("detect = 0", "detect = 1")
    design = parse_design(text.replace("max_outage = 0", "max_outage = 0\nmax_lost_share = 0.1"), "detect1.toml")
    trace = check_claim(design, Claim(name="one crash", expect="holds", faults=Faults(crashes=1))).trace
    assert trace is not None and trace.views[-1].lost_share == Fraction(1, 6)
    picture = ElementTree.fromstring(timeline_svg(trace, "detect1"))
    outlines = [rect for rect in picture.iter(f"{SVG}rect") if rect.get("fill") == "none" and rect.get("stroke") == "#777777"]
    filled = [rect for rect in picture.iter(f"{SVG}rect") if rect.get("fill") == LOST_FILL]
    assert len(outlines) == len(trace.states) and len(filled) == 1
    assert float(filled[0].get("width")) == pytest.approx(float(outlines[-1].get("width")) / 6)
    ticks = [line for line in picture.iter(f"{SVG}line") if line.get("stroke-width") == "2" and line.get("x1") == line.get("x2")]
    left, width = float(outlines[0].get("x")), float(outlines[0].get("width"))
    assert any(float(tick.get("x1")) == pytest.approx(left + width / 10) for tick in ticks)
    words = [text.text for text in picture.iter(f"{SVG}text")]
    assert "calls lost (at most 10%)" in words and "17%" in words


def test_while_the_backup_carries_the_calls_no_share_is_said_lost() -> None:
    """The 2021 bypass started by failing calls: all six servers loop at step 1, the bypass carries the calls at step 2
    (the cluster still loses every call sent to it), and crashes at step 3."""
    design = load_design(MODELS / "bypass_outage.toml")
    claim = Claim(name="c", expect="holds", faults=Faults(bugs=1, crashes=1))
    platform = build_platform(design, claim)
    idle = Moves(servers=tuple(ServerMoves(crash=False, restart=False, apply=False) for _ in platform.servers), crash_backup=False, lose=(False,) * len(platform.sites), bad_input=False)
    moves = (idle, idle, replace(idle, crash_backup=True))
    trace = Trace(platform, Adversary(("cs-2021",), {"cs-2021": 0}, moves), replay(platform, Adversary(("cs-2021",), {"cs-2021": 0}, moves)))
    carried = trace.views[2]
    assert carried.served and carried.backup_carrying and carried.lost_share == 1
    header, *rows = step_table(trace).splitlines()
    lost, events = header.index("lost"), header.index("events")
    assert [row[lost:events].split() for row in rows] == [["0%", "yes"], ["100%", "NO"], ["backup", "yes"], ["100%", "NO"]]
    assert "lost" not in story(trace)[2]
    assert "backup" in [text.text for text in ElementTree.fromstring(timeline_svg(trace, "bypass")).iter(f"{SVG}text")]


def pooled_fleet(sites: list[str], count: int, demand: int, routing: str = "") -> str:
    """Two versions at every site, a pool of `count` servers per version and site; one bug is not survived."""
    entries = [
        'name = "fleet"',
        'step = "15 min"',
        f"[service]\ndemand = {demand}",
        routing,
        *(f'[[versions]]\nname = "{version}"\ncodebase = "vendor-{version}"' for version in ("cs-a", "cs-b")),
        *(
            f'[[servers]]\nname = "{version}-{site}"\nsite = "{site}"\nversion = "{version}"\ncount = {count}'
            for site in sites
            for version in ("cs-a", "cs-b")
        ),
        '[change]\nstrategy = "all_at_once"',
        '[[claims]]\nname = "one bug is not survived"\nexpect = "violated"\nfaults = { bugs = 1 }',
    ]
    return "\n\n".join(entries) + "\n"


def fleet_trace(sites: list[str], count: int, demand: int, routing: str = "") -> Trace:
    design = parse_design(pooled_fleet(sites, count, demand, routing), "fleet.toml")
    verdict = check_claim(design, design.claims[0])
    assert verdict.outcome == "violated" and verdict.trace is not None
    return verdict.trace


def test_a_pooled_design_of_300_servers_is_reported_a_class_per_row() -> None:
    trace = fleet_trace(["lille", "lyon", "paris"], 50, 200)
    table = step_table(trace).splitlines()
    assert table[0].split() == ["class", "servers", "step", "0", "step", "1"]
    assert table[1].split() == ["cs-a", "at", "lille", "50", "50", "up", "50", "loop+"]
    assert [row.split()[0] for row in table[1:7]] == ["cs-a", "cs-b"] * 3
    assert len(table) == 1 + 6 + 3 and not any("cs-a-lille-1" in row for row in table)

    lines = story(trace)
    assert lines[0].startswith("Step 0: 300 servers (six classes of interchangeable servers) up and routed")
    assert (
        "the change reaches all 300 servers; the latent bug of version cs-a goes off: 150 servers restart in a loop "
        "(cs-a at lille, lyon and paris)"
    ) in lines[1]

    timeline = ElementTree.fromstring(timeline_svg(trace, "fleet"))
    words = [element.text for element in timeline.iter(f"{SVG}text")]
    assert words.count("50 servers") == 6 and "cs-a at lille" in words
    assert words.count("50 loop") == 3 and words.count("50 applied · 50 still routed") == 3
    topology = ElementTree.fromstring(topology_svg(trace, "fleet"))
    words = [element.text for element in topology.iter(f"{SVG}text")]
    assert words.count("cs-a · 50 servers") == 3 and words.count("50 loop") == 3
    assert not any(word and word.startswith("cs-a-lille-") for word in words)


def test_a_class_is_counted_from_what_the_semantics_says_of_each_server() -> None:
    trace = fleet_trace(["lille", "lyon", "paris"], 50, 200, '[routing]\nhealth_check = "end_to_end"')
    tally = class_tallies(trace.platform, trace.views[-1])[0]
    assert tally.words() == "50 servers, 50 looping, 50 dropped from routing, 50 applied the change"
    assert tally.table_cell() == "50 loop+-"
    page = claim_page(check_claim(parse_design(pooled_fleet(["lille"], 50, 60), "f.toml"),
                                  Claim(name="c", expect="violated", faults=Faults(bugs=1))), "t.svg", "g.svg", "i.md")
    assert "![Timeline: a row per class of servers, a column per step](t.svg)" in page
    assert "A row per class of interchangeable servers" in page


def test_crashes_in_a_large_design_are_told_and_listed_per_class() -> None:
    design = parse_design(pooled_fleet(["lille", "lyon"], 20, 75, '[routing]\nhealth_check = "end_to_end"'), "f.toml")
    verdict = check_claim(design, Claim(name="crashes", expect="violated", faults=Faults(crashes=6)))
    trace = verdict.trace
    assert trace is not None
    assert "six servers of cs-a at lille crash" in story(trace)[-1]
    faults = [str(fault) for fault in faults_used(trace)]
    assert faults == ["crash:cs-a-lille*6: six servers of cs-a at lille crash at step 1"]
    assert "this one uses the fewest faults: six faults" in claim_page(verdict, "t.svg", "g.svg", "i.md")
    assert step_table(trace).splitlines()[-1] == "  step 1: crash six servers of cs-a at lille"


def test_class_names_tell_apart_classes_of_one_version_and_site() -> None:
    raw = {
        "name": "mixed",
        "service": {"demand": 1},
        "versions": [{"name": "v1", "codebase": "a"}],
        "servers": [
            {"name": "big", "version": "v1", "site": "lille", "capacity": 2, "count": 7},
            {"name": "small", "version": "v1", "site": "lille", "count": 6},
            {"name": "lone", "version": "v1"},
        ],
    }
    platform = build_platform(design_from_dict(raw), Claim(name="c", expect="holds"))
    assert per_class(platform)
    assert [str(name) for name in class_names(platform)] == [
        "v1 at lille (capacity 2)",
        "v1 at lille (capacity 1)",
        "lone (v1 without a site)",
    ]
    assert servers_of_classes(platform, range(7)) == "the seven servers of v1 at lille (capacity 2)"
    assert servers_of_classes(platform, [0, 7, 13]) == (
        "three servers (one of v1 at lille (capacity 2); one of v1 at lille (capacity 1); lone)"
    )


def test_classes_that_links_split_are_named_by_their_pools() -> None:
    """AT&T's three regions: one release, no sites, one capacity; only the signalling links tell the classes apart."""
    design = load_design(MODELS / "att_1990_regions.toml")
    platform = build_platform(design, design.claims[1])
    names = class_names(platform)
    assert [str(name) for name in names] == [
        "4ess-1989-12 without a site (pool east)",
        "4ess-1989-12 without a site (pool central)",
        "4ess-1989-12 without a site (pool west)",
    ]
    assert [name.in_site() for name in names] == ["4ess-1989-12 (pool east)", "4ess-1989-12 (pool central)", "4ess-1989-12 (pool west)"]
    assert servers_of_classes(platform, [0, 38]) == (
        "two servers (one of 4ess-1989-12 without a site (pool east); one of 4ess-1989-12 without a site (pool central))"
    )


def test_a_class_of_one_is_named_by_its_server_in_rows_and_by_its_name_alone_in_sentences() -> None:
    """A staged roll-out of 20 servers one at a time: twenty classes of one, each its server, as a per-server report names it."""
    raw = {
        "name": "regional",
        "service": {"demand": 12, "max_outage": 2},
        "versions": [{"name": "kamailio-5.8.2"}],
        "servers": [
            {"name": site, "site": site, "version": "kamailio-5.8.2", "count": size}
            for site, size in (("east", 8), ("west", 8), ("north", 4))
        ],
        "change": {"strategy": "staged", "bake": 2},
    }
    platform = build_platform(design_from_dict(raw), Claim(name="c", expect="holds", faults=Faults(bugs=1)))
    names = class_names(platform)
    assert per_class(platform) and len(names) == 20
    assert str(names[1]) == "east-2 (kamailio-5.8.2 at east)" and names[1].in_site() == "east-2 · kamailio-5.8.2"
    assert servers_of_classes(platform, [1]) == "east-2"
    assert servers_of_classes(platform, [0, *range(8, 16)]) == "nine servers (east-1 and west-1–west-8)"
    assert servers_of_classes(platform, [0, 2, 4, 6, 9, 11, 13, 15, 17, 19]) == (
        "ten servers (east-1, east-3, east-5, east-7, west-2 and five more servers)"
    )


@st.composite
def _alike_entries(draw: st.DrawFn) -> dict:
    """Up to four entries, pools or single servers, most of one version, site and capacity, linked at random by
    entry or member (a pool with itself too), rolled out at once, staged, or not at all: classes alike but for
    their links, their entries or their roll-out slots."""
    servers, names = [], []
    for index in range(draw(st.integers(1, 4))):
        size = draw(st.integers(1, 4))
        servers.append({
            "name": f"e{index}",
            "version": draw(st.sampled_from(["v0", "v0", "v1"])),
            "capacity": draw(st.sampled_from([1, 1, 2])),
            "count": size,
            **({"site": "north"} if draw(st.booleans()) else {}),
        })
        names += [f"e{index}"] + ([f"e{index}-{member}" for member in range(1, size + 1)] if size > 1 else [])
    pools = {server["name"] for server in servers if server["count"] > 1}
    pairs = draw(st.lists(st.lists(st.sampled_from(names), min_size=2, max_size=2), max_size=4))
    links = [{"between": pair} for pair in pairs if pair[0] != pair[1] or pair[0] in pools]
    design = {"name": "alike", "service": {"demand": 1}, "versions": [{"name": "v0"}, {"name": "v1"}], "servers": servers}
    strategy = draw(st.sampled_from([None, "all_at_once", "staged"]))
    if strategy is not None:
        design["change"] = {"strategy": strategy, "batch": draw(st.integers(1, 3))}
    return design | ({"links": links} if links else {})


@settings(max_examples=60, deadline=None)
@given(_alike_entries(), st.sampled_from(["change", "message"]))
def test_every_class_has_a_name_of_its_own(raw: dict, trigger: str) -> None:
    """No two classes of a platform are named alike, in a row or in the box of their site."""
    platform = build_platform(design_from_dict(raw), Claim(name="c", expect="holds", faults=Faults(bugs=1, trigger=trigger)))
    names = class_names(platform)
    labels = [str(name) for name in names]
    assert len(set(labels)) == len(labels), labels
    in_sites = [(kind.site, name.in_site()) for kind, name in zip(platform.classes, names, strict=True)]
    assert len(set(in_sites)) == len(in_sites), in_sites


def test_a_design_of_10000_servers_renders_in_a_few_kilobytes() -> None:
    """Two versions at four sites, 1,250 servers each: reports are per class, their size independent of the servers."""
    trace = fleet_trace(["lille", "lyon", "paris", "rennes"], 1250, 6000)
    assert len(step_table(trace).splitlines()) == 1 + 8 + 3
    assert all(len(line) < 400 for line in story(trace))
    assert "5,000 servers restart in a loop (cs-a at lille, lyon, paris and rennes)" in story(trace)[1]
    for picture in (timeline_svg(trace, "fleet"), topology_svg(trace, "fleet")):
        assert len(picture) < 200_000
        assert ElementTree.fromstring(picture).tag == f"{SVG}svg"


@settings(max_examples=25, deadline=None)
@given(raw_designs(max_servers=3), raw_faults())
def test_every_large_design_is_told_and_drawn_per_class(raw: dict, faults: dict) -> None:
    """A random design with its first server made a pool of 13: the per-class reports tell every move and fit."""
    raw = {**raw, "servers": [{**raw["servers"][0], "count": 13}, *raw["servers"][1:]]}
    verdict = check_claim(design_from_dict(raw), Claim(name="random", expect="holds", faults=faults_from_dict(faults)))
    assume(verdict.trace is not None)
    trace = verdict.trace
    assert trace is not None and per_class(trace.platform)
    lines = story(trace)
    assert lines[-1].startswith(f"Step {trace.length}") and "the service property fails" in lines[-1]
    for step in range(1, trace.length + 1):
        if trace.events(step):
            assert any(line.startswith(f"Step {step}") for line in lines), f"the moves of step {step} are untold"
    shown = grouped(trace.platform)
    assert len(step_table(trace).splitlines()) >= 1 + len(shown.classes) + 3
    names = [str(name) for name in class_names(shown)]
    timeline = [element.text for element in ElementTree.fromstring(timeline_svg(trace, "random")).iter(f"{SVG}text")]
    assert all(name in timeline for name in names)
    alone = {name.member for name in class_names(shown) if name.member is not None}
    members = {text.split(" ")[0] for text in timeline if text and text.startswith(f"{raw['servers'][0]['name']}-")}
    assert members <= alone, "a pool's member is named only where it is a class of its own"
    assert ElementTree.fromstring(topology_svg(trace, "random")).tag == f"{SVG}svg"


PICTURES = sorted((MODELS.parent / "docs" / "counterexamples").glob("*/*.svg"))


def _holds_its_text(svg: str) -> None:
    """No text runs past the picture's edges, by the width the layout assumes."""
    root = ElementTree.fromstring(svg)
    width = float(root.get("width", 0))
    for text in root.iter(f"{SVG}text"):
        x, wide = float(text.get("x", 0)), text_width(text.text or "", float(text.get("font-size", 12)))
        left = {"start": x, "middle": x - wide / 2, "end": x - wide}[text.get("text-anchor", "start")]
        assert 0 <= left and left + wide <= width, f"{text.text!r} runs from {left:.0f} to {left + wide:.0f} of {width:.0f}"


@pytest.mark.parametrize("picture", PICTURES, ids=[f"{path.parent.name}/{path.name}" for path in PICTURES])
def test_every_committed_picture_holds_its_text(picture: Path) -> None:
    """No text runs past a picture's edges, by the width the layout assumes: a fault's line, a node, the legend."""
    _holds_its_text(picture.read_text(encoding="utf-8"))


def test_the_routing_box_is_as_wide_as_its_words_on_a_picture_of_one_site() -> None:
    """End-to-end checks that drop a server two steps late make the longest routing line; one site makes the narrowest
    picture, whose routing box once stood 320 px wide, centred left of that line's half width."""
    design = design_from_dict(
        {
            "name": "one-site",
            "service": {"demand": 2, "max_outage": 1},
            "routing": {"health_check": "end_to_end", "detect": 2},
            "versions": [{"name": "v1"}],
            "servers": [{"name": "s", "site": "paris", "version": "v1", "count": 2}],
        }
    )
    verdict = check_claim(design, Claim("two crashes", "holds", Faults(crashes=2)))
    assert verdict.trace is not None
    _holds_its_text(topology_svg(verdict.trace, "one site"))


def test_links_between_sites_run_between_the_boxes_not_across_them() -> None:
    """Two linked pools at two sites, a box per server: every link segment keeps out of every server's box.

    The links once ran from the right edge of one box to the right edge of the other, across the boxes of the
    right-hand site and their text.
    """
    design = design_from_dict(
        {
            "name": "mesh",
            "service": {"demand": 3, "max_outage": 1, "max_lost_share": 0.5},
            "routing": {"health_check": "liveness", "detect": 1},
            "versions": [{"name": "a", "codebase": "a"}, {"name": "b", "codebase": "b"}],
            "servers": [
                {"name": "east", "site": "east", "version": "a", "count": 3},
                {"name": "west", "site": "west", "version": "b", "count": 4},
            ],
            "links": [{"between": ["east", "east"]}, {"between": ["east", "west"]}],
        }
    )
    claim = Claim("a restart", "holds", faults_from_dict({"restarts": 1, "bugs": 1, "trigger": "message"}))
    verdict = check_claim(design, claim)
    assert verdict.trace is not None
    root = ElementTree.fromstring(topology_svg(verdict.trace, "mesh"))
    boxes = [
        tuple(float(rect.get(key, 0)) for key in ("x", "y", "width", "height"))
        for rect in root.iter(f"{SVG}rect")
        if rect.get("height") == "40" and float(rect.get("y", 0)) >= 190
    ]
    links = [line for line in root.iter(f"{SVG}line") if line.get("stroke") in ("#8a6d3b", "#b52b27")]
    assert len(boxes) == 7 and links
    for line in links:
        x1, y1, x2, y2 = (float(line.get(key, 0)) for key in ("x1", "y1", "x2", "y2"))
        for x, y, width, height in boxes:
            across = min(x1, x2) < x + width and max(x1, x2) > x and min(y1, y2) < y + height and max(y1, y2) > y
            assert not across, f"a link from ({x1}, {y1}) to ({x2}, {y2}) crosses the box at ({x}, {y})"


def test_the_boxes_lie_over_the_edges_from_routing() -> None:
    """An edge from routing to a lower box of a site passes the boxes above it: drawn first, it runs behind them and
    never over their text."""
    design = design_from_dict(
        {
            "name": "column",
            "service": {"demand": 3},
            "versions": [{"name": "v1"}],
            "servers": [{"name": "s", "site": "paris", "version": "v1", "count": 3}],
        }
    )
    verdict = check_claim(design, Claim("a crash", "holds", Faults(crashes=1)))
    assert verdict.trace is not None
    elements = list(ElementTree.fromstring(topology_svg(verdict.trace, "column")))
    edges = [place for place, element in enumerate(elements) if element.tag == f"{SVG}line" and element.get("y1") == "164"]
    boxes = [
        place
        for place, element in enumerate(elements)
        if element.tag == f"{SVG}rect" and element.get("height") == "40" and float(element.get("y", 0)) >= 190
    ]
    assert len(edges) >= 2 and len(boxes) == 3 and max(edges) < min(boxes)
