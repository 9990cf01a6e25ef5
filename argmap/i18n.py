"""The message catalogue: every user-facing string of the library and CLI, German and English.

Messages are looked up by key and formatted with ``str.format``; a missing English text falls
back to German so that a forgotten translation never crashes.

>>> t("finding.isolated-claim", "en", a="x")
'Claim x has no relation to any other claim.'
>>> resolve_lang(None, None, env={})
'de'
"""

from __future__ import annotations

import os
from collections.abc import Mapping

__all__ = ["LANGS", "MESSAGES", "resolve_lang", "t"]

LANGS = ("de", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # --- YAML reading ---------------------------------------------------------------------
    "yaml.syntax": {
        "de": "YAML-Syntaxfehler: {problem}",
        "en": "YAML syntax error: {problem}",
    },
    "yaml.tag": {
        "de": "YAML-Tags sind nicht erlaubt ({tag}); schreibe den Wert ohne Tag.",
        "en": "YAML tags are not allowed ({tag}); write the value without a tag.",
    },
    "yaml.too-many-aliases": {
        "de": "Zu viele YAML-Aliase (mehr als {limit}); schreibe die Werte aus.",
        "en": "Too many YAML aliases (more than {limit}); write the values out.",
    },
    "yaml.too-many-nodes": {
        "de": "Die Datei ist zu groß oder expandiert zu stark (mehr als {limit} Knoten).",
        "en": "The file is too big or expands too much (more than {limit} nodes).",
    },
    "yaml.unknown-alias": {
        "de": "Unbekannter YAML-Alias *{anchor}.",
        "en": "Unknown YAML alias *{anchor}.",
    },
    "yaml.multiple-documents": {
        "de": "Nur ein YAML-Dokument pro Datei erlaubt (zweites '---' gefunden).",
        "en": "Only one YAML document per file is allowed (found a second '---').",
    },
    "yaml.complex-key": {
        "de": "Schlüssel müssen einfache Werte sein, keine Listen oder Abbildungen.",
        "en": "Keys must be plain values, not lists or mappings.",
    },
    "yaml.duplicate-key": {
        "de": "Schlüssel '{key}' kommt doppelt vor (zuerst in Zeile {first}).",
        "en": "Key '{key}' appears twice (first on line {first}).",
    },
    "yaml.encoding": {
        "de": "Die Datei ist nicht in UTF-8 kodiert: {problem}",
        "en": "The file is not UTF-8 encoded: {problem}",
    },
    # --- loading --------------------------------------------------------------------------
    "load.file-too-large": {
        "de": "Die Datei ist {size} Bytes groß; erlaubt sind höchstens {limit} Bytes.",
        "en": "The file has {size} bytes; at most {limit} bytes are allowed.",
    },
    "load.too-many-files": {
        "de": "Zu viele Anspruchsdateien (mehr als {limit}).",
        "en": "Too many claim files (more than {limit}).",
    },
    "load.missing-map-file": {
        "de": "map.yaml fehlt in {dir}: jede Karte braucht Titel, Quellen und Themen.",
        "en": "map.yaml is missing in {dir}: every map needs a title, sources and topics.",
    },
    "load.missing-dir": {
        "de": "Das Verzeichnis {dir} gibt es nicht.",
        "en": "The directory {dir} does not exist.",
    },
    "load.unreadable": {
        "de": "Die Datei kann nicht gelesen werden: {problem}",
        "en": "The file cannot be read: {problem}",
    },
    "load.empty": {
        "de": "Die Datei ist leer.",
        "en": "The file is empty.",
    },
    "load.duplicate-id": {
        "de": "Die Id '{id}' gibt es schon ({first}); Ids müssen in allen Dateien eindeutig sein.",
        "en": "The id '{id}' already exists ({first}); ids must be unique across all files.",
    },
    "load.duplicate-source": {
        "de": "Die Quellen-Id '{id}' kommt in map.yaml doppelt vor.",
        "en": "The source id '{id}' appears twice in map.yaml.",
    },
    "load.duplicate-topic": {
        "de": "Die Themen-Id '{id}' kommt in map.yaml doppelt vor.",
        "en": "The topic id '{id}' appears twice in map.yaml.",
    },
    "load.unknown-claim": {
        "de": "'{id}' ist keine bekannte Behauptung{hint}.",
        "en": "'{id}' is not a known claim{hint}.",
    },
    "load.not-a-claim": {
        "de": "'{id}' ist eine Frage oder ein Argument, hier wird eine Behauptung erwartet.",
        "en": "'{id}' is a question or an argument; a claim is expected here.",
    },
    "load.unknown-question": {
        "de": "'{id}' ist keine Frage aus map.yaml{hint}.",
        "en": "'{id}' is not a question of map.yaml{hint}.",
    },
    "load.unknown-argument": {
        "de": "'{id}' ist kein bekanntes Argument{hint}; unterlaufen lässt sich eine Beziehung "
        "(\"a -> b\") oder ein Argument.",
        "en": "'{id}' is not a known argument{hint}; an undercut names a relation (\"a -> b\") "
        "or an argument.",
    },
    "load.unknown-relation": {
        "de": "Die Beziehung '{source} -> {target}' gibt es nicht (weder supports noch attacks).",
        "en": "The relation '{source} -> {target}' does not exist (neither supports nor attacks).",
    },
    "load.unknown-topic": {
        "de": "Das Thema '{id}' steht nicht in map.yaml{hint}.",
        "en": "The topic '{id}' is not listed in map.yaml{hint}.",
    },
    "load.missing-topic": {
        "de": "Die Behauptung '{id}' hat kein Thema (topic) und die Datei gibt keines vor.",
        "en": "Claim '{id}' has no topic and the file gives no default topic.",
    },
    "load.unknown-source": {
        "de": "Die Quelle '{id}' steht nicht in map.yaml{hint}.",
        "en": "The source '{id}' is not listed in map.yaml{hint}.",
    },
    "load.unknown-expect": {
        "de": "expect nennt '{id}', aber diese Behauptung gibt es nicht{hint}.",
        "en": "expect names '{id}', but there is no such claim{hint}.",
    },
    "load.hint": {"de": " (meintest du '{guess}'?)", "en": " (did you mean '{guess}'?)"},
    # --- schema (pydantic error types) ----------------------------------------------------
    "schema.missing": {
        "de": "Pflichtfeld '{field}' fehlt.",
        "en": "Required field '{field}' is missing.",
    },
    "schema.extra_forbidden": {
        "de": "Unbekannter Schlüssel '{field}'{hint}.",
        "en": "Unknown key '{field}'{hint}.",
    },
    "schema.string_type": {
        "de": "Hier wird ein Text erwartet, gefunden: {input}.",
        "en": "Expected a text here, found: {input}.",
    },
    "schema.list_type": {
        "de": "Hier wird eine Liste erwartet, gefunden: {input}.",
        "en": "Expected a list here, found: {input}.",
    },
    "schema.dict_type": {
        "de": "Hier wird eine Abbildung (schlüssel: wert) erwartet, gefunden: {input}.",
        "en": "Expected a mapping (key: value) here, found: {input}.",
    },
    "schema.model_type": {
        "de": "Hier wird eine Abbildung (schlüssel: wert) erwartet, gefunden: {input}.",
        "en": "Expected a mapping (key: value) here, found: {input}.",
    },
    "schema.string_pattern_mismatch": {
        "de": "'{input}' ist keine gültige Id (erlaubt: a-z, 0-9, '.', '_', '-'; "
        "am Anfang ein Buchstabe oder eine Ziffer).",
        "en": "'{input}' is not a valid id (allowed: a-z, 0-9, '.', '_', '-'; "
        "starting with a letter or digit).",
    },
    "schema.string_too_short": {
        "de": "Der Text darf nicht leer sein.",
        "en": "The text must not be empty.",
    },
    "schema.too_short": {
        "de": "Die Liste '{field}' darf nicht leer sein.",
        "en": "The list '{field}' must not be empty.",
    },
    "schema.string_too_long": {
        "de": "Der Text ist zu lang: {input}",
        "en": "The text is too long: {input}",
    },
    "schema.literal_error": {
        "de": "'{input}' ist nicht erlaubt; erlaubt: {expected}.",
        "en": "'{input}' is not allowed; allowed: {expected}.",
    },
    "schema.stance": {
        "de": "'{input}' ist keine Haltung; erlaubt: opportunity (chance), risk (risiko), neutral.",
        "en": "'{input}' is not a stance; allowed: opportunity (chance), risk (risiko), neutral.",
    },
    "schema.number": {
        "de": "Hier wird eine Zahl zwischen 0 und 1 erwartet, gefunden: {input}.",
        "en": "Expected a number between 0 and 1, found: {input}.",
    },
    "schema.undercut": {
        "de": "'{input}' ist kein Beziehungsziel; Form: \"quelle -> ziel\".",
        "en": "'{input}' is not a relation target; form: \"source -> target\".",
    },
    "schema.date": {
        "de": "'{input}' ist kein Datum; Form: JJJJ-MM-TT.",
        "en": "'{input}' is not a date; form: YYYY-MM-DD.",
    },
    "schema.color": {
        "de": "'{input}' ist keine Farbe; Form: \"#rrggbb\".",
        "en": "'{input}' is not a colour; form: \"#rrggbb\".",
    },
    "schema.language": {
        "de": "'{input}' ist keine unterstützte Sprache; erlaubt: de, en.",
        "en": "'{input}' is not a supported language; allowed: de, en.",
    },
    "schema.file": {
        "de": "'{input}' muss ein bloßer Dateiname sein (ohne '/' oder '..').",
        "en": "'{input}' must be a plain file name (no '/' or '..').",
    },
    "schema.generic": {"de": "{msg}", "en": "{msg}"},
    # --- findings ------------------------------------------------------------------------
    "finding.self-relation": {
        "de": "{a} bezieht sich auf sich selbst ({kind}): eine Behauptung kann nicht ihr "
        "eigener Grund oder Gegengrund sein.",
        "en": "{a} relates to itself ({kind}): a claim cannot be its own reason or objection.",
    },
    "finding.support-attack-conflict": {
        "de": "{a} und {b} sind zugleich durch Stützung und durch {other} verbunden: "
        "{a} kann nicht Grund für und gegen {b} sein.",
        "en": "{a} and {b} are linked both by a support and by {other}: "
        "{a} cannot be a reason both for and against {b}.",
    },
    "finding.support-cycle": {
        "de": "Zirkelschluss: {cycle} stützen sich nur gegenseitig.",
        "en": "Circular reasoning: {cycle} only support each other.",
    },
    "finding.odd-attack-cycle": {
        "de": "Angriffszyklus ungerader Länge ({n}): {cycle}. Für diese Behauptungen gibt es "
        "kein stabiles Urteil.",
        "en": "Attack cycle of odd length ({n}): {cycle}. No stable verdict exists for these "
        "claims.",
    },
    "finding.duplicate-claim": {
        "de": "{a} und {b} haben (bis auf Groß-/Kleinschreibung, Leerraum und Satzzeichen) "
        "denselben Text.",
        "en": "{a} and {b} have the same text (up to case, white space and punctuation).",
    },
    "finding.isolated-claim": {
        "de": "{a} steht mit keiner anderen Behauptung in Beziehung.",
        "en": "Claim {a} has no relation to any other claim.",
    },
    "finding.unresolved-contradiction": {
        "de": "Der Widerspruch zwischen {a} und {b} ist ungelöst: beide sind offen.",
        "en": "The contradiction between {a} and {b} is unresolved: both are undecided.",
    },
    "finding.quote-not-found": {
        "de": "Das Zitat von {a} steht nicht im Text der Quelle {source}: „{quote}“.",
        "en": "The quote of {a} is not in the text of source {source}: \"{quote}\".",
    },
    "finding.unknown-source-text": {
        "de": "Für die Quelle {source} gibt es keinen Text ({file} fehlt in {dir}).",
        "en": "No text for source {source} ({file} is missing in {dir}).",
    },
    "finding.expectation-failed": {
        "de": "{a} sollte laut map.yaml {expected} sein, ist aber {actual}{reading}.",
        "en": "According to map.yaml, {a} should be {expected} but is {actual}{reading}.",
    },
    "position.both": {
        "de": "'{id}' steht zugleich unter accept und reject.",
        "en": "'{id}' is listed under both accept and reject.",
    },
    "finding.incoherent-claim": {
        "de": "Keine stimmige Position kann {a} akzeptieren: {chain}.",
        "en": "No coherent position can accept {a}: {chain}.",
    },
    "finding.incoherent-map": {
        "de": "Es gibt überhaupt keine stimmige Position zu dieser Karte: {chain}.",
        "en": "No coherent position exists for this map at all: {chain}.",
    },
    "finding.position-conflict": {
        "de": "Die Position akzeptiert {a} und {b}, aber die beiden stehen im Konflikt "
        "(Angriff oder Widerspruch).",
        "en": "The position accepts {a} and {b}, but they conflict (attack or contradiction).",
    },
    "finding.position-incoherent": {
        "de": "Die Position lässt sich nicht stimmig vervollständigen: {chain}.",
        "en": "The position has no coherent completion: {chain}.",
    },
    "finding.position-incoherent-map": {
        "de": "Keine Position kann stimmig sein, weil die Karte selbst es nicht ist: {chain}.",
        "en": "No position can be coherent, because the map itself is not: {chain}.",
    },
    "finding.position-both": {
        "de": "Die Position akzeptiert und verwirft {a} zugleich.",
        "en": "The position both accepts and rejects {a}.",
    },
    "finding.position-undefended": {
        "de": "Die Position akzeptiert {a}, aber {x} greift {a} an und wird weder verworfen "
        "noch durch eine akzeptierte Behauptung beantwortet.",
        "en": "The position accepts {a}, but {x} attacks {a} and is neither rejected nor "
        "answered by an accepted claim.",
    },
    "coh.step": {
        "de": "wer {p} {pv}, muss {q} {qv} ({reason})",
        "en": "whoever {pv} {p} must {qv} {q} ({reason})",
    },
    "coh.fin.true": {"de": "akzeptiert", "en": "accepts"},
    "coh.fin.false": {"de": "ablehnt", "en": "rejects"},
    "coh.inf.true": {"de": "akzeptieren", "en": "accept"},
    "coh.inf.false": {"de": "ablehnen", "en": "reject"},
    "coh.because.support": {"de": "{a} stützt {b}", "en": "{a} supports {b}"},
    "coh.because.attack": {"de": "{a} greift {b} an", "en": "{a} attacks {b}"},
    "coh.because.contradiction": {
        "de": "{a} und {b} widersprechen sich",
        "en": "{a} and {b} contradict each other",
    },
    # --- label explanations ---------------------------------------------------------------
    "explain.in-unattacked": {
        "de": "Akzeptiert: Keine Behauptung greift {a} an.",
        "en": "Accepted: no claim attacks {a}.",
    },
    "explain.in-defended": {
        "de": "Akzeptiert: Jeder Einwand gegen {a} ist ausgeräumt — {items}.",
        "en": "Accepted: every objection to {a} is answered — {items}.",
    },
    "explain.defence.defeated": {
        "de": "{x} ist durch {y} widerlegt",
        "en": "{x} is defeated by {y}",
    },
    "explain.defence.undercut": {
        "de": "der Einwand von {x} ist durch {y} unterlaufen",
        "en": "the objection of {x} is undercut by {y}",
    },
    "explain.defence.rejected": {
        "de": "{x} ist selbst abgelehnt",
        "en": "{x} is itself rejected",
    },
    "explain.out": {
        "de": "Abgelehnt: {w} greift {a} an, und {w} ist akzeptiert.",
        "en": "Rejected: {w} attacks {a}, and {w} is accepted.",
    },
    "explain.undec": {
        "de": "Offen: {a} liegt auf einem Angriffszyklus, den nichts entscheidet: {cycle}.",
        "en": "Undecided: {a} lies on an attack cycle that nothing decides: {cycle}.",
    },
    "explain.undec-path": {
        "de": "Offen: {a} hängt über {path} an einem Angriffszyklus, den nichts entscheidet: "
        "{cycle}.",
        "en": "Undecided: {a} depends via {path} on an attack cycle that nothing decides: "
        "{cycle}.",
    },
    # --- relation words ---------------------------------------------------------------------
    "rel.supports": {"de": "stützt", "en": "supports"},
    "rel.attacks": {"de": "greift an", "en": "attacks"},
    "rel.contradicts": {"de": "widerspricht", "en": "contradicts"},
    "rel.undercuts": {"de": "unterläuft", "en": "undercuts"},
    "rel.noun.attacks": {"de": "einen Angriff", "en": "an attack"},
    "rel.noun.contradicts": {"de": "einen Widerspruch", "en": "a contradiction"},
    # --- labels, severities, stances --------------------------------------------------------
    "label.in": {"de": "akzeptiert", "en": "accepted"},
    "label.out": {"de": "abgelehnt", "en": "rejected"},
    "label.undec": {"de": "offen", "en": "undecided"},
    "severity.error": {"de": "Fehler", "en": "Error"},
    "severity.warning": {"de": "Warnung", "en": "Warning"},
    "severity.info": {"de": "Hinweis", "en": "Info"},
    "stance.opportunity": {"de": "Chance", "en": "Opportunity"},
    "stance.risk": {"de": "Risiko", "en": "Risk"},
    "stance.neutral": {"de": "neutral", "en": "neutral"},
    # --- CLI ---------------------------------------------------------------------------------
    "cli.load-failed": {
        "de": "Die Karte konnte nicht geladen werden: {n} Problem(e). Nichts wurde geschrieben.",
        "en": "The map could not be loaded: {n} problem(s). Nothing was written.",
    },
    "cli.summary": {
        "de": "{claims} Behauptungen, {relations} Beziehungen: {errors} Fehler, "
        "{warnings} Warnungen, {infos} Hinweise.",
        "en": "{claims} claims, {relations} relations: {errors} errors, {warnings} warnings, "
        "{infos} infos.",
    },
    "cli.labels": {
        "de": "Urteile (grounded): {n_in} akzeptiert, {n_out} abgelehnt, {n_undec} offen.",
        "en": "Verdicts (grounded): {n_in} accepted, {n_out} rejected, {n_undec} undecided.",
    },
    "cli.wrote": {"de": "Geschrieben: {path}", "en": "Written: {path}"},
    "cli.no-findings": {"de": "Keine Befunde.", "en": "No findings."},
    "cli.write-failed": {
        "de": "Konnte {path} nicht schreiben: {problem}",
        "en": "Could not write {path}: {problem}",
    },
    "cli.exists": {
        "de": "{path} gibt es schon; mit --force überschreiben.",
        "en": "{path} already exists; use --force to overwrite.",
    },
    "cli.bad-lang": {
        "de": "Unbekannte Sprache '{lang}'; erlaubt: de, en.",
        "en": "Unknown language '{lang}'; allowed: de, en.",
    },
    "cli.bad-format": {
        "de": "Unbekanntes Format '{fmt}'; verfügbar: {choices}.",
        "en": "Unknown format '{fmt}'; available: {choices}.",
    },
    "cli.extensions": {
        "de": "{semantics}-Erweiterungen: {n}",
        "en": "{semantics} extensions: {n}",
    },
    "cli.extensions-common": {
        "de": "{n} Behauptungen gehören zu jeder Erweiterung; je Erweiterung der Rest:",
        "en": "{n} claims belong to every extension; the rest of each extension:",
    },
    "cli.extensions-capped": {
        "de": "Aufzählung nach {limit} Erweiterungen abgebrochen: es gibt weitere.",
        "en": "Enumeration stopped after {limit} extensions: there are more.",
    },
    "cli.strength-unconverged": {
        "de": "Die Stärke (DF-QuAD) ist auf diesen Zyklen nicht konvergiert: {cycles}",
        "en": "Strength (DF-QuAD) did not converge on these cycles: {cycles}",
    },
    "cli.position": {"de": "Position: {name}", "en": "Position: {name}"},
    "cli.commits.accept": {
        "de": "verpflichtet zur Annahme von: {ids}",
        "en": "commits to accepting: {ids}",
    },
    "cli.commits.reject": {
        "de": "verpflichtet zur Ablehnung von: {ids}",
        "en": "commits to rejecting: {ids}",
    },
    "cli.more": {
        "de": "… und {n} weitere (alle: argmap check, oder in der Karte unter „Befunde“)",
        "en": "… and {n} more (all of them: argmap check, or the map's \"Findings\" tab)",
    },
    "cli.ok": {"de": "Alles in Ordnung.", "en": "All good."},
}


def t(key: str, lang: str = "de", /, **args: object) -> str:
    """Look up ``key`` in ``lang`` and format it with ``args``.

    Unknown keys are returned as they are (a visible slip, never a crash).
    """
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(lang) or entry["de"]
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return template


def resolve_lang(
    option: str | None, map_language: str | None, env: Mapping[str, str] | None = None
) -> str:
    """The language to use: ``--lang``, else ``ARGMAP_LANG``, else map.yaml's, else German."""
    env = os.environ if env is None else env
    for candidate in (option, env.get("ARGMAP_LANG"), map_language):
        if candidate:
            lang = candidate.strip().lower()[:2]
            if lang in LANGS:
                return lang
    return "de"
