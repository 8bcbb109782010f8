"""Folding a fleet by its symmetries (`spec.folding`): spared sites and units, merged classes, unchanged answers."""

from __future__ import annotations

from itertools import combinations
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import spec
from spec.analysis import cutsets
from spec.analysis.cutsets import unlimited
from spec.check import check_claim
from spec.design import Claim, Faults, design_from_dict
from spec.engine.deadline import Deadline
from spec.folding import alike, folded
from spec.platform import build_platform

MODELS = "models"


def _grid(
    versions: int, sites: int, per_pool: int, demand: int, capacities: tuple[int, ...] = (), **extra: Any
) -> dict[str, Any]:
    """`versions` versions at each of `sites` sites, a pool of `per_pool` servers per version and site.

    Version v's servers have capacity `capacities[v]` (1 if not given).
    """
    servers = [
        {
            "name": f"v{version}-s{site}",
            "site": f"s{site}",
            "version": f"v{version}",
            "capacity": capacities[version] if version < len(capacities) else 1,
            **({"count": per_pool} if per_pool > 1 else {}),
        }
        for site in range(sites)
        for version in range(versions)
    ]
    return {
        "name": "grid",
        "service": {"demand": demand},
        "versions": [{"name": f"v{version}"} for version in range(versions)],
        "servers": servers,
        **extra,
    }


def test_a_bug_and_a_site_loss_fold_a_grid_of_any_size_into_four_classes() -> None:
    """The faulty version at the lost site and elsewhere, the other versions at the lost site and elsewhere."""
    for versions, sites, per_pool in ((3, 4, 1), (10, 20, 50)):
        design = design_from_dict(_grid(versions, sites, per_pool, demand=1))
        platform = build_platform(design, Faults(bugs=1, site_losses=1, crashes=3))
        fold = folded(platform)
        assert sorted(fold.spared_sites) == list(range(1, sites)) and sorted(fold.spared_units) == list(range(1, versions))
        assert sorted(kind.size for kind in fold.classes) == sorted(
            [per_pool, (versions - 1) * per_pool, (sites - 1) * per_pool, (versions - 1) * (sites - 1) * per_pool]
        )
        assert sorted(member for kind in fold.classes for member in kind.members) == list(range(len(platform.servers)))
        assert [(server.name, server.site, server.unit) for server in fold.servers] == [
            (server.name, server.site, server.unit) for server in platform.servers
        ]


def test_unlimited_budgets_linked_servers_and_the_backup_are_not_folded() -> None:
    grid = design_from_dict(_grid(2, 3, 1, demand=1))
    unlimited_budgets = build_platform(grid, Faults(bugs=None, site_losses=None))
    assert folded(unlimited_budgets) == unlimited_budgets
    att = spec.load_design(f"{MODELS}/att_1990.toml")
    linked = build_platform(att, next(claim for claim in att.claims if claim.faults.trigger == "message"))
    assert linked.links and folded(linked) == linked
    with_backup = design_from_dict(
        {**_grid(2, 3, 1, demand=1), "backup": {"name": "bypass", "version": "v1", "site": "s0", "capacity": 1, "trigger": "outage"}}
    )
    platform = build_platform(with_backup, Faults(bugs=1, site_losses=1))
    assert [0] in alike(platform, "site") and [1] in alike(platform, "unit")
    assert 0 not in folded(platform).spared_sites and 1 not in folded(platform).spared_units


def test_sites_alike_for_folding_are_swaps_z3_proves_symmetries_of_the_encoded_system() -> None:
    """Folding's reading of "alike" is no wider than the symmetries the solver proves of the step itself."""
    design = design_from_dict(_grid(2, 3, 1, demand=3, routing={"health_check": "end_to_end"}))
    platform = build_platform(design, unlimited(Claim("any", "holds", Faults())), by_entry=True)
    proved = cutsets._Search(platform, "servers", Deadline(120)).symmetries
    for attribute, other in (("site", "units"), ("unit", "sites")):
        groups = alike(platform, attribute)
        assert any(len(group) > 1 for group in groups)
        for group in groups:
            for first, second in combinations(group, 2):
                assert any(
                    swap.over(f"{attribute}s")[first] == second and list(swap.over(other)) == sorted(swap.over(other))
                    for swap in proved
                ), (attribute, first, second)


@st.composite
def grid_claims(draw: st.DrawFn) -> tuple[dict[str, Any], Claim]:
    """A grid, sometimes with one odd server out, under a hypothesis of bugs, site losses and crashes."""
    versions, sites, per_pool = draw(st.integers(1, 3)), draw(st.integers(1, 3)), draw(st.integers(1, 2))
    capacities = tuple(draw(st.lists(st.integers(1, 2), min_size=versions, max_size=versions)))
    size = sites * per_pool * sum(capacities)
    raw = _grid(
        versions,
        sites,
        per_pool,
        demand=draw(st.integers(1, size)),
        capacities=capacities,
        routing={"health_check": draw(st.sampled_from(["liveness", "end_to_end"])), "detect": draw(st.integers(0, 1))},
    )
    if draw(st.booleans()):
        raw["servers"].append({"name": "odd", "site": f"s{draw(st.integers(0, sites - 1))}", "version": "v0", "capacity": draw(st.integers(1, 3))})
    raw["change"] = draw(st.sampled_from([{"strategy": "all_at_once"}, {"strategy": "staged", "batch": 2, "bake": 1}]))
    faults = Faults(
        bugs=draw(st.integers(0, 2)),
        site_losses=draw(st.integers(0, 2)),
        crashes=draw(st.integers(0, 2)),
        trigger=draw(st.sampled_from(["change", "input"])),
        max_latency=draw(st.integers(0, 1)),
    )
    return raw, Claim("c", "holds", faults)


@settings(max_examples=30, deadline=None)
@given(grid_claims())
def test_folded_and_unfolded_fleets_give_the_same_verdicts_and_lengths(drawn: tuple[dict[str, Any], Claim]) -> None:
    """Checked folded (counted) and unfolded (per server): the same verdict, and the same length when violated."""
    raw, claim = drawn
    design = design_from_dict(raw)
    unfolded = check_claim(design, claim, encoding="servers")
    fold = check_claim(design, claim, encoding="counting")
    assert "unknown" not in (unfolded.outcome, fold.outcome)
    assert (fold.outcome, fold.length) == (unfolded.outcome, unfolded.length)
