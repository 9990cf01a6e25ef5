"""The UI catalogue of the HTML map: every string the page shows, German (default) and English.

Kept apart from :mod:`argmap.i18n` so that the page's strings can grow without edit clashes.
A missing English text falls back to German; an unknown key is returned as it is.

>>> ui("legend.title", "en")
'Legend'
>>> ui("legend.title")
'Legende'
"""

from __future__ import annotations

from ..i18n import MESSAGES

__all__ = ["UI", "ui", "ui_strings"]

UI: dict[str, dict[str, str]] = {
    "page.lang": {"de": "de", "en": "en"},
    "page.noscript": {
        "de": "Diese Karte braucht JavaScript.",
        "en": "This map needs JavaScript.",
    },
    "page.claims": {"de": "{n} Behauptungen", "en": "{n} claims"},
    "page.relations": {"de": "{n} Beziehungen", "en": "{n} relations"},
    "page.map": {"de": "Argumentkarte", "en": "Argument map"},
    # --- legend -------------------------------------------------------------------------------
    "legend.title": {"de": "Legende", "en": "Legend"},
    "legend.stance": {"de": "Haltung (Farbe)", "en": "Stance (colour)"},
    "legend.verdict": {"de": "Urteil (Rand)", "en": "Verdict (border)"},
    "legend.relations": {"de": "Beziehungen", "en": "Relations"},
    "legend.size": {"de": "Größe", "en": "Size"},
    "legend.size.text": {
        "de": "Größe = Stärke; Kernthesen (viele eingehende Stützungen/Angriffe) "
        "sind größer und groß beschriftet.",
        "en": "Size = strength; central theses (many incoming supports/attacks) are larger "
        "with a large label.",
    },
    "legend.finding": {"de": "⚠ Behauptung mit Befund", "en": "⚠ claim with a finding"},
    "legend.inference": {
        "de": "◆ unterlaufene Beziehung",
        "en": "◆ undercut relation",
    },
    "legend.topics": {"de": "Themen (Bereiche)", "en": "Topics (regions)"},
    # --- stances, verdicts, relations ------------------------------------------------------
    # the shared vocabulary comes from argmap.i18n, so the page and the CLI say the same
    **{key: MESSAGES[key] for key in (
        "stance.opportunity", "stance.risk", "stance.neutral",
        "label.in", "label.out", "label.undec",
        "rel.supports", "rel.attacks", "rel.contradicts", "rel.undercuts",
        "severity.error", "severity.warning", "severity.info",
    )},
    # --- side panel -------------------------------------------------------------------------
    "panel.title": {"de": "Behauptung", "en": "Claim"},
    "panel.empty": {
        "de": "Klicke auf eine Behauptung, um Text, Quelle und Urteil zu sehen.",
        "en": "Click a claim to see its text, source and verdict.",
    },
    "panel.id": {"de": "Id", "en": "Id"},
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
    "panel.supporters": {"de": "Gestützt von", "en": "Supported by"},
    "panel.attackers": {"de": "Angegriffen von", "en": "Attacked by"},
    "panel.supports": {"de": "Stützt", "en": "Supports"},
    "panel.attacks": {"de": "Greift an", "en": "Attacks"},
    "panel.contradicts": {"de": "Widerspricht", "en": "Contradicts"},
    "panel.undercuts": {"de": "Unterläuft", "en": "Undercuts"},
    "panel.undercut-by": {"de": "Stützung unterlaufen von", "en": "Link undercut by"},
    "panel.findings": {"de": "Befunde zu dieser Behauptung", "en": "Findings on this claim"},
    "panel.file": {"de": "Datei", "en": "File"},
    "panel.none": {"de": "—", "en": "—"},
    "panel.note": {"de": "Anmerkung", "en": "Note"},
    "panel.inference": {"de": "Beziehung", "en": "Relation"},
    # --- findings list --------------------------------------------------------------------
    "findings.title": {"de": "Befunde", "en": "Findings"},
    "findings.none": {"de": "Keine Befunde.", "en": "No findings."},
    "findings.hint": {
        "de": "Klicke auf einen Befund, um seine Behauptungen hervorzuheben.",
        "en": "Click a finding to highlight its claims.",
    },
    # --- filters ------------------------------------------------------------------------------
    "filter.title": {"de": "Filter", "en": "Filters"},
    "filter.topic": {"de": "Thema", "en": "Topic"},
    "filter.stance": {"de": "Haltung", "en": "Stance"},
    "filter.verdict": {"de": "Urteil", "en": "Verdict"},
    "filter.all": {"de": "alle", "en": "all"},
    "filter.search": {"de": "Suche in Text und Ids", "en": "Search text and ids"},
    "filter.search.placeholder": {"de": "Suchbegriff …", "en": "Search …"},
    "filter.neighbourhood": {
        "de": "Nur Umgebung der gewählten Behauptung",
        "en": "Only the neighbourhood of the selected claim",
    },
    "filter.reset": {"de": "Filter zurücksetzen", "en": "Reset filters"},
    "filter.shown": {"de": "{shown} von {total} sichtbar", "en": "{shown} of {total} shown"},
    "filter.matches": {"de": "{n} Treffer", "en": "{n} matches"},
    # --- position -------------------------------------------------------------------------
    "pos.title": {"de": "Meine Position", "en": "My position"},
    "pos.hint": {
        "de": "Wähle eine Behauptung und markiere sie als akzeptiert oder abgelehnt.",
        "en": "Select a claim and mark it accepted or rejected.",
    },
    "pos.name": {"de": "Name", "en": "Name"},
    "pos.accept": {"de": "Akzeptieren", "en": "Accept"},
    "pos.reject": {"de": "Ablehnen", "en": "Reject"},
    "pos.clear": {"de": "Markierung entfernen", "en": "Clear mark"},
    "pos.accepted": {"de": "Akzeptiert ({n})", "en": "Accepted ({n})"},
    "pos.rejected": {"de": "Abgelehnt ({n})", "en": "Rejected ({n})"},
    "pos.export": {"de": "Position als YAML speichern", "en": "Save position as YAML"},
    "pos.reset": {"de": "Position leeren", "en": "Clear position"},
    "pos.ok": {
        "de": "Deine Position ist kohärent und verteidigt.",
        "en": "Your position is coherent and defended.",
    },
    "pos.empty": {"de": "Noch nichts markiert.", "en": "Nothing marked yet."},
    "pos.conflict": {
        "de": "Konflikt: {a} und {b} sind durch {rel} verbunden, du akzeptierst beide.",
        "en": "Conflict: {a} and {b} are linked by {rel}, and you accept both.",
    },
    "pos.conflict.attack": {"de": "einen Angriff", "en": "an attack"},
    "pos.conflict.contradiction": {"de": "einen Widerspruch", "en": "a contradiction"},
    "pos.incoherent": {
        "de": "Inkohärent: deine Festlegungen erzwingen {x} und zugleich nicht {x}. "
        "Kette: {path}",
        "en": "Incoherent: your commitments force both {x} and not {x}. Chain: {path}",
    },
    "pos.incoherent-map": {
        "de": "Die Karte selbst ist inkohärent: keine Position kann kohärent sein.",
        "en": "The map itself is incoherent: no position can be coherent.",
    },
    "pos.undefended": {
        "de": "Unverteidigt: {a} wird von {b} angegriffen; du lehnst {b} weder ab noch "
        "akzeptierst du einen Angreifer von {b} oder etwas, das den Angriff unterläuft.",
        "en": "Undefended: {b} attacks {a}; you neither reject {b} nor accept an attacker "
        "of {b} or a claim that undercuts the attack.",
    },
    "pos.commits": {
        "de": "Daraus folgt auch: {list}",
        "en": "This also commits you to: {list}",
    },
    "pos.not": {"de": "nicht {x}", "en": "not {x}"},
    "pos.yaml-name": {"de": "Teilnehmer:in", "en": "Participant"},
    # --- balance -------------------------------------------------------------------------
    "balance.title": {"de": "Bilanz je Thema", "en": "Balance per topic"},
    "balance.hint": {
        "de": "Chancen gegen Risiken: Anzahl und summierte Stärke.",
        "en": "Opportunities against risks: count and total strength.",
    },
    "balance.count": {"de": "Anzahl", "en": "Count"},
    "balance.strength": {"de": "Stärke", "en": "Strength"},
    "balance.row": {
        "de": "{topic}: {o} Chancen (Stärke {os}), {r} Risiken (Stärke {rs})",
        "en": "{topic}: {o} opportunities (strength {os}), {r} risks (strength {rs})",
    },
    # --- toolbar --------------------------------------------------------------------------
    "tool.fit": {"de": "Alles zeigen", "en": "Show all"},
    "tool.png": {"de": "Ansicht als PNG", "en": "View as PNG"},
    "tool.print": {"de": "Drucken", "en": "Print"},
    "tool.physics": {"de": "Physik an/aus", "en": "Physics on/off"},
    "tool.tabs.claim": {"de": "Behauptung", "en": "Claim"},
    "tool.tabs.findings": {"de": "Befunde", "en": "Findings"},
    "tool.tabs.position": {"de": "Position", "en": "Position"},
    "tool.tabs.balance": {"de": "Bilanz", "en": "Balance"},
    "topic.none": {"de": "ohne Thema", "en": "no topic"},
}


def ui(key: str, lang: str = "de", /, **args: object) -> str:
    """Look up the UI string ``key`` in ``lang`` (German fallback) and format it with ``args``."""
    entry = UI.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["de"]
    if not args:
        return text
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return text


def ui_strings(lang: str = "de") -> dict[str, str]:
    """All UI strings in ``lang`` (unformatted), for the page's script."""
    return {key: (entry.get(lang) or entry["de"]) for key, entry in UI.items()}
