"""The instructor's expected verdicts (``expect:`` in map.yaml) against the grounded labels."""

from __future__ import annotations

from collections.abc import Iterator

from .context import Context
from .registry import Finding, Msg, check

__all__: list[str] = []


@check("expectation-failed", "error")
def expectations(ctx: Context) -> Iterator[Finding]:
    """A claim whose grounded label differs from the one ``map.yaml`` expects."""
    expect = ctx.graph.graph.get("expect") or {}
    labels = ctx.labels
    for label in ("in", "out", "undec"):
        for c in expect.get(label, []):
            actual = labels.get(c)
            if actual is not None and actual != label:
                reading = ctx.options.support
                yield ctx.finding(
                    "expectation-failed", [c], ctx.label_path(c),
                    a=c, expected=Msg(f"label.{label}"), actual=Msg(f"label.{actual}"),
                    # expectations are usually written for the default reading: say which
                    # reading produced the label when it is another one
                    reading=f" (--support {reading})" if reading != "none" else "",
                )
