"""Seeded generator of synthetic map directories for benchmarks.

    python benchmarks/generate.py OUT_DIR --claims 1000 --seed 1 [--arguments 200]

Writes ``map.yaml`` plus the claim files of each topic, at most ``--per-file`` (500) claims in a
file (``topic.yaml``, or ``topic-001.yaml`` … when a topic has more), so that even 100,000 claims
stay far below the loader's 1 MB limit per file, as a real map would. Every claim has a text, a
stance, a source and a weight, and relates to one or two earlier claims (see
:func:`generate_map`). The content depends only on ``--claims``, ``--seed`` and ``--random``.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

__all__ = ["PER_FILE", "generate_map"]

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


def _consistent(kind: str, a: bool, b: bool) -> bool:
    """Whether a relation of ``kind`` from a claim valued ``a`` to one valued ``b`` holds."""
    if kind == "supports":
        return not a or b
    if kind == "attacks":
        return not (a and b)
    return a != b  # contradicts


PER_FILE = 500  # claims per file: a realistic upper end for one contribution


def generate_map(
    out: Path, claims: int, seed: int = 1, *, planted: bool = True, per_file: int = PER_FILE,
    arguments: int = 0,
) -> Path:
    """Write a synthetic map with ``claims`` claims to ``out`` (created) and return it.

    Shape: every claim relates to one or two earlier claims, 80 % of them in its own topic
    (supports 60 %, attacks 35 %, contradicts 5 %), one undercut per 50 claims. With ``planted``
    (the default) every claim gets a hidden truth value and only relations that agree with it
    are kept (a drawn kind that disagrees is swapped for one that agrees), so the map is
    coherent like a real one, while some claims may still be incoherent; without it the
    relations are random, which makes large maps wildly incoherent (a worst case).
    A topic with more than ``per_file`` claims is split into files of ``per_file`` claims.
    ``arguments`` adds that many arguments in standard form (:func:`_arguments`).
    """
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    topics = TOPICS[: max(1, min(len(TOPICS), claims // 5 or 1))]
    lines = ['title: "Synthetische Karte"', "language: de", "sources:",
             '  - id: quelle', '    title: "Synthetische Quelle"', "topics:"]
    lines += [f"  - id: {t}\n    label: {t.capitalize()}" for t in topics]
    (out / "map.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ids = [f"c{i:06d}" for i in range(claims)]
    topic_of = {c: topics[n % len(topics)] for n, c in enumerate(ids)}
    truth = {c: rng.random() < 0.7 for c in ids}
    members: dict[str, list[str]] = {t: [] for t in topics}
    rels: dict[str, dict[str, list[str]]] = {c: {} for c in ids}
    linked: set[frozenset[str]] = set()
    for n, c in enumerate(ids):
        own = members[topic_of[c]]
        for _ in range(rng.choice((1, 1, 2)) if n else 0):
            pool = own if own and rng.random() < 0.8 else ids[:n]
            target = rng.choice(pool)
            if frozenset((c, target)) in linked:
                continue
            r = rng.random()
            kind = "supports" if r < 0.6 else "attacks" if r < 0.95 else "contradicts"
            if planted and not _consistent(kind, truth[c], truth[target]):
                options = [k for k in ("supports", "attacks", "contradicts")
                           if _consistent(k, truth[c], truth[target])]
                kind = rng.choice(options)
            rels[c].setdefault(kind, []).append(target)
            linked.add(frozenset((c, target)))
        own.append(c)
    supported = [(a, b) for a in ids for b in rels[a].get("supports", [])]
    rng.shuffle(supported)
    for a, b in supported[: claims // 50]:
        u = ids[rng.randrange(claims)]
        if u not in (a, b):
            rels[u].setdefault("undercuts", []).append(f"{a} -> {b}")
    by_topic: dict[str, list[str]] = {t: [] for t in topics}
    for c in ids:
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
        block = [f"  - id: {c}", f"    text: {_q(f'{c}: {text}.')}",
                 f"    stance: {rng.choice(['opportunity', 'risk', 'neutral'])}",
                 "    source: quelle", f"    weight: {rng.randint(1, 9) / 10}"]
        for kind, targets in rels[c].items():
            block.append(f"    {kind}: [{', '.join(_q(t) for t in targets)}]")
        by_topic[topic_of[c]].append("\n".join(block))
    for topic, blocks in by_topic.items():
        chunks = [blocks[k: k + per_file] for k in range(0, len(blocks), per_file)] or [[]]
        for k, chunk in enumerate(chunks, 1):
            name = f"{topic}.yaml" if len(chunks) == 1 else f"{topic}-{k:03d}.yaml"
            body = "\n".join(chunk)
            (out / name).write_text(f"topic: {topic}\nclaims:\n{body}\n", encoding="utf-8")
    if arguments:
        _arguments(out, arguments, topic_of, truth if planted else None,
                   random.Random(seed + 1), per_file)
    return out


def _arguments(out: Path, count: int, topic_of: dict[str, str], truth: dict[str, bool] | None,
               rng: random.Random, per_file: int) -> None:
    """Write ``count`` linked arguments to ``arguments-001.yaml`` …: 2–3 premises and a
    conclusion from one topic, the conclusion written before its premises (as every generated
    relation points to an earlier claim); with the planted truth, never all premises true and the
    conclusion false, so the hidden truth stays a coherent position."""
    by_topic: dict[str, list[str]] = {}
    for c, t in topic_of.items():
        by_topic.setdefault(t, []).append(c)
    pools = [by_topic[t] for t in sorted(by_topic) if len(by_topic[t]) >= 4]
    blocks: list[str] = []
    while pools and len(blocks) < count:
        pool = rng.choice(pools)
        # like every generated relation, an argument runs from later claims to an earlier one
        # (ids sort in writing order): the conclusion is the earliest of the drawn claims
        conclusion, *premises = sorted(rng.sample(pool, rng.choice((3, 3, 4))))
        if truth is not None and not truth[conclusion] and all(truth[p] for p in premises):
            continue
        blocks.append(f"  - id: arg{len(blocks):06d}\n    premises: [{', '.join(premises)}]\n"
                      f"    conclusion: {conclusion}")
    for k in range(0, len(blocks), per_file):
        body = "\n".join(blocks[k: k + per_file])
        (out / f"arguments-{k // per_file + 1:03d}.yaml").write_text(
            f"arguments:\n{body}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--random", action="store_true", help="no planted coherence (worst case)")
    parser.add_argument("--per-file", type=int, default=PER_FILE, help="claims per file")
    parser.add_argument("--arguments", type=int, default=0,
                        help="linked arguments (2-3 premises) to add")
    args = parser.parse_args()
    generate_map(args.out, args.claims, args.seed, planted=not args.random,
                 per_file=max(1, args.per_file), arguments=max(0, args.arguments))


if __name__ == "__main__":
    main()
