"""``html``: the interactive, self-contained, offline map (CONTRACT §5).

The page is rendered from the view by :mod:`.payload` through its own template
(``templates/map.html.j2``) with the page's script and stylesheet (``static/``) and
vis-network inlined from the installed pyvis package (:mod:`.assets`); :mod:`.layout` places
the claims.
"""

from __future__ import annotations

from ...view import MapView
from ..registry import exporter
from .payload import build_payload, render_html, render_payload, safe_url

__all__ = ["build_payload", "export_html", "render_html", "render_payload", "safe_url"]


@exporter("html", ".html")
def export_html(view: MapView) -> str:
    """The interactive map (what ``argmap build`` writes)."""
    return render_html(view)
