"""Messages of schema errors (pydantic error types): German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
        "de": "'{input}' ist keine gültige Id (erlaubt: a-z, 0-9, '.', '_', '-'; am Anfang "
        "ein Buchstabe oder eine Ziffer).",
        "en": "'{input}' is not a valid id (allowed: a-z, 0-9, '.', '_', '-'; starting with a "
        "letter or digit).",
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
        "de": '\'{input}\' ist kein Beziehungsziel; Form: "quelle -> ziel".',
        "en": '\'{input}\' is not a relation target; form: "source -> target".',
    },
    "schema.date": {
        "de": "'{input}' ist kein Datum; Form: JJJJ-MM-TT.",
        "en": "'{input}' is not a date; form: YYYY-MM-DD.",
    },
    "schema.color": {
        "de": '\'{input}\' ist keine Farbe; Form: "#rrggbb".',
        "en": '\'{input}\' is not a colour; form: "#rrggbb".',
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
    "schema.texts": {
        "de": "'{input}' muss ein Ordner innerhalb des Kartenverzeichnisses sein (ohne '..').",
        "en": "'{input}' must be a folder inside the map directory (no '..').",
    },
}
