"""argmap build --since REV: the page marks new and changed claims ("Neu seit …")."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from typer.testing import CliRunner

from argmap.cli import app
from argmap.pipeline import check, since_marks
from tests.helpers import claims_yaml

runner = CliRunner()
BASE = claims_yaml(
    "id: these\ntext: Offenheit hilft.\nstance: opportunity",
    "id: grund\ntext: Viele Augen sehen mehr.\nstance: opportunity\nsupports: [these]",
)
NEW = claims_yaml(
    "id: these\ntext: Offenheit hilft allen.\nstance: opportunity",
    "id: grund\ntext: Viele Augen sehen mehr.\nstance: opportunity\nsupports: [these]",
    "id: einwand\ntext: Augen allein beheben nichts.\nstance: risk\nattacks: [grund]",
)


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "HOME": str(root),
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t",
                        "PATH": "/usr/bin:/bin"})


def _payload(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="[^"]*">(.*?)</script>', html, re.S)
    assert m, "the page carries its data as JSON"
    return json.loads(m.group(1).replace("<\\/", "</"))


def test_since_marks_new_changed_and_moved_claims(make_map) -> None:
    old, new = make_map({"a.yaml": BASE}), make_map({"a.yaml": NEW})
    marks = since_marks(check(new), str(old), new)
    assert marks.new == ("einwand",)
    # these: its text changed; grund: its verdict moved (now attacked)
    assert set(marks.changed) == {"these", "grund"} and marks.removed == ()


def test_build_since_a_git_revision(make_map, tmp_path) -> None:
    root = make_map({"a.yaml": BASE})
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "eins")
    (root / "a.yaml").write_text(NEW, encoding="utf-8")
    out = tmp_path / "map.html"
    done = runner.invoke(app, ["build", str(root), "-o", str(out), "--since", "HEAD"])
    assert done.exit_code in (0, 1), done.output
    since = _payload(out.read_text(encoding="utf-8"))["since"]
    assert since["label"] == "HEAD" and since["new"] == ["einwand"]
    assert "these" in since["changed"]


def test_unknown_revision_is_a_clear_error_and_writes_nothing(make_map, tmp_path) -> None:
    root = make_map({"a.yaml": BASE})
    out = tmp_path / "map.html"
    done = runner.invoke(app, ["build", str(root), "-o", str(out), "--since", "no-such-rev"])
    assert done.exit_code == 2 and "Traceback" not in done.output
    assert not out.exists()
