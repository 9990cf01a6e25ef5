"""Messages of the importers (``argmap import``): what could not be carried over, and why.

Problems of the whole draft name their subject with ``{where}`` (``import.subject.*``) and a
field with ``{what}`` (``import.field.*``); :class:`argmap.formats._common.Problems` renders
both in the import's language.
"""

from __future__ import annotations

_SUBJECTS = {
    "claim": ("Behauptung {id}", "Claim {id}"),
    "question": ("Frage {id}", "Question {id}"),
    "argument": ("Argument {id}", "Argument {id}"),
    "source": ("Quelle {id}", "Source {id}"),
    "topic": ("Thema {id}", "Topic {id}"),
    "relation": ("Beziehung {id}", "Relation {id}"),
    "undercut": ("Unterminierung {id}", "Undercut {id}"),
    "map": ("map.yaml", "map.yaml"),
}
_FIELDS = {
    "title": ("der Titel", "the title"), "text": ("der Text", "the text"),
    "quote": ("das Zitat", "the quote"), "note": ("die Anmerkung", "the note"),
    "tag": ("ein Schlagwort", "a tag"), "author": ("der Autor", "the author"),
    "description": ("die Beschreibung", "the description"),
    "label": ("die Bezeichnung", "the label"), "publisher": ("der Verlag", "the publisher"),
    "url": ("die Adresse", "the URL"),
}
_AIF_KINDS = {
    "L": ("Sprechakt (L)", "locution (L)"),
    "YA": ("illokutionäre Verbindung (YA)", "illocutionary connection (YA)"),
    "TA": ("Übergang (TA)", "transition (TA)"), "MA": ("Umformulierung (MA)", "rephrase (MA)"),
    "PA": ("Präferenz (PA)", "preference (PA)"),
}

