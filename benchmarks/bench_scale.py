"""Growth of loading, ``argmap check`` and ``argmap build`` from 1,000 to 100,000 claims (issue 15).

    .venv/bin/python benchmarks/bench_scale.py [--sizes 1000,10000,50000,100000] [--repeat 3]
                                              [--stages load,check,build] [--seed 1]

For each size a seeded map is generated (``benchmarks/generate.py``, ≤ 500 claims per file) and
measured, every figure the median of ``--repeat`` runs:

* **floor** — reading every YAML file of the map and parsing it into Python data with a C YAML
  parser and no positions: PyYAML's ``CSafeLoader`` (libyaml), else ruamel.yaml's C-backed safe
  loader when PyYAML is not installed (the table says which). In-process.
* **libyaml** — ruamel.yaml.clib's ``raw_parse``: libyaml alone, no Python object per event
  (what no Python-level reader can beat; shown for scale, not as the floor). In-process.
* **load** — ``argmap.load.load_map`` alone, in-process: read, parse with positions, validate,
  cross-file checks.
* **check** / **build** — whole processes ``argmap check DIR --format json`` and ``argmap build
  DIR -o …``, with the peak resident memory of the process (``os.wait4``'s rusage).

The table gives each time's ratio to the floor of the same run, and the growth exponent k of
t ≈ c·n^k fitted by least squares on log-log over the sizes ≥ 10,000.
"""

from __future__ import annotations

import argparse
import gc
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

BIN = Path(sys.executable).parent
STAGES = ("load", "check", "build")
# byte-code caching as a user has it (some sandboxes switch it off, which adds seconds of compiling)
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _yaml_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix in {".yaml", ".yml"})


def floor_loader() -> tuple[str, Callable[[str], object]]:
    """The C parser of the floor and a function that turns YAML text into data with it."""
    try:
        import yaml

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


def run_process(cmd: list[str], repeat: int) -> tuple[float, float]:
    """Median wall time (s) and median peak RSS (MiB) of a whole process run ``repeat`` times."""
    times, peaks = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_ENV)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        code = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
        proc.returncode = code
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} exited {code}: {err[-2000:]}")
        peaks.append(usage.ru_maxrss / 1024)  # KiB on Linux
    return statistics.median(times), statistics.median(peaks)


def measure(n: int, work: Path, args: argparse.Namespace) -> dict[str, float]:
    """Every figure for a generated map of ``n`` claims."""
    from argmap.load import load_map

    root = generate_map(work / f"m{n}", n, args.seed)
    _, load = floor_loader()
    row: dict[str, float] = {"claims": n, "files": len(_yaml_files(root))}
    row["floor"] = median_call(lambda: parse_floor(root, load), args.repeat)
    row["libyaml"] = median_call(lambda: libyaml_raw(root), args.repeat)
    amap = load_map(root)
    row["relations"] = len(amap.relations)
    del amap
    if "load" in args.stages:
        row["load"] = median_call(lambda: load_map(root), args.repeat)
    argmap = str(BIN / "argmap")
    if "check" in args.stages:
        row["check"], row["check_mib"] = run_process(
            [argmap, "check", str(root), "--format", "json"], args.repeat)
    if "build" in args.stages:
        row["build"], row["build_mib"] = run_process(
            [argmap, "build", str(root), "-o", str(work / f"m{n}.html")], args.repeat)
    return row


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


def table(rows: list[dict[str, float]]) -> str:
    """The Markdown table of the run, with ratios and the fitted exponents."""
    lines = ["| claims | files | relations | floor | libyaml | load | load / floor | check "
             "| check / floor | check peak | build | build / floor | build peak |",
             "| ---: " * 13 + "|"]
    for r in rows:
        f = r["floor"]
        peaks = [f"{r[k]:.0f} MiB" if k in r else "—" for k in ("check_mib", "build_mib")]
        lines.append(
            f"| {r['claims']:,.0f} | {r['files']:.0f} | {r['relations']:,.0f} | {_s(f)} "
            f"| {_s(r['libyaml'])} | {_s(r.get('load'))} | {_x(r.get('load'), f)} "
            f"| {_s(r.get('check'))} | {_x(r.get('check'), f)} | {peaks[0]} "
            f"| {_s(r.get('build'))} | {_x(r.get('build'), f)} | {peaks[1]} |")
    fits = []
    for key in ("floor", "libyaml", "load", "check", "build"):
        k = growth_exponent(rows, key)
        fits.append(f"{key} {'—' if k is None else f'{k:.2f}'}")
    lines.append("")
    lines.append("Growth exponent k (t ≈ c·n^k, least squares on log-log, sizes ≥ 10,000): "
                 + ", ".join(fits) + ".")
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
    args = parser.parse_args()
    args.stages = {s.strip() for s in args.stages.split(",") if s.strip()}
    unknown = args.stages - set(STAGES)
    if unknown:
        parser.error(f"unknown stage(s): {', '.join(sorted(unknown))}")
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    rows = []
    with tempfile.TemporaryDirectory(prefix="argmap-scale-") as tmp:
        for n in sizes:
            rows.append(measure(n, Path(tmp), args))
            print(f"# {n:,} claims done", file=sys.stderr, flush=True)
    print(f"floor: {floor_loader()[0]}; medians of {args.repeat}; "
          f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}\n")
    print(table(rows))


if __name__ == "__main__":
    main()
