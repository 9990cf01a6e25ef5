"""Console markup (rich's ``[style]…[/style]`` syntax) as the plain text rich would print.

The text reports are console markup. When the console shows no styles (a pipe, a file, a
CI log: rich's ``color_system`` is ``None``) rich still parses the markup into styled text and
renders it segment by segment, about 1 µs per character: 26 s of a 51 s ``argmap check`` on the
28 MB report of a 100,000-claim map. :func:`render_plain` gives the same characters in one
scan over the tags. :func:`escape` makes a user string safe to put into markup, as rich's
``escape`` does, without its cost for the strings that hold no ``[`` (nearly all of them).

>>> render_plain("[bold red]Fehler[/bold red] \\\\[c1] [dim]a[/dim]")
'Fehler [c1] a'
"""

from __future__ import annotations

import re

__all__ = ["escape", "render_plain"]

# a tag of rich.markup.RE_TAGS without its leading backslashes (no "[" inside): starting with
# a literal "[", the scan skips ahead to the next bracket, ten times faster than RE_TAGS's
# optional backslashes; the backslashes are read off the end of the text before the tag
_TAG = re.compile(r"(\[[a-z#/@][^[]*?])")


def escape(text: str) -> str:
    """``text`` with rich's markup escaped: exactly :func:`rich.markup.escape`'s result.

    >>> escape("[bold] C:\\\\")
    '\\\\[bold] C:\\\\\\\\'

    Notes
    -----
    O(len(text)). Without a ``[`` nothing can be taken for a tag and only a trailing single
    backslash (which would escape the markup that follows) is doubled; rich (imported then)
    escapes the rest. rich's own function re-creates its replacement callback and evaluates its
    type hints on every call: ~4 µs, 330,000 calls (1.3 s) in a 100,000-claim text report.
    """
    if "[" not in text:
        return text + "\\" if text.endswith("\\") and not text.endswith("\\\\") else text
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def render_plain(markup: str, tab_size: int = 8) -> str:
    """The characters rich prints for ``markup`` without styles (emoji codes not replaced).

    Tags vanish; an even run of backslashes before a tag is halved; an odd run escapes the
    tag, which is kept as text; ``\\[`` outside a tag is ``[``; tabs become spaces up to the
    next multiple of ``tab_size`` columns (wide characters count two), as rich expands them.

    Notes
    -----
    O(len(markup)): one regular-expression scan for a literal bracket, then one step per tag;
    tab expansion only on lines with a tab.
    Malformed markup (a closing tag that closes nothing) is not checked here; rich would
    raise :class:`rich.errors.MarkupError`, so callers give only markup they made.
    """
    if "[" not in markup:
        return _expand_tabs(markup, tab_size)
    pieces = _TAG.split(markup)  # text, tag, text, tag, …, text
    for i in range(0, len(pieces) - 1, 2):
        text = pieces[i]
        if text.endswith("\\"):  # RE_TAGS's (\\*): the backslashes right before the tag
            kept = text.rstrip("\\")
            backslashes, escaped = divmod(len(text) - len(kept), 2)
            pieces[i] = kept.replace("\\[", "[") + "\\" * backslashes
            if not escaped:  # an even run: a tag after halved backslashes
                pieces[i + 1] = ""
        else:
            pieces[i] = text.replace("\\[", "[")
            pieces[i + 1] = ""
    pieces[-1] = pieces[-1].replace("\\[", "[")
    return _expand_tabs("".join(pieces), tab_size)


def _expand_tabs(text: str, tab_size: int) -> str:
    if "\t" not in text:
        return text
    from rich.cells import cell_len  # only for text with tabs: rich's cell widths

    lines = []
    for line in text.split("\n"):
        if "\t" in line:
            parts = line.split("\t")
            column, pieces = 0, []
            for part in parts[:-1]:
                column += cell_len(part)
                spaces = tab_size - column % tab_size
                pieces.append(part + " " * spaces)
                column += spaces
            pieces.append(parts[-1])
            line = "".join(pieces)
        lines.append(line)
    return "\n".join(lines)
