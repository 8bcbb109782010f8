"""Folding a fleet by its symmetries: the servers no fault of the claim can tell apart are counted as one class.

A fleet of ten versions over twenty sites has two hundred classes of
servers, but a claim of one bug and one site loss touches one version and
one site. Two sites that hold alike classes (the same bug unit, capacity,
roll-out slot and size, class for class) can trade places, servers and
all, and no rule of the semantics tells the difference: a server is read
only through its class, its site through its `lost` flag. So can two bug
units whose classes are alike site for site. Whichever sites the adversary
loses and whichever units it makes faulty, a permutation of alike sites
and one of alike units map the run onto a run that chooses the first of
each set of alike ones (in name order), with the same service at every
step: the same verdict, the same length, the same faults.

So a folded platform keeps, of every set of alike sites, as many as the
claim may lose, and spares the rest (`Platform.spared_sites`: the
adversary may not lose them); likewise for bug units and the bug budget
(`Platform.spared_units`). A spared site is never lost and a spared unit
never faulty, so their servers differ in nothing a rule reads, and their
classes merge, the members of all in one. The two hundred classes of a
claim with one bug and one site loss become four (the faulty version at
the lost site and elsewhere, the other versions at the lost site and
elsewhere), whatever the size of the fleet.

A folded platform keeps every server, site and unit at its index: its runs
are runs of the platform itself, and a counterexample found on it replays
on the platform unfolded. Where links join servers nothing is folded:
messages follow the links, which would tell merged servers apart.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spec.engine.deadline import Deadline
from spec.platform import Platform, ServerClass
from spec.symmetry import class_facts, class_profile


def folded(platform: Platform, deadline: Deadline | None = None) -> Platform:
    """`platform` with the sites and units its claim's budgets cannot all reach spared, and their classes merged.

    With a `deadline`, the folding stops with `TimedOut` once it has passed, checked per class.
    """
    deadline = deadline or Deadline(None)
    if platform.links:
        return platform
    spared_sites = _beyond(alike(platform, "site"), platform.faults.site_losses)
    spared_units = _beyond(alike(platform, "unit"), platform.faults.bugs)
    if not spared_sites and not spared_units:
        return platform
    groups: dict[tuple, list[ServerClass]] = {}
    for server_class in platform.classes:
        deadline.check("the platform was being folded")
        site = None if server_class.site in spared_sites else server_class.site
        unit = None if server_class.unit in spared_units else server_class.unit
        groups.setdefault((class_facts(server_class, "site", "unit"), site, unit), []).append(server_class)
    classes = tuple(
        replace(merged[0], site=site, members=tuple(sorted(member for server_class in merged for member in server_class.members)))
        for (_, site, _), merged in groups.items()
    )
    class_of = {member: index for index, server_class in enumerate(classes) for member in server_class.members}
    return replace(
        platform,
        classes=classes,
        servers=tuple(server.of_class(class_of[index]) for index, server in enumerate(platform.servers)),
        spared_sites=frozenset(spared_sites),
        spared_units=frozenset(spared_units),
    )


def alike(platform: Platform, attribute: str) -> list[list[int]]:
    """The sites (or bug units, by `attribute`) grouped by the classes they hold, each class read but for `attribute`.

    Any two in a group trade places, with their servers, without any rule
    telling the difference. The backup's site and unit are alike no other:
    the backup stays in place.
    """
    count = len(platform.sites if attribute == "site" else platform.units)
    fixed = None if platform.backup is None else getattr(platform.backup, attribute)
    held: list[Counter] = [Counter() for _ in range(count)]
    for server_class in platform.classes:
        place = getattr(server_class, attribute)
        if place is not None:
            held[place][class_profile(server_class, attribute)] += 1
    groups: dict[object, list[int]] = {}
    for place, profile in enumerate(held):
        groups.setdefault(("fixed", place) if place == fixed else frozenset(profile.items()), []).append(place)
    return list(groups.values())


def _beyond(alike: list[list[int]], budget: int | None) -> set[int]:
    """Of every group of alike places, those past the first `budget` (none if the budget is unlimited)."""
    if budget is None:
        return set()
    return {place for group in alike for place in group[budget:]}
