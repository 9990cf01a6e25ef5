"""Benchmark grounded semantics: argmap vs. formal-argumentation and python-argumentation.

Every implementation runs in its own process on the same seeded random frameworks:

- argmap (``argmap.semantics.dung.grounded_labelling`` on an ``nx.DiGraph``, and
  ``grounded_labelling_from_edges`` on the edge list, as ``argmap-edges``) with this
  interpreter;
- formal-argumentation 0.3.0 (``argumentation.core.dung.grounded_extension``) and
  python-argumentation 2.0.2 (``py_arg.algorithms.semantics.get_grounded_extension``) with the
  benchmark venv made by ``setup.sh`` (they are never installed into the project venv).

For each size two figures are taken, each the median of ``--runs`` runs (a run repeats a call
that takes less than 50 ms until it lasts that long, and reports the time per call):

- ``algo``: the grounded computation on the implementation's own framework object, built
  beforehand from the edge list (argmap: an ``nx.DiGraph``; the peers: their AF classes;
  argmap-edges has no such object, so its ``algo`` equals its ``total``);
- ``total``: from the edge list to the result, including building that object.

All implementations must agree on the grounded extension (checked by size and a digest).

Usage (from the repository root)::

    bash benchmarks/semantics/setup.sh
    .venv/bin/python benchmarks/semantics/bench_grounded.py            # full run, markdown table
    .venv/bin/python benchmarks/semantics/bench_grounded.py --quick    # small sizes only
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BENCH_PYTHON = (
    Path(os.environ.get("BENCH_VENV", ROOT / "benchmarks" / ".venv-bench")) / "bin" / "python"
)

# (number of arguments, number of attacks). n == m is the hardest shape per attack for the
# queue algorithm: about half of all arguments end up in and half out, so almost every edge is
# touched; denser frameworks leave most arguments undecided after a few rounds.
SHAPES = {
    "sparse": lambda m: m,  # n = m: mean in-degree 1
    "dense": lambda m: m // 5,  # n = m / 5: mean in-degree 5
}
SIZES = [1_000, 10_000, 100_000, 1_000_000]
QUICK_SIZES = [1_000, 10_000]
# Largest number of attacks each peer is run on (it is too slow beyond; see README.md).
CAPS = {
    "argmap": None,
    "argmap-edges": None,
    "formal-argumentation": None,
    "python-argumentation": 1_000,
}


def random_framework(n: int, m: int, seed: int) -> tuple[list[str], list[tuple[str, str]]]:
    """n arguments ``a0..`` and m distinct uniformly random attacks (self-attacks allowed)."""
    rng = random.Random(seed)
    names = [f"a{i}" for i in range(n)]
    m = min(m, n * n)
    edges: set[tuple[int, int]] = set()
    while len(edges) < m:
        edges.add((rng.randrange(n), rng.randrange(n)))
    return names, [(names[i], names[j]) for i, j in sorted(edges)]


def digest(extension) -> tuple[int, str]:
    names = sorted(str(a) for a in extension)
    return len(names), hashlib.sha256("\n".join(names).encode()).hexdigest()[:16]


def median_time(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median seconds per call over ``runs`` runs; a run repeats fast calls to last >= 50 ms."""
    start = time.perf_counter()
    result = fn()
    once = time.perf_counter() - start
    repeat = max(1, min(1000, int(0.05 / max(once, 1e-9))))
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        for _ in range(repeat):
            result = fn()
        times.append((time.perf_counter() - start) / repeat)
    return statistics.median(times), result


# --- implementations (each imported only in its own process) -------------------------------


def impl_argmap():
    import networkx as nx

    from argmap.semantics.dung import grounded_labelling

    def build(nodes, edges):
        af = nx.DiGraph()
        af.add_nodes_from(nodes)
        af.add_edges_from(edges)
        return af

    def solve(af):
        return [a for a, label in grounded_labelling(af).items() if label == "in"]

    return build, solve


def impl_argmap_edges():
    from argmap.semantics.dung import grounded_labelling_from_edges

    def build(nodes, edges):
        return nodes, edges  # nothing to build: the labelling reads the edge list

    def solve(af):
        nodes, edges = af
        labels = grounded_labelling_from_edges(edges, nodes)
        return [a for a, label in labels.items() if label == "in"]

    return build, solve


def impl_formal_argumentation():
    from argumentation.core.dung import ArgumentationFramework, grounded_extension

    def build(nodes, edges):
        return ArgumentationFramework(arguments=frozenset(nodes), defeats=frozenset(edges))

    return build, grounded_extension


def impl_python_argumentation():
    from py_arg.abstract_argumentation_classes.abstract_argumentation_framework import (
        AbstractArgumentationFramework,
    )
    from py_arg.abstract_argumentation_classes.argument import Argument
    from py_arg.abstract_argumentation_classes.defeat import Defeat
    from py_arg.algorithms.semantics.get_grounded_extension import get_grounded_extension

    def build(nodes, edges):
        args = {name: Argument(name) for name in nodes}
        defeats = [Defeat(args[a], args[b]) for a, b in edges]
        return AbstractArgumentationFramework("bench", list(args.values()), defeats)

    def solve(af):
        return [a.name for a in get_grounded_extension(af)]

    return build, solve


