"""The one vocabulary of every output: relation kinds, stances, verdicts and severities.

Each term carries its colours, its symbol and its words in German and English, so the HTML map,
DOT, Markdown and the terminal draw and name a thing the same way. Colour is never the only cue:
a stance also has its symbol (+ − ○), a verdict its mark and border pattern, a relation its
arrowhead (an arrow for reasons, a bar for objections) and line pattern. The stance and
relation colours come from the Okabe–Ito palette (bluish green against vermillion, blue
against vermillion), which stays apart under deuteranopia and protanopia. The message catalogue
(:mod:`argmap.i18n`) takes the words from here; no other module keeps a table of them.

>>> RELATIONS["undercuts"].color == "#b07800"
True
>>> [s.key for s in STANCES.values()]
['opportunity', 'risk', 'neutral']
>>> VERDICTS["out"].mark, SEVERITIES["error"].style
('✗', 'red')
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CLAIM_RELATIONS",
    "RELATIONS",
    "RELATION_KINDS",
    "SEVERITIES",
    "SEVERITY_ORDER",
    "STANCES",
    "STANCE_ALIASES",
    "TOPIC_PALETTE",
    "VERDICTS",
    "RelationTerm",
    "SeverityTerm",
    "StanceTerm",
    "VerdictTerm",
    "words",
]

Words = dict[str, str]  # language -> word


@dataclass(frozen=True)
class RelationTerm:
    """A relation kind: how it is drawn (colour, dashes, arrow) and named (verb, noun)."""

    key: str
    color: str
    dashes: tuple[int, ...]  # () = solid line
    both_ways: bool  # drawn with arrowheads at both ends (symmetric relations)
    dot_arrow: str  # Graphviz arrowhead: "normal" for reasons, "tee" for objections
    symbol: str  # Argdown-style relation symbol
    verb: Words
    noun: Words


@dataclass(frozen=True)
class StanceTerm:
    """A stance: the claim's fill colour (strong for the map, a light tint for print/DOT)."""

    key: str
    fill: str
    border: str
    tint: str
    symbol: str
    word: Words


@dataclass(frozen=True)
class VerdictTerm:
    """A grounded label: its mark and how a card's border shows it."""

    key: str
    mark: str
    border_width: int
    dashes: tuple[int, ...]
    opacity: float
    tint: str
    word: Words


@dataclass(frozen=True)
class SeverityTerm:
    """A finding's severity: its terminal style and colour."""

    key: str
    style: str  # rich style name
    color: str
    word: Words


RELATIONS: dict[str, RelationTerm] = {
    r.key: r
    for r in (
        RelationTerm("supports", "#0072b2", (), False, "normal", "+>",
                     {"de": "stützt", "en": "supports"},
                     {"de": "eine Stützung", "en": "a support"}),
        RelationTerm("attacks", "#d55e00", (), False, "tee", "->",
                     {"de": "greift an", "en": "attacks"},
                     {"de": "einen Angriff", "en": "an attack"}),
        RelationTerm("contradicts", "#aa3d88", (8, 6), True, "tee", "><",
                     {"de": "widerspricht", "en": "contradicts"},
                     {"de": "einen Widerspruch", "en": "a contradiction"}),
        RelationTerm("undercuts", "#b07800", (2, 5), False, "tee", "_>",
                     {"de": "unterläuft", "en": "undercuts"},
                     {"de": "ein Unterlaufen", "en": "an undercut"}),
    )
}
#: every relation kind of a claim file, in the order outputs list them
RELATION_KINDS = tuple(RELATIONS)
#: the relations between two claims (an undercut targets a relation or an argument)
CLAIM_RELATIONS = ("supports", "attacks", "contradicts")

STANCES: dict[str, StanceTerm] = {
    s.key: s
    for s in (
        StanceTerm("opportunity", "#009e73", "#00664a", "#c8e6c9", "+",
                   {"de": "Chance", "en": "Opportunity"}),
        StanceTerm("risk", "#d55e00", "#8f3f00", "#ffcdd2", "−",
                   {"de": "Risiko", "en": "Risk"}),
        StanceTerm("neutral", "#8a8a8a", "#555555", "#eceff1", "○",
                   {"de": "neutral", "en": "neutral"}),
    )
}
#: spellings a claim file may use for a stance (case-insensitive)
STANCE_ALIASES = {
    "opportunity": "opportunity", "chance": "opportunity",
    "risk": "risk", "risiko": "risk",
    "neutral": "neutral",
}

VERDICTS: dict[str, VerdictTerm] = {
    v.key: v
    for v in (
        VerdictTerm("in", "✓", 4, (), 1.0, "#c8e6c9", {"de": "akzeptiert", "en": "accepted"}),
        VerdictTerm("out", "✗", 2, (5, 4), 0.45, "#ffcdd2",
                    {"de": "abgelehnt", "en": "rejected"}),
        VerdictTerm("undec", "?", 2, (2, 3), 0.85, "#fff9c4",
                    {"de": "offen", "en": "undecided"}),
    )
}

SEVERITIES: dict[str, SeverityTerm] = {
    s.key: s
    for s in (
        SeverityTerm("error", "red", "#c62828", {"de": "Fehler", "en": "Error"}),
        SeverityTerm("warning", "yellow", "#ef6c00", {"de": "Warnung", "en": "Warning"}),
        SeverityTerm("info", "cyan", "#00838f", {"de": "Hinweis", "en": "Info"}),
    )
}
SEVERITY_ORDER = {key: i for i, key in enumerate(SEVERITIES)}

#: colours of topics that map.yaml gives none (in display order, repeating)
TOPIC_PALETTE = ("#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037", "#ad1457", "#558b2f",
                 "#283593", "#00695c", "#9e9d24")


def words() -> dict[str, Words]:
    """The vocabulary's words as catalogue entries (``stance.risk``, ``rel.attacks``, …).

    >>> words()["rel.noun.contradicts"]["en"]
    'a contradiction'
    """
    out: dict[str, Words] = {}
    for s in STANCES.values():
        out[f"stance.{s.key}"] = s.word
    for v in VERDICTS.values():
        out[f"label.{v.key}"] = v.word
    for r in RELATIONS.values():
        out[f"rel.{r.key}"] = r.verb
    for r in RELATIONS.values():
        out[f"rel.noun.{r.key}"] = r.noun
    for sv in SEVERITIES.values():
        out[f"severity.{sv.key}"] = sv.word
    return out
