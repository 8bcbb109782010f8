"""Words for reports: counts, plurals, lists of names, member labels, and the names of server classes.

A design of more than `PER_SERVER_LIMIT` servers is reported per class of
interchangeable servers (`Platform.classes`) instead of per server: a class
is named by its version and site, `cs-a at lille`, and servers are counted
per class, so a report reads the same at 30 servers as at 10,000. A class
of one server is named by that server, `east-2 (kamailio-5.8.2 at east)`,
and sentences name it alone, `east-2`, as a per-server report would.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

import functools

from spec.design import Design
from spec.folding import counted_across_batches
from spec.platform import Member, Platform, ServerClass
from spec.semantics import backup_carries_demand

PER_SERVER_LIMIT = 12
"""The most servers reports show one by one; a larger design is shown a class per row."""

_LISTED = 4
"""The most groups of classes a sentence lists before it says how many more there are."""

_NAMES_LISTED = 6
"""The most names a phrase lists (sites of one version, servers of classes of one) before it counts the rest."""

_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def count(number: int, noun: str) -> str:
    """`count(6, "server")` -> "six servers", `count(0, "crash")` -> "no crashes",
    `count(1080, "server")` -> "1,080 servers".
    """
    return f"{number_word(number)} {noun if number == 1 else plural(noun)}"


def number_word(number: int) -> str:
    """A number as a report writes it: in words up to twelve, in figures with thousands separators above."""
    return _NUMBER_WORDS[number] if number < len(_NUMBER_WORDS) else f"{number:,}"


def percent(share: Fraction) -> str:
    """A share of calls as a percentage: exact when whole (`0%`, `100%`), else to two significant figures, never rounded to 0 or 100."""
    value = share * 100
    if value.denominator == 1:
        return f"{value.numerator}%"
    if value < Fraction(1, 100):
        return "under 0.01%"
    figures = (f"{float(value):#.2g}" if value < 10 else f"{float(value):.0f}").rstrip(".")
    return "over 99%" if float(figures) == 100 else f"{figures}%"


def backup_too_small(design: Design) -> str:
    """A note on a backup that cannot carry the demand alone (`semantics.backup_carries_demand`); empty for any other design."""
    backup = design.backup
    if backup is None or backup_carries_demand(design):
        return ""
    return (
        f"note: the backup {backup.name} has capacity {backup.capacity}, below the demand of {design.service.demand}: "
        "taking over does not serve the calls"
    )


def ranged_sizes(design: Design, counts: Mapping[str, int] | None = None) -> str:
    """A ranged design's pools and their ranges, `esrp from 6 to 600`; with the sizes a run gives them,
    `esrp at 6 (from 6 to 600)`. Empty for a design of fixed sizes."""
    if counts is None:
        return ", ".join(f"{pool.name} {pool.sizes}" for pool in design.ranged_pools)
    return ", ".join(f"{pool.name} at {counts[pool.name]:,} ({pool.sizes})" for pool in design.ranged_pools)


def plural(noun: str) -> str:
    return noun + ("es" if noun.endswith(("s", "sh", "ch")) else "s")


def verb(subjects: int, singular: str, plural_form: str) -> str:
    return singular if subjects == 1 else plural_form


def names(items: Sequence[str]) -> str:
    """Names joined for reading; a run of three or more numbered names is shortened: cs1-cs6."""
    parts: list[str] = []
    run: list[tuple[str, int, str]] = []

    def flush() -> None:
        if len(run) >= 3:
            parts.append(f"{run[0][2]}–{run[-1][2]}")
        else:
            parts.extend(name for _, _, name in run)
        run.clear()

    for name in items:
        numbered = re.fullmatch(r"(.*?)(\d+)", name)
        if numbered is None:
            flush()
            parts.append(name)
            continue
        prefix, number = numbered.group(1), int(numbered.group(2))
        if run and (run[-1][0] != prefix or run[-1][1] + 1 != number):
            flush()
        run.append((prefix, number, name))
    flush()
    if len(parts) <= 2:
        return " and ".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def member_label(platform: Platform, member: Member, with_site: bool = True) -> str:
    """`cs1 · cs-2021 · lille`: the member, its bug units (`cad-a + falcon` with components) and (if it has one and asked) its site."""
    parts = [member.name, " + ".join(platform.units[unit] for unit in member.units)]
    if with_site and member.site is not None:
        parts.append(platform.sites[member.site])
    return " · ".join(parts)


@functools.lru_cache(maxsize=8)
def grouped(platform: Platform) -> Platform:
    """`platform` with its classes as reports group servers: those of one entry that differ only in their roll-out
    slot joined.

    A pool of 200 updated one server at a time is 200 classes of one to the
    semantics, each with its own slot; a reviewer reads one row of 200
    servers, the slot of each told by the story and the step table's marks
    (`spec.folding.counted_across_batches`, which keeps every server, site
    and unit at its index). A server declared on its own, a canary say,
    keeps its own row.
    """
    return counted_across_batches(platform, by_entry=True)


def per_class(platform: Platform) -> bool:
    """Whether reports show `platform` a class of interchangeable servers per row rather than a server per row."""
    return len(platform.servers) > PER_SERVER_LIMIT


@dataclass(frozen=True)
class ClassName:
    """A class of interchangeable servers as reports name it: `cs-a at lille`, plus a detail if two share that;
    a class of one server by that server, `east-2 (kamailio-5.8.2 at east)`."""

    version: str  # the versions of its members, `cs-a` (two versions of one codebase: `cs-a/cs-a2`)
    site: str | None
    detail: str = ""  # what tells it from a class of the same version and site: `capacity 2`, `pool east`
    member: str | None = None  # the server of a class of one, which names it

    def __str__(self) -> str:
        where = f"{self.version} {_where([self.site])}"
        return f"{self.member} ({where})" if self.member is not None else where + _detail_words(self.detail)

    def in_site(self) -> str:
        """The name within its site, as the topology picture's box writes it: `east-2 · kamailio-5.8.2`, `cs-a (pool a)`."""
        return f"{self.member} · {self.version}" if self.member is not None else self.version + _detail_words(self.detail)


