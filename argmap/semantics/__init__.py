"""Argumentation semantics: pure algorithms over plain graphs.

- :mod:`~argmap.semantics.dung` — grounded labelling and explanations; complete, preferred and
  stable extensions; properties of sets.
- :mod:`~argmap.semantics.bipolar` — attacks derived from supports (deductive / necessary).
- :mod:`~argmap.semantics.undercut` — undercuts flattened into a Dung framework.
- :mod:`~argmap.semantics.arguments` — arguments in standard form (linked premises) in that
  framework, and explanations of their labels.
- :mod:`~argmap.semantics.coherence` — Betz coherence (2-SAT, or SAT with linked arguments),
  with explaining chains and refutations.
- :mod:`~argmap.semantics.strength` — DF-QuAD gradual strength, with argument nodes.

No I/O and no messages: every function returns structured data. Each public name is listed
once, in its module's ``__all__``; this package re-exports them all. Functions that take a
framework or an implication graph refuse other graph types (a multigraph such as the argument
graph, an undirected graph) with :class:`networkx.NetworkXNotImplemented`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.semantics.arguments import *  # noqa: F403
    from argmap.semantics.bipolar import *  # noqa: F403
    from argmap.semantics.coherence import *  # noqa: F403
    from argmap.semantics.dung import *  # noqa: F403
    from argmap.semantics.strength import *  # noqa: F403
    from argmap.semantics.undercut import *  # noqa: F403

# the modules whose public names this package re-exports; they are imported when a name is
# first asked for, so that ``argmap.semantics.registry`` (the CLI's choices) costs no networkx
_MODULES = ("arguments", "bipolar", "coherence", "dung", "strength", "undercut")


def _public() -> dict[str, str]:
    """Each public name → the module that defines it."""
    owner = {}
    for module in _MODULES:
        for name in importlib.import_module(f"{__name__}.{module}").__all__:
            owner[name] = module
    return owner


def __getattr__(name: str) -> Any:
    if name.startswith("_") and name != "__all__":  # private modules: the import system's
        raise AttributeError(name)  # own fallback (``from argmap.semantics import _sat``)
    if name == "__all__":
        names = sorted(_public())
        globals()["__all__"] = names
        return names
    if name in _MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    module = _public().get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_public(), *_MODULES})
