"""The shared model: ids, YAML writing and the repair of imported maps."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.formats._common import (
    _CLAIM_KEYS,
    Draft,
    DraftClaim,
    DraftRelation,
    IdMaker,
    Problems,
    _entry_text,
    dq,
    is_id,
    render_files,
    slugify,
    yaml_dump,
)
from argmap.load import load_map
from argmap.yamlpos import parse_yaml

from .helpers import write_files

NASTY = [
    'Er sagte: "Ja"', "a: b", "# kein Kommentar", "- keine Liste", "no", "true", "~", "null",
    "1e3", "0x1F", "2025-02-03", "Zeile 1\nZeile 2", "Tab\tTab", "'einfach'", "\\back\\slash",
    "{flow: map}", "[flow, list]", "& anchor", "* alias", "! tag", "%directive", "@at",
    "`backtick`", "Ünïcödé ✓ 🎉", "ends with colon:", "key: value # comment", "|", ">",
    "? question", "a\u2028b", "x\x85y", "\u00a0nbsp inside\u00a0x",
]


def test_slugify_transliterates_and_limits() -> None:
    assert slugify("Öffentliche Straßen für Äpfel") == "oeffentliche-strassen-fuer-aepfel"
    assert slugify("Ça va? Señor!") == "ca-va-senor"
    long = slugify("wort " * 40)
    assert len(long) <= 60 and not long.endswith("-") and is_id(long)
    assert slugify("") == "claim" and slugify("???", fallback="x") == "x"


def test_id_maker_keeps_valid_ids_and_makes_them_unique() -> None:
    ids = IdMaker()
    assert [ids.make(w) for w in ("a.b_c", "A.B C", "a.b_c", "")] == [
        "a.b_c", "a-b-c", "a.b_c-2", "claim"]


@pytest.mark.parametrize("text", NASTY)
def test_yaml_strings_read_back_exactly(text: str) -> None:
    doc = parse_yaml(yaml_dump({"text": text, "list": [text]}))
    assert not doc.problems
    assert doc.data == {"text": text, "list": [text]}


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",)), max_size=40))
def test_yaml_any_string_reads_back(text: str) -> None:
    doc = parse_yaml(yaml_dump({"k": text}))
    assert not doc.problems and doc.data == {"k": text}


def test_dq_escapes_what_the_slow_path_escapes() -> None:
    # the pattern without extra characters against the one built for ``escape="\x00"`` (NUL
    # is escaped either way, so for every other character the results must agree)
    for code in [*range(0x3000), *range(0xD700, 0x10000), 0x1F389, 0x10FFFF]:
        text = f"a{chr(code)}b"
        assert dq(text) == dq(text, escape="\x00"), hex(code)


@pytest.mark.parametrize("text", NASTY)
def test_entry_fast_path_writes_what_yaml_dump_writes(text: str) -> None:
    entry = {"note": text, "id": "a", "weight": 0.25, "text": text, "stance": "risk",
             "topic": "t", "source": {"doc": "q", "quote": text}, "tags": [text, "x"],
             "supports": ["b", {"target": "c", "note": text}], "attacks": [],
             "undercuts": [f"{text} -> b"], "author": text, "answers": ["no"]}
    ordered = {k: entry[k] for k in _CLAIM_KEYS if k in entry}
    assert "claims:\n" + _entry_text(entry, _CLAIM_KEYS) == yaml_dump({"claims": [ordered]})


def test_nasty_claims_load(tmp_path: Path) -> None:
    ids = ["no", "true", "null", "1e3", "0x1f", "2025-02-03", "a.b", "on"]
    draft = Draft(title="Titel: mit # und \"Quotes\"", topics=[{"id": "no", "label": "yes"}])
    for cid, text in zip(ids, NASTY, strict=False):
        draft.claims.append(DraftClaim(cid, text.strip() or "x", topic="no", tags=[text[:50]],
                                       author=text[:50]))
    draft.relations.append(DraftRelation("supports", "no", "true", note="- note: #1"))
    draft.relations.append(DraftRelation("undercuts", "null", ("no", "true")))
    problems = Problems("x")
    root = write_files(tmp_path / "m", render_files(draft, problems))
    amap = load_map(root)
    assert not problems.items
    assert [c for c in amap.claims] == ids
    for cid, text in zip(ids, NASTY, strict=False):
        assert amap.claims[cid].claim.text == text.strip()
    assert amap.claims["no"].claim.supports[0].note == "- note: #1"
    assert amap.meta.title == 'Titel: mit # und "Quotes"'
    assert {r.kind for r in amap.relations} == {"supports", "undercuts"}


def test_broken_drafts_are_repaired_and_reported(tmp_path: Path) -> None:
    draft = Draft(
        title="", language="fr",
        sources=[{"id": "Quelle 1", "title": "", "date": "gestern", "file": "../x"}],
        topics=[{"id": "Thema A", "label": "A", "color": "rot"}],
        claims=[
            DraftClaim("Erste Behauptung", "  ", stance="vielleicht", topic="Thema A",
                       weight=3, source="Quelle 1", quote=""),
            DraftClaim("b", "x" * 6000, topic="unbekannt", source="fehlt"),
            DraftClaim("b", "doppelt"),
        ],
        relations=[
            DraftRelation("supports", "b", "niemand"),
            DraftRelation("undercuts", "b", ("b", "Erste Behauptung")),
            DraftRelation("attacks", "b", "Erste Behauptung", note="n" * 3000),
        ],
    )
    problems = Problems("broken.txt")
    amap = load_map(write_files(tmp_path / "m", render_files(draft, problems)))
    codes = {p.code for p in problems.items}
    assert {"schema", "unknown-reference", "duplicate-id", "unknown-source",
            "unknown-topic"} <= codes
    assert all(p.file == "broken.txt" for p in problems.items)
    first = amap.claims["erste-behauptung"].claim
    assert first.text == "erste-behauptung" and first.stance == "neutral"
    assert first.weight == 0.5 and first.source is not None
    assert amap.claims["b"].topic == "allgemein"
    assert len(amap.claims["b"].claim.text) == 5000
    assert [r.kind for r in amap.relations] == ["attacks", "undercuts"]
    assert amap.meta.language == "de" and amap.meta.title == "Importierte Karte"
