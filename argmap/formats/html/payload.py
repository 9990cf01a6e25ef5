"""The interactive HTML map (CONTRACT §5): one self-contained, offline page, from the view.

The page is rendered through argmap's own Jinja2 template (autoescaping on) — never through
pyvis's template, which loads Bootstrap from a CDN and injects several strings as raw HTML.
pyvis provides vis-network (read from the installed package) and the node/edge data model
(:class:`pyvis.node.Node`, :class:`pyvis.edge.Edge`).

Safety rules
    * every user-written string travels as JSON data inside ``<script type="application/json">``
      with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and is shown with ``textContent``
      (vis-network 9 renders string tooltips with ``innerText``);
    * source links keep only ``http``/``https`` URLs (checked here and again in the page);
    * a Content-Security-Policy allows exactly the page's inline scripts and styles (by hash),
      no network access at all.

Determinism: claims are emitted sorted by id and positions come from :mod:`.layout` (no
randomness, physics off), so the same claims give byte-identical HTML.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.node import Node

from ...i18n import PAGE_KEYS, strings, t
from ...view import ClaimView, MapView
from ...vocabulary import RELATIONS, STANCES, VERDICTS
from . import assets
from .layout import Layout, layout

__all__ = [
    "LARGE_MAP",
    "PageContext",
    "build_payload",
    "content_security_policy",
    "render_html",
    "safe_url",
    "script_json",
]

#: above this many claims the page switches to its light styling (see map.js)
LARGE_MAP = 1000
RELATION_ORDER = {kind: i for i, kind in enumerate(RELATIONS)}
LABEL_CHARS = 70

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("argmap.formats.html", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


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


def content_security_policy(scripts: list[str], styles: list[str]) -> str:
    """The page's CSP: nothing from the network, inline scripts and styles only by hash.

    vis-network sets element styles through the CSSOM (``element.style``), which ``style-src``
    does not restrict, so no ``'unsafe-inline'`` is needed.
    """
    script_src = " ".join(assets.csp_hash(s) for s in scripts)
    style_src = " ".join(assets.csp_hash(s) for s in styles)
    return (
        "default-src 'none'; "
        f"script-src {script_src}; "
        f"style-src {style_src}; "
        "img-src data: blob:; "
        "base-uri 'none'; form-action 'none'"
    )


def _dashes(dashes: tuple[int, ...]) -> list[int] | bool:
    return list(dashes) if dashes else False


def page_strings(lang: str) -> dict[str, object]:
    """Every UI string of the page in ``lang``, unformatted (the script formats them)."""
    return strings(PAGE_KEYS, lang)


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class PageContext:
    """What the per-claim parts of the payload share: the view, the layout, the language and
    which claims are central (many incoming supports/attacks)."""

    view: MapView
    lay: Layout
    lang: str
    ui: Mapping[str, object]
    in_degree: Mapping[str, int]
    central_min: int
    topic_index: Mapping[str, Mapping[str, str]]
    sources: Mapping[str, Mapping[str, Any]]

    def central(self, claim: str) -> bool:
        return self.in_degree[claim] >= self.central_min

    def word(self, key: str) -> str:
        return str(self.ui[key])


def _topics(view: MapView, lang: str) -> list[dict[str, str]]:
    return [{"id": tp.id, "label": tp.label if tp.listed else (tp.id or t("topic.none", lang)),
             "color": tp.color} for tp in view.topics]


def _sources(view: MapView) -> dict[str, dict[str, Any]]:
    return {sid: {"title": src.title, "publisher": src.publisher, "url": safe_url(src.url),
                  "date": src.date}
            for sid, src in sorted(view.sources.items())}


def _findings(view: MapView, lang: str) -> list[dict[str, Any]]:
    return [{"code": f.code, "severity": f.severity, "claims": [str(c) for c in f.claims],
             "path": [str(c) for c in f.path], "message": f.message(lang)}
            for f in view.findings]


def _in_degrees(view: MapView) -> tuple[dict[str, int], int]:
    in_deg = dict.fromkeys(sorted(view.claims), 0)
    for r in view.relations:
        if r.kind in ("supports", "attacks") and r.target in in_deg:
            in_deg[r.target] += 1
    degrees = sorted(in_deg.values(), reverse=True)
    return in_deg, max(2, degrees[len(degrees) // 10] if degrees else 2)


def _regions(ctx: PageContext) -> list[dict[str, Any]]:
    out = []
    for r in ctx.lay.regions:
        tp = ctx.topic_index.get(r.topic)
        out.append({"topic": r.topic, "label": tp["label"] if tp else r.topic,
                    "color": tp["color"] if tp else "#757575",
                    "x": r.x, "y": r.y, "w": r.w, "h": r.h})
    return out


def _claim_data(ctx: PageContext, c: ClaimView) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": c.text, "stance": c.stance, "topic": c.topic, "source": c.source,
        "quote": c.quote, "author": c.author, "tags": list(c.tags), "label": c.label,
        "strength": round(c.strength, 4), "weight": round(c.weight, 4),
        "file": c.place.file if c.place else None, "line": c.place.line if c.place else None,
        "findings": list(c.findings), "central": ctx.central(c.id),
    }
    if c.explanation is not None:
        data["explanation"] = c.explanation.message(ctx.lang)
    return data


def _tooltip(ctx: PageContext, c: ClaimView) -> str:
    lines = [c.text, "", " · ".join([
        ctx.word(f"stance.{c.stance}"), ctx.word(f"label.{c.label}"),
        f"{ctx.word('panel.strength')} {c.strength:.2f}",
    ]), ctx.topic_index[c.topic]["label"]]
    if c.source is not None and c.source in ctx.sources:
        lines.append(ctx.sources[c.source]["title"])
    if c.findings:
        lines.append(f"⚠ {ctx.word('findings.title')}: {len(c.findings)}")
    lines.append(c.id)
    return "\n".join(lines)


def _claim_node(ctx: PageContext, c: ClaimView) -> dict[str, Any]:
    vs, st = VERDICTS[c.label], STANCES[c.stance]
    central, deg = ctx.central(c.id), ctx.in_degree[c.id]
    x, y = ctx.lay.positions[c.id]
    size = 12 + 16 * max(0.0, min(1.0, c.strength)) + (
        min(14.0, 4 * math.sqrt(deg)) if central else 0.0)
    opts: dict[str, Any] = {
        "title": _tooltip(ctx, c), "x": x, "y": y, "size": round(size, 2),
        "color": {"background": st.fill, "border": st.border,
                  "highlight": {"background": st.fill, "border": "#000000"},
                  "hover": {"background": st.fill, "border": "#000000"}},
        "borderWidth": vs.border_width, "borderWidthSelected": vs.border_width + 2,
        "shapeProperties": {"borderDashes": _dashes(vs.dashes)}, "opacity": vs.opacity,
        "font": {"size": 22 if central else 14, "color": "#1a1a1a"}, "kind": "claim",
    }
    if c.findings:
        opts["shadow"] = {"enabled": True, "color": "rgba(255,143,0,0.95)", "size": 16,
                          "x": 0, "y": 0}
    if central:
        opts["widthConstraint"] = {"maximum": 220}
    mark = vs.mark + (" ⚠" if c.findings else "")
    label = f"{mark} {_short(c.text, 48 if central else LABEL_CHARS)}"
    return dict(Node(c.id, "dot", label, **opts).options)


def _inferences(ctx: PageContext) -> tuple[dict[str, dict[str, str]], list[dict[str, Any]]]:
    """The inference node of every undercut relation, midway between its two claims."""
    data: dict[str, dict[str, str]] = {}
    nodes: list[dict[str, Any]] = []
    pairs = {r.target: r.undercut for r in ctx.view.relations if r.undercut is not None}
    term = RELATIONS["undercuts"]
    for n in sorted(pairs):
        a, b = pairs[n]  # type: ignore[misc]
        pa, pb = ctx.lay.positions.get(a), ctx.lay.positions.get(b)
        if pa is None or pb is None:
            continue
        data[n] = {"source": a, "target": b}
        nodes.append(dict(Node(n, "diamond", " ", **{
            "title": f"{a} → {b}", "x": round((pa[0] + pb[0]) / 2, 1),
            "y": round((pa[1] + pb[1]) / 2, 1), "size": 9,
            "color": {"background": "#ffb74d", "border": term.color,
                      "highlight": {"background": "#ffb74d", "border": "#000000"}},
            "borderWidth": 1, "font": {"size": 1}, "kind": "inference",
        }).options))
    return data, nodes


def _edges(ctx: PageContext, node_ids: set[str], undercut_pairs: set[tuple[str, str]]
           ) -> tuple[list[dict[str, Any]], list[list[Any]]]:
    claims, large = ctx.view.claims, len(ctx.view.claims) > LARGE_MAP
    edges, rel_out = [], []
    for r in sorted(ctx.view.relations,
                    key=lambda r: (RELATION_ORDER[r.kind], r.source, r.target)):
        u, v, k = r.source, r.target, r.kind
        if u not in node_ids or v not in node_ids:
            continue
        term = RELATIONS[k]
        title = f"{u} {ctx.word('rel.' + k)} {v}" + (f"\n{r.note}" if r.note else "")
        extra: dict[str, Any] = {}
        if (u in claims and v in claims and (u, v) not in undercut_pairs and not large
                and claims[u].topic != claims[v].topic):
            # relations between regions curve so that they do not run through other claims
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2}
        edges.append(dict(Edge(u, v, **extra, **{
            "id": f"{k}:{u}:{v}", "title": title,
            "color": {"color": term.color, "highlight": term.color, "hover": term.color,
                      "opacity": 1.0},
            "arrows": "to, from" if term.both_ways else "to", "dashes": _dashes(term.dashes),
            "width": 2, "kind": k,
        }).options))
        rel_out.append([u, v, k, r.note])
    return edges, rel_out


def _options(n_claims: int) -> dict[str, Any]:
    large = n_claims > LARGE_MAP
    return {
        "autoResize": True,
        "physics": {"enabled": False, "solver": "barnesHut", "stabilization": False},
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {
            "hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": n_claims > 300,
            "hideEdgesOnZoom": large, "multiselect": True,
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        "nodes": {
            "shape": "dot", "font": {"face": "system-ui, sans-serif"},
            "widthConstraint": {"maximum": 170}, "scaling": {"label": {"drawThreshold": 6}},
        },
        "edges": {
            "smooth": False, "arrowStrikethrough": False, "selectionWidth": 2, "hoverWidth": 1,
        },
    }


def _context(view: MapView, lang: str) -> PageContext:
    topics = _topics(view, lang)
    in_deg, central_min = _in_degrees(view)
    return PageContext(view, layout(view), lang, page_strings(lang), in_deg, central_min,
                       {tp["id"]: tp for tp in topics}, _sources(view))


def build_payload(view: MapView, lang: str | None = None) -> dict[str, Any]:
    """Everything the page's script needs, as JSON-ready data (deterministic order).

    Notes
    -----
    O((n + m) log n) for n claims and m relations: the layout and a few sorted passes.
    """
    lang = lang or view.lang
    ctx = _context(view, lang)
    claims = sorted(view.claims.values(), key=lambda c: c.id)
    inference_data, inference_nodes = _inferences(ctx)
    undercut_pairs = {(d["source"], d["target"]) for d in inference_data.values()}
    edges, relations = _edges(ctx, set(view.claims) | set(inference_data), undercut_pairs)
    return {
        "lang": lang, "ui": ctx.ui, "title": view.title, "description": view.description,
        "topics": list(ctx.topic_index.values()), "sources": ctx.sources,
        "claims": {c.id: _claim_data(ctx, c) for c in claims},
        "inferences": inference_data, "relations": relations, "findings": _findings(view, lang),
        "regions": _regions(ctx),
        "nodes": [_claim_node(ctx, c) for c in claims] + inference_nodes,
        "edges": edges, "options": _options(len(claims)), "large": len(claims) > LARGE_MAP,
        "colors": {"stance": {k: s.fill for k, s in STANCES.items()},
                   "edge": {k: r.color for k, r in RELATIONS.items()}},
    }


def render_html(view: MapView, *, lang: str | None = None) -> str:
    """The interactive map of ``view`` as one self-contained HTML page (a string); ``lang``
    overrides the view's language.

    Never writes files; the caller writes the result (atomically).
    """
    lang = lang or view.lang
    lang = lang if lang in ("de", "en") else "de"
    payload = build_payload(view, lang)
    vis_js, vis_css = assets.vis_js(), assets.vis_css()
    app_js, app_css = assets.app_js(), assets.app_css()
    csp = content_security_policy([vis_js, app_js], [vis_css, app_css])
    n_claims = len(payload["claims"])
    template = _ENV.get_template("map.html.j2")
    return template.render(
        lang=lang,
        t=lambda key, **kw: t(key, lang, **kw),
        title=payload["title"] or t("page.map", lang),
        description=payload["description"],
        n_claims=n_claims,
        n_relations=len(payload["relations"]),
        topics=payload["topics"],
        csp=csp,
        vis_js=Markup(vis_js),
        vis_css=Markup(vis_css),
        app_js=Markup(app_js),
        app_css=Markup(app_css),
        data=Markup(script_json(payload)),
        stance_colors=payload["colors"]["stance"],
        edge_colors=payload["colors"]["edge"],
        graph_lang=view.language,
    )
