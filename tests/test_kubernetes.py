"""Designs read from Kubernetes manifests: the mapping of contract v3, the example, the drift gate, and bad manifests.

Each rule is tested on a manifest written here, the design's derived
tables read back through the design reader; every bad manifest the issue
lists is exit 2 with one line naming the file, the document and the line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spec.check import check_design
from spec.cli import main
from spec.design import DesignError, load_design

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ng911-esrp"

DESIGN = """\
name = "k8s"
step = "1 min"

[service]
demand = 2

[kubernetes]
manifests = ["deploy.yaml"]
service = "sip"
{extra}
[[claims]]
name = "one crash"
expect = "holds"
faults = {{ crashes = 1 }}
"""

SERVICE = """\
apiVersion: v1
kind: Service
metadata:
  name: sip
spec:
  selector:
    app: sip
"""


def deployment(name: str = "proxy", replicas: int | str = 6, strategy: str = "", extra_spec: str = "", image: str = "example.org/proxy:1.2") -> str:
    return f"""\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
spec:
  replicas: {replicas}
{extra_spec}{strategy}  selector:
    matchLabels:
      app: sip
  template:
    metadata:
      labels:
        app: sip
    spec:
      containers:
        - name: proxy
          image: {image}
          readinessProbe:
            tcpSocket:
              port: 5060
"""


def write(folder: Path, manifests: str, extra: str = "") -> Path:
    (folder / "deploy.yaml").write_text(manifests)
    design = folder / "design.toml"
    design.write_text(DESIGN.format(extra=extra))
    return design


def derived(folder: Path, manifests: str, extra: str = "") -> str:
    """The import of a design over `manifests`: the derived design's text."""
    design = write(folder, manifests, extra)
    out = folder / "imported.toml"
    assert main(["import", str(design), "--out", str(out)]) == 0
    return out.read_text()


def test_six_replicas_at_the_default_25_and_25_percent_roll_out_in_batches_of_3(tmp_path: Path) -> None:
    text = derived(tmp_path, SERVICE + "---\n" + deployment(extra_spec="  minReadySeconds: 90\n"))
    assert "batch = 3   # deploy.yaml:14 (document 1): maxSurge 25% (default) -> 2, maxUnavailable 25% (default) -> 1, of 6 replicas" in text
    assert "bake = 2" in text and 'gate = "health_check"' in text
    assert 'name = "proxy:1.2"' in text and 'codebase = "proxy"' in text  # the registry host left out
    assert 'health_check = "liveness"' in text and "count = 6" in text


@pytest.mark.parametrize(
    ("rolling", "batch"),
    [
        ("maxSurge: 0\n      maxUnavailable: 0", 1),
        ("maxSurge: 1\n      maxUnavailable: 0", 1),
        ("maxSurge: 50%\n      maxUnavailable: 10%", 3),
        ("maxSurge: 200%\n      maxUnavailable: 0", 12),  # maxSurge may pass 100%: twice the replicas at once
    ],
)
def test_rolling_update_arithmetic(tmp_path: Path, rolling: str, batch: int) -> None:
    strategy = f"  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      {rolling}\n"
    assert f"batch = {batch}   #" in derived(tmp_path, SERVICE + "---\n" + deployment(strategy=strategy))


def test_recreate_is_all_at_once_and_an_autoscaler_makes_a_range(tmp_path: Path) -> None:
    hpa = """\
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: proxy
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: proxy
  minReplicas: 3
  maxReplicas: 40
"""
    text = derived(tmp_path, SERVICE + "---\n" + deployment(strategy="  strategy:\n    type: Recreate\n") + "---\n" + hpa)
    assert "count = { min = 3, max = 40 }" in text and 'strategy = "all_at_once"' in text


