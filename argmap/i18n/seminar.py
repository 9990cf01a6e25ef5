"""Messages of the seminar loop (diff, contributions, review, live preview): German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.unknown-revision": {
        "de": "'{rev}' ist keine bekannte git-Revision dieses Verzeichnisses.",
        "en": "'{rev}' is not a known git revision of this directory.",
    },
    "cli.not-a-revision": {
        "de": "'{spec}' ist weder ein Verzeichnis noch eine git-Revision (kein git-Repository).",
        "en": "'{spec}' is neither a directory nor a git revision (not a git repository).",
    },
    "cli.revision-too-large": {
        "de": "Die Revision {rev} ist zu groß ({n} Dateien).",
        "en": "Revision {rev} is too large ({n} files).",
    },
    "diff.title": {"de": "Änderungen von {old} nach {new}", "en": "Changes from {old} to {new}"},
    "diff.none": {"de": "Keine Änderungen.", "en": "No changes."},
    "diff.claims-added": {"de": "Neue Behauptungen", "en": "Claims added"},
    "diff.claims-removed": {"de": "Entfernte Behauptungen", "en": "Claims removed"},
    "diff.claims-changed": {"de": "Geänderte Behauptungen", "en": "Claims changed"},
    "diff.relations-added": {"de": "Neue Beziehungen", "en": "Relations added"},
    "diff.relations-removed": {"de": "Entfernte Beziehungen", "en": "Relations removed"},
    "diff.verdicts": {"de": "Geänderte Urteile", "en": "Verdicts changed"},
    "diff.fields": {"de": "geändert: {fields}", "en": "changed: {fields}"},
    "diff.verdict": {"de": "{a}: {before} → {after}", "en": "{a}: {before} → {after}"},
    "diff.because.added": {
        "de": "seit {cause} neu hinzukam ({path})",
        "en": "since {cause} was added ({path})",
    },
    "diff.because.removed": {
        "de": "seit {cause} entfernt wurde ({path})",
        "en": "since {cause} was removed ({path})",
    },
    "diff.because.none": {
        "de": "ohne geänderte Behauptung davor (andere Semantik oder Lesart?)",
        "en": "with no changed claim before it (another semantics or reading?)",
    },
    "diff.summary": {
        "de": "{added} neu, {removed} entfernt, {changed} geändert; {verdicts} geändert.",
        "en": "{added} added, {removed} removed, {changed} changed; {verdicts} changed.",
    },
    "label.none": {"de": "—", "en": "—"},
    "contribution.none": {
        "de": "Keine Behauptung von '{who}'{hint}. In dieser Karte gibt es: {choices}.",
        "en": "No claim by '{who}'{hint}. This map has: {choices}.",
    },
    "contribution.title": {
        "de": "Beitrag {who}: {claims} in {files}",
        "en": "Contribution {who}: {claims} in {files}",
    },
    "contribution.claim": {"de": "{mark} {a} — {caption}", "en": "{mark} {a} — {caption}"},
    "contribution.changes": {
        "de": "Was der Beitrag anderswo in der Karte verändert hat",
        "en": "What the contribution changed elsewhere in the map",
    },
    "contribution.no-changes": {
        "de": "Der Beitrag ändert kein anderes Urteil der Karte.",
        "en": "The contribution changes no other verdict of the map.",
    },
    "contribution.findings": {
        "de": "Befunde, die den Beitrag betreffen",
        "en": "Findings that involve the contribution",
    },
    "contribution.no-findings": {
        "de": "Keine Befunde betreffen den Beitrag.",
        "en": "No finding involves the contribution.",
    },
    "serve.host-warning": {
        "de": "Achtung: Die Vorschau ist unter {host} auch für andere Rechner erreichbar. Sie "
        "zeigt nur die Karte, aber jeder im Netz kann sie sehen.",
        "en": "Careful: the preview is reachable by other computers at {host}. It shows only "
        "the map, but anyone on the network can see it.",
    },
    "serve.running": {
        "de": "Vorschau: {url} — ändert eure Dateien, die Seite folgt. Strg-C beendet.",
        "en": "Preview: {url} — edit your files, the page follows. Ctrl-C stops it.",
    },
    "serve.built": {"de": "Karte gebaut (Fassung {version}).",
                    "en": "Map built (version {version})."},
    "serve.broken": {
        "de": "Die Karte lässt sich nicht laden (Fassung {version}): Die Seite zeigt die "
        "Probleme über der letzten guten Karte.",
        "en": "The map cannot be loaded (version {version}): the page shows the problems above "
        "the last good map.",
    },
    "serve.port": {"de": "Port {port} ist nicht frei: {problem}",
                   "en": "Port {port} is not free: {problem}"},
    "serve.stopped": {"de": "Vorschau beendet.", "en": "Preview stopped."},
}
