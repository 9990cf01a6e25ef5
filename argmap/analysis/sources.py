"""Quote verification against the source texts (``check --sources DIR``).

A claim's quote must occur in the text of its source: the file of ``--sources DIR`` that the
source's ``file:`` key names, else ``<source id>.txt``. Comparison normalises Unicode (NFC), white
space, case and typographic quotes.
"""

from __future__ import annotations

import difflib
import functools
import heapq
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import LoadError
from ..i18n import t
from ..safeio import UnsafeFile, read_file
from .context import Context
from .registry import Finding, check

__all__ = ["MAX_SOURCE_SIZE", "closest_passage", "normalise_quote", "source_texts"]

MAX_SOURCE_SIZE = 20_000_000

_QUOTES = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'",
})
_SPACE = re.compile(r"\s+")


def normalise_quote(text: str) -> str:
    """Normalise for quote comparison: NFC, typographic quotes, white space, case.

    >>> a, b = "„Ein   Geschenk“\\n an die WELT", '"ein geschenk" an die welt'
    >>> normalise_quote(a) == normalise_quote(b)
    True
    """
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return _SPACE.sub(" ", text).strip().casefold()


def source_texts(sources: dict[str, dict[str, str]], directory: Path) -> dict[str, str | None]:
    """The text of every source, white space collapsed (None when its file is missing or
    unreadable); compare with :func:`normalise_quote` applied to both sides.

    Only files directly in ``directory`` are read (``file:`` is a plain name, checked on load).
    """
    out: dict[str, str | None] = {}
    refused: list[UnsafeFile] = []
    for sid, src in sources.items():
        path = directory / (src.get("file") or f"{sid}.txt")
        try:
            raw = read_file(path, root=directory, limit=MAX_SOURCE_SIZE)
        except UnsafeFile as exc:
            out[sid] = None
            if exc.key not in ("safe.missing", "load.file-too-large"):
                refused.append(exc)  # a pipe, a device, a link out: said, never read
            continue
        text = raw.decode("utf-8-sig", errors="replace")
        out[sid] = _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    if refused:
        raise LoadError(t("cli.load-failed", "de", problems=t("count.problems", "de",
                                                               n=len(refused))),
                        [exc.diagnostic("de") for exc in refused])
    return out


#: texts with more words than this are searched only around the quote's words (see Notes)
EXHAUSTIVE_WORDS = 20_000
#: windows compared in a long text: those sharing the most words with the quote
CANDIDATES = 400


def closest_passage(quote: str, text: str) -> str:
    """The passage of ``text`` (as many words as ``quote``) most like ``quote``.

    >>> closest_passage("überwiegen die Chance", "Dennoch überwiegen die Chancen klar.")
    'überwiegen die Chancen'

    Notes
    -----
    Up to :data:`EXHAUSTIVE_WORDS` words of text, every window is compared: one similarity
    ratio per word position, O(words of text × words of quote). In a longer text only the
    :data:`CANDIDATES` windows that share the most words with the quote are compared, found in
    one O(words) pass: a 20 MB source text must not take minutes per quote (issue 10).
    """
    words, want = text.split(), normalise_quote(quote)
    n = max(1, len(quote.split()))
    starts: Iterable[int] = range(max(1, len(words) - n + 1))
    if len(words) > EXHAUSTIVE_WORDS:
        starts = sorted(_candidate_starts(words, set(want.split()), n))
    best, best_score = "", -1.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(want)
    for i in starts:
        window = " ".join(words[i:i + n])
        matcher.set_seq1(normalise_quote(window))
        if matcher.real_quick_ratio() <= best_score or matcher.quick_ratio() <= best_score:
            continue
        score = matcher.ratio()
        if score > best_score:
            best, best_score = window, score
    return best


@functools.lru_cache(maxsize=4)
def _normalised_words(text: str) -> list[str]:
    """The words of ``text`` normalised (one pass per text, reused for every quote)."""
    return normalise_quote(text).split()


def _candidate_starts(words: list[str], wanted: set[str], n: int) -> list[int]:
    """Start positions of the :data:`CANDIDATES` windows of ``n`` words with the most words
    of ``wanted`` (ties: the earlier); O(words)."""
    normal = _normalised_words(" ".join(words))
    if len(normal) != len(words):  # normalising changed the word count: word by word
        normal = [normalise_quote(w) for w in words]
    hits = [1 if w in wanted else 0 for w in normal]
    sums = [0, *itertools.accumulate(hits)]
    counts = ((sums[i + n] - sums[i], -i) for i in range(max(1, len(words) - n + 1)))
    return [-neg for _, neg in heapq.nlargest(CANDIDATES, counts)]


def _texts(ctx: Context) -> dict[str, str | None]:
    if "source_texts" not in ctx.cache:
        ctx.cache["source_texts"] = source_texts(
            ctx.graph.graph.get("sources", {}), Path(ctx.options.sources_dir or ".")
        )
    return ctx.cache["source_texts"]


def _shown_dir(ctx: Context) -> str:
    """The texts' folder as findings name it: relative to the map directory when inside it,
    else by its name only (findings reach the shared HTML map; the builder's directories
    must not)."""
    where = str(ctx.options.sources_dir or ".")
    root = str(ctx.graph.graph.get("root") or "").rstrip("/")
    if root and where.startswith(root + "/"):
        return where[len(root) + 1:]
    return Path(where).name if Path(where).is_absolute() else where


@check("unknown-source-text", "warning", needs="sources", texts=True)
def unknown_source_texts(ctx: Context) -> Iterator[Finding]:
    """A cited source whose text file is not in ``--sources DIR``."""
    texts = _texts(ctx)
    cited = {ctx.graph.nodes[c].get("source") for c in ctx.claims}
    sources = ctx.graph.graph.get("sources", {})
    for sid in sorted(s for s in cited if s):
        if texts.get(sid) is None:
            name = sources.get(sid, {}).get("file") or f"{sid}.txt"
            yield ctx.finding("unknown-source-text", [], [], source=sid, file=name,
                              dir=_shown_dir(ctx))


@check("quote-not-found", "error", needs="sources", texts=True)
def quotes_not_found(ctx: Context) -> Iterator[Finding]:
    """A claim's quote that does not occur in its source's text."""
    texts = _texts(ctx)
    for c in ctx.claims:
        data = ctx.graph.nodes[c]
        sid, quote = data.get("source"), data.get("quote")
        if not sid or not quote:
            continue
        text = _normalised(ctx, sid)
        if text is not None and normalise_quote(quote) not in text:
            near = closest_passage(quote, texts[sid] or "")
            line = data.get("quote_line") or data.get("line")
            where = (str(data["file"]), int(line)) if data.get("file") and line else None
            yield ctx.finding("quote-not-found", [c], [c], where=where, a=c, source=sid,
                              quote=quote, near=near)


def _normalised(ctx: Context, sid: str) -> str | None:
    cache = ctx.cache.setdefault("normalised_texts", {})
    if sid not in cache:
        raw = _texts(ctx).get(sid)
        cache[sid] = None if raw is None else normalise_quote(raw)
    return cache[sid]