def test_zones_place_the_pods_as_concentrated_as_the_spread_constraint_allows(tmp_path: Path) -> None:
    spread = "  template:\n"  # the constraint goes under the pod template's spec
    manifest = deployment(replicas=7).replace(
        "    spec:\n      containers:",
        "    spec:\n      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: topology.kubernetes.io/zone\n"
        "          whenUnsatisfiable: DoNotSchedule\n      containers:",
    )
    assert spread in manifest
    text = derived(tmp_path, SERVICE + "---\n" + manifest, 'zones = ["a", "b", "c"]\n')
    counts = [line for line in text.splitlines() if line.startswith("count = ")]
    assert counts == ["count = 3", "count = 2", "count = 2"]  # floor((7 + 2*1) / 3) = 3, then 2 of 4, then 2
    unconstrained = derived(tmp_path, SERVICE + "---\n" + deployment(replicas=7), 'zones = ["a", "b", "c"]\n')
    assert [line for line in unconstrained.splitlines() if line.startswith("count = ")] == ["count = 7"]


def test_a_stateful_set_goes_down_from_its_highest_ordinal_and_keeps_below_its_partition(tmp_path: Path) -> None:
    manifest = deployment(replicas=4).replace("kind: Deployment", "kind: StatefulSet")
    strategy = "  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      partition: 1\n"
    text = derived(tmp_path, SERVICE + "---\n" + manifest.replace("  selector:", strategy + "  selector:", 1))
    assert 'order = ["proxy-4", "proxy-3", "proxy-2"]' in text


def test_an_argo_rollout_s_canary_steps_are_a_batch_list(tmp_path: Path) -> None:
    rollout = deployment(replicas=10).replace("apiVersion: apps/v1\nkind: Deployment", "apiVersion: argoproj.io/v1alpha1\nkind: Rollout")
    steps = "  strategy:\n    canary:\n      steps:\n        - setWeight: 10\n        - pause: {duration: 2m}\n        - setWeight: 50\n        - pause: {duration: 5m}\n"
    text = derived(tmp_path, SERVICE + "---\n" + rollout.replace("  selector:", steps + "  selector:", 1))
    assert "batch = [1, 4, 5]" in text and "bake = 2" in text  # after its last step, Argo takes the rest; the shortest pause
    stopped = steps.replace("        - pause: {duration: 5m}\n", "        - pause: {}\n")
    text = derived(tmp_path, SERVICE + "---\n" + rollout.replace("  selector:", stopped + "  selector:", 1))
    assert "batch = [1, 4]" in text and 'reaches = ["proxy-1", "proxy-2", "proxy-3", "proxy-4", "proxy-5"]' in text


def test_sidecars_are_components_and_the_design_checks(tmp_path: Path) -> None:
    manifest = deployment().replace("          readinessProbe:", "        - name: envoy\n          image: envoyproxy/envoy:v1.30.1\n          readinessProbe:", 1)
    design = write(tmp_path, SERVICE + "---\n" + manifest)
    loaded = load_design(design)
    assert loaded.servers[0].software == ("proxy:1.2", "envoyproxy/envoy:v1.30.1")
    assert [verdict.outcome for verdict in check_design(loaded)] == ["holds"]


def test_an_image_without_a_version_is_a_warning_and_strict_refuses_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    design = write(tmp_path, SERVICE + "---\n" + deployment(image="proxy"))
    assert main(["import", str(design), "--out", str(tmp_path / "out.toml")]) == 0
    assert "names no version: read as proxy:latest" in capsys.readouterr().err
    assert main(["import", str(design), "--strict"]) == 2
    assert "--strict refuses it" in capsys.readouterr().err


def test_an_annotation_callspec_does_not_read_is_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = deployment().replace("        app: sip\n    spec:", "        app: sip\n      annotations:\n        callspec.io/healthcheck: e2e\n    spec:", 1)
    design = write(tmp_path, SERVICE + "---\n" + manifest)
    assert main(["check", str(design)]) == 0
    assert "callspec.io/healthcheck is no annotation callspec reads; did you mean 'callspec.io/health-check'?" in capsys.readouterr().err


