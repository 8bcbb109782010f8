"""A ranged design's platform: each pool whose size is a range one class of any size in it, for every size at once.

Contract v3's `count = { min = 4, max = 40 }` stands for every fleet whose
pool takes a size in the range. The checker proves a claim for all of them
in one run: the platform is built at one size, and the pool's class is
marked free (`Platform.free_sizes`), its size a variable of the counting
encoding, fixed over a run. docs/decisions.md, "Pools whose size is a
range", argues why that is exact, and where a staged roll-out is
concerned, "A staged roll-out over a ranged pool".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spec.design import Claim, Design, Faults, RangedPool, budget_fields
from spec.errors import InternalError
from spec.folding import counted_across_batches
from spec.ops import CONCRETE
from spec.platform import FIRST_BATCH_STEP, FreeSize, Platform, ServerClass, batch_numbers, batch_step, build_platform, horizon_after
from spec.semantics import batches_due, gate_sees_loops


def every_size(
    design: Design,
    claim: Claim,
    time_check: Callable[[str], None] | None = None,
) -> Platform:
    """`design`'s platform with each ranged pool one class of any size in its range (`Platform.free_sizes`).

    It is built at one size per pool (`representative_size`), classed by
    entry (a pool's members are classed with no other server), and each
    pool's class is then marked free with its range. That is exact when
    the class structure and every rule read off the platform are the same
    at every size. Fault budgets are absolute, so the size is chosen past
    them: a rule bounded by "the budget, or all the servers if fewer" then
    reads the budget, a bound for every size. The size need not lie in the
    range (a range may start past the servers a design may hold): the
    platform gives the class its members' records and rules, the range its
    sizes.

    A staged roll-out gives each member a batch of its own, and a pool's
    size moves every batch after it, so a ranged pool there must come last
    in the roll-out (`why_not_every_size`, else `ValueError`). Its
    members are counted across their batches as one class
    (`spec.folding.counted_across_batches`, by entry), and the roll-out is cut
    after the batches that can apply in a run where the change matters
    (`batches_that_matter`). It is built with one member past those
    batches, unless its range ends before, so the class is counted across
    them at any size; its size bounds how many members the roll-out takes
    (`semantics.BatchShares.through`).
    """
    refusal = why_not_every_size(design)
    if refusal is not None:
        raise ValueError(refusal)
    sizes = {pool.name: representative_size(pool, claim.faults) for pool in design.ranged_pools}
    platform = _at_sizes(design, claim, sizes, time_check)
    staged = design.change is not None and design.change.strategy == "staged"
    if staged:
        pool = design.ranged_pools[0]
        kept = batches_that_matter(platform)
        past_kept = max(sizes[pool.name], _members_in_batches(design, pool, kept) + 1)
        sizes[pool.name] = past_kept if pool.most is None else min(past_kept, pool.most)
        platform = _cut_after(counted_across_batches(_at_sizes(design, claim, sizes, time_check), by_entry=True), kept)
    free = []
    for pool in design.ranged_pools:
        members = frozenset(index for index, server in enumerate(platform.design.servers) if server.pool == pool.name)
        class_index = platform.servers[min(members)].class_index
        if frozenset(platform.classes[class_index].members) != members:
            raise InternalError(f"ranged pool {pool.name!r} is not one class of interchangeable servers, classed by entry")
        free.append(FreeSize(class_index, pool.name, pool.least, pool.most))
    return replace(platform, free_sizes=tuple(free))


def _at_sizes(design: Design, claim: Claim, sizes: dict[str, int], time_check: Callable[[str], None] | None) -> Platform:
    """The platform of `design` with its ranged pools at `sizes`, which may lie below their ranges, classed by entry."""
    widened = tuple(replace(pool, least=min(pool.least, sizes[pool.name])) for pool in design.ranged_pools)
    return build_platform(replace(design, ranged_pools=widened).at_counts(sizes), claim, by_entry=True, time_check=time_check)


def batches_that_matter(platform: Platform) -> int:
    """How many of the roll-out's first batches can apply the change in a run where applying it makes a difference.

    A batch past them reaches no change that matters. Of a faulty bug
    unit, the batches due once the longest latency has passed since the
    unit's first server applied are never let through: that server loops,
    and the gate sees it (`semantics.roll_out_so_far`; a gate that reads a
    liveness check would not, and `why_not_every_size` refuses it). A server of a unit
    that is not faulty applies the change and is as before: it never loops
    for it, and the gate its failure closes then halts only later batches,
    which are past every faulty unit's too. So a run that reaches more
    batches shows the same servers up, looping and down at every step.
    """
    first_steps: dict[int, int] = {}
    for server_class in platform.classes:
        if server_class.apply_step is not None:
            first_steps[server_class.unit] = min(server_class.apply_step, first_steps.get(server_class.unit, server_class.apply_step))
    last = max(first_steps.values(), default=FIRST_BATCH_STEP) + platform.faults.max_latency
    return batches_due(CONCRETE, platform, last)


def _members_in_batches(design: Design, pool: RangedPool, batches: int) -> int:
    """How many members of `pool`, the last in the roll-out's order, its first `batches` batches hold at any size."""
    change = design.change
    assert change is not None, "only a staged roll-out has batches"
    before = len(change.order) - 1
    longest = before + batches * max(change.batch)
    return sum(1 for batch in batch_numbers(change.batch, longest)[before:] if batch < batches)


def _cut_after(platform: Platform, batches: int) -> Platform:
    """`platform` with its classes counted across batches keeping only the roll-out's first `batches` batches, and
    its horizon where the last of them has shown every latency."""
    last_step = batch_step(batches - 1, platform.roll_out_stride - 1)
    classes = tuple(_batches_up_to(one, last_step) for one in platform.classes)
    scheduled = [batch.step for one in classes for batch in one.batches] + [
        one.apply_step for one in classes if one.apply_step is not None and not one.batches
    ]
    return replace(platform, classes=classes, horizon=horizon_after(max(scheduled, default=0), platform.faults))


def _batches_up_to(server_class: ServerClass, last_step: int) -> ServerClass:
    """`server_class` with only the roll-out batches due by `last_step`; never reached if none is."""
    if not server_class.batches:
        return server_class
    kept = tuple(batch for batch in server_class.batches if batch.step <= last_step)
    return replace(server_class, batches=kept) if kept else replace(server_class, batches=(), apply_step=None)


def why_not_every_size(design: Design) -> str | None:
    """Why `every_size` cannot take `design`'s ranged pools at every size at once, or `None` if it can."""
    ranged = {pool.name for pool in design.ranged_pools}
    if any(change.strategy == "staged" and ranged & set(change.order) for change in design.changes):
        return "a staged change of [[changes]] that reaches a ranged pool is checked one size at a time"
    if design.change is None or design.change.strategy != "staged":
        return None
    if len(design.ranged_pools) > 1:
        return "a staged roll-out takes every size at once for one ranged pool only, the last it reaches"
    pool = design.ranged_pools[0]
    if design.change.order[-1] != pool.name:
        return (
            "a staged roll-out's batches move with the size of the ranged pool they reach, so the pool must come "
            "last in [change] order (or be the last [[servers]] entry) to be checked for every size at once"
        )
    if design.links:
        return "a staged roll-out over a ranged pool with [[links]] is checked one size at a time"
    if not gate_sees_loops(design):
        return (
            "a staged roll-out whose gate reads a liveness check lets a looping server pass, so its batches are not "
            "cut where its change stops mattering, and it is checked one size at a time"
        )
    return None


def representative_size(pool: RangedPool, faults: Faults) -> int:
    """The size `every_size` builds a ranged pool at: past every budget of `faults`, unless the range ends before.

    At least two, so that a pool linked with itself has two members that are linked.
    """
    past_budgets = 2 + sum(getattr(faults, name) or 0 for name in budget_fields())
    return past_budgets if pool.most is None else min(pool.most, past_budgets)
