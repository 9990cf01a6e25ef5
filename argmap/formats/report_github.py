"""``github``: findings and load problems as GitHub Actions workflow commands.

Each line ``::error file=…,line=…,col=…,title=…::message`` becomes an annotation on the changed
file of a pull request (``argmap check --format github`` in a workflow step). Severities map to
``error``, ``warning`` and ``notice``. Values are escaped as the runner expects (``%``, CR, LF;
in properties also ``:`` and ``,``), so a claim text cannot inject a second command.

>>> escape_data("a%b\\nc"), escape_property("x:y,z")
('a%25b%0Ac', 'x%3Ay%2Cz')
"""

from __future__ import annotations

from collections.abc import Sequence

from ..charsets import terminal_text
from ..errors import Diagnostic
from ..view import MapView
from ._places import finding_place
from .registry import reporter

__all__ = ["escape_data", "escape_property", "github_failure", "report_github"]

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, message: str, title: str, file: str | None = None,
             line: int | None = None, col: int | None = None) -> str:
    props = []
    if file:
        props.append(f"file={escape_property(file)}")
        if line:
            props.append(f"line={line}")
        if col:
            props.append(f"col={col}")
    props.append(f"title={escape_property(title)}")
    return terminal_text(f"::{level} {','.join(props)}::{escape_data(message)}")


def github_failure(diagnostics: Sequence[Diagnostic], summary: str, lang: str) -> str:
    """Every load problem as an error annotation at its file:line:col."""
    lines = [_command("error", d.message, f"argmap: {d.code}", d.file, d.line or None,
                      d.col or None) for d in diagnostics]
    return "\n".join([*lines, _command("error", summary, "argmap")]) + "\n"


@reporter("github", github_failure)
def report_github(view: MapView, *, strict: bool = False, limit: int | None = None) -> str:
    """Every finding (of the contribution, when one is selected) as an annotation."""
    findings = (view.findings if view.contribution is None
                else [view.findings[i] for i in view.contribution.findings])
    lines = []
    for f in findings:
        place = finding_place(view, f)
        level = "error" if strict and f.severity == "warning" else LEVEL[f.severity]
        lines.append(_command(level, f.message(view.lang), f"argmap: {f.code}",
                              *(place or (None, None))))
    return "".join(line + "\n" for line in lines)
