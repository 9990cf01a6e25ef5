"""Growth of loading, ``argmap check`` and ``argmap build`` from 1,000 to 100,000 claims (issue 15).

    .venv/bin/python benchmarks/bench_scale.py [--sizes 1000,10000,50000,100000] [--repeat 3]
                                              [--stages load,check,build] [--seed 1] [--src DIR]
                                              [--check-format text|json]

For each size a seeded map is generated (``benchmarks/generate.py``, ≤ 500 claims per file) and
measured, every figure the median of ``--repeat`` runs:

* **floor** — reading every YAML file of the map and parsing it into Python data with a C YAML
  parser and no positions: PyYAML's ``CSafeLoader`` (libyaml), else ruamel.yaml's C-backed safe
  loader when PyYAML is not installed (the table says which). In-process.
* **libyaml** — ruamel.yaml.clib's ``raw_parse``: libyaml alone, no Python object per event
  (what no Python-level reader can beat; shown for scale, not as the floor). In-process.
* **load** — ``argmap.load.load_map`` alone (read, parse with positions, validate, cross-file
  checks), timed inside one process that loads the map ``--repeat`` times; its peak memory.
* **check** / **build** — whole processes ``argmap check DIR`` and ``argmap build DIR -o …``, run
  as the ``argmap`` command runs them (``argmap.__main__.main``), standard output to a file, with
  the peak resident memory of the process (``os.wait4``'s rusage). ``check`` writes its default
  text report; ``--check-format json`` measures the JSON report instead (until 2026-12 the table
  measured JSON, which hid that the text report cost twice as much at 100,000 claims).
* **stack** — once per run: a whole process that only imports the libraries the design fixes
  for the check (networkx, pydantic, typer) and does nothing else; its ratio to the smallest
  map's floor is the least any ``argmap check`` built on them can reach there.

``--src DIR`` measures the ``argmap`` package found in DIR instead of the installed one (e.g. an
exported older commit: ``git archive BASE argmap | tar -x -C DIR``), for before/after figures
with the same generator and floor.

The table gives each time's ratio to the floor of the same run, and the growth exponent k of
t ≈ c·n^k fitted by least squares on log-log over the sizes ≥ 10,000.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate_map
from userenv import USER_ENV

STAGES = ("load", "check", "build")


def _yaml_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in {".yaml", ".yml"})


def floor_loader() -> tuple[str, Callable[[str], object]]:
    """The C parser of the floor and a function that turns YAML text into data with it."""
    try:
        import yaml  # type: ignore[import-untyped]

        if not yaml.__with_libyaml__:
            raise ImportError
        return "PyYAML CSafeLoader", lambda text: yaml.load(text, Loader=yaml.CSafeLoader)
    except ImportError:
        from ruamel.yaml import YAML

        ruamel = YAML(typ="safe", pure=False)
        return "ruamel.yaml C safe load", ruamel.load


def median_call(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``fn()`` over ``repeat`` calls (the result is dropped each time)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def parse_floor(root: Path, load: Callable[[str], object]) -> None:
    for path in _yaml_files(root):
        load(path.read_bytes().decode("utf-8-sig"))


def libyaml_raw(root: Path) -> None:
    from ruamel.yaml.cyaml import CParser

    for path in _yaml_files(root):
        parser = CParser(path.read_bytes().decode("utf-8-sig"))
        parser.raw_parse()
        parser.dispose()


LOAD_CHILD = """
import gc, json, statistics, sys, time
from argmap.load import load_map
times = []
for _ in range(int(sys.argv[2])):
    gc.collect()
    start = time.perf_counter()
    amap = load_map(sys.argv[1])
    times.append(time.perf_counter() - start)
    relations = len(amap.relations)
    del amap
print(json.dumps({"median": statistics.median(times), "relations": relations}))
"""
CLI_CHILD = "import sys; from argmap.__main__ import main; sys.argv[0] = 'argmap'; main()"
#: the libraries every ``argmap check`` imports (design card: graph, models, command line)
STACK = ("networkx", "pydantic", "typer")


_CPU: dict[str, list[float]] = {}  # CPU seconds (user + system) of every process, by command


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall time (s), peak RSS (MiB) and standard output of one whole process (its CPU time
    is kept in ``_CPU``: on a shared machine it moves far less than the wall time)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        # run outside the checkout: ``python -c`` puts the working directory first on sys.path,
        # which would shadow --src
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=tempfile.gettempdir())
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        _CPU.setdefault(" ".join(cmd[3:5]), []).append(usage.ru_utime + usage.ru_stime)
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} exited {code}: {err.read().decode()[-2000:]}")
        return elapsed, usage.ru_maxrss / 1024, out.read().decode()  # ru_maxrss: KiB on Linux


def run_process(cmd: list[str], repeat: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall time (s) and median peak RSS (MiB) of a whole process run ``repeat`` times."""
    runs = [run_once(cmd, env) for _ in range(repeat)]
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))


