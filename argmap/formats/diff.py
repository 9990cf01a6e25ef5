"""Reports of ``argmap diff``: what changed between two versions of a map, as text, JSON or
Markdown. Every verdict change says why: the nearest added, removed or changed claim or relation
upstream of it, and the path from there (:mod:`argmap.compare`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..charsets import json_text
from ..i18n import t
from ..markup import escape
from ..view import ClaimView, RelationView, VerdictChange
from .handout import md_escape
from .registry import diff_reporter
from .report_text import verdict_line

if TYPE_CHECKING:
    from ..compare import MapDiff

__all__ = ["diff_json", "diff_markdown", "diff_text", "verdict_reason"]


def verdict_reason(v: VerdictChange, lang: str) -> str:
    """Why a verdict moved, in words: "since X was added (X → Y)"."""
    return verdict_line(v, lang).split(", ", 1)[1]


def _relation(r: RelationView, lang: str) -> str:
    target = f"{r.undercut[0]} → {r.undercut[1]}" if r.undercut else r.target
    return f"{r.source} {t('rel.' + r.kind, lang)} {target}"


def _claim(c: ClaimView) -> str:
    where = f" [{c.place}]" if c.place else ""
    return f"{c.id} — {c.caption}{where}"


def _sections(d: MapDiff, lang: str) -> list[tuple[str, list[str]]]:
    """The report's sections as (heading, lines), in the same order for every format."""
    return [
        (t("diff.claims-added", lang), [_claim(c) for c in d.added]),
        (t("diff.claims-removed", lang), [_claim(c) for c in d.removed]),
        (t("diff.claims-changed", lang),
         [f"{c.id}: {t('diff.fields', lang, fields=', '.join(c.fields))}" for c in d.changed]),
        (t("diff.relations-added", lang), [_relation(r, lang) for r in d.relations_added]),
        (t("diff.relations-removed", lang), [_relation(r, lang) for r in d.relations_removed]),
        (t("diff.verdicts", lang), [verdict_line(v, lang) for v in d.verdicts]),
    ]


def _summary(d: MapDiff, lang: str) -> str:
    return t("diff.summary", lang, added=len(d.added), removed=len(d.removed),
             changed=len(d.changed), verdicts=t("count.verdicts", lang, n=len(d.verdicts)))


def _render(d: MapDiff, lang: str, heading: Callable[[str, int], str],
            item: Callable[[str], str]) -> list[str]:
    lines = []
    for title, items in _sections(d, lang):
        if items:
            lines += ["", heading(title, len(items)), *map(item, items)]
    return lines


@diff_reporter("text")
def diff_text(d: MapDiff, lang: str) -> str:
    """The diff as console markup (user strings escaped)."""
    head = f"[bold]{escape(t('diff.title', lang, old=d.old_label, new=d.new_label))}[/bold]"
    if d.empty:
        return f"{head}\n{escape(t('diff.none', lang))}"
    body = _render(d, lang, lambda title, n: f"[bold]{escape(title)}[/bold] ({n})",
                   lambda line: f"  {escape(line)}")
    return "\n".join([head, *body, "", escape(_summary(d, lang))])


@diff_reporter("markdown")
def diff_markdown(d: MapDiff, lang: str) -> str:
    """The diff as Markdown, e.g. for a pull request comment."""
    lines = [f"# {md_escape(t('diff.title', lang, old=d.old_label, new=d.new_label))}"]
    if d.empty:
        return "\n".join([*lines, "", t("diff.none", lang), ""])
    lines += _render(d, lang, lambda title, n: f"## {md_escape(title)} ({n})\n",
                     lambda line: f"- {md_escape(line)}")
    return "\n".join([*lines, "", md_escape(_summary(d, lang)), ""])


def _relation_json(r: RelationView) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": r.kind, "source": r.source, "target": r.target}
    if r.undercut is not None:
        out["relation"] = list(r.undercut)
    return out


@diff_reporter("json")
def diff_json(d: MapDiff, lang: str) -> str:
    """The diff as JSON (ids, fields and verdicts; ``reason`` in the chosen language)."""
    doc = {
        "old": d.old_label, "new": d.new_label,
        "claims": {"added": [c.id for c in d.added], "removed": [c.id for c in d.removed],
                   "changed": [{"id": c.id, "fields": list(c.fields)} for c in d.changed]},
        "relations": {"added": [_relation_json(r) for r in d.relations_added],
                      "removed": [_relation_json(r) for r in d.relations_removed]},
        "verdicts": [{"claim": v.claim, "before": v.before, "after": v.after,
                      "cause": v.cause, "cause_kind": v.cause_kind or None,
                      "path": list(v.path), "reason": verdict_reason(v, lang)}
                     for v in d.verdicts],
    }
    return json_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
