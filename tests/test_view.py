"""The view's per-claim fields: captions, places and hand-made node data, claim views made on
first use (argmap.view)."""

from __future__ import annotations

import math

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from argmap.analysis import analyse
from argmap.view import (
    _SENTENCE_END,
    ClaimViews,
    Place,
    _bearing_edges,
    _Places,
    bearing,
    bearing_counts,
    build_view,
    caption,
    theses,
)


def reference_caption(text: str, limit: int = 80) -> str:
    """The caption as first written: the sentence split searched over the whole text."""
    text = " ".join(text.split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    cut = first[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-") + "…"


_PIECES = st.sampled_from(["Wort", "abcd", "a", "z. B.", ".", "!", "?", " ", "  ", "\n",
                           "\u2003", "Ä", "1", "„", '"', "_", "ß", "Ab. C", "word! 1", "x"])


@given(st.lists(_PIECES, max_size=40).map("".join), st.sampled_from([5, 10, 20, 80]))
def test_caption_equals_the_whole_text_search(text: str, limit: int) -> None:
    assert caption(text, limit) == reference_caption(text, limit)


def test_a_caption_ends_at_the_first_sentence_within_the_limit() -> None:
    assert caption("Etwa ca. Danach mehr") == "Etwa ca. Danach mehr"  # "ca." ends nothing
    assert caption("Kurz. Danach mehr") == "Kurz."  # four letters before the stop do
    assert caption("Lange Sätze enden. Danach mehr") == "Lange Sätze enden."
    long = "wort " * 40 + "Ende. Neu"
    assert caption(long).endswith("…") and len(caption(long)) <= 80


def test_places_split_the_map_directory_off_once_per_file() -> None:
    places = _Places("maps/seminar/")
    a = places.of({"file": "maps/seminar/a.yaml", "line": 3})
    b = places.of({"file": "maps/seminar/a.yaml", "line": 9})
    assert a == Place("a.yaml", 3, "maps/seminar/") and b == Place("a.yaml", 9, "maps/seminar/")
    assert places.of({"file": "elsewhere/b.yaml", "line": 1}) == Place("elsewhere/b.yaml", 1)
    assert places.of({"file": "a.yaml", "line": "3"}) is None
    assert places.of({"line": 3}) is None
    assert _Places().of({"file": 7, "line": True}) == Place("7", 1)  # a hand-made graph


def test_odd_node_data_of_a_hand_made_graph_is_read_as_before() -> None:
    g = nx.MultiDiGraph(topics=[{"id": "t", "label": "T"}])
    g.add_node("a", type="claim", text="Alpha", stance="opportunity", topic="t", weight=0.5)
    g.add_node("b", type="claim", text="Beta", stance="opportunity", topic="t", weight=0.5)
    g.add_edge("b", "a", key="attacks")
    analysis = analyse(g)
    # what the analysis does not read may be anything in a graph made by hand
    g.nodes["a"].update(stance="odd", weight=math.inf, tags="xy", answers=None, title=3, note=4)
    g.nodes["b"].update(text=None, topic=None, weight="0.25")
    g.edges["b", "a", "attacks"]["note"] = 5
    view = build_view(analysis)
    a, b = view.claims["a"], view.claims["b"]
    assert (a.stance, a.weight, a.tags, a.answers, a.title, a.caption, a.note) == (
        "neutral", 0.5, ("x", "y"), (), "3", "3", "4")
    assert (b.text, b.caption, b.stance, b.topic, b.weight) == ("", "", "opportunity", "", 0.25)
    assert view.relations[0].note == "5"
    assert (a.strength, b.strength) == (analysis.strength["a"], analysis.strength["b"])


def bearing_by_search(view) -> dict[str, dict[str, str]]:
    """:func:`argmap.view.bearing` by one search per thesis over (claim, parity) states, the
    definition the one-pass reach of ``_reach_masks`` must equal."""
    rev = _bearing_edges(view)
    out = {}
    for thesis in theses(view):
        seen = {(thesis, 0)}
        todo = [(thesis, 0)]
        while todo:
            v, parity = todo.pop()
            for u, flip in rev.get(v, ()):
                if (u, parity ^ flip) not in seen:
                    seen.add((u, parity ^ flip))
                    todo.append((u, parity ^ flip))
        sides = {}
        for c in view.claims:
            pro, contra = (c, 0) in seen, (c, 1) in seen
            if c != thesis and (pro or contra):
                sides[c] = "both" if pro and contra else "contra" if contra else "pro"
        out[thesis] = dict(sorted(sides.items()))
    return out


@st.composite
def debates(draw: st.DrawFn) -> nx.MultiDiGraph:
    """Small maps with supports, attacks and contradictions, cycles included."""
    n = draw(st.integers(1, 14))
    g = nx.MultiDiGraph(topics=[{"id": "t", "label": "T"}])
    for i in range(n):
        g.add_node(f"c{i}", type="claim", text=f"C{i}.", stance="neutral", topic="t",
                   weight=0.5)
    kinds = st.sampled_from(["supports", "attacks", "contradicts"])
    for u, v, kind in draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1),
                                              kinds), max_size=3 * n)):
        g.add_edge(f"c{u}", f"c{v}", key=kind)
    return g


