"""A platform read from its Kubernetes manifests: the servers, software, roll-outs and routing of a design.

The rules are contract v3's ("Platforms read from Kubernetes manifests");
docs/kubernetes.md gives each with the Kubernetes documentation or
controller code it rests on, and whether it is exact or conservative. The
result is the text of the derived tables (`[routing]`, `[[versions]]`,
`[[servers]]`, `[[changes]]`), every derived field followed by a comment
naming the manifest and line it came from, with the notes (what is read
but not modelled, the conservative choices made) and the warnings (an
image without a version, a misspelt key Kubernetes would ignore) beside
it. `spec.design` joins that text to the design file's own tables and
reads the whole as any design.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from spec.manifests import KubeObject, ManifestError, Mapping, Place, Sequence, manifest_files, read_documents, read_objects

WORKLOADS = ("Deployment", "StatefulSet", "Rollout")
ZONE_LABEL = "topology.kubernetes.io/zone"
CAPACITY = "callspec.io/capacity"
HEALTH_CHECK = "callspec.io/health-check"
CONTAINER = "callspec.io/container"
ANALYSIS = "callspec.io/analysis"
DEFAULT_PERIOD_SECONDS, DEFAULT_FAILURE_THRESHOLD = 10, 3
"""A probe's defaults (Kubernetes API reference, Probe v1 core)."""

KNOWN_KEYS = {
    "rollingUpdate": ("maxSurge", "maxUnavailable", "partition"),
    "strategy": ("type", "rollingUpdate", "canary", "blueGreen"),
    "updateStrategy": ("type", "rollingUpdate"),
    "scaleTargetRef": ("apiVersion", "kind", "name"),
    "readinessProbe": (
        "exec", "httpGet", "tcpSocket", "grpc", "initialDelaySeconds", "periodSeconds", "timeoutSeconds",
        "successThreshold", "failureThreshold", "terminationGracePeriodSeconds",
    ),
    "topologySpreadConstraints": (
        "maxSkew", "topologyKey", "whenUnsatisfiable", "labelSelector", "minDomains", "matchLabelKeys",
        "nodeAffinityPolicy", "nodeTaintsPolicy",
    ),
}
"""Inside the blocks this module reads, the keys Kubernetes (or Argo Rollouts) knows: any other is a warning."""


@dataclass(frozen=True)
class Source:
    """The `[kubernetes]` table of a design file, paths resolved against the file's folder."""

    manifests: tuple[Path, ...]
    service: str
    folder: Path  # the design file's folder: files are named relative to it
    namespace: str | None = None
    pods: Path | None = None
    zones: tuple[str, ...] = ()
    zone_label: str = ZONE_LABEL
    health_check: str | None = None
    strict: bool = False  # an image without a version is an error, not a warning


@dataclass
class Derived:
    """The derived tables as TOML lines, and what `import` prints beside them."""

    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class Entry(NamedTuple):
    """One `[[servers]]` entry a workload gives: its name, site, count (or range) and the manifest it comes from."""

    name: str
    site: str | None
    count: int | tuple[int, int | None]
    source: str


@dataclass(frozen=True)
class _Pool:
    """One workload behind the Service, as the design sees it."""

    workload: KubeObject
    version: tuple[str, Place]  # the server's version and where its image is written
    components: tuple[tuple[str, Place], ...]
    capacity: int
    entries: tuple[Entry, ...]
    members: tuple[str, ...]  # the entry names, as `reaches` names them
    probe: tuple[str, int, str]  # health check, detect, where it comes from
    change: list[str]  # the `[[changes]]` entry's lines, or none


def derive(source: Source, step_seconds: int) -> Derived:
    """The derived tables of the platform `source` names, a step being `step_seconds` long."""
    derived = Derived()
    objects = _objects(source)
    service = _the_service(objects, source)
    selector = _selector(service)
    selected = [obj for obj in objects if _is_workload(obj) and _matches(selector, _template_labels(obj))]
    workloads = [obj for obj in selected if not _scaled_to_zero(derived, obj, objects)]
    if not workloads:
        raise ManifestError(str(service.body.place_of("spec")), f"Service {service.name!r}: its selector {dict(selector)} {_what_it_matches(objects, selector, selected)}")
    autoscalers = _autoscalers(objects)
    placed = _pods_by_workload(source, workloads, derived.notes) if source.pods is not None else None
    pools = [_pool(source, derived, obj, autoscalers.get(obj.name), placed, step_seconds) for obj in workloads]
    _notes_of_the_rest(derived, objects, workloads)
    _write(source, derived, pools)
    return derived


