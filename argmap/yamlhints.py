"""The typical causes of YAML syntax errors, told in words a student understands.

The parser says "mapping values are not allowed in this context"; a student needs "a colon in
the text: put the text in quotes". :func:`yaml_hint` reads the parser's problem and the lines of
the file and names the usual cause (tab instead of spaces, wrong indentation, unquoted colon,
quotes inside quotes, unclosed quote or bracket, missing colon) with the line where it is to be
fixed, which is not always the line where the parser gave up (an unclosed quote is reported at
the end of the file).

>>> hint = yaml_hint("mapping values are not allowed in this context",
...                  ["claims:", "  - id: a", "    text: Fazit: gut"], 3, 16)
>>> hint.key, hint.line, hint.args["key"]
('yaml.hint.colon', 3, 'text')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["Hint", "yaml_hint"]

_KEY_VALUE = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:\s+(.*)$")
_QUOTED_THEN_MORE = re.compile(r"""^\s*(?:-\s+)?[\w-]+\s*:\s+(["'])(?:(?!\1).)*\1\s*[^\s#,\]}]""")


@dataclass(frozen=True)
class Hint:
    """The likely cause: a message key, the 1-based line to fix, the message's arguments."""

    key: str
    line: int
    args: dict[str, str] = field(default_factory=dict)


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _tab_line(lines: Sequence[str], upto: int) -> int | None:
    for i, text in enumerate(lines[:upto], 1):
        if "\t" in text[: len(text) - len(text.lstrip())]:
            return i
    return None


def _unclosed_quote(lines: Sequence[str], upto: int) -> int | None:
    """The last line before ``upto`` whose value opens a quote that the line does not close."""
    for i in range(min(upto, len(lines)), 0, -1):
        m = _KEY_VALUE.match(lines[i - 1]) or re.match(r"^\s*-\s+(.*)$()", lines[i - 1])
        value = (m.group(2) if m and m.lastindex == 2 else "").strip()
        if value[:1] in "\"'" and value and (len(value) == 1 or not value.endswith(value[0])):
            return i
    return None


def _unclosed_bracket(lines: Sequence[str], upto: int) -> int | None:
    for i in range(min(upto, len(lines)), 0, -1):
        text = lines[i - 1]
        if text.count("[") > text.count("]") or text.count("{") > text.count("}"):
            return i
    return None


def _indentation(lines: Sequence[str], line: int) -> Hint | None:
    """A line indented unlike its siblings (the previous line at a smaller or equal depth)."""
    if not 1 <= line <= len(lines):
        return None
    here = _indent(lines[line - 1])
    for prev in range(line - 1, 0, -1):
        text = lines[prev - 1]
        if text.strip() and not text.lstrip().startswith("#"):
            there = _indent(text) + (2 if text.lstrip().startswith("- ") else 0)
            if there != here:
                return Hint("yaml.hint.indent", line, {"here": str(here), "there": str(there),
                                                        "prev": str(prev)})
            return None
    return None


def _scanner_hint(p: str, lines: Sequence[str], line: int) -> Hint | None:
    """Problems the scanner reports far from their cause: a tab, an unclosed quote or
    bracket (the hint points at the line that opened it)."""
    if "tab" in p or "\\t" in p:
        return Hint("yaml.hint.tab", _tab_line(lines, max(line, 1)) or line)
    if "end of stream" in p and "quoted scalar" in p:
        quote = _unclosed_quote(lines, min(line, len(lines)))
        return Hint("yaml.hint.unclosed-quote", quote or line)
    if "flow sequence" in p or "flow mapping" in p or "expected ',' or" in p:
        return Hint("yaml.hint.bracket", _unclosed_bracket(lines, line) or line)
    return None


def _missing_colon(lines: Sequence[str], line: int) -> Hint:
    # reported where the parser gave up, at the start of the next key
    for i in range(min(line, len(lines)), 0, -1):
        if lines[i - 1].strip() and ":" not in lines[i - 1]:
            return Hint("yaml.hint.missing-colon", i)
    return Hint("yaml.hint.missing-colon", line)


def _line_hint(p: str, lines: Sequence[str], line: int) -> Hint | None:
    """Problems whose cause is on the reported line (or just above it)."""
    text = lines[line - 1] if 1 <= line <= len(lines) else ""
    if "mapping values are not allowed" in p:
        m = _KEY_VALUE.match(text)
        return Hint("yaml.hint.colon", line, {"key": m.group(1) if m else "text"})
    if _QUOTED_THEN_MORE.match(text):
        return Hint("yaml.hint.inner-quote", line)
    if "could not find expected ':'" in p:
        return _missing_colon(lines, line)
    if "expected" in p and ("'-' indicator" in p or "key" in p or "block end" in p):
        return _indentation(lines, line) or Hint("yaml.hint.structure", line)
    return None


def yaml_hint(problem: str, lines: Sequence[str], line: int, col: int) -> Hint | None:
    """The likely cause of a parser ``problem`` reported at ``line``:``col``, or None."""
    p = problem.lower()
    return _scanner_hint(p, lines, line) or _line_hint(p, lines, line)
