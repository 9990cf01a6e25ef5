"""The Markdown handout of a checked map: verdicts per topic, findings, discussion questions.

``argmap check --format markdown`` and ``argmap export --format markdown`` give the same text.
Every user string is escaped (Markdown punctuation and HTML), so a claim text cannot turn into
markup or a link in whatever renders the handout.

>>> md_escape("Open-Source|b <script> *x*")
'Open-Source\\\\|b &lt;script&gt; \\\\*x\\\\*'
"""

from __future__ import annotations

import re

from ..charsets import plain_text
from ..i18n import t
from ..view import ClaimView, MapView
from .registry import exporter, reporter
from .report_text import summary_lines, verdict_line

__all__ = ["export_markdown", "markdown_report", "md_escape"]

# inline Markdown only: every escaped string sits inside a line after other text (a table
# cell, a list item, a heading's "# "), where line-start markers (#, -, +, 1.) mean nothing
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(text: str) -> str:
    """Escape Markdown punctuation and HTML in a user string (one line)."""
    text = plain_text(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return " ".join(text.split())


def _h(key: str, lang: str, **args: object) -> str:
    return t(f"handout.{key}", lang, **args)


def _verdict_tables(view: MapView) -> list[str]:
    lang, lines = view.lang, []
    for topic, members in view.by_topic():
        members = sorted(members, key=lambda c: (-c.strength, c.id))
        lines += [f"### {md_escape(topic.label)}", "",
                  f"| {_h('claim', lang)} | {_h('stance', lang)} | {_h('verdict', lang)} "
                  f"| {_h('strength', lang)} |",
                  "| --- | --- | --- | ---: |"]
        lines += [f"| **{md_escape(c.id)}**: {md_escape(c.text)} "
                  f"| {t('stance.' + c.stance, lang)} "
                  f"| {t('label.' + c.label, lang)} | {c.strength:.2f} |" for c in members]
        lines.append("")
    return lines


def _contribution(view: MapView) -> list[str]:
    """The section of one contribution (``check --author/--file``), if any."""
    part, lang = view.contribution, view.lang
    if part is None:
        return []
    title = t("contribution.title", lang, who=part.who,
              claims=t("count.claims", lang, n=len(part.claims)), files=", ".join(part.files))
    lines = ["", f"## {md_escape(title)}", ""]
    for cid in part.claims:
        c = view.claims[cid]
        why = f" — {md_escape(c.explanation.message(lang))}" if c.explanation else ""
        lines.append(f"- **{md_escape(c.id)}** ({t('label.' + c.label, lang)}): "
                     f"{md_escape(c.caption)}{why}")
    lines += ["", f"### {md_escape(t('contribution.changes', lang))}", ""]
    lines += [f"- {md_escape(verdict_line(v, lang))}" for v in part.changes] or [
        md_escape(t("contribution.no-changes", lang))]
    return lines


def _findings(view: MapView) -> list[str]:
    lang = view.lang
    lines = [f"## {_h('findings', lang)}", ""]
    if not view.findings:
        lines += [_h("no_findings", lang), ""]
    for f in view.findings:
        lines.append(f"- **{t('severity.' + f.severity, lang)}** `{f.code}`: "
                     f"{md_escape(f.message(lang))}")
        if f.path:
            lines.append(f"  - {' → '.join(md_escape(p) for p in f.path)}")
    return lines


def _questions(view: MapView) -> list[str]:
    lang, claims = view.lang, view.claims
    questions: list[str] = []
    asked: set[str] = set()

    def text(c: ClaimView) -> str:
        return md_escape(c.text)

    for r in view.relations:
        a, b = claims.get(r.source), claims.get(r.target)
        if r.kind == "contradicts" and a and b and a.id != b.id and a.label == b.label == "undec":
            asked.update((a.id, b.id))
            questions.append(_h("question", lang, a=md_escape(a.id), b=md_escape(b.id),
                                ta=text(a), tb=text(b)))
    degree = dict.fromkeys(claims, 0)
    for r in view.relations:
        if r.target in degree:
            degree[r.target] += 1
    central = sorted((c for c in claims.values() if c.label == "undec" and c.id not in asked),
                     key=lambda c: (-degree[c.id], c.id))[:3]
    questions += [_h("undec_q", lang, a=md_escape(c.id), ta=text(c)) for c in central]
    lines = ["", f"## {_h('questions', lang)}", ""]
    if not questions:
        lines.append(_h("no_questions", lang))
    return lines + [f"{i}. {q}" for i, q in enumerate(questions, 1)]


@reporter("markdown")
def markdown_report(view: MapView, *, strict: bool = False, limit: int | None = None) -> str:
    """The German (or English) handout of an analysed map, as Markdown."""
    lang = view.lang
    lines = [f"# {md_escape(view.title)}", "", _h("intro", lang), "",
             f"## {_h('summary', lang)}", ""]
    lines += ["- " + md_escape(line) for line in summary_lines(view)]
    lines += _contribution(view)
    lines += ["", f"## {_h('verdicts', lang)}", ""]
    lines += _verdict_tables(view) + _findings(view) + _questions(view)
    lines.append("")
    return plain_text("\n".join(lines))  # no NUL, ESC or C1 control anywhere


@exporter("markdown", ".md")
def export_markdown(view: MapView) -> str:
    """The Markdown handout of the analysed map."""
    return markdown_report(view)
