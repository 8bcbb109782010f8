"""A counterexample told in words, one sentence per step where something changed.

The story is read off the replayed states, phase by phase as the contract
orders a step: the roll-out, the adversary's crashes and site losses, the
latent bugs that go off, what the health check makes of it, the backup,
and whether calls are served. It is meant for someone who knows the
platform but not the tool, so it names servers, sites and versions, never
state variables. A design of more than twelve servers is told per class of
interchangeable servers: "three servers of cs-a at lille crash", never a
list of a thousand names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spec import semantics
from spec.analysis.cutsets import pools_counted
from spec.design import Faults
from spec.events import Event
from spec.platform import Platform
from spec.report.words import class_breakdown, count, grouped, names, number_word, per_class, percent, plural, servers_of_classes, verb
from spec.semantics import StateView
from spec.trace import Move, Trace


def hypothesis(faults: Faults) -> str:
    """A claim's fault hypothesis in words."""

    def budget(amount: int | None, noun: str) -> str:
        if amount is None:
            return f"any number of {plural(noun)}"
        return count(amount, noun) if amount == 0 else f"at most {count(amount, noun)}"

    budgets = []
    for fault in semantics.FAULT_KINDS:
        amount = None if fault.budget is None else getattr(faults, fault.budget)
        if fault.budget is None or (amount == 0 and not fault.said_when_zero):
            continue
        words = budget(amount, fault.noun)
        if fault is semantics.BUG and amount != 0:
            words += f" ({_bug_words(faults)})"
        budgets.append(words)
    return "; ".join(budgets)


def _bug_words(faults: Faults) -> str:
    """What a latent bug is under `faults`: what shares it, what sets it off, how soon it shows."""
    shared = "every server of a version" if faults.bug_scope == "version" else "every version of a codebase"
    only = "" if faults.bug_units is None else f", only in {' or '.join(faults.bug_units)}"
    return f"a bug is shared by {shared}{only}, set off in a server when {semantics.TRIGGERS[faults.trigger]}, showing {_delay_words(faults)}"


def _delay_words(faults: Faults) -> str:
    """How soon a bug shows after its trigger, as the claim's latency range says: `at once`, `up to nine steps later`,
    `three to twelve steps later`, `twelve steps later`."""
    least, most = faults.min_latency, faults.max_latency
    if most == 0:
        return "at once"
    if least == 0:
        return f"up to {count(most, 'step')} later"
    if least == most:
        return f"{count(most, 'step')} later"
    return f"{_steps_range(least, most)} later"


def _steps_range(least: int, most: int) -> str:
    """`three to twelve steps`."""
    return f"{number_word(least)} to {count(most, 'step')}"


@dataclass(frozen=True)
class Fault:
    """A fault a run uses: its event (`bug:v1`, `crash:cs3`, `site:lyon`, `input`) and when and how.

    In the per-class view the crashes of a step in one pool are one entry,
    named as cut sets name them, `crash:<pool>*k`; `size` is then k.
    """

    event: Event
    detail: str
    size: int = 1

    def __str__(self) -> str:
        return f"{self.event}: {self.detail}"


def faults_used(trace: Trace) -> list[Fault]:
    """The faults the run uses: the faulty bug units, then each step's moves."""
    platform, adversary = trace.platform, trace.adversary
    trigger = semantics.trigger_words(platform)
    used = []
    least, most = semantics.latency_bounds(platform)
    allowed = f" (the claim allows {_steps_range(least, most)})" if 0 < least < most else ""
    for unit in adversary.faulty:
        latency = adversary.latency[unit]
        when = "as soon as" if latency == 0 else f"{count(latency, 'step')} after"
        detail = f"{semantics.BUG.detail.format(_unit_words(platform, unit))}, which goes off in a server {when} {trigger}{allowed}"
        used.append(Fault(Event(semantics.BUG.event, unit), detail))
    counted = pools_counted(platform.design, platform.faults) if per_class(platform) else frozenset()
    for step in range(1, trace.length + 1):
        moves = trace.moves(step)
        if counted:
            pooled, moves = _pool_moves(platform, moves, step, counted)
            used += pooled
        used += [Fault(move.event, move.fault.detail.format(step)) for move in moves]
    return used


def _pool_moves(platform: Platform, moves: Sequence[Move], step: int, counted: frozenset[str]) -> tuple[list[Fault], list[Move]]:
    """The crashes and restarts of members of the pools cut sets count (`counted`) at `step`, as one
    `crash:<pool>*k` (`restart:<pool>*k`) per pool; and the other moves."""
    index_of, servers = _index_of(platform), platform.design.servers
    made: dict[tuple[semantics.FaultKind, str], list[int]] = {}
    others = []
    for move in moves:
        index = index_of.get(move.name) if move.fault.server_move is not None else None
        pool = None if index is None else servers[index].pool
        if pool is None or pool not in counted:
            others.append(move)
        else:
            made.setdefault((move.fault, pool), []).append(index)
    faults = []
    for (fault, pool), indices in made.items():
        detail = f"{servers_of_classes(platform, indices)} {verb(len(indices), *fault.verbs)} at step {step}"
        faults.append(Fault(Event(fault.event, pool, len(indices)), detail, size=len(indices)))
    return faults, others


