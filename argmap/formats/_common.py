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
import functools
import json
import math
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeGuard

from ..errors import Diagnostic, LoadError
from ..i18n import LANGS, t
from ..limits import MAX_FILE_SIZE, TITLE_LIMIT
from ..vocabulary import CLAIM_RELATIONS, STANCE_ALIASES

if TYPE_CHECKING:
    from ..view import MapView

__all__ = [
    "CLAIM_KINDS",
    "DEFAULT_TOPIC",
    "MAX_IMPORT_CHARS",
    "MAX_IMPORT_ITEMS",
    "MAX_JSON_DEPTH",
    "Draft",
    "DraftArgument",
    "DraftClaim",
    "DraftQuestion",
    "DraftRelation",
    "IdMaker",
    "Problems",
    "as_dict",
    "as_str",
    "check_items",
    "check_size",
    "detect_language",
    "dicts_in",
    "dq",
    "draft_from_view",
    "expect_of",
    "is_id",
    "parse_json",
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

#: the most premises an argument may have (``model.Argument``)
ARGUMENT_PREMISES = 50
#: the largest claim file an import writes: well below what the loader accepts
IMPORT_FILE_BYTES = MAX_FILE_SIZE // 2
_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")
_TRANSLIT = {
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ẞ": "ss",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d",
    "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
}
_TRANSLIT_TABLE = str.maketrans(_TRANSLIT)
_STANCES = {**STANCE_ALIASES, "pro": "opportunity"}  # foreign files also say "pro"
# words that YAML 1.1 (PyPI, many editors) reads as booleans or null
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf"}


def is_id(text: object) -> TypeGuard[str]:
    """True when ``text`` is a valid argmap id (``[a-z0-9][a-z0-9._-]*``, at most 200 chars).

    >>> is_id("a-1.b_c"), is_id("A"), is_id("-a")
    (True, False, False)
    """
    return isinstance(text, str) and len(text) <= 200 and _ID.fullmatch(text) is not None


@functools.lru_cache(maxsize=4096)
def slugify(text: str, max_len: int = 60, fallback: str = "claim") -> str:
    """An ascii id made from free text: umlauts transliterated, other marks dropped.

    Long texts are cut at a word boundary; an empty result gives ``fallback``.

    >>> slugify("Kosten & Energie: 50 % weniger?")
    'kosten-energie-50-weniger'
    >>> slugify("!!!")
    'claim'
    """
    if text.isascii():  # (O(1): CPython knows it) nothing to transliterate or decompose
        s = text.lower()
    else:
        s = unicodedata.normalize("NFKD", text.translate(_TRANSLIT_TABLE))
        s = s.encode("ascii", "ignore").decode("ascii").lower()
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
        self.next: dict[str, int] = {}  # base → the next number to try (keeps make linear)

    def make(self, wish: str) -> str:
        """A unique id for ``wish``.

        Notes
        -----
        Amortised O(len(wish)): the numbers tried for a base are remembered, so n wishes with
        the same text cost O(n), not O(n²).
        """
        base = wish if is_id(wish) else slugify(wish, fallback=self.fallback)
        candidate, n = base, self.next.get(base, 2)
        while candidate in self.used:
            candidate = f"{base[:190]}-{n}"
            n += 1
        self.next[base] = n
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
    title: str | None = None
    answers: list[str] = field(default_factory=list)
    note: str | None = None
    line: int = 0  # where the foreign file has it (1-based; 0: no lines)


@dataclass
class DraftQuestion:
    """A question of the map (CONTRACT §6.1)."""

    id: str
    text: str
    source: str | None = None
    quote: str | None = None


@dataclass
class DraftArgument:
    """An argument in standard form (CONTRACT §6.2): linked premises, one conclusion."""

    id: str
    premises: list[str]
    conclusion: str
    title: str | None = None
    note: str | None = None
    author: str | None = None
    line: int = 0


@dataclass
class DraftRelation:
    """A relation; ``target`` is a claim id, or the pair ``(a, b)`` for an undercut of a
    relation; an undercut whose ``target`` is a string undercuts the argument of that id."""

    kind: str
    source: str
    target: str | tuple[str, str]
    note: str | None = None
    line: int = 0


@dataclass
class Draft:
    """A whole map in format-neutral form."""

    title: str
    language: str | None = None  # None: detected from the texts (:func:`detect_language`)
    description: str | None = None
    sources: list[dict[str, Any]] = field(default_factory=list)
    topics: list[dict[str, Any]] = field(default_factory=list)
    expect: dict[str, list[str]] | None = None
    claims: list[DraftClaim] = field(default_factory=list)
    relations: list[DraftRelation] = field(default_factory=list)
    questions: list[DraftQuestion] = field(default_factory=list)
    arguments: list[DraftArgument] = field(default_factory=list)


def draft_from_view(view: MapView) -> Draft:
    """The map of an analysed view, claims in load order, relations as stored."""
    claims = [
        DraftClaim(id=c.id, text=c.text, stance=c.stance, topic=c.topic, weight=c.weight,
                   source=c.source, quote=c.quote, author=c.author, tags=list(c.tags),
                   title=c.title, answers=list(c.answers), note=c.note)
        for c in view.claims.values()
    ]
    questions = [DraftQuestion(q.id, q.text, q.source, q.quote)
                 for q in view.questions.values()]
    arguments = [DraftArgument(a.id, list(a.premises), a.conclusion, a.title, a.note,
                               a.author) for a in view.arguments.values()]
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
        questions=questions,
        arguments=arguments,
    )


