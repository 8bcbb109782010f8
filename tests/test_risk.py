"""Risk figures: closed forms, brute force over every subset of events, the `[risk]` table and `callspec risk`."""

from __future__ import annotations

import itertools
import json
import math
import xml.etree.ElementTree as ElementTree
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spec.analysis.cutsets import CutSet, is_cut_set, minimal_cut_sets
from spec.events import Event
from spec.analysis.mef import mef_document
from spec.analysis.risk import CutSetDiagram, EventModel, PoolCrash, at_least, p_beta, p_independent, risk_figures
from spec.cli import main
from spec.report.risk_table import times
from spec.design import Claim, DesignError, Faults, design_from_dict, load_design, parse_design

MODELS = Path(__file__).resolve().parent.parent / "models"
ORANGE = MODELS / "orange_2021.toml"
BUG_CLAIM = "one common-mode bug defeats 3-of-6"
RISK = {"p_bug": 0.01, "p_crash": 0.05, "p_site": 0.002, "windows_per_year": 12, "outage_hours": 2, "calls_per_hour": 100}


def k_of_n(servers: int, demand: int, risk: dict | None = None, sites: bool = True, versions: int = 1) -> dict:
    """`servers` servers of capacity 1, one site each, round-robin over `versions` versions, each of its own codebase."""
    return {
        "name": f"k-of-n-{servers}",
        "service": {"demand": demand},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": f"v{index}"} for index in range(versions)],
        "servers": [
            {"name": f"s{index}", "version": f"v{index % versions}", **({"site": f"site{index}"} if sites else {})}
            for index in range(servers)
        ],
        "change": {"strategy": "all_at_once"},
        "risk": dict(RISK if risk is None else risk),
        "claims": [{"name": "one bug", "expect": "holds", "faults": {"bugs": 1}}],
    }


def exact(value: float) -> Fraction:
    return Fraction(repr(value))


def binomial_tail(failed_at_least: int, n: int, q: Fraction) -> Fraction:
    """The closed form of the k-of-n argument: at least m of n fail."""
    return sum((math.comb(n, j) * q**j * (1 - q) ** (n - j) for j in range(failed_at_least, n + 1)), Fraction(0))


@pytest.mark.parametrize(("servers", "demand"), [(6, 3), (3, 2), (2, 1), (4, 4), (5, 1)])
def test_p_independent_is_the_k_of_n_binomial(servers: int, demand: int) -> None:
    design = design_from_dict(k_of_n(servers, demand))
    q = 1 - (1 - exact(RISK["p_bug"])) * (1 - exact(RISK["p_crash"])) * (1 - exact(RISK["p_site"]))
    claim = design.claims[0]
    assert p_independent(design, claim, design.risk) == binomial_tail(servers - demand + 1, servers, q)


def test_the_2021_argument_at_q_1e_3_is_about_1_5e_11() -> None:
    design = design_from_dict(k_of_n(6, 3, {"p_crash": 0.001}))
    assert p_independent(design, design.claims[0], design.risk) == pytest.approx(15 * 1e-12, rel=0.01)


@pytest.mark.parametrize(("servers", "demand", "beta"), [(6, 3, 0.05), (2, 1, 0.05), (3, 2, 0.1), (6, 3, 0.02)])
def test_p_beta_is_the_textbook_beta_factor_formula(servers: int, demand: int, beta: float) -> None:
    risk = {"p_crash": 0.001, "beta": beta}
    design = design_from_dict(k_of_n(servers, demand, risk))
    q, b = exact(0.001), exact(beta)
    expected = b * q + (1 - b * q) * binomial_tail(servers - demand + 1, servers, (1 - b) * q)
    assert p_beta(design, design.claims[0], design.risk) == expected


