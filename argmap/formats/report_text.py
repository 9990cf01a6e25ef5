"""The text report of a check run, as console markup (``argmap check``, the default).

Findings are grouped by severity, each with its claims' file:line; then extensions, strength
and position notes, and a summary. The result is markup for a rich console (``[bold]…``); every
user string is escaped, so a claim text cannot restyle the terminal output.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..charsets import terminal_text
from ..errors import Diagnostic
from ..i18n import t
from ..markup import escape
from ..view import MapView, VerdictChange
from ..vocabulary import SEVERITIES, VERDICTS
from .registry import reporter

if TYPE_CHECKING:
    from ..analysis import Finding

__all__ = ["failure_text", "report_text", "summary_lines", "verdict_line"]


def _where(view: MapView, claim: str) -> str:
    c = view.claims.get(claim)
    return str(c.place) if c is not None and c.place is not None else ""


def _findings(view: MapView, limit: int | None,
              findings: Sequence[Finding] | None = None) -> list[str]:
    lang, lines = view.lang, []
    for severity, term in SEVERITIES.items():
        group = [f for f in (view.findings if findings is None else findings)
                 if f.severity == severity]
        if not group:
            continue
        style = term.style
        lines.append(f"\n[bold {style}]{escape(t('severity.' + severity, lang))} "
                     f"({len(group)})[/bold {style}]")
        for f in group[:limit]:
            lines.append(f"  [{style}]●[/{style}] [dim]\\[{f.code}][/dim] "
                         f"{escape(f.message(lang))}")
            if f.where is not None:
                lines.append(f"      [dim]{escape(f'{f.where[0]}:{f.where[1]}')}[/dim]")
            lines.extend(f"      [dim]{escape(c)} — {escape(_where(view, c))}[/dim]"
                         for c in dict.fromkeys(f.claims))
        if limit is not None and len(group) > limit:
            lines.append(f"  [dim]{escape(t('cli.more', lang, n=len(group) - limit))}[/dim]")
    return lines


def _contribution(view: MapView, limit: int | None) -> list[str]:
    """The report of one contribution: its claims with verdict and reason, what it changed
    elsewhere (with the cause), and the findings that involve it."""
    lang, part = view.lang, view.contribution
    assert part is not None
    lines = ["", "[bold]" + escape(t(
        "contribution.title", lang, who=part.who, claims=t("count.claims", lang,
                                                          n=len(part.claims)),
        files=", ".join(part.files))) + "[/bold]"]
    for cid in part.claims:
        c = view.claims[cid]
        lines.append("  " + escape(t("contribution.claim", lang, mark=VERDICTS[c.label].mark,
                                     a=c.id, caption=c.caption)))
        if c.explanation is not None:
            lines.append(f"      [dim]{escape(c.explanation.message(lang))}[/dim]")
    lines += ["", f"[bold]{escape(t('contribution.changes', lang))}[/bold]"]
    lines += [f"  {escape(verdict_line(v, lang))}" for v in part.changes] or [
        "  " + escape(t("contribution.no-changes", lang))]
    mine = [view.findings[i] for i in part.findings]
    lines += ["", f"[bold]{escape(t('contribution.findings', lang))}[/bold]"]
    return lines + (_findings(view, limit, mine) if mine else [
        "  " + escape(t("contribution.no-findings", lang))])


def verdict_line(v: VerdictChange, lang: str) -> str:
    """One changed verdict with its cause, as a sentence."""
    before = t(f"label.{v.before}", lang) if v.before else t("label.none", lang)
    after = t(f"label.{v.after}", lang) if v.after else t("label.none", lang)
    text = t("diff.verdict", lang, a=v.claim, before=before, after=after)
    if v.cause is None:
        return f"{text}, {t('diff.because.none', lang)}"
    return f"{text}, " + t(f"diff.because.{v.cause_kind}", lang, cause=v.cause,
                           path=" → ".join(v.path))


def _extensions(view: MapView) -> list[str]:
    if view.extensions is None:
        return []
    lang, exts = view.lang, view.extensions
    lines = ["", escape(t("cli.extensions", lang, semantics=view.semantics, n=len(exts)))]
    # what every extension shares, then only what sets each one apart: readable at 80 claims
    common = set.intersection(*map(set, exts)) if exts else set()
    if len(exts) > 1:
        lines.append("  " + escape(t("cli.extensions-common", lang, n=len(common))))
    for i, ext in enumerate(exts[:20], 1):
        own = [c for c in ext if c not in common] if len(exts) > 1 else list(ext)
        lines.append(f"  {i}. " + escape("{" + ", ".join(own) + "}"))
    if not view.extensions_complete:
        capped = t("cli.extensions-capped", lang, limit=view.extension_limit)
        lines.append(f"[yellow]{escape(capped)}[/yellow]")
    return lines


def _notes(view: MapView) -> list[str]:
    lang, lines = view.lang, _extensions(view)
    if not view.strength_converged:
        cycles = "; ".join(" ".join(c) for c in view.strength_unconverged)
        lines.append(f"[yellow]{escape(t('cli.strength-unconverged', lang, cycles=cycles))}"
                     "[/yellow]")
    position = view.position
    if position is not None:
        lines += ["", escape(t("cli.position", lang, name=position.name or "—"))]
        if position.coherent:
            for value, ids in (("accept", position.commits_accept),
                               ("reject", position.commits_reject)):
                lines.append("  " + escape(t(f"cli.commits.{value}", lang,
                                             ids=", ".join(ids) if ids else "—")))
    return lines


def summary_lines(view: MapView) -> list[str]:
    """The two summary sentences (counts, then verdicts), as plain text."""
    lang = view.lang
    counts = view.label_counts()
    return [
        t("cli.summary", lang,
          claims=t("count.claims", lang, n=len(view.claims)),
          relations=t("count.relations", lang, n=view.n_relations),
          errors=t("count.errors", lang, n=view.count("error")),
          warnings=t("count.warnings", lang, n=view.count("warning")),
          infos=t("count.infos", lang, n=view.count("info"))),
        t("cli.labels", lang, n_in=counts["in"], n_out=counts["out"], n_undec=counts["undec"]),
    ]


def failure_text(diagnostics: Sequence[Diagnostic], summary: str, lang: str) -> str:
    """Every load problem with file:line:col, then the summary sentence."""
    lines = []
    for d in diagnostics:
        where = f"{d.file}:{d.line}:{d.col}" if d.line else d.file
        message = terminal_text(d.message, newlines=False)  # one line, no escape sequence
        lines.append(f"[bold]{escape(terminal_text(where, newlines=False))}[/bold]: [red]"
                     f"{escape(t('severity.error', lang))}[/red] [dim]\\[{d.code}][/dim] "
                     f"{escape(message)}")
    lines.append(f"[red]{escape(summary)}[/red]")
    return "\n".join(lines)


@reporter("text")  # a failed load is shown by the command line with failure_text
def report_text(view: MapView, *, strict: bool = False, limit: int | None = None) -> str:
    """Findings (at most ``limit`` per severity: ``build`` prints a digest), notes, summary."""
    body = _findings(view, limit) if view.contribution is None else _contribution(view, limit)
    lines = [*body, *_notes(view), ""]
    lines += [escape(line) for line in summary_lines(view)]
    return "\n".join(lines)