def _objects(source: Source) -> list[KubeObject]:
    found = []
    for path in manifest_files(list(source.manifests)):
        found += read_objects(path, _shown(source, path))
    return [obj for obj in found if source.namespace is None or obj.namespace in (None, source.namespace)]


def _shown(source: Source, path: Path) -> str:
    """A manifest's path as errors and comments name it: relative to the design file's folder where it can be."""
    try:
        return path.resolve().relative_to(source.folder.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _scaled_to_zero(derived: Derived, obj: KubeObject, objects: list[KubeObject]) -> bool:
    """A workload of no replicas and no autoscaler serves no call: it is left out, with a note (an Argo Rollout's
    `workloadRef` template is one)."""
    spec = _mapping(obj.body, "spec")
    scaled = any(other.kind == "HorizontalPodAutoscaler" and _mapping(_mapping(other.body, "spec"), "scaleTargetRef").get("name") == obj.name for other in objects)
    if scaled or _integer(spec, "replicas", 1) > 0:
        return False
    derived.notes.append(f"{spec.place_of('replicas')}: {obj.kind} {obj.name!r} has 0 replicas: it serves no call, and is left out")
    return True


def _what_it_matches(objects: list[KubeObject], selector: Mapping, selected: list[KubeObject]) -> str:
    """What a selector that gives no pool matches instead: workloads of 0 replicas, kinds callspec does not read, or nothing."""
    if selected:
        return "matches only workloads of 0 replicas (an Argo Rollout's workloadRef, which takes its pods from another workload, is not read)"
    others = [obj for obj in objects if obj.kind != "Service" and _matches(selector, _template_labels(obj)) and _template_labels(obj)]
    if others:
        named = ", ".join(f"{obj.kind} {obj.name!r}" for obj in others)
        return f"matches no Deployment, StatefulSet or Rollout (it matches {named}, which callspec does not read; an Argo Rollout's workloadRef is not read either)"
    return "matches no Deployment, StatefulSet or Rollout"


def _the_service(objects: list[KubeObject], source: Source) -> KubeObject:
    services = [obj for obj in objects if obj.kind == "Service" and obj.name == source.service]
    if not services:
        where = ", ".join(str(path) for path in source.manifests)
        raise ManifestError(where, f"no Service named {source.service!r}" + (f" in namespace {source.namespace!r}" if source.namespace else ""))
    return services[0]


def _selector(service: KubeObject) -> Mapping:
    spec = _mapping(service.body, "spec")
    selector = spec.get("selector")
    if not isinstance(selector, Mapping) or not selector:
        raise ManifestError(str(spec.place_of("selector")), f"Service {service.name!r} has no selector: callspec reads the pods it selects")
    return selector


def _is_workload(obj: KubeObject) -> bool:
    return obj.kind in ("Deployment", "StatefulSet") or (obj.kind == "Rollout" and obj.api_version.startswith("argoproj.io/"))


def _template(obj: KubeObject) -> Mapping:
    return _mapping(_mapping(obj.body, "spec"), "template")


def _template_labels(obj: KubeObject) -> Mapping:
    return _mapping(_mapping(_template(obj), "metadata"), "labels")


def _annotations(obj: KubeObject) -> Mapping:
    return _mapping(_mapping(_template(obj), "metadata"), "annotations")


def _matches(selector: Mapping, labels: Mapping) -> bool:
    return all(labels.get(key) == value for key, value in selector.items())


def _mapping(parent: Mapping, key: str) -> Mapping:
    """`parent[key]`, a mapping; an empty one (placed at the parent) where it is absent; an error where it is something else."""
    value = parent.get(key)
    if value is None:
        empty = Mapping()
        empty.place, empty.lines = parent.place_of(key), {}
        return empty
    if not isinstance(value, Mapping):
        raise ManifestError(str(parent.place_of(key)), f"{key} must be a mapping, not {type(value).__name__}")
    return value


def _integer(parent: Mapping, key: str, default: int, least: int = 0) -> int:
    value = parent.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ManifestError(str(parent.place_of(key)), f"{key} must be an integer, not {value!r}")
    if value < least:
        raise ManifestError(str(parent.place_of(key)), f"{key} must be at least {least}, not {value}")
    return value


def _warn_unknown_keys(derived: Derived, block: Mapping, name: str) -> None:
    """A key Kubernetes does not know inside a block callspec reads: Kubernetes ignores it, so it is a bug in the manifest."""
    known = KNOWN_KEYS[name]
    for key in block:
        if key not in known:
            near = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            derived.warnings.append(f"{block.place_of(key)}: {name}.{key} is no field Kubernetes knows, and it ignores it{hint}")


def _autoscalers(objects: list[KubeObject]) -> dict[str, KubeObject]:
    """The HorizontalPodAutoscalers by the workload they scale; one naming no workload of the manifests is an error."""
    names = {(obj.kind, obj.name) for obj in objects if _is_workload(obj)}
    found = {}
    for obj in objects:
        if obj.kind != "HorizontalPodAutoscaler":
            continue
        target = _mapping(_mapping(obj.body, "spec"), "scaleTargetRef")
        if (target.get("kind"), target.get("name")) not in names:
            raise ManifestError(
                str(target.place_of("name")), f"HorizontalPodAutoscaler {obj.name!r} scales {target.get('kind')} {target.get('name')!r}, which no manifest declares"
            )
        found[str(target.get("name"))] = obj
    return found


# --- One workload ----------------------------------------------------------------


def _pool(
    source: Source, derived: Derived, obj: KubeObject, autoscaler: KubeObject | None, placed: dict[str, list[str]] | None, step_seconds: int
) -> _Pool:
    spec = _mapping(obj.body, "spec")
    replicas = _integer(spec, "replicas", 1)
    images = _images(source, derived, obj)
    capacity = _capacity(obj)
    size = replicas
    if autoscaler is not None:
        scale = _mapping(autoscaler.body, "spec")
        size = _integer(scale, "minReplicas", 1, least=1)
        most = _integer(scale, "maxReplicas", size, least=size)
    entries = _entries(source, derived, obj, size, placed)
    change = _change(derived, obj, entries, size, step_seconds)
    if autoscaler is not None and placed is None and source.zones:
        derived.notes.append(f"{obj.kind} {obj.name!r}: placed over zones at the autoscaler's minimum, {size}: the placement depends on the size")
    if autoscaler is not None and placed is None and not source.zones:
        if any(line.startswith('strategy = "staged"') for line in change):
            derived.notes.append(
                f"{autoscaler.place}: {obj.kind} {obj.name!r} is checked at the autoscaler's minimum, {size}: its rolling update's "
                "batches are worked out for one size, and a staged roll-out over a pool of any size is checked one size at a time"
            )
        else:
            entries = (Entry(obj.name, None, (size, most), f"{obj.body.place_of('metadata').short}, HorizontalPodAutoscaler {autoscaler.place.short}"),)
    probe = _probe(source, derived, obj, step_seconds)
    members = tuple(name for name, _, _, _ in entries)
    return _Pool(obj, images[0], images[1:], capacity, entries, members, probe, change)


def _images(source: Source, derived: Derived, obj: KubeObject) -> tuple[tuple[str, Place], ...]:
    """The versions of the pod template's containers, the server's own first (`callspec.io/container`, or the first)."""
    containers = _mapping(_template(obj), "spec").get("containers")
    if not isinstance(containers, Sequence) or not containers:
        raise ManifestError(str(_mapping(_template(obj), "spec").place), f"{obj.kind} {obj.name!r} has no containers")
    chosen = _annotations(obj).get(CONTAINER)
    versions = []
    for container in containers:
        if not isinstance(container, Mapping) or not isinstance(container.get("image"), str) or not container.get("image", "").strip():
            raise ManifestError(str(getattr(container, "place", containers.place)), f"{obj.kind} {obj.name!r}: a container without an image")
        version = _version_of(source, derived, container)
        first = container.get("name") == chosen
        versions.insert(0, version) if first else versions.append(version)
    return tuple(versions)


def _version_of(source: Source, derived: Derived, container: Mapping) -> tuple[str, Place]:
    """An image as a version: `repository:tag`, or `repository@digest`, the registry host left out."""
    image, place = container["image"], container.place_of("image")
    name, digest = image.split("@", 1) if "@" in image else (image, "")
    last = name.rsplit("/", 1)[-1]
    repository, tag = (name.rsplit(":", 1) if ":" in last else (name, ""))
    parts = repository.split("/")
    if len(parts) > 1 and ("." in parts[0] or ":" in parts[0] or parts[0] == "localhost"):
        repository = "/".join(parts[1:])
    if digest:
        return f"{repository}@{digest}", place
    if not tag or tag == "latest":
        message = f"{place}: image {image!r} of container {container.get('name')!r} names no version: read as {repository}:latest, one version wherever it appears"
        if source.strict:
            raise ManifestError(str(place), f"image {image!r} names no version (tag or digest), and --strict refuses it")
        derived.warnings.append(message)
        tag = "latest"
    return f"{repository}:{tag}", place


def _capacity(obj: KubeObject) -> int:
    annotations = _annotations(obj)
    written = annotations.get(CAPACITY, "1")
    if not str(written).isdigit() or int(str(written)) < 1:
        raise ManifestError(str(annotations.place_of(CAPACITY)), f"{CAPACITY} must be an integer of at least 1, not {written!r}")
    return int(str(written))


def _entries(source: Source, derived: Derived, obj: KubeObject, count: int, placed: dict[str, list[str]] | None) -> tuple[Entry, ...]:
    """The `[[servers]]` entries of a workload: one, or one per site its members sit at (`<name>-<site>`)."""
    where = obj.body.place_of("metadata").short
    if placed is not None:
        zones = placed.get(obj.name, [])
        if not zones:
            raise ManifestError(str(source.pods), f"no pod of {obj.kind} {obj.name!r} in the snapshot")
        counted = {zone: zones.count(zone) for zone in sorted(set(zones))}
        snapshot = _shown(source, source.pods)  # type: ignore[arg-type]
        return tuple(Entry(f"{obj.name}-{zone}", zone, number, f"{where}, pods from {snapshot}") for zone, number in counted.items())
    if not source.zones:
        return (Entry(obj.name, None, count, where),)
    skew = _max_skew(derived, obj)
    shares = _worst_placement(count, len(source.zones), skew)
    spread = f"{where}, {'topologySpreadConstraints maxSkew ' + str(skew) if skew is not None else 'no spread constraint: every pod in the first zone'}"
    return tuple(Entry(f"{obj.name}-{zone}", zone, share, spread) for zone, share in zip(source.zones, shares) if share)


def _max_skew(derived: Derived, obj: KubeObject) -> int | None:
    """The `maxSkew` of the workload's hard spread constraint over zones, if it has one."""
    constraints = _mapping(_template(obj), "spec").get("topologySpreadConstraints") or []
    for constraint in constraints:
        if isinstance(constraint, Mapping):
            _warn_unknown_keys(derived, constraint, "topologySpreadConstraints")
            if constraint.get("topologyKey") == ZONE_LABEL and constraint.get("whenUnsatisfiable", "DoNotSchedule") == "DoNotSchedule":
                return _integer(constraint, "maxSkew", 1, least=1)
    return None


def _worst_placement(pods: int, zones: int, skew: int | None) -> list[int]:
    """The most concentrated placement a spread constraint allows: zone after zone, each as full as it may be.

    With `maxSkew` s over Z zones the fullest zone holds at most
    `floor((n + (Z-1)*s) / Z)` of n pods (contract v3); the others are
    filled the same way with what is left. Without a constraint, all in the first.
    """
    if skew is None:
        return [pods] + [0] * (zones - 1)
    shares, left = [], pods
    for remaining in range(zones, 0, -1):
        most = (left + (remaining - 1) * skew) // remaining
        shares.append(min(most, left))
        left -= shares[-1]
    return shares


def _probe(source: Source, derived: Derived, obj: KubeObject, step_seconds: int) -> tuple[str, int, str]:
    """The health check routing reads, and `detect`: a readiness probe asks whether the pod is alive (`liveness`)."""
    containers = _mapping(_template(obj), "spec").get("containers") or []
    probes = [container.get("readinessProbe") for container in containers if isinstance(container, Mapping) and isinstance(container.get("readinessProbe"), Mapping)]
    annotations = _annotations(obj)
    declared = annotations.get(HEALTH_CHECK)
    if declared not in (None, "end_to_end", "liveness"):
        derived.warnings.append(f"{annotations.place_of(HEALTH_CHECK)}: {HEALTH_CHECK} is {declared!r}, neither \"end_to_end\" nor \"liveness\": read as liveness")
    for key in annotations:
        near = difflib.get_close_matches(key, (CAPACITY, HEALTH_CHECK, CONTAINER, ANALYSIS), n=1, cutoff=0.85)
        if key.startswith("callspec.io/") and key not in (CAPACITY, HEALTH_CHECK, CONTAINER, ANALYSIS):
            hint = f"; did you mean {near[0]!r}?" if near else ""
            derived.warnings.append(f"{annotations.place_of(key)}: {key} is no annotation callspec reads{hint}")
    kind = source.health_check or ("end_to_end" if declared == "end_to_end" else "liveness")
    if not probes:
        where = obj.body.place_of("metadata").short
        derived.notes.append(f"{where}: {obj.kind} {obj.name!r} has no readiness probe: a pod is routed while its containers run, read as health_check = \"liveness\"")
        return kind, 0, f"{where}: no readiness probe"
    probe = probes[0]
    _warn_unknown_keys(derived, probe, "readinessProbe")
    period = _integer(probe, "periodSeconds", DEFAULT_PERIOD_SECONDS, least=1)
    threshold = _integer(probe, "failureThreshold", DEFAULT_FAILURE_THRESHOLD, least=1)
    return kind, period * threshold // step_seconds, f"{probe.place.short}: readiness probe"


def _change(derived: Derived, obj: KubeObject, entries: tuple[Entry, ...], size: int, step_seconds: int) -> list[str]:
    """The `[[changes]]` entry of a workload's roll-out: Kubernetes' own arithmetic, or none (`OnDelete`)."""
    spec = _mapping(obj.body, "spec")
    if obj.kind == "Deployment":
        roll_out = _deployment(derived, spec, size, step_seconds)
    elif obj.kind == "StatefulSet":
        roll_out = _stateful_set(derived, spec, obj, entries)
    else:
        roll_out = _rollout(derived, spec, obj, entries, size, step_seconds)
    if roll_out is None:
        return []
    return ["", "[[changes]]", f"name = {_string(obj.name)}"] + roll_out


def _deployment(derived: Derived, spec: Mapping, size: int, step_seconds: int, rolling: Mapping | None = None) -> list[str] | None:
    """A Deployment's rolling update (or an Argo canary without steps, whose `rolling` block is the canary's own)."""
    if rolling is None:
        strategy = _mapping(spec, "strategy")
        _warn_unknown_keys(derived, strategy, "strategy")
        if strategy.get("type") == "Recreate":
            derived.notes.append(f"{strategy.place_of('type')}: Recreate stops every pod before it starts the new ones: that outage is not modelled (optimistic)")
            return ['strategy = "all_at_once"' + f"   # {strategy.place_of('type').short} (Recreate)"]
        if strategy.get("type", "RollingUpdate") != "RollingUpdate":
            raise ManifestError(str(strategy.place_of("type")), f"strategy.type must be RollingUpdate or Recreate, not {strategy.get('type')!r}")
        rolling = _mapping(strategy, "rollingUpdate")
        _warn_unknown_keys(derived, rolling, "rollingUpdate")
    surge = _scaled(rolling, "maxSurge", size, up=True)
    unavailable = _scaled(rolling, "maxUnavailable", size, up=False)
    if surge == 0 and unavailable == 0:
        unavailable = 1
    ready = _integer(spec, "minReadySeconds", 0)
    bake = math.ceil(ready / step_seconds)
    if surge:
        derived.notes.append(f"{spec.place}: maxSurge's extra capacity during the roll-out is left out (conservative)")
    if unavailable:
        derived.notes.append(f"{spec.place}: maxUnavailable's dip in capacity during the roll-out is not modelled (optimistic)")
    paced = f"maxSurge {_written(rolling, 'maxSurge')} -> {surge}, maxUnavailable {_written(rolling, 'maxUnavailable')} -> {unavailable}, of {size} replicas"
    waited = f"{spec.place_of('minReadySeconds').short}: minReadySeconds {ready} s over the step" if "minReadySeconds" in spec else "minReadySeconds not set: 0"
    return [
        'strategy = "staged"',
        f"batch = {max(surge + unavailable, 1)}   # {rolling.place.short}: {paced}",
        f"bake = {bake}   # {waited}",
        'gate = "health_check"   # the roll-out waits on readiness',
    ]


def _written(block: Mapping, key: str) -> str:
    """A rolling-update field as written, or `25% (default)`."""
    return str(block[key]) if key in block else "25% (default)"


def _stateful_set(derived: Derived, spec: Mapping, obj: KubeObject, entries: tuple[Entry, ...]) -> list[str] | None:
    """A StatefulSet's rolling update: `maxUnavailable` pods at a time, from the highest ordinal down, none below `partition`.

    Pod ordinal k is the pool's member k+1. Where the pool is split over
    sites, the members are named by site, and the order is the sites' (a note says so).
    """
    strategy = _mapping(spec, "updateStrategy")
    _warn_unknown_keys(derived, strategy, "updateStrategy")
    if strategy.get("type") == "OnDelete":
        derived.notes.append(f"{strategy.place_of('type')}: StatefulSet {obj.name!r} is updated OnDelete: no roll-out")
        return None
    rolling = _mapping(strategy, "rollingUpdate")
    _warn_unknown_keys(derived, rolling, "rollingUpdate")
    batch = max(_scaled(rolling, "maxUnavailable", _entry_size(entries), up=False) if "maxUnavailable" in rolling else 1, 1)
    partition = _integer(rolling, "partition", 0)
    lines = ['strategy = "staged"', f"batch = {batch}   # {rolling.place.short}: maxUnavailable", 'gate = "health_check"   # the roll-out waits on readiness']
    (name, _, count, _), *others = entries
    if others or not isinstance(count, int):
        derived.notes.append(f"StatefulSet {obj.name!r}: its members are named by site, so its roll-out goes site by site, not by decreasing ordinal")
        return lines
    everyone = _members(entries)
    members = [everyone[ordinal] for ordinal in range(count - 1, partition - 1, -1)]
    if not members:
        derived.notes.append(f"{rolling.place_of('partition')}: StatefulSet {obj.name!r}: partition {partition} leaves every pod as it is: no roll-out")
        return None
    return lines + [f"order = {_strings(members)}   # decreasing ordinal, none below partition {partition}", f"reaches = {_strings(members)}"]


def _rollout(derived: Derived, spec: Mapping, obj: KubeObject, entries: tuple[Entry, ...], size: int, step_seconds: int) -> list[str] | None:
    """An Argo Rollout: `blueGreen` at once; a canary's `setWeight` steps as batches, the rest after the last step
    (Argo promotes the rollout to 100% once its steps are done), unless a pause without a duration stops it there."""
    strategy = _mapping(spec, "strategy")
    if "blueGreen" in strategy:
        blue_green = _mapping(strategy, "blueGreen")
        if blue_green.get("autoPromotionEnabled") is False:
            derived.notes.append(f"{blue_green.place_of('autoPromotionEnabled')}: Rollout {obj.name!r} waits for a person to promote it: read as all at once when promoted")
        return ['strategy = "all_at_once"' + f"   # {strategy.place_of('blueGreen').short} (blueGreen)"]
    canary = _mapping(strategy, "canary")
    steps = canary.get("steps")
    if not isinstance(steps, Sequence) or not steps:
        derived.notes.append(f"{canary.place}: Rollout {obj.name!r} has no canary steps: rolled out by its maxSurge and maxUnavailable")
        return _deployment(derived, spec, size, step_seconds, canary)
    updated, batches, stopped = 0, [], False
    bake: int | None = None
    for step in steps:
        if not isinstance(step, Mapping):
            continue
        if "setWeight" in step:
            weight = _percent(step, "setWeight")
            target = math.ceil(weight * size / 100)
            if target > updated:
                batches.append(target - updated)
                updated = target
        elif "pause" in step:
            pause = step.get("pause")
            duration = pause.get("duration") if isinstance(pause, Mapping) else None
            if duration is None:
                derived.notes.append(f"{step.place}: Rollout {obj.name!r} pauses without a duration: the change stops there")
                stopped = True
                break
            pause_steps = math.ceil(_seconds(str(duration), step.place) / step_seconds)
            bake = pause_steps if bake is None else min(bake, pause_steps)
    if not stopped and updated < size:
        batches.append(size - updated)
    if not batches:
        return None
    gate = "true_state" if "analysis" in canary and _mapping(obj.body, "metadata").get("annotations", {}).get(ANALYSIS) == "end_to_end" else "health_check"
    lines = [
        'strategy = "staged"',
        f"batch = {batches}   # {steps.place.short}: setWeight steps",
        f"bake = {bake or 0}   # the shortest pause over the step (one bake for every batch: the shortest watch)",
        f'gate = "{gate}"',
    ]
    if not stopped:
        return lines
    reached = _members(entries)[:updated]
    return lines + [f"order = {_strings(reached)}   # the pods updated before the pause that stops it", f"reaches = {_strings(reached)}"]


def _entry_size(entries: tuple[Entry, ...]) -> int:
    """How many servers a workload's entries hold (a range at its least)."""
    return sum(entry.count if isinstance(entry.count, int) else entry.count[0] for entry in entries)


def _members(entries: tuple[Entry, ...]) -> list[str]:
    """The servers of a workload's entries, in declaration order, as a design names them (`<entry>-<k>`, or the entry alone)."""
    members = []
    for name, _, count, _ in entries:
        number = count if isinstance(count, int) else count[0]
        members += [name] if number == 1 else [f"{name}-{k}" for k in range(1, number + 1)]
    return members


def _scaled(rolling: Mapping, key: str, size: int, up: bool) -> int:
    """`maxSurge` (rounded up) or `maxUnavailable` (rounded down) of `size` replicas: an integer as given, or a percentage."""
    value = rolling.get(key, "25%")
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 0:
            raise ManifestError(str(rolling.place_of(key)), f"{key} must not be negative, not {value}")
        return value
    percent = _percent(rolling, key, default="25%", most=None if key == "maxSurge" else 100)
    scaled = percent * size / 100
    return math.ceil(scaled) if up else math.floor(scaled)


def _percent(parent: Mapping, key: str, default: str = "", most: int | None = 100) -> int:
    """A percentage (`25%`, or a bare number), at most `most` (Kubernetes bounds maxUnavailable and weights, not maxSurge)."""
    value = parent.get(key, default)
    written = str(value)
    match = re.fullmatch(r"(\d+)%?", written)
    if match is None:
        raise ManifestError(str(parent.place_of(key)), f"{key} must be an integer or a percentage, not {value!r}")
    number = int(match.group(1))
    if most is not None and number > most:
        raise ManifestError(str(parent.place_of(key)), f"{key} must be at most {most}%, not {written}")
    return number


def _seconds(duration: str, place: Place) -> int:
    """An Argo duration (`30s`, `5m`, `1h`, or seconds) in seconds."""
    match = re.fullmatch(r"(\d+)([smh]?)", duration.strip())
    if match is None:
        raise ManifestError(str(place), f"pause duration {duration!r} is not a duration (30s, 5m, 1h)")
    return int(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[match.group(2)]


def _pods_by_workload(source: Source, workloads: list[KubeObject], notes: list[str]) -> dict[str, list[str]]:
    """Per workload, the zone of each of its pods in the snapshot (`kubectl get pods,nodes -o json`); a pod on no
    node yet (pending) is left out, with a note in `notes`."""
    assert source.pods is not None
    shown = _shown(source, source.pods)
    items = []
    for document in read_documents(source.pods, shown):
        if isinstance(document, Mapping):
            items += [item for item in document.get("items") or [] if isinstance(item, Mapping)] if document.get("kind") == "List" else [document]
    zones = {}
    for item in items:
        if item.get("kind") == "Node":
            labels = _mapping(_mapping(item, "metadata"), "labels")
            zones[str(_mapping(item, "metadata").get("name"))] = labels.get(source.zone_label)
    found: dict[str, list[str]] = {}
    for item in items:
        if item.get("kind") != "Pod":
            continue
        labels = _mapping(_mapping(item, "metadata"), "labels")
        owner = next((obj for obj in workloads if _matches(_match_labels(obj), labels)), None)
        if owner is None:
            continue
        node = _mapping(item, "spec").get("nodeName")
        if node is None:
            name = _mapping(item, "metadata").get("name")
            notes.append(f"{item.place_of('spec')}: pod {name!r} is on no node (pending): left out")
            continue
        zone = zones.get(str(node))
        if zone is None:
            name = _mapping(item, "metadata").get("name")
            raise ManifestError(str(item.place_of("spec")), f"pod {name!r} is on node {node!r}, which has no {source.zone_label} label in the snapshot")
        found.setdefault(owner.name, []).append(str(zone))
    return found


def _match_labels(obj: KubeObject) -> Mapping:
    selector = _mapping(_mapping(obj.body, "spec"), "selector")
    return _mapping(selector, "matchLabels") if "matchLabels" in selector else _template_labels(obj)


def _notes_of_the_rest(derived: Derived, objects: list[KubeObject], workloads: list[KubeObject]) -> None:
    """What `import` reads but does not model, named so that a review sees it was not forgotten."""
    for obj in objects:
        if obj.kind == "PodDisruptionBudget":
            derived.notes.append(f"{obj.place}: PodDisruptionBudget {obj.name!r} limits voluntary evictions, which callspec does not model")
    for obj in workloads:
        spec = _mapping(obj.body, "spec")
        if "progressDeadlineSeconds" in spec:
            derived.notes.append(f"{spec.place_of('progressDeadlineSeconds')}: progressDeadlineSeconds marks a stuck roll-out, which halts nothing: not modelled")
        pod = _mapping(_template(obj), "spec")
        if "affinity" in pod:
            derived.notes.append(f"{pod.place_of('affinity')}: affinities are not modelled; sites come from the pods snapshot or the spread constraints")
        for container in pod.get("containers") or []:
            if isinstance(container, Mapping):
                for probe in ("livenessProbe", "startupProbe"):
                    if probe in container:
                        derived.notes.append(f"{container.place_of(probe)}: {probe} restarts a container; routing reads readiness only")


# --- The derived tables ----------------------------------------------------------


def _write(source: Source, derived: Derived, pools: list[_Pool]) -> None:
    lines = derived.lines
    checks = {pool.probe[0] for pool in pools}
    health_check = "liveness" if "liveness" in checks else "end_to_end"
    detect = max(pool.probe[1] for pool in pools)
    if len(checks) > 1:
        derived.notes.append("the pools' probes differ: routing reads the weakest, liveness")
    probed = any(pool.probe[2].endswith("readiness probe") for pool in pools)
    detection = "periodSeconds x failureThreshold over the step" if probed else "no readiness probe: 0"
    lines += ["", "[routing]", f"health_check = {_string(health_check)}   # {pools[0].probe[2]}", f"detect = {detect}   # {detection}"]
    versions: dict[str, Place] = {}
    for pool in pools:
        for version, place in (pool.version, *pool.components):
            versions.setdefault(version, place)
    for version, place in versions.items():
        codebase = re.split(r"[:@]", version, maxsplit=1)[0]
        lines += ["", "[[versions]]", f"name = {_string(version)}   # {place.short}", f"codebase = {_string(codebase)}"]
    for pool in pools:
        components = [version for version, _ in pool.components if version != pool.version[0]]
        for name, site, count, where in pool.entries:
            lines += ["", "[[servers]]", f"name = {_string(name)}   # {where}", f"version = {_string(pool.version[0])}   # {pool.version[1].short}"]
            if components:
                lines.append(f"components = {_strings(components)}")
            if site is not None:
                lines.append(f"site = {_string(site)}")
            lines.append(f"count = {count if isinstance(count, int) else _range(count)}")
            if pool.capacity != 1:
                lines.append(f"capacity = {pool.capacity}   # {CAPACITY}")
    runs: dict[str, set[str]] = {}
    for pool in pools:
        for version, _ in pool.components:
            runs.setdefault(version, set()).add(pool.workload.name)
    for pool in pools:
        if not pool.change:
            continue
        own = [version for version, _ in pool.components if runs[version] == {pool.workload.name}]
        shared = [version for version, _ in pool.components if runs[version] != {pool.workload.name}]
        if shared:
            derived.notes.append(
                f"{pool.workload.kind} {pool.workload.name!r}: its roll-out restarts {', '.join(shared)} too, which other workloads run: "
                "a change that names it would reach them, so it touches the application only there (a sidecar's bug is a bad input's, `trigger = \"input\"`)"
            )
        if any(line.startswith("reaches = ") for line in pool.change):
            lines += pool.change
            continue
        reaches = f"reaches = {_strings([*pool.members, *own])}   # {pool.workload.body.place_of('metadata').short}: its members, and the components only it runs"
        lines += pool.change[:3] + [reaches] + pool.change[3:]


def duration_seconds(text: str) -> int | None:
    """A design's `step` (`15 min`, `30 s`, `1 h`) in seconds, or None when it is no duration."""
    match = re.fullmatch(r"\s*(\d+)\s*(s|sec|secs|second|seconds|min|mins|minute|minutes|h|hour|hours)\s*", text)
    if match is None:
        return None
    unit = match.group(2)
    return int(match.group(1)) * (1 if unit.startswith("s") else 60 if unit.startswith("m") else 3600)


def _range(count: tuple[int, int | None]) -> str:
    least, most = count
    return f"{{ min = {least} }}" if most is None else f"{{ min = {least}, max = {most} }}"


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _strings(items: list[str]) -> str:
    return "[" + ", ".join(_string(item) for item in items) + "]"
