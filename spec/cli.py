"""The `callspec` command line.

    callspec check PATH... [--claim NAME] [--json] [--timeout SECONDS] [--jobs N]
                           [--method auto|pdr|kind] [--encoding auto|servers|counting] [--certificates DIR]
                           [--report-dir DIR] [--itf DIR] [--count ENTRY=N]...
    callspec report PATH... [--report-dir DIR] [--itf DIR] [--claim NAME] [--timeout SECONDS] [--count ENTRY=N]...
    callspec export DESIGN --claim NAME --promela OUT.pml [--count ENTRY=N]...
    callspec cutsets FILE --claim NAME [--max-order N] [--json] [--encoding auto|servers|counting] [--timeout SECONDS]
                          [--count ENTRY=N]...
    callspec compare PATH... [--markdown FILE] [--timeout SECONDS] [--count ENTRY=N]...
    callspec risk FILE [--claim NAME] [--json] [--mef FILE] [--plot FILE] [--max-order N] [--timeout SECONDS]
                       [--count ENTRY=N]...
    callspec synthesize CATALOGUE [--out FILE] [--json] [--timeout SECONDS]
    callspec import FILE.toml [--out DESIGN.toml | --check DESIGN.toml] [--strict]

Exit status, as the contract fixes it: 0 when every verdict equals its
claim's `expect`; 1 when a verdict differs; 2 when the input is invalid
(nothing is checked); 3 when a verdict is inconclusive and none differs.
`synthesize` exits 0 with a design written, 1 when no allowed design meets
every claim, 3 when a claim of some candidate is inconclusive. `import
--check` exits 0 when the committed design is the one the manifests give,
1 (with the differences) when it has drifted.
An internal error (a counterexample that does not replay, a solver that
answers nothing during a cut-set search) exits 4: it is never reported as
a verdict.

A design with a ranged pool (`count = { min = 4, max = 40 }`) is read at
the size `--count ENTRY=N` gives each ranged pool, as a file declaring
that `count` would be (`spec.ranges`); without one, every command refuses
it (exit 2).

Every claim, and every cut-set search, has a time limit: `--timeout`, by
default `DEFAULT_TIMEOUT` seconds. A claim past it is `unknown`; a cut-set
search past it prints what it found and exits 3.
Output places (`--report-dir`, `--itf`, `--certificates`, `--promela`,
`--markdown`) are checked before any work starts, and a place that cannot
be written is an input error (exit 2). On a terminal, long work shows a
progress bar on standard error (`spec.progress`).
"""

from __future__ import annotations

import argparse
import difflib
import json
import math
import os
import stat
import sys
from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction
from pathlib import Path

from spec.analysis.cutsets import CountingUnsuited, SearchTimedOut, minimal_cut_sets
from spec.analysis.matrix import CELLS_PER_DESIGN, COMPARED_LOST_SHARE, verdict_matrix
from spec.analysis.mef import mef_document
from spec.analysis.risk import NoRiskTable, claims_figures
from spec.check import DEFAULT_TIMEOUT, HOLDS, METHODS, UNKNOWN, Verdict, check_design
from spec.design import Claim, Design, DesignError, import_design, load_design, parse_design, read_text
from spec.echo import escaped, quoted
from spec.engine.deadline import LONGEST_SECONDS
from spec.encoding import ENCODINGS
from spec import semantics
from spec.platform import build_platform
from spec.promela import promela_model
from spec.ranges import Count, CountError, count_option, counted_at_every_size, needs_a_size, one_size_only, sized
from spec.files import OutputError, output_file, output_folder, write_atomically
from spec.jobs import check_claims
from spec.progress import Progress
from spec.report.files import (
    INDEX,
    certificate_files,
    itf_file,
    report_files,
    slug,
    write_certificates,
    write_itf,
    write_reports,
)
from spec.report.matrix_table import markdown
from spec.report.cut_sets_text import cut_sets_json, cut_sets_text
from spec.report.risk_table import risk_text
from spec.report.verdict_text import describe
from spec.report.words import backup_too_small, ranged_sizes
from spec.report.synthesis_text import money, synthesis_json, synthesis_text
from spec.errors import InternalError
from spec.synthesis.candidates import design_text
from spec.synthesis.catalogue import load_catalogue
from spec.synthesis.search import Inconclusive, synthesize

EXIT_OK, EXIT_DIFFERS, EXIT_INVALID, EXIT_UNKNOWN, EXIT_INTERNAL = 0, 1, 2, 3, 4