def story(trace: Trace) -> list[str]:
    """One line for state 0, then one per step where something changed."""
    platform = trace.platform
    first = trace.views[0]
    servers = len(platform.servers)
    if first.served:
        service = "calls are served."
    elif trace.length == 0:
        service = "calls are not served, and the service property fails."
    else:
        service = "calls are not served."
    standby = "" if platform.backup is None else f", the backup {platform.backup.name} standing by{_too_small(platform)}"
    classes_shown = len(grouped(platform).classes)
    in_classes = per_class(platform) and classes_shown < len(platform.servers)
    classes = f" ({count(classes_shown, 'class')} of interchangeable servers)" if in_classes else ""
    lines = [
        f"Step 0: {count(servers, 'server')}{classes} up and routed{standby}; "
        f"capacity {first.capacity} of {platform.demand} needed: {service}"
    ]
    for step in range(1, trace.length + 1):
        before, after = trace.views[step - 1], trace.views[step]
        sentences = [
            *_roll_out(platform, step, before, after),
            *_faults(trace, step),
            *_messages(trace, step),
            *_bugs(platform, before, after),
            *_routing(platform, before, after),
            *_backup(platform, before, after),
            *_service(platform, step, before, after, step == trace.length),
        ]
        if sentences:
            lines.append(f"Step {step}{_elapsed(platform, step)}: " + "; ".join(sentences) + ".")
    return lines


def _started_looping(before: StateView, after: StateView) -> list[int]:
    """The servers whose bug went off in the step from `before` to `after`."""
    return [index for index, (was, now) in enumerate(zip(before.servers, after.servers, strict=True)) if now.looping and not was.looping]


def _server_names(platform: Platform, indices: Sequence[int]) -> str:
    """The servers by name (`cs1–cs3`), or in the per-class view counted (`three servers of cs-a at lille`)."""
    if per_class(platform):
        return servers_of_classes(platform, indices)
    return names([platform.servers[index].name for index in indices])


def _index_of(platform: Platform) -> dict[str, int]:
    """Each server's index by its name."""
    return {member.name: index for index, member in enumerate(platform.servers)}


def _unit_words(platform: Platform, unit: str) -> str:
    return f"version {unit}" if platform.faults.bug_scope == "version" else f"codebase {unit}"


def _elapsed(platform: Platform, step: int) -> str:
    """` (after 30 min)` when the design says what a step means as `<number> <unit>`."""
    length = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(\S.*?)\s*", platform.design.step_length)
    if length is None:
        return ""
    amount = float(length.group(1)) * step
    return f" (after {amount:g} {length.group(2)})"


def _roll_out(platform: Platform, step: int, before: StateView, after: StateView) -> list[str]:
    if platform.several_changes:
        return [sentence for change in range(len(platform.roll_outs)) for sentence in _change_rolled_out(platform, change, step, before, after)]
    sentences = []
    applied_before = [server.applied for server in before.servers]
    applied_after = [server.applied for server in after.servers]
    due_at = [platform.server_class(index).apply_step for index in range(len(platform.servers))]
    reached = [i for i in range(len(platform.servers)) if applied_after[i] and not applied_before[i]]
    if reached:
        every = len(reached) == len(platform.servers) > 1
        sentences.append(f"the change reaches {_all_servers(platform, reached) if every else _server_names(platform, reached)}")
        unseen = [index for index, server in enumerate(before.servers) if server.applied and server.status != "up"]
        if unseen and before.gate_open:
            names = _server_names(platform, unseen)
            sentences.append(f"the health gate lets it through: the health check it reads still sees {names} alive")
    halted = [i for i, due in enumerate(due_at) if due == step and not applied_after[i]]
    halted_before = any(due is not None and due < step and not applied_before[i] for i, due in enumerate(due_at))
    if halted:
        skipped = f"{_server_names(platform, halted)} {verb(len(halted), 'does', 'do')} not take the change"
        if halted_before:
            sentences.append(f"the roll-out stays halted: {skipped}")
        else:
            sentences.append(f"the health gate halts the roll-out: {skipped}, because a server that took it has failed")
    return sentences


