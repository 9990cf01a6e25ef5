"""``markdown``: the seminar handout (the same text as ``check --format markdown``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..report_markdown import markdown_report
from . import exporter

if TYPE_CHECKING:
    from ..pipeline import Result

__all__ = ["export_markdown"]


@exporter("markdown", ".md")
def export_markdown(result: Result) -> str:
    """The Markdown handout of the analysed map."""
    return markdown_report(result)