class InputError(Exception):
    """Invalid input on the command line: exit 2, nothing checked."""


def design_files(paths: Sequence[str]) -> list[Path]:
    """The design files named by `paths`: files as given, folders searched for `*.toml`.

    Only regular files are design files: a named pipe called `p.toml` would
    make the reader wait for a writer forever.
    """
    files: list[Path] = []
    for name in paths:
        if not name:
            raise InputError("an empty path names no design file (write . for the current folder)")
        path = Path(name)
        mode = _mode(path)
        if stat.S_ISDIR(mode):
            found = sorted(path.rglob("*.toml"))
            if not found:
                raise InputError(f"{name}: no design files (*.toml) in this folder")
            files.extend(_regular(file) for file in found)
        else:
            files.append(_regular(path))
    return files


def _mode(path: Path) -> int:
    """The file type and permissions of `path`; a path that cannot be looked at is an input error."""
    try:
        return path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None


def _regular(path: Path) -> Path:
    if not stat.S_ISREG(_mode(path)):
        raise InputError(f"{path}: not a regular file")
    return path


def load_designs(paths: Sequence[str], claim: str | None) -> list[Design]:
    """Every design, validated before anything is checked; what its manifests likely get wrong is printed as warnings."""
    designs = [load_design(path) for path in design_files(paths)]
    for design in designs:
        for warning in [*design.import_warnings, *_claims_without_a_trigger(design)]:
            print(f"callspec: warning: {warning}", file=sys.stderr)
    if claim is not None and not any(c.name == claim for design in designs for c in design.claims):
        raise InputError(f"--claim: no design has a claim named {quoted(claim)}")
    return designs


def _claims_without_a_trigger(design: Design) -> list[str]:
    """A warning per claim whose `bug_units` all lie where its trigger sets nothing off: such a claim holds for want of a trigger."""
    warnings = []
    for claim in design.claims:
        if claim.faults.bug_units is None or not claim.faults.bugs or design.ranged_pools:
            continue
        never = semantics.units_never_set_off(build_platform(design, claim))
        if never and set(claim.faults.bug_units) <= set(never):
            warnings.append(
                f"{design.file}: claim {quoted(claim.name)}: no {'change touches' if claim.faults.trigger == 'change' else 'member runs'} "
                f"{' or '.join(claim.faults.bug_units)}, so its bug never goes off (a bug set off by a bad input is trigger = \"input\")"
            )
    return warnings


def exit_status(verdicts: Sequence[Verdict]) -> int:
    if any(not v.as_expected and v.outcome != UNKNOWN for v in verdicts):
        return EXIT_DIFFERS
    if any(v.outcome == UNKNOWN for v in verdicts):
        return EXIT_UNKNOWN
    return EXIT_OK


def _check(arguments: argparse.Namespace, quiet: bool = False) -> int:
    designs = sized(load_designs(arguments.paths, arguments.claim), arguments.count, one_size_only)
    counted_at_every_size(designs, arguments.encoding)
    asked = [[claim for claim in design.claims if arguments.claim in (None, claim.name)] for design in designs]
    claims = [(design, claim) for design, chosen in zip(designs, asked) for claim in chosen]
    places = _output_places(arguments, claims)
    results: list[tuple[Design, list[Verdict]]] = []
    printed = not arguments.json and not quiet
    with Progress(len(claims), "claims", shown=not arguments.json) as progress:
        answers = check_claims(claims, arguments.timeout, arguments.method, arguments.encoding, arguments.jobs)
        for design, chosen in zip(designs, asked):
            verdicts = []
            for _ in chosen:
                verdicts.append(next(answers))
                progress.advance(design.name)
            results.append((design, verdicts))
            if printed:
                progress.say(f"{design.file}: {design.name}" + (f" ({design.title})" if design.title else ""))
                if design.ranged_pools:
                    progress.say(f"  every size at once: {ranged_sizes(design)}")
                if note := backup_too_small(design):
                    progress.say(f"  {note}")
                for verdict in verdicts:
                    progress.say(describe(verdict))
    every = [verdict for _, verdicts in results for verdict in verdicts]
    if "certificates" in places:
        write_certificates(places["certificates"], every)
    if "report" in places:
        write_reports(places["report"], results)
    if "itf" in places:
        write_itf(places["itf"], every)
    if arguments.json:
        document = {
            "designs": [
                {"file": design.file, "name": design.name, "claims": [v.to_json() for v in verdicts]}
                for design, verdicts in results
            ]
        }
        print(json.dumps(document, indent=2))
    else:
        differ = sum(1 for v in every if not v.as_expected and v.outcome != UNKNOWN)
        unknown = sum(1 for v in every if v.outcome == UNKNOWN)
        print(f"{len(every)} claims: {len(every) - differ - unknown} as expected, {differ} differ, {unknown} inconclusive")
        if arguments.report_dir:
            print(f"reports: {Path(arguments.report_dir) / INDEX}")
        if arguments.itf:
            print(f"ITF traces: {arguments.itf}")
    return exit_status(every)


