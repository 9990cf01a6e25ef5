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

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._modes import SUPPORT_MODES

if TYPE_CHECKING:
    from .dung import ExtensionResult

__all__ = ["SEMANTICS", "SUPPORT_READINGS", "SemanticsSpec", "register_semantics"]

ExtensionFunc = Callable[..., "ExtensionResult"]  # (framework, *, limit) -> ExtensionResult


@dataclass(frozen=True)
class SemanticsSpec:
    """A semantics: its name and how to enumerate its extensions on a Dung framework.

    ``function`` is the enumerating function, or its name ``"module:function"`` in
    :mod:`argmap.semantics` (imported when first used, so that the CLI's choices cost no
    networkx), or None for grounded, whose labels every report carries anyway.
    """

    name: str
    function: ExtensionFunc | str | None

    @property
    def extensions(self) -> ExtensionFunc | None:
        """The function that enumerates the extensions (None for grounded)."""
        if not isinstance(self.function, str):
            return self.function
        module, _, name = self.function.partition(":")
        func: ExtensionFunc = getattr(importlib.import_module(f"argmap.semantics.{module}"), name)
        return func


SEMANTICS: dict[str, SemanticsSpec] = {}

#: The readings of `supports` (CONTRACT §2): none, deductive, necessary.
SUPPORT_READINGS: dict[str, str] = {mode: mode for mode in SUPPORT_MODES}


def register_semantics(name: str, extensions: ExtensionFunc | str | None) -> SemanticsSpec:
    """Register a semantics under ``name`` (the CLI's ``--semantics`` choice); ``extensions``
    as in :class:`SemanticsSpec`."""
    spec = SemanticsSpec(name, extensions)
    SEMANTICS[name] = spec
    return spec


register_semantics("grounded", None)
register_semantics("preferred", "dung:preferred_extensions")
register_semantics("stable", "dung:stable_extensions")
register_semantics("complete", "dung:complete_extensions")
