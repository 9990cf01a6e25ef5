"""The findings registry: a check is one decorated function that yields findings.

Adding a check::

    @check("my-code", "warning")
    def my_check(ctx: Context) -> Iterator[Finding]:
        ...
        yield ctx.finding("my-code", claims=[a], path=[a], a=a)

plus its message ``finding.my-code`` in :mod:`argmap.i18n` and one test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n import t
from ..vocabulary import SEVERITIES

__all__ = ["CHECKS", "CheckSpec", "Finding", "Msg", "check"]


class Msg(str):
    """A message argument that is itself a catalogue key, translated when the message is."""


@dataclass(frozen=True)
class Finding:
    """A problem of a loaded map, with the claims and the path that explain it.

    The message is rendered on demand in either language from ``key`` and ``args``.
    """

    code: str
    severity: str
    claims: tuple[str, ...]
    path: tuple[str, ...] = ()
    args: Mapping[str, Any] = field(default_factory=dict, compare=False)
    key: str = ""
    detail: Mapping[str, Any] = field(default_factory=dict, compare=False)
    #: the file and line the finding is about, when more precise than its first claim's
    where: tuple[str, int] | None = field(default=None, compare=False)

    def message(self, lang: str = "de") -> str:
        args = {k: _localise(v, lang) for k, v in self.args.items()}
        return t(self.key or f"finding.{self.code}", lang, **args)

    def to_json(self, lang: str = "de") -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "claims": list(self.claims),
            "path": list(self.path),
            "message": self.message(lang),
        }
        if self.where is not None:
            out["file"], out["line"] = self.where
        return out


def _localise(value: Any, lang: str) -> Any:
    if isinstance(value, Msg):
        return t(value, lang)
    render = getattr(value, "render", None)
    return render(lang) if callable(render) else value


@dataclass(frozen=True)
class CheckSpec:
    code: str
    severity: str
    func: Callable[[Any], Iterable[Finding]]
    #: "always" checks run on every map; "sources"/"position" only when that input is given
    needs: str = "always"
    #: checks of one named part may run in a second process on a large map (argmap._beside)
    part: str = ""
    #: the check reads what a claim says (text, source, quote), not only the map's structure:
    #: it runs again when only that changed (analysis.reanalyse_texts)
    texts: bool = False


CHECKS: dict[str, CheckSpec] = {}


def check(code: str, severity: str, *, needs: str = "always", part: str = "",
          texts: bool = False) -> Callable[[Any], Any]:
    """Register ``func`` as the check that produces findings ``code``; ``part`` names a group
    of checks that share nothing with the others and may run beside them; ``texts`` marks a
    check that reads a claim's text, source or quote."""
    if severity not in SEVERITIES:
        raise ValueError(severity)

    def register(func: Callable[[Any], Iterable[Finding]]) -> Callable[[Any], Iterable[Finding]]:
        CHECKS[code] = CheckSpec(code, severity, func, needs, part, texts)
        return func

    return register
