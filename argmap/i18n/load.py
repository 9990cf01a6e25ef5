"""Messages of YAML reading and loading (diagnostics): German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "yaml.syntax": {"de": "YAML-Syntaxfehler: {problem}", "en": "YAML syntax error: {problem}"},
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
    "load.empty": {"de": "Die Datei ist leer.", "en": "The file is empty."},
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
        "de": "'{id}' ist kein bekanntes Argument{hint}; unterlaufen lässt sich eine "
        'Beziehung ("a -> b") oder ein Argument.',
        "en": '\'{id}\' is not a known argument{hint}; an undercut names a relation ("a -> b") '
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
}
