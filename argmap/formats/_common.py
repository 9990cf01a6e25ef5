"""Shared pieces of the formats: a neutral map model, ids, YAML writing and escaping.

Exporters read an analysed :class:`~argmap.view.MapView` through :func:`draft_from_view`;
importers build a :class:`Draft` and turn it into claim files with :func:`render_files`, which
repairs what argmap could not load (bad ids, missing topics, dangling relations …) and reports
each repair as a :class:`~argmap.errors.Diagnostic`. The YAML is written by hand with every
string double-quoted when plain style could be misread (``no``, ``true``, ``1e3``, ``- x``,
``#``, ``:`` …), so that argmap's YAML 1.2 reader and YAML 1.1 editors see the same value.

>>> slugify("Größere Öffnung für alle!")
'groessere-oeffnung-fuer-alle'
>>> yaml_scalar("no"), yaml_scalar("kosten"), yaml_scalar('a "b"')
('"no"', 'kosten', '"a \\\\"b\\\\""')
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeGuard

from ..errors import Diagnostic
from ..vocabulary import CLAIM_RELATIONS, STANCE_ALIASES

if TYPE_CHECKING:
    from ..view import MapView

__all__ = [
    "CLAIM_KINDS",
    "DEFAULT_TOPIC",
    "Draft",
    "DraftClaim",
    "DraftRelation",
    "IdMaker",
    "Problems",
    "as_dict",
    "as_str",
    "dicts_in",
    "dq",
    "draft_from_view",
    "expect_of",
    "is_id",
    "render_files",
    "slugify",
    "stance_of",
    "strings_in",
    "weight_of",
    "yaml_dump",
    "yaml_scalar",
]

CLAIM_KINDS = CLAIM_RELATIONS
DEFAULT_TOPIC = {"id": "allgemein", "label": "Allgemein"}

_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")
_TRANSLIT = {
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ẞ": "ss",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
    "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
}
_STANCES = {**STANCE_ALIASES, "pro": "opportunity"}  # foreign files also say "pro"
# words that YAML 1.1 (PyPI, many editors) reads as booleans or null
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"}


def is_id(text: object) -> TypeGuard[str]:
    """True when ``text`` is a valid argmap id (``[a-z0-9][a-z0-9._-]*``, at most 200 chars).

    >>> is_id("a-1.b_c"), is_id("A"), is_id("-a")
    (True, False, False)
    """
    return isinstance(text, str) and len(text) <= 200 and _ID.fullmatch(text) is not None


def slugify(text: str, max_len: int = 60, fallback: str = "claim") -> str:
    """An ascii id made from free text: umlauts transliterated, other marks dropped.

    Long texts are cut at a word boundary; an empty result gives ``fallback``.

    >>> slugify("Kosten & Energie: 50 % weniger?")
    'kosten-energie-50-weniger'
    >>> slugify("!!!")
    'claim'
    """
    s = "".join(_TRANSLIT.get(ch, ch) for ch in text)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > max_len:
        cut = s[:max_len]
        s = (cut[: cut.rfind("-")] if "-" in cut else cut).strip("-")
    return s or fallback


class IdMaker:
    """Hands out unique ids: a valid wish is kept, anything else is slugified.

    >>> ids = IdMaker()
    >>> ids.make("kosten"), ids.make("Kosten"), ids.make("kosten")
    ('kosten', 'kosten-2', 'kosten-3')
    """

    def __init__(self, used: Iterable[str] = (), fallback: str = "claim") -> None:
        self.used: set[str] = set(used)
        self.fallback = fallback

    def make(self, wish: str) -> str:
        base = wish if is_id(wish) else slugify(wish, fallback=self.fallback)
        candidate, n = base, 2
        while candidate in self.used:
            candidate = f"{base[:190]}-{n}"
            n += 1
        self.used.add(candidate)
        return candidate


def stance_of(value: object) -> str | None:
    """The stance a value names (aliases included), or None.

    >>> stance_of("Chance"), stance_of("risiko"), stance_of("maybe")
    ('opportunity', 'risk', None)
    """
    if isinstance(value, str):
        return _STANCES.get(value.strip().lower())
    return None


# --- values read from foreign files (which may hold anything anywhere) ---------------------


def as_dict(value: object) -> dict[str, Any]:
    """``value`` when it is a mapping, else an empty one.

    >>> as_dict({"a": 1}), as_dict([1])
    ({'a': 1}, {})
    """
    return value if isinstance(value, dict) else {}


def as_str(value: object) -> str | None:
    """``value`` when it is a string, else None."""
    return value if isinstance(value, str) else None


def strings_in(value: object) -> list[str]:
    """The strings in ``value`` when it is a list, else none.

    >>> strings_in(["a", 1, None, "b"]), strings_in("ab")
    (['a', 'b'], [])
    """
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def weight_of(value: object) -> float:
    """``value`` when it is a number (range and booleans are checked by :func:`render_files`,
    which reports them), else the default weight 0.5."""
    return value if isinstance(value, (int, float)) else 0.5


def dicts_in(value: object) -> list[dict[str, Any]]:
    """The mappings in ``value`` when it is a list, else none (foreign files may hold anything).

    >>> dicts_in([{"id": "a"}, 3, "x"]), dicts_in(5), dicts_in(None)
    ([{'id': 'a'}], [], [])
    """
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def expect_of(value: object) -> dict[str, list[str]] | None:
    """The ``expect`` block of a foreign file: lists of ids under string keys, or None.

    >>> expect_of({"in": ["a", 1, ["b"]], "out": "ab", 2: ["c"]}), expect_of([])
    ({'in': ['a']}, None)
    """
    if not isinstance(value, dict):
        return None
    return {k: [c for c in v if isinstance(c, str)] for k, v in value.items()
            if isinstance(k, str) and isinstance(v, list)}


# --- the neutral model --------------------------------------------------------------------


@dataclass
class DraftClaim:
    """A claim as a format carries it (fields as in a claim file, topic resolved)."""

    id: str
    text: str
    stance: str = "neutral"
    topic: str = ""
    weight: float = 0.5
    source: str | None = None
    quote: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class DraftRelation:
    """A relation; ``target`` is a claim id, or the pair ``(a, b)`` for an undercut."""

    kind: str
    source: str
    target: str | tuple[str, str]
    note: str | None = None


@dataclass
class Draft:
    """A whole map in format-neutral form."""

    title: str
    language: str = "de"
    description: str | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    expect: dict[str, list[str]] | None = None
    claims: list[DraftClaim] = field(default_factory=list)
    relations: list[DraftRelation] = field(default_factory=list)


def draft_from_view(view: MapView) -> Draft:
    """The map of an analysed view, claims in load order, relations as stored."""
    claims = [
        DraftClaim(id=c.id, text=c.text, stance=c.stance, topic=c.topic, weight=c.weight,
                   source=c.source, quote=c.quote, author=c.author, tags=list(c.tags))
        for c in view.claims.values()
    ]
    relations = [
        DraftRelation(r.kind, r.source, r.undercut if r.undercut is not None else r.target,
                      r.note)
        for r in view.relations
    ]
    sources = [{k: v for k, v in dataclasses.asdict(s).items() if v is not None}
               for s in view.sources.values()]
    topics = [{k: v for k, v in (("id", t.id), ("label", t.label), ("color", t.own_color))
               if v is not None} for t in view.topics if t.listed]
    return Draft(
        title=view.title,
        language=view.language,
        description=view.description,
        sources=sources,
        topics=topics,
        expect={k: list(v) for k, v in view.expect.items()} if view.expect else None,
        claims=claims,
        relations=relations,
    )


# --- problems -----------------------------------------------------------------------------


class Problems:
    """Collects the import problems of one file (German messages, CONTRACT-style codes)."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.items: list[Diagnostic] = []

    def add(self, line: int, code: str, message: str, col: int = 0) -> None:
        self.items.append(Diagnostic(self.filename, line, col, code, message))


