"""Whole-process ``argmap import`` of large Kialo exports (issue 10): ids, limits, file split.

Kialo discussions of N entries, either all with one text (the case that made id generation
quadratic: each new id counted up from 2 through every taken number) or with distinct texts
(seeded). For each: the median time of the whole ``argmap import`` process (import, render,
atomic write of the split claim files), the time of the import function alone in this
process, and the floor: a process that only imports ``argmap.cli``. The quadratic id scheme of
before is timed beside the linear one on the ids alone (a smaller N: it grows as N²)::

    .venv/bin/python benchmarks/bench_import.py --entries 20000 40000 --runs 5
    PYTHONPATH=/path/to/other/checkout .venv/bin/python benchmarks/bench_import.py ...

The processes run with byte-code files, as on any installation, and in a temporary folder (so
that ``PYTHONPATH`` chooses which checkout of argmap is timed, not the current folder).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from userenv import USER_ENV

PY = sys.executable
def kialo(n: int, same: bool, seed: int = 7) -> str:
    rng = random.Random(seed)
    words = ["offen", "modell", "kosten", "daten", "gewicht", "lizenz", "forschung",
             "risiko", "chance", "markt"]
    lines = ["Discussion Title: Benchmark", "", "1. These."]
    for i in range(1, n + 1):
        text = "Gleicher Text." if same else " ".join(rng.choices(words, k=8)) + f" {i}."
        lines.append(f"1.{i}. {'Pro' if i % 2 else 'Con'}: {text}")
    return "\n".join(lines) + "\n"


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=USER_ENV,
                       cwd=tempfile.gettempdir())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def quadratic_ids(n: int) -> float:
    """The id scheme before: count up from 2 on every collision (O(n²) for one text)."""
    used: set[str] = set()
    start = time.perf_counter()
    for _ in range(n):
        candidate, k = "gleicher-text", 2
        while candidate in used:
            candidate, k = f"gleicher-text-{k}", k + 1
        used.add(candidate)
    return time.perf_counter() - start


def linear_ids(n: int) -> float:
    from argmap.formats._common import IdMaker

    ids = IdMaker()
    start = time.perf_counter()
    for _ in range(n):
        ids.make("gleicher-text")
    return time.perf_counter() - start


def phases(n: int, runs: int) -> None:
    """Best of ``runs`` in this process for each step of importing ``n`` entries of one text
    (collector paused, as the importer registry does): Kialo's parse, the drafts, the repairs
    and YAML of :func:`render_files`, the atomic write."""
    import gc

    from argmap.formats import _common
    from argmap.formats import kialo as kialo_format
    from argmap.write import write_import

    text = kialo(n, True)
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            _common.slugify.cache_clear()
            _common._yaml_string.cache_clear()
            gc.disable()
            marks = [time.perf_counter()]
            problems = _common.Problems("k.txt")
            parsed = kialo_format._parse(text, problems)
            marks.append(time.perf_counter())
            draft = _common.Draft(title="Benchmark", topics=[{"id": "d", "label": "B"}])
            discussion = kialo_format._Discussion(draft, "d", problems)
            for entry in parsed.entries:
                discussion.add(entry)
            discussion.relate_all()
            marks.append(time.perf_counter())
            files = _common.render_files(draft, problems, "k.txt")
            marks.append(time.perf_counter())
            write_import(Path(tmp) / "out", files, force=True)
            marks.append(time.perf_counter())
            gc.enable()
            for name, a, b in zip(("parse", "drafts", "render", "write"), marks, marks[1:],
                                  strict=False):
                best[name] = min(best.get(name, 1e9), b - a)
    print(f"steps for {n:,} entries of one text (best of {runs}): "
          + ", ".join(f"{k} {v:.3f} s" for k, v in best.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[20_000, 40_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ids", type=int, default=5_000, help="N for the id comparison")
    parser.add_argument("--phases", type=int, default=40_000,
                        help="N for the steps timed in this process (0: none)")
    args = parser.parse_args()
    import argmap
    from argmap.formats import IMPORTERS

    print(f"argmap from {Path(argmap.__file__).parent}")
    floor = timed([PY, "-c", "import argmap.cli"], args.runs)
    print(f"floor (import argmap.cli): {floor:.2f} s")
    print("| entries | texts | files | argmap import | import function | floor | import − floor |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.entries:
            for same in (True, False):
                src = Path(tmp) / f"k{n}{same}.txt"
                src.write_text(kialo(n, same), encoding="utf-8")
                out = Path(tmp) / f"o{n}{same}"
                whole = timed([PY, "-m", "argmap", "import", str(src), "--from", "kialo", "-o",
                               str(out), "--force"], args.runs)
                start = time.perf_counter()
                files = IMPORTERS["kialo"].func(src.read_text(encoding="utf-8"), src.name).files
                inner = time.perf_counter() - start
                kind = "one text" if same else "distinct"
                print(f"| {n:,} | {kind} | {len(files)} | **{whole:.2f} s** | {inner:.2f} s | "
                      f"{floor:.2f} s | {whole - floor:.2f} s |")
    q, lin = quadratic_ids(args.ids), linear_ids(args.ids)
    print(f"ids for {args.ids:,} entries of one text: before (quadratic) {q:.2f} s, "
          f"now {lin:.3f} s ({q / lin:.0f}×)")
    if args.phases:
        phases(args.phases, 5)


if __name__ == "__main__":
    main()
