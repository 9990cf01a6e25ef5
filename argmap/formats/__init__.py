"""Every output and input format, one module each, registered by decorator.

* an **exporter** turns the :class:`~argmap.view.MapView` of an analysed map into a string
  (``argmap export --format``; the HTML map is the exporter ``html``);
* a **reporter** turns it into a check report (``argmap check --format``), and the load
  problems of a map that could not be loaded into the same format;
* an **importer** turns another tool's file into claim files (a dict of relative path → YAML
  text, ``map.yaml`` included) plus the problems it could not carry over
  (``argmap import --from``).

Formats only return strings; :mod:`argmap.write` writes them. The CLI's choices come from these
registries, so a new format is one module with one decorated function.

>>> {"json", "graphml", "argdown", "aif", "dot", "html"} <= set(EXPORTERS)
True
>>> {"text", "json", "markdown", "github", "sarif"} <= set(REPORTERS), "kialo" in IMPORTERS
(True, True)
"""

from __future__ import annotations

import importlib
import pkgutil

from .registry import (
    DIFF_REPORTERS,
    EXPORTERS,
    IMPORTERS,
    REPORTERS,
    Exporter,
    Importer,
    ImportResult,
    Reporter,
    diff_reporter,
    exporter,
    importer,
    reporter,
)

__all__ = [
    "DIFF_REPORTERS",
    "EXPORTERS",
    "IMPORTERS",
    "REPORTERS",
    "Exporter",
    "ImportResult",
    "Importer",
    "Reporter",
    "diff_reporter",
    "exporter",
    "importer",
    "reporter",
]


def _load_formats() -> None:
    """Import every format module of this package so that its formats register themselves."""
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_") and info.name != "registry":
            importlib.import_module(f"{__name__}.{info.name}")


_load_formats()
