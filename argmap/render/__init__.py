"""Renderers of an analysed map. The interactive HTML map: :func:`render_html`."""

from __future__ import annotations

from .html import build_payload, render_html

__all__ = ["build_payload", "render_html"]