def class_names(platform: Platform) -> tuple[ClassName, ...]:
    """The name of each class of `platform`, in the order of `platform.classes`; no two are the same.

    A class of one is named by its server, whose name no other server has.
    Classes of several servers that share versions and site are told apart
    by what differs among them: capacity, roll-out slot, and the `[[servers]]`
    entries their members come from. The last tells apart the classes that
    links split (`spec.platform._classes`): a class of several servers on some
    link side holds the members of one pool that no link names one by one,
    in one roll-out slot, so two such classes of one slot come from two pools.
    """
    servers = platform.design.servers
    bare = [
        ClassName(_versions(platform, server_class), _site(platform, server_class), member=servers[server_class.members[0]].name if server_class.size == 1 else None)
        for server_class in platform.classes
    ]
    twins: dict[ClassName, list[ServerClass]] = {}
    for server_class, name in zip(platform.classes, bare, strict=True):
        twins.setdefault(name, []).append(server_class)
    return tuple(
        name if name.member is not None else ClassName(name.version, name.site, _detail(platform, server_class, twins[name]))
        for server_class, name in zip(platform.classes, bare, strict=True)
    )


def class_list(classes: Iterable[ClassName]) -> str:
    """Classes named for reading, grouped by version or by site, whichever needs fewer groups:
    `cs-a at lille, lyon and paris; cs-b at paris` or `cs-a, cs-b and cs-c at lille`.

    At most `_LISTED` groups and `_SITES_LISTED` sites per group are named;
    the rest is counted, so the phrase stays short at any number of classes.
    """
    by_version: dict[tuple[str, str, bool], list[str | None]] = {}
    by_site: dict[tuple[str | None, str], list[str]] = {}
    for name in classes:
        by_version.setdefault((name.version, name.detail, name.site is None), []).append(name.site)
        by_site.setdefault((name.site, name.detail), []).append(name.version)
    if len(by_site) < len(by_version):
        phrases = [
            f"{names(versions)} {_where([site])}{_detail_words(detail)}" for (site, detail), versions in by_site.items()
        ]
        return _capped(phrases, [len(versions) for versions in by_site.values()])
    phrases = [
        f"{version} {_where(sites)}{_detail_words(detail)}" for (version, detail, _), sites in by_version.items()
    ]
    return _capped(phrases, [len(sites) for sites in by_version.values()])


def servers_of_classes(platform: Platform, indices: Sequence[int]) -> str:
    """Servers counted by class: `three servers of cs-a at lille`, `the 60 servers of cs-a at lille`,
    `420 servers (cs-a at lille, lyon and paris; one of cs-b at lyon)`."""
    taken = _taken(platform, indices)
    if len(taken) == 1:
        class_index, number = taken[0]
        name = class_names(platform)[class_index]
        if name.member is not None:
            return name.member
        whole = number == platform.classes[class_index].size and number > 1
        return f"{'the ' if whole else ''}{count(number, 'server')} of {name}"
    return f"{count(len(indices), 'server')} ({class_breakdown(platform, indices)})"