# --- problems -----------------------------------------------------------------------------


class _Subject:
    """A problem's subject, rendered when shown (plain slots: one is made per claim)."""

    __slots__ = ("ident", "kind", "lang")

    def __init__(self, lang: str, kind: str, ident: object) -> None:
        self.lang, self.kind, self.ident = lang, kind, ident

    def __str__(self) -> str:
        return t(f"import.subject.{self.kind}", self.lang, id=self.ident)


class Problems:
    """Collects the import problems of one file, in the import's language (``lang``); each
    keeps its message key and arguments (``Diagnostic.key``/``args``) to be shown in another.

    >>> p = Problems("x.argdown", "en")
    >>> p.add(3, "schema", "import.renamed", where=p.subject("claim", "a"), new="b")
    >>> p.items[0].message, p.items[0].line
    ("Claim a is now 'b'.", 3)
    """

    def __init__(self, filename: str, lang: str = "de") -> None:
        self.filename = filename
        self.lang = lang if lang in LANGS else "de"
        self.items: list[Diagnostic] = []

    def add(self, line: int, code: str, key: str, /, **args: object) -> None:
        """A problem at ``line`` (1-based; 0 when the format has no lines: the file alone)."""
        shown = {k: str(v) for k, v in args.items()}
        self.items.append(Diagnostic(self.filename, max(line, 0), 0, code,
                                     t(key, self.lang, **shown), key, tuple(shown.items())))

    def subject(self, kind: str, ident: object) -> _Subject:
        """What a problem is about, e.g. ``Behauptung a`` / ``Claim a`` (rendered only when a
        problem names it: most claims have none)."""
        return _Subject(self.lang, kind, ident)

    def field(self, name: str) -> str:
        return t(f"import.field.{name}", self.lang)

    def fail(self, line: int, code: str, key: str, /, **args: object) -> LoadError:
        """The error that ends an import: the input is not the format, or too large."""
        self.add(line, code, key, **args)
        return LoadError(t("import.failed", self.lang, file=self.filename), [self.items[-1]],
                         self.lang)


# --- the material's language -------------------------------------------------------------

_STOP_WORDS = {
    "de": frozenset([
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "zu", "mit", "auf",
        "für", "von", "den", "dem", "sich", "des", "auch", "es", "sind", "wird", "werden", "im",
        "wenn", "dass", "oder", "aber", "als", "bei", "nur", "noch", "kann", "man", "wie"
    ]),
    "en": frozenset([
        "the", "and", "is", "are", "of", "to", "a", "an", "in", "that", "not", "for", "with",
        "be", "it", "this", "on", "by", "as", "or", "but", "if", "can", "from", "which", "they",
        "their", "have", "has", "will", "would", "should"
    ]),
}
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(texts: Iterable[str], budget: int = 200_000) -> str:
    """``"de"`` or ``"en"``: the language whose common words the texts use more (German when
    undecided, as argmap's default). Reads at most ``budget`` characters.

    >>> detect_language(["The costs are low and the models are open."])
    'en'
    >>> detect_language(["Die Kosten sind gering, und die Modelle sind offen."])
    'de'
    >>> detect_language([""])
    'de'

    Notes
    -----
    O(min(total length, budget)).
    """
    counts = dict.fromkeys(_STOP_WORDS, 0)
    for text in texts:
        for word in _WORD.findall(text[:budget].lower()):
            for lang, words in _STOP_WORDS.items():
                counts[lang] += word in words
        budget -= len(text)
        if budget <= 0:
            break
    return "en" if counts["en"] > counts["de"] else "de"


