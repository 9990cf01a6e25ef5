"""YAML syntax errors with their usual cause and its fix: German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "yaml.hint.tab": {
        "de": "Tabulator statt Leerzeichen: YAML erlaubt zum Einrücken nur Leerzeichen. Ersetze "
        "den Tabulator am Zeilenanfang durch Leerzeichen (meist zwei je Stufe).",
        "en": "Tab instead of spaces: YAML indents with spaces only. Replace the tab at the "
        "start of the line by spaces (usually two per level).",
    },
    "yaml.hint.indent": {
        "de": "Einrückung: Diese Zeile ist mit {here} Leerzeichen eingerückt, Zeile {prev} "
        "davor mit {there}. Schlüssel derselben Behauptung müssen genau untereinander stehen.",
        "en": "Indentation: this line is indented by {here} spaces, line {prev} before it by "
        "{there}. The keys of one claim must line up exactly.",
    },
    "yaml.hint.structure": {
        "de": "Hier passt die Einrückung oder ein Bindestrich nicht: Jede Behauptung beginnt "
        "mit „- “, ihre Schlüssel stehen darunter genau untereinander.",
        "en": "The indentation or a dash does not fit here: every claim starts with \"- \", its "
        "keys line up exactly below it.",
    },
    "yaml.hint.colon": {
        "de": "Doppelpunkt im Text: Nach „{key}:“ steht ein weiterer Doppelpunkt mit Leerzeichen. "
        "Setze den ganzen Wert in Anführungszeichen, z. B. {key}: \"Fazit: gut\".",
        "en": "Colon in the text: after \"{key}:\" there is another colon followed by a space. "
        "Put the whole value in quotes, e.g. {key}: \"Verdict: good\".",
    },
    "yaml.hint.inner-quote": {
        "de": "Anführungszeichen im Text: Der Wert endet schon am zweiten \". Schreibe innere "
        "Anführungszeichen als „…“ oder \\\", oder setze den Wert in einfache Anführungszeichen "
        "'…'.",
        "en": "Quotes inside the text: the value already ends at the second \". Write inner "
        "quotes as “…” or \\\", or put the value in single quotes '…'.",
    },
    "yaml.hint.unclosed-quote": {
        "de": "Anführungszeichen nicht geschlossen: Der Wert in dieser Zeile beginnt mit einem "
        "Anführungszeichen, das bis zum Dateiende nicht geschlossen wird.",
        "en": "Unclosed quote: the value on this line starts with a quote that is not closed "
        "before the end of the file.",
    },
    "yaml.hint.bracket": {
        "de": "Klammer nicht geschlossen: Eine Liste [ … ] oder Abbildung {{ … }} in dieser "
        "Zeile wird nicht geschlossen, oder zwischen zwei Einträgen fehlt ein Komma.",
        "en": "Unclosed bracket: a list [ … ] or mapping {{ … }} on this line is not closed, or "
        "a comma is missing between two items.",
    },
    "yaml.hint.missing-colon": {
        "de": "Doppelpunkt fehlt: Auf einen Schlüssel folgt „: “ und dann der Wert, "
        "z. B. stance: risk.",
        "en": "Colon missing: a key is followed by \": \" and then the value, e.g. stance: risk.",
    },
    "yaml.hint.missing-dash": {
        "de": "Fehlt ein Bindestrich? Unter claims: beginnt jede Behauptung mit „- “, z. B. "
        "„  - id: meine-behauptung“.",
        "en": "Is a dash missing? Under claims: every claim starts with \"- \", e.g. "
        "\"  - id: my-claim\".",
    },
    "yaml.duplicate-key-claim": {
        "de": "Schlüssel '{key}' kommt doppelt vor (zuerst in Zeile {first}). Beginnt hier eine "
        "neue Behauptung? Dann fehlt „- “ vor {key}.",
        "en": "Key '{key}' appears twice (first on line {first}). Does a new claim start here? "
        "Then \"- \" is missing before {key}.",
    },
}