@pytest.mark.parametrize(("servers", "demand", "published"), [(2, 1, 5.09e-5), (3, 2, 5.27e-5), (6, 3, 5.00e-5)])
def test_p_beta_matches_the_published_figures(servers: int, demand: int, published: float) -> None:
    design = design_from_dict(k_of_n(servers, demand, {"p_crash": 0.001, "beta": 0.05}))
    assert float(p_beta(design, design.claims[0], design.risk)) == pytest.approx(published, rel=0.01)


def brute_force(events: dict[str, Fraction], is_cut: object) -> Fraction:
    """The probability that the drawn events form a cut set, summed over every subset of events."""
    names = sorted(events)
    total = Fraction(0)
    for chosen in itertools.product((False, True), repeat=len(names)):
        drawn = frozenset(name for name, on in zip(names, chosen) if on)
        if is_cut(drawn):  # type: ignore[operator]
            total += math.prod((events[n] if on else 1 - events[n] for n, on in zip(names, chosen)), start=Fraction(1))
    return total


def test_p_window_equals_the_brute_force_over_every_subset_decided_by_pdr() -> None:
    """Three servers at one site each, demand 2: every subset of the 7 events is decided at every depth by PDR."""
    design = design_from_dict(k_of_n(3, 2, versions=2))
    claim = design.claims[0]
    events = {event: design.risk.probability(Event.parse(event)) for event in ("crash:s0", "crash:s1", "crash:s2", "site:site0", "site:site1", "site:site2", "bug:v0", "bug:v1")}
    decided: dict[frozenset[str], bool] = {}

    def cut(drawn: frozenset[str]) -> bool:
        if drawn not in decided:
            below = [decided[smaller] for smaller in decided if smaller <= drawn and decided[smaller]]
            decided[drawn] = bool(below) or is_cut_set(design, claim, frozenset(map(Event.parse, drawn)))
        return decided[drawn]

    # Decide subsets smallest first, so that a superset of a known cut set costs no solver call.
    for size in range(len(events) + 1):
        for drawn in itertools.combinations(sorted(events), size):
            cut(frozenset(drawn))
    figures = risk_figures(design, claim)
    assert figures.p_window == brute_force(events, cut) > 0
    assert figures.p_window <= figures.mcub <= figures.rare_event


def members(cuts: list[tuple[str, ...]], sizes: dict[str, int]) -> object:
    """Whether a drawn set of member crashes and other events includes a cut set written up to symmetry."""

    def includes(drawn: frozenset[str]) -> bool:
        for cut in cuts:
            if all(_has(drawn, event, sizes) for event in cut):
                return True
        return False

    return includes


def _has(drawn: frozenset[str], event: str, sizes: dict[str, int]) -> bool:
    if "*" not in event:
        return event in drawn
    counted, count = event.rsplit("*", 1)
    pool = counted.split(":", 1)[1]
    return sum(1 for member in range(1, sizes[pool] + 1) if f"{counted}-{member}" in drawn) >= int(count)


COUNTED = ("crash:p", "crash:r", "restart:p")


@st.composite
def cut_families(draw: st.DrawFn) -> tuple[list[tuple[str, ...]], dict[str, int], dict[str, Fraction]]:
    """Random families of cut sets over two plain events and two pools (the crashes of both, the restarts of one),
    as the symmetric search writes them."""
    sizes = {"p": draw(st.integers(1, 3)), "r": draw(st.integers(1, 3))}
    vocabulary = ["bug:a", "site:x", *(f"{counted}*{k}" for counted in COUNTED for k in range(1, sizes[counted.split(":")[1]] + 1))]
    family = draw(st.lists(st.sets(st.sampled_from(vocabulary), min_size=1, max_size=3), min_size=0, max_size=5))
    cuts = [tuple(sorted(cut)) for cut in family if len({e.split("*")[0] for e in cut}) == len(cut)]
    probability = st.fractions(min_value=0, max_value=1, max_denominator=20)
    plain = {"bug:a": draw(probability), "site:x": draw(probability)}
    return cuts, sizes, {**plain, **{counted: draw(probability) for counted in COUNTED}}


