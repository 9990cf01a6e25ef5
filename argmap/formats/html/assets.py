"""The page's static assets, read at render time (never copied into the repository).

vis-network's JavaScript and CSS come from the installed pyvis package (``pyvis/lib/vis-9.1.2``);
the page's own script and stylesheet from this package's ``static/`` folder.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import cache
from importlib import resources

__all__ = ["VIS_VERSION", "app_css", "app_js", "csp_hash", "vis_css", "vis_js"]

VIS_VERSION = "9.1.2"


@cache
def _read(package: str, *parts: str) -> str:
    node = resources.files(package)
    for part in parts:
        node = node / part
    return node.read_text(encoding="utf-8")


def vis_js() -> str:
    """vis-network's standalone build as shipped inside pyvis (without its source-map comment,
    which would make developer tools look for a file next to the page)."""
    text = _read("pyvis", "lib", f"vis-{VIS_VERSION}", "vis-network.min.js")
    return re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", text)


def vis_css() -> str:
    return _read("pyvis", "lib", f"vis-{VIS_VERSION}", "vis-network.css")


def app_js() -> str:
    return _read(__package__ or "argmap.formats.html", "static", "map.js")


def app_css() -> str:
    return _read(__package__ or "argmap.formats.html", "static", "map.css")


def csp_hash(text: str) -> str:
    """The CSP source expression ``'sha256-…'`` of an inline script or style's exact text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
