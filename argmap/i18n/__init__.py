"""The message catalogue: every user-facing string of argmap, German and English.

One catalogue, one lookup function :func:`t`. The entries live in one module per area
(loading, schema, findings, command line, page, handout, …) so that each area can grow on its
own; the words of the shared vocabulary (stances, verdicts, relations, severities) come from
:mod:`argmap.vocabulary`. Messages are formatted with ``str.format``; a missing English text
falls back to German, an unknown key is returned as it is (a visible slip, never a crash).

An entry's text may be a pair of plural forms ``{"one": …, "other": …}``; the form is chosen
by the argument ``n``.

>>> t("finding.isolated-claim", "en", a="x")
'Claim x has no relation to any other claim.'
>>> t("count.problems", "de", n=1), t("count.problems", "de", n=3)
('1 Problem', '3 Probleme')
>>> resolve_lang(None, None, env={})
'de'
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from ..vocabulary import words
from . import (
    cli,
    counts,
    findings,
    handout,
    help,
    imports,
    load,
    page,
    rules,
    safety,
    schema,
    seminar,
    syntax,
)

__all__ = ["LANGS", "MESSAGES", "PAGE_KEYS", "resolve_lang", "strings", "t"]

LANGS = ("de", "en")

Plural = Mapping[str, str]
Entry = Mapping[str, str | Plural]

MESSAGES: dict[str, Entry] = {}
for _area in (words(), load.MESSAGES, schema.MESSAGES, findings.MESSAGES, cli.MESSAGES,
              counts.MESSAGES, page.MESSAGES, handout.MESSAGES, seminar.MESSAGES,
              rules.MESSAGES, help.MESSAGES, syntax.MESSAGES, imports.MESSAGES,
              safety.MESSAGES):
    MESSAGES.update(_area)


#: the keys of the page's strings, in the order the page receives them
PAGE_KEYS = tuple(page.MESSAGES)


def _template(key: str, lang: str, n: object) -> str | None:
    entry = MESSAGES.get(key)
    if entry is None:
        return None
    text = entry.get(lang) or entry["de"]
    if isinstance(text, Mapping):
        return text["one"] if n == 1 else text["other"]
    return text


def t(key: str, lang: str = "de", /, **args: object) -> str:
    """Look up ``key`` in ``lang`` and format it with ``args`` (plural form chosen by ``n``)."""
    template = _template(key, lang, args.get("n"))
    if template is None:
        return key
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):
        return template


def strings(keys: Iterable[str], lang: str = "de") -> dict[str, object]:
    """The unformatted texts of ``keys`` in ``lang`` (a plural entry as its pair of forms),
    for a consumer that formats them itself, such as the page's script."""
    out: dict[str, object] = {}
    for key in keys:
        text = MESSAGES[key].get(lang) or MESSAGES[key]["de"]
        out[key] = dict(text) if isinstance(text, Mapping) else text
    return out


def resolve_lang(
    option: str | None, map_language: str | None, env: Mapping[str, str] | None = None
) -> str:
    """The language to use: ``--lang``, else ``ARGMAP_LANG``, else map.yaml's, else German."""
    env = os.environ if env is None else env
    for candidate in (option, env.get("ARGMAP_LANG"), map_language):
        if candidate:
            lang = candidate.strip().lower()[:2]
            if lang in LANGS:
                return lang
    return "de"
