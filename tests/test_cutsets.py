"""Minimal cut sets: the known answer for 2021, and minimal and complete on random designs.

The search uses a bounded unrolling whose depth is argued complete; the
brute-force comparison decides every candidate set with PDR instead, at
every depth, so it also tests that argument.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import z3
from hypothesis import given, settings
from hypothesis import strategies as st

import spec
from spec.analysis import cutsets
from spec.analysis.cutsets import is_cut_set, minimal_cut_sets, unlimited
from spec.symmetry import Swap, candidate_swaps, image_swaps
from spec.cli import main
from spec.design import Claim, Design, Faults, design_from_dict, faults_from_dict
from spec.encoding import events_used
from spec.events import Event
from spec.engine.deadline import Deadline
from spec.platform import Platform, build_platform
from strategies import pooled_design, raw_designs, raw_faults

ORANGE = Path(__file__).resolve().parent.parent / "models" / "orange_2021.toml"
BUG_CLAIM = "one common-mode bug defeats 3-of-6"


def test_the_2021_platform_has_one_single_point_of_failure_and_240_sets_of_four() -> None:
    design = spec.load_design(ORANGE)
    claim = next(claim for claim in design.claims if claim.name == BUG_CLAIM)
    cuts = minimal_cut_sets(design, claim)
    assert cuts[0].written == ("bug:cs-2021",)
    assert [cut.order for cut in cuts].count(1) == 1
    # four of the six servers must go, each by its crash or by its site: C(6, 4) * 2**4
    assert len(cuts) == 1 + 15 * 16
    assert all(cut.order == 4 for cut in cuts[1:])


def _solver_answers(monkeypatch: pytest.MonkeyPatch) -> list:
    """The runs the search's solver gives from now on (images left out), collected as they come."""
    answers = []
    next_cut = cutsets._Search.next_cut

    def counted(self: cutsets._Search, order: int, depth: int) -> object:
        run = next_cut(self, order, depth)
        answers.extend([run] if run is not None else [])
        return run

    monkeypatch.setattr(cutsets._Search, "next_cut", counted)
    return answers


def test_the_2021_sets_of_four_come_from_one_solver_answer_per_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swaps of the six alike sites turn one set of four into its whole orbit, each image replayed instead of solved.

    The shapes are how many of the four servers go by a crash rather than by
    their site (0 to 4): with the bug, six answers of the solver for 241 cut sets.
    """
    answers = _solver_answers(monkeypatch)
    design = spec.load_design(ORANGE)
    cuts = minimal_cut_sets(design, next(claim for claim in design.claims if claim.name == BUG_CLAIM))
    assert len(cuts) == 241
    assert sorted(sum(event.startswith("crash:") for event in run.cut.written) for run in answers) == [0, 0, 1, 2, 3, 4]


def _two_versions_at_three_sites_each() -> spec.Design:
    return design_from_dict(
        {
            "name": "two-by-three",
            "service": {"demand": 2},
            "versions": [{"name": "va", "codebase": "a"}, {"name": "vb", "codebase": "b"}],
            "servers": [
                {"name": f"{version}{index}", "site": f"{version}-site{index}", "version": version}
                for version in ("va", "vb")
                for index in range(3)
            ],
        }
    )


def test_candidate_swaps_exchange_alike_sites_and_versions_with_their_sites() -> None:
    """Three swaps of sites within each version, and one of the versions that carries their sites along; none across."""
    platform = build_platform(_two_versions_at_three_sites_each(), Faults(bugs=1), by_entry=True)
    swaps = candidate_swaps(platform)
    names = [member.name for member in platform.servers]
    exchanged = {
        tuple(sorted((names[one], names[other]) for one, other in enumerate(swap.servers) if one < other))
        for swap in swaps
    }
    pairs = ((0, 1), (0, 2), (1, 2))
    within = {((f"{version}{one}", f"{version}{other}"),) for version in ("va", "vb") for one, other in pairs}
    assert exchanged == within | {(("va0", "vb0"), ("va1", "vb1"), ("va2", "vb2"))}
    version_swap = next(swap for swap in swaps if swap.units != (0, 1))
    expected_sites = [f"vb-site{index}" for index in range(3)] + [f"va-site{index}" for index in range(3)]
    assert [platform.sites[image] for image in version_swap.sites] == expected_sites


def _every_exchange_of_two_servers(platform: Platform) -> tuple[Swap, ...]:
    """Swaps that exchange two servers and nothing else, whether alike or not: candidates, mostly wrong."""
    identity = tuple(range(len(platform.servers)))
    swaps = []
    for one, other in itertools.combinations(identity, 2):
        servers = list(identity)
        servers[one], servers[other] = other, one
        sites, units = tuple(range(len(platform.sites))), tuple(range(len(platform.units)))
        swaps.append(Swap(servers=tuple(servers), sites=sites, units=units))
    return tuple(swaps)


@settings(max_examples=8, deadline=None)
@given(raw_designs(max_servers=3), raw_faults())
def test_swaps_that_are_no_symmetry_cost_no_cut_set(raw: dict, faults: dict) -> None:
    """Images under wrong swaps are replayed and dropped: the cut sets stay the brute force's."""
    wrong = [(cutsets, name, _every_exchange_of_two_servers) for name in ("candidate_swaps", "image_swaps")]
    found, expected = _searched_and_brute_force(raw, faults, wrong, encoding="servers")
    assert found == expected


