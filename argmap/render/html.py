"""The interactive HTML map (CONTRACT §5): one self-contained, offline page.

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

import dataclasses
import json
import math
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.node import Node

from . import assets
from .catalogue import ui, ui_strings
from .layout import NO_TOPIC, layout

__all__ = [
    "LARGE_MAP",
    "build_payload",
    "content_security_policy",
    "render_html",
    "safe_url",
    "script_json",
]

#: above this many claims the page switches to its light styling (see map.js)
LARGE_MAP = 1000

STANCE_COLORS = {
    "opportunity": ("#43a047", "#2e7d32"),
    "risk": ("#e53935", "#b71c1c"),
    "neutral": ("#9e9e9e", "#616161"),
}
EDGE_STYLE: dict[str, dict[str, Any]] = {
    "supports": {"color": "#2e7d32", "arrows": "to", "dashes": False, "width": 2},
    "attacks": {"color": "#c62828", "arrows": "to", "dashes": False, "width": 2},
    "contradicts": {"color": "#8e24aa", "arrows": "to, from", "dashes": [8, 6], "width": 2},
    "undercuts": {"color": "#ef6c00", "arrows": "to", "dashes": [2, 5], "width": 2},
}
VERDICT_STYLE: dict[str, dict[str, Any]] = {
    "in": {"borderWidth": 4, "dashes": False, "opacity": 1.0, "mark": "✓"},
    "out": {"borderWidth": 2, "dashes": [5, 4], "opacity": 0.45, "mark": "✗"},
    "undec": {"borderWidth": 2, "dashes": [2, 3], "opacity": 0.85, "mark": "?"},
}
TOPIC_PALETTE = ("#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037", "#ad1457", "#558b2f",
                 "#283593", "#00695c", "#9e9d24")
RELATION_ORDER = {"supports": 0, "attacks": 1, "contradicts": 2, "undercuts": 3}
LABEL_CHARS = 70
_HEX = re.compile(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("argmap", "templates"),
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


def _plain(value: Any, lang: str, depth: int = 0) -> Any:
    """Turn an explanation of any shape into JSON data (strings, numbers, lists, objects)."""
    if depth > 8:
        return str(value)
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return round(value, 4) if math.isfinite(value) else str(value)
    message = getattr(value, "message", None)
    if callable(message):
        try:
            return str(message(lang))
        except TypeError:
            pass
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    elif hasattr(value, "model_dump"):
        value = value.model_dump()
    if isinstance(value, Mapping):
        return {str(k): _plain(v, lang, depth + 1) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return [_plain(v, lang, depth + 1) for v in sorted(value, key=str)]
    if isinstance(value, (list, tuple)):
        return [_plain(v, lang, depth + 1) for v in value]
    return str(value)


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _num(x: Any, default: float = 0.5) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return default
    return v if math.isfinite(v) else default


def build_payload(analysis: Any, lang: str = "de") -> dict[str, Any]:
    """Everything the page's script needs, as JSON-ready data (deterministic order)."""
    g = analysis.graph
    claims = sorted(n for n, t in g.nodes(data="type") if t == "claim")
    claim_set = set(claims)
    inferences = sorted(n for n, t in g.nodes(data="type") if t == "inference")
    n_claims = len(claims)
    large = n_claims > LARGE_MAP
    labels = analysis.labels or {}
    strength_map = analysis.strength or {}
    explanations = (analysis.extra or {}).get("explanations") or {}

    topics = []
    topic_index: dict[str, dict[str, Any]] = {}
    for i, tp in enumerate(g.graph.get("topics") or []):
        color = tp.get("color")
        if not (isinstance(color, str) and _HEX.fullmatch(color)):
            color = TOPIC_PALETTE[i % len(TOPIC_PALETTE)]
        entry = {"id": str(tp["id"]), "label": str(tp.get("label") or tp["id"]), "color": color}
        topics.append(entry)
        topic_index[entry["id"]] = entry
    for c in claims:  # topics a claim names but map.yaml does not list (defensive)
        tid = g.nodes[c].get("topic") or NO_TOPIC
        if tid not in topic_index:
            entry = {
                "id": tid,
                "label": tid or ui("topic.none", lang),
                "color": "#757575",
            }
            topic_index[tid] = entry
            topics.append(entry)

    sources = {}
    for sid, src in sorted((g.graph.get("sources") or {}).items()):
        sources[str(sid)] = {
            "title": str(src.get("title") or sid),
            "publisher": src.get("publisher"),
            "url": safe_url(src.get("url")),
            "date": None if src.get("date") is None else str(src.get("date")),
        }

    # findings, and which claims they touch
    findings = []
    claim_findings: dict[str, list[int]] = {}
    for i, f in enumerate(analysis.findings or []):
        fclaims = [str(c) for c in f.claims]
        findings.append({
            "code": f.code,
            "severity": f.severity,
            "claims": fclaims,
            "path": [str(c) for c in f.path],
            "message": f.message(lang),
        })
        for c in dict.fromkeys(fclaims + [str(c) for c in f.path]):
            if c in claim_set:
                claim_findings.setdefault(c, []).append(i)

    # relations
    relations = []
    in_deg = dict.fromkeys(claims, 0)
    for u, v, k, data in g.edges(keys=True, data=True):
        relations.append((RELATION_ORDER.get(k, 9), str(u), str(v), k, data.get("note")))
        if k in ("supports", "attacks") and v in in_deg:
            in_deg[v] += 1
    relations.sort(key=lambda r: (r[0], r[1], r[2]))

    degrees = sorted(in_deg.values(), reverse=True)
    central_min = max(2, degrees[len(degrees) // 10] if degrees else 2)

    lay = layout(g, claims)
    regions = []
    for r in lay.regions:
        tp = topic_index.get(r.topic)
        regions.append({
            "topic": r.topic,
            "label": tp["label"] if tp else r.topic,
            "color": tp["color"] if tp else "#757575",
            "x": r.x, "y": r.y, "w": r.w, "h": r.h,
        })

    ui_ = ui_strings(lang)
    claim_data: dict[str, Any] = {}
    nodes: list[dict[str, Any]] = []
    for c in claims:
        d = g.nodes[c]
        stance = d.get("stance") if d.get("stance") in STANCE_COLORS else "neutral"
        label = labels.get(c, "undec")
        label = label if label in VERDICT_STYLE else "undec"
        weight = _num(d.get("weight"), 0.5)
        strength = _num(strength_map.get(c, weight), weight)
        text = str(d.get("text") or "")
        tid = d.get("topic") or NO_TOPIC
        central = in_deg[c] >= central_min
        has_findings = c in claim_findings
        src = d.get("source")
        claim_data[c] = {
            "text": text,
            "stance": stance,
            "topic": tid,
            "source": None if src is None else str(src),
            "quote": d.get("quote"),
            "author": d.get("author"),
            "tags": [str(t) for t in d.get("tags") or []],
            "label": label,
            "strength": round(strength, 4),
            "weight": round(weight, 4),
            "file": None if d.get("file") is None else str(d.get("file")),
            "line": d.get("line"),
            "findings": claim_findings.get(c, []),
            "central": central,
        }
        if c in explanations:
            claim_data[c]["explanation"] = _plain(explanations[c], lang)

        vs = VERDICT_STYLE[label]
        fill, border = STANCE_COLORS[stance]
        x, y = lay.positions[c]
        size = 12 + 16 * max(0.0, min(1.0, strength)) + (min(14.0, 4 * math.sqrt(in_deg[c]))
                                                           if central else 0.0)
        mark = vs["mark"] + (" ⚠" if has_findings else "")
        title_lines = [
            text,
            "",
            " · ".join([
                ui_[f"stance.{stance}"],
                ui_[f"label.{label}"],
                f"{ui_['panel.strength']} {strength:.2f}",
            ]),
            topic_index[tid]["label"],
        ]
        if src is not None and str(src) in sources:
            title_lines.append(sources[str(src)]["title"])
        if has_findings:
            title_lines.append(f"⚠ {ui_['findings.title']}: {len(claim_findings[c])}")
        title_lines.append(c)
        opts: dict[str, Any] = {
            "title": "\n".join(title_lines),
            "x": x,
            "y": y,
            "size": round(size, 2),
            "color": {
                "background": fill,
                "border": border,
                "highlight": {"background": fill, "border": "#000000"},
                "hover": {"background": fill, "border": "#000000"},
            },
            "borderWidth": vs["borderWidth"],
            "borderWidthSelected": vs["borderWidth"] + 2,
            "shapeProperties": {"borderDashes": vs["dashes"]},
            "opacity": vs["opacity"],
            "font": {"size": 22 if central else 14, "color": "#1a1a1a"},
            "kind": "claim",
        }
        if has_findings:
            opts["shadow"] = {"enabled": True, "color": "rgba(255,143,0,0.95)", "size": 16,
                              "x": 0, "y": 0}
        if central:
            opts["widthConstraint"] = {"maximum": 220}
        nodes.append(Node(c, "dot", f"{mark} {_short(text, 48 if central else LABEL_CHARS)}",
                          **opts).options)

    inference_data = {}
    for n in inferences:
        d = g.nodes[n]
        a, b = str(d.get("source")), str(d.get("target"))
        pa, pb = lay.positions.get(a), lay.positions.get(b)
        if pa is None or pb is None:
            continue
        inference_data[n] = {"source": a, "target": b}
        nodes.append(Node(n, "diamond", " ", **{
            "title": f"{a} → {b}",
            "x": round((pa[0] + pb[0]) / 2, 1),
            "y": round((pa[1] + pb[1]) / 2, 1),
            "size": 9,
            "color": {"background": "#ffb74d", "border": "#ef6c00",
                      "highlight": {"background": "#ffb74d", "border": "#000000"}},
            "borderWidth": 1,
            "font": {"size": 1},
            "kind": "inference",
        }).options)

    node_ids = claim_set | set(inference_data)
    undercut_pairs = {(d["source"], d["target"]) for d in inference_data.values()}
    edges = []
    rel_out = []
    for _, u, v, k, note in relations:
        if u not in node_ids or v not in node_ids or k not in EDGE_STYLE:
            continue
        style = EDGE_STYLE[k]
        title = f"{u} {ui_['rel.' + k]} {v}"
        if note:
            title += "\n" + str(note)
        extra: dict[str, Any] = {}
        if (u in claim_set and v in claim_set and (u, v) not in undercut_pairs
                and not large and claim_data[u]["topic"] != claim_data[v]["topic"]):
            # relations between regions curve so that they do not run through other claims
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.2}
        edges.append(Edge(u, v, **extra, **{
            "id": f"{k}:{u}:{v}",
            "title": title,
            "color": {"color": style["color"], "highlight": style["color"],
                      "hover": style["color"], "opacity": 1.0},
            "arrows": style["arrows"],
            "dashes": style["dashes"],
            "width": style["width"],
            "kind": k,
        }).options)
        rel_out.append([u, v, k, None if note is None else str(note)])

    options = {
        "autoResize": True,
        "physics": {"enabled": False, "solver": "barnesHut", "stabilization": False},
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "interaction": {
            "hover": not large,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": n_claims > 300,
            "hideEdgesOnZoom": large,
            "multiselect": True,
            "keyboard": {"enabled": True, "bindToWindow": False},
        },
        "nodes": {
            "shape": "dot",
            "font": {"face": "system-ui, sans-serif"},
            "widthConstraint": {"maximum": 170},
            "scaling": {"label": {"drawThreshold": 6}},
        },
        "edges": {
            "smooth": False,
            "arrowStrikethrough": False,
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
    }

    return {
        "lang": lang,
        "ui": ui_,
        "title": str(g.graph.get("title") or ""),
        "description": g.graph.get("description"),
        "topics": topics,
        "sources": sources,
        "claims": claim_data,
        "inferences": inference_data,
        "relations": rel_out,
        "findings": findings,
        "regions": regions,
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "large": large,
        "colors": {
            "stance": {k: v[0] for k, v in STANCE_COLORS.items()},
            "edge": {k: v["color"] for k, v in EDGE_STYLE.items()},
        },
    }


def render_html(analysis: Any, *, lang: str = "de") -> str:
    """The interactive map of ``analysis`` as one self-contained HTML page (a string).

    Never writes files; the caller writes the result (atomically).
    """
    lang = lang if lang in ("de", "en") else "de"
    payload = build_payload(analysis, lang)
    vis_js, vis_css = assets.vis_js(), assets.vis_css()
    app_js, app_css = assets.app_js(), assets.app_css()
    csp = content_security_policy([vis_js, app_js], [vis_css, app_css])
    g = analysis.graph
    n_claims = len(payload["claims"])
    template = _ENV.get_template("map.html.j2")
    return template.render(
        lang=lang,
        t=lambda key, **kw: ui(key, lang, **kw),
        title=payload["title"] or ui("page.map", lang),
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
        stance_colors={k: v[0] for k, v in STANCE_COLORS.items()},
        edge_colors={k: v["color"] for k, v in EDGE_STYLE.items()},
        graph_lang=g.graph.get("language"),
    )
