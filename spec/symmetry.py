"""Candidate symmetries of a platform: swaps of two sites, or of two bug units, with the servers they hold.

Swapping two sites that hold alike servers (same bug unit, capacity,
roll-out slot and class size), or two bug units whose servers are alike
site for site, maps every run onto a run that no rule of the semantics
tells apart. The cut-set search uses that to turn one cut set found by the
solver into all of its images, each of which costs a concrete replay
instead of a solver call: the 2021 platform's 240 sets of four are five
shapes (how many of the four servers go by a crash and how many by their
site) under the 720 orders of its six sites.

A swap is only ever a candidate: the search replays every image through
the concrete semantics and keeps it only when the replay violates the
service with exactly the image's events, and the solver still proves each
order exhausted. A swap that is not a symmetry costs time, never a wrong
cut set or a missed one. Only a swap that Z3 proves maps the encoded
system onto itself (`spec.encoding.variable_images` names the image of
each variable)
may also prune the solver's search.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields, replace
from itertools import combinations
from typing import Any

from spec.trace import Adversary
from spec.platform import Platform, ServerClass
from spec.semantics import Moves


@dataclass(frozen=True)
class Swap:
    """A permutation of a platform's servers, sites and bug units, its own inverse: entry i is i's image."""

    servers: tuple[int, ...]
    sites: tuple[int, ...]
    units: tuple[int, ...]

    def over(self, labels: str, count: int = 0) -> tuple[int, ...]:
        """The permutation of what a field is indexed by (`servers`, `sites` or `units`); `changes` (`count` of them) stay."""
        if labels == "changes":
            return tuple(range(count))
        return {"servers": self.servers, "sites": self.sites, "units": self.units}[labels]


ROLL_OUT = ("apply_step", "first_batch", "batches")
"""The facts of a class that place it in the roll-out."""


def candidate_swaps(platform: Platform) -> tuple[Swap, ...]:
    """Every swap of two sites, and of two bug units, that pairs alike servers and maps the links onto themselves."""
    return _swaps(platform, ())


def image_swaps(platform: Platform) -> tuple[Swap, ...]:
    """The swaps whose images of a cut set are worth a replay: the candidates, and those blind to roll-out slots.

    A staged roll-out gives every batch its own slot, so its sites are
    alike no other and have no candidate swap; yet most of its cut sets
    (crashes and site losses of servers the roll-out has passed) map onto
    one another when two sites trade places, slots and all. Such a swap is
    no symmetry, and is never offered to the proof that lets a swap prune
    the search; its images are kept only when their replay says so.
    """
    return tuple(dict.fromkeys([*candidate_swaps(platform), *_swaps(platform, ROLL_OUT)]))


def _swaps(platform: Platform, blind_to: tuple[str, ...]) -> tuple[Swap, ...]:
    """Every swap of two sites, and of two bug units, pairing servers alike but for the facts `blind_to`."""
    candidates = []
    for first, second in combinations(range(len(platform.sites)), 2):
        candidates.append(
            _pairs(platform, _on(platform, "site", first), _on(platform, "site", second), ("site", *blind_to))
        )
    for first, second in combinations(range(len(platform.units)), 2):
        candidates.append(
            _pairs(platform, _on(platform, "unit", first), _on(platform, "unit", second), ("site", "unit", *blind_to))
        )
    swaps = (_swap(platform, pairs) for pairs in candidates if pairs is not None)
    return tuple(swap for swap in swaps if swap is not None)


def permuted(adversary: Adversary, platform: Platform, swap: Swap) -> Adversary:
    """The adversary that makes, at every step, the image under `swap` of every choice `adversary` makes."""
    unit_image = {platform.units[index]: platform.units[image] for index, image in enumerate(swap.units)}
    return Adversary(
        faulty=tuple(unit_image[unit] for unit in adversary.faulty),
        latency={unit_image[unit]: steps for unit, steps in adversary.latency.items()},
        moves=tuple(_permuted_moves(moves, swap) for moves in adversary.moves),
    )


def _permuted_moves(moves: Moves[bool], swap: Swap) -> Moves[bool]:
    """One step's moves under `swap`, read from the declarations: each field over servers, sites or units moves."""
    changed: dict[str, Any] = {}
    for declared in fields(Moves):
        labels = declared.metadata["over"]
        if labels is not None:
            values = getattr(moves, declared.name)
            image: list[Any] = list(values)
            for index, value in zip(swap.over(labels, len(values)), values, strict=True):
                image[index] = value
            changed[declared.name] = tuple(image)
    return replace(moves, **changed)