def _change_rolled_out(platform: Platform, change: int, step: int, before: StateView, after: StateView) -> list[str]:
    """What one of `[[changes]]` does at `step`: which servers (and the backup) it reaches, or that its gate halts it."""
    roll_out = platform.roll_outs[change]
    done = semantics.change_step(platform, change, step, before, after)
    backup = [] if platform.backup is None else [f"the backup {platform.backup.name}"]
    sentences = []
    if done.took or done.backup_took:
        every = len(done.took) == len(platform.servers) > 1
        whom = [_all_servers(platform, done.took) if every else _server_names(platform, done.took)] if done.took else []
        sentences.append(f"the change {roll_out.name} reaches {' and '.join(whom + (backup if done.backup_took else []))}")
        unseen = [index for index, server in enumerate(before.servers) if roll_out.name in server.changes and server.status != "up"]
        if unseen and before.gates_open[change] and roll_out.gate == "health_check":
            sentences.append(f"its health gate lets it through: the health check it reads still sees {_server_names(platform, unseen)} alive")
    if done.halts:
        whom = ([_server_names(platform, done.halted)] if done.halted else []) + (backup if done.backup_halted else [])
        number = len(done.halted) + done.backup_halted
        sentences.append(f"the health gate halts the change {roll_out.name}: {' and '.join(whom)} {verb(number, 'does', 'do')} not take it")
    return sentences


def _all_servers(platform: Platform, indices: Sequence[int]) -> str:
    """Every server, as a roll-out that reaches them all says it: `all 40 servers`, or `all of cs1–cs6`."""
    return f"all {count(len(indices), 'server')}" if per_class(platform) else f"all of {_server_names(platform, indices)}"


def _faults(trace: Trace, step: int) -> list[str]:
    platform, backup = trace.platform, trace.platform.backup
    moves = trace.moves(step)
    index_of = _index_of(platform)
    crashed = [move.name for move in moves if move.fault is semantics.CRASH and (backup is None or move.name != backup.name)]
    sentences = [f"{_crashed_names(platform, crashed)} {verb(len(crashed), 'crashes', 'crash')}"] if crashed else []
    if backup is not None and any(move.fault is semantics.CRASH and move.name == backup.name for move in moves):
        sentences.append(f"the backup {backup.name} crashes")
    for move in moves:
        if move.fault is semantics.SITE:
            members = _site_members(platform, platform.sites.index(move.name))
            taking = f", taking down {names(members)}" if members else ""
            sentences.append(f"site {move.name} is lost{taking}")
    if any(move.fault is semantics.INPUT for move in moves):
        sentences.append("the bad input arrives")
    restarted = [index_of[move.name] for move in moves if move.fault is semantics.RESTART]
    if restarted:
        sentences.append(f"{_server_names(platform, restarted)} {verb(len(restarted), 'restarts', 'restart')} and {verb(len(restarted), 'is', 'are')} back within the step")
    return sentences


def _messages(trace: Trace, step: int) -> list[str]:
    """Phase 3 where links carry messages: who signalled in the state before, and who receives for the first time."""
    platform = trace.platform
    if not platform.cascades:
        return []
    first = trace.first_receipts(step)
    if not first:
        return []
    senders = trace.signalling(step - 1)
    receivers = f"{_server_names(platform, first)} {verb(len(first), 'receives', 'receive')}"
    return [f"{receivers} the messages {_server_names(platform, senders)} sent at the step before, the first to reach {verb(len(first), 'it', 'them')}"]


def _site_members(platform: Platform, site: int) -> list[str]:
    """What the loss of `site` takes down: its servers (by name, or per class in the per-class view), the backup."""
    at_site = [index for index, server in enumerate(platform.servers) if server.site == site]
    if not per_class(platform):
        members = [platform.servers[index].name for index in at_site]
    else:
        members = [servers_of_classes(platform, at_site)] if at_site else []
    backup = platform.backup
    if backup is not None and backup.site == site:
        members.append(f"the backup {backup.name}")
    return members


def _crashed_names(platform: Platform, crashed: Sequence[str]) -> str:
    """The servers crashed, by name, or in the per-class view counted per class."""
    if per_class(platform):
        index_of = _index_of(platform)
        return _server_names(platform, [index_of[name] for name in crashed])
    return names(crashed)


def _bugs(platform: Platform, before: StateView, after: StateView) -> list[str]:
    sentences = []
    looping = _started_looping(before, after)
    backup_looping = after.backup is not None and before.backup is not None and after.backup.looping and not before.backup.looping
    for unit_index, unit in enumerate(platform.units):
        started = [i for i in looping if semantics.unit_set_off(platform.servers[i], after.faulty) == unit_index]
        backup = platform.backup
        backup_started = backup_looping and backup is not None and semantics.unit_set_off(backup, after.faulty) == unit_index
        if not started and not backup_started:
            continue
        victims = []
        if started:
            victims.append(_looping(platform, started))
        if backup_started and backup is not None:
            victims.append(f"the backup {backup.name} restarts in a loop")
        sentences.append(f"the latent bug of {_unit_words(platform, unit)} goes off: " + " and ".join(victims))
    return sentences


