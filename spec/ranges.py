"""Ranged pools on the command line: `--count ENTRY=N` fixes a ranged pool's size.

A design whose pool has a ranged `count` (`{ min = 4, max = 40 }`) stands
for one fixed design per size. The commands that read one server per
member (`cutsets`, `risk`, `export`) take the fixed design that `--count`
chooses (`Design.at_counts`), exactly as they take a file that declares
that `count`; given a ranged pool without a size they exit 2, naming the
entry. `check`, `report` and `compare` check a ranged design for every
size at once (`spec.free_sizes.every_size`), or at the sizes `--count`
gives; where every size at once is out of reach (a staged roll-out),
`one_size_only` says why and how to check one size.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spec.design import MAX_SERVERS, NAME_PATTERN, Design, DesignError, RangedPool, design_error
from spec.echo import LONGEST, quoted
from spec.free_sizes import why_not_every_size

Unsized = Callable[[Design, RangedPool], DesignError | None]
"""What a command says of a ranged pool left without a size: the error, located at the pool's `count`; `None`
where the command takes the pool at every size of its range."""


class CountError(Exception):
    """A `--count` that fits no ranged pool of the designs given: an input error (exit 2)."""


@dataclass(frozen=True)
class Count:
    """One `--count ENTRY=N`: a ranged pool's name and the size it is given."""

    entry: str
    size: int

    def __str__(self) -> str:
        return f"--count {_written(self.entry)}={self.size}"


def count_option(text: str) -> Count:
    """`--count`'s argument, `ENTRY=N`: N a whole number from 1 to `MAX_SERVERS` (ENTRY may hold `=`, N may not)."""
    entry, equals, size = text.rpartition("=")
    digits = size.lstrip("0")
    if not equals or not entry or not (size.isascii() and size.isdigit()) or not digits:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not ENTRY=N: a ranged pool's name and a whole number of at least 1")
    if len(digits) > len(str(MAX_SERVERS)) or int(digits) > MAX_SERVERS:
        raise argparse.ArgumentTypeError(f"{quoted(text)}: N is more than the {MAX_SERVERS:,} servers a design may have")
    return Count(entry, int(digits))


def sized(designs: Sequence[Design], counts: Sequence[Count], unsized: Unsized) -> list[Design]:
    """Each design at the sizes `counts` give its ranged pools: the fixed designs the commands read.

    A count applies to every design that has a ranged pool of its entry's
    name. One that applies to none, an entry given two sizes, or a size
    outside a pool's range raises `CountError`; a ranged pool given no
    size raises `unsized(design, pool)`.
    """
    given: dict[str, Count] = {}
    for count in counts:
        if count.entry in given:
            raise CountError(f"{count}: {quoted(count.entry)} is given a size twice")
        if not any(pool.name == count.entry for design in designs for pool in design.ranged_pools):
            raise CountError(f"{count}: {_no_ranged_pool(designs, count.entry)}")
        given[count.entry] = count
    return [_at_sizes(design, given, unsized) for design in designs]


def _at_sizes(design: Design, given: dict[str, Count], unsized: Unsized) -> Design:
    """`design` with each of its ranged pools at the size given for it; as it is if none is given one and
    `unsized` takes them at every size."""
    missing = [pool for pool in design.ranged_pools if pool.name not in given]
    for pool in missing:
        refusal = unsized(design, pool)
        if refusal is not None:
            raise refusal
    if len(missing) == len(design.ranged_pools):
        return design
    if missing:
        sized_ones = ", ".join(str(given[pool.name]) for pool in design.ranged_pools if pool.name in given)
        raise CountError(
            f"{sized_ones}: {design.file} has the ranged pool {quoted(missing[0].name)} too: "
            "give every ranged pool of a design a size, or none to check every size at once"
        )
    for pool in design.ranged_pools:
        if not pool.allows(given[pool.name].size):
            raise CountError(f"{given[pool.name]}: ranged pool {quoted(pool.name)} of {design.file} takes sizes {pool.sizes}")
    try:
        return design.at_counts({pool.name: given[pool.name].size for pool in design.ranged_pools})
    except ValueError as error:
        raise CountError(f"--count: {design.file}: {error}") from None


def _no_ranged_pool(designs: Sequence[Design], entry: str) -> str:
    """Why `entry` names no ranged pool: what it names instead, or which ranged pools there are."""
    for design in designs:
        try:
            members = design.pool_members(entry)
        except KeyError:
            continue
        if members == (entry,):
            return f"{quoted(entry)} is a server of {design.file}, not a ranged pool"
        return f"{quoted(entry)} is a pool of fixed size ({len(members)}) in {design.file}, not a ranged pool"
    ranged = sorted({pool.name for design in designs for pool in design.ranged_pools})
    there = f"ranged pools: {', '.join(quoted(name) for name in ranged)}" if ranged else "no design given has one"
    return f"no ranged pool named {quoted(entry)} ({there})"


def needs_a_size(command: str) -> Unsized:
    """What `command`, which reads one server per member, says of a ranged pool left without a size."""

    def unsized(design: Design, pool: RangedPool) -> DesignError:
        problem = f"ranged pool {quoted(pool.name)} needs a size: {command} reads fixed sizes; give --count {_written(pool.name)}=N"
        return design_error(design, pool.field_path, f"{problem} (N {pool.sizes})")

    return unsized


def one_size_only(design: Design, pool: RangedPool, one_size: str = "give --count {}=N to check one size") -> DesignError | None:
    """`None` where `design`'s ranged pools are checked at every size at once; else the refusal, with the reason.

    `one_size` says how to check one size instead, `{}` standing for the pool's name.
    """
    reason = why_not_every_size(design)
    if reason is None:
        return None
    instead = one_size.format(_written(pool.name))
    return design_error(design, pool.field_path, f"ranged pool {quoted(pool.name)} (sizes {pool.sizes}): {reason}; {instead}")


def counted_at_every_size(designs: Sequence[Design], encoding: str) -> None:
    """Raise `CountError` if `--encoding servers` is asked of a design still ranged: every size is checked counted."""
    ranged = next((design for design in designs if design.ranged_pools), None)
    if encoding == "servers" and ranged is not None:
        pool = ranged.ranged_pools[0]
        raise CountError(
            f"--encoding servers: ranged pool {quoted(pool.name)} of {ranged.file} is checked for every size at once, "
            f"which only the counting encoding does; give --count {_written(pool.name)}=N to check one size server by server"
        )


def _written(name: str) -> str:
    """A name as a command line would write it: as it is when plain, else quoted."""
    return name if NAME_PATTERN.fullmatch(name) and len(name) <= LONGEST else quoted(name)
