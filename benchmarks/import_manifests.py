"""Reading Kubernetes manifests: the example, and a generated platform of 50 workloads and 5,000 pods.

    python3 benchmarks/import_manifests.py [--workloads N] [--pods N] [--runs N]

Times `callspec import` as a user runs it (reading the manifests, deriving
the design, reading that design back), in this process, best of `--runs`:
first on examples/ng911-esrp/esrp.toml, then on a generated folder of
`--workloads` Deployments behind one Service, each with a sidecar, an HPA
for every other one, spread over three zones by a pods snapshot of
`--pods` pods in all. It prints the seconds and, beside them, the seconds
the same design takes to read once written out as a plain design file: the
manifests' share of the time is their ratio.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from spec.design import import_design, load_design, parse_design

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ng911-esrp" / "esrp.toml"
ZONES = ("a", "b", "c")


def generated(folder: Path, workloads: int, pods: int) -> Path:
    """A design over `workloads` Deployments and a snapshot of `pods` pods (as evenly as they divide)."""
    per = pods // workloads
    documents = ["apiVersion: v1\nkind: Service\nmetadata:\n  name: sip\nspec:\n  selector:\n    app: sip\n"]
    for number in range(workloads):
        documents.append(
            f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: w{number}\nspec:\n  replicas: {per}\n  minReadySeconds: 30\n"
            f"  selector:\n    matchLabels:\n      app: sip\n      workload: w{number}\n  template:\n    metadata:\n      labels:\n"
            f"        app: sip\n        workload: w{number}\n    spec:\n      containers:\n        - name: proxy\n"
            f"          image: registry.example/proxy-{number % 5}:1.{number}\n          readinessProbe:\n            tcpSocket:\n              port: 5060\n"
            f"        - name: envoy\n          image: envoyproxy/envoy:v1.30.{number % 3}\n"
        )
        if number % 2:
            documents.append(
                f"apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: w{number}\nspec:\n"
                f"  scaleTargetRef:\n    kind: Deployment\n    name: w{number}\n  minReplicas: {per}\n  maxReplicas: {per * 3}\n"
            )
    (folder / "deploy.yaml").write_text("---\n".join(documents))
    nodes = [{"kind": "Node", "metadata": {"name": f"node-{zone}", "labels": {"topology.kubernetes.io/zone": zone}}} for zone in ZONES]
    items = [
        {"kind": "Pod", "metadata": {"name": f"w{number}-{pod}", "labels": {"app": "sip", "workload": f"w{number}"}}, "spec": {"nodeName": f"node-{ZONES[pod % 3]}"}}
        for number in range(workloads)
        for pod in range(per)
    ]
    (folder / "pods.json").write_text(json.dumps({"apiVersion": "v1", "kind": "List", "items": items + nodes}))
    design = folder / "design.toml"
    design.write_text(
        'name = "generated"\nstep = "1 min"\n[service]\ndemand = 1\n[kubernetes]\nmanifests = ["deploy.yaml"]\nservice = "sip"\npods = "pods.json"\n'
    )
    return design


def best_of(runs: int, work) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(label: str, design: Path, runs: int) -> None:
    text = design.read_text()
    imported = import_design(text, str(design))
    seconds = best_of(runs, lambda: load_design(design))
    plain = best_of(runs, lambda: parse_design(imported.text, str(design)))
    servers = len(load_design(design).servers)
    print(f"{label:<40} {servers:>7,} servers  import {seconds:7.3f} s   the plain design {plain:7.3f} s   ratio {seconds / plain:5.1f}x", flush=True)


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--workloads", type=int, default=50)
    options.add_argument("--pods", type=int, default=5000)
    options.add_argument("--runs", type=int, default=3)
    arguments = options.parse_args()
    measure("examples/ng911-esrp/esrp.toml", EXAMPLE, arguments.runs)
    with tempfile.TemporaryDirectory() as name:
        design = generated(Path(name), arguments.workloads, arguments.pods)
        measure(f"{arguments.workloads} workloads, {arguments.pods:,} pods", design, arguments.runs)


if __name__ == "__main__":
    main()