def _looping(platform: Platform, started: Sequence[int]) -> str:
    """`cs3 restarts in a loop`, `six servers restart in a loop (cs1–cs6)`, or per class
    `360 servers restart in a loop (cs-a at lille, lyon and paris)`."""
    if len(started) == 1:
        return f"{_server_names(platform, started)} restarts in a loop"
    if not per_class(platform):
        return f"{count(len(started), 'server')} restart in a loop ({_server_names(platform, started)})"
    if len({platform.servers[index].class_index for index in started}) == 1:
        return f"{servers_of_classes(platform, started)} restart in a loop"
    return f"{count(len(started), 'server')} restart in a loop ({class_breakdown(platform, started)})"


def _routing(platform: Platform, before: StateView, after: StateView) -> list[str]:
    indices = range(len(platform.servers))
    sentences = []
    dropped = [i for i in indices if before.servers[i].routed and not after.servers[i].routed]
    if dropped:
        sentences.append(f"routing drops {_server_names(platform, dropped)}")

    holes = [i for i in indices if after.servers[i].black_hole]
    if holes and holes != [i for i in indices if before.servers[i].black_hole]:
        unseen = [i for i in holes if not after.servers[i].failure_seen]
        if unseen:
            who = verb(len(unseen), "it", "them") if unseen == _started_looping(before, after) else _server_names(platform, unseen)
            sentences.append(
                f"the liveness check still sees {who} alive, so {verb(len(unseen), 'it stays', 'they stay')} "
                "in routing and calls sent there are lost"
            )
        undetected = [i for i in holes if after.servers[i].failure_seen]
        if undetected:
            wait = f"{count(platform.detect, 'step')} to notice" if platform.detect else "time to notice"
            sentences.append(
                f"{_server_names(platform, undetected)} still in routing (the health check needs {wait}): "
                "calls sent there are lost"
            )
    return sentences


def _backup(platform: Platform, before: StateView, after: StateView) -> list[str]:
    backup, was, now = platform.backup, before.backup, after.backup
    if backup is None or was is None or now is None:
        return []
    sentences = []
    if now.active and not was.active:
        health = "" if now.up else ", but it is not up to carry calls"
        sentences.append(f"the backup {backup.name} takes over{health}{_too_small(platform)}")
    elif not now.active:
        armed, was_armed = now.armed_for, was.armed_for
        if armed > 0 and was_armed == 0:
            sentences.append(
                f"the trigger of the backup {backup.name} holds: it takes over once the trigger has held "
                f"for {count(semantics.backup_start_steps(platform), 'step')}"
            )
        elif armed == 0 and not after.served and before.served and platform.backup_trigger == "observed":
            sentences.append(
                f"the backup {backup.name} is not started: routing still counts enough capacity in the cluster"
            )
    return sentences


def _too_small(platform: Platform) -> str:
    """The backup's capacity said, when it cannot carry the demand alone (`semantics.backup_carries_demand`)."""
    if platform.backup is None or semantics.backup_carries_demand(platform.design):
        return ""
    return f" (capacity {platform.backup.capacity}, below the demand of {platform.demand}: it cannot carry the calls)"


def _service(platform: Platform, step: int, before: StateView, after: StateView, last: bool) -> list[str]:
    capacity = f"capacity {after.capacity} of {platform.demand} needed{_loss(platform, after)}"
    changed = after.capacity != before.capacity or after.lost_share != before.lost_share
    if after.served and not before.served:
        return [f"{capacity}: calls are served again" if changed else "calls are served again"]
    if after.served:
        return [capacity] if changed else []
    outage = after.outage_for
    if last:
        if platform.max_outage == 0:
            return [f"{capacity}: calls fail, and the service property fails"]
        return [
            f"{capacity}: calls have failed for {count(outage, 'step')} in a row, more than the "
            f"{count(platform.max_outage, 'step')} the service tolerates: the service property fails"
        ]
    if before.served:
        return [f"{capacity}: calls fail"]
    return [f"{capacity}: calls still fail"] if changed else []


def _loss(platform: Platform, shown: StateView) -> str:
    """The share of calls lost to black holes, and how it stands to `max_lost_share`: empty when none is lost
    or the backup carries the calls."""
    share, threshold = shown.lost_share, platform.max_lost_share
    if share == 0 or shown.backup_carrying:
        return ""
    if share == 1:
        lost = "; every call is lost"
    else:
        lost = f"; {'' if (share * 100).denominator == 1 else 'about '}{percent(share)} of calls lost"
    if threshold == 0:
        return lost
    standing = "within" if share <= threshold else "more than"
    return f"{lost}, {standing} the {percent(threshold)} the service tolerates"
