"""A seeded synthetic argument map for the page benchmark (built directly as an argmap graph).

Shape: ``topics`` topics; every claim relates to one or two earlier claims, 80 % of them in its
own topic (supports 60 %, attacks 35 %, contradicts 5 %), a few undercuts; texts of realistic
length. Same ``n`` and ``seed`` → same graph.
"""

from __future__ import annotations

import random

import networkx as nx

WORDS = (
    "Modelle", "Gewichte", "Zugang", "Kosten", "Risiko", "Chance", "Missbrauch", "Forschung",
    "Lizenz", "Daten", "Energie", "Wettbewerb", "Sicherheit", "Transparenz", "Hochschulen",
    "Firmen", "Staaten", "Regeln", "Nutzen", "Markt", "offen", "frei", "teuer", "günstig",
    "schnell", "sicher",
)


def generate(n: int, seed: int = 20250203, topics: int = 12) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    g = nx.MultiDiGraph(
        title=f"Benchmark {n}", language="de", description=None,
        topics=[{"id": f"t{i}", "label": f"Thema {i}", "color": None} for i in range(topics)],
        sources={"s": {"id": "s", "title": "Quelle", "publisher": None,
                       "url": "https://example.org/", "date": None, "file": None}},
    )
    by_topic: dict[str, list[str]] = {}
    for i in range(n):
        cid = f"c{i:05d}"
        topic = f"t{rnd.randrange(topics)}"
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(6, 20))) + "."
        g.add_node(cid, type="claim", text=text.capitalize(), topic=topic,
                   stance=rnd.choice(("opportunity", "risk", "neutral")),
                   weight=round(rnd.random(), 2), source="s" if rnd.random() < 0.3 else None,
                   quote=None, author=None, tags=[], file="gen.yaml", line=i + 1)
        pool = by_topic.setdefault(topic, [])
        for _ in range(1 if rnd.random() < 0.6 else 2):
            if pool and rnd.random() < 0.8:
                target = rnd.choice(pool[-200:])
            elif i:
                target = f"c{rnd.randrange(i):05d}"
            else:
                break
            if target == cid:
                continue
            r = rnd.random()
            kind = "supports" if r < 0.6 else "attacks" if r < 0.95 else "contradicts"
            if not g.has_edge(cid, target, key=kind):
                g.add_edge(cid, target, key=kind, note=None, file="gen.yaml", line=i + 1)
        pool.append(cid)
    # a few undercuts of existing supports
    supports = [(u, v) for u, v, k in g.edges(keys=True) if k == "supports"]
    for u, v in rnd.sample(supports, min(len(supports), n // 100)):
        node = f"{u}->{v}"
        if node not in g:
            g.add_node(node, type="inference", source=u, target=v)
            g.add_edge(f"c{rnd.randrange(n):05d}", node, key="undercuts", note=None,
                       file="gen.yaml", line=1)
    return g


def analysis_for(g: nx.MultiDiGraph):
    """The real analysis of a generated graph."""
    from argmap.analysis import analyse

    return analyse(g)
