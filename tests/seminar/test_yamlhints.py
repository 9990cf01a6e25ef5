"""Each typical YAML mistake gets its cause and fix, at the line where it is to be fixed."""

from __future__ import annotations

import re

import pytest

from argmap.i18n import t
from argmap.yamlhints import yaml_hint
from argmap.yamlpos import parse_yaml

HEAD = "topic: t1\nclaims:\n  - id: a\n"
CASES = {
    # name: (claim file text, expected hint key, line to fix)
    "tab": (HEAD + "\ttext: A\n    stance: risk\n", "yaml.hint.tab", 4),
    "indent": (HEAD + "    text: A\n   stance: risk\n", "yaml.hint.indent", 5),
    "colon": (HEAD + "    text: Fazit: gut\n    stance: risk\n", "yaml.hint.colon", 4),
    "inner-quote": (HEAD + '    text: "Er sagte "ja" dazu"\n    stance: risk\n',
                    "yaml.hint.inner-quote", 4),
    "unclosed-quote": (HEAD + '    text: "A ist\n    stance: risk\n  - id: b\n'
                       "    text: B\n    stance: risk\n", "yaml.hint.unclosed-quote", 4),
    "single-quote": (HEAD + "    text: 'It''s A\n    stance: risk\n",
                     "yaml.hint.unclosed-quote", 4),
    "bracket": (HEAD + "    text: A\n    stance: risk\n    supports: [b\n",
                "yaml.hint.bracket", 6),
    "missing-colon": (HEAD + "    text A\n    stance: risk\n", "yaml.hint.missing-colon", 4),
}


def _first_problem(text: str):
    doc = parse_yaml(text)
    assert doc.problems, "the case must be a syntax error"
    return doc.problems[0]


@pytest.mark.parametrize("name", sorted(CASES))
def test_hint_names_the_cause_and_the_line(name: str) -> None:
    text, key, line = CASES[name]
    p = _first_problem(text)
    hint = yaml_hint(str(p.args.get("problem", "")), text.splitlines(), p.line, p.col)
    if key is None:  # a case the parser itself explains well enough, or no hint at all
        assert hint is None or hint.line == line
        return
    assert hint is not None, (name, p.args)
    assert (hint.key, hint.line) == (key, line), (name, p.args, p.line)
    for lang in ("de", "en"):
        assert not re.search(r"{\w+}", t(hint.key, lang, **hint.args))


def test_no_hint_for_an_unknown_problem() -> None:
    assert yaml_hint("something new", ["a: b"], 1, 1) is None


def test_the_loader_reports_the_cause_at_the_line_to_fix(make_map) -> None:
    from argmap.errors import LoadError
    from argmap.load import load_map

    broken = HEAD + '    text: "A ist\n    stance: risk\n  - id: b\n    text: B\n    stance: risk\n'
    other = "topic: t1\nclaims:\n  - id: c\n    text: C\n    stance: risk\n    attacks: [b]\n"
    root = make_map({"a.yaml": broken, "c.yaml": other})
    with pytest.raises(LoadError) as info:
        load_map(root)
    [d] = info.value.diagnostics  # c's reference to b (in the broken file) stays quiet
    assert (d.line, d.code, d.key) == (4, "yaml-syntax", "yaml.hint.unclosed-quote")
    assert "Anführungszeichen nicht geschlossen" in d.message


def test_missing_dash_is_named(make_map) -> None:
    from argmap.errors import LoadError
    from argmap.load import load_map

    root = make_map({"a.yaml": "topic: t1\nclaims:\n  id: a\n  text: A\n  stance: risk\n"})
    with pytest.raises(LoadError) as info:
        load_map(root, lang="en")
    assert [d.key for d in info.value.diagnostics] == ["yaml.hint.missing-dash"]
    assert 'Is a dash missing?' in info.value.diagnostics[0].message
