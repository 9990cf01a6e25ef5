"""Shared fixtures: tiny maps written to a temporary directory."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

MAP_YAML = """\
title: "Testkarte"
language: de
sources:
  - id: s1
    title: "Quelle eins"
    file: s1.txt
topics:
  - id: t1
    label: "Thema eins"
  - id: t2
    label: "Thema zwei"
"""

MakeMap = Callable[..., Path]


@pytest.fixture
def make_map(tmp_path: Path) -> MakeMap:
    """Write ``map.yaml`` and claim files (dedented) into a fresh directory and return it."""
    counter = iter(range(1000))

    def make(files: dict[str, str] | None = None, *, map_yaml: str | None = MAP_YAML) -> Path:
        root = tmp_path / f"map{next(counter)}"
        root.mkdir()
        if map_yaml is not None:
            (root / "map.yaml").write_text(textwrap.dedent(map_yaml), encoding="utf-8")
        for name, text in (files or {}).items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return root

    return make
