"""The data model: pydantic models of ``map.yaml`` and claim files (CONTRACT §1).

Every model forbids unknown keys (a typo must not pass silently). Short forms are normalised
before validation so that error locations stay the paths a user wrote:

* ``stance: chance`` → ``opportunity``, ``risiko`` → ``risk`` (case-insensitive);
* ``source: kinews24`` → ``{doc: kinews24}``;
* relation items ``x`` → ``{target: x}``; undercut items ``"a -> b"`` → ``{target: "a -> b"}``.

>>> Claim.model_validate({"id": "a", "text": "A.", "stance": "Chance", "supports": ["b"]}).stance
'opportunity'
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from .limits import TITLE_LIMIT

__all__ = [
    "ID_PATTERN",
    "RELATION_KINDS",
    "STANCES",
    "TITLE_LIMIT",
    "Argument",
    "Claim",
    "ClaimFile",
    "Expect",
    "MapMeta",
    "Question",
    "RelationRef",
    "Source",
    "SourceRef",
    "Topic",
    "UndercutRef",
    "parse_relation_target",
]

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"
STANCES = ("opportunity", "risk", "neutral")
RELATION_KINDS = ("supports", "attacks", "contradicts", "undercuts")

_STANCE_ALIASES = {
    "opportunity": "opportunity",
    "chance": "opportunity",
    "risk": "risk",
    "risiko": "risk",
    "neutral": "neutral",
}
#: an undercut names a relation ``a -> b`` or (CONTRACT §6.2) an argument id
UNDERCUT_PATTERN = (
    r"^\s*[a-z0-9][a-z0-9._-]*\s*->\s*[a-z0-9][a-z0-9._-]*\s*$|^[a-z0-9][a-z0-9._-]*$"
)
_ID = re.compile(ID_PATTERN[1:-1])
_RELATION_TARGET = re.compile(r"^\s*([a-z0-9][a-z0-9._-]*)\s*->\s*([a-z0-9][a-z0-9._-]*)\s*$")

Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=200)]
UndercutTarget = Annotated[str, Field(pattern=UNDERCUT_PATTERN)]
Text = Annotated[str, Field(min_length=1, max_length=5000)]
Title = Annotated[str, Field(min_length=1, max_length=TITLE_LIMIT)]


def _stance(value: Any) -> Any:
    if isinstance(value, str):
        return _STANCE_ALIASES.get(value.strip().lower(), value)
    return value


def _wrap(key: str) -> Any:
    def wrap(value: Any) -> Any:
        return {key: value} if isinstance(value, str) else value

    return wrap


def parse_relation_target(text: str) -> tuple[str, str] | None:
    """Split an undercut target ``"a -> b"`` into ``("a", "b")``; None when malformed.

    >>> parse_relation_target("kosten-gering -> demokratisierung-zugang")
    ('kosten-gering', 'demokratisierung-zugang')
    >>> parse_relation_target("a b") is None
    True
    """
    match = _RELATION_TARGET.match(text)
    return (match.group(1), match.group(2)) if match else None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class RelationRef(_Strict):
    """A ``supports``/``attacks``/``contradicts`` item: a claim id and an optional note."""

    target: Id
    note: str | None = Field(default=None, max_length=2000)


class UndercutRef(_Strict):
    """An ``undercuts`` item: the relation ``a -> b`` or the argument it denies, with a note."""

    target: str = Field(max_length=500, json_schema_extra={"pattern": UNDERCUT_PATTERN})
    note: str | None = Field(default=None, max_length=2000)

    @field_validator("target")
    @classmethod
    def _relation(cls, value: str) -> str:
        if parse_relation_target(value) is None and not _ID.fullmatch(value):
            raise ValueError("undercut")
        return value

    @property
    def relation(self) -> tuple[str, str] | None:
        """``(a, b)`` for an undercut of the relation ``a -> b``; None for an argument id."""
        return parse_relation_target(self.target)


class SourceRef(_Strict):
    """Where a claim comes from: a source id of map.yaml and a short verbatim quote."""

    doc: Id
    quote: str | None = Field(default=None, min_length=1, max_length=1000)


Relations = list[
    Annotated[
        RelationRef, BeforeValidator(_wrap("target"), json_schema_input_type=Id | RelationRef)
    ]
]
StanceInput = Literal["opportunity", "risk", "neutral", "chance", "risiko"]


class Claim(_Strict):
    """One claim of a claim file."""

    id: Id
    title: Title | None = None
    text: Text
    stance: Annotated[
        Literal["opportunity", "risk", "neutral"],
        BeforeValidator(_stance, json_schema_input_type=StanceInput),
    ]
    topic: Id | None = None
    source: Annotated[
        SourceRef | None,
        BeforeValidator(_wrap("doc"), json_schema_input_type=Id | SourceRef | None),
    ] = None
    supports: Relations = Field(default_factory=list)
    attacks: Relations = Field(default_factory=list)
    contradicts: Relations = Field(default_factory=list)
    undercuts: list[
        Annotated[
            UndercutRef,
            BeforeValidator(_wrap("target"), json_schema_input_type=UndercutTarget | UndercutRef),
        ]
    ] = Field(default_factory=list)
    weight: float = Field(default=0.5, ge=0.0, le=1.0, allow_inf_nan=False)
    tags: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(default_factory=list)
    author: str | None = Field(default=None, max_length=200)
    answers: list[Id] = Field(default_factory=list)
    #: why the claim is worded or placed as it is (e.g. a reconstruction the texts imply)
    note: str | None = Field(default=None, max_length=2000)

    @field_validator("weight", mode="before")
    @classmethod
    def _number(cls, value: Any) -> Any:
        # YAML 1.2 booleans must not pass as 0/1, and strings must not be coerced.
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError("number")
        return value


class Argument(_Strict):
    """An argument in standard form (CONTRACT §6.2): premises that *together* support one
    conclusion (a linked support)."""

    id: Id
    title: Title | None = None
    premises: list[Id] = Field(min_length=1, max_length=50)
    conclusion: Id
    note: str | None = Field(default=None, max_length=2000)


class ClaimFile(_Strict):
    """A claim file: optional file-wide defaults, claims and arguments (at least one of the
    two lists must be given; a file may hold only arguments)."""

    topic: Id | None = None
    author: str | None = Field(default=None, max_length=200)
    claims: list[Claim] = Field(default_factory=list)
    arguments: list[Argument] = Field(default_factory=list)

    # the loader reports a file with neither list as "missing claims"; editors see it here
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True,
        json_schema_extra={"anyOf": [{"required": ["claims"]}, {"required": ["arguments"]}]},
    )


class Source(_Strict):
    """A document that claims cite."""

    id: Id
    title: Text
    publisher: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000)
    date: str | None = None
    file: str | None = Field(default=None, max_length=255)

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        if value is None or isinstance(value, _dt.date):
            return None if value is None else value.isoformat()
        if isinstance(value, str):
            try:
                _dt.date.fromisoformat(value.strip())
            except ValueError:
                raise ValueError("date") from None
            return value.strip()
        raise ValueError("date")

    @field_validator("file")
    @classmethod
    def _plain_name(cls, value: str | None) -> str | None:
        # a source file is looked up inside --sources DIR only: no paths, no escapes
        if value is not None and (
            "/" in value or "\\" in value or value in {".", ".."} or not value
            or "\0" in value or len(value.encode("utf-8", "surrogatepass")) > 255
        ):
            raise ValueError("file")
        return value


class Topic(_Strict):
    """A topic of the map, in display order."""

    id: Id
    label: Text
    color: str | None = None

    @field_validator("color")
    @classmethod
    def _color(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}", value):
            raise ValueError("color")
        return value


class Expect(_Strict):
    """The instructor's expected grounded verdicts."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    in_: list[Id] = Field(default_factory=list, alias="in")
    out: list[Id] = Field(default_factory=list)
    undec: list[Id] = Field(default_factory=list)


class Question(_Strict):
    """A question the map's claims answer (CONTRACT §6.1); the first one is the main question."""

    id: Id
    text: Text
    source: Annotated[
        SourceRef | None,
        BeforeValidator(_wrap("doc"), json_schema_input_type=Id | SourceRef | None),
    ] = None


class MapMeta(_Strict):
    """The contents of ``map.yaml``."""

    title: Text
    language: Literal["de", "en"] = "de"
    description: str | None = Field(default=None, max_length=5000)
    sources: list[Source] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    expect: Expect | None = None
    #: a folder inside the map directory with the sources' texts: quotes are then checked
    texts: str | None = Field(default=None, max_length=255)

    @field_validator("texts")
    @classmethod
    def _inside(cls, value: str | None) -> str | None:
        # only below the map directory: a claim file must not make argmap read elsewhere
        parts = re.split(r"[/\\]", value or "")
        if value is not None and (not value.strip() or value.startswith(("/", "\\"))
                                  or ".." in parts or ":" in value or "\0" in value):
            raise ValueError("texts")
        return value