# --- YAML writing -------------------------------------------------------------------------


def _needs_escape(ch: str) -> bool:
    o = ord(ch)
    return (
        o < 0x20 or 0x7F <= o <= 0x9F or o in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)
        or 0xD800 <= o <= 0xDFFF
    )


def dq(text: str, escape: str = "") -> str:
    """A double-quoted string, valid both as YAML and as JSON.

    Control characters, line and paragraph separators and every character of ``escape`` are
    written as ``\\uXXXX``, so the result is one line of printable text.

    >>> print(dq('say "hi"\\n#1', escape="{}"))
    "say \\"hi\\"\\n#1"
    """
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch in escape or _needs_escape(ch):
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def yaml_scalar(value: object, escape: str = "") -> str:
    """One scalar in YAML: plain when unambiguous in YAML 1.1 and 1.2, else double-quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(value)
        return repr(value)
    text = str(value)
    if (
        re.fullmatch(r"[a-z][a-z0-9_-]*", text)
        and text not in _YAML11_WORDS
        and _resolve_plain(text) == text
        and not any(c in escape for c in text)
    ):
        return text
    return dq(text, escape)


def _flow(value: object, escape: str) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v, escape) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {_flow(v, escape)}" for k, v in value.items()) + "}"
    return yaml_scalar(value, escape)


def _key(key: object) -> str:
    text = str(key)
    if re.fullmatch(r"[a-z_][a-z0-9_]*", text) and text not in _YAML11_WORDS:
        return text
    return dq(text)


def _simple(value: object) -> bool:
    if isinstance(value, list):
        return all(not isinstance(v, (list, dict)) for v in value)
    return not isinstance(value, dict) or not value


def _emit(value: Any, indent: int, escape: str) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for k, v in value.items():
            if _simple(v):
                lines.append(f"{pad}{_key(k)}: {_flow(v, escape)}")
            else:
                lines.append(f"{pad}{_key(k)}:")
                lines.extend(_emit(v, indent + 2, escape))
        return lines
    for item in value:
        if _simple(item):
            lines.append(f"{pad}- {_flow(item, escape)}")
        else:
            sub = _emit(item, indent + 2, escape)
            sub[0] = f"{pad}- {sub[0][indent + 2:]}"
            lines.extend(sub)
    return lines


def yaml_dump(data: dict[str, Any], escape: str = "") -> str:
    """Block-style YAML of nested dicts/lists/scalars (keys in the given order).

    >>> print(yaml_dump({"claims": [{"id": "a", "supports": ["b", "true"]}]}), end="")
    claims:
      - id: a
        supports: [b, "true"]
    """
    return "".join(line + "\n" for line in _emit(data, 0, escape))


# --- from a draft to claim files ----------------------------------------------------------

_LIMITS = {"text": 5000, "note": 2000, "quote": 1000, "tag": 100, "author": 200,
           "title": 5000, "description": 5000, "publisher": 500, "url": 2000}


def _clip(value: object, limit: int, what: str, where: str, problems: Problems) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if len(text) > limit:
        problems.add(0, "schema", f"{where}: {what} ist länger als {limit} Zeichen und wurde "
                                  "gekürzt.")
        text = text[: limit - 1].rstrip() + "…"
    return text


def _clean_meta(draft: Draft, problems: Problems) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    meta["title"] = _clip(draft.title, _LIMITS["title"], "der Titel", "map.yaml",
                          problems) or "Importierte Karte"
    meta["language"] = draft.language if draft.language in ("de", "en") else "de"
    desc = _clip(draft.description, _LIMITS["description"], "die Beschreibung", "map.yaml",
                 problems)
    if desc:
        meta["description"] = desc
    return meta


def _source_date(value: object, where: str, problems: Problems) -> str | None:
    if value is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value).strip()):
        return str(value).strip()
    problems.add(0, "schema", f"{where}: Datum {value!r} ist kein ISO-Datum.")
    return None


def _source_file(value: object, where: str, problems: Problems) -> str | None:
    """A plain file name (no directory part); the loader reads it inside the map directory."""
    if value is None:
        return None
    name = str(value)
    if name and "/" not in name and "\\" not in name and name not in (".", "..") \
            and len(name) <= 255:
        return name
    problems.add(0, "schema", f"{where}: Dateiname {name!r} ist ungültig.")
    return None


def _clean_source(src: dict[str, Any], new: str, problems: Problems) -> dict[str, Any]:
    where = f"Quelle {new}"
    item: dict[str, Any] = {"id": new}
    item["title"] = _clip(src.get("title"), _LIMITS["title"], "der Titel", where,
                          problems) or new
    for key in ("publisher", "url"):
        value = _clip(src.get(key), _LIMITS[key], key, where, problems)
        if value:
            item[key] = value
    date = _source_date(src.get("date"), where, problems)
    if date:
        item["date"] = date
    name = _source_file(src.get("file"), where, problems)
    if name:
        item["file"] = name
    return item


def _clean_sources(
    draft: Draft, problems: Problems
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    ids = IdMaker(fallback="quelle")
    out: list[dict[str, Any]] = []
    rename: dict[str, str] = {}
    for src in draft.sources:
        sid = str(src.get("id", ""))
        if sid in rename:
            continue
        new = rename[sid] = ids.make(sid)
        if new != sid:
            problems.add(0, "schema", f"Quelle {sid!r} heißt jetzt {new!r}.")
        out.append(_clean_source(src, new, problems))
    return out, rename


def _clean_topics(
    draft: Draft, problems: Problems
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    ids = IdMaker(fallback="thema")
    topics: list[dict[str, Any]] = []
    rename: dict[str, str] = {}
    for tp in draft.topics:
        tid = str(tp.get("id", ""))
        if tid in rename:
            continue
        new = ids.make(tid)
        if new != tid:
            problems.add(0, "schema", f"Thema {tid!r} heißt jetzt {new!r}.")
        rename[tid] = new
        item: dict[str, Any] = {"id": new}
        item["label"] = _clip(tp.get("label"), _LIMITS["title"], "die Bezeichnung",
                              f"Thema {new}", problems) or new
        color = tp.get("color")
        if isinstance(color, str) and _COLOR.fullmatch(color):
            item["color"] = color
        topics.append(item)
    return topics, rename


def _unique_claims(
    drafts: list[DraftClaim], source_names: dict[str, str], problems: Problems
) -> tuple[list[DraftClaim], dict[str, str]]:
    """Copies of the claims with unique valid ids (a repeated id drops the later claim) and
    renamed sources, and the table old id → new id."""
    ids = IdMaker()
    names: dict[str, str] = {}
    claims: list[DraftClaim] = []
    for c in drafts:
        if c.id in names:
            problems.add(0, "duplicate-id", f"Behauptung {c.id!r} kommt doppelt vor; die zweite "
                                            "wurde weggelassen.")
            continue
        new = names[c.id] = ids.make(c.id)
        if new != c.id:
            problems.add(0, "schema", f"Behauptung {c.id!r} heißt jetzt {new!r}.")
        source = source_names.get(c.source, c.source) if c.source is not None else None
        claims.append(dataclasses.replace(c, id=new, source=source))
    return claims, names


def _assign_topics(claims: list[DraftClaim], topics: list[dict[str, Any]],
                   topic_names: dict[str, str], problems: Problems) -> None:
    """Point every claim at its renamed topic; a claim of an unknown topic moves to
    ``allgemein``, which is added to ``topics`` when needed."""
    for c in claims:
        if c.topic in topic_names:
            c.topic = topic_names[c.topic]
            continue
        if c.topic:
            problems.add(0, "unknown-topic", f"Behauptung {c.id}: unbekanntes Thema "
                                             f"{c.topic!r}; sie steht jetzt unter "
                                             f"{DEFAULT_TOPIC['id']!r}.")
        c.topic = DEFAULT_TOPIC["id"]
        if all(t["id"] != c.topic for t in topics):
            topics.append(dict(DEFAULT_TOPIC))


def _claim_source(
    c: DraftClaim, sources: set[str], where: str, problems: Problems
) -> dict[str, Any] | None:
    if c.source is None:
        return None
    if c.source not in sources:
        problems.add(0, "unknown-source",
                     f"{where}: unbekannte Quelle {c.source!r} wurde weggelassen.")
        return None
    ref: dict[str, Any] = {"doc": c.source}
    quote = _clip(c.quote, _LIMITS["quote"], "das Zitat", where, problems)
    if quote:
        ref["quote"] = quote
    return ref


def _claim_weight(weight: object, where: str, problems: Problems) -> float:
    """``weight`` as a float in [0, 1]; anything else is reported and becomes 0.5."""
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) \
            or not math.isfinite(weight) or not 0.0 <= weight <= 1.0:
        problems.add(0, "schema", f"{where}: Gewicht {weight!r} liegt nicht in [0, 1]; "
                                  "0.5 wird verwendet.")
        return 0.5
    return float(weight)


def _clean_claim(
    c: DraftClaim, sources: set[str], topics: set[str], problems: Problems
) -> dict[str, Any]:
    where = f"Behauptung {c.id}"
    item: dict[str, Any] = {"id": c.id}
    item["text"] = _clip(c.text, _LIMITS["text"], "der Text", where, problems) or c.id
    item["stance"] = stance_of(c.stance) or "neutral"
    if stance_of(c.stance) is None:
        problems.add(0, "schema", f"{where}: unbekannte Haltung {c.stance!r}; "
                                  "neutral wird verwendet.")
    item["topic"] = c.topic if c.topic in topics else DEFAULT_TOPIC["id"]
    ref = _claim_source(c, sources, where, problems)
    if ref:
        item["source"] = ref
    weight = _claim_weight(c.weight, where, problems)
    if weight != 0.5:
        item["weight"] = weight
    tags = [t for t in (_clip(t, _LIMITS["tag"], "ein Schlagwort", where, problems)
                        for t in c.tags) if t]
    if tags:
        item["tags"] = tags
    author = _clip(c.author, _LIMITS["author"], "der Autor", where, problems)
    if author:
        item["author"] = author
    return item


@dataclass
class _Wiring:
    """Adds the relations of a draft to the claim items (``items``, keyed by new id): between
    known claims only, each once; undercuts only of relations that exist."""

    names: dict[str, str]  # claim id in the draft → id in the files
    items: dict[str, dict[str, Any]]
    problems: Problems
    pairs: set[tuple[str, str]] = field(default_factory=set)  # (a, b): some a → b exists
    seen: set[tuple[str, str, frozenset[str] | str]] = field(default_factory=set)
    seen_undercuts: set[tuple[str, str, str]] = field(default_factory=set)

    def add_all(self, relations: Iterable[DraftRelation]) -> None:
        """Claim-to-claim relations first, so that undercuts find the relations they name."""
        undercuts: list[DraftRelation] = []
        for rel in relations:
            if rel.kind == "undercuts":
                undercuts.append(rel)
            elif rel.kind in CLAIM_KINDS:
                self.relation(rel)
        for rel in undercuts:
            self.undercut(rel)

    def relation(self, rel: DraftRelation) -> None:
        a, b = self.names.get(rel.source), self.names.get(str(rel.target))
        if a is None or b is None:
            self.problems.add(0, "unknown-reference",
                              f"Beziehung {rel.source} → {rel.target} verweist auf eine "
                              "unbekannte Behauptung und wurde weggelassen.")
            return
        key = (rel.kind, a, frozenset((a, b)) if rel.kind == "contradicts" else b)
        if key in self.seen:
            return
        self.seen.add(key)
        note = _clip(rel.note, _LIMITS["note"], "die Anmerkung", f"Beziehung {a} → {b}",
                     self.problems)
        entry: str | dict[str, str] = {"target": b, "note": note} if note else b
        self.items[a].setdefault(rel.kind, []).append(entry)
        self.pairs.add((a, b))
        if rel.kind == "contradicts":
            self.pairs.add((b, a))

    def undercut(self, rel: DraftRelation) -> None:
        u = self.names.get(rel.source)
        pair = rel.target if isinstance(rel.target, tuple) else ("", "")
        a, b = self.names.get(pair[0]), self.names.get(pair[1])
        if u is None or a is None or b is None or (a, b) not in self.pairs:
            self.problems.add(0, "unknown-reference",
                              f"Unterminierung {rel.source} → ({pair[0]} -> {pair[1]}) "
                              "verweist auf keine bestehende Beziehung und wurde weggelassen.")
            return
        if (u, a, b) in self.seen_undercuts:
            return
        self.seen_undercuts.add((u, a, b))
        target = f"{a} -> {b}"
        note = _clip(rel.note, _LIMITS["note"], "die Anmerkung", f"Unterminierung {u}",
                     self.problems)
        self.items[u].setdefault("undercuts", []).append(
            {"target": target, "note": note} if note else target
        )


def _renamed_expect(
    expect: dict[str, list[str]] | None, names: dict[str, str]
) -> dict[str, list[str]] | None:
    """The expected labels under the new ids (unknown claims dropped); None when empty."""
    if not expect:
        return None
    renamed = {k: [names[c] for c in expect.get(k, []) if c in names]
               for k in ("in", "out", "undec")}
    return renamed if any(renamed.values()) else None


def _header(origin: str) -> str:
    head = "# Importiert von argmap"
    if origin:
        safe = "".join(ch if ch.isprintable() else "?" for ch in os.path.basename(origin))
        head += f" aus {safe}"
    return head + "\n"


_CLAIM_KEYS = ("id", "text", "stance", "source", "supports", "attacks", "contradicts",
               "undercuts", "weight", "tags", "author")


def _claim_files(meta: dict[str, Any], items: list[dict[str, Any]],
                 head: str) -> dict[str, str]:
    """``map.yaml`` and one file per topic that has claims (named after the topic)."""
    files = {"map.yaml": head + yaml_dump(meta)}
    names = IdMaker(used={"map"})
    for topic in meta["topics"]:
        members = [m for m in items if m["topic"] == topic["id"]]
        if not members:
            continue
        body = [{k: m[k] for k in _CLAIM_KEYS if k in m} for m in members]
        files[f"{names.make(topic['id'])}.yaml"] = head + yaml_dump(
            {"topic": topic["id"], "claims": body})
    return files


def render_files(draft: Draft, problems: Problems, origin: str = "") -> dict[str, str]:
    """Claim files (``map.yaml`` plus one file per topic) that argmap loads without errors.

    Whatever would not load is repaired and reported to ``problems``: invalid or duplicate
    ids, unknown topics (moved to ``allgemein``), unknown sources, relations to unknown
    claims, undercuts of relations that do not exist, values out of range, over-long texts.
    """
    meta = _clean_meta(draft, problems)
    sources, source_names = _clean_sources(draft, problems)
    claims, names = _unique_claims(draft.claims, source_names, problems)
    topics, topic_names = _clean_topics(draft, problems)
    _assign_topics(claims, topics, topic_names, problems)
    source_ids = {s["id"] for s in sources}
    topic_ids = {t["id"] for t in topics}
    items = {c.id: _clean_claim(c, source_ids, topic_ids, problems) for c in claims}
    _Wiring(names, items, problems).add_all(draft.relations)
    meta["sources"] = sources
    meta["topics"] = topics
    expect = _renamed_expect(draft.expect, names)
    if expect:
        meta["expect"] = expect
    return _claim_files(meta, list(items.values()), _header(origin))


def _resolve_plain(text: str) -> object:
    from ..yamlpos import resolve_plain  # here: the YAML parser is not needed to register formats

    return resolve_plain(text)
