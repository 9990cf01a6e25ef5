"""One contribution to a map: a student's or a group's claims, and what they changed.

``argmap check --author "Gruppe B"`` or ``--file claims/gruppe-b.yaml`` selects the claims (and
arguments) of one contribution. The map is analysed twice, with and without them; the claims of
the rest of the map whose verdict differs are what the contribution changed, each with its cause
(:func:`argmap.compare.diff_views`).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import ArgmapError
from .i18n import t
from .load import ArgumentMap

__all__ = ["Selection", "select_contribution", "without_contribution"]


@dataclass(frozen=True)
class Selection:
    """The claims and arguments of one contribution, and who or what selected them."""

    who: str
    claims: tuple[str, ...]
    arguments: tuple[str, ...]
    files: tuple[str, ...]


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def _same_file(written: str, wanted: Path, root: Path) -> bool:
    path = Path(written)
    if path.resolve() == wanted.resolve():
        return True
    try:  # a path relative to the map directory ("gruppe-b.yaml")
        return path.resolve() == (root / wanted).resolve()
    except OSError:
        return False


def _authors(amap: ArgumentMap) -> list[str]:
    return sorted({r.author for r in amap.claims.values() if r.author})


def _written(amap: ArgumentMap, mine: Callable[[Any], bool]) -> tuple[list[str], list[str]]:
    """The ids of the claims and of the arguments whose record satisfies ``mine``."""
    return ([c for c, r in amap.claims.items() if mine(r)],
            [a for a, r in amap.arguments.items() if mine(r)])


def select_contribution(amap: ArgumentMap, *, author: str | None = None,
                        file: str | None = None, lang: str = "de") -> Selection:
    """The claims and arguments written by ``author`` (case and spacing ignored) or in
    ``file`` (a path as given on the command line, or relative to the map directory).

    Raises
    ------
    ArgmapError
        When nothing matches (with a did-you-mean of the authors or files the map has).
    """
    if author is not None:
        want = _norm(author)
        claims, arguments = _written(amap, lambda r: bool(r.author) and _norm(r.author) == want)
        who, choices = author, _authors(amap)
    else:
        assert file is not None
        wanted = Path(file)
        claims, arguments = _written(amap, lambda r: _same_file(r.loc.file, wanted, amap.root))
        who, choices = file, list(amap.files)
    if not claims and not arguments:
        guess = difflib.get_close_matches(who, choices, n=1, cutoff=0.5)
        hint = t("load.hint", lang, guess=guess[0]) if guess else ""
        raise ArgmapError(t("contribution.none", lang, who=who, hint=hint,
                            choices=", ".join(choices) or "—"))
    files = [amap.claims[c].loc.file for c in claims] + [amap.arguments[a].loc.file
                                                         for a in arguments]
    return Selection(who, tuple(claims), tuple(arguments), tuple(dict.fromkeys(files)))


def without_contribution(g: nx.MultiDiGraph, removed: Iterable[str]) -> nx.MultiDiGraph:
    """A copy of the argument graph without the given claims and arguments, their relations,
    and what hangs on them: undercut inference nodes of removed relations, and arguments that
    lose a premise or their conclusion.

    Notes
    -----
    O(n + m): one copy, one pass over the inference and argument nodes.
    """
    gone = set(removed)
    h = g.copy()
    h.remove_nodes_from(gone)
    dangling = [n for n, d in h.nodes(data=True)
                if (d.get("type") == "inference" and (d["source"] in gone or d["target"] in gone))
                or (d.get("type") == "argument"
                    and (d["conclusion"] in gone or gone & set(d["premises"])))]
    h.remove_nodes_from(dangling)
    return h