@settings(max_examples=60, deadline=None)
@given(cut_families())
def test_the_diagram_with_pool_thresholds_equals_the_brute_force_over_members(family: tuple) -> None:
    """Binomial thresholds as prefixes of independent variables give the exact probability, and the exact importance."""
    cuts, sizes, probabilities = family
    model = EventModel(
        plain={event: p for event, p in probabilities.items() if event not in COUNTED},
        pools={counted: PoolCrash(counted.split(":")[1], sizes[counted.split(":")[1]], probabilities[counted]) for counted in COUNTED},
    )
    diagram = CutSetDiagram([CutSet(tuple(map(Event.parse, cut)), len(cut)) for cut in cuts], model)
    events = {
        **model.plain,
        **{f"{counted}-{m}": probabilities[counted] for counted in COUNTED for m in range(1, sizes[counted.split(":")[1]] + 1)},
    }
    includes = members(cuts, sizes)
    assert diagram.probability() == brute_force(events, includes)
    for event, importance in diagram.birnbaum().items():
        member = f"{event}-1" if event in COUNTED else event
        occurs = brute_force({**events, member: Fraction(1)}, includes)
        not_occurs = brute_force({**events, member: Fraction(0)}, includes)
        assert importance == occurs - not_occurs, event
    diagram.release()


def test_at_least_is_the_binomial_tail() -> None:
    q = Fraction(1, 7)
    assert at_least(0, 4, q) == 1
    assert at_least(1, 4, q) == 1 - (1 - q) ** 4
    assert at_least(4, 4, q) == q**4
    assert at_least(5, 4, q) == 0


def test_a_pool_and_its_members_written_out_give_the_same_p_window() -> None:
    """Up to symmetry (crash:<pool>*k, binomial) and per member (the servers encoding): the same exact number."""
    raw = k_of_n(4, 2, sites=False)
    raw["servers"] = [{"name": "pool", "version": "v0", "count": 4}]
    design = design_from_dict(raw)
    claim = design.claims[0]
    symmetric = risk_figures(design, claim)
    assert any("*" in event for cut in symmetric.cut_sets for event in cut.written)
    per_member = risk_figures(design, claim, minimal_cut_sets(design, claim, encoding="servers"))
    assert symmetric.p_window == per_member.p_window
    assert symmetric.p_independent == per_member.p_independent


def test_the_2021_bug_claim_is_at_least_100_times_the_independence_figure() -> None:
    """Cut sets of order 1 alone already give a lower bound on p_window (the whole search is the external test's)."""
    design = load_design(ORANGE)
    claim = next(claim for claim in design.claims if claim.name == BUG_CLAIM)
    figures = risk_figures(design, claim, max_order=1)
    assert [cut.written for cut in figures.cut_sets] == [("bug:cs-2021",)]
    assert figures.p_window >= 100 * figures.p_independent
    assert figures.p_window / figures.p_independent > 10**7
    assert figures.p_rest_at_most is not None and figures.p_rest_at_most < figures.p_window / 100


def test_outages_and_calls_lost_a_year() -> None:
    design = design_from_dict(k_of_n(2, 1))
    figures = risk_figures(design, design.claims[0])
    assert figures.outages_per_year == 12 * figures.p_window
    assert figures.calls_lost_per_year == figures.outages_per_year * 2 * 100


# The [risk] table: validation


def with_risk(risk_lines: str) -> str:
    return (ORANGE.read_text().split("[risk]")[0]) + "[risk]\n" + risk_lines


