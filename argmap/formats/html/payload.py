"""The interactive HTML map (CONTRACT §5): one self-contained, offline page, from the view.

The page is rendered through argmap's own Jinja2 template (autoescaping on) — never through
pyvis's template, which loads Bootstrap from a CDN and injects several strings as raw HTML.
pyvis provides vis-network (read from the installed package), which the page uses as its
camera (canvas, pan, zoom, selection API); the page draws the cards and relations itself.

The payload is compact (format 2): every id and text once, claims as columns (one list per
field, sparse fields as ``[index, value]`` pairs), relations as a flat list of index triples
``source, target, kind``. A relation's target index counts claims first, then the undercut
inferences, then the arguments. ``window.argmap.update(payload)`` takes the same structure.

Safety rules
    * every user-written string travels as JSON data inside ``<script type="application/json">``
      with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and is shown with ``textContent`` or
      drawn on the canvas with ``fillText``;
    * source links keep only ``http``/``https`` URLs (checked here and again in the page);
    * a Content-Security-Policy allows exactly the page's inline scripts and styles (by hash),
      no network access at all unless the caller asks for ``connect-src 'self'``.

Determinism: claims are emitted sorted by id and positions come from :mod:`.layout` (no
randomness), so the same claims give byte-identical HTML; a build time appears only when
``SOURCE_DATE_EPOCH`` is set or the caller passes one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import jinja2
import markupsafe
from markupsafe import Markup

from ..._beside import start_beside
from ...i18n import PAGE_KEYS, strings, t
from ...limits import BESIDE_MIN_NODES
from ...view import ClaimView, MapView, SinceMarks, bearing, bearing_counts
from ...vocabulary import RELATIONS, STANCES, VERDICTS
from . import assets
from .layout import CARD, Card, Layout, layout

__all__ = [
    "FORMAT",
    "LARGE_MAP",
    "PayloadReuse",
    "build_payload",
    "content_security_policy",
    "render_html",
    "render_payload",
    "safe_url",
    "script_json",
]

#: the payload's format version (``window.argmap.update`` refuses another)
FORMAT = 2
#: above this many claims the page hides relations at overview zoom
LARGE_MAP = 1000
STANCE_ORDER = tuple(STANCES)
VERDICT_ORDER = tuple(VERDICTS)
KIND_ORDER = tuple(RELATIONS)

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _no_raw_controls(value: Any) -> Any:
    """A user string written into the template: HTML-escaped, control characters as character
    references, so the page carries no raw NUL or ESC (the JSON payload escapes its own)."""
    if isinstance(value, Markup) or not isinstance(value, str) or not _CONTROL.search(value):
        return value
    escaped = str(markupsafe.escape(value))
    return Markup(_CONTROL.sub(lambda m: f"&#{ord(m.group())};", escaped))


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("argmap.formats.html", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
    finalize=_no_raw_controls,
)
_HASH = re.compile(r"'sha256-[A-Za-z0-9+/]{43}='")


def safe_url(url: Any) -> str | None:
    """``url`` if it is an absolute http(s) URL, else None (no ``javascript:``, ``data:`` …).

    >>> safe_url("https://example.org/a?b=1"), safe_url(" JavaScript:alert(1)")
    ('https://example.org/a?b=1', None)
    >>> safe_url("//evil.example/x") is None, safe_url("http:/x") is None
    (True, True)
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    if any(ord(ch) < 0x20 or ch in "\\\u2028\u2029" or ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def script_json(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` element: no ``<``, ``>``, ``&``,
    U+2028 or U+2029 survive literally, so the data can neither end the element nor break
    ``JSON.parse``.

    >>> script_json({"t": "</script><b>&\u2028"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def content_security_policy(scripts: Sequence[str], styles: Sequence[str], *,
                            script_hashes: Iterable[str] = (), connect: bool = False) -> str:
    """The page's CSP: nothing from the network, inline scripts and styles only by hash.

    ``script_hashes`` adds further ``'sha256-…'`` sources (e.g. the live-preview script of
    ``argmap serve``); ``connect`` allows ``fetch`` to the page's own origin only.

    >>> "connect-src" in content_security_policy([], [])
    False
    >>> "connect-src 'self'" in content_security_policy([], [], connect=True)
    True
    """
    extra = list(script_hashes)
    for h in extra:
        if not _HASH.fullmatch(h):
            raise ValueError(f"not a CSP sha256 source: {h!r}")
    script_src = " ".join([*(assets.csp_hash(s) for s in scripts), *extra])
    style_src = " ".join(assets.csp_hash(s) for s in styles)
    return (
        "default-src 'none'; "
        f"script-src {script_src}; "
        f"style-src {style_src}; "
        "img-src data: blob:; "
        + ("connect-src 'self'; " if connect else "")
        + "base-uri 'none'; form-action 'none'"
    )


def page_strings(lang: str) -> dict[str, object]:
    """Every UI string of the page in ``lang``, unformatted (the script formats them)."""
    return strings(PAGE_KEYS, lang)


def _sparse(values: Iterable[Any]) -> list[list[Any]]:
    return [[i, v] for i, v in enumerate(values) if v not in (None, (), [], "")]


class _Index:
    """Values in first-seen order with their positions (for ids and repeated strings)."""

    def __init__(self, values: Iterable[str] = ()) -> None:
        self.items: list[str] = []
        self.pos: dict[str, int] = {}
        for v in values:
            self.add(v)

    def add(self, value: str) -> int:
        if value not in self.pos:
            self.pos[value] = len(self.items)
            self.items.append(value)
        return self.pos[value]

    def get(self, value: str | None) -> int:
        return -1 if value is None else self.pos.get(value, -1)


def badge(source_id: str) -> str:
    """A source's short badge for cards: its id in capitals, at most 10 characters.

    >>> badge("kinews24"), badge("ein-sehr-langer-name")
    ('KINEWS24', 'EIN-SEHR-…')
    """
    text = source_id.upper()
    return text if len(text) <= 10 else text[:9] + "…"


def _topics(view: MapView, lang: str) -> list[dict[str, str]]:
    return [{"id": tp.id, "label": tp.label if tp.listed else (tp.id or t("topic.none", lang)),
             "color": tp.color} for tp in view.topics]


def _sources(view: MapView) -> list[dict[str, Any]]:
    return [{"id": sid, "title": src.title, "publisher": src.publisher,
             "url": safe_url(src.url), "date": src.date, "badge": badge(sid)}
            for sid, src in sorted(view.sources.items())]


class PayloadReuse:
    """What :func:`build_payload` computed last time, for the next call to reuse where its
    inputs are equal (``argmap serve``): the layout and the balance while the map's shape
    (:func:`_shape`: ids, topics, answers, relations, arguments — no text) is unchanged, and
    the words of every finding, claim and explanation that is the same object as before (the
    live preview keeps them: :class:`~argmap.view.ViewReuse`, ``analysis.reanalyse_texts``).

    >>> PayloadReuse().shape is None
    True
    """

    __slots__ = ("bearing", "layout", "shape", "words")

    def __init__(self) -> None:
        self.shape: tuple[Any, ...] | None = None
        self.layout: Layout | None = None
        self.bearing: list[dict[str, Any]] | None = None
        #: id(object) -> (the object, language, what was derived from it)
        self.words: dict[int, tuple[Any, str, Any]] = {}


class _Words:
    """Derived strings by object identity, kept for the next build (only the used ones)."""

    def __init__(self, reuse: PayloadReuse | None, lang: str) -> None:
        self.last = reuse.words if reuse is not None else {}
        self.kept: dict[int, tuple[Any, str, Any]] = {}
        self.lang = lang
        if reuse is not None:
            reuse.words = self.kept

    def get(self, obj: Any, make: Any) -> Any:
        hit = self.last.get(id(obj))
        if hit is None or hit[0] is not obj or hit[1] != self.lang:
            hit = (obj, self.lang, make(obj))
        self.kept[id(obj)] = hit
        return hit[2]


def _findings(view: MapView, lang: str, words: _Words, messages: list[str] | None = None
              ) -> list[dict[str, Any]]:
    """The findings; their messages from ``messages`` when given (worded in a second
    process), else worded here."""
    said = (messages if messages is not None
            else [words.get(f, lambda f: f.message(lang)) for f in view.findings])
    return [{"code": f.code, "severity": f.severity, "claims": [str(c) for c in f.claims],
             "path": [str(c) for c in f.path], "message": message}
            for f, message in zip(view.findings, said, strict=True)]


def _shape(view: MapView) -> tuple[Any, ...]:
    """Everything of ``view`` the layout and the balance read: claim ids in order with their
    topics and answers, relations, arguments, questions and topics — not what claims say."""
    return (tuple(view.claims), [(c.topic, c.answers) for c in view.claims.values()],
            [(r.kind, r.source, r.target, r.undercut) for r in view.relations],
            [(a, arg.premises, arg.conclusion) for a, arg in view.arguments.items()],
            tuple(view.questions), [(tp.id, tp.listed) for tp in view.topics])


def _caption(text: str, cap: str) -> str | int | None:
    """A caption as the page receives it: None when it is the text, the length k when it is
    the text's first k characters plus "…" (no caption is sent twice), else the caption.

    >>> _caption("Kurz.", "Kurz."), _caption("Ein langer Text", "Ein langer…"), _caption("a", "T")
    (None, 10, 'T')
    """
    if cap == text:
        return None
    k = len(cap) - 1
    if (cap.endswith("…") and text[:k] == cap[:k] and " ".join(text.split()) == text
            and max(cap) < "\U00010000"):  # JavaScript counts in UTF-16 units
        return k
    return cap


def _claim_words(c: ClaimView, lang: str) -> tuple[str | int | None, str | None]:
    return (_caption(c.text, c.caption),
            None if c.explanation is None else c.explanation.message(lang))


def _claims(view: MapView, lay: Layout, ids: list[str], lang: str,
            idx: Mapping[str, _Index], words: _Words) -> dict[str, Any]:
    cs = [view.claims[c] for c in ids]
    band = set(lay.band)
    pos = [lay.positions[c] for c in ids]
    qidx = idx["questions"]
    said = [words.get(c, lambda c: _claim_words(c, lang)) for c in cs]
    return {
        "id": ids,
        "text": [c.text for c in cs],
        "caption": [w[0] for w in said],
        "stance": [STANCE_ORDER.index(c.stance) for c in cs],
        "label": [VERDICT_ORDER.index(c.label) for c in cs],
        "topic": [idx["topics"].get(c.topic) for c in cs],
        "source": [idx["sources"].get(c.source) for c in cs],
        "author": [-1 if c.author is None else idx["authors"].add(c.author) for c in cs],
        "strength": [round(c.strength, 3) for c in cs],
        "weight": [round(c.weight, 3) for c in cs],
        "x": [p[0] for p in pos],
        "y": [p[1] for p in pos],
        "band": [1 if c in band else 0 for c in ids],
        "file": [-1 if c.place is None else idx["files"].add(c.place.file) for c in cs],
        "line": [0 if c.place is None else c.place.line for c in cs],
        "explanation": [w[1] for w in said],
        "tags": _sparse([idx["tags"].add(x) for x in c.tags] for c in cs),
        "quote": _sparse(c.quote for c in cs),
        "note": _sparse(c.note for c in cs),
        "titled": [i for i, c in enumerate(cs) if c.title is not None],
        "answers": _sparse([qidx.get(q) for q in c.answers if qidx.get(q) >= 0] for c in cs),
        "findings": _sparse(list(c.findings) for c in cs),
    }


def _relations(view: MapView, claim: Mapping[str, int], inference: Mapping[str, int],
               argument: Mapping[str, int]) -> tuple[list[int], list[list[Any]]]:
    flat: list[int] = []
    notes: list[list[Any]] = []
    rels = sorted(view.relations, key=lambda r: (KIND_ORDER.index(r.kind), r.source, r.target))
    for r in rels:
        u = claim.get(r.source)
        v = claim.get(r.target, inference.get(r.target, argument.get(r.target)))
        if u is None or v is None:
            continue
        if r.note:
            notes.append([len(flat) // 3, r.note])
        flat += [u, v, KIND_ORDER.index(r.kind)]
    return flat, notes


def _inferences(view: MapView, claim: Mapping[str, int]) -> dict[str, list[int]]:
    pairs = {r.target: r.undercut for r in view.relations if r.undercut is not None}
    out: dict[str, list[int]] = {}
    for n in sorted(pairs):
        a, b = pairs[n]
        if a in claim and b in claim:
            out[n] = [claim[a], claim[b]]
    return out


def _arguments(view: MapView, lay: Layout, claim: Mapping[str, int]) -> list[dict[str, Any]]:
    out = []
    for aid in sorted(view.arguments):
        a = view.arguments[aid]
        if a.conclusion not in claim or not all(p in claim for p in a.premises):
            continue
        x, y = lay.junctions.get(aid, lay.positions[a.conclusion])
        out.append({"id": aid, "title": a.title, "note": a.note, "label": a.label,
                    "author": a.author, "premises": [claim[p] for p in a.premises],
                    "conclusion": claim[a.conclusion], "x": x, "y": y})
    return out


def _questions(view: MapView, lay: Layout, sources: _Index) -> list[dict[str, Any]]:
    from ...view import caption as derive

    out = []
    for q in lay.questions:
        qv = view.questions[q]
        x, y = lay.positions[q]
        out.append({"id": q, "text": qv.text, "caption": derive(qv.text, 120), "x": x, "y": y,
                    "source": sources.get(qv.source), "quote": qv.quote})
    return out


def _bearing(view: MapView, claim: Mapping[str, int]) -> list[dict[str, Any]]:
    """Per thesis the claims for and against it (counts always; the claims themselves only up
    to :data:`LARGE_MAP` claims, where they stay a short list per claim's panel)."""
    if len(view.claims) > LARGE_MAP:
        return [{"thesis": claim[thesis], "pro": [], "contra": [], "both": [],
                 "count": list(counts)} for thesis, counts in bearing_counts(view).items()]
    out = []
    for thesis, sides in bearing(view).items():
        row: dict[str, Any] = {"thesis": claim[thesis], "pro": [], "contra": [], "both": []}
        for c, side in sides.items():
            row[side].append(claim[c])
        row["count"] = [len(row["pro"]), len(row["contra"]), len(row["both"])]
        out.append(row)
    return out


def _card(card: Card) -> list[float]:
    return [card.w, card.h, card.font, card.lines]


def _vocabulary() -> dict[str, Any]:
    return {
        "stances": list(STANCE_ORDER), "labels": list(VERDICT_ORDER), "kinds": list(KIND_ORDER),
        "stance": {"fill": [s.fill for s in STANCES.values()],
                   "border": [s.border for s in STANCES.values()],
                   "tint": [s.tint for s in STANCES.values()],
                   "symbol": [s.symbol for s in STANCES.values()]},
        "verdict": {"mark": [v.mark for v in VERDICTS.values()],
                    "width": [v.border_width for v in VERDICTS.values()],
                    "dashes": [list(v.dashes) for v in VERDICTS.values()],
                    "opacity": [v.opacity for v in VERDICTS.values()]},
        "relation": {"color": [r.color for r in RELATIONS.values()],
                     "dashes": [list(r.dashes) for r in RELATIONS.values()],
                     "head": [r.dot_arrow for r in RELATIONS.values()],
                     "both": [r.both_ways for r in RELATIONS.values()]},
    }


def _since(since: SinceMarks | None) -> dict[str, Any] | None:
    if since is None:
        return None
    return {"label": since.label, "new": sorted(since.new), "changed": sorted(since.changed),
            "removed": sorted(since.removed)}


def _digest(data: Mapping[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _built(built: str | None) -> str | None:
    if built is not None:
        return built
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return None


def _layout_beside(view: MapView, lang: str, other: Callable[[], list[dict[str, Any]]]
                   ) -> tuple[Layout, list[str] | None, list[dict[str, Any]]]:
    """The layout, the findings' messages in ``lang`` and ``other()``: on a large map the
    first two in a second process (at 100,000 claims they take about as long as the balance
    ``other`` counts here), else the layout one after the other and no messages (the caller
    words them); the same result."""
    if len(view.claims) < BESIDE_MIN_NODES:
        return layout(view), None, other()
    view.make_all()  # the layout reads every claim, and so does this process afterwards
    job = start_beside(lambda: (layout(view), [f.message(lang) for f in view.findings]))
    try:
        rows = other()
    except BaseException:
        if job is not None:
            job.cancel()
        raise
    found = job.result() if job is not None else None
    if (isinstance(found, tuple) and len(found) == 2 and isinstance(found[0], Layout)
            and isinstance(found[1], list) and len(found[1]) == len(view.findings)):
        return found[0], found[1], rows
    return layout(view), None, rows


def _layout_and_bearing(view: MapView, claim: Mapping[str, int], lang: str,
                        reuse: PayloadReuse | None
                        ) -> tuple[Layout, list[str] | None, list[dict[str, Any]]]:
    """The layout, the findings' messages when they were worded beside it (else None) and
    the balance; with ``reuse`` the last ones while the shape is unchanged."""
    if reuse is None:
        return _layout_beside(view, lang, lambda: _bearing(view, claim))
    shape = _shape(view)
    if reuse.shape != shape or reuse.layout is None or reuse.bearing is None:
        reuse.shape, reuse.layout, reuse.bearing = shape, layout(view), _bearing(view, claim)
    return reuse.layout, None, reuse.bearing


def build_payload(view: MapView, lang: str | None = None, *, since: SinceMarks | None = None,
                  built: str | None = None, reuse: PayloadReuse | None = None
                  ) -> dict[str, Any]:
    """Everything the page's script needs, as JSON-ready data (format 2, deterministic order).

    ``since`` marks what changed since an earlier version; ``built`` is shown as the build
    time (default: ``SOURCE_DATE_EPOCH`` if set, else none, so rebuilds stay identical);
    ``reuse`` carries what the last call computed to the next (:class:`PayloadReuse`): the
    same payload, faster when little changed. The payload's lists may be shared with the
    last one: treat it as read-only.

    Notes
    -----
    O((n + m) log n) for n claims and m relations: the layout and a few sorted passes; with
    ``reuse`` and an unchanged shape O(n + m) comparisons and the changed claims' words.
    """
    lang = lang or view.lang
    ids = sorted(view.claims)
    claim = {c: i for i, c in enumerate(ids)}
    lay, messages, bearing_rows = _layout_and_bearing(view, claim, lang, reuse)
    words = _Words(reuse, lang)
    topics = _topics(view, lang)
    sources = _sources(view)
    idx = {"topics": _Index(tp["id"] for tp in topics),
           "sources": _Index(s["id"] for s in sources), "questions": _Index(lay.questions),
           "authors": _Index(), "tags": _Index(), "files": _Index(view.files)}
    claims = _claims(view, lay, ids, lang, idx, words)
    inferences = _inferences(view, claim)
    inference = {n: len(ids) + i for i, n in enumerate(inferences)}
    arguments = _arguments(view, lay, claim)
    argument = {a["id"]: len(ids) + len(inferences) + i for i, a in enumerate(arguments)}
    relations, notes = _relations(view, claim, inference, argument)
    data: dict[str, Any] = {
        "format": FORMAT, "title": view.title, "description": view.description,
        "topics": topics, "sources": sources, "questions": _questions(view, lay, idx["sources"]),
        "claims": claims, "authors": idx["authors"].items, "tags": idx["tags"].items,
        "files": idx["files"].items,
        "relations": relations, "notes": notes,
        "inferences": [[n, *pair] for n, pair in inferences.items()], "arguments": arguments,
        "findings": _findings(view, lang, words, messages), "bearing": bearing_rows,
        "regions": [[idx["topics"].get(r.topic), r.x, r.y, r.w, r.h] for r in lay.regions],
        "cards": {"card": _card(CARD), "thesis": _card(lay.thesis),
                  "question": _card(lay.question)},
        "bounds": list(lay.bounds), "large": len(ids) > LARGE_MAP, "since": _since(since),
        "vocabulary": _vocabulary(),
    }
    data["footer"] = {"files": len(view.files), "digest": _digest(data), "built": _built(built)}
    data["lang"] = lang
    data["ui"] = page_strings(lang)
    return data


def render_html(view: MapView, *, lang: str | None = None, since: SinceMarks | None = None,
                script_hashes: Iterable[str] = (), connect: bool = False,
                built: str | None = None) -> str:
    """The interactive map of ``view`` as one self-contained HTML page (a string).

    ``lang`` overrides the view's language; ``since`` marks new and changed claims (see
    :class:`~argmap.view.SinceMarks`); ``script_hashes`` and ``connect`` widen the CSP for a
    live preview (extra inline scripts by hash; ``connect-src 'self'``) — by default the page
    may not reach the network at all. Never writes files; the caller writes the result.
    """
    lang = lang or view.lang
    lang = lang if lang in ("de", "en") else "de"
    return render_payload(build_payload(view, lang, since=since, built=built), view.language,
                          script_hashes=script_hashes, connect=connect)


def render_payload(payload: dict[str, Any], graph_lang: str | None = None, *,
                   script_hashes: Iterable[str] = (), connect: bool = False) -> str:
    """The page of a payload made by :func:`build_payload` (so that a caller that needs both,
    the live preview, builds the payload once); ``graph_lang`` is the map's own language
    (``view.language``). See :func:`render_html`."""
    lang = payload["lang"]
    vis_js, vis_css = assets.vis_js(), assets.vis_css()
    app_js, app_css = assets.app_js(), assets.app_css()
    csp = content_security_policy([vis_js, app_js], [vis_css, app_css],
                                  script_hashes=script_hashes, connect=connect)
    vocab = payload["vocabulary"]
    template = _ENV.get_template("map.html.j2")
    return template.render(
        lang=lang,
        t=lambda key, **kw: t(key, lang, **kw),
        title=payload["title"] or t("page.map", lang),
        description=payload["description"],
        n_claims=len(payload["claims"]["id"]),
        n_relations=len(payload["relations"]) // 3 + len(payload["arguments"]),
        topics=payload["topics"],
        authors=payload["authors"],
        sources=payload["sources"],
        footer=payload["footer"],
        has_questions=bool(payload["questions"]),
        since=payload["since"],
        csp=csp,
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        app_js=Markup(app_js),
        app_css=Markup(app_css),
        data=Markup(script_json(payload)),
        stance=dict(zip(vocab["stances"], zip(vocab["stance"]["fill"],
                                              vocab["stance"]["symbol"], strict=True),
                        strict=True)),
        verdict_marks=dict(zip(vocab["labels"], vocab["verdict"]["mark"], strict=True)),
        edge_colors=dict(zip(vocab["kinds"], vocab["relation"]["color"], strict=True)),
        graph_lang=graph_lang,
    )
