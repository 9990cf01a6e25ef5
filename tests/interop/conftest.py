"""Fixtures of the interop tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.pipeline import Result

from .helpers import FIXTURES, analysed


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def sample() -> Result:
    """The analysed fixture map (all relation kinds, undercuts, nasty strings)."""
    return analysed(FIXTURES / "map")
