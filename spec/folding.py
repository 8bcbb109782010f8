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
from spec.platform import Batch, Platform, ServerClass
from spec.semantics import ROLL_OUT_MOVE
from spec.symmetry import ROLL_OUT, class_facts, class_profile
from spec.trace import Adversary, ReplayError


def folded(platform: Platform, deadline: Deadline | None = None) -> Platform:
    """`platform` with the sites and units its claim's budgets cannot all reach spared, and their classes merged.

    With a `deadline`, the folding stops with `TimedOut` once it has passed, checked per class.
    """
    deadline = deadline or Deadline(None)
    if platform.links:
        return platform
    spared_sites = _beyond(alike(platform, "site"), platform.faults.site_losses)
    spared_units = platform.spared_units | _beyond(alike(platform, "unit"), platform.faults.bugs)
    if not spared_sites and spared_units == platform.spared_units:
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
    the backup stays in place, and so does a unit some server or the backup
    runs as a component, or one the claim never lets be faulty.
    """
    count = len(platform.sites if attribute == "site" else platform.units)
    fixed = set() if platform.backup is None else {getattr(platform.backup, attribute)}
    if attribute == "unit":
        members = [*platform.classes, *([] if platform.backup is None else [platform.backup])]
        fixed |= {unit for member in members for unit in member.other_units}  # a component's unit is alike no other
        fixed |= platform.spared_units  # nor is one the claim's `bug_units` leaves out: it is never faulty
    held: list[Counter] = [Counter() for _ in range(count)]
    for server_class in platform.classes:
        place = getattr(server_class, attribute)
        if place is not None:
            held[place][class_profile(server_class, attribute)] += 1
    groups: dict[object, list[int]] = {}
    for place, profile in enumerate(held):
        groups.setdefault(("fixed", place) if place in fixed else frozenset(profile.items()), []).append(place)
    return list(groups.values())


def _beyond(alike: list[list[int]], budget: int | None) -> set[int]:
    """Of every group of alike places, those past the first `budget` (none if the budget is unlimited)."""
    if budget is None:
        return set()
    return {place for group in alike for place in group[budget:]}


def counted_across_batches(platform: Platform, by_entry: bool = False) -> Platform:
    """`platform` with the classes that differ only in their roll-out slot joined, each counted across batches.

    A staged roll-out gives every batch a step of its own, so a pool
    updated one member at a time is as many classes as members. Which
    member a batch takes does not matter: a run in which it takes others
    is the same run with the names swapped (docs/decisions.md, "Counted
    roll-outs"). So the joined class records only how many of its members
    each batch holds (`ServerClass.batches`), and at each batch's step the
    roll-out takes that many of the members that have not applied yet,
    whichever they are (`semantics.roll_out_on_schedule`). A
    counterexample found on the joined platform is named back onto the
    roll-out's order by `in_roll_out_order`.

    Where links join servers nothing is joined: a class carries no link
    sides, which would tell joined servers apart; nor is a class the
    change never reaches joined with one it does. With `by_entry`, only
    classes of the same `[[servers]]` entries are joined (reports keep a
    canary declared on its own apart from its pool).
    """
    if platform.links:
        return platform
    entries = [server.pool or server.name for server in platform.design.servers] if by_entry else None
    groups: dict[tuple, list[ServerClass]] = {}
    for server_class in platform.classes:
        declared = frozenset(entries[member] for member in server_class.members) if entries else None
        reached = server_class.apply_step is not None
        groups.setdefault((class_facts(server_class, *ROLL_OUT), declared, reached), []).append(server_class)
    if all(len(joined) == 1 for joined in groups.values()):
        return platform
    classes = tuple(_joined(joined) for joined in groups.values())
    class_of = {member: index for index, server_class in enumerate(classes) for member in server_class.members}
    return replace(
        platform,
        classes=classes,
        servers=tuple(server.of_class(class_of[index]) for index, server in enumerate(platform.servers)),
    )


def _joined(classes: list[ServerClass]) -> ServerClass:
    """One class of `classes` (alike but for their slots), counted across their batches; a lone class as it is."""
    if len(classes) == 1:
        return classes[0]
    ordered = sorted(classes, key=lambda server_class: server_class.apply_step)
    return replace(
        ordered[0],
        members=tuple(sorted(member for server_class in classes for member in server_class.members)),
        batches=tuple(Batch(one.apply_step, one.size, one.first_batch) for one in ordered),  # type: ignore[arg-type]
    )


def in_roll_out_order(adversary: Adversary, joined: Platform, platform: Platform) -> Adversary:
    """The adversary of a run on the `joined` platform (`counted_across_batches`), its members named by the roll-out's order.

    In the joined run, the members of a class that the roll-out takes at a
    batch's step are whichever the search chose. Each is renamed to one of
    the servers of `platform` that the order puts in that batch (those
    never taken to the servers of batches never reached), and makes that
    server's moves: the same run, on the platform as ordered. The roll-out's
    own choices (`ServerMoves.apply`) are dropped, `platform` making none.
    An adversary whose roll-out does not keep to the batches (the image of
    a run under a swap that is no symmetry, say) raises `ReplayError`.
    """
    if not joined.counts_roll_outs:
        return adversary
    image = list(range(len(platform.servers)))
    for server_class in joined.classes:
        if not server_class.batches:
            continue
        slots: dict[int | None, list[int]] = {}
        for member in server_class.members:
            slots.setdefault(platform.server_class(member).apply_step, []).append(member)
        taken: dict[int | None, list[int]] = {}
        for member in server_class.members:
            step = next((step for step, moves in enumerate(adversary.moves, start=1) if getattr(moves.servers[member], ROLL_OUT_MOVE)), None)
            taken.setdefault(step, []).append(member)
        never = [member for step, members in slots.items() if step not in taken for member in members]
        if any(step is not None and len(slots.get(step, ())) != len(members) for step, members in taken.items()):
            raise ReplayError("the roll-out takes members of a class at a step other than its batches' own")
        for step, members in taken.items():
            for member, position in zip(members, never if step is None else slots[step], strict=True):
                image[position] = member
    return replace(
        adversary,
        moves=tuple(
            replace(moves, servers=tuple(replace(moves.servers[source], **{ROLL_OUT_MOVE: False}) for source in image))
            for moves in adversary.moves
        ),
    )
