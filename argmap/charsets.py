"""What each output may carry: user strings cleaned for the terminal and every file format.

Claim files come from students and imports from anywhere: a string may hold escape sequences,
C0 and C1 controls, bidirectional overrides, noncharacters or lone surrogates. None of them
may reach a terminal (where they erase lines or retitle the window), nor a file whose format
forbids them (an XML or SVG document with U+FFFE is not well-formed).

* :func:`terminal_text` — for the terminal: every control shown as a visible escape (``\\x1b``,
  ``\\u202e``), so the reader sees that it is there; newlines kept unless ``newlines=False``.
* :func:`xml_text` — XML 1.0's ``Char`` production (GraphML, and DOT, which Graphviz turns into
  SVG): what it excludes becomes U+FFFD.
* :func:`plain_text` — text formats (Markdown, DOT labels): controls other than tab and
  newline, noncharacters and lone surrogates become U+FFFD.
* :func:`json_text` — a JSON document: C1 controls, bidirectional controls and the line
  separators as ``\\uXXXX`` escapes (still the same JSON value).

>>> terminal_text("a\\x1b]0;pwned\\x07b")
'a\\\\x1b]0;pwned\\\\x07b'
>>> xml_text("ok\\ufffe\\x01")
'ok\\ufffd\\ufffd'
>>> json_text('"\\x9b"')
'"\\\\u009b"'
"""

from __future__ import annotations

import re

__all__ = ["json_text", "plain_text", "terminal_text", "xml_text"]

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# controls (C0 but tab/newline, DEL, C1), bidirectional controls, noncharacters, surrogates
_TERMINAL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}\ufeff\ufffe\uffff\ud800-\udfff]")
_TERMINAL_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\ufeff\ufffe\uffff\ud800-\udfff]")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_PLAIN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff\ufffe\uffff]")
_JSON_ESCAPE = re.compile(f"[\x7f-\x9f{_BIDI}\u2028\u2029\ufeff\ud800-\udfff]")


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_text(text: str, *, newlines: bool = True) -> str:
    """``text`` with every control character, bidirectional control and noncharacter shown as
    a visible escape; tabs (and, with ``newlines``, line feeds) kept.

    Notes
    -----
    O(len(text)), one regular-expression pass.
    """
    return (_TERMINAL if newlines else _TERMINAL_LINE).sub(_visible, text)


def xml_text(text: str) -> str:
    """``text`` restricted to XML 1.0 characters (the others become U+FFFD).

    Notes
    -----
    O(len(text)).
    """
    return _NOT_XML.sub("\ufffd", text)


def plain_text(text: str) -> str:
    """``text`` without controls (tab and newline kept), bidirectional controls,
    noncharacters U+FFFE/U+FFFF and lone surrogates: each becomes U+FFFD.

    Notes
    -----
    O(len(text)).
    """
    return _NOT_PLAIN.sub("\ufffd", text)


def json_text(document: str) -> str:
    """A JSON document with C1 controls, bidirectional controls, U+2028/U+2029 and U+FEFF
    and lone surrogates written as ``\\uXXXX`` escapes (the same JSON value; only strings can
    hold them).

    Notes
    -----
    O(len(document)).
    """
    return _JSON_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)