@pytest.mark.parametrize(
    ("lines", "field", "words"),
    [
        ("p_bug = 1.5\n", "risk.p_bug", "at most 1"),
        ("p_crash = -0.1\n", "risk.p_crash", "negative"),
        ("windows_per_year = 0\n", "risk.windows_per_year", "above 0"),
        ("calls_per_hour = -3\n", "risk.calls_per_hour", "above 0"),
        ("outage_hours = \"long\"\n", "risk.outage_hours", "must be a number"),
        ("p_bug = 0.1\n[risk.p]\n\"bug:nowhere\" = 0.1\n", 'risk.p."bug:nowhere"', "no basic event"),
        ("[risk.p]\n\"site:lille\" = 2\n", 'risk.p."site:lille"', "at most 1"),
        ("beta = 0.1\nbeta_typo = 1\n", "risk.beta_typo", "unknown field"),
    ],
)
def test_bad_figures_are_located_errors(lines: str, field: str, words: str) -> None:
    text = with_risk(lines)
    with pytest.raises(DesignError) as caught:
        parse_design(text, "orange.toml")
    error = caught.value
    assert error.field_path == field and words in error.problem
    assert error.line is not None and text.splitlines()[error.line - 1].split("=")[0].strip().strip('"') in field


def test_overrides_apply_per_event_and_per_pool() -> None:
    design = parse_design(with_risk('p_crash = 0.1\n[risk.p]\n"crash:cs1" = 0.5\n"bug:vendor-a" = 0.25\n'), "orange.toml")
    assert design.risk.probability(Event.parse("crash:cs1")) == Fraction(1, 2)
    assert design.risk.probability(Event.parse("crash:cs2")) == Fraction(1, 10)
    assert design.risk.probability(Event.parse("bug:vendor-a")) == Fraction(1, 4)
    raw = k_of_n(1, 1, sites=False)
    raw["servers"] = [{"name": "pool", "version": "v0", "count": 3}]
    raw["risk"] = {"p_crash": 0.1, "p": {"crash:pool": 0.3}}
    pooled = design_from_dict(raw)
    assert pooled.risk.probability(Event("crash", "pool-2"), pool="pool") == exact(0.3)
    raw["risk"] = {"p": {"crash:pool-2": 0.3}}
    with pytest.raises(DesignError, match="interchangeable"):
        design_from_dict(raw)


# callspec risk


def small_file(tmp_path: Path, risk: bool = True) -> Path:
    design = k_of_n(3, 2, versions=2)
    lines = ['name = "small"', "[service]", "demand = 2", "[routing]", 'health_check = "end_to_end"']
    lines += ['[[versions]]\nname = "v0"', '[[versions]]\nname = "v1"']
    lines += [f'[[servers]]\nname = "{s["name"]}"\nversion = "{s["version"]}"\nsite = "{s["site"]}"' for s in design["servers"]]
    lines += ['[change]\nstrategy = "all_at_once"']
    lines += ['[[claims]]\nname = "one bug"\nexpect = "holds"\nfaults = { bugs = 1 }']
    lines += ['[[claims]]\nname = "one crash"\nexpect = "holds"\nfaults = { crashes = 1 }']
    if risk:
        lines += ["[risk]", 'window = "one change"'] + [f"{key} = {value}" for key, value in RISK.items()]
    path = tmp_path / "small.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_risk_json_has_the_contract_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["risk", str(small_file(tmp_path)), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["design"] == "small"
    assert [claim["name"] for claim in document["claims"]] == ["one bug", "one crash"]
    for claim in document["claims"]:
        assert {"p_window", "rare_event", "mcub", "outages_per_year", "calls_lost_per_year", "p_independent", "p_beta", "cut_sets", "birnbaum"} <= set(claim)
        assert claim["p_window"] <= claim["mcub"] <= claim["rare_event"]
        assert claim["cut_sets"] == sorted(claim["cut_sets"], key=lambda cut: (len(cut), cut))


def test_risk_prints_a_table_a_reviewer_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["risk", str(small_file(tmp_path)), "--claim", "one bug"]) == 0
    out = capsys.readouterr().out
    for words in ("claim", "outage per window", "outages a year", "calls lost a year", "independence says", "one bug", "times as likely"):
        assert words in out