IMPLEMENTATIONS = {
    "argmap": impl_argmap,
    "argmap-edges": impl_argmap_edges,
    "formal-argumentation": impl_formal_argumentation,
    "python-argumentation": impl_python_argumentation,
}


def measure(impl: str, shape: str, sizes: list[int], runs: int, seed: int) -> list[dict]:
    build, solve = IMPLEMENTATIONS[impl]()
    rows = []
    for m in sizes:
        n = SHAPES[shape](m)
        nodes, edges = random_framework(n, m, seed)
        af = build(nodes, edges)
        algo, result = median_time(lambda af=af: solve(af), runs)
        total, _ = median_time(lambda nodes=nodes, edges=edges: solve(build(nodes, edges)), runs)
        size, dig = digest(result)
        rows.append(
            {
                "impl": impl,
                "shape": shape,
                "n": n,
                "m": len(edges),
                "algo": algo,
                "total": total,
                "in": size,
                "digest": dig,
            }
        )
        del af
    return rows


def run_child(impl: str, shape: str, sizes: list[int], runs: int, seed: int) -> list[dict]:
    python = sys.executable if impl.startswith("argmap") else str(BENCH_PYTHON)
    cmd = [
        python,
        str(Path(__file__).resolve()),
        "--child",
        impl,
        "--shape",
        shape,
        "--sizes",
        ",".join(map(str, sizes)),
        "--runs",
        str(runs),
        "--seed",
        str(seed),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env, cwd=ROOT)
    return json.loads(out.stdout)


def _ms(seconds: float) -> str:
    ms = seconds * 1000
    return f"{ms:,.0f}" if ms >= 100 else f"{ms:.3g}"


def table(rows: list[dict]) -> str:
    lines = [
        "| shape | arguments | attacks | implementation | algo (ms) | total (ms) | in |",
        "| --- | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for r in rows:
        lines.append(
            f"| {r['shape']} | {r['n']:,} | {r['m']:,} | {r['impl']} | {_ms(r['algo'])} "
            f"| {_ms(r['total'])} | {r['in']:,} |"
        )
    return "\n".join(lines)


def ratios(rows: list[dict]) -> str:
    lines = [
        "| shape | attacks | fastest peer | algo: peer / argmap | total: peer / argmap "
        "| total: peer / argmap-edges |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
    ]
    keyed: dict[tuple[str, int], dict[str, dict]] = {}
    for r in rows:
        keyed.setdefault((r["shape"], r["m"]), {})[r["impl"]] = r
    for (shape, m), group in keyed.items():
        peers = [r for impl, r in group.items() if not impl.startswith("argmap")]
        if not peers or "argmap" not in group:
            continue
        ours, edges = group["argmap"], group.get("argmap-edges")
        best = min(peers, key=lambda r: r["algo"])
        best_total = min(r["total"] for r in peers)
        edge_ratio = f"{best_total / edges['total']:.1f}x" if edges else "–"
        lines.append(
            f"| {shape} | {m:,} | {best['impl']} | {best['algo'] / ours['algo']:.1f}x "
            f"| {best_total / ours['total']:.1f}x | {edge_ratio} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", choices=sorted(IMPLEMENTATIONS))
    parser.add_argument("--shape", choices=sorted(SHAPES), default="sparse")
    parser.add_argument("--sizes", default=None, help="comma-separated numbers of attacks")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--json", type=Path, help="also write the raw rows here")
    parser.add_argument("--render", type=Path, help="only print the tables of saved rows")
    args = parser.parse_args()
    if args.render:
        rows = json.loads(args.render.read_text())
        print(table(rows), ratios(rows), sep="\n\n")
        return
    if args.child:
        sizes = [int(s) for s in args.sizes.split(",")]
        json.dump(measure(args.child, args.shape, sizes, args.runs, args.seed), sys.stdout)
        return
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else (QUICK_SIZES if args.quick else SIZES)
    )
    if not BENCH_PYTHON.exists():
        sys.exit(f"no benchmark venv at {BENCH_PYTHON}: run benchmarks/semantics/setup.sh")
    rows: list[dict] = []
    for shape in SHAPES:
        for impl, cap in CAPS.items():
            todo = [m for m in sizes if cap is None or m <= cap]
            if todo:
                rows += run_child(impl, shape, todo, args.runs, args.seed)
                print(f"done: {shape} {impl}", file=sys.stderr, flush=True)
    for shape in SHAPES:
        for m in sizes:
            digests = {(r["in"], r["digest"]) for r in rows if (r["shape"], r["m"]) == (shape, m)}
            if len(digests) > 1:
                sys.exit(f"implementations disagree on {shape} with {m} attacks: {digests}")
    rows.sort(key=lambda r: (list(SHAPES).index(r["shape"]), r["m"], r["impl"]))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    print(table(rows))
    print()
    print(ratios(rows))


if __name__ == "__main__":
    main()
