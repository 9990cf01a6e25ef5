"""Fixtures of the hostile-input suite: a small valid map, the command line in-process and as
a subprocess (with a timeout: a case that would hang fails instead), and result checks.

Every case asserts a promise of README/CONTRACT: exit code 2 with the file (and line) for bad
input, never a traceback (exit 3), nothing written or the old output intact.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from tests.conftest import MAP_YAML
from tests.helpers import claims_yaml

ROOT = Path(__file__).resolve().parents[2]
GOOD = claims_yaml(
    "id: a\ntext: A gilt.\nstance: opportunity\nsupports: [b]",
    "id: b\ntext: B gilt.\nstance: risk\nattacks: [c]",
    "id: c\ntext: C gilt.\nstance: neutral\nsource: {doc: s1, quote: 'zweites Stück'}",
)
SOURCE_TEXT = "Ein erstes Stück und ein zweites Stück Text.\n"


@dataclass
class Outcome:
    """What a run of the command line gave."""

    code: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def _env(lang: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARGMAP_")}
    env["ARGMAP_LANG"] = lang
    return env


@pytest.fixture
def invoke() -> Callable[..., Outcome]:
    """The command line in this process (fast; for cases that cannot hang)."""
    runner = CliRunner()

    def run(*args: str, lang: str = "en") -> Outcome:
        res = runner.invoke(app, list(args), env={"ARGMAP_LANG": lang})
        return Outcome(res.exit_code, res.stdout, res.stderr)

    return run


@pytest.fixture
def cli() -> Callable[..., Outcome]:
    """``python -m argmap`` as a subprocess with a timeout (hangs fail, never block)."""

    def run(*args: str, lang: str = "en", timeout: float = 60, cwd: Path | None = None
            ) -> Outcome:
        try:
            res = subprocess.run([sys.executable, "-m", "argmap", *args], capture_output=True,
                                 text=True, timeout=timeout, env=_env(lang), cwd=cwd,
                                 stdin=subprocess.DEVNULL, errors="replace")
        except subprocess.TimeoutExpired:
            pytest.fail(f"argmap {' '.join(args)} did not finish in {timeout} s (a hang)")
        return Outcome(res.returncode, res.stdout, res.stderr)

    return run


@pytest.fixture
def good_map(tmp_path: Path) -> Path:
    """A small valid map (three claims, one source with its text in ``texte/``)."""
    root = tmp_path / "claims"
    root.mkdir()
    (root / "map.yaml").write_text(MAP_YAML, encoding="utf-8")
    (root / "a.yaml").write_text(GOOD, encoding="utf-8")
    return root


def refused(out: Outcome, where: str, code: str | None = None) -> None:
    """The run stopped with exit code 2 and named ``where`` (``file`` or ``file:line``)."""
    assert out.code == 2, out.output
    assert "Traceback" not in out.output, out.output
    assert where in out.output, out.output
    if code is not None:
        assert code in out.output, out.output


def no_temporaries(folder: Path) -> None:
    """No temporary of argmap's is left in ``folder`` (or below it)."""
    left = [p for p in folder.rglob("*") if ".argmap-" in p.name]
    assert left == [], left
