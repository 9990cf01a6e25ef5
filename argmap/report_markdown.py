"""The Markdown handout of a checked map: verdicts per topic, findings, discussion questions.

Every user string is escaped (Markdown punctuation and HTML), so a claim text cannot turn into
markup or a link in whatever renders the handout.

>>> md_escape("Open-Source|b <script> *x*")
'Open-Source\\\\|b &lt;script&gt; \\\\*x\\\\*'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .i18n import t

if TYPE_CHECKING:
    from .pipeline import Result

__all__ = ["markdown_report", "md_escape"]

# inline Markdown only: every escaped string sits inside a line after other text (a table
# cell, a list item, a heading's "# "), where line-start markers (#, -, +, 1.) mean nothing
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")

_TEXT = {
    "de": {
        "intro": "Handout zur Argumentkarte. Urteile nach der begründeten (grounded) Semantik: "
        "**akzeptiert** heißt, jeder Einwand ist selbst widerlegt; **abgelehnt** heißt, ein "
        "akzeptierter Einwand steht dagegen; **offen** heißt, Einwände und Gegeneinwände halten "
        "sich die Waage.",
        "summary": "Überblick",
        "verdicts": "Urteile nach Thema",
        "claim": "Behauptung",
        "stance": "Haltung",
        "verdict": "Urteil",
        "strength": "Stärke",
        "findings": "Befunde",
        "no_findings": "Keine Befunde: Die Karte ist in sich stimmig.",
        "questions": "Fragen zur Diskussion",
        "no_questions": "Keine offenen Widersprüche.",
        "question": "Was spricht eher für **{a}** („{ta}“) und was für **{b}** („{tb}“)? "
        "Beide können nicht zugleich gelten, und die Karte entscheidet es nicht.",
        "undec_q": "Welcher Einwand gegen **{a}** („{ta}“) lässt sich ausräumen?",
        "claims_label": "Behauptungen",
    },
    "en": {
        "intro": "Handout for the argument map. Verdicts by grounded semantics: **accepted** "
        "means every objection is itself defeated; **rejected** means an accepted objection "
        "stands against it; **undecided** means objections and counter-objections balance.",
        "summary": "Overview",
        "verdicts": "Verdicts by topic",
        "claim": "Claim",
        "stance": "Stance",
        "verdict": "Verdict",
        "strength": "Strength",
        "findings": "Findings",
        "no_findings": "No findings: the map is consistent.",
        "questions": "Questions for discussion",
        "no_questions": "No open contradictions.",
        "question": "What speaks for **{a}** (\"{ta}\") and what for **{b}** (\"{tb}\")? Both "
        "cannot hold at once, and the map does not decide it.",
        "undec_q": "Which objection against **{a}** (\"{ta}\") can be answered?",
        "claims_label": "Claims",
    },
}


def md_escape(text: str) -> str:
    """Escape Markdown punctuation and HTML in a user string (one line)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return " ".join(text.split())


def markdown_report(result: Result) -> str:
    """The German (or English) handout of an analysed map, as Markdown."""
    a, lang = result.analysis, result.lang
    g = a.graph
    s = _TEXT.get(lang, _TEXT["de"])
    claims = [n for n, typ in g.nodes(data="type") if typ == "claim"]
    lines = [f"# {md_escape(g.graph.get('title', ''))}", "", s["intro"], ""]
    values = list(a.labels.values())
    lines += [
        f"## {s['summary']}", "",
        "- " + md_escape(t("cli.summary", lang, claims=len(claims), relations=a.n_relations,
                           errors=a.count("error"), warnings=a.count("warning"),
                           infos=a.count("info"))),
        "- " + md_escape(t("cli.labels", lang, n_in=values.count("in"),
                           n_out=values.count("out"), n_undec=values.count("undec"))),
        "",
        f"## {s['verdicts']}", "",
    ]
    topics = list(g.graph.get("topics", []))
    known = {tp["id"] for tp in topics}
    for extra in sorted({g.nodes[c]["topic"] for c in claims} - known):
        topics.append({"id": extra, "label": extra})
    for topic in topics:
        members = [c for c in claims if g.nodes[c]["topic"] == topic["id"]]
        if not members:
            continue
        members.sort(key=lambda c: (-a.strength.get(c, g.nodes[c]["weight"]), c))
        lines += [f"### {md_escape(topic['label'])}", "",
                  f"| {s['claim']} | {s['stance']} | {s['verdict']} | {s['strength']} |",
                  "| --- | --- | --- | ---: |"]
        for c in members:
            data = g.nodes[c]
            strength = a.strength.get(c, data["weight"])
            lines.append(
                f"| **{md_escape(c)}**: {md_escape(data['text'])} "
                f"| {t('stance.' + data['stance'], lang)} "
                f"| {t('label.' + a.labels.get(c, 'undec'), lang)} | {strength:.2f} |"
            )
        lines.append("")
    lines += [f"## {s['findings']}", ""]
    if not a.findings:
        lines += [s["no_findings"], ""]
    for f in a.findings:
        lines.append(f"- **{t('severity.' + f.severity, lang)}** `{f.code}`: "
                     f"{md_escape(f.message(lang))}")
        if f.path:
            lines.append(f"  - {' → '.join(md_escape(p) for p in f.path)}")
    lines += ["", f"## {s['questions']}", ""]
    questions = []
    asked: set[str] = set()
    for u, v, kind in g.edges(keys=True):
        if kind == "contradicts" and u != v and a.labels.get(u) == a.labels.get(v) == "undec":
            asked.update((u, v))
            questions.append(s["question"].format(
                a=md_escape(u), b=md_escape(v), ta=md_escape(g.nodes[u]["text"]),
                tb=md_escape(g.nodes[v]["text"])))
    central = sorted(
        (c for c in claims if a.labels.get(c) == "undec" and c not in asked),
        key=lambda c: (-g.in_degree(c), c),
    )[:3]
    for c in central:
        questions.append(s["undec_q"].format(a=md_escape(c), ta=md_escape(g.nodes[c]["text"])))
    if not questions:
        lines.append(s["no_questions"])
    lines += [f"{i}. {q}" for i, q in enumerate(questions, 1)]
    lines.append("")
    return "\n".join(lines)