def measure(n: int, work: Path, args: argparse.Namespace) -> dict[str, float]:
    """Every figure for a generated map of ``n`` claims."""
    root = generate_map(work / f"m{n}", n, args.seed)
    env = dict(USER_ENV)
    if args.src:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [args.src, env.get("PYTHONPATH")]))
    _, load = floor_loader()
    row: dict[str, float] = {"claims": n, "files": len(_yaml_files(root))}
    row["floor"] = median_call(lambda: parse_floor(root, load), args.repeat)
    row["libyaml"] = median_call(lambda: libyaml_raw(root), args.repeat)
    python = sys.executable
    _, row["load_mib"], out = run_once(
        [python, "-c", LOAD_CHILD, str(root), str(args.repeat if "load" in args.stages else 1)],
        env)
    result = json.loads(out)
    row["relations"] = result["relations"]
    if "load" in args.stages:
        row["load"] = result["median"]
    if "check" in args.stages:
        row["check"], row["check_mib"] = run_process(
            [python, "-c", CLI_CHILD, "check", str(root), "--format", args.check_format],
            args.repeat, env)
        row["check_cpu"] = statistics.median(_CPU.pop(f"check {root}"))
    if "build" in args.stages:
        row["build"], row["build_mib"] = run_process(
            [python, "-c", CLI_CHILD, "build", str(root), "-o", str(work / f"m{n}.html")],
            args.repeat, env)
        row["build_cpu"] = statistics.median(_CPU.pop(f"build {root}"))
    return row


def stack_start(repeat: int) -> float:
    """Median wall time of a whole process that imports the stack and nothing else (more
    runs than ``repeat``: a start-up of ~0.1 s moves by a few ms from run to run)."""
    return run_process([sys.executable, "-c", "import " + ", ".join(STACK)], max(5, 3 * repeat),
                       dict(USER_ENV))[0]


def growth_exponent(rows: list[dict[str, float]], key: str) -> float | None:
    """Least-squares slope of log(time) over log(claims) for the sizes ≥ 10,000."""
    points = [(math.log(r["claims"]), math.log(r[key])) for r in rows
              if r["claims"] >= 10_000 and r.get(key)]
    if len(points) < 2:
        return None
    mx = statistics.fmean(x for x, _ in points)
    my = statistics.fmean(y for _, y in points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else None


def _s(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.0f} ms"


def _x(value: float | None, floor: float) -> str:
    return "—" if value is None else f"{value / floor:.2f}×"


def table(rows: list[dict[str, float]], stack: float | None = None) -> str:
    """The Markdown table of the run, with ratios and the fitted exponents (and the stack's
    start-up against the smallest map's floor, when measured)."""
    lines = ["| claims | files | relations | floor | libyaml | load | load / floor | load peak "
             "| check | check / floor | check peak | build | build / floor | build peak |",
             "| ---: " * 14 + "|"]
    for r in rows:
        f = r["floor"]
        peaks = [f"{r[k]:.0f} MiB" if k in r else "—"
                 for k in ("load_mib", "check_mib", "build_mib")]
        lines.append(
            f"| {r['claims']:,.0f} | {r['files']:.0f} | {r['relations']:,.0f} | {_s(f)} "
            f"| {_s(r['libyaml'])} | {_s(r.get('load'))} | {_x(r.get('load'), f)} | {peaks[0]} "
            f"| {_s(r.get('check'))} | {_x(r.get('check'), f)} | {peaks[1]} "
            f"| {_s(r.get('build'))} | {_x(r.get('build'), f)} | {peaks[2]} |")
    cpu = [f"{r['claims']:,.0f}: check {_s(r.get('check_cpu'))}, build {_s(r.get('build_cpu'))}"
           for r in rows if "check_cpu" in r or "build_cpu" in r]
    if cpu:
        lines += ["", "CPU time (user + system) of the whole processes: " + "; ".join(cpu) + "."]
    fits = []
    for key in ("floor", "libyaml", "load", "check", "build", "check_cpu", "build_cpu"):
        k = growth_exponent(rows, key)
        fits.append(f"{key} {'—' if k is None else f'{k:.2f}'}")
    lines.append("")
    lines.append("Growth exponent k (t ≈ c·n^k, least squares on log-log, sizes ≥ 10,000): "
                 + ", ".join(fits) + ".")
    if stack is not None and rows:
        small = min(rows, key=lambda r: r["claims"])
        lines += ["", f"Stack start-up (a process importing {', '.join(STACK)}, nothing else): "
                      f"{_s(stack)} = {_x(stack, small['floor'])} the floor of "
                      f"{small['claims']:,.0f} claims."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,50000,100000",
                        help="comma-separated claim counts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--stages", default=",".join(STAGES),
                        help="comma-separated subset of load,check,build")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--src", help="directory holding the argmap package to measure")
    parser.add_argument("--check-format", choices=("text", "json"), default="text",
                        help="the report `argmap check` writes (default: text, as a user runs it)")
    args = parser.parse_args()
    args.stages = {s.strip() for s in args.stages.split(",") if s.strip()}
    unknown = args.stages - set(STAGES)
    if unknown:
        parser.error(f"unknown stage(s): {', '.join(sorted(unknown))}")
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    rows = []
    stack = stack_start(args.repeat) if "check" in args.stages else None
    with tempfile.TemporaryDirectory(prefix="argmap-scale-") as tmp:
        for n in sizes:
            rows.append(measure(n, Path(tmp), args))
            # each row as soon as it is measured, so that a long run leaves partial results
            print(table(rows).splitlines()[1 + len(rows)], file=sys.stderr, flush=True)
    print(f"argmap from {args.src or 'the installed package'}; floor: {floor_loader()[0]}; "
          f"check report: {args.check_format}; medians of {args.repeat}; {os.cpu_count()} CPUs; "
          f"Python {sys.version.split()[0]}\n")
    print(table(rows, stack))


if __name__ == "__main__":
    main()
