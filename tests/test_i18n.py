"""The one catalogue: every message in both languages, every key the code uses present."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from argmap.analysis import CHECKS
from argmap.errors import DIAGNOSTIC_CODES
from argmap.i18n import LANGS, MESSAGES, PAGE_KEYS, t
from argmap.vocabulary import RELATIONS, SEVERITIES, STANCES, VERDICTS

ROOT = Path(__file__).resolve().parents[1] / "argmap"
# a catalogue key as a string literal: area.word[.word…] (areas of argmap/i18n)
KEY = re.compile(r"[\"']((?:yaml|load|schema|finding|coh|explain|position|cli|count|handout|"
                 r"stance|label|rel|severity|rule|diff|contribution)\.[a-z0-9_.-]+)[\"']")


def _forms(text: object) -> list[str]:
    return list(text.values()) if isinstance(text, dict) else [text]  # type: ignore[list-item]


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages(key: str) -> None:
    entry = MESSAGES[key]
    for lang in LANGS:
        assert lang in entry, f"{key} has no {lang} text"
        assert all(form.strip() for form in _forms(entry[lang])), key
    # the same placeholders in both languages, so no translation drops or invents a value
    fields = [set(re.findall(r"{(\w+)}", " ".join(_forms(entry[lang])))) for lang in LANGS]
    assert fields[0] == fields[1], key


def test_every_finding_code_has_a_message() -> None:
    for code in CHECKS:
        assert f"finding.{code}" in MESSAGES, code
        assert f"rule.{code}" in MESSAGES, code
    for code in DIAGNOSTIC_CODES:
        assert f"rule.{code}" in MESSAGES, code


def test_every_key_the_code_names_exists() -> None:
    used = {m.group(1) for path in ROOT.rglob("*.py") if "i18n" not in path.parts
            for m in KEY.finditer(path.read_text(encoding="utf-8"))}
    prefixes = {k.rsplit(".", 1)[0] + "." for k in MESSAGES}
    missing = sorted(k for k in used if k not in MESSAGES and k not in prefixes
                     and not k.endswith("."))  # "stance." + key: a prefix, not a key
    assert missing == []


def test_every_string_the_page_asks_for_is_sent_to_it() -> None:
    script = (ROOT / "formats" / "html" / "static" / "map.js").read_text(encoding="utf-8")
    asked = {k for k in re.findall(r"\bt\(\"([a-z][a-z0-9.-]*)\"", script)
             if not k.endswith(".")}  # t("stance." + s): a prefix
    assert asked and asked <= set(PAGE_KEYS), sorted(asked - set(PAGE_KEYS))


def test_vocabulary_words_are_in_the_catalogue() -> None:
    for group, prefix in ((STANCES, "stance"), (VERDICTS, "label"), (RELATIONS, "rel"),
                          (SEVERITIES, "severity")):
        for key in group:
            assert f"{prefix}.{key}" in MESSAGES
            assert t(f"{prefix}.{key}", "de") != t(f"{prefix}.{key}", "en") or key == "neutral"


def test_diagnostic_codes_are_the_contracts() -> None:
    assert set(DIAGNOSTIC_CODES) == {
        "yaml-syntax", "schema", "duplicate-key", "duplicate-id", "unknown-reference",
        "unknown-source", "unknown-topic", "file-too-large", "missing-map-file",
        "unsafe-file"}  # issue 10: an addition to CONTRACT §4


def test_plurals() -> None:
    assert t("count.warnings", "de", n=1) == "1 Warnung"
    assert t("count.warnings", "en", n=2) == "2 warnings"
    assert t("count.infos", "en", n=1) == "1 info"