def test_a_misspelt_key_kubernetes_ignores_is_a_warning_naming_the_nearest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    strategy = "  strategy:\n    rollingUpdate:\n      maxUnavaliable: 0\n"
    design = write(tmp_path, SERVICE + "---\n" + deployment(strategy=strategy))
    assert main(["check", str(design)]) == 0
    assert "rollingUpdate.maxUnavaliable is no field Kubernetes knows, and it ignores it; did you mean 'maxUnavailable'?" in capsys.readouterr().err


def test_helm_template_output_and_a_list_are_read(tmp_path: Path) -> None:
    helm = "---\n# Source: esrp/templates/service.yaml\n" + SERVICE + "---\n# Source: esrp/templates/proxy.yaml\n"
    items = "apiVersion: v1\nkind: List\nitems:\n" + "".join(
        "  - " + deployment(replicas=2).replace("\n", "\n    ").rstrip() + "\n" for _ in [0]
    )
    assert "count = 2" in derived(tmp_path, helm + items)


BAD = [
    ("invalid YAML", lambda: SERVICE + "---\n" + deployment().replace("  replicas: 6", "  replicas: [6"), "deploy.yaml:", "not valid YAML"),
    ("a duplicate key", lambda: SERVICE + "---\n" + deployment().replace("  replicas: 6", "  replicas: 6\n  replicas: 7"), "deploy.yaml:15: document 1", "duplicate key 'replicas'"),
    ("a non-integer replicas", lambda: SERVICE + "---\n" + deployment(replicas="six"), "deploy.yaml:14: document 1", "replicas must be an integer"),
    (
        "a percentage over 100%",
        lambda: SERVICE + "---\n" + deployment(strategy="  strategy:\n    rollingUpdate:\n      maxUnavailable: 150%\n"),
        "deploy.yaml:17: document 1",
        "maxUnavailable must be at most 100%, not 150%",
    ),
    ("a selector matching nothing", lambda: SERVICE.replace("app: sip", "app: none") + "---\n" + deployment(), "deploy.yaml:5: document 0", "matches no Deployment"),
    (
        "an autoscaler naming an unknown workload",
        lambda: SERVICE + "---\n" + deployment() + "---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: x\nspec:\n"
        "  scaleTargetRef:\n    kind: Deployment\n    name: nginx\n  maxReplicas: 3\n",
        "deploy.yaml:37: document 2",
        "scales Deployment 'nginx', which no manifest declares",
    ),
]


@pytest.mark.parametrize(("manifests", "where", "problem"), [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_bad_manifests_are_exit_2_naming_file_document_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], manifests: object, where: str, problem: str
) -> None:
    design = write(tmp_path, manifests())  # type: ignore[operator]
    assert main(["check", str(design)]) == 2
    message = capsys.readouterr().err
    assert where in message and problem in message and message.count("\n") == 1, message


def test_a_pod_without_a_zone_and_a_missing_manifest_are_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pods = '{"apiVersion": "v1", "kind": "List", "items": [\n{"kind": "Pod", "metadata": {"name": "p", "labels": {"app": "sip"}},\n "spec": {"nodeName": "n1"}},\n{"kind": "Node", "metadata": {"name": "n1", "labels": {}}}]}\n'
    (tmp_path / "pods.json").write_text(pods)
    design = write(tmp_path, SERVICE + "---\n" + deployment(), 'pods = "pods.json"\n')
    assert main(["check", str(design)]) == 2
    message = capsys.readouterr().err
    assert "pods.json:3: document 0" in message and "no topology.kubernetes.io/zone label" in message
    design.write_text(DESIGN.format(extra="").replace('"deploy.yaml"', '"missing/"'))
    assert main(["check", str(design)]) == 2
    assert 'design.toml:8: kubernetes.manifests: "missing/": no such file or folder' in capsys.readouterr().err


