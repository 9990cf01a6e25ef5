"""``html``: the interactive, self-contained, offline map (CONTRACT §5).

The page is rendered from the view by :mod:`.payload` through its own template
(``templates/map.html.j2``) with the page's script and stylesheet (``static/``) and
vis-network inlined from the installed pyvis package (:mod:`.assets`); :mod:`.layout` places
the claims.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..registry import exporter

if TYPE_CHECKING:
    from ...view import MapView
    from .payload import build_payload, render_html, render_payload, safe_url

__all__ = ["build_payload", "export_html", "render_html", "render_payload", "safe_url"]


@exporter("html", ".html")
def export_html(view: MapView) -> str:
    """The interactive map (what ``argmap build`` writes)."""
    from .payload import render_html

    return render_html(view)


def __getattr__(name: str) -> Any:
    """The page's functions, imported when first used: registering the format stays cheap
    (the template engine and vis-network's files are needed only to render)."""
    if name in ("build_payload", "render_html", "render_payload", "safe_url"):
        from . import payload

        return getattr(payload, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
