"""Graphviz DOT: topics as clusters, stances as fill colours, relations as edge styles.

* each topic is a ``subgraph "cluster_<topic>"`` labelled with the topic's label and framed in
  its colour;
* claim fill: opportunity green, risk red, neutral grey; the grounded label shows in the
  border: ``in`` bold, ``out`` dashed with grey text, ``undec`` plain;
* supports: green arrow; attacks: red arrow with a bar (``tee``); contradicts: dashed red line
  with bars at both ends; an undercut relation a → b is routed through a small point node
  ``"a->b"``, and the undercutting claim points at it with a dotted purple line.

Every string is quoted and escaped (``\\`` → ``\\\\``, ``"`` → ``\\"``, line breaks →
``\\n``), so texts cannot break the graph.

>>> dot_string('say "hi"\\\\now')
'"say \\\\"hi\\\\"\\\\\\\\now"'
"""

from __future__ import annotations

import re
import textwrap

from ..graph import claim_nodes
from ..pipeline import GENERATOR_MARK, Result
from . import exporter

__all__ = ["dot_string", "export_dot"]

STANCE_FILL = {"opportunity": "#c8e6c9", "risk": "#ffcdd2", "neutral": "#eceff1"}
KIND_STYLE = {
    "supports": 'color="#2e7d32", arrowhead="normal"',
    "attacks": 'color="#c62828", arrowhead="tee"',
    "contradicts": 'color="#c62828", style="dashed", dir="both", arrowhead="tee", '
                   'arrowtail="tee"',
    "undercuts": 'color="#6a1b9a", style="dotted", arrowhead="tee", penwidth=1.5',
}
LABEL_STYLE = {
    "in": 'penwidth=2.5, style="rounded,filled"',
    "out": 'penwidth=1, style="rounded,filled,dashed", fontcolor="#757575"',
    "undec": 'penwidth=1, style="rounded,filled"',
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def dot_string(text: str) -> str:
    """A DOT double-quoted string whose label shows exactly ``text``."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _wrap(text: str, width: int = 34, limit: int = 240) -> str:
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "\n".join(textwrap.fill(part, width) for part in text.split("\n"))


@exporter("dot", ".dot")
def export_dot(result: Result) -> str:
    """The map as a Graphviz digraph (see module docs)."""
    g = result.graph
    labels = result.analysis.labels
    meta = result.amap.meta
    out = [
        f"// {GENERATOR_MARK}",
        "digraph argmap {",
        f'  graph [label={dot_string(meta.title)}, labelloc="t", fontsize=18, '
        'fontname="Helvetica", rankdir="BT", newrank=true, compound=true];',
        '  node [shape="box", style="rounded,filled", fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    by_topic: dict[str, list[str]] = {}
    for n in claim_nodes(g):
        by_topic.setdefault(g.nodes[n]["topic"], []).append(n)
    for i, topic in enumerate(meta.topics):
        members = by_topic.get(topic.id, [])
        if not members:
            continue
        colour = topic.color or "#90a4ae"
        out.append(f"  subgraph {dot_string('cluster_' + topic.id)} {{")
        out.append(f"    label={dot_string(topic.label)}; color={dot_string(colour)}; "
                   f'style="rounded"; fontcolor={dot_string(colour)}; id="topic{i}";')
        for n in members:
            d = g.nodes[n]
            label = labels.get(n, "undec")
            tooltip = f"{n} [{label}]: {d['text']}"
            out.append(
                f"    {dot_string(n)} [label={dot_string(_wrap(d['text']))}, "
                f"tooltip={dot_string(tooltip)}, "
                f"fillcolor={dot_string(STANCE_FILL.get(d['stance'], '#ffffff'))}, "
                f"{LABEL_STYLE.get(label, LABEL_STYLE['undec'])}];"
            )
        out.append("  }")
    undercut = {n for n, t in g.nodes(data="type") if t == "inference"}
    for n in sorted(undercut):
        out.append(f'  {dot_string(n)} [shape="point", width=0.08, label=""];')
    for u, v, kind, d in g.edges(keys=True, data=True):
        note = f", tooltip={dot_string(d['note'])}" if d.get("note") else ""
        node = next((x for x in (f"{u}->{v}", f"{v}->{u}") if x in undercut
                     and kind != "undercuts" and (x == f"{u}->{v}" or kind == "contradicts")),
                    None)
        if node is None:
            out.append(f"  {dot_string(u)} -> {dot_string(v)} [{KIND_STYLE[kind]}{note}];")
            continue
        # route the relation through its inference point so that undercuts can reach it
        line = KIND_STYLE[kind].split(", arrowhead")[0].split(", dir")[0]
        out.append(f"  {dot_string(u)} -> {dot_string(node)} "
                   f'[{line}, arrowhead="none"{note}];')
        out.append(f"  {dot_string(node)} -> {dot_string(v)} [{KIND_STYLE[kind]}];")
    out.append("}")
    return "\n".join(out) + "\n"
