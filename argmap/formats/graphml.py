"""GraphML for yEd, Gephi and networkx.

Claim nodes (id = claim id) carry ``type="claim"``, ``text``, ``stance``, ``topic``,
``topic_label``, ``label`` (the grounded label: in/out/undec), ``strength``, ``weight`` and,
when set, ``source``, ``quote``, ``author``, ``tags`` (comma-separated). Every relation is an
edge with ``kind`` (supports/attacks/contradicts, a contradiction once) and ``note``.

GraphML edges cannot point at edges, so an undercut is written twice: as an ``inference``
node ``"a->b"`` (``relation_source``/``relation_target``) with an edge of kind ``undercuts``
from the undercutting claim, and as the attribute ``undercut_by`` (comma-separated claim ids)
on the undercut edge a → b itself. Edge ids are ``e0``, ``e1`` … (unique, as GraphML wants).

The string reads back with ``networkx.read_graphml``.
"""

from __future__ import annotations

import re

from ..charsets import xml_text
from ..view import ClaimView, MapView
from ..write import GENERATOR_MARK
from .registry import exporter

__all__ = ["export_graphml"]

# characters XML 1.0 cannot carry at all (they become U+FFFD)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(value: object) -> object:
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


@exporter("graphml", ".graphml")
def export_graphml(view: MapView) -> str:
    """The map as a GraphML document (see module docs)."""
    topic_labels = {t.id: t.label for t in view.topics if t.listed}
    import networkx as nx  # here: registering the format must not cost networkx

    h = nx.MultiDiGraph(title=_xml(view.title), language=view.language)
    if view.description:
        h.graph["description"] = _xml(view.description)
    undercut_by: dict[tuple[str, str], list[str]] = {}
    for r in view.relations:
        if r.undercut is not None:
            undercut_by.setdefault(r.undercut, []).append(r.source)
    for c in sorted(view.claims.values(), key=lambda c: c.id):
        h.add_node(c.id, **{k: _xml(v) for k, v in _claim_attrs(c, topic_labels).items()})
    for a, b in sorted(undercut_by, key=lambda pair: f"{pair[0]}->{pair[1]}"):
        h.add_node(f"{a}->{b}", type="inference", text=f"{a} → {b}",
                   relation_source=a, relation_target=b)
    for i, r in enumerate(sorted(view.relations, key=lambda r: (r.source, r.target, r.kind))):
        attrs = {"kind": r.kind}
        if r.note:
            attrs["note"] = r.note
        by = undercut_by.get((r.source, r.target))
        if by and r.kind != "undercuts":
            attrs["undercut_by"] = ", ".join(sorted(by))
        h.add_edge(r.source, r.target, key=f"e{i}", **{k: _xml(v) for k, v in attrs.items()})
    lines = list(nx.generate_graphml(h, encoding="utf-8", prettyprint=True,
                                     named_key_ids=True))
    # the generator mark lets a later export replace this file without --force
    return xml_text("\n".join([f"<!-- {GENERATOR_MARK} -->", *lines]) + "\n")


def _claim_attrs(c: ClaimView, topic_labels: dict[str, str]) -> dict[str, object]:
    attrs: dict[str, object] = {
        "type": "claim", "text": c.text, "stance": c.stance, "topic": c.topic,
        "topic_label": topic_labels.get(c.topic, c.topic),
        "label": c.label, "weight": float(c.weight), "strength": float(c.strength),
    }
    for key, value in (("source", c.source), ("quote", c.quote), ("author", c.author)):
        if value:
            attrs[key] = value
    if c.tags:
        attrs["tags"] = ", ".join(c.tags)
    return attrs