def _on(platform: Platform, attribute: str, value: int) -> list[int]:
    return [index for index, member in enumerate(platform.servers) if getattr(member, attribute) == value]


def class_facts(server_class: ServerClass, *left_out: str) -> tuple:
    """Every fact a class carries but its members and `left_out`, read from the declaration of `ServerClass`."""
    return tuple(getattr(server_class, declared.name) for declared in fields(ServerClass) if declared.name not in {*left_out, "members"})


def class_profile(server_class: ServerClass, *left_out: str) -> tuple:
    """What a class's image under a swap must share with it: its facts but `left_out`, and its size."""
    return (*class_facts(server_class, *left_out), server_class.size)


def _profile(platform: Platform, index: int, left_out: tuple[str, ...]) -> tuple:
    """What a server's image must share with it: its class's profile but `left_out`.

    Blind to the roll-out, a class's size is left out too: the servers of
    one site may fall in classes of their own, one per slot.
    """
    server_class = platform.server_class(index)
    if set(ROLL_OUT) <= set(left_out):
        return class_facts(server_class, *left_out)
    return class_profile(server_class, *left_out)


def _pairs(
    platform: Platform, first: list[int], second: list[int], left_out: tuple[str, ...]
) -> list[tuple[int, int]] | None:
    """The servers of `first` paired in order with alike ones of `second`, but for `left_out`; `None` if not alike."""
    waiting: dict[tuple, list[int]] = defaultdict(list)
    for index in second:
        waiting[_profile(platform, index, left_out)].append(index)
    pairs = []
    for index in first:
        partners = waiting[_profile(platform, index, left_out)]
        if not partners:
            return None
        pairs.append((index, partners.pop(0)))
    return pairs if not any(waiting.values()) else None


def _swap(platform: Platform, pairs: list[tuple[int, int]]) -> Swap | None:
    """The swap of the paired servers, with the sites and units it moves; `None` if no permutation of the platform.

    The sites and units of paired servers are swapped with them; every
    other server, and the backup, must keep its site and unit, and every
    link must map onto a link.
    """
    servers = list(range(len(platform.servers)))
    sites: dict[int | None, int | None] = {}
    units: dict[int, int] = {}
    for one, other in pairs:
        servers[one], servers[other] = other, one
        first, second = platform.servers[one], platform.servers[other]
        if not (_swapped(sites, first.site, second.site) and _swapped(units, first.unit, second.unit)):
            return None
    paired = {index for pair in pairs for index in pair}
    unpaired = [member for index, member in enumerate(platform.servers) if index not in paired]
    if platform.backup is not None:
        unpaired.append(platform.backup)
    if any(sites.get(member.site, member.site) != member.site for member in unpaired):
        return None
    if any(units.get(member.unit, member.unit) != member.unit for member in unpaired):
        return None
    members = [*platform.servers, *([] if platform.backup is None else [platform.backup])]
    if any(units.get(unit, unit) != unit for member in members for unit in member.other_units):
        return None  # a component's unit stays: a server's version and a component never trade places
    links = {frozenset(map(frozenset, link.sides)) for link in platform.links}
    if any(frozenset(frozenset(servers[index] for index in side) for side in link) not in links for link in links):
        return None
    return Swap(
        servers=tuple(servers),
        sites=tuple(sites.get(index, index) for index in range(len(platform.sites))),  # type: ignore[misc]
        units=tuple(units.get(index, index) for index in range(len(platform.units))),
    )


def _swapped(images: dict, first: Any, second: Any) -> bool:
    """Record that `first` and `second` trade places; `False` if a recorded trade says otherwise, or a site lacks."""
    if (first is None) != (second is None):
        return False
    return images.setdefault(first, second) == second and images.setdefault(second, first) == first
