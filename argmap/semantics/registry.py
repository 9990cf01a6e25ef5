"""The registry of semantics and support readings: each is registered once, here.

The command line's ``--semantics`` and ``--support`` choices, the analysis and the reports all
read these dictionaries. Adding a semantics means one function (in a module of
:mod:`argmap.semantics`) that returns an :class:`~argmap.semantics.dung.ExtensionResult`, one
:func:`register_semantics` call below, and its tests; the report then lists its extensions.

>>> list(SEMANTICS)
['grounded', 'preferred', 'stable', 'complete']
>>> SEMANTICS["grounded"].extensions is None, list(SUPPORT_READINGS)
(True, ['none', 'deductive', 'necessary'])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .bipolar import SUPPORT_MODES
from .dung import ExtensionResult, complete_extensions, preferred_extensions, stable_extensions

__all__ = ["SEMANTICS", "SUPPORT_READINGS", "SemanticsSpec", "register_semantics"]

ExtensionFunc = Callable[..., ExtensionResult]  # (framework, *, limit) -> ExtensionResult


@dataclass(frozen=True)
class SemanticsSpec:
    """A semantics: its name and how to enumerate its extensions on a Dung framework.

    ``extensions`` is None for grounded, whose labels every report carries anyway.
    """

    name: str
    extensions: ExtensionFunc | None


SEMANTICS: dict[str, SemanticsSpec] = {}

#: The readings of `supports` (CONTRACT §2): none, deductive, necessary.
SUPPORT_READINGS: dict[str, str] = {mode: mode for mode in SUPPORT_MODES}


def register_semantics(name: str, extensions: ExtensionFunc | None) -> SemanticsSpec:
    """Register a semantics under ``name`` (the CLI's ``--semantics`` choice)."""
    spec = SemanticsSpec(name, extensions)
    SEMANTICS[name] = spec
    return spec


register_semantics("grounded", None)
register_semantics("preferred", preferred_extensions)
register_semantics("stable", stable_extensions)
register_semantics("complete", complete_extensions)
