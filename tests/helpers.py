"""Helpers for writing test maps."""

from __future__ import annotations

import textwrap


def claims_yaml(*claims: str, topic: str = "t1") -> str:
    """A claim file with the given claim blocks (each a YAML mapping without the dash)."""
    body = "".join(
        "  - " + textwrap.indent(textwrap.dedent(c).strip(), "    ")[4:] + "\n" for c in claims
    )
    return f"topic: {topic}\nclaims:\n{body}"