MESSAGES: dict[str, dict[str, str]] = {
    **{f"import.subject.{k}": {"de": de, "en": en} for k, (de, en) in _SUBJECTS.items()},
    **{f"import.field.{k}": {"de": de, "en": en} for k, (de, en) in _FIELDS.items()},
    **{f"import.aif.kind.{k}": {"de": de, "en": en} for k, (de, en) in _AIF_KINDS.items()},
    "import.aif.kind.unknown": {"de": "unbekannter Art '{kind}'",
                                "en": "of the unknown type '{kind}'"},
    # -- the draft (every format) ----------------------------------------------------------
    "import.too-long": {
        "de": "{where}: {what} ist länger als {limit} Zeichen und wurde gekürzt.",
        "en": "{where}: {what} is longer than {limit} characters and was shortened.",
    },
    "import.bad-date": {"de": "{where}: Datum '{value}' ist kein ISO-Datum.",
                        "en": "{where}: date '{value}' is not an ISO date."},
    "import.bad-file-name": {"de": "{where}: Dateiname '{name}' ist ungültig.",
                             "en": "{where}: file name '{name}' is not valid."},
    "import.renamed": {"de": "{where} heißt jetzt '{new}'.", "en": "{where} is now '{new}'."},
    "import.duplicate": {
        "de": "{where} kommt doppelt vor; das zweite Vorkommen wurde weggelassen.",
        "en": "{where} occurs twice; the second occurrence was left out.",
    },
    "import.unknown-source": {"de": "{where}: unbekannte Quelle '{source}' wurde weggelassen.",
                              "en": "{where}: unknown source '{source}' was left out."},
    "import.argument-unknown-claim": {
        "de": "{where}: unbekannte Behauptung '{claim}' wurde weggelassen.",
        "en": "{where}: unknown claim '{claim}' was left out.",
    },
    "import.argument-circular": {
        "de": "{where}: die Konklusion ist auch Prämisse; sie wurde aus den Prämissen genommen.",
        "en": "{where}: the conclusion is also a premise; it was taken out of the premises.",
    },
    "import.argument-incomplete": {
        "de": "{where}: ohne Prämisse oder Konklusion; das Argument wurde weggelassen.",
        "en": "{where}: no premise or no conclusion; the argument was left out.",
    },
    "import.argument-too-many": {
        "de": "{where}: mehr als {limit} Prämissen; nur die ersten {limit} wurden übernommen.",
        "en": "{where}: more than {limit} premises; only the first {limit} were kept.",
    },
    "import.unknown-topic": {
        "de": "{where}: unbekanntes Thema '{topic}'; sie steht jetzt unter '{default}'.",
        "en": "{where}: unknown topic '{topic}'; it is now under '{default}'.",
    },
    "import.bad-weight": {
        "de": "{where}: Gewicht '{weight}' liegt nicht in [0, 1]; 0.5 wird verwendet.",
        "en": "{where}: weight '{weight}' is not in [0, 1]; 0.5 is used.",
    },
    "import.bad-stance": {
        "de": "{where}: unbekannte Haltung '{stance}'; neutral wird verwendet.",
        "en": "{where}: unknown stance '{stance}'; neutral is used.",
    },
    "import.unknown-question": {"de": "{where}: unbekannte Frage '{question}' wurde weggelassen.",
                                "en": "{where}: unknown question '{question}' was left out."},
    "import.relation-unknown": {
        "de": "Beziehung {a} → {b} verweist auf eine unbekannte Behauptung und wurde "
              "weggelassen.",
        "en": "Relation {a} → {b} names an unknown claim and was left out.",
    },
    "import.undercut-unknown": {
        "de": "Unterminierung {u} → ({a} -> {b}) verweist auf keine bestehende Beziehung und "
              "wurde weggelassen.",
        "en": "Undercut {u} → ({a} -> {b}) names no existing relation and was left out.",
    },
    "import.undercut-argument-unknown": {
        "de": "Unterminierung {u} → {argument} verweist auf kein bestehendes Argument und wurde "
              "weggelassen.",
        "en": "Undercut {u} → {argument} names no existing argument and was left out.",
    },
    "import.too-many-items": {
        "de": "Die Datei hat mehr als {limit} {what}; so große Dateien importiert argmap nicht "
              "(teile sie auf).",
        "en": "The file has more than {limit} {what}; argmap does not import files that large "
              "(split it).",
    },
    "import.items.entries": {"de": "Einträge", "en": "entries"},
    "import.items.elements": {"de": "Elemente", "en": "elements"},
    "import.items.nodes": {"de": "Knoten und Kanten", "en": "nodes and edges"},
    "import.too-deep": {
        "de": "Das JSON ist tiefer als {limit} Ebenen verschachtelt; so tief schachtelt kein "
              "Argumentformat.",
        "en": "The JSON is nested deeper than {limit} levels; no argument format nests that "
              "deep.",
    },
    "import.too-big": {
        "de": "Die Datei ist größer als {limit} Zeichen; so große Dateien importiert argmap "
              "nicht.",
        "en": "The file is larger than {limit} characters; argmap does not import files that "
              "large.",
    },
    "import.failed": {"de": "Der Import von {file} ist fehlgeschlagen; nichts wurde "
                            "geschrieben.",
                      "en": "The import of {file} failed; nothing was written."},
    "import.json-invalid": {"de": "kein gültiges JSON: {problem}",
                            "en": "not valid JSON: {problem}"},
    # -- Argdown ---------------------------------------------------------------------------
    "import.argdown.yaml": {"de": "YAML-Daten sind fehlerhaft ({problem}); sie werden ignoriert.",
                            "en": "YAML data is broken ({problem}); it is ignored."},
    "import.argdown.front-not-mapping": {
        "de": "Der Vorspann (===) ist keine YAML-Abbildung.",
        "en": "The front matter (===) is not a YAML mapping.",
    },
    "import.argdown.data-not-mapping": {"de": "Daten in {{…}} sind keine Abbildung; ignoriert.",
                                        "en": "Data in {{…}} is not a mapping; ignored."},
    "import.argdown.text-after-data": {"de": "Text nach den Daten wird ignoriert: '{text}'.",
                                       "en": "Text after the data is ignored: '{text}'."},
    "import.argdown.text-after-reference": {
        "de": "Text nach dem Verweis [{title}] wird ignoriert: '{text}'.",
        "en": "Text after the reference [{title}] is ignored: '{text}'.",
    },
    "import.argdown.several-texts": {
        "de": "[{title}] hat mehrere Texte; argmap übernimmt den ersten.",
        "en": "[{title}] has several texts; argmap keeps the first.",
    },
    "import.argdown.pcs-incomplete": {
        "de": "Prämissen-Konklusions-Struktur ohne Schlussstrich (----) oder ohne Konklusion; "
              "ihre Aussagen bleiben ohne Argument.",
        "en": "Premise–conclusion structure without an inference line (----) or without a "
              "conclusion; its statements stay without an argument.",
    },
    "import.argdown.pcs-invalid": {
        "de": "Prämissen-Konklusions-Struktur ohne gültigen Schluss (Konklusion zugleich "
              "Prämisse?); übergangen.",
        "en": "Premise–conclusion structure without a valid inference (the conclusion also a "
              "premise?); skipped.",
    },
    "import.argdown.empty-relation": {
        "de": "Beziehung ohne Aussage (nur ein Pfeil); übergangen.",
        "en": "Relation without a statement (an arrow alone); skipped.",
    },
    "import.argdown.syntax": {
        "de": "Syntaxfehler: vor '{text}' fehlt eine Leerzeile (Argdown meldet hier einen "
              "Parserfehler); die Zeile wird als eigene Aussage gelesen.",
        "en": "Syntax error: an empty line is missing before '{text}' (Argdown reports a "
              "parser error here); the line is read as a statement of its own.",
    },
    "import.argdown.inference-alone": {
        "de": "Schlussstrich ohne nummerierte Prämissen; übergangen.",
        "en": "Inference line without numbered premises; skipped.",
    },
    "import.argdown.orphan-relation": {
        "de": "Beziehung ohne übergeordnete Aussage; sie wird als eigene Aussage gelesen.",
        "en": "Relation without a parent statement; it is read as a statement of its own.",
    },
    "import.argdown.numbered-unknown": {
        "de": "<{argument}>({number}) nennt keine Aussage einer Prämissen-Konklusions-Struktur; "
              "sie wird eine eigene Aussage.",
        "en": "<{argument}>({number}) names no statement of a premise–conclusion structure; "
              "it becomes a statement of its own.",
    },
    "import.argdown.empty-element": {
        "de": "Eine Aussage ohne Titel und ohne Text wurde übergangen.",
        "en": "A statement without title and text was skipped.",
    },
    "import.argdown.no-text": {
        "de": "[{title}] hat keinen Text; der Titel wird als Text verwendet.",
        "en": "[{title}] has no text; the title is used as its text.",
    },
    "import.argdown.relation-non-claim": {
        "de": "Beziehung zu einem Element, das keine Aussage ist (eine Frage, ein leeres "
              "Element); übergangen.",
        "en": "Relation to an element that is not a statement (a question, an empty element); "
              "skipped.",
    },
    "import.argdown.undercut-unsupported": {
        "de": "Argdown-Unterminierung ({symbol}) eines Elements ohne "
              "Prämissen-Konklusions-Struktur; argmap unterminiert nur Argumente und "
              "Beziehungen; übergangen.",
        "en": "Argdown undercut ({symbol}) of an element without premise–conclusion "
              "structure; argmap undercuts arguments and relations only; skipped.",
    },
    "import.argdown.undercut-no-relation": {
        "de": "Argdown-Unterminierung von <{claim}>: das Argument hat weder eine "
              "Prämissen-Konklusions-Struktur noch eine Beziehung, die unterminiert werden "
              "könnte; übergangen.",
        "en": "Argdown undercut of <{claim}>: the argument has neither a premise–conclusion "
              "structure nor a relation that could be undercut; skipped.",
    },
    "import.argdown.unknown-undercut": {
        "de": "Unterminierung '{target}' von {src}: unbekannte Beziehung.",
        "en": "Undercut '{target}' of {src}: unknown relation.",
    },
    "import.argdown.unknown-note": {
        "de": "Anmerkung zu {kind} '{target}' von {src}: keine solche Beziehung.",
        "en": "Note on {kind} '{target}' of {src}: no such relation.",
    },
    # -- AIF -------------------------------------------------------------------------------
    "import.aif.not-aif": {"de": "keine AIF-Datei (es fehlt die Liste 'nodes').",
                           "en": "not an AIF file (the list 'nodes' is missing)."},
    "import.aif.edge-unknown": {"de": "Kante '{edge}' verweist auf einen unbekannten Knoten.",
                                "en": "Edge '{edge}' names an unknown node."},
    "import.aif.no-text": {"de": "I-Knoten {node} hat keinen Text; seine Kennung wird verwendet.",
                           "en": "I-node {node} has no text; its id is used."},
    "import.aif.s-node-incomplete": {
        "de": "{kind}-Knoten {node} hat keine Aussage als Prämisse oder keine Konklusion und "
              "wird übergangen.",
        "en": "{kind}-node {node} has no statement as premise or no conclusion and is skipped.",
    },
    "import.aif.ra-undercut": {
        "de": "RA-Knoten {node} stützt eine Schlussregel; argmap kennt nur Unterminierungen "
              "(CA) von Beziehungen.",
        "en": "RA-node {node} supports an inference; argmap knows only undercuts (CA) of "
              "relations.",
    },
    "import.aif.undercut-empty": {
        "de": "CA-Knoten {node} unterminiert einen Knoten ohne Aussagen an beiden Enden; "
              "übergangen.",
        "en": "CA-node {node} undercuts a node without statements at both ends; skipped.",
    },
    "import.aif.skipped": {
        "de": "{count} Knoten {what} werden nicht übernommen (argmap bildet nur Aussagen und "
              "ihre Beziehungen ab).",
        "en": "{count} nodes {what} are not carried over (argmap maps statements and their "
              "relations only).",
    },
    "import.aif.topic": {"de": "Importiert aus {name}", "en": "Imported from {name}"},
    # -- argmap's JSON ---------------------------------------------------------------------
    "import.json.not-argmap": {"de": "kein argmap-JSON (es fehlt die Liste 'nodes').",
                               "en": "not argmap JSON (the list 'nodes' is missing)."},
    "import.json.node-without-id": {"de": "Ein Knoten ohne Kennung wurde übergangen.",
                                    "en": "A node without an id was skipped."},
    "import.json.edge-kind": {"de": "Kante {u} → {v} der Art '{kind}' wird nicht übernommen.",
                              "en": "Edge {u} → {v} of kind '{kind}' is not carried over."},
    # -- Kialo -----------------------------------------------------------------------------
    "import.kialo.duplicate-number": {
        "de": "Nummer {number} kommt doppelt vor; der zweite Eintrag wird übergangen.",
        "en": "Number {number} occurs twice; the second entry is skipped.",
    },
    "import.kialo.no-text": {"de": "Eintrag {number} hat keinen Text.",
                             "en": "Entry {number} has no text."},
    "import.kialo.link-unknown": {"de": "Verweis '{text}' zeigt auf keinen Eintrag.",
                                  "en": "Link '{text}' points to no entry."},
    "import.kialo.parent-missing": {
        "de": "Eintrag {number}: übergeordneter Eintrag {parent} fehlt.",
        "en": "Entry {number}: its parent entry {parent} is missing.",
    },
    "import.kialo.no-side": {
        "de": "Eintrag {number} ist weder Pro noch Con; er bleibt ohne Beziehung.",
        "en": "Entry {number} is neither Pro nor Con; it stays without a relation.",
    },
    "import.kialo.no-entries": {"de": "keine nummerierten Kialo-Einträge (»1. …«) gefunden.",
                                "en": "no numbered Kialo entries (“1. …”) found."},
}