def _searched_and_brute_force(
    raw: dict, faults: dict, patches: list[tuple[object, str, object]], **options: str
) -> tuple[list, list]:
    """The search's cut sets of a random claim, each (object, attribute, value) of `patches` set; the brute force's."""
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    with pytest.MonkeyPatch.context() as patch:
        for target, name, value in patches:
            patch.setattr(target, name, value)
        found = [cut.written for cut in minimal_cut_sets(design, claim, **options)]
    return found, _brute_force(design, claim)


def _staged_at_four_sites() -> spec.Design:
    """Four servers at four sites, the change staged one at a time: no two sites alike, for their roll-out slots."""
    servers = [{"name": f"s{index}", "site": f"site{index}", "version": "v"} for index in range(4)]
    return design_from_dict(
        {
            "name": "staged",
            "service": {"demand": 2},
            "routing": {"health_check": "end_to_end"},
            "versions": [{"name": "v"}],
            "servers": servers,
            "change": {"strategy": "staged", "batch": 1, "bake": 1, "order": [server["name"] for server in servers]},
        }
    )


def test_a_staged_roll_out_has_no_candidate_swap_but_its_cut_sets_come_from_images(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Swaps blind to the roll-out slots turn a few solver answers into every set of three servers lost.

    Three of the four servers go, each by its crash or by its site, or the
    bug and two more: the sets equal those found without image swaps.
    """
    design = _staged_at_four_sites()
    claim = Claim(name="one bug", expect="holds", faults=Faults(bugs=1))
    platform = build_platform(design, unlimited(claim), by_entry=True)
    assert candidate_swaps(platform) == () and len(image_swaps(platform)) == 6
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cutsets, "image_swaps", candidate_swaps)
        without_images = [cut.written for cut in minimal_cut_sets(design, claim)]
    answers = _solver_answers(monkeypatch)
    with_images = [cut.written for cut in minimal_cut_sets(design, claim)]
    assert with_images == without_images
    assert len(with_images) > 3 * len(answers)


def test_swaps_are_proved_symmetries_of_the_encoded_system_before_they_prune_the_search() -> None:
    """The six alike sites of 2021: every swap proved; servers exchanged without their sites or capacities: none."""
    design = spec.load_design(ORANGE)
    platform = build_platform(design, unlimited(design.claims[0]), by_entry=True)
    assert len(cutsets._Search(platform, "servers", Deadline(60)).symmetries) == 15
    unlike = design_from_dict(
        {
            "name": "unlike",
            "service": {"demand": 2},
            "versions": [{"name": "v1"}],
            "servers": [
                {"name": "big", "site": "north", "version": "v1", "capacity": 2},
                {"name": "small", "site": "south", "version": "v1"},
                {"name": "spare", "site": "south", "version": "v1"},
            ],
        }
    )
    platform = build_platform(unlike, unlimited(Claim(name="any", expect="holds", faults=Faults())), by_entry=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cutsets, "candidate_swaps", _every_exchange_of_two_servers)
        search = cutsets._Search(platform, "servers", Deadline(60))
    names = [member.name for member in platform.servers]
    assert [[names[index] for index in swap.servers] for swap in search.symmetries] == [["big", "spare", "small"]]


def test_cutsets_command_json_lists_the_order_one_set_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cutsets", str(ORANGE), "--claim", BUG_CLAIM, "--max-order", "1", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document == {"design": "orange-2021", "claim": BUG_CLAIM, "cut_sets": [["bug:cs-2021"]], "beyond_budgets": [[]]}


def test_cutsets_command_flags_single_points_of_failure(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cutsets", str(ORANGE), "--claim", BUG_CLAIM, "--max-order", "4"]) == 0
    out = capsys.readouterr().out
    assert "order 1: bug:cs-2021   <- single point of failure\n" in out
    assert "241 minimal cut sets; 1 single point of failure; 240 beyond the claim's hypothesis" in out


CRASH_CLAIM = "four independent crashes are not"


def test_a_crash_only_claim_s_cut_sets_say_the_budgets_are_ignored_and_mark_what_the_claim_does_not_allow(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["cutsets", str(ORANGE), "--claim", CRASH_CLAIM, "--max-order", "4"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == "  minimal cut sets (bug scope version, trigger change, latency 0, up to order 4)"
    assert lines[2] == (
        "  cut sets ignore the claim's budgets (bugs = 0, crashes = 4, site_losses = 0): a cut set is any minimal "
        "set of faults that breaks the design; those beyond the claim's hypothesis are marked"
    )
    assert lines[3] == "  order 1: bug:cs-2021   <- single point of failure; beyond the claim's hypothesis (bugs = 0)"
    assert "  order 4: crash:cs1 crash:cs2 crash:cs3 crash:cs4" in lines, "four crashes: within the claim, unmarked"
    assert "  order 4: crash:cs1 crash:cs2 crash:cs3 site:toulouse   <- beyond the claim's hypothesis (site_losses = 0)" in lines
    # C(6, 4) sets of crashes alone are within; the bug and the 225 sets with a site loss are not
    assert lines[-1] == "241 minimal cut sets; 1 single point of failure; 226 beyond the claim's hypothesis"


def test_cutsets_json_gives_the_budgets_each_cut_set_exceeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cutsets", str(ORANGE), "--claim", CRASH_CLAIM, "--max-order", "4", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    beyond = dict(zip(map(tuple, document["cut_sets"]), map(tuple, document["beyond_budgets"]), strict=True))
    assert beyond[("bug:cs-2021",)] == ("bugs",)
    assert beyond[("crash:cs1", "crash:cs2", "crash:cs3", "crash:cs4")] == ()
    assert beyond[("site:lille", "site:lyon", "site:marseille", "site:paris")] == ("site_losses",)


_TWO_SERVERS = {
    "name": "linked",
    "service": {"demand": 1},
    "versions": [{"name": "v1"}],
    "servers": [{"name": "a", "version": "v1"}, {"name": "b", "version": "v1"}],
}
_LINKED = design_from_dict({**_TWO_SERVERS, "links": [{"between": ["a", "b"]}]})
"""Two servers linked: where messages set bugs off, a restart can matter."""


@pytest.mark.parametrize(
    ("events", "faults", "exceeded"),
    [
        (("bug:v1",), Faults(bugs=1), ()),
        (("bug:v1",), Faults(crashes=3), ("bugs",)),
        (("crash:p*3",), Faults(crashes=2), ("crashes",)),
        (("crash:p*2", "crash:lone"), Faults(crashes=2), ("crashes",)),
        (("crash:p*2", "site:north"), Faults(crashes=2, site_losses=1), ()),
        (("bug:v1", "restart:node*2"), Faults(bugs=1, trigger="message", restarts=1), ("restarts",)),
        (("bug:v1", "crash:p*9", "site:a", "site:b"), Faults(bugs=None, crashes=None, site_losses=None), ()),
    ],
)
def test_a_cut_set_is_beyond_the_budgets_it_uses_more_of(events: tuple[str, ...], faults: Faults, exceeded: tuple[str, ...]) -> None:
    """A pool's `crash:<pool>*k` counts k crashes; an unlimited budget (`None`) is never exceeded."""
    searched = cutsets.searched_platform(_LINKED, Claim(name="c", expect="holds", faults=faults))
    assert cutsets.beyond_budgets(cutsets.CutSet(tuple(map(Event.parse, events)), order=0), searched, faults) == exceeded


def _budgets(design: Design, faults: Faults) -> list[str]:
    return list(cutsets.budgets(cutsets.searched_platform(design, Claim(name="c", expect="holds", faults=faults)), faults))


def test_restarts_are_a_budget_only_where_a_restart_can_matter() -> None:
    """Where messages set bugs off over links, even under a restart budget of 0 (the search lifts it); not without links."""
    assert _budgets(_LINKED, Faults(crashes=1)) == ["bugs", "crashes", "site_losses"]
    assert _budgets(_LINKED, Faults(trigger="message")) == ["bugs", "crashes", "site_losses", "restarts"]
    assert _budgets(_LINKED, Faults(trigger="message", restarts=0)) == ["bugs", "crashes", "site_losses", "restarts"]
    assert _budgets(design_from_dict(_TWO_SERVERS), Faults(trigger="message")) == ["bugs", "crashes", "site_losses"]


_SPLIT_POOL = """
name = "split"
[service]
demand = 1
[[versions]]
name = "a"
[[servers]]
name = "p"
version = "a"
count = 4
[change]
strategy = "staged"
batch = 2
[[claims]]
name = "one bug"
expect = "violated"
faults = { bugs = 1 }
"""


_SPLIT_LINKED_POOL = _SPLIT_POOL.replace("faults = { bugs = 1 }", 'faults = { bugs = 1, trigger = "message" }') + """
[[links]]
between = ["p", "p"]
"""
"""The same pool with its members linked, where messages set bugs off: its roll-out slots cannot be joined (a class
carries no link sides), so it stays split over classes."""


def test_a_pool_split_over_roll_out_slots_is_named_by_pool_as_a_whole_pool_is() -> None:
    """Its members differ only in their roll-out slot, so `crash:p*4` stands for any four of them, found on the
    pool counted across its batches; `encoding="servers"` names each member."""
    design = spec.parse_design(_SPLIT_POOL)
    for encoding in ("auto", "counting"):
        assert [cut.written for cut in minimal_cut_sets(design, design.claims[0], encoding=encoding)] == [("bug:a",), ("crash:p*4",)]
    per_member = [cut.written for cut in minimal_cut_sets(design, design.claims[0], encoding="servers")]
    assert per_member == [("bug:a",), ("crash:p-1", "crash:p-2", "crash:p-3", "crash:p-4")]
    assert cutsets.pools_counted(design, design.claims[0].faults) == {"p"}


def test_counting_a_pool_split_over_roll_out_slots_is_refused_in_the_argument_s_own_words() -> None:
    """The library names its argument, `encoding="servers"`; a command-line flag would mean nothing to its caller."""
    design = spec.parse_design(_SPLIT_LINKED_POOL)
    with pytest.raises(ValueError, match='encoding="counting": .* its cut sets need encoding="servers"') as raised:
        minimal_cut_sets(design, design.claims[0], encoding="counting")
    assert "--" not in str(raised.value)
    per_member = [cut.written for cut in minimal_cut_sets(design, design.claims[0], encoding="servers")]
    restarts = [("bug:a", f"restart:p-{member}") for member in range(1, 5)]
    assert per_member == [*restarts, ("crash:p-1", "crash:p-2", "crash:p-3", "crash:p-4")]


def test_the_command_line_names_its_own_option_for_a_split_pool(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    design = tmp_path / "split.toml"
    design.write_text(_SPLIT_LINKED_POOL)
    assert main(["cutsets", str(design), "--claim", "one bug", "--encoding", "counting"]) == 2
    assert capsys.readouterr().err == (
        f"callspec: error: {design}: --encoding counting: a pool's members are in different roll-out slots: "
        "its cut sets need --encoding servers\n"
    )


def _brute_force(design: spec.Design, claim: Claim) -> list[tuple[str, ...]]:
    """Minimal cut sets by trying every subset by increasing size, each decided by PDR."""
    events = sorted(events_used(build_platform(design, unlimited(claim))), key=str)
    found: list[frozenset[Event]] = []
    for size in range(len(events) + 1):
        for subset in map(frozenset, itertools.combinations(events, size)):
            if not any(cut <= subset for cut in found) and is_cut_set(design, claim, subset):
                found.append(subset)
    return sorted((tuple(sorted(map(str, cut))) for cut in found), key=lambda cut: (len(cut), cut))


@settings(max_examples=12)
@given(raw_designs(max_servers=2), raw_faults())
def test_cut_sets_are_minimal_and_complete(raw: dict, faults: dict) -> None:
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    assert [cut.written for cut in minimal_cut_sets(design, claim)] == _brute_force(design, claim)


@settings(max_examples=8, deadline=None)
@given(raw_designs(max_servers=2), raw_faults())
def test_cut_sets_are_minimal_and_complete_when_no_proof_of_pdr_passes_its_re_check(raw: dict, faults: dict) -> None:
    """A proof of PDR that fails its re-check proves nothing (`None`): bounded model checking decides, and is right."""
    unproved = [
        (cutsets._Search, "inductive_as_it_stands", lambda self, order: False),
        (cutsets._Search, "proved_exhausted", lambda self, order, as_it_stands=True: None),
    ]
    found, expected = _searched_and_brute_force(raw, faults, unproved)
    assert found == expected


@settings(max_examples=10, deadline=None)
@given(raw_designs(max_servers=3), raw_faults(), st.integers(0, 3), st.booleans())
def test_the_choice_of_enabled_events_is_a_lemma_of_the_proofs_that_orders_are_exhausted(
    raw: dict, faults: dict, order: int, blocked: bool
) -> None:
    """`_Search.restricted`: the events enabled, the blocked sets and the runs within them are inductive lemmas.

    PDR drops lemmas it cannot check inductive, silently and at a cost: without these, AT&T's three regions took
    128 s to be proved free of cut sets up to order 2; with them, 0.9 s.
    """
    design = design_from_dict(raw)
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    platform = build_platform(design, unlimited(claim), by_entry=True)
    search = cutsets._Search(platform, "servers", Deadline(60))
    if blocked:
        search.block_supersets(cutsets._Run(adversary=None, used={search.events[0]: 1}, events=frozenset()))
    system = search.restricted(order)
    assert set(system.lemma_answers(Deadline(60), longest=60).values()) == {"unsat"}
    frame = system.state_frame("x")
    beyond = z3.Solver()
    beyond.add(system.lemmas(frame), z3.Sum(*(frame[f"enabled:{event.name}"] for event in search.events)) > order)
    assert beyond.check() == z3.unsat


def _expanded(design: spec.Design, cuts: list) -> list[tuple[str, ...]]:
    """Cut sets up to symmetry written out member by member: `crash:<pool>*k` as every k of its members."""
    sets: set[tuple[str, ...]] = set()
    for cut in cuts:
        choices = []
        for event in cut.written:
            if "*" in event:
                pool, amount = event.removeprefix("crash:").rsplit("*", 1)
                members = design.pool_members(pool)
                choices.append([tuple(f"crash:{m}" for m in chosen) for chosen in itertools.combinations(members, int(amount))])
            else:
                choices.append([(event,)])
        for picked in itertools.product(*choices):
            sets.add(tuple(sorted(event for part in picked for event in part)))
    return sorted(sets, key=lambda cut: (len(cut), cut))


@settings(max_examples=4, deadline=None)
@given(st.integers(2, 3), st.integers(1, 2), st.sampled_from(["liveness", "end_to_end"]), st.integers(1, 3), raw_faults())
def test_pool_cut_sets_up_to_symmetry_expand_to_the_per_member_ones(
    size: int, single_capacity: int, health_check: str, demand: int, faults: dict
) -> None:
    """A pool's crashes named once per count, written out member by member, are the per-member cut sets."""
    design = spec.parse_design(pooled_design(demand, health_check, size, f'name = "lone"\ncapacity = {single_capacity}'))
    claim = Claim(name="random", expect="holds", faults=faults_from_dict(faults))
    symmetric = minimal_cut_sets(design, claim)
    per_member = [cut.written for cut in minimal_cut_sets(design, claim, encoding="servers")]
    assert _expanded(design, symmetric) == per_member == _brute_force(design, claim)


def test_a_pool_is_named_once_with_a_count() -> None:
    """Three interchangeable servers needed by a demand of three: any one crash is a cut set, written `crash:p*1`."""
    design = spec.parse_design(
        """
name = "pooled"
[service]
demand = 3
[[versions]]
name = "a"
[[servers]]
name = "p"
site = "north"
version = "a"
count = 3
"""
    )
    cuts = minimal_cut_sets(design, Claim(name="c", expect="holds", faults=Faults(bugs=1)))
    assert [(cut.written, cut.order) for cut in cuts] == [(("crash:p*1",), 1), (("site:north",), 1)]


def _two_of_three(idle: bool) -> spec.Design:
    """Three servers of one version at three sites, two needed: the bug alone, or any two servers down.

    With `idle`, a fourth server of another version and no capacity, at a
    site of its own, adds three events that belong to no cut set (end-to-end
    checks take it out of the routing when its bug goes off).
    """
    servers = [{"name": f"s{index}", "site": f"site{index}", "version": "v1"} for index in range(3)]
    if idle:
        servers.append({"name": "standby", "site": "site3", "version": "v2", "capacity": 0})
    return design_from_dict(
        {
            "name": "two-of-three",
            "service": {"demand": 2},
            "routing": {"health_check": "end_to_end"},
            "versions": [{"name": "v1"}, *([{"name": "v2"}] if idle else [])],
            "servers": servers,
            "change": {"strategy": "all_at_once"},
        }
    )


@pytest.mark.parametrize("shallow", [1, 4], ids=["shallow-from-1", "shallow-from-4"])
@pytest.mark.parametrize(
    ("idle", "progress_expected"),
    [(False, [(1, 8), (2, 8), (8, 8)]), (True, [(1, 11), (2, 11), (3, 11), (11, 11)])],
    ids=["ends-when-every-set-left-holds-a-cut-set", "ends-after-the-first-empty-order"],
)
def test_shallow_unrollings_and_the_early_end_keep_the_cut_sets(
    shallow: int, idle: bool, progress_expected: list[tuple[int, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cut sets found by shallow unrollings first are the brute force's, and the search ends early.

    Seven events (three crashes, three sites, the bug): cut sets at orders 1
    and 2, and every set of three events holds one of them, so the search
    ends after order 2 with no proof above it. With the idle server (ten
    events), sets of up to five events hold none: order 3 is proved empty,
    and then one query at order 5's complete depth ends the search instead
    of proving orders 4 and 5 one by one.
    """
    monkeypatch.setattr(cutsets._Search, "SHALLOW", shallow)
    design = _two_of_three(idle)
    claim = Claim(name="two of three", expect="holds", faults=Faults(bugs=1))
    progress: list[tuple[int, int]] = []
    cuts = minimal_cut_sets(design, claim, on_order=lambda done, orders: progress.append((done, orders)))
    assert [cut.written for cut in cuts] == _brute_force(design, claim)
    assert [cut.order for cut in cuts] == [1] + [2] * 12
    assert progress == progress_expected


def test_a_cascading_design_that_fails_with_no_fault_has_the_empty_cut_set() -> None:
    """PDR's invariant for the restricted system fails its re-check here; bounded model checking then decides."""
    design = design_from_dict(
        {
            "name": "nothing-served",
            "service": {"demand": 1},
            "versions": [{"name": "v0"}],
            "servers": [{"name": "s0", "version": "v0", "capacity": 0}, {"name": "s1", "version": "v0", "capacity": 0}],
            "links": [{"between": ["s0", "s1"]}],
        }
    )
    claim = Claim(name="message bug", expect="holds", faults=Faults(trigger="message", restarts=0))
    assert [cut.written for cut in minimal_cut_sets(design, claim)] == [()] == _brute_force(design, claim)


@pytest.mark.parametrize("share, smallest", [("0", 1), ("0.1", 1), ("0.2", 2), ("0.34", 3)])
def test_a_lost_share_threshold_raises_the_order_of_crash_cut_sets(share: str, smallest: int) -> None:
    """The 2021 platform with `detect = 1`: each crash keeps its server routed a step, 1/6 of the calls lost apiece.

    k crashes at once lose k/6 of the calls for that step, so the smallest
    crash-only cut set is the smallest k whose share passes the threshold
    (while k <= 3 leaves the demand of 3 up).
    """
    text = ORANGE.read_text(encoding="utf-8").replace("detect = 0", "detect = 1")
    design = spec.parse_design(text.replace("max_outage = 0", f"max_outage = 0\nmax_lost_share = {share}"), "detect1.toml")
    claim = Claim(name="crashes", expect="holds", faults=Faults(crashes=6))
    cuts = minimal_cut_sets(design, claim, max_order=3)
    crash_only = [cut for cut in cuts if all(event.kind == "crash" for event in cut.events)]
    assert min(cut.order for cut in crash_only) == smallest


def test_a_bug_the_roll_out_reaches_late_is_asked_for_as_deep_as_its_damage_can_spread() -> None:
    """`_late_events`: pool `b`, on a codebase of its own, is reached at step 13 (four of `a` before it, one every three
    steps); a bug of latency up to 2 there is asked for to step 13 + 2 * 2 + 3 + 4. The bug of `a`, reached at step 1,
    shows within the shallow unrolling; and the cut set the late bug makes is found, and minimal."""
    raw = {
        "name": "late",
        "service": {"demand": 6, "max_outage": 1},
        "routing": {"health_check": "liveness", "detect": 1},
        "versions": [{"name": "x", "codebase": "x"}, {"name": "y", "codebase": "y"}],
        "servers": [{"name": "a", "version": "x", "count": 4}, {"name": "b", "version": "y", "count": 4}],
        "change": {"strategy": "staged", "batch": 1, "bake": 2},
    }
    design = design_from_dict(raw)
    claim = Claim(name="a bug within the bake time", expect="holds", faults=Faults(bugs=1, max_latency=2))
    search = cutsets._Search(cutsets.searched_platform(design, claim), "servers", Deadline(60))
    assert {event.name: depth for event, depth in search.late.items()} == {"bug:y": 13 + 2 * 2 + 3 + 4}
    assert [cut.written for cut in minimal_cut_sets(design, claim, max_order=1)] == [("bug:x",), ("bug:y",)]
