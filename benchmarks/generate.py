"""Seeded generator of synthetic map directories for benchmarks.

    python benchmarks/generate.py OUT_DIR --claims 1000 --seed 1

Writes ``map.yaml`` plus one claim file per topic: every claim has a text, a stance and a
source; relations are drawn at random (mostly supports and attacks towards earlier claims, a
few contradictions and undercuts), about 1.6 relations per claim, like the shipped map.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

__all__ = ["generate_map"]

TOPICS = ["demokratisierung", "missbrauch", "wartung", "wettbewerb", "transparenz",
          "innovation", "kosten", "lizenzen", "geopolitik", "offenheit"]
WORDS = [
    "Modell",
    "Daten",
    "Lizenz",
    "Kosten",
    "Risiko",
    "Chance",
    "Zugang",
    "Sicherheit",
    "Markt",
    "Forschung",
    "Code",
    "Gewichte",
    "Staat",
    "Firma",
    "Energie",
    "Wettbewerb",
    "Vertrauen",
    "Wartung",
    "Qualität",
    "Gemeinschaft",
]


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate_map(out: Path, claims: int, seed: int = 1, relations_per_claim: float = 1.6) -> Path:
    """Write a synthetic map with ``claims`` claims to ``out`` (created) and return it."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    topics = TOPICS[: max(1, min(len(TOPICS), claims // 5 or 1))]
    lines = ['title: "Synthetische Karte"', "language: de", "sources:",
             '  - id: quelle', '    title: "Synthetische Quelle"', "topics:"]
    lines += [f"  - id: {t}\n    label: {t.capitalize()}" for t in topics]
    (out / "map.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids = [f"c{i:06d}" for i in range(claims)]
    rels: dict[str, dict[str, list[str]]] = {c: {} for c in ids}
    edges: set[tuple[str, str]] = set()
    n_rel = int(claims * relations_per_claim)
    for _ in range(n_rel):
        i = rng.randrange(1, claims) if claims > 1 else 0
        j = rng.randrange(0, i) if i else 0
        if i == j or (ids[i], ids[j]) in edges or (ids[j], ids[i]) in edges:
            continue
        r = rng.random()
        kind = "supports" if r < 0.5 else "attacks" if r < 0.9 else "contradicts"
        rels[ids[i]].setdefault(kind, []).append(ids[j])
        edges.add((ids[i], ids[j]))
    undercut_pool = [(a, b) for a in ids for b in rels[a].get("supports", [])[:1]]
    rng.shuffle(undercut_pool)
    for a, b in undercut_pool[: claims // 50]:
        u = ids[rng.randrange(claims)]
        if u not in (a, b):
            rels[u].setdefault("undercuts", []).append(f"{a} -> {b}")
    by_topic: dict[str, list[str]] = {t: [] for t in topics}
    for n, c in enumerate(ids):
        topic = topics[n % len(topics)]
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
        block = [f"  - id: {c}", f"    text: {_q(f'{c}: {text}.')}",
                 f"    stance: {rng.choice(['opportunity', 'risk', 'neutral'])}",
                 "    source: quelle", f"    weight: {rng.randint(1, 9) / 10}"]
        for kind, targets in rels[c].items():
            block.append(f"    {kind}: [{', '.join(_q(t) for t in targets)}]")
        by_topic[topic].append("\n".join(block))
    for topic, blocks in by_topic.items():
        body = "\n".join(blocks)
        (out / f"{topic}.yaml").write_text(f"topic: {topic}\nclaims:\n{body}\n", encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate_map(args.out, args.claims, args.seed)


if __name__ == "__main__":
    main()
