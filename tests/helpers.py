"""Helpers for writing test maps."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from typing import Any

_BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def generated_map(directory: Path, claims: int, **options: Any) -> Path:
    """A seeded map of ``claims`` claims written by ``benchmarks/generate.py`` into
    ``directory`` (the generator the benchmarks measure; options as it takes them)."""
    if str(_BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(_BENCHMARKS))
    from generate import generate_map

    return generate_map(directory, claims, **options)


def claims_yaml(*claims: str, topic: str = "t1") -> str:
    """A claim file with the given claim blocks (each a YAML mapping without the dash)."""
    body = "".join(
        "  - " + textwrap.indent(textwrap.dedent(c).strip(), "    ")[4:] + "\n" for c in claims
    )
    return f"topic: {topic}\nclaims:\n{body}"
