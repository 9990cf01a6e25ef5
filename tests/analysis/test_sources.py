"""Quote verification (--sources) and expected verdicts (expect:)."""

from __future__ import annotations

from pathlib import Path

from argmap.analysis import Options
from argmap.pipeline import check
from tests.conftest import MAP_YAML
from tests.helpers import claims_yaml

QUOTED = claims_yaml(
    "id: a\ntext: A\nstance: risk\nsource: {doc: s1, quote: 'ein „Geschenk“  an die   Welt'}\n"
    "attacks: [b]",
    "id: b\ntext: B\nstance: risk",
)


def codes(root: Path, sources: Path | None) -> list[tuple[str, tuple[str, ...]]]:
    result = check(root, Options(sources_dir=sources))
    return [(f.code, f.claims) for f in result.analysis.findings]


def test_quote_found_with_normalisation(make_map, tmp_path: Path) -> None:
    (tmp_path / "s1.txt").write_text('Er nennt es Ein "Geschenk"\nan die Welt.', encoding="utf-8")
    assert codes(make_map({"a.yaml": QUOTED}), tmp_path) == []


def test_quote_not_found(make_map, tmp_path: Path) -> None:
    (tmp_path / "s1.txt").write_text("Etwas ganz anderes.", encoding="utf-8")
    got = codes(make_map({"a.yaml": QUOTED}), tmp_path)
    assert got == [("quote-not-found", ("a",))]


def test_missing_source_text(make_map, tmp_path: Path) -> None:
    got = codes(make_map({"a.yaml": QUOTED}), tmp_path)
    assert got == [("unknown-source-text", ())]


def test_default_file_name_is_source_id(make_map, tmp_path: Path) -> None:
    root = make_map({"a.yaml": QUOTED}, map_yaml=MAP_YAML.replace("    file: s1.txt\n", ""))
    (tmp_path / "s1.txt").write_text('ein “Geschenk” an die Welt', encoding="utf-8")
    assert codes(root, tmp_path) == []


def test_no_source_checks_without_sources(make_map) -> None:
    assert codes(make_map({"a.yaml": QUOTED}), None) == []


def test_expectation_failed_and_met(make_map) -> None:
    claims = claims_yaml("id: a\ntext: A\nstance: risk\nattacks: [b]",
                         "id: b\ntext: B\nstance: risk")
    ok = make_map({"a.yaml": claims}, map_yaml=MAP_YAML + "expect:\n  in: [a]\n  out: [b]\n")
    assert codes(ok, None) == []
    bad = make_map({"a.yaml": claims}, map_yaml=MAP_YAML + "expect:\n  in: [b]\n")
    result = check(bad)
    [f] = result.analysis.findings
    assert (f.code, f.claims, f.path) == ("expectation-failed", ("b",), ("a", "b"))
    assert "akzeptiert" in f.message("de") and "abgelehnt" in f.message("de")