def _output_places(arguments: argparse.Namespace, claims: Sequence[tuple[Design, Claim]]) -> dict[str, Path]:
    """The output folders asked for, checked (and created) before any claim is: `report`, `itf`, `certificates`."""
    places = {}
    if arguments.report_dir is not None:
        names = [INDEX, *(name for design, claim in claims for name in report_files(design, claim))]
        places["report"] = output_folder("--report-dir", arguments.report_dir, names)
    if arguments.itf is not None:
        places["itf"] = output_folder("--itf", arguments.itf, [itf_file(design, claim) for design, claim in claims])
    if arguments.certificates is not None:
        names = [name for design, claim in claims for name in certificate_files(design, claim).values()]
        places["certificates"] = output_folder("--certificates", arguments.certificates, names)
    return places


def _report(arguments: argparse.Namespace) -> int:
    return _check(arguments, quiet=True)


def _seconds(text: str) -> float:
    """A time limit: a finite number of seconds from 0 to `LONGEST_SECONDS`."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a number of seconds") from None
    if not math.isfinite(value) or not 0 <= value <= LONGEST_SECONDS:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a number of seconds from 0 to {LONGEST_SECONDS:,.0f}")
    return value


def _export(arguments: argparse.Namespace) -> int:
    design = _sized_design(arguments.design, arguments.count, "export")
    claim = _claim_of(design, arguments.claim)
    path = output_file("--promela", arguments.promela)
    model = promela_model(build_platform(design, claim), f"{design.name}: {claim.name}")
    write_atomically(path, model)
    print(f"wrote {arguments.promela}")
    return EXIT_OK


def _sized_design(path: str, counts: Sequence[Count], command: str) -> Design:
    """The design file at `path`, at the sizes `--count` gives its ranged pools, for a command that reads fixed sizes."""
    return sized([load_design(path)], counts, needs_a_size(command))[0]


def _claim_of(design: Design, name: str) -> Claim:
    claim = next((claim for claim in design.claims if claim.name == name), None)
    if claim is None:
        raise InputError(f"{design.file}: --claim: no claim named {quoted(name)}")
    return claim


def _cutsets(arguments: argparse.Namespace) -> int:
    design = _sized_design(arguments.file, arguments.count, "cutsets")
    claim = _claim_of(design, arguments.claim)
    timed_out: SearchTimedOut | None = None
    try:
        with Progress(None, "orders", shown=not arguments.json) as progress:
            cuts = minimal_cut_sets(
                design, claim, arguments.max_order, encoding=arguments.encoding, timeout=arguments.timeout, on_order=progress.reach
            )
    except CountingUnsuited:
        reason = f"{CountingUnsuited.REASON}: its cut sets need --encoding servers"
        raise InputError(f"{design.file}: --encoding counting: {reason}") from None
    except SearchTimedOut as error:
        cuts, timed_out = error.found, error
    if arguments.json:
        document = cut_sets_json(design, claim, cuts)
        if timed_out is not None:
            document["timed_out_at_order"] = timed_out.order
        print(json.dumps(document, indent=2))
        return EXIT_OK if timed_out is None else EXIT_UNKNOWN
    print(cut_sets_text(design, claim, cuts, arguments.max_order), end="")
    if timed_out is not None:
        print(f"incomplete: the time limit ({arguments.timeout:g} s) passed while searching order {timed_out.order}")
        return EXIT_UNKNOWN
    return EXIT_OK


def _compare(arguments: argparse.Namespace) -> int:
    designs = sized(load_designs(arguments.paths, None), arguments.count, one_size_only)
    path = None if arguments.markdown is None else output_file("--markdown", arguments.markdown)
    try:
        with Progress(len(designs) * CELLS_PER_DESIGN, "cells") as progress:
            table = markdown(verdict_matrix(designs, arguments.timeout, on_cell=progress.advance, lost_share=arguments.lost_share))
    except SearchTimedOut as error:
        print(f"callspec: the smallest cut set was not found within the time limit: {error}", file=sys.stderr)
        return EXIT_UNKNOWN
    print(table, end="")
    if path is not None:
        write_atomically(path, table)
    return EXIT_OK


def _risk(arguments: argparse.Namespace) -> int:
    design = _sized_design(arguments.file, arguments.count, "risk")
    claims = [_claim_of(design, arguments.claim)] if arguments.claim else list(design.claims)
    if design.risk is None:
        raise InputError(str(NoRiskTable.of(design)))
    if not claims:
        raise InputError(f"{design.file}: has no [[claims]]: risk figures are computed per claim")
    if (arguments.mef or arguments.plot) and len(claims) != 1:
        raise InputError(f"{design.file}: --mef and --plot are for one claim: name it with --claim")
    try:
        figures = claims_figures(design, claims, arguments.max_order, arguments.timeout)
    except SearchTimedOut as error:
        print(
            f"callspec: {design.file}: risk: the cut-set search passed its time limit ({arguments.timeout:g} s) while searching "
            f"order {error.order}; give --max-order below it or a longer --timeout",
            file=sys.stderr,
        )
        return EXIT_UNKNOWN
    if arguments.mef:
        Path(arguments.mef).write_text(mef_document(f"{design.name}-{slug(claims[0].name)}", figures[0]), encoding="utf-8")
    if arguments.plot:
        # Imported here: matplotlib takes a second to load, which no other command should pay.
        from spec.report.risk_plot import FamilyTimedOut, servers_axis, write_risk_plot

        try:
            with Progress(2 * len(servers_axis(design)), "designs of the plot", shown=not arguments.json) as progress:
                write_risk_plot(Path(arguments.plot), design, claims[0], arguments.max_order, arguments.timeout, progress.advance)
        except FamilyTimedOut as error:
            print(
                f"callspec: {design.file}: risk --plot: {error} ({arguments.timeout:g} s); "
                "give --max-order below it or a longer --timeout",
                file=sys.stderr,
            )
            return EXIT_UNKNOWN
    if arguments.json:
        print(json.dumps({"design": design.name, "claims": [f.to_json() for f in figures]}, indent=2))
    else:
        print(risk_text(design, figures), end="")
    return EXIT_OK


def _synthesize(arguments: argparse.Namespace) -> int:
    catalogue = load_catalogue(arguments.catalogue)
    out = output_file("--out", arguments.out if arguments.out is not None else f"{catalogue.name}.synth.toml")
    try:
        with Progress(None, "candidates", shown=not arguments.json) as progress:
            result = synthesize(catalogue, arguments.timeout, on_candidate=lambda _, checks: progress.advance(f"{checks} checks"))
    except Inconclusive as error:
        return _synthesis_inconclusive(arguments, catalogue.name, catalogue.file, str(error))
    written = None
    if result.best is not None and result.cost is not None:
        title = f"The cheapest design of catalogue {catalogue.name}: cost {money(result.cost)}"
        write_atomically(out, design_text(catalogue, result.best, title))
        written = str(out)
        rechecked = check_design(load_design(out), timeout=arguments.timeout)
        unknown = next((verdict for verdict in rechecked if verdict.outcome == UNKNOWN), None)
        if unknown is not None:
            reason = f"the re-check of {out}: claim {quoted(unknown.claim.name)}: {unknown.reason}"
            return _synthesis_inconclusive(arguments, catalogue.name, catalogue.file, reason)
        if any(verdict.outcome != HOLDS for verdict in rechecked):
            raise InternalError(f"{out}: a claim of the synthesized design does not hold when re-checked")
    if arguments.json:
        print(json.dumps(synthesis_json(result, written), indent=2))
    else:
        print(synthesis_text(result, written), end="")
    return EXIT_OK if written is not None else EXIT_DIFFERS


def _synthesis_inconclusive(arguments: argparse.Namespace, name: str, file: str, reason: str) -> int:
    """A claim the checker could not decide: the search proves nothing, so it says so and exits 3."""
    message = f"{file}: synthesis inconclusive: {reason}"
    if arguments.json:
        print(json.dumps({"catalogue": name, "file": file, "cost": None, "design": None, "inconclusive": message}, indent=2))
    else:
        print(f"callspec: {message}", file=sys.stderr)
    return EXIT_UNKNOWN


def _positive(text: str) -> int:
    """An order bound: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _share(text: str) -> Fraction:
    """A share of calls above 0 and at most 1, written as a decimal number and kept exact as written, as in a design file."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"{quoted(text)} is not a share of calls: a number above 0 and at most 1")
    return Fraction(repr(value))


def _output_options(command: argparse.ArgumentParser, report_default: str | None) -> None:
    default = f" (default: {report_default})" if report_default else ""
    command.add_argument(
        "--report-dir",
        metavar="DIR",
        default=report_default,
        help=f"write a Markdown report with two SVG pictures per violated claim, and index.md, here{default}",
    )
    command.add_argument("--itf", metavar="DIR", help="write each counterexample here as an ITF trace (JSON)")


def _encoding_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default="auto",
        help="variables per server, or counted per class of interchangeable servers; auto counts when a class has more than one member",
    )


def _count_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--count",
        type=count_option,
        action="append",
        default=[],
        metavar="ENTRY=N",
        help="give the ranged pool ENTRY (count = { min = ..., max = ... }) N members; once per ranged pool",
    )


def _timeout_option(command: argparse.ArgumentParser, meaning: str) -> None:
    command.add_argument(
        "--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS", help=f"{meaning} (default: {DEFAULT_TIMEOUT:g})"
    )


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="callspec", description="Prove or refute redundancy claims of call-routing designs.")
    commands = top.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="prove or refute every claim of the given designs")
    check.add_argument("paths", nargs="+", metavar="PATH", help="a design file or a folder of them")
    check.add_argument("--claim", metavar="NAME", help="check only the claim with this name")
    check.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    check.add_argument("--method", choices=METHODS, default="auto", help="proof method for claims that hold")
    check.add_argument("--certificates", metavar="DIR", help="write the SMT-LIB obligations of every held claim here")
    _timeout_option(check, "time limit per claim; past it the verdict is unknown")
    check.add_argument(
        "--jobs", type=_positive, default=1, metavar="N", help="check claims in N processes at once; output as with one"
    )
    _encoding_option(check)
    _output_options(check, report_default=None)
    _count_option(check)
    check.set_defaults(run=_check)
    report = commands.add_parser("report", help="check designs and write the counterexample reports for a design review")
    report.add_argument("paths", nargs="+", metavar="PATH", help="a design file or a folder of them")
    report.add_argument("--claim", metavar="NAME", help="report only the claim with this name")
    _timeout_option(report, "time limit per claim; past it the verdict is unknown")
    _output_options(report, report_default="callspec-reports")
    _encoding_option(report)
    _count_option(report)
    report.set_defaults(run=_report, json=False, method="auto", certificates=None, jobs=1)
    export = commands.add_parser("export", help="write a claim as a model for another checker")
    export.add_argument("design", metavar="DESIGN", help="a design file")
    export.add_argument("--claim", metavar="NAME", required=True, help="the claim to export")
    export.add_argument("--promela", metavar="OUT.pml", required=True, help="write a Promela model for SPIN here")
    _count_option(export)
    export.set_defaults(run=_export)
    cutsets = commands.add_parser("cutsets", help="list the minimal cut sets of a claim's fault hypothesis")
    cutsets.add_argument("file", metavar="FILE", help="a design file")
    cutsets.add_argument("--claim", metavar="NAME", required=True, help="the claim whose bug scope, trigger, latency apply")
    cutsets.add_argument("--max-order", type=_positive, metavar="N", help="only cut sets of at most N events")
    cutsets.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    _encoding_option(cutsets)
    _timeout_option(cutsets, "time limit of the search; past it the cut sets found so far are printed, exit status 3")
    _count_option(cutsets)
    cutsets.set_defaults(run=_cutsets)
    compare = commands.add_parser("compare", help="check designs against a standard set of fault hypotheses")
    compare.add_argument("paths", nargs="+", metavar="PATH", help="a design file or a folder of them")
    compare.add_argument("--markdown", metavar="FILE", help="also write the matrix here")
    compare.add_argument(
        "--lost-share",
        type=_share,
        default=COMPARED_LOST_SHARE,
        metavar="SHARE",
        help=f"the max_lost_share of each design's second line, for designs that allow no loss (default {float(COMPARED_LOST_SHARE):g})",
    )
    _timeout_option(compare, "time limit per cell")
    _count_option(compare)
    compare.set_defaults(run=_compare)
    risk = commands.add_parser("risk", help="the probability of an outage per window and a year, and the calls it costs")
    risk.add_argument("file", metavar="FILE", help="a design file with a [risk] table")
    risk.add_argument("--claim", metavar="NAME", help="only the claim with this name")
    risk.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    risk.add_argument("--mef", metavar="FILE", help="write the claim's fault tree here (Open-PSA MEF, read by SCRAM)")
    risk.add_argument("--plot", metavar="FILE", help="draw outage probability against the number of servers here (SVG)")
    risk.add_argument(
        "--max-order", type=_positive, metavar="N", help="only cut sets of at most N events, the plot's too: figures bounded"
    )
    _timeout_option(risk, "time limit of each cut-set search, the plot's too; past it nothing is printed, exit status 3")
    _count_option(risk)
    risk.set_defaults(run=_risk)
    synthesis = commands.add_parser(
        "synthesize", help="the cheapest design a catalogue allows whose every claim holds, proved cheapest"
    )
    synthesis.add_argument("catalogue", metavar="CATALOGUE", help="a catalogue file (see docs/synthesis.md)")
    synthesis.add_argument("--out", metavar="FILE", help="write the design here (default: <catalogue name>.synth.toml)")
    synthesis.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    _timeout_option(synthesis, "time limit per claim of each candidate; past it the search stops, exit status 3")
    synthesis.set_defaults(run=_synthesize)
    imported = commands.add_parser("import", help="the design a [kubernetes] design file derives from its manifests")
    imported.add_argument("file", metavar="FILE.toml", help="a design file with a [kubernetes] table")
    written = imported.add_mutually_exclusive_group()
    written.add_argument("--out", metavar="DESIGN.toml", help="write the derived design here (default: print it)")
    written.add_argument("--check", metavar="DESIGN.toml", help="the drift gate: exit 1 and the differences when DESIGN.toml no longer matches")
    imported.add_argument("--strict", action="store_true", help="refuse an image that names no version (no tag, or latest)")
    imported.set_defaults(run=_import)
    return top


IMPORTED = "# The design {file} derives from its manifests, written by `callspec import`: do not edit it, edit the manifests.\n"


def _import(arguments: argparse.Namespace) -> int:
    """The design a `[kubernetes]` design file derives from its manifests: written, printed, or compared with a committed one."""
    file = arguments.file
    derived = import_design(read_text(file), file, arguments.strict)
    for warning in derived.warnings:
        print(f"callspec: warning: {warning}", file=sys.stderr)
    text = IMPORTED.format(file=file) + derived.text
    if arguments.check is not None:
        return _drift(text, file, arguments.check)
    for note in derived.notes:
        print(f"callspec: note: {note}", file=sys.stderr)
    if arguments.out is None:
        print(text, end="")
        return EXIT_OK
    out = output_file("--out", arguments.out)
    write_atomically(out, text)
    print(f"wrote {out}")
    return EXIT_OK


def _drift(derived: str, file: str, committed_file: str) -> int:
    """0 when `committed_file` means what the manifests give today; else 1, and the lines that differ, comments left out."""
    committed = read_text(committed_file)
    same = _as_compared(parse_design(committed, committed_file)) == _as_compared(parse_design(derived, committed_file))
    if same:
        print(f"{committed_file}: the design {file} derives from its manifests, unchanged")
        return EXIT_OK
    difference = difflib.unified_diff(_meaningful(committed), _meaningful(derived), committed_file, f"{file} (from its manifests)", lineterm="")
    print(f"{committed_file}: differs from the design {file} gives today (its manifests or its own tables changed); import again (`callspec import {file} --out {committed_file}`)")
    print("\n".join(difference))
    return EXIT_DIFFERS


def _as_compared(design: Design) -> Design:
    """A design as the drift gate compares it: what it means, not where it was read from."""
    return replace(design, file="", import_warnings=())


def _meaningful(text: str) -> list[str]:
    """The lines of a design file that say something: comments (the importer's provenance among them) and blanks left out."""
    kept = []
    for line in text.split("\n"):
        line = line.split("   # ", 1)[0].rstrip()
        if line and not line.lstrip().startswith("#"):
            kept.append(line)
    return kept


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    try:
        return arguments.run(arguments)
    except (DesignError, InputError, OutputError, CountError) as error:
        print(f"callspec: error: {escaped(str(error))}", file=sys.stderr)
        return EXIT_INVALID
    except InternalError as error:
        print(f"callspec: internal error: {error}", file=sys.stderr)
        return EXIT_INTERNAL
    except BrokenPipeError:
        # The reader (`| head`, say) stopped listening: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