def class_breakdown(platform: Platform, indices: Sequence[int]) -> str:
    """The classes of servers `indices`: whole classes by `class_list`, then the rest counted, `one of cs-b at lyon`,
    then the servers of classes of one by name, `east-1 and west-1–west-8`."""
    names = class_names(platform)
    taken = _taken(platform, indices)
    alone = [member for index, _ in taken if (member := names[index].member) is not None]
    shared = [(index, number) for index, number in taken if names[index].member is None]
    whole = [names[index] for index, number in shared if number == platform.classes[index].size]
    partial = [f"{number_word(number)} of {names[index]}" for index, number in shared if number < platform.classes[index].size]
    groups = [class_list(whole)] if whole else []
    if partial:
        groups.append(_capped(partial, [1] * len(partial)))
    if alone:
        groups.append(_few(alone, "server"))
    return "; ".join(groups)


def _taken(platform: Platform, indices: Sequence[int]) -> list[tuple[int, int]]:
    """How many of `indices` each class holds, in class order; classes holding none left out."""
    return sorted(Counter(platform.servers[index].class_index for index in indices).items())


def _detail_words(detail: str) -> str:
    return f" ({detail})" if detail else ""


def _where(sites: Sequence[str | None]) -> str:
    """`at lille`, `at lille, lyon and 3 more sites` (unless shorter in full: `at dc1–dc40`), or `without a site`."""
    if sites[0] is None:
        return "without a site"
    return f"at {_few([site for site in sites if site is not None], 'site')}"


def _few(named: Sequence[str], noun: str) -> str:
    """`named` for reading, the ones past `_NAMES_LISTED` counted as `noun`s: `a, b, c, d, e and 3 more sites`,
    unless the whole list is shorter (`dc1–dc40`)."""
    every = names(named)
    if len(named) <= _NAMES_LISTED:
        return every
    shown = _NAMES_LISTED - 1
    capped = f"{', '.join(named[:shown])} and {count(len(named) - shown, f'more {noun}')}"
    return every if len(every) <= len(capped) else capped


def _capped(phrases: Sequence[str], sizes: Sequence[int]) -> str:
    """`phrases` joined by `; `, the ones past `_LISTED` counted by the classes they stand for (`sizes`)."""
    if len(phrases) <= _LISTED:
        return "; ".join(phrases)
    shown = _LISTED - 1
    return "; ".join(phrases[:shown]) + f"; and {count(sum(sizes[shown:]), 'more class')}"


def _versions(platform: Platform, server_class: ServerClass) -> str:
    """The versions of a class's members, in order of first member: one, unless the bug unit is a codebase."""
    servers = platform.design.servers
    return "/".join(dict.fromkeys(servers[index].version for index in server_class.members))


def _site(platform: Platform, server_class: ServerClass) -> str | None:
    return None if server_class.site is None else platform.sites[server_class.site]


def _detail(platform: Platform, server_class: ServerClass, twins: Sequence[ServerClass]) -> str:
    """What tells `server_class` from the other classes of its versions and site (`twins`): capacity and roll-out slot
    where they differ, and the entries its members come from where those two leave some twins alike."""
    details = []
    if len({twin.capacity for twin in twins}) > 1:
        details.append(f"capacity {server_class.capacity}")
    if len({twin.apply_step for twin in twins}) > 1:
        details.append(f"change due at step {server_class.apply_step}")
    if len({(twin.capacity, twin.apply_step) for twin in twins}) < len(twins):
        details.append(_entries(platform, server_class))
    return ", ".join(details)


def _entries(platform: Platform, server_class: ServerClass) -> str:
    """The `[[servers]]` entries a class's members come from: `pool east`, `pools a and b, server z`."""
    servers = platform.design.servers
    entries = dict.fromkeys((servers[index].pool or servers[index].name, servers[index].pool is not None) for index in server_class.members)
    pools = [entry for entry, pooled in entries if pooled]
    alone = [entry for entry, pooled in entries if not pooled]
    parts = [f"{'pool' if len(pools) == 1 else 'pools'} {names(pools)}"] if pools else []
    if alone:
        parts.append(f"{'server' if len(alone) == 1 else 'servers'} {names(alone)}")
    return ", ".join(parts)