# --- limits of what an import reads ---------------------------------------------------------

#: characters of an import's input (a seminar's file has well below a million)
MAX_IMPORT_CHARS = 20_000_000
#: elements of an import (Kialo entries, Argdown statements and arguments, AIF/JSON nodes)
MAX_IMPORT_ITEMS = 100_000
#: nesting depth of a JSON import (AIF and argmap's JSON nest five levels or so)
MAX_JSON_DEPTH = 100


def check_size(text: str, problems: Problems) -> None:
    """Raise (``file-too-large``) when ``text`` is longer than :data:`MAX_IMPORT_CHARS`."""
    if len(text) > MAX_IMPORT_CHARS:  # (the module global, read at call time)
        raise problems.fail(0, "file-too-large", "import.too-big", limit=MAX_IMPORT_CHARS)


def check_items(count: int, what: str, problems: Problems, line: int = 0,
                factor: int = 1) -> None:
    """Raise (``file-too-large``) when an import has more than ``factor`` ×
    :data:`MAX_IMPORT_ITEMS` elements (read at call time, so tests can lower it)."""
    limit = factor * MAX_IMPORT_ITEMS
    if count > limit:
        raise problems.fail(line, "file-too-large", "import.too-many-items", limit=limit,
                            what=t(f"import.items.{what}", problems.lang))


def _depth_ok(data: object, limit: int) -> bool:
    """Whether ``data`` nests at most ``limit`` lists/objects deep (iteratively: no recursion).

    >>> _depth_ok({"a": [[1]]}, 3), _depth_ok({"a": [[1]]}, 2)
    (True, False)
    """
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else (
            value if isinstance(value, list) else ())
        for child in children:
            if isinstance(child, (dict, list)):
                if depth + 1 > limit:
                    return False
                stack.append((child, depth + 1))
    return True


def parse_json(text: str, problems: Problems) -> object:
    """The JSON document of an import; invalid, too large or too deeply nested JSON raises
    :class:`~argmap.errors.LoadError` with the line (never a crash).

    Notes
    -----
    O(n). Python's parser recurses per nesting level: a document nested deeper than the
    interpreter allows ends in ``RecursionError``, which becomes the same diagnostic.
    """
    check_size(text, problems)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise problems.fail(exc.lineno, "json-syntax", "import.json-invalid",
                            problem=exc.msg) from None
    except RecursionError:
        raise problems.fail(1, "file-too-large", "import.too-deep",
                            limit=MAX_JSON_DEPTH) from None
    if not _depth_ok(data, MAX_JSON_DEPTH):
        raise problems.fail(1, "file-too-large", "import.too-deep", limit=MAX_JSON_DEPTH)
    return data


# --- YAML writing -------------------------------------------------------------------------


# what a double-quoted scalar writes as an escape: quote, backslash, C0 and C1 controls, DEL,
# the line and paragraph separators, U+FEFF, the noncharacters U+FFFE/U+FFFF, lone surrogates
_DQ_SPECIAL = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]')
_DQ_SHORT = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
# a string written plain: one lowercase word (YAML 1.2 resolves none of these to a non-string
# but ``null``/``true``/``false``, which :data:`_YAML11_WORDS` holds with YAML 1.1's others)
_PLAIN = re.compile(r"[a-z][a-z0-9_-]*")


@functools.lru_cache(maxsize=16)
def _dq_special(escape: str) -> re.Pattern[str]:
    """:data:`_DQ_SPECIAL` plus the characters of ``escape`` (a caller's few extra ones)."""
    if not escape:
        return _DQ_SPECIAL
    return re.compile(_DQ_SPECIAL.pattern[:-1] + re.escape(escape) + "]")


