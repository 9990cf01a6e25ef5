"""Betz coherence with linked arguments (SAT engine) beside the 2-SAT engine, on generated maps.

    .venv/bin/python benchmarks/semantics/bench_coherence.py [--claims 10000] \
        [--arguments 2000] [--runs 5] [--no-process]

For each shape (``planted``: coherent as a whole, arguments agree with a coherent position;
``random``: wildly incoherent) one seeded map of ``--claims`` claims from the shared generator
plus ``--arguments`` arguments of 2–3 premises (benchmarks/semantics/maps.py). Timed, medians
(in-process parts: CPU time with the cyclic collector paused, as ``analyse`` runs them; the
machine is shared, and CPU time is far less disturbed by other work than wall time):

- ``linked``: what the coherence checks need from the semantics layer — the implication graph
  with the arguments, ``is_coherent``, ``incoherent_claims`` with every explanation read in
  full, and ``find_incoherent_cycle`` when the map is incoherent;
- ``2-SAT only``: the same on the same map without its arguments (the figure before issue 14);
- ``argmap check``: the whole process (``--format json``) on the map directory with the
  arguments (labels, SAT coherence, strength and findings with them) and on the same map
  without them (2-SAT only), median wall time (and CPU time in parentheses).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from maps import generated_map, load_graph  # noqa: E402

from argmap.analysis import collector_paused  # noqa: E402
from argmap.graph import claim_nodes, relation_pairs  # noqa: E402
from argmap.semantics.coherence import (  # noqa: E402
    find_incoherent_cycle,
    implication_graph,
    incoherent_claims,
    is_coherent,
)

ARGMAP = Path(sys.executable).parent / "argmap"


def relations(graph) -> dict:
    arguments = [(a, d["premises"], d["conclusion"])
                 for a, d in graph.nodes(data=True) if d.get("type") == "argument"]
    return {
        "supports": list(relation_pairs(graph, "supports")),
        "attacks": list(relation_pairs(graph, "attacks")),
        "contradictions": list(relation_pairs(graph, "contradicts")),
        "claims": list(claim_nodes(graph)),
        "arguments": arguments,
    }


def coherence(rel: dict, *, linked: bool) -> tuple[int, bool, int]:
    """Everything the coherence checks ask; (incoherent claims, coherent, steps read)."""
    ig = implication_graph(rel["supports"], rel["attacks"], rel["contradictions"],
                           claims=rel["claims"], arguments=rel["arguments"] if linked else ())
    coherent = is_coherent(ig)
    bad = incoherent_claims(ig)
    steps = sum(len(tuple(r)) for r in bad.values())
    if not coherent:
        steps += len(tuple(find_incoherent_cycle(ig)))
    return len(bad), coherent, steps


def median(func, runs: int) -> float:
    """Median CPU time of ``func`` in this process, collector paused as in ``analyse``."""
    times = []
    for _ in range(runs):
        with collector_paused():
            start = time.process_time()
            func()
            times.append(time.process_time() - start)
    return statistics.median(times)


def check_process(root: Path, runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of ``argmap check`` processes."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(ARGMAP), "check", str(root), "--format", "json"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=10000)
    parser.add_argument("--arguments", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-process", action="store_true", help="skip the argmap check runs")
    args = parser.parse_args()
    print("| map | claims | arguments | coherent | incoherent | steps | linked | 2-SAT only "
          "| argmap check | check, 2-SAT only |")
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in ("planted", "random"):
            planted = shape == "planted"
            root = generated_map(Path(tmp), args.claims, planted=planted,
                                 arguments=args.arguments)
            rel = relations(load_graph(root))
            bad, coherent, steps = coherence(rel, linked=True)
            linked = median(lambda r=rel: coherence(r, linked=True), args.runs)
            plain = median(lambda r=rel: coherence(r, linked=False), args.runs)
            cells = ["—", "—"]
            if not args.no_process:
                bare = generated_map(Path(tmp), args.claims, planted=planted)
                (w1, c1), (w0, c0) = check_process(root, args.runs), check_process(bare, args.runs)
                cells = [f"{w1:.2f} s ({c1:.2f})", f"{w0:.2f} s ({c0:.2f})"]
            print(f"| {shape} | {args.claims:,} | {len(rel['arguments']):,} | {coherent} "
                  f"| {bad:,} | {steps:,} | {linked:.2f} s | {plain:.2f} s | "
                  + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
