"""Messages of the HTML map, German and English (sent to the page with the vocabulary)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..vocabulary import words
from .counts import MESSAGES as COUNTS

_VOCABULARY = words()


def _n(de_one: str, de_other: str, en_one: str, en_other: str) -> dict[str, dict[str, str]]:
    return {"de": {"one": de_one, "other": de_other}, "en": {"one": en_one, "other": en_other}}


MESSAGES: dict[str, Mapping[str, Any]] = {
    "page.lang": {"de": "de", "en": "en"},
    "page.noscript": {"de": "Diese Karte braucht JavaScript.", "en": "This map needs JavaScript."},
    "page.claims": _n("{n} Behauptung", "{n} Behauptungen", "{n} claim", "{n} claims"),
    "page.relations": _n("{n} Beziehung", "{n} Beziehungen", "{n} relation", "{n} relations"),
    "page.map": {"de": "Argumentkarte", "en": "Argument map"},
    "page.map.label": {
        "de": "Argumentkarte (Bild). Mit Tab hierher, dann Pfeiltasten; die Gliederung zeigt "
        "dieselbe Debatte als Text.",
        "en": "Argument map (picture). Tab here, then use the arrow keys; the outline shows the "
        "same debate as text.",
    },
    "page.skip": {"de": "Zur Gliederung springen", "en": "Skip to the outline"},
    "kbd.help": {
        "de": "Pfeil rechts/links: nächste/vorige Behauptung; Pfeil hoch: wofür oder wogegen "
        "sie spricht; Pfeil runter: ihre Gründe und Einwände; Eingabe: Details; Escape: "
        "Auswahl aufheben; Plus/Minus: zoomen.",
        "en": "Right/left arrow: next/previous claim; up arrow: what it argues for or against; "
        "down arrow: its reasons and objections; Enter: details; Escape: clear the selection; "
        "plus/minus: zoom.",
    },
    "kbd.claim": {
        "de": "Behauptung {pos} von {n}: {caption} ({stance}, {verdict})",
        "en": "Claim {pos} of {n}: {caption} ({stance}, {verdict})",
    },
    "view.title": {"de": "Ansichten", "en": "Views"},
    "view.map": {"de": "Karte", "en": "Map"},
    "view.outline": {"de": "Gliederung", "en": "Outline"},
    "view.present": {"de": "Präsentieren", "en": "Present"},
    "side.title": {"de": "Details", "en": "Details"},
    "legend.title": {"de": "Legende", "en": "Legend"},
    "legend.stance": {"de": "Haltung (Farbe und Zeichen)", "en": "Stance (colour and sign)"},
    "legend.verdict": {"de": "Urteil (Rand und Zeichen)", "en": "Verdict (border and mark)"},
    "legend.relations": {"de": "Beziehungen (Farbe, Linie, Spitze)",
                         "en": "Relations (colour, line, head)"},
    "legend.marks": {"de": "Markierungen", "en": "Marks"},
    "legend.finding": {"de": "Behauptung mit Befund", "en": "claim with a finding"},
    "legend.inference": {"de": "◆ unterlaufene Beziehung", "en": "◆ undercut relation"},
    "legend.argument": {"de": "Argument: Prämissen zusammen", "en": "argument: premises together"},
    "legend.pos.accept": {"de": "von dir akzeptiert", "en": "accepted by you"},
    "legend.pos.reject": {"de": "von dir abgelehnt", "en": "rejected by you"},
    "legend.new": {"de": "neu seit {label}", "en": "new since {label}"},
    "legend.sources": {"de": "Quellen (Kürzel auf den Karten)", "en": "Sources (badges on cards)"},
    "footer.files": _n("erstellt aus {n} Datei", "erstellt aus {n} Dateien",
                       "built from {n} file", "built from {n} files"),
    "footer.digest": {"de": "Inhalt {digest}", "en": "content {digest}"},
    "footer.built": {"de": "Stand {built}", "en": "as of {built}"},
    # the shared vocabulary, so the page and the CLI say the same
    **{key: _VOCABULARY[key] for key in (
        "stance.opportunity", "stance.risk", "stance.neutral",
        "label.in", "label.out", "label.undec",
        "rel.supports", "rel.attacks", "rel.contradicts", "rel.undercuts",
        "severity.error", "severity.warning", "severity.info",
    )},
    "count.errors": COUNTS["count.errors"],
    "count.warnings": COUNTS["count.warnings"],
    "count.infos": COUNTS["count.infos"],
    "panel.title": {"de": "Behauptung", "en": "Claim"},
    "panel.empty": {
        "de": "Klicke auf eine Karte (oder Tab in die Karte, dann Pfeiltasten), um Text, Quelle "
        "und Urteil zu sehen.",
        "en": "Click a card (or Tab into the map, then use the arrow keys) to see its text, "
        "source and verdict.",
    },
    "panel.stance": {"de": "Haltung", "en": "Stance"},
    "panel.topic": {"de": "Thema", "en": "Topic"},
    "panel.source": {"de": "Quelle", "en": "Source"},
    "panel.quote": {"de": "Zitat", "en": "Quote"},
    "panel.link": {"de": "Link zur Quelle", "en": "Link to the source"},
    "panel.author": {"de": "Autor/Gruppe", "en": "Author/group"},
    "panel.tags": {"de": "Schlagwörter", "en": "Tags"},
    "panel.verdict": {"de": "Urteil", "en": "Verdict"},
    "panel.explanation": {"de": "Begründung", "en": "Explanation"},
    "panel.strength": {"de": "Stärke", "en": "Strength"},
    "panel.weight": {"de": "Grundgewicht", "en": "Base weight"},
    "panel.supporters": {"de": "Gründe dafür", "en": "Reasons for it"},
    "panel.attackers": {"de": "Einwände dagegen", "en": "Objections to it"},
    "panel.supports": {"de": "Stützt", "en": "Supports"},
    "panel.attacks": {"de": "Greift an", "en": "Attacks"},
    "panel.contradicts": {"de": "Widerspricht", "en": "Contradicts"},
    "panel.undercuts": {"de": "Unterläuft", "en": "Undercuts"},
    "panel.undercut-by": {"de": "Beziehung unterlaufen von", "en": "Link undercut by"},
    "panel.findings": {"de": "Befunde zu dieser Behauptung", "en": "Findings on this claim"},
    "panel.file": {"de": "Datei", "en": "File"},
    "panel.none": {"de": "—", "en": "—"},
    "panel.note": {"de": "Anmerkung", "en": "Note"},
    "panel.inference": {"de": "Beziehung", "en": "Relation"},
    "panel.answers": {"de": "Antwort auf", "en": "Answers"},
    "panel.question-answers": {"de": "Antworten", "en": "Answers"},
    "panel.side.pro": {"de": "Spricht für", "en": "Argues for"},
    "panel.side.contra": {"de": "Spricht gegen", "en": "Argues against"},
    "panel.side.both": {"de": "Spricht für und gegen", "en": "Argues for and against"},
    "argument.word": {"de": "Argument", "en": "Argument"},
    "argument.untitled": {"de": "Argument ohne Titel", "en": "Untitled argument"},
    "argument.standard": {"de": "In Standardform", "en": "In standard form"},
    "findings.none": {"de": "Keine Befunde.", "en": "No findings."},
    "findings.hint": {
        "de": "Klicke auf einen Befund, um seine Behauptungen hervorzuheben.",
        "en": "Click a finding to highlight its claims.",
    },
    "filter.title": {"de": "Filter", "en": "Filters"},
    "filter.topic": {"de": "Thema", "en": "Topic"},
    "filter.stance": {"de": "Haltung", "en": "Stance"},
    "filter.verdict": {"de": "Urteil", "en": "Verdict"},
    "filter.author": {"de": "Gruppe", "en": "Group"},
    "filter.all": {"de": "alle", "en": "all"},
    "filter.search": {"de": "Suche", "en": "Search"},
    "filter.search.placeholder": {"de": "Text, Titel, Id, Schlagwort, Gruppe, Quelle …",
                                  "en": "Text, title, id, tag, group, source …"},
    "filter.neighbourhood": {
        "de": "Nur Umgebung der gewählten Behauptung",
        "en": "Only the neighbourhood of the selected claim",
    },
    "filter.reset": {"de": "Filter zurücksetzen", "en": "Reset filters"},
    "filter.shown": {"de": "{shown} von {total} sichtbar", "en": "{shown} of {total} shown"},
    "filter.matches": _n("{n} Treffer", "{n} Treffer", "{n} match", "{n} matches"),
    "author.list": _n("{author}: {n} Behauptung", "{author}: {n} Behauptungen",
                      "{author}: {n} claim", "{author}: {n} claims"),
    "pos.title": {"de": "Meine Position", "en": "My position"},
    "pos.hint": {
        "de": "Klicke auf Karten und markiere sie hier als akzeptiert oder abgelehnt; der Reiter "
        "bleibt dabei offen.",
        "en": "Click cards and mark them here as accepted or rejected; this tab stays open.",
    },
    "pos.current": {"de": "Gewählt:", "en": "Selected:"},
    "pos.name": {"de": "Name", "en": "Name"},
    "pos.accept": {"de": "Akzeptieren", "en": "Accept"},
    "pos.reject": {"de": "Ablehnen", "en": "Reject"},
    "pos.clear": {"de": "Markierung entfernen", "en": "Clear mark"},
    "pos.mark.accept": {"de": "✔ du", "en": "✔ you"},
    "pos.mark.reject": {"de": "✘ du", "en": "✘ you"},
    "pos.accepted": {"de": "Akzeptiert ({n})", "en": "Accepted ({n})"},
    "pos.rejected": {"de": "Abgelehnt ({n})", "en": "Rejected ({n})"},
    "pos.export": {"de": "Position als YAML speichern", "en": "Save position as YAML"},
    "pos.reset": {"de": "Position leeren", "en": "Clear position"},
    "pos.ok": {
        "de": "Deine Position ist kohärent und verteidigt.",
        "en": "Your position is coherent and defended.",
    },
    "pos.empty": {"de": "Noch nichts markiert.", "en": "Nothing marked yet."},
    "pos.conflict.attacks": {
        "de": "Du akzeptierst {a} und {b}, aber das eine greift das andere an: beides zugleich "
        "geht nicht.",
        "en": "You accept {a} and {b}, but one attacks the other: you cannot hold both.",
    },
    "pos.conflict.contradicts": {
        "de": "Du akzeptierst {a} und {b}, aber sie widersprechen einander: beides zugleich "
        "geht nicht.",
        "en": "You accept {a} and {b}, but they contradict each other: you cannot hold both.",
    },
    "pos.incoherent": {
        "de": "Deine Festlegungen widersprechen sich bei {x}. {first} Andererseits: {second}",
        "en": "Your commitments clash over {x}. {first} On the other hand: {second}",
    },
    "pos.if.accept": {"de": "Wenn du {x} akzeptierst,", "en": "If you accept {x},"},
    "pos.if.reject": {"de": "Wenn du {x} ablehnst,", "en": "If you reject {x},"},
    "pos.then.accept": {"de": "musst du auch {x} akzeptieren,", "en": "you must also accept {x},"},
    "pos.then.reject": {"de": "musst du {x} ablehnen,", "en": "you must reject {x},"},
    "pos.why.supports": {"de": "weil {a} {b} stützt.", "en": "because {a} supports {b}."},
    "pos.why.attacks": {"de": "weil {a} {b} angreift.", "en": "because {a} attacks {b}."},
    "pos.why.contradicts": {"de": "weil {a} und {b} einander widersprechen.",
                            "en": "because {a} and {b} contradict each other."},
    "pos.why.argument": {"de": "weil das Argument {arg} aus seinen Prämissen darauf schließt.",
                         "en": "because the argument {arg} concludes it from its premises."},
    "pos.incoherent-sat": {
        "de": "Deine Position lässt sich nicht widerspruchsfrei ergänzen: Mit den Argumenten "
              "der Karte führt jede Ergänzung zu einem Widerspruch.",
        "en": "Your position cannot be completed without contradiction: with the map's "
              "arguments every completion leads to a contradiction.",
    },
    "pos.incoherent-map": {
        "de": "Die Karte selbst ist inkohärent: keine Position kann kohärent sein.",
        "en": "The map itself is incoherent: no position can be coherent.",
    },
    "pos.undefended": {
        "de": "{b} greift {a} an, das du akzeptierst. Lehne {b} ab oder akzeptiere einen "
        "Einwand gegen {b} (oder etwas, das den Angriff unterläuft).",
        "en": "{b} attacks {a}, which you accept. Reject {b} or accept an objection to {b} "
        "(or a claim that undercuts the attack).",
    },
    "pos.rejects-conclusion": {
        "de": "Du akzeptierst alle Prämissen von {arg} ({premises}), lehnst aber die "
        "Konklusion {c} ab. Wer die Prämissen zusammen annimmt, muss auch die Konklusion "
        "annehmen – oder eine Prämisse ablehnen.",
        "en": "You accept every premise of {arg} ({premises}) but reject its conclusion {c}. "
        "Whoever accepts the premises together must accept the conclusion too – or reject a "
        "premise.",
    },
    "pos.commits": {"de": "Daraus folgt auch: {list}", "en": "This also commits you to: {list}"},
    "pos.commit.accept": {"de": "akzeptiere", "en": "accept"},
    "pos.commit.reject": {"de": "lehne ab:", "en": "reject"},
    "pos.yaml-name": {"de": "Teilnehmer:in", "en": "Participant"},
    "balance.title": {"de": "Chancen und Risiken je Thema",
                      "en": "Opportunities and risks per topic"},
    "balance.hint": {
        "de": "Was für und gegen jede These spricht, dann Chancen gegen Risiken je Thema.",
        "en": "What argues for and against each thesis, then opportunities against risks per "
        "topic.",
    },
    "balance.sides.title": {"de": "Dafür und dagegen je These",
                            "en": "For and against each thesis"},
    "balance.sides.row": {
        "de": "{thesis}: {pro} dafür, {contra} dagegen, {both} beides",
        "en": "{thesis}: {pro} for, {contra} against, {both} both",
    },
    "balance.sides.hint": {
        "de": "Gezählt wird jede Behauptung, die über eine Kette von Beziehungen auf die These "
        "wirkt: mit einer geraden Zahl von Einwänden auf dem Weg dafür, mit einer ungeraden "
        "dagegen.",
        "en": "Every claim that bears on the thesis through a chain of relations counts: with an "
        "even number of objections on the way for it, with an odd number against it.",
    },
    "balance.pro": {"de": "dafür", "en": "for"},
    "balance.contra": {"de": "dagegen", "en": "against"},
    "balance.count": {"de": "Anzahl", "en": "Count"},
    "balance.strength": {"de": "Stärke", "en": "Strength"},
    "balance.row": {
        "de": "{topic}: {o} Chancen (Stärke {os}), {r} Risiken (Stärke {rs})",
        "en": "{topic}: {o} opportunities (strength {os}), {r} risks (strength {rs})",
    },
    "since.tab": {"de": "Neu seit {label}", "en": "New since {label}"},
    "since.new": _n("{n} neue Behauptung", "{n} neue Behauptungen", "{n} new claim",
                    "{n} new claims"),
    "since.changed": _n("{n} geänderte Behauptung", "{n} geänderte Behauptungen",
                        "{n} changed claim", "{n} changed claims"),
    "since.removed": _n("{n} entfernte Behauptung", "{n} entfernte Behauptungen",
                        "{n} removed claim", "{n} removed claims"),
    "since.badge.new": {"de": "NEU", "en": "NEW"},
    "since.badge.changed": {"de": "GEÄNDERT", "en": "CHANGED"},
    "outline.pro": {"de": "Dafür:", "en": "For:"},
    "outline.contra": {"de": "Dagegen:", "en": "Against:"},
    "outline.contradicts": {"de": "Widerspruch:", "en": "Contradiction:"},
    "outline.premise": {"de": "Prämisse:", "en": "Premise:"},
    "outline.show": {"de": "In der Karte zeigen: {caption}", "en": "Show in the map: {caption}"},
    "outline.seen": {"de": "(siehe oben)", "en": "(see above)"},
    "outline.rest": {"de": "Weitere Behauptungen", "en": "Further claims"},
    "outline.expand": {"de": "Alles aufklappen", "en": "Expand all"},
    "outline.collapse": {"de": "Alles zuklappen", "en": "Collapse all"},
    "present.question": {"de": "Die Frage", "en": "The question"},
    "present.thesis": {"de": "These", "en": "Thesis"},
    "present.answers": _n("{n} Antwort darauf", "{n} Antworten darauf", "{n} answer to it",
                          "{n} answers to it"),
    "present.reasons": {"de": "Gründe und Einwände: {thesis}",
                        "en": "Reasons and objections: {thesis}"},
    "present.pro": _n("{n} Grund dafür", "{n} Gründe dafür", "{n} reason for",
                      "{n} reasons for"),
    "present.contra": _n("{n} Einwand dagegen", "{n} Einwände dagegen", "{n} objection",
                         "{n} objections"),
    "present.verdict": {"de": "Das Urteil", "en": "The verdict"},
    "present.step": {"de": "Schritt {k} von {n}", "en": "Step {k} of {n}"},
    "present.prev": {"de": "← Zurück", "en": "← Back"},
    "present.next": {"de": "Weiter →", "en": "Next →"},
    "present.close": {"de": "Beenden (Esc)", "en": "Leave (Esc)"},
    "print.date": {"de": "Gedruckt am {date}", "en": "Printed on {date}"},
    "problems.title": _n("{n} Problem beim Laden — die Karte zeigt den letzten guten Stand",
                         "{n} Probleme beim Laden — die Karte zeigt den letzten guten Stand",
                         "{n} problem while loading — the map shows the last good state",
                         "{n} problems while loading — the map shows the last good state"),
    "problems.close": {"de": "Ausblenden", "en": "Hide"},
    "tool.title": {"de": "Werkzeuge", "en": "Tools"},
    "tool.fit": {"de": "Alles zeigen", "en": "Show all"},
    "tool.fit.start": {"de": "Ausschnitt: Hauptfrage und Antworten („Alles zeigen“: ganze Karte)",
                       "en": "Detail: main question and answers (“Show all”: whole map)"},
    "tool.png": {"de": "Bild (PNG)", "en": "Picture (PNG)"},
    "tool.print": {"de": "Drucken", "en": "Print"},
    "tool.tabs.claim": {"de": "Behauptung", "en": "Claim"},
    "tool.tabs.findings": {"de": "Befunde", "en": "Findings"},
    "tool.tabs.position": {"de": "Position", "en": "Position"},
    "tool.tabs.balance": {"de": "Bilanz", "en": "Balance"},
    "topic.none": {"de": "ohne Thema", "en": "no topic"},
}