def _dq_escape(m: re.Match[str]) -> str:
    ch = m.group()
    return _DQ_SHORT.get(ch) or f"\\u{ord(ch):04x}"


def dq(text: str, escape: str = "") -> str:
    """A double-quoted string, valid both as YAML and as JSON.

    Control characters, line and paragraph separators and every character of ``escape`` are
    written as ``\\uXXXX``, so the result is one line of printable text.

    >>> print(dq('say "hi"\\n#1', escape="{}"))
    "say \\"hi\\"\\n#1"

    Notes
    -----
    O(len(text)): one pass of a regular expression (most texts need no escape at all).
    """
    return '"' + _dq_special(escape).sub(_dq_escape, text) + '"'


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
    return _yaml_string(str(value), escape)


@functools.lru_cache(maxsize=65536)
def _yaml_string(text: str, escape: str) -> str:
    """A string scalar (cached: imports repeat texts, topics and ids many times)."""
    if _PLAIN.fullmatch(text) and text not in _YAML11_WORDS \
            and not (escape and any(c in escape for c in text)):
        return text
    return dq(text, escape)


def _flow(value: object, escape: str) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v, escape) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {_flow(v, escape)}" for k, v in value.items()) + "}"
    return yaml_scalar(value, escape)


@functools.lru_cache(maxsize=1024)
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


def _clip(value: object, limit: int, what: str, where: object, problems: Problems,
          line: int = 0) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if len(text) > limit:
        problems.add(line, "schema", "import.too-long", where=where, what=problems.field(what),
                     limit=limit)
        text = text[: limit - 1].rstrip() + "…"
    return text


def _clean_meta(draft: Draft, problems: Problems) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    meta["title"] = _clip(draft.title, _LIMITS["title"], "title", problems.subject("map", ""),
                          problems) or "Importierte Karte"
    texts = [*(c.text for c in draft.claims), *(q.text for q in draft.questions)]
    meta["language"] = draft.language if draft.language in ("de", "en") else detect_language(
        texts or [draft.title])
    desc = _clip(draft.description, _LIMITS["description"], "description",
                 problems.subject("map", ""), problems)
    if desc:
        meta["description"] = desc
    return meta


def _source_date(value: object, where: object, problems: Problems) -> str | None:
    if value is None:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value).strip()):
        return str(value).strip()
    problems.add(0, "schema", "import.bad-date", where=where, value=value)
    return None


def _source_file(value: object, where: object, problems: Problems) -> str | None:
    """A plain file name (no directory part); the loader reads it inside the map directory."""
    if value is None:
        return None
    name = str(value)
    if name and "/" not in name and "\\" not in name and name not in (".", "..") \
            and len(name) <= 255:
        return name
    problems.add(0, "schema", "import.bad-file-name", where=where, name=name)
    return None


