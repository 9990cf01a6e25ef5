"""Where a finding is: the file and line a reviewer should look at.

Shared by the review formats (GitHub annotations, SARIF): a finding's own place when a check
knows it (a quote's line), else the place of its first claim that has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analysis import Finding
    from ..view import MapView

__all__ = ["finding_place"]


def finding_place(view: MapView, f: Finding) -> tuple[str, int] | None:
    """``(file, line)`` of a finding, or None when none of its claims has a place."""
    if f.where is not None:
        return f.where
    for c in (*f.claims, *f.path):
        claim = view.claims.get(c)
        if claim is not None and claim.place is not None:
            return (claim.place.shown, claim.place.line)
    return None