@given(debates())
def test_bearing_equals_a_search_per_thesis(g: nx.MultiDiGraph) -> None:
    view = build_view(analyse(g))
    assert bearing(view) == bearing_by_search(view)
    assert bearing_counts(view) == {
        t: tuple(sum(1 for s in sides.values() if s == name) for name in ("pro", "contra", "both"))
        for t, sides in bearing_by_search(view).items()}


def _eager_and_lazy(directory):
    """The view of a map twice: claim views made all at once (``reuse``, as ``argmap serve``
    builds them) and on first use (every other build)."""
    from argmap.pipeline import check
    from argmap.view import ViewReuse

    result = check(directory)
    files = result.amap.files
    return (build_view(result.analysis, "de", files, reuse=ViewReuse()),
            build_view(result.analysis, "de", files))


def test_claim_views_made_on_first_use_are_the_views_made_at_once(tmp_path) -> None:
    from pathlib import Path

    from tests.helpers import generated_map

    shipped = Path(__file__).resolve().parents[1] / "claims"
    for directory in (shipped, generated_map(tmp_path / "m", 300, planted=False)):
        eager, lazy = _eager_and_lazy(directory)
        assert isinstance(lazy.claims, ClaimViews) and type(eager.claims) is dict
        # what is known without views
        assert list(lazy.claims) == list(eager.claims) and len(lazy.claims) == len(eager.claims)
        assert lazy.labels() == eager.labels() and lazy.label_counts() == eager.label_counts()
        assert lazy.quote_count() == eager.quote_count()
        assert directory != shipped or eager.quote_count() > 0  # the shipped map quotes
        assert lazy.claims.made == 0
        # one view, then all: the same views, in load order
        some = next(iter(eager.claims))
        assert lazy.claims[some] == eager.claims[some] and lazy.claims.made == 1
        assert lazy.claims.get("no-such-claim") is None and "no-such-claim" not in lazy.claims
        assert list(lazy.claims.values()) == list(eager.claims.values())
        assert lazy == eager and lazy.claims == eager.claims and eager.claims == lazy.claims
        assert lazy.claims.made == len(eager.claims)


def test_the_text_report_makes_only_the_claims_its_findings_name(tmp_path) -> None:
    import pickle

    from argmap.formats.report_text import report_text
    from tests.helpers import generated_map

    _, lazy = _eager_and_lazy(generated_map(tmp_path / "m", 300, planted=False))
    named = {c for f in lazy.findings for c in f.claims if c in lazy.claims}
    report_text(lazy)
    assert 0 < lazy.claims.made == len(named) < len(lazy.claims)
    assert lazy.make_all() is lazy and lazy.claims.made == len(lazy.claims)  # e.g. before a fork
    copy = pickle.loads(pickle.dumps(lazy))  # e.g. diff's second process: a plain dict
    assert type(copy.claims) is dict and copy.claims == lazy.claims
