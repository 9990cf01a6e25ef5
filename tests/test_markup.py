"""argmap.markup against rich itself: the same characters for every markup argmap makes."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.errors import MarkupError
from rich.markup import escape as rich_escape

from argmap.markup import escape, render_plain

STYLES = ("bold", "dim", "red", "yellow", "bold red", "green", "cyan", "italic")
# what user strings may hold that markup cares about: brackets, backslashes, tabs, wide
# characters, tag-like words, emoji codes (rich's emoji replacement is off in argmap)
TEXT = st.text(st.sampled_from(list("ab [/]\\\t=#@ü漢:x\n")), max_size=30)


def rich_plain(markup: str) -> str:
    out = io.StringIO()
    Console(file=out, color_system=None, highlight=False, soft_wrap=True, emoji=False,
            width=80).print(markup)
    text = out.getvalue()
    assert text.endswith("\n")
    return text[:-1]


@st.composite
def report_markup(draw: st.DrawFn) -> str:
    """Markup as the reports build it: escaped user strings, each after or before a tag of
    the report, never two bare ones in a row. (Escaping is per string: ``[/`` and ``x]``
    each need none, but ``[/ x]`` is a tag — in rich as here; the reports escape a whole
    message at once and put their own tags between user strings.)"""
    joiner = draw(st.sampled_from([" ", "", "\n"]))
    pieces, bare = [], False  # bare: the last piece was a user string without tags
    for _ in range(draw(st.integers(0, 6))):
        text = escape(draw(TEXT))
        style = draw(st.sampled_from(STYLES) if bare else st.none() | st.sampled_from(STYLES))
        pieces.append(text if style is None else f"[{style}]{text}[/{style}]")
        bare = style is None
    return joiner.join(pieces)


@given(report_markup())
def test_equals_rich_on_report_markup(markup: str) -> None:
    assert render_plain(markup) == rich_plain(markup)


@given(st.text(st.sampled_from(list("ab[]/\\\t =#@漢\n")), max_size=40))
def test_equals_rich_on_any_markup_rich_accepts(markup: str) -> None:
    try:
        expected = rich_plain(markup)
    except MarkupError:
        return  # a closing tag that closes nothing: argmap never makes one
    assert render_plain(markup) == expected


@pytest.mark.parametrize(("markup", "plain"), [
    ("[bold]a[/bold]", "a"),
    ("\\[x]", "[x]"),              # one backslash escapes the tag
    ("\\\\[x]y[/x]", "\\y"),        # two are a literal backslash before a real tag
    ("\\\\\\[x]", "\\[x]"),        # three: a backslash and an escaped tag
    ("[1] [a b]", "[1] "),          # a tag starts with a-z, # / or @
    ("a\tb", "a       b"),
    ("漢\tb", "漢      b"),         # a wide character takes two columns
    (":fire: [dim]x[/]", ":fire: x"),
])
def test_literal_cases(markup: str, plain: str) -> None:
    assert render_plain(markup) == plain == rich_plain(markup)


@given(TEXT | st.text())
def test_escape_equals_rich(text: str) -> None:
    assert escape(text) == rich_escape(text)


@pytest.mark.parametrize("text", ["", "a", "a\\", "a\\\\", "a\\\\\\", "\\", "[b]", "x\\[b]",
                                  "[/]", "a [1] b", "C:\\ [x]\\"])
def test_escape_literal_cases(text: str) -> None:
    assert escape(text) == rich_escape(text)
    # prints as rich prints it (which doubles a trailing backslash even when no tag follows)
    assert render_plain(escape(text)) == rich_plain(escape(text))
