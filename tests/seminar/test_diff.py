"""argmap diff: what changed between two versions, and why each verdict moved."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from argmap.compare import diff_views
from argmap.pipeline import check, diff
from tests.helpers import claims_yaml

runner = CliRunner()
BASE = claims_yaml(
    "id: these\ntext: Offenheit hilft.\nstance: opportunity",
    "id: grund\ntext: Viele Augen sehen mehr.\nstance: opportunity\nsupports: [these]",
    "id: alt\ntext: Eine alte Behauptung.\nstance: neutral\nattacks: [grund]",
    "id: antwort\ntext: Die alte Behauptung irrt.\nstance: neutral\nattacks: [alt]",
)
OBJECTION = claims_yaml(
    "id: einwand\ntext: Die Antwort übersieht die Wartung.\nstance: risk\nattacks: [antwort]",
    topic="t2") .replace("topic: t2\n", "topic: t2\nauthor: Gruppe B\n")


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "HOME": str(root),
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t",
                        "PATH": "/usr/bin:/bin"})


def test_added_claim_and_the_verdicts_it_moves(make_map, tmp_path) -> None:
    old = make_map({"a.yaml": BASE})
    new = make_map({"a.yaml": BASE, "b.yaml": OBJECTION})
    d = diff_views(check(old).view, check(new).view, "alt", "neu")
    assert [c.id for c in d.added] == ["einwand"] and not d.removed and not d.changed
    assert [(r.kind, r.source, r.target) for r in d.relations_added] == [
        ("attacks", "einwand", "antwort")]
    moved = {v.claim: (v.before, v.after, v.cause, v.path) for v in d.verdicts}
    # einwand defeats antwort, so alt is no longer answered and grund falls
    assert moved["antwort"] == ("in", "out", "einwand", ("einwand", "antwort"))
    assert moved["alt"] == ("out", "in", "einwand", ("einwand", "antwort", "alt"))
    assert moved["grund"] == ("in", "out", "einwand", ("einwand", "antwort", "alt", "grund"))
    assert "these" not in moved  # supports do not move labels under --support none


def test_removed_and_changed_claims(make_map) -> None:
    old = make_map({"a.yaml": BASE})
    edited = BASE.replace("Viele Augen sehen mehr.", "Viele Augen sehen meistens mehr.")
    edited = edited.replace("  - id: antwort\n    text: Die alte Behauptung irrt.\n"
                            "    stance: neutral\n    attacks: [alt]\n", "")
    d = diff_views(check(old).view, check(make_map({"a.yaml": edited})).view)
    assert [c.id for c in d.removed] == ["antwort"]
    assert [(c.id, c.fields) for c in d.changed] == [("grund", ("text",))]
    # an edited text moves no verdict: grund falls because its attacker lost its answer
    assert [(v.claim, v.cause, v.cause_kind, v.path) for v in d.verdicts] == [
        ("grund", "antwort", "removed", ("antwort", "alt", "grund")),
        ("alt", "antwort", "removed", ("antwort", "alt"))]


def test_same_map_has_no_changes(make_map) -> None:
    root = make_map({"a.yaml": BASE})
    d = diff_views(check(root).view, check(root).view)
    assert d.empty


def test_git_revisions_of_the_map_directory(make_map, tmp_path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(make_map({"a.yaml": BASE}), repo / "claims")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "v1")
    (repo / "claims" / "b.yaml").write_text(OBJECTION, encoding="utf-8")
    (repo / "claims" / "link.yaml").symlink_to("/etc/passwd")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "v2")
    d, lang = diff("HEAD~1", "HEAD", repo / "claims")
    assert lang == "de" and [c.id for c in d.added] == ["einwand"]
    assert d.added[0].place is not None and d.added[0].place.shown == "HEAD:claims/b.yaml"
    res = runner.invoke(app, ["diff", "HEAD~1", "HEAD", "--dir", str(repo / "claims"),
                              "--format", "json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["claims"]["added"] == ["einwand"]
    # the working copy holds the link itself: refused with its file (issue 10)
    res = runner.invoke(app, ["diff", "HEAD~1", "--dir", str(repo / "claims")])
    assert res.exit_code == 2 and "link.yaml:1" in res.output
    assert {v["claim"] for v in doc["verdicts"]} == {"antwort", "alt", "grund"}
    assert all("einwand" in v["reason"] for v in doc["verdicts"])


def test_unknown_revision_is_a_clear_error(make_map, tmp_path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(make_map({"a.yaml": BASE}), repo / "claims")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "v1")
    res = runner.invoke(app, ["diff", "gibtsnicht", "--dir", str(repo / "claims")])
    assert res.exit_code == 2
    assert "gibtsnicht" in res.stderr and "Traceback" not in res.output


def test_not_a_repository(make_map, tmp_path) -> None:
    root = make_map({"a.yaml": BASE})
    res = runner.invoke(app, ["diff", "HEAD", "--dir", str(root)],
                        env={"GIT_CEILING_DIRECTORIES": str(root.parent)})
    assert res.exit_code == 2 and "HEAD" in res.stderr


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_reports(make_map, fmt) -> None:
    old = make_map({"a.yaml": BASE})
    new = make_map({"a.yaml": BASE, "b.yaml": OBJECTION})
    res = runner.invoke(app, ["diff", str(old), str(new), "--format", fmt])
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "einwand" in out and "seit einwand neu hinzukam" in out
    if fmt == "markdown":
        assert out.startswith("# Änderungen von ") and "## Geänderte Urteile (3)" in out


def test_english_diff(make_map) -> None:
    old = make_map({"a.yaml": BASE})
    new = make_map({"a.yaml": BASE, "b.yaml": OBJECTION})
    res = runner.invoke(app, ["diff", str(old), str(new), "--lang", "en"])
    assert "since einwand was added" in res.stdout


def test_a_removed_attack_explains_its_target_not_an_added_support_upstream() -> None:
    # found in the showcase map: the old attack x -> a was removed and, in the same change, a
    # new claim s supports the attacker x; a's verdict moved because the attack went away
    from argmap.view import ClaimView, MapView, RelationView

    def view(claims: list[ClaimView], relations: list[RelationView]) -> MapView:
        return MapView("T", "de", "de", None, (), {}, {}, {c.id: c for c in claims},
                       tuple(relations), {}, ())

    def claim(ident: str, label: str) -> ClaimView:
        return ClaimView(ident, "T.", "T.", "risk", "t", 0.5, label, 0.5)

    old = view([claim("a", "out"), claim("x", "in")], [RelationView("attacks", "x", "a")])
    new = view([claim("a", "in"), claim("x", "in"), claim("s", "in")],
               [RelationView("supports", "s", "x")])
    (change,) = diff_views(old, new).verdicts
    assert (change.claim, change.cause, change.cause_kind) == ("a", "x -attacks-> a", "removed")
    assert change.path == ("a",)


@pytest.mark.parametrize("old_breaks", [False, True])
def test_the_old_version_read_beside_gives_the_same_diff(make_map, tmp_path, old_breaks) -> None:
    # a fresh process, so the second process is really forked (argmap._beside); the
    # same run with ARGMAP_JOBS=1 reads both versions in one process
    import os
    import sys

    old = make_map({"a.yaml": BASE})
    new = tmp_path / "neu"
    shutil.copytree(old, new)
    (new / "b.yaml").write_text(OBJECTION, encoding="utf-8")
    if old_breaks:  # a load error in the old version: exit 2 with its file:line, either way
        (old / "kaputt.yaml").write_text("claims:\n  - id: x\n    text: [\n", encoding="utf-8")
    argmap = str(Path(sys.executable).parent / "argmap")
    outs = []
    for jobs in ("", "1"):
        done = subprocess.run([argmap, "diff", str(old), str(new), "--format", "json"],
                              capture_output=True, text=True, timeout=120,
                              env={**os.environ, "ARGMAP_JOBS": jobs, "ARGMAP_LANG": ""})
        outs.append((done.returncode, done.stdout, done.stderr.replace(str(tmp_path), "T")))
    assert outs[0] == outs[1]
    code, out, err = outs[0]
    if old_breaks:
        assert code == 2 and "kaputt.yaml:" in out + err
    else:
        assert code == 0 and json.loads(out)["claims"]["added"] == ["einwand"]
