"""The command line's --help: German and English, one language per run.

An ``….epilog`` is paragraphs parted by a blank line; a paragraph whose first line ends with a
colon is a heading with one example a line under it (:mod:`argmap.help` indents them).
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "help.app": {
        "de": "Argumentkarten aus YAML-Behauptungsdateien bauen, prüfen und zeigen.",
        "en": "Build, check and present argument maps from YAML claim files.",
    },
    "help.app.epilog": {
        "de": "Beispiele:\nargmap check claims\nargmap build claims -o output/map.html\n"
        "argmap check claims --author \"Gruppe B\"\nargmap diff HEAD~1 HEAD\n\n"
        "Sprache: --lang en oder ARGMAP_LANG=en.",
        "en": "Examples:\nargmap check claims\nargmap build claims -o output/map.html\n"
        "argmap check claims --author \"Group B\"\nargmap diff HEAD~1 HEAD\n\n"
        "Language: --lang de or ARGMAP_LANG=de.",
    },
    "help.check": {
        "de": "Karte laden und prüfen; den Bericht ausgeben.",
        "en": "Load and check the map; print the report.",
    },
    "help.check.epilog": {
        "de": "Beispiele:\nargmap check claims --sources ../shared/seeds --strict\n"
        "argmap check claims --position alice.yaml\n"
        "argmap check claims --file claims/gruppe-b.yaml\n"
        "argmap check claims --format sarif > argmap.sarif\n\n"
        "Exit-Code: 0 in Ordnung, 1 Befunde vom Rang Fehler, 2 Karte nicht ladbar.",
        "en": "Examples:\nargmap check claims --sources ../shared/seeds --strict\n"
        "argmap check claims --position alice.yaml\n"
        "argmap check claims --file claims/group-b.yaml\n"
        "argmap check claims --format sarif > argmap.sarif\n\n"
        "Exit code: 0 fine, 1 findings of severity error, 2 map cannot be loaded.",
    },
    "help.build": {
        "de": "Karte laden, prüfen und als interaktive HTML-Seite schreiben.",
        "en": "Load and check the map and write it as an interactive HTML page.",
    },
    "help.build.epilog": {
        "de": "Beispiele:\nargmap build claims -o output/map.html --sources ../shared/seeds\n"
        "argmap build claims --since HEAD~1   (Neues seit dem letzten Commit markieren)",
        "en": "Examples:\nargmap build claims -o output/map.html --sources ../shared/seeds\n"
        "argmap build claims --since HEAD~1   (mark what is new since the last commit)",
    },
    "help.export": {
        "de": "Die Karte in ein anderes Format exportieren.",
        "en": "Export the map to another format.",
    },
    "help.export.epilog": {
        "de": "Beispiel:\nargmap export claims --format argdown -o karte.argdown",
        "en": "Example:\nargmap export claims --format argdown -o map.argdown",
    },
    "help.import": {
        "de": "Die Datei eines anderen Werkzeugs in Behauptungsdateien umwandeln.",
        "en": "Turn another tool's file into claim files.",
    },
    "help.import.epilog": {
        "de": "Beispiel:\nargmap import debatte.argdown --from argdown -o importiert",
        "en": "Example:\nargmap import debate.argdown --from argdown -o imported",
    },
    "help.diff": {
        "de": "Was sich zwischen zwei Fassungen der Karte geändert hat, und warum Urteile "
        "sich verschoben haben.",
        "en": "What changed between two versions of the map, and why verdicts moved.",
    },
    "help.diff.epilog": {
        "de": "Beispiele:\nargmap diff HEAD~1 HEAD\nargmap diff main gruppe-b\n"
        "argmap diff alte-karte claims --format markdown",
        "en": "Examples:\nargmap diff HEAD~1 HEAD\nargmap diff main group-b\n"
        "argmap diff old-map claims --format markdown",
    },
    "help.serve": {
        "de": "Live-Vorschau: zeigt die Karte im Browser und baut sie bei jedem Speichern neu.",
        "en": "Live preview: shows the map in the browser and rebuilds it on every save.",
    },
    "help.serve.epilog": {
        "de": "Beispiel:\nargmap serve claims   (dann http://127.0.0.1:8000/ öffnen)\n\n"
        "Nur dieser Rechner erreicht die Vorschau (--host für andere, mit Vorsicht). "
        "Strg-C beendet.",
        "en": "Example:\nargmap serve claims   (then open http://127.0.0.1:8000/)\n\n"
        "Only this computer reaches the preview (--host for others, with care). "
        "Ctrl-C stops it.",
    },
    "help.opt.port": {"de": "Port der Vorschau.", "en": "Port of the preview."},
    "help.opt.host": {
        "de": "Adresse, an die die Vorschau gebunden wird (Vorgabe: nur dieser Rechner).",
        "en": "Address the preview binds to (default: this computer only).",
    },
    "help.schema": {
        "de": "Das JSON Schema einer Behauptungsdatei ausgeben (für Editoren).",
        "en": "Print the JSON Schema of a claim file (for editors).",
    },
    "help.schema.epilog": {
        "de": "Beispiel:\nargmap schema --write schema",
        "en": "Example:\nargmap schema --write schema",
    },
    "help.opt.version": {"de": "Version ausgeben.", "en": "Print the version."},
    "help.opt.help": {"de": "Diese Hilfe zeigen.", "en": "Show this help."},
    "help.opt.dir": {"de": "Kartenverzeichnis mit map.yaml.",
                     "en": "Map directory with map.yaml."},
    "help.opt.lang": {"de": "Sprache der Ausgabe: de | en (auch ARGMAP_LANG).",
                      "en": "Language of the output: de | en (also ARGMAP_LANG)."},
    "help.opt.format": {"de": "Format des Berichts.", "en": "Format of the report."},
    "help.opt.export-format": {"de": "Zielformat.", "en": "Target format."},
    "help.opt.from": {"de": "Format der Datei.", "en": "Format of the file."},
    "help.opt.sources": {"de": "Ordner mit den Quelltexten (Zitate werden geprüft).",
                         "en": "Folder with the source texts (quotes are checked)."},
    "help.opt.position": {"de": "Positionsdatei (YAML) einer Teilnehmerin.",
                          "en": "A participant's position file (YAML)."},
    "help.opt.semantics": {"de": "Semantik der Erweiterungen.",
                           "en": "Semantics of the extensions."},
    "help.opt.support": {"de": "Lesart der Stützungen.", "en": "Reading of supports."},
    "help.opt.strict": {"de": "Warnungen zählen als Fehler.",
                        "en": "Warnings count as errors."},
    "help.opt.author": {"de": "Bericht über den Beitrag dieses Autors / dieser Gruppe.",
                        "en": "Report on the contribution of this author / group."},
    "help.opt.file": {"de": "Bericht über den Beitrag dieser Datei.",
                      "en": "Report on the contribution of this file."},
    "help.opt.output": {"de": "Zieldatei.", "en": "Output file."},
    "help.opt.output-dir": {"de": "Zielverzeichnis.", "en": "Output directory."},
    "help.opt.force": {"de": "Eine fremde Datei überschreiben.",
                       "en": "Overwrite a file argmap did not write."},
    "help.opt.import-file": {"de": "Datei eines anderen Werkzeugs.",
                             "en": "Another tool's file."},
    "help.opt.since": {"de": "Neues und Geändertes seit dieser Fassung (git-Revision oder "
                       "Verzeichnis) in der Karte markieren, mit der Ansicht „Neu seit …“.",
                       "en": "Mark what is new or changed since this version (git revision or "
                       "directory) in the map, with a \"new since …\" view."},
    "help.opt.old": {"de": "Alte Fassung: Verzeichnis oder git-Revision.",
                     "en": "Old version: a directory or a git revision."},
    "help.opt.new": {"de": "Neue Fassung (Vorgabe: das Kartenverzeichnis).",
                     "en": "New version (default: the map directory)."},
    "help.opt.diff-dir": {"de": "Kartenverzeichnis, dessen git-Revisionen verglichen werden.",
                          "en": "Map directory whose git revisions are compared."},
    "help.opt.schema-map": {"de": "Das Schema von map.yaml.", "en": "The schema of map.yaml."},
    "help.opt.schema-write": {"de": "Beide Schemadateien in diesen Ordner schreiben.",
                              "en": "Write both schema files into this folder."},
    # typer's own words in the help screens
    "help.usage": {"de": "Aufruf:", "en": "Usage:"},
    "help.options-metavar": {"de": "[OPTIONEN]", "en": "[OPTIONS]"},
    "help.command-metavar": {"de": "BEFEHL [ARGUMENTE]...", "en": "COMMAND [ARGS]..."},
    "help.arguments": {"de": "Argumente", "en": "Arguments"},
    "help.options": {"de": "Optionen", "en": "Options"},
    "help.commands": {"de": "Befehle", "en": "Commands"},
    "help.error": {"de": "Fehler", "en": "Error"},
    "help.default": {"de": "[Vorgabe: {}]", "en": "[default: {}]"},
    "help.required": {"de": "[Pflicht]", "en": "[required]"},
    # the help screens of argmap.help: the placeholders of values and arguments
    "help.meta.path": {"de": "PFAD", "en": "PATH"},
    "help.meta.text": {"de": "TEXT", "en": "TEXT"},
    "help.meta.integer": {"de": "ZAHL", "en": "NUMBER"},
    "help.meta.directory": {"de": "VERZEICHNIS", "en": "DIRECTORY"},
    "help.meta.file": {"de": "DATEI", "en": "FILE"},
    "help.meta.old": {"de": "ALT", "en": "OLD"},
    "help.meta.new": {"de": "NEU", "en": "NEW"},
    "help.try": {
        "de": "Hilfe: [blue]'{command_path} {help_option}'[/]",
        "en": "Try [blue]'{command_path} {help_option}'[/] for help.",
    },
}
