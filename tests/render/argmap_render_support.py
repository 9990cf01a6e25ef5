"""Helpers shared by the renderer's tests (tests/render and tests/browser)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from argmap.analysis import Analysis, Explanation, Options, analyse
from argmap.graph import build_graph
from argmap.load import load_map
from argmap.view import MapView, build_view

FIXTURES = Path(__file__).parent / "fixtures"


def analysis_of(graph: nx.MultiDiGraph) -> Analysis:
    """The real analysis of ``graph``."""
    return analyse(graph)


def load_analysis(name: str = "small") -> Analysis:
    return analysis_of(build_graph(load_map(FIXTURES / name)))


def view_of(analysis: Analysis, lang: str = "de") -> MapView:
    """The view every output reads."""
    return build_view(analysis, lang)


PAYLOADS = (
    '<img src=x onerror="window.__xss=1">',
    "</script><script>window.__xss=1</script>",
    '"><svg onload=window.__xss=1>',
    "<!--<script>window.__xss=1</script>-->",
    "\u2028\u2029 {{ 7*7 }} ${7*7} &amp; &lt;b&gt;",
)
EVIL_ID = 'x"><svg onload=window.__xss=1>'


def xss_graph() -> nx.MultiDiGraph:
    """A graph with script payloads in every user-written string (built directly, since the
    loader would refuse some of them, e.g. in ids)."""
    p = " | ".join(PAYLOADS)
    g = nx.MultiDiGraph(
        title="Titel " + p,
        language="de",
        description="Beschreibung " + p,
        topics=[
            {"id": "t1", "label": "Thema " + p, "color": "#123456"},
            {"id": "t2", "label": PAYLOADS[1], "color": "red;background:url(http://x)"},
        ],
        sources={
            "s1": {"id": "s1", "title": "Quelle " + p, "publisher": "Verlag " + p,
                   "url": "javascript:window.__xss=1", "date": "2025-01-01", "file": None},
            "s2": {"id": "s2", "title": "Gute Quelle", "publisher": None,
                   "url": "https://example.org/ok?a=1&b=<2>", "date": None, "file": None},
            "s3": {"id": "s3", "title": "Data-Quelle", "publisher": None,
                   "url": "data:text/html,<script>window.__xss=1</script>", "date": None,
                   "file": None},
        },
    )
    common = {"type": "claim", "weight": 0.5, "file": "x.yaml", "line": 1}
    g.add_node("a", text="Text " + p, stance="risk", topic="t1", source="s1",
               quote="Zitat " + p, author="Autor " + p, tags=["tag " + p, PAYLOADS[2]], **common)
    g.add_node("b", text=PAYLOADS[0], stance="opportunity", topic="t2", source="s2",
               quote=None, author=None, tags=[], **common)
    g.add_node(EVIL_ID, text="Böse Id " + PAYLOADS[1], stance="neutral", topic="t1", source="s3",
               quote=None, author=PAYLOADS[2], tags=[], **common)
    g.add_node("c", text="javascript:alert(1)", stance="neutral", topic="t1", source=None,
               quote=None, author=None, tags=[], **common)
    g.add_edge("a", "b", key="attacks", note="Notiz " + p, file="x.yaml", line=2)
    g.add_edge("b", EVIL_ID, key="supports", note=PAYLOADS[3], file="x.yaml", line=3)
    g.add_edge("c", "a", key="contradicts", note=PAYLOADS[1], file="x.yaml", line=4)
    node = "b->" + EVIL_ID
    g.add_node(node, type="inference", source="b", target=EVIL_ID)
    g.add_edge("c", node, key="undercuts", note=PAYLOADS[0], file="x.yaml", line=5)
    return g


def xss_analysis() -> Analysis:
    g = xss_graph()
    from argmap.analysis.registry import Finding

    findings = [
        Finding("isolated-claim", "warning", ("a", EVIL_ID), ("a", "b", EVIL_ID),
                key="x.unknown-key-" + PAYLOADS[0]),
    ]
    return Analysis(
        g, Options(), findings,
        labels={"a": "in", "b": "out", EVIL_ID: "undec", "c": "in"},
        strength={"a": 0.9, "b": 0.1},
        explanations={
            "a": Explanation("a", "out", witness="Erklärung " + PAYLOADS[0]),
            "b": Explanation("b", "undec", cycle=(PAYLOADS[2], "b")),
        },
    )


def synthetic_graph(n: int, seed: int = 7, topics: int = 12) -> nx.MultiDiGraph:
    import random

    rnd = random.Random(seed)
    g = nx.MultiDiGraph(title="gross", language="de",
                        topics=[{"id": f"t{i}", "label": f"Thema {i}", "color": None}
                                for i in range(topics)], sources={})
    for i in range(n):
        g.add_node(f"c{i:05d}", type="claim", text=f"Behauptung {i}", topic=f"t{i % topics}",
                   stance=("opportunity", "risk", "neutral")[i % 3], weight=0.5, tags=[])
    for i in range(1, n):
        j = rnd.randrange(max(0, i - 60), i)
        g.add_edge(f"c{i:05d}", f"c{j:05d}", key=rnd.choice(["supports", "attacks"]))
    return g


def three_objections(view, tmp_map: Path) -> list[str]:
    """Write a claim file with three objections to the most-discussed claims of three topics
    (the second to fourth topics, as a student group would); return their targets."""
    inc: dict[str, int] = {}
    for r in view.relations:
        inc[r.target] = inc.get(r.target, 0) + 1
    first: dict[str, str] = {}
    for c in sorted(view.claims, key=lambda c: (-inc.get(c, 0), c)):
        first.setdefault(view.claims[c].topic, c)
    targets = list(first.values())[1:4]
    lines = ['author: "Gruppe Neu"', "claims:"]
    for k, tg in enumerate(targets):
        lines += [f"  - id: neu-einwand-{k}", f'    text: "Ein neuer Einwand gegen {tg}."',
                  "    stance: risk", f"    topic: {view.claims[tg].topic}",
                  f"    attacks: [{tg}]"]
    (tmp_map / "zz_neu.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return targets
