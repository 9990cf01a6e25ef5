"""Round trips: export then import keeps every claim, relation and grounded verdict.

Random small maps (hypothesis) go through argdown, aif and json; the shipped map ``claims/``
goes through argdown as soon as it loads.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.errors import LoadError
from argmap.formats._common import (
    Draft,
    DraftArgument,
    DraftClaim,
    DraftQuestion,
    DraftRelation,
    Problems,
    render_files,
)

from .helpers import analysed, export, import_into, summary, write_files

ROOT = Path(__file__).resolve().parents[2]
SPECIAL = ['"', "'", ":", "#", "- ", "\n", "\t", "{", "}", "[", "]", "<", ">", "\\", "//",
           "/*", "===", "*", "_", "@include(", ".v.", ":x:", "no", "true", "~", "ä", "ß", "🎉",
           "+>", "><", "(1)", "--", "\u2028", ","]
CHARS = st.characters(categories=("L", "M", "N", "P", "S", "Zs"))
TEXT = st.lists(st.one_of(st.text(CHARS, min_size=1, max_size=8), st.sampled_from(SPECIAL)),
                min_size=1, max_size=6).map("".join).map(str.strip).filter(bool)
ID = st.text("abcdefghijklmnopqrstuvwxyz0123456789._-", min_size=1, max_size=8).filter(
    lambda s: s[0].isalnum())
KINDS = ("supports", "attacks", "contradicts")


@st.composite
def maps(draw: st.DrawFn) -> Draft:
    topic_ids = draw(st.lists(ID, min_size=1, max_size=3, unique=True))
    topics = [{"id": t, "label": draw(TEXT)} | ({"color": "#a1b2c3"} if draw(st.booleans())
                                                  else {}) for t in topic_ids]
    sources = [{"id": "s1", "title": draw(TEXT)}]
    ids = draw(st.lists(ID, min_size=1, max_size=7, unique=True))
    claims = [
        DraftClaim(
            id=cid, text=draw(TEXT), stance=draw(st.sampled_from(["opportunity", "risk",
                                                                   "neutral"])),
            topic=draw(st.sampled_from(topic_ids)),
            weight=draw(st.sampled_from([0.0, 0.25, 0.5, 0.8, 1.0]) | st.floats(0, 1)),
            source=draw(st.sampled_from([None, "s1"])),
            quote=draw(st.none() | TEXT), author=draw(st.none() | TEXT),
            tags=draw(st.lists(st.sampled_from(topic_ids) | TEXT, max_size=3)),
        )
        for cid in ids
    ]
    relations = []
    index = st.integers(0, len(ids) - 1)
    for kind, a, b, note in draw(st.lists(
            st.tuples(st.sampled_from(KINDS), index, index, st.none() | TEXT), max_size=9)):
        relations.append(DraftRelation(kind, ids[a], ids[b], note))
    plain = [r for r in relations]
    if plain:
        for u, r, flip, note in draw(st.lists(st.tuples(index, st.sampled_from(plain),
                                                        st.booleans(), st.none() | TEXT),
                                              max_size=3)):
            pair = (str(r.target), r.source) if flip and r.kind == "contradicts" \
                else (r.source, str(r.target))
            relations.append(DraftRelation("undercuts", ids[u], pair, note))
    expect = {"in": [ids[0]], "out": [], "undec": ids[1:2]} if draw(st.booleans()) else None
    questions, arguments = _version_2(draw, claims, relations)
    return Draft(title=draw(TEXT), language=draw(st.sampled_from(["de", "en"])),
                 description=draw(st.none() | TEXT), sources=sources, topics=topics,
                 expect=expect, claims=claims, relations=relations, questions=questions,
                 arguments=arguments)


def _version_2(draw: st.DrawFn, claims: list[DraftClaim], relations: list[DraftRelation]
               ) -> tuple[list[DraftQuestion], list[DraftArgument]]:
    """Questions (answered by some claims), titles, notes and arguments (CONTRACT §6), with
    undercuts of arguments, on top of a random map."""
    ids = [c.id for c in claims]

    def fresh(base: str) -> str:  # one id space: a question or argument id is no claim id
        while base in ids:
            base += "x"
        return base

    questions = [DraftQuestion(fresh(f"q{i}"), draw(TEXT), draw(st.sampled_from([None, "s1"])),
                               draw(st.none() | TEXT)) for i in range(draw(st.integers(0, 2)))]
    for c in claims:
        c.title = draw(st.none() | TEXT.map(lambda t: t[:80].strip() or "t"))
        c.note = draw(st.none() | TEXT)
        c.answers = draw(st.lists(st.sampled_from([q.id for q in questions]), max_size=2,
                                  unique=True)) if questions else []
    arguments: list[DraftArgument] = []
    if len(ids) >= 2:
        for i in range(draw(st.integers(0, 2))):
            conclusion = draw(st.sampled_from(ids))
            premises = draw(st.lists(st.sampled_from([x for x in ids if x != conclusion]),
                                     min_size=1, max_size=3, unique=True))
            arguments.append(DraftArgument(fresh(f"arg{i}"), premises, conclusion,
                                           draw(st.none() | TEXT.map(lambda t: t[:80].strip()
                                                                     or "t")),
                                           draw(st.none() | TEXT)))
        for a in arguments:
            if draw(st.booleans()):
                relations.append(DraftRelation("undercuts", draw(st.sampled_from(ids)), a.id,
                                               draw(st.none() | TEXT)))
    return questions, arguments


def _round_trip(draft: Draft, fmt: str) -> None:
    problems = Problems("gen")
    with tempfile.TemporaryDirectory() as tmp:
        original = analysed(write_files(Path(tmp) / "a", render_files(draft, problems)))
        assert problems.items == []
        back, import_problems = import_into(Path(tmp) / "b", fmt, export(original, fmt))
        assert import_problems == []
        assert summary(back) == summary(original)


SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(maps())
def test_argdown_round_trip(draft: Draft) -> None:
    _round_trip(draft, "argdown")


@SETTINGS
@given(maps())
def test_aif_round_trip(draft: Draft) -> None:
    _round_trip(draft, "aif")


@SETTINGS
@given(maps())
def test_json_round_trip(draft: Draft) -> None:
    _round_trip(draft, "json")


def _shipped():
    if not (ROOT / "claims" / "map.yaml").is_file():
        pytest.skip("claims/ is not there yet")
    try:
        return analysed(ROOT / "claims")
    except LoadError as exc:
        pytest.skip(f"claims/ does not load yet: {exc}")


@pytest.mark.parametrize("fmt", ["argdown", "aif", "json"])
def test_shipped_map_round_trip(fmt: str, tmp_path: Path) -> None:
    original = _shipped()
    back, problems = import_into(tmp_path / "m", fmt, export(original, fmt), f"claims.{fmt}")
    assert problems == []
    assert back.analysis.labels == original.analysis.labels
    assert summary(back) == summary(original)
