"""Graphviz DOT: topics as clusters, stances as fill colours, relations as edge styles.

* each topic is a ``subgraph "cluster_<topic>"`` labelled with the topic's label and framed in
  its colour;
* claim fill: the stance's light tint (:mod:`argmap.vocabulary`); the grounded label shows in
  the border: ``in`` bold, ``out`` dashed with grey text, ``undec`` plain;
* relations in the vocabulary's colours: supports an arrow; attacks an arrow with a bar
  (``tee``); contradicts a dashed line with bars at both ends; an undercut relation a → b is
  routed through a small point node ``"a->b"``, and the undercutting claim points at it with a
  dotted line.

Every string is quoted and escaped (``\\`` → ``\\\\``, ``"`` → ``\\"``, line breaks →
``\\n``), so texts cannot break the graph.

>>> dot_string('say "hi"\\\\now')
'"say \\\\"hi\\\\"\\\\\\\\now"'
"""

from __future__ import annotations

import re
import textwrap

from ..charsets import plain_text, xml_text
from ..view import ClaimView, MapView
from ..vocabulary import RELATIONS, STANCES
from ..write import GENERATOR_MARK
from .registry import exporter

__all__ = ["dot_string", "export_dot"]

LABEL_STYLE = {
    "in": 'penwidth=2.5, style="rounded,filled"',
    "out": 'penwidth=1, style="rounded,filled,dashed", fontcolor="#757575"',
    "undec": 'penwidth=1, style="rounded,filled"',
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def dot_string(text: str) -> str:
    """A DOT double-quoted string whose label shows exactly ``text``."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = plain_text(text)  # C1, bidi controls, U+FFFE/U+FFFF: Graphviz's SVG stays XML
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _wrap(text: str, width: int = 34, limit: int = 240) -> str:
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "\n".join(textwrap.fill(part, width) for part in text.split("\n"))


def _kind_style(kind: str) -> str:
    term = RELATIONS[kind]
    style = f'color="{term.color}", arrowhead="{term.dot_arrow}"'
    if term.dashes:
        style += ', style="dashed"' if kind != "undercuts" else ', style="dotted", penwidth=1.5'
    if term.both_ways:
        style += f', dir="both", arrowtail="{term.dot_arrow}"'
    return style


def _claim_line(c: ClaimView) -> str:
    tooltip = f"{c.id} [{c.label}]: {c.text}"
    return (f"    {dot_string(c.id)} [label={dot_string(_wrap(c.text))}, "
            f"tooltip={dot_string(tooltip)}, "
            f"fillcolor={dot_string(STANCES[c.stance].tint)}, {LABEL_STYLE[c.label]}];")


def _clusters(view: MapView) -> list[str]:
    out: list[str] = []
    members_of = {topic.id: members for topic, members in view.by_topic()}
    for i, topic in enumerate(view.topics):
        members = members_of.get(topic.id)
        if not topic.listed or not members:
            continue
        colour = topic.own_color or "#90a4ae"
        out.append(f"  subgraph {dot_string('cluster_' + topic.id)} {{")
        out.append(f"    label={dot_string(topic.label)}; color={dot_string(colour)}; "
                   f'style="rounded"; fontcolor={dot_string(colour)}; id="topic{i}";')
        out += [_claim_line(c) for c in members]
        out.append("  }")
    return out


def _edges(view: MapView) -> list[str]:
    inference = {r.target for r in view.relations if r.undercut is not None}
    out = [f'  {dot_string(n)} [shape="point", width=0.08, label=""];' for n in sorted(inference)]
    for r in view.relations:
        u, v, kind = r.source, r.target, r.kind
        note = f", tooltip={dot_string(r.note)}" if r.note else ""
        node = next((x for x in (f"{u}->{v}", f"{v}->{u}") if x in inference
                     and kind != "undercuts" and (x == f"{u}->{v}" or kind == "contradicts")),
                    None)
        if node is None:
            out.append(f"  {dot_string(u)} -> {dot_string(v)} [{_kind_style(kind)}{note}];")
            continue
        # route the relation through its inference point so that undercuts can reach it
        line = _kind_style(kind).split(", arrowhead")[0]
        extra = ', style="dashed"' if RELATIONS[kind].dashes else ""
        out.append(f"  {dot_string(u)} -> {dot_string(node)} "
                   f'[{line}{extra}, arrowhead="none"{note}];')
        out.append(f"  {dot_string(node)} -> {dot_string(v)} [{_kind_style(kind)}];")
    return out


@exporter("dot", ".dot")
def export_dot(view: MapView) -> str:
    """The map as a Graphviz digraph (see module docs)."""
    out = [
        f"// {GENERATOR_MARK}",
        "digraph argmap {",
        f'  graph [label={dot_string(view.title)}, labelloc="t", fontsize=18, '
        'fontname="Helvetica", rankdir="BT", newrank=true, compound=true];',
        '  node [shape="box", style="rounded,filled", fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=9];',
        *_clusters(view), *_edges(view), "}",
    ]
    return xml_text("\n".join(out) + "\n")
