"""The readings of ``supports`` (CONTRACT §2), in a module of their own: the registry and the
CLI read them without importing the algorithms (see :mod:`argmap.semantics.bipolar`)."""

from __future__ import annotations

from typing import Literal

SupportMode = Literal["none", "deductive", "necessary"]

#: The support readings accepted by :func:`~argmap.semantics.bipolar.derive_attack_framework`.
SUPPORT_MODES: tuple[str, ...] = ("none", "deductive", "necessary")
