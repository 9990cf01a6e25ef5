"""Map directories for the semantics benchmarks, on top of the shared generator.

    from maps import generated_map
    root = generated_map(tmp, 10_000, planted=True, arguments=2_000)

``benchmarks/generate.py`` writes one file per topic; above ~10,000 claims such a file exceeds
the loader's 1 MB limit, so the files are split into files of at most 500 claims (the map is the
same). ``arguments`` adds arguments in standard form (2–3 premises from one topic, a conclusion
from the same topic) in extra files; on a planted map each argument agrees with a coherent
position of the map (a model found by the 2-SAT engine), so the map stays coherent as a whole.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from generate import generate_map  # noqa: E402

__all__ = ["generated_map", "load_graph"]

PER_FILE = 500
_ITEM = "\n  - id: "


def _split_files(root: Path) -> None:
    """Rewrite every claim file with more than PER_FILE claims as several files."""
    for path in sorted(root.glob("*.yaml")):
        if path.name == "map.yaml":
            continue
        text = path.read_text(encoding="utf-8")
        head, _, body = text.partition("claims:")
        items = body.split(_ITEM)
        first, items = items[0], items[1:]
        if len(items) <= PER_FILE:
            continue
        path.unlink()
        for k in range(0, len(items), PER_FILE):
            chunk = _ITEM.join(["", *items[k : k + PER_FILE]])
            out = root / f"{path.stem}-{k // PER_FILE:03d}.yaml"
            out.write_text(f"{head}claims:{first}{chunk}", encoding="utf-8")


def load_graph(root: Path):
    """Load and build a map directory as ``argmap check`` does."""
    from argmap.analysis import collector_paused
    from argmap.graph import build_graph
    from argmap.load import load_map

    with collector_paused():
        return build_graph(load_map(root))


def _truth(graph) -> dict[str, bool] | None:
    """A coherent position of the map's two-literal part, if it has one."""
    from argmap.graph import claim_nodes, relation_pairs
    from argmap.semantics.coherence import _engine, implication_graph

    ig = implication_graph(
        supports=list(relation_pairs(graph, "supports")),
        attacks=list(relation_pairs(graph, "attacks")),
        contradictions=list(relation_pairs(graph, "contradicts")),
        claims=list(claim_nodes(graph)),
    )
    return _engine(ig).model


def _add_arguments(root: Path, count: int, planted: bool, seed: int) -> None:
    from argmap.graph import claim_nodes

    graph = load_graph(root)
    truth = _truth(graph) if planted else None
    by_topic: dict[str, list[str]] = {}
    for c in claim_nodes(graph):
        by_topic.setdefault(graph.nodes[c]["topic"], []).append(c)
    rng = random.Random(seed)
    topics = sorted(by_topic)
    blocks = []
    while len(blocks) < count:
        pool = by_topic[rng.choice(topics)]
        premises = rng.sample(pool, rng.choice((2, 2, 3)))
        conclusion = rng.choice(pool)
        if conclusion in premises:
            continue
        if truth is not None and all(truth[p] for p in premises) and not truth[conclusion]:
            continue  # would make the planted position incoherent
        blocks.append(f"  - id: arg{len(blocks):06d}\n    premises: [{', '.join(premises)}]\n"
                      f"    conclusion: {conclusion}")
    for k in range(0, len(blocks), PER_FILE):
        body = "\n".join(blocks[k : k + PER_FILE])
        (root / f"arguments-{k // PER_FILE:03d}.yaml").write_text(
            f"arguments:\n{body}\n", encoding="utf-8")


def generated_map(
    tmp: Path, claims: int, *, planted: bool = True, arguments: int = 0, seed: int = 1
) -> Path:
    """A generated map directory below ``tmp`` (see the module docstring)."""
    name = f"{'planted' if planted else 'random'}-{claims}-{arguments}"
    root = generate_map(Path(tmp) / name, claims, seed=seed, planted=planted)
    _split_files(root)
    if arguments:
        _add_arguments(root, arguments, planted, seed)
    return root
