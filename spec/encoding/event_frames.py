"""Basic fault events read off a frame of the `servers` layout, and the images of events and variables under a
permutation of the platform (the symmetries cut sets use)."""

from __future__ import annotations

import functools
from dataclasses import fields
from typing import Any, Callable, Sequence

from spec import semantics
from spec.encoding.naming import SYMBOLIC, Members, indexed_by, plain_values
from spec.engine.system import Frame
from spec.events import Event
from spec.ops import Ops
from spec.platform import Platform
from spec.semantics import Moves, ServerMoves, ServerState, State


def events_used(platform: Platform, ops: Ops = SYMBOLIC) -> dict[Event, Callable[[Frame], Any]]:
    """Each basic fault event (`crash:cs1`, `restart:sw-1`, `site:lille`, `bug:v1`) and whether a state of the
    `servers` encoding records it, kind by kind as `semantics.FAULT_KINDS` declares them.

    The state is a frame of Z3 variables, or with `ops` `CONCRETE` a valuation (`valuation`).
    """
    used: dict[Event, Callable[[Frame], Any]] = {}
    for fault in semantics.FAULT_KINDS:
        if not fault.basic or not fault.in_play(platform):
            continue
        if fault.on_server is not None:
            for index, member in enumerate(platform.servers):
                used[Event(fault.event, member.name)] = functools.partial(_recorded_by_server, ops, platform, fault, index)
        for position, name in enumerate(fault.off_names(platform)):
            used[Event(fault.event, name)] = functools.partial(_recorded_off_servers, ops, platform, fault, position)
    return used


def _recorded_by_server(ops: Ops, platform: Platform, fault: semantics.FaultKind, index: int, frame: Frame) -> Any:
    """Whether server `index`'s record in `frame` records its event of the kind `fault`."""
    assert fault.on_server is not None
    (record,) = Members(platform, [index]).read(ops, ServerState, frame, None)
    return fault.on_server(ops)(platform.server_class(index), record)


def _recorded_off_servers(ops: Ops, platform: Platform, fault: semantics.FaultKind, position: int, frame: Frame) -> Any:
    """Whether `frame` records the event of the kind `fault` at `position` among those off the servers (the fleet is not read)."""
    state = State(servers=None, **plain_values(platform, State, frame, None))
    return fault.off_servers(ops, platform, state)[position]


Permutation = Callable[[str], Sequence[int]]
"""For `servers`, `sites` or `units`, the index of the image of each (a server's, a site's, a unit's)."""


def event_images(platform: Platform, permutation: Permutation, events: list[Event]) -> dict[Event, Event]:
    """The image of each basic event, as `events_used` names them, under a permutation of the platform.

    A server's event is the image server's, a site's or a unit's the image's
    (`Platform.sites`, `.units`: what `FaultKind.off_names` lists); the backup is its own image.
    """
    servers = {member.name: index for index, member in enumerate(platform.servers)}
    images = {}
    for event in events:
        name = event.name
        over = semantics.fault_kind(event.kind).over
        if name in servers:
            name = platform.servers[permutation("servers")[servers[name]]].name
        elif over is not None:
            labels = indexed_by(platform, over) or ()
            name = labels[permutation(over)[labels.index(name)]]
        images[event] = Event(event.kind, name, event.count)
    return images


def variable_images(platform: Platform, permutation: Permutation, names: list[str]) -> dict[str, str]:
    """The image of each variable of the `servers` encoding (`crashed[cs1]`, `lost[lille]`) under a permutation.

    What a name is indexed by is read from the declarations: a field of a
    server's record by servers, a field of `State` or `Moves` by what it is
    declared `over`. A name that is none of those is its own image.
    """
    over = {declared.name: declared.metadata["over"] for record in (State, Moves) for declared in fields(record)}
    over.update({declared.name: "servers" for record in (ServerState, ServerMoves) for declared in fields(record)})
    servers = tuple(member.name for member in platform.servers)
    labels = {"servers": servers, "sites": platform.sites, "units": platform.units}
    images = {}
    for name in names:
        field, _, label = name.partition("[")
        indexed = labels.get(over.get(field) or "", ())
        label = label.removesuffix("]")
        if label in indexed:
            label = indexed[permutation(over[field])[indexed.index(label)]]
        images[name] = f"{field}[{label}]" if label else name
    return images