def test_a_kubernetes_design_may_not_write_its_servers(tmp_path: Path) -> None:
    design = write(tmp_path, SERVICE + "---\n" + deployment())
    design.write_text(design.read_text() + '\n[[servers]]\nname = "s"\nversion = "v"\n')
    with pytest.raises(DesignError, match=r"servers: a design with \[kubernetes\] takes its servers from the manifests"):
        load_design(design)


@pytest.mark.parametrize("name", ["esrp", "esrp-no-spread", "esrp-snapshot"])
def test_the_example_checks_as_its_claims_expect_and_its_import_is_committed(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    design = EXAMPLE / f"{name}.toml"
    assert all(verdict.as_expected for verdict in check_design(load_design(design)))
    assert main(["import", str(design), "--check", str(EXAMPLE / f"{name}.imported.toml")]) == 0


def test_the_drift_gate_exits_1_with_the_difference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "ng911-esrp"
    shutil.copytree(EXAMPLE, copy)
    manifest = copy / "deploy" / "opensips.yaml"
    manifest.write_text(manifest.read_text().replace("replicas: 3", "replicas: 2"))
    assert main(["import", str(copy / "esrp.toml"), "--check", str(copy / "esrp.imported.toml")]) == 1
    out = capsys.readouterr().out
    assert "differs from the design" in out and "-count = 1" in out


LINE_EDITS = st.sampled_from(["delete", "duplicate", "garble", "retype"])
VALUES = st.sampled_from(["", "-1", "150%", "true", "[1, 2", "{a: b}", "x" * 300, "0", "null", "'7'", "\t", "&anchor", "*alias"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_manifests_are_read_or_refused_in_one_line(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    """The example's manifests with a line deleted, doubled, garbled or given another value: a design, or exit 2 in one line."""
    folder = tmp_path_factory.mktemp("mutant") / "ng911-esrp"
    shutil.copytree(EXAMPLE, folder)
    manifest = folder / "deploy" / data.draw(st.sampled_from(sorted(path.name for path in (EXAMPLE / "deploy").iterdir())))
    lines = manifest.read_text().split("\n")
    index = data.draw(st.integers(0, len(lines) - 1))
    edit = data.draw(LINE_EDITS)
    if edit == "delete":
        del lines[index]
    elif edit == "duplicate":
        lines.insert(index, lines[index])
    elif edit == "garble":
        lines[index] = lines[index][: data.draw(st.integers(0, len(lines[index])))] + data.draw(st.sampled_from([":", "- ", "{", "]", '"', "\x00"]))
    else:
        key = lines[index].split(":", 1)[0]
        lines[index] = f"{key}: {data.draw(VALUES)}"
    manifest.write_text("\n".join(lines))
    with pytest.MonkeyPatch.context() as patch:
        errors: list[str] = []
        patch.setattr("sys.stderr", _Collect(errors))
        status = main(["import", str(folder / "esrp.toml"), "--out", str(folder / "out.toml")])
    refusals = [line for line in "".join(errors).splitlines() if line.startswith("callspec: error:")]
    assert status in (0, 2), errors
    assert status == 0 or (len(refusals) == 1 and "Traceback" not in "".join(errors)), errors


class _Collect:
    """A stream that keeps what is written to it."""

    def __init__(self, into: list[str]) -> None:
        self.into = into

    def write(self, text: str) -> int:
        self.into.append(text)
        return len(text)

    def flush(self) -> None:
        """Nothing is buffered."""


def test_a_blue_green_rollout_waiting_for_promotion_is_all_at_once_with_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rollout = deployment(replicas=3).replace("apiVersion: apps/v1\nkind: Deployment", "apiVersion: argoproj.io/v1alpha1\nkind: Rollout")
    strategy = "  strategy:\n    blueGreen:\n      activeService: sip\n      autoPromotionEnabled: false\n"
    text = derived(tmp_path, SERVICE + "---\n" + rollout.replace("  selector:", strategy + "  selector:", 1))
    assert 'strategy = "all_at_once"' in text
    assert "waits for a person to promote it" in capsys.readouterr().err
