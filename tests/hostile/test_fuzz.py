"""Fuzzing with real inputs: the shipped claim files, the shipped ``map.yaml``, a position on
the shipped map and the interop fixtures (Argdown, Kialo, AIF), mutated byte by byte and line
by line (flips, structural and hostile tokens, deletions, duplicated and swapped lines,
truncation). Whatever comes out, argmap ends with a result or an :class:`ArgmapError` whose
diagnostics name a file and a line — never another exception (exit code 3 on the command
line) — and what it prints for the terminal holds no raw escape character.

Bounded for CI: ``ARGMAP_FUZZ_EXAMPLES`` examples per test (default 25; the five tests then
take about a minute on the shared machine); set it higher for a soak run, e.g. 2000.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.errors import ArgmapError, LoadError
from argmap.formats.report_text import failure_text
from argmap.pipeline import check, export, import_file, report

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "claims"
FIXTURES = ROOT / "tests" / "fixtures" / "interop"
CLAIM_FILES = sorted(p.name for p in SHIPPED.glob("*.yaml") if p.name != "map.yaml")
FUZZ = settings(
    max_examples=int(os.environ.get("ARGMAP_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TOKENS = [
    b"\n", b": ", b"- ", b"[", b"]", b"{", b"}", b",", b"&a ", b"*a", b"!!python/object ",
    b"\x00", b"\x1b[2J", b"\x1b]0;x\x07", b"\xc2\x9b", b"\xe2\x80\xae", b"\xef\xbf\xbe",
    b"\xff", b"\xc3", b"\t", b"'", b'"', b"#", b"---\n", b"...\n", b"../", b"/etc/passwd",
    b"supports: [", b"attacks: [x]", b"id: ", b"  ", "ü".encode(), b"\xef\xbb\xbf",
    b"undercuts: ['a -> b']", b"weight: 1e999", b"? ", b"|\n", b">-\n", b"<<: *a",
    b"file: \"s\\0\"", b"texts: ..", b"\r\n", b"\r", b"~", b"null", b"-1",
]


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` after one to four random edits."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "dup", "swap", "cut"]))
        at = int(draw(st.floats(0, 1)) * len(data))
        if op == "flip" and data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 40))]
        elif op in ("dup", "swap"):
            lines = bytes(data).split(b"\n")
            i = min(at * len(lines) // max(1, len(data)), len(lines) - 1)
            j = draw(st.integers(0, len(lines) - 1))
            if op == "dup":
                lines.insert(j, lines[i])
            else:
                lines[i], lines[j] = lines[j], lines[i]
            data = bytearray(b"\n".join(lines))
        elif op == "cut":
            del data[at:]
    return bytes(data)


def _settle(run, located: bool = True) -> None:
    """Run ``run``; an ArgmapError must carry located diagnostics (``located``) or a message,
    and its terminal rendering no raw escape character."""
    try:
        run()
    except LoadError as exc:
        assert exc.diagnostics or (not located and str(exc)), exc
        for d in exc.diagnostics:
            assert d.file and d.code and d.message and d.line >= 0 and d.col >= 0, d
        shown = failure_text(exc.diagnostics, str(exc), exc.lang)
        assert "\x1b" not in shown and "\x9b" not in shown, shown
    except ArgmapError as exc:
        assert str(exc)


def _with_map(replace: dict[str, bytes], position: bytes | None = None,
              formats: tuple[str, ...] = ("text",)) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "claims"
        shutil.copytree(SHIPPED, root)
        for name, data in replace.items():
            (root / name).write_bytes(data)
        pos = None
        if position is not None:
            pos = Path(tmp) / "position.yaml"
            pos.write_bytes(position)

        def run() -> None:
            result = check(root, position=pos)
            for fmt in formats:
                if fmt in ("text", "json", "markdown", "sarif", "github"):
                    report(result, fmt)
                else:
                    export(result, fmt)

        _settle(run)


@st.composite
def claim_file_edit(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(CLAIM_FILES))
    return name, draw(mutated((SHIPPED / name).read_bytes()))


EXPORTS = st.tuples(st.sampled_from(["text", "json", "github", "sarif"]),
                    st.sampled_from(["dot", "graphml", "markdown", "json", "aif", "argdown",
                                     "html"]))


@FUZZ
@given(claim_file_edit(), EXPORTS)
def test_mutated_claim_file(edit: tuple[str, bytes], formats: tuple[str, ...]) -> None:
    _with_map({edit[0]: edit[1]}, formats=formats)


@FUZZ
@given(mutated((SHIPPED / "map.yaml").read_bytes()), EXPORTS)
def test_mutated_map_yaml(data: bytes, formats: tuple[str, ...]) -> None:
    _with_map({"map.yaml": data}, formats=formats)


POSITION = (b"name: \"Gruppe A\"\naccept:\n  - these-kinews-chancen-ueberwiegen\n"
            b"  - demokratisierung-breiter-zugang\nreject:\n  - these-kinews-risiken\n")


@FUZZ
@given(mutated(POSITION))
def test_mutated_position_file(data: bytes) -> None:
    _with_map({}, position=data, formats=("text", "json"))


IMPORTS = [("debate.argdown", "argdown"), ("kialo_numbered.txt", "kialo"),
           ("kialo_twoline.txt", "kialo"), ("aifdb.json", "aif")]


@st.composite
def import_edit(draw: st.DrawFn) -> tuple[str, str, bytes]:
    name, fmt = draw(st.sampled_from(IMPORTS))
    return name, fmt, draw(mutated((FIXTURES / name).read_bytes()))


@FUZZ
@given(import_edit())
def test_mutated_import_file(edit: tuple[str, str, bytes]) -> None:
    name, fmt, data = edit
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / name
        source.write_bytes(data)
        # an importer may name the file in its message alone (the import helper's side)
        _settle(lambda: import_file(source, fmt, "en"), located=False)


@FUZZ
@given(st.lists(claim_file_edit(), min_size=2, max_size=4))
def test_several_mutated_files_at_once(edits: list[tuple[str, bytes]]) -> None:
    _with_map(dict(edits), formats=("text",))
