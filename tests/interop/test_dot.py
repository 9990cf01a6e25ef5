"""DOT export: clusters, styles, and escaping that no text can break."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap.formats.dot import dot_string
from argmap.pipeline import GENERATOR_MARK, Result

from .helpers import export

QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"', re.S)


def _unquote(body: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), body)


def _skeleton(text: str) -> str:
    """The DOT text with every quoted string replaced by Q (must leave no quote behind)."""
    return QUOTED.sub("Q", text)


@given(st.text(max_size=60))
def test_dot_string_round_trips(text: str) -> None:
    quoted = dot_string(text)
    m = QUOTED.fullmatch(quoted)
    assert m is not None
    expected = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ",
                      text.replace("\r\n", "\n").replace("\r", "\n"))
    # C1 and bidirectional controls, U+FFFE/U+FFFF, lone surrogates: U+FFFD (issue 10)
    expected = re.sub("[\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                      "\ud800-\udfff\ufffe\uffff]", "\ufffd", expected)
    assert _unquote(m.group(1)) == expected


def test_dot_structure(sample: Result) -> None:
    text = export(sample, "dot")
    assert text.startswith(f"// {GENERATOR_MARK}\ndigraph argmap {{")
    skeleton = _skeleton(text)
    assert '"' not in skeleton
    assert skeleton.count("{") == skeleton.count("}")
    assert skeleton.count("[") == skeleton.count("]")
    assert 'subgraph "cluster_kosten"' in text and 'subgraph "cluster_risiken"' in text
    assert "cluster_leer" not in text  # empty topics draw no frame
    assert 'label="Risiken [sic] #1"' in text
    line = next(ln for ln in text.splitlines() if ln.strip().startswith('"missbrauch" ['))
    label = _unquote(re.search(r'label="((?:[^"\\]|\\.)*)"', line).group(1))
    assert label.split("\n")[0] == "Offene Modelle lassen sich"
    assert 'fillcolor="#ffcdd2"' in line  # risk
    # grounded labels show in the border
    assert "penwidth=2.5" in next(ln for ln in text.splitlines() if '"these" [' in ln) \
        or sample.analysis.labels["these"] != "in"
    # an undercut relation runs through its inference point
    assert '"kosten-gering" -> "kosten-gering->these"' in text
    assert '"kosten-gering->these" -> "these"' in text
    assert '"kosten-angabe-unsicher" -> "kosten-gering->these"' in text
    assert 'dir="both"' in text  # the contradiction


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_graphviz_accepts_the_export(sample: Result) -> None:
    run = subprocess.run(["dot", "-Tsvg"], input=export(sample, "dot"), text=True,
                         capture_output=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert "Kosten &amp; Nutzen" in run.stdout
