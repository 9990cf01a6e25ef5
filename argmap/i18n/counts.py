"""Counted nouns with their plural forms: German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, dict[str, str]]] = {
    "count.problems": {"de": {"one": "{n} Problem", "other": "{n} Probleme"},
                       "en": {"one": "{n} problem", "other": "{n} problems"}},
    "count.claims": {"de": {"one": "{n} Behauptung", "other": "{n} Behauptungen"},
                     "en": {"one": "{n} claim", "other": "{n} claims"}},
    "count.relations": {"de": {"one": "{n} Beziehung", "other": "{n} Beziehungen"},
                        "en": {"one": "{n} relation", "other": "{n} relations"}},
    "count.errors": {"de": {"one": "{n} Fehler", "other": "{n} Fehler"},
                     "en": {"one": "{n} error", "other": "{n} errors"}},
    "count.warnings": {"de": {"one": "{n} Warnung", "other": "{n} Warnungen"},
                       "en": {"one": "{n} warning", "other": "{n} warnings"}},
    "count.infos": {"de": {"one": "{n} Hinweis", "other": "{n} Hinweise"},
                    "en": {"one": "{n} info", "other": "{n} infos"}},
    "count.files": {"de": {"one": "{n} Datei", "other": "{n} Dateien"},
                    "en": {"one": "{n} file", "other": "{n} files"}},
    "count.extensions": {"de": {"one": "{n} Erweiterung", "other": "{n} Erweiterungen"},
                         "en": {"one": "{n} extension", "other": "{n} extensions"}},
    "count.verdicts": {"de": {"one": "{n} Urteil", "other": "{n} Urteile"},
                       "en": {"one": "{n} verdict", "other": "{n} verdicts"}},
    "count.quotes": {"de": {"one": "{n} Zitat", "other": "{n} Zitate"},
                     "en": {"one": "{n} quote", "other": "{n} quotes"}},
}
