"""Helpers for writing test maps and for running work in a second process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

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


#: tests that fork a second process (argmap._beside): POSIX without macOS
needs_fork = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin",
                                reason="no fork here: the work is done in one process")

_REPO = Path(__file__).resolve().parents[1]


def watch_children(start: Callable[[Callable[[], Any]], Any], results: list[Any]
                   ) -> Callable[[Callable[[], Any]], Any]:
    """A ``start_beside`` that records what every child sent (and insists the fork happens),
    to patch into the module under test."""

    def watched(func: Callable[[], Any]) -> Any:
        job = start(func)
        assert job is not None, "fork refused"
        real = job.result

        def recorded() -> Any:
            results.append(real())
            return results[-1]

        job.result = recorded
        return job

    return watched


def run_fresh(script: str) -> None:
    """Run ``script`` in a fresh interpreter that can import ``tests`` and ``argmap``, and
    require it to print ``ok``. (The test process may have reserved so much address space that
    the kernel refuses it a fork; the work is then done in one process and a fork test would
    test nothing.)"""
    run = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(_REPO)!r})\n"
                          + script], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "ARGMAP_JOBS": ""})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"
