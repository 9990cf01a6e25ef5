"""--help speaks one language per run: German by default, English with --lang en."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

ENGLISH = ("Usage:", "Options", "Arguments", "Show this", "[default:", "Commands")
GERMAN = ("Aufruf:", "Optionen", "Vorgabe", "Beispiel", "Befehle")


def helptext(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([sys.executable, "-m", "argmap", *args],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "ARGMAP_LANG": "", "COLUMNS": "100", **(env or {})})
    return done.stdout


@pytest.mark.parametrize("command", ["", "check", "build", "export", "import", "diff", "schema"])
def test_german_help_has_no_english_words(command: str) -> None:
    text = helptext(*([command] if command else []), "--help")
    assert not [w for w in ENGLISH if w in text], text
    assert any(w in text for w in ("Beispiel", "Beispiele"))


@pytest.mark.parametrize("how", ["flag", "env", "top-level"])
def test_english_help(how: str) -> None:
    if how == "flag":
        text = helptext("check", "--help", "--lang", "en")
    elif how == "env":
        text = helptext("check", "--help", env={"ARGMAP_LANG": "en"})
    else:
        text = helptext("--lang", "en", "check", "--help")
    assert "Usage:" in text and "Example" in text
    assert not [w for w in GERMAN if w in text], text