def test_risk_counts_calls_without_saying_what_calls_they_are(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The `[risk]` table gives calls an hour, not their kind: the text calls them calls, whatever the design carries."""
    assert main(["risk", str(small_file(tmp_path)), "--claim", "one bug"]) == 0
    out = capsys.readouterr().out
    assert "calls an hour" in out and "calls lost a year" in out
    assert "emergency" not in out


def test_risk_without_a_risk_table_is_exit_2_saying_what_to_add(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["risk", str(small_file(tmp_path, risk=False))]) == 2
    error = capsys.readouterr().err
    assert "no [risk] table" in error and "windows_per_year" in error and "small.toml" in error


def test_mef_and_plot_need_one_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["risk", str(small_file(tmp_path)), "--mef", str(tmp_path / "tree.xml")]) == 2
    assert "--claim" in capsys.readouterr().err


def test_the_mef_export_is_the_or_of_the_cut_sets(tmp_path: Path) -> None:
    path, tree = small_file(tmp_path), tmp_path / "tree.xml"
    assert main(["risk", str(path), "--claim", "one bug", "--mef", str(tree)]) == 0
    document = ElementTree.parse(tree).getroot()
    assert document.tag == "opsa-mef"
    (top,) = [gate for gate in document.iter("define-gate") if gate.get("name") == "top"]
    design = load_design(path)
    cuts = minimal_cut_sets(design, design.claims[0])
    products = list(top.find("or"))
    assert len(products) == len(cuts)
    written = sorted(tuple(sorted(e.get("name") for e in product.iter("basic-event"))) for product in products)
    assert written == sorted(tuple(sorted(event.replace(":", "_") for event in cut.written)) for cut in cuts)
    values = {event.get("name"): float(event.find("float").get("value")) for event in document.iter("define-basic-event")}
    assert values["bug_v0"] == RISK["p_bug"] and values["crash_s0"] == RISK["p_crash"]


def test_the_claims_budgets_do_not_change_the_figures() -> None:
    design = design_from_dict(k_of_n(2, 1, sites=False))
    crash = Claim("one crash", "holds", Faults(crashes=1))
    assert risk_figures(design, design.claims[0]).p_window == risk_figures(design, crash).p_window


def test_a_design_that_fails_without_any_fault_has_the_empty_cut_set_and_p_window_1(tmp_path: Path) -> None:
    raw = k_of_n(1, 1, sites=False)
    raw["servers"][0]["capacity"] = 0
    design = design_from_dict(raw)
    figures = risk_figures(design, design.claims[0])
    assert [cut.written for cut in figures.cut_sets] == [()]
    assert figures.p_window == figures.rare_event == figures.mcub == 1
    top = ElementTree.fromstring(mef_document("always", figures)).find("define-fault-tree/define-gate")
    assert top.find("constant").get("value") == "true"


def cascade(size: int = 2, demand: int = 1) -> dict:
    """A pool of nodes that signal one another, one version: a bug set off by messages, restarts counted in risk."""
    return {
        "name": "cascade",
        "service": {"demand": demand},
        "routing": {"health_check": "end_to_end"},
        "versions": [{"name": "v0"}],
        "servers": [{"name": "node", "version": "v0", "count": size}],
        "links": [{"between": ["node", "node"]}],
        "risk": {"p_bug": 0.1, "p_crash": 0.05, "p_restart": 0.2, "windows_per_year": 2, "outage_hours": 3, "calls_per_hour": 10},
        "claims": [{"name": "a message bug", "expect": "holds", "faults": {"bugs": 1, "trigger": "message"}}],
    }


def test_restarts_enter_p_window_exactly_as_the_brute_force_over_members_decided_by_pdr() -> None:
    """Restarts are basic events with p_restart: the pooled `restart:node*k` give the per-member brute force's figure."""
    design = design_from_dict(cascade())
    claim = design.claims[0]
    members_ = design.pool_members("node")
    events = {f"{kind}:{member}": design.risk.probability(Event(kind, member), pool="node") for kind in ("crash", "restart") for member in members_}
    events["bug:v0"] = design.risk.probability(Event("bug", "v0"))
    decided: dict[frozenset[str], bool] = {}

    def cut(drawn: frozenset[str]) -> bool:
        if drawn not in decided:
            decided[drawn] = any(decided[smaller] for smaller in decided if smaller <= drawn) or is_cut_set(design, claim, frozenset(map(Event.parse, drawn)))
        return decided[drawn]

    for size in range(len(events) + 1):
        for drawn in itertools.combinations(sorted(events), size):
            cut(frozenset(drawn))
    figures = risk_figures(design, claim)
    assert any(event.startswith("restart:node*") for cut_set in figures.cut_sets for event in cut_set.written)
    assert figures.p_window == brute_force(events, cut) > 0
    assert figures.p_window <= figures.mcub <= figures.rare_event
    assert "restart:node" in figures.birnbaum and figures.birnbaum["restart:node"] > 0


def test_a_restart_takes_no_server_down_in_the_independence_figure() -> None:
    """q_s has no restart term (the contract's definition): p_restart moves p_window, not p_independent or p_beta."""
    calm, restless = (design_from_dict({**cascade(), "risk": {**cascade()["risk"], "p_restart": p}}) for p in (0.001, 0.5))
    claim = calm.claims[0]
    assert p_independent(calm, claim, calm.risk) == p_independent(restless, claim, restless.risk)
    assert p_beta(calm, claim, calm.risk) == p_beta(restless, claim, restless.risk)
    cuts = [CutSet((Event("bug", "v0"), Event("restart", "node", 1)), 2), CutSet((Event("crash", "node", 2),), 2)]  # the search's, as the brute-force test checks
    assert risk_figures(calm, claim, cuts).p_window < risk_figures(restless, claim, cuts).p_window


def test_risk_covers_message_triggered_claims_and_restart_overrides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`risk` no longer refuses a message-triggered claim; `restart:<pool>` in [risk.p] sets every member."""
    path = tmp_path / "cascade.toml"
    path.write_text(
        'name = "cascade"\n[service]\ndemand = 1\n[routing]\nhealth_check = "end_to_end"\n[[versions]]\nname = "v0"\n'
        '[[servers]]\nname = "node"\nversion = "v0"\ncount = 2\n[[links]]\nbetween = ["node", "node"]\n'
        '[[claims]]\nname = "a message bug"\nexpect = "holds"\n[claims.faults]\nbugs = 1\ntrigger = "message"\n'
        '[risk]\np_bug = 0.1\np_restart = 0.2\n[risk.p]\n"restart:node" = 0.3\n',
        encoding="utf-8",
    )
    mef = tmp_path / "tree.xml"
    assert main(["risk", str(path), "--json", "--mef", str(mef)]) == 0
    (figures,) = json.loads(capsys.readouterr().out)["claims"]
    assert ["bug:v0", "restart:node*1"] in figures["cut_sets"]
    assert figures["p_window"] == pytest.approx(0.1 * (1 - 0.7**2))
    assert "restart_node_atleast1" in mef.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("ratio", "words"),
    [(Fraction(3, 2), "1.5 times"), (Fraction(123456), "about 120,000 times"), (Fraction(5 * 10**78), "about 5.0e+78 times")],
)
def test_the_ratio_to_the_independence_figure_reads_at_a_glance(ratio: Fraction, words: str) -> None:
    assert times(ratio) == words


def test_risk_past_its_time_limit_is_exit_3_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A cut-set search that passes `--timeout` ends `risk` with a one-line message, never a traceback."""
    assert main(["risk", str(MODELS / "recommended.toml"), "--timeout", "1"]) == 3
    message = capsys.readouterr().err
    assert "time limit (1 s)" in message and "--max-order" in message and message.count("\n") == 1
