"""Messages of the file-safety layer (refused inputs and outputs): German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "rule.unsafe-file": {
        "de": "Keine gewöhnliche Datei im Kartenverzeichnis (Pipe, Gerät, Link nach außen "
              "oder in einer Schleife).",
        "en": "Not a regular file inside the map directory (a pipe, a device, a link out of it "
              "or in a loop).",
    },
    "safe.fifo": {
        "de": "Das ist eine benannte Pipe (FIFO), keine gewöhnliche Datei; argmap liest nur "
              "gewöhnliche Dateien.",
        "en": "This is a named pipe (FIFO), not a regular file; argmap reads regular files "
              "only.",
    },
    "safe.device": {
        "de": "Das ist ein Gerät, keine gewöhnliche Datei; argmap liest und schreibt nur "
              "gewöhnliche Dateien.",
        "en": "This is a device, not a regular file; argmap reads and writes regular files "
              "only.",
    },
    "safe.socket": {
        "de": "Das ist ein Socket, keine gewöhnliche Datei; argmap liest nur gewöhnliche "
              "Dateien.",
        "en": "This is a socket, not a regular file; argmap reads regular files only.",
    },
    "safe.directory": {
        "de": "Das ist ein Ordner, keine Datei.",
        "en": "This is a folder, not a file.",
    },
    "safe.other": {
        "de": "Das ist keine gewöhnliche Datei; argmap liest nur gewöhnliche Dateien.",
        "en": "This is not a regular file; argmap reads regular files only.",
    },
    "safe.outside": {
        "de": "Ein symbolischer Link, der aus dem Kartenverzeichnis hinausführt ({target}); "
              "argmap liest nur innerhalb des Kartenverzeichnisses.",
        "en": "A symbolic link that leads out of the map directory ({target}); argmap reads "
              "only inside the map directory.",
    },
    "safe.loop": {
        "de": "Symbolische Links bilden hier eine Schleife; die Datei wird nicht gelesen.",
        "en": "Symbolic links form a loop here; the file is not read.",
    },
    "safe.folder-loop": {
        "de": "Der verlinkte Ordner führt zurück in einen Ordner darüber (eine Schleife); er "
              "wird nicht gelesen.",
        "en": "The linked folder leads back into a folder above it (a loop); it is not read.",
    },
    "safe.missing": {
        "de": "Die Datei gibt es nicht.",
        "en": "The file does not exist.",
    },
    "safe.nul": {
        "de": "Der Dateiname enthält ein NUL-Zeichen.",
        "en": "The file name contains a NUL character.",
    },
    "safe.name-too-long": {
        "de": "Der Dateiname ist zu lang für das Dateisystem.",
        "en": "The file name is too long for the file system.",
    },
    "safe.unreadable": {
        "de": "Die Datei kann nicht gelesen werden: {problem}",
        "en": "The file cannot be read: {problem}",
    },
    "safe.not-generated": {
        "de": "{path} gibt es schon und wurde nicht von argmap erzeugt; mit --force "
              "überschreiben.",
        "en": "{path} already exists and was not written by argmap; use --force to "
              "overwrite.",
    },
    "safe.target-kind": {
        "de": "{path} ist keine gewöhnliche Datei ({kind}); argmap ersetzt so etwas nie, "
              "auch nicht mit --force.",
        "en": "{path} is not a regular file ({kind}); argmap never replaces such a thing, "
              "not even with --force.",
    },
    "safe.kind.fifo": {"de": "eine benannte Pipe", "en": "a named pipe"},
    "safe.kind.device": {"de": "ein Gerät", "en": "a device"},
    "safe.kind.socket": {"de": "ein Socket", "en": "a socket"},
    "safe.kind.directory": {"de": "ein Ordner", "en": "a folder"},
    "safe.kind.symlink": {"de": "ein symbolischer Link", "en": "a symbolic link"},
    "safe.kind.other": {"de": "etwas anderes", "en": "something else"},
}
