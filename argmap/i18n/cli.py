"""Messages of the command line: German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.load-failed": {
        "de": "Die Karte konnte nicht geladen werden: {problems}. Nichts wurde geschrieben.",
        "en": "The map could not be loaded: {problems}. Nothing was written.",
    },
    "cli.summary": {
        "de": "{claims}, {relations}: {errors}, {warnings}, {infos}.",
        "en": "{claims}, {relations}: {errors}, {warnings}, {infos}.",
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
    "cli.extensions": {"de": "{semantics}-Erweiterungen: {n}", "en": "{semantics} extensions: {n}"},
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
        "en": '… and {n} more (all of them: argmap check, or the map\'s "Findings" tab)',
    },
    "cli.ok": {"de": "Alles in Ordnung.", "en": "All good."},
    "cli.quotes-checked": {
        "de": "{quotes} gegen die Quelltexte in {dir} geprüft.",
        "en": "{quotes} checked against the source texts in {dir}.",
    },
    "cli.quotes-unchecked": {
        "de": "{quotes} NICHT geprüft: keine Quelltexte angegeben (--sources ORDNER oder "
        "texts: in map.yaml).",
        "en": "{quotes} NOT checked: no source texts given (--sources DIR or texts: in "
        "map.yaml).",
    },
    "cli.wrote-with-errors": {
        "de": "Geschrieben: {path} — die Karte hat {errors} (oben aufgeführt, in der Karte unter "
        "„Befunde“).",
        "en": "Written: {path} — the map has {errors} (listed above, and in the map's "
        "\"Findings\").",
    },
}