def _clean_source(src: dict[str, Any], new: str, problems: Problems) -> dict[str, Any]:
    where = problems.subject("source", new)
    item: dict[str, Any] = {"id": new}
    item["title"] = _clip(src.get("title"), _LIMITS["title"], "title", where,
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
            problems.add(0, "schema", "import.renamed",
                         where=problems.subject("source", sid), new=new)
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
            problems.add(0, "schema", "import.renamed",
                         where=problems.subject("topic", tid), new=new)
        rename[tid] = new
        item: dict[str, Any] = {"id": new}
        item["label"] = _clip(tp.get("label"), _LIMITS["title"], "label",
                              problems.subject("topic", new), problems) or new
        color = tp.get("color")
        if isinstance(color, str) and _COLOR.fullmatch(color):
            item["color"] = color
        topics.append(item)
    return topics, rename


def _unique_claims(
    drafts: list[DraftClaim], source_names: dict[str, str], problems: Problems,
    ids: IdMaker | None = None,
) -> tuple[list[DraftClaim], dict[str, str]]:
    """Copies of the claims with unique valid ids (a repeated id drops the later claim) and
    renamed sources, and the table old id → new id."""
    ids = ids if ids is not None else IdMaker()
    names: dict[str, str] = {}
    claims: list[DraftClaim] = []
    for c in drafts:
        if c.id in names:
            problems.add(c.line, "duplicate-id", "import.duplicate",
                         where=problems.subject("claim", c.id))
            continue
        new = names[c.id] = ids.make(c.id)
        if new != c.id:
            problems.add(c.line, "schema", "import.renamed", where=problems.subject("claim", c.id),
                         new=new)
        source = source_names.get(c.source, c.source) if c.source is not None else None
        copy = object.__new__(DraftClaim)  # a shallow copy; dataclasses.replace is slower
        copy.__dict__.update(c.__dict__, id=new, source=source)
        claims.append(copy)
    return claims, names


def _source_ref(source: str | None, quote: str | None, sources: set[str], where: object,
                problems: Problems, line: int = 0) -> dict[str, Any] | None:
    """``{doc, quote}`` of a known source; an unknown one is reported and dropped."""
    if source is None:
        return None
    if source not in sources:
        problems.add(line, "unknown-source", "import.unknown-source", where=where, source=source)
        return None
    ref: dict[str, Any] = {"doc": source}
    clipped = _clip(quote, _LIMITS["quote"], "quote", where, problems, line)
    if clipped:
        ref["quote"] = clipped
    return ref


def _clean_questions(
    drafts: list[DraftQuestion], ids: IdMaker, source_names: dict[str, str],
    sources: set[str], problems: Problems,
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The questions for ``map.yaml`` (ids unique among claims, questions and arguments)."""
    out: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    for q in drafts:
        if q.id in names:
            problems.add(0, "duplicate-id", "import.duplicate",
                         where=problems.subject("question", q.id))
            continue
        new = names[q.id] = ids.make(q.id)
        if new != q.id:
            problems.add(0, "schema", "import.renamed", where=problems.subject("question", q.id),
                         new=new)
        where = problems.subject("question", new)
        item: dict[str, Any] = {"id": new}
        item["text"] = _clip(q.text, _LIMITS["text"], "text", where, problems) or new
        source = source_names.get(q.source, q.source) if q.source is not None else None
        ref = _source_ref(source, q.quote, sources, where, problems)
        if ref:
            item["source"] = ref
        out.append(item)
    return out, names


def _argument_ends(a: DraftArgument, names: dict[str, str], where: object,
                   problems: Problems) -> tuple[list[str], str] | None:
    """Premises (known claims, each once, without the conclusion) and the conclusion."""
    conclusion = names.get(a.conclusion)
    premises = list(dict.fromkeys(names[p] for p in a.premises if p in names))
    unknown = [p for p in [*a.premises, a.conclusion] if p not in names]
    if unknown:
        problems.add(a.line, "unknown-reference", "import.argument-unknown-claim", where=where,
                     claim=unknown[0])
    if conclusion in premises:
        problems.add(a.line, "self-relation", "import.argument-circular", where=where)
        premises.remove(conclusion)
    if conclusion is None or not premises:
        problems.add(a.line, "unknown-reference", "import.argument-incomplete", where=where)
        return None
    if len(premises) > ARGUMENT_PREMISES:
        problems.add(a.line, "schema", "import.argument-too-many", where=where,
                     limit=ARGUMENT_PREMISES)
    return premises[:ARGUMENT_PREMISES], conclusion


def _clean_arguments(
    drafts: list[DraftArgument], names: dict[str, str], ids: IdMaker, problems: Problems
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The arguments between known claims, with unique ids (and the table old → new id)."""
    out: list[dict[str, Any]] = []
    renamed: dict[str, str] = {}
    for a in drafts:
        if a.id in renamed:
            problems.add(a.line, "duplicate-id", "import.duplicate",
                         where=problems.subject("argument", a.id))
            continue
        ends = _argument_ends(a, names, problems.subject("argument", a.id), problems)
        if ends is None:
            continue
        new = renamed[a.id] = ids.make(a.id)
        if new != a.id:
            problems.add(a.line, "schema", "import.renamed",
                         where=problems.subject("argument", a.id), new=new)
        item: dict[str, Any] = {"id": new}
        title = _clip(a.title, TITLE_LIMIT, "title", problems.subject("argument", new),
                      problems)
        if title:
            item["title"] = title
        item["premises"], item["conclusion"] = ends
        note = _clip(a.note, _LIMITS["note"], "note", problems.subject("argument", new),
                     problems)
        if note:
            item["note"] = note
        author = _clip(a.author, _LIMITS["author"], "author",
                       problems.subject("argument", new), problems)
        if author:
            item["author"] = author
        out.append(item)
    return out, renamed


def _assign_topics(claims: list[DraftClaim], topics: list[dict[str, Any]],
                   topic_names: dict[str, str], problems: Problems) -> None:
    """Point every claim at its renamed topic; a claim of an unknown topic moves to
    ``allgemein``, which is added to ``topics`` when needed.

    Notes
    -----
    O(claims + topics).
    """
    default = any(t["id"] == DEFAULT_TOPIC["id"] for t in topics)
    for c in claims:
        if c.topic in topic_names:
            c.topic = topic_names[c.topic]
            continue
        if c.topic:
            problems.add(c.line, "unknown-topic", "import.unknown-topic",
                         where=problems.subject("claim", c.id), topic=c.topic,
                         default=DEFAULT_TOPIC["id"])
        c.topic = DEFAULT_TOPIC["id"]
        if not default:
            topics.append(dict(DEFAULT_TOPIC))
            default = True


def _claim_source(
    c: DraftClaim, sources: set[str], where: object, problems: Problems
) -> dict[str, Any] | None:
    return _source_ref(c.source, c.quote, sources, where, problems, c.line)


def _claim_weight(weight: object, where: object, problems: Problems, line: int = 0) -> float:
    """``weight`` as a float in [0, 1]; anything else is reported and becomes 0.5."""
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) \
            or not math.isfinite(weight) or not 0.0 <= weight <= 1.0:
        problems.add(line, "schema", "import.bad-weight", where=where, weight=weight)
        return 0.5
    return float(weight)


def _clean_claim(
    c: DraftClaim, sources: set[str], topics: set[str], problems: Problems
) -> dict[str, Any]:
    """The fields of version 1 of one claim, repaired (what is absent is skipped at once:
    most imported claims have a text, a stance and a topic only)."""
    where = problems.subject("claim", c.id)
    item: dict[str, Any] = {"id": c.id}
    item["text"] = _clip(c.text, _LIMITS["text"], "text", where, problems, c.line) or c.id
    stance = stance_of(c.stance)
    if stance is None:
        problems.add(c.line, "schema", "import.bad-stance", where=where, stance=c.stance)
    item["stance"] = stance or "neutral"
    item["topic"] = c.topic if c.topic in topics else DEFAULT_TOPIC["id"]
    if c.source is not None:
        ref = _claim_source(c, sources, where, problems)
        if ref:
            item["source"] = ref
    weight = c.weight if type(c.weight) is float and 0.0 <= c.weight <= 1.0 else \
        _claim_weight(c.weight, where, problems, c.line)
    if weight != 0.5:
        item["weight"] = weight
    if c.tags:
        tags = [t for t in (_clip(t, _LIMITS["tag"], "tag", where, problems, c.line)
                            for t in c.tags) if t]
        if tags:
            item["tags"] = tags
    author = _clip(c.author, _LIMITS["author"], "author", where, problems, c.line)
    if author:
        item["author"] = author
    return item


def _claim_v2(c: DraftClaim, item: dict[str, Any], questions: dict[str, str],
              problems: Problems) -> None:
    """The version-2 fields of a claim: ``title``, ``answers`` (known questions), ``note``."""
    if c.title is None and not c.answers and c.note is None:
        return
    where = problems.subject("claim", c.id)
    title = _clip(c.title, TITLE_LIMIT, "title", where, problems, c.line)
    if title:
        item["title"] = title
    answers = [questions[q] for q in dict.fromkeys(c.answers) if q in questions]
    for q in (q for q in c.answers if q not in questions):
        problems.add(c.line, "unknown-reference", "import.unknown-question", where=where,
                     question=q)
    if answers:
        item["answers"] = answers
    note = _clip(c.note, _LIMITS["note"], "note", where, problems, c.line)
    if note:
        item["note"] = note


@dataclass
class _Wiring:
    """Adds the relations of a draft to the claim items (``items``, keyed by new id): between
    known claims only, each once; undercuts only of relations that exist."""

    names: dict[str, str]  # claim id in the draft → id in the files
    items: dict[str, dict[str, Any]]
    problems: Problems
    arguments: dict[str, str] = field(default_factory=dict)  # argument id → id in the files
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
            self.problems.add(rel.line, "unknown-reference", "import.relation-unknown",
                              a=rel.source, b=rel.target)
            return
        key = (rel.kind, a, frozenset((a, b)) if rel.kind == "contradicts" else b)
        if key in self.seen:
            return
        self.seen.add(key)
        note = None if rel.note is None else _clip(
            rel.note, _LIMITS["note"], "note", self.problems.subject("relation", f"{a} → {b}"),
            self.problems)
        entry: str | dict[str, str] = {"target": b, "note": note} if note else b
        self.items[a].setdefault(rel.kind, []).append(entry)
        self.pairs.add((a, b))
        if rel.kind == "contradicts":
            self.pairs.add((b, a))

    def undercut(self, rel: DraftRelation) -> None:
        if isinstance(rel.target, str):
            self.argument_undercut(rel, rel.target)
            return
        u = self.names.get(rel.source)
        pair = rel.target if isinstance(rel.target, tuple) else ("", "")
        a, b = self.names.get(pair[0]), self.names.get(pair[1])
        if u is None or a is None or b is None or (a, b) not in self.pairs:
            self.problems.add(rel.line, "unknown-reference", "import.undercut-unknown",
                              u=rel.source, a=pair[0], b=pair[1])
            return
        if (u, a, b) in self.seen_undercuts:
            return
        self.seen_undercuts.add((u, a, b))
        target = f"{a} -> {b}"
        note = _clip(rel.note, _LIMITS["note"], "note", self.problems.subject("undercut", u),
                     self.problems)
        self.items[u].setdefault("undercuts", []).append(
            {"target": target, "note": note} if note else target
        )

    def argument_undercut(self, rel: DraftRelation, argument: str) -> None:
        """An undercut of an argument (CONTRACT §6.2): its inference is denied."""
        u, target = self.names.get(rel.source), self.arguments.get(argument)
        if u is None or target is None:
            self.problems.add(rel.line, "unknown-reference", "import.undercut-argument-unknown",
                              u=rel.source, argument=argument)
            return
        if (u, target, "") in self.seen_undercuts:
            return
        self.seen_undercuts.add((u, target, ""))
        note = _clip(rel.note, _LIMITS["note"], "note", self.problems.subject("undercut", u),
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


_CLAIM_KEYS = ("id", "title", "text", "stance", "source", "supports", "attacks", "contradicts",
               "undercuts", "weight", "tags", "author", "answers", "note")
_ARGUMENT_KEYS = ("id", "title", "premises", "conclusion", "note")
#: the keys each list of a claim file writes, in their order (``topic``, ``author``: the head's)
_PART_KEYS = {"claims": _CLAIM_KEYS, "arguments": _ARGUMENT_KEYS}
_ITEM_KEY = {k: f"    {k}: " for k in (*_CLAIM_KEYS, *_ARGUMENT_KEYS)}


def _entry_text(entry: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The YAML of one claim or argument as an item of its file's list: exactly what
    :func:`yaml_dump` writes of its ``keys`` (in that order), with a fast path for the flat
    values most entries have.

    Notes
    -----
    O(size of the entry); a text is escaped once (:func:`_yaml_string` is cached).
    """
    lines: list[str] = []
    for k in keys:
        if k not in entry:
            continue
        v = entry[k]
        if isinstance(v, str):
            lines.append(_ITEM_KEY[k] + _yaml_string(v, ""))
        elif isinstance(v, list) and all(isinstance(x, str) for x in v):
            lines.append(f"{_ITEM_KEY[k]}[{', '.join([_yaml_string(x, '') for x in v])}]")
        else:
            lines.extend(_emit({k: v}, 4, ""))
    lines[0] = "  - " + lines[0][4:]
    return "\n".join(lines) + "\n"


def _utf8_len(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8"))


def _topic_files(topic: str, head: dict[str, Any], parts: dict[str, list[dict[str, Any]]],
                 names: IdMaker, banner: str) -> dict[str, str]:
    """One file with the claims and arguments of ``parts`` — several when they would be too
    large for the loader (``topic.yaml``, ``topic-2.yaml`` …; one entry alone always fits:
    its texts are bounded).

    Notes
    -----
    O(size of the YAML): every entry is written once, then the files are cut between entries.
    """
    room = IMPORT_FILE_BYTES - _utf8_len(banner) - len(yaml_dump(head)) - 100
    files: list[dict[str, list[str]]] = [{}]
    size = 0
    for key, entries in parts.items():
        keys = _PART_KEYS[key]
        for entry in entries:
            text = _entry_text(entry, keys)
            n = _utf8_len(text)
            if files[-1] and size + n > room:
                files.append({})
                size = 0
            files[-1].setdefault(key, []).append(text)
            size += n
    out: dict[str, str] = {}
    for group in files:
        body = [f"{key}:\n" + "".join(group[key]) for key in parts if key in group]
        out[f"{names.make(topic)}.yaml"] = banner + yaml_dump(head) + "".join(body)
    return out


def _claim_files(meta: dict[str, Any], items: list[dict[str, Any]],
                 arguments: list[dict[str, Any]], head: str) -> dict[str, str]:
    """``map.yaml`` and one file per topic that has claims (named after the topic, split when
    large); arguments go to the files of their conclusions' topics (with an author of their
    own: to a file of that author, ``<topic>-argumente.yaml``).

    Notes
    -----
    O(claims + arguments): each is put in its topic's group once.
    """
    files = {"map.yaml": head + yaml_dump(meta)}
    names = IdMaker(used={"map"})
    members: dict[str, list[dict[str, Any]]] = {}
    for m in items:
        members.setdefault(m["topic"], []).append(m)
    topic_of = {m["id"]: m["topic"] for m in items} if arguments else {}
    argued: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for a in arguments:
        argued.setdefault(topic_of[a["conclusion"]], {}).setdefault(
            a.get("author", ""), []).append(a)
    for topic in meta["topics"]:
        by_author = argued.get(topic["id"], {})
        if topic["id"] in members:
            files.update(_topic_files(topic["id"], {"topic": topic["id"]},
                                      {"claims": members[topic["id"]],
                                       "arguments": by_author.pop("", [])}, names, head))
        for author, group in by_author.items():
            file_head = {"topic": topic["id"]} | ({"author": author} if author else {})
            files.update(_topic_files(f"{topic['id']}-argumente", file_head,
                                      {"arguments": group}, names, head))
    return files


def render_files(draft: Draft, problems: Problems, origin: str = "") -> dict[str, str]:
    """Claim files (``map.yaml`` plus one file per topic) that argmap loads without errors.

    Whatever would not load is repaired and reported to ``problems``: invalid or duplicate
    ids, unknown topics (moved to ``allgemein``), unknown sources, relations to unknown
    claims, undercuts of relations or arguments that do not exist, arguments without premises
    or conclusion, answers to unknown questions, values out of range, over-long texts.
    """
    meta = _clean_meta(draft, problems)
    sources, source_names = _clean_sources(draft, problems)
    ids = IdMaker()
    claims, names = _unique_claims(draft.claims, source_names, problems, ids)
    topics, topic_names = _clean_topics(draft, problems)
    _assign_topics(claims, topics, topic_names, problems)
    source_ids = {s["id"] for s in sources}
    topic_ids = {t["id"] for t in topics}
    questions, question_names = _clean_questions(draft.questions, ids, source_names,
                                                 source_ids, problems)
    items = {c.id: _clean_claim(c, source_ids, topic_ids, problems) for c in claims}
    for c in claims:
        _claim_v2(c, items[c.id], question_names, problems)
    arguments, argument_names = _clean_arguments(draft.arguments, names, ids, problems)
    _Wiring(names, items, problems, argument_names).add_all(draft.relations)
    meta["sources"] = sources
    meta["topics"] = topics
    if questions:
        meta["questions"] = questions
    expect = _renamed_expect(draft.expect, names)
    if expect:
        meta["expect"] = expect
    return _claim_files(meta, list(items.values()), arguments, _header(origin))

