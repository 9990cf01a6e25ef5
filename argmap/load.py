"""Loading a map directory: every file parsed once, every problem reported with file:line.

:func:`load_map` reads ``map.yaml`` and every claim file below the directory, validates them with
the pydantic models of :mod:`argmap.model`, runs the cross-file checks (duplicate ids, unknown
references, topics and sources) and returns an :class:`ArgumentMap`, or raises
:class:`~argmap.errors.LoadError` listing *all* problems of *all* files.

Only files inside the directory are read: symbolic links that lead outside it are skipped.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from .errors import Diagnostic, LoadError
from .i18n import resolve_lang, t
from .model import Claim, ClaimFile, MapMeta, parse_relation_target
from .yamlpos import Document, parse_yaml

__all__ = [
    "MAP_FILE",
    "MAX_FILE_SIZE",
    "ArgumentMap",
    "ClaimRecord",
    "Location",
    "Relation",
    "claim_files",
    "load_map",
]

MAP_FILE = "map.yaml"
MAX_FILE_SIZE = 1_000_000  # bytes per file; a seminar claim file is a few KB


@dataclass(frozen=True)
class Location:
    """A place in a file (1-based line and column)."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class ClaimRecord:
    """A validated claim with its resolved defaults and where it was written."""

    claim: Claim
    topic: str
    author: str | None
    loc: Location

    @property
    def id(self) -> str:
        return self.claim.id


@dataclass(frozen=True)
class Relation:
    """One relation as written: ``kind`` is supports/attacks/contradicts/undercuts.

    For ``undercuts``, ``target`` is the undercut relation's ``(source, target)`` pair.
    """

    kind: str
    source: str
    target: str | tuple[str, str]
    note: str | None
    loc: Location


@dataclass
class ArgumentMap:
    """A loaded, reference-checked map directory."""

    root: Path
    meta: MapMeta
    meta_file: str
    claims: dict[str, ClaimRecord]
    relations: list[Relation]
    files: list[str] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.meta.language


@dataclass
class _Problem:
    file: str
    line: int
    col: int
    code: str
    key: str
    args: dict[str, Any]


def claim_files(root: Path) -> list[Path]:
    """Claim files below ``root``: ``*.yaml``/``*.yml`` except map.yaml, skipping names that
    start with ``_`` or ``.`` and links that leave the directory; sorted for determinism."""
    found: list[Path] = []
    real_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(("_", ".")))
        for name in sorted(filenames):
            if name.startswith(("_", ".")) or not name.endswith((".yaml", ".yml")):
                continue
            path = Path(dirpath) / name
            if path.parent == root and name == MAP_FILE:
                continue
            try:
                path.resolve().relative_to(real_root)
            except ValueError:
                continue  # a link out of the map directory: never read it
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _guess(word: str, choices: Iterable[str]) -> str:
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return match[0] if match else ""


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


class _Loader:
    def __init__(self, root: Path, display_root: str, max_file_size: int) -> None:
        self.root = root
        self.display_root = display_root
        self.max_file_size = max_file_size
        self.problems: list[_Problem] = []

    def display(self, path: Path) -> str:
        rel = path.relative_to(self.root).as_posix()
        return f"{self.display_root.rstrip('/')}/{rel}" if self.display_root else rel

    def problem(
        self, file: str, pos: tuple[int, int], code: str, msg_key: str, /, **args: Any
    ) -> None:
        self.problems.append(_Problem(file, pos[0], pos[1], code, msg_key, args))

    def read(self, path: Path) -> tuple[str, Document] | None:
        name = self.display(path)
        try:
            size = path.stat().st_size
            if size > self.max_file_size:
                self.problem(
                    name, (1, 1), "file-too-large", "load.file-too-large",
                    size=size, limit=self.max_file_size,
                )
                return None
            raw = path.read_bytes()
        except OSError as exc:
            self.problem(name, (1, 1), "yaml-syntax", "load.unreadable", problem=exc.strerror)
            return None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self.problem(name, (1, 1), "yaml-syntax", "yaml.encoding", problem=str(exc))
            return None
        doc = parse_yaml(text)
        for p in doc.problems:
            self.problem(name, (p.line, p.col), p.code, p.key, **p.args)
        if doc.data is None and not doc.problems:
            self.problem(name, (1, 1), "schema", "load.empty")
            return None
        if doc.problems and doc.data is None:
            return None
        return name, doc

    def validate(self, name: str, doc: Document, model: type[BaseModel]) -> Any:
        try:
            return model.model_validate(doc.data)
        except ValidationError as exc:
            for err in exc.errors(include_url=False):
                self.schema_problem(name, doc, err, model)
            return None

    def schema_problem(
        self, name: str, doc: Document, err: Any, model: type[BaseModel]
    ) -> None:
        loc = tuple(err["loc"])
        kind = err["type"]
        field_name = str(loc[-1]) if loc else ""
        args: dict[str, Any] = {"field": field_name, "input": _short(err.get("input"))}
        pos = doc.locate(loc)
        key = f"schema.{kind}"
        if kind == "missing":
            pos = doc.locate(loc[:-1])
        elif kind == "extra_forbidden":
            pos = doc.locate(loc, prefer_key=True)
            args["hint"] = _guess(field_name, _allowed_fields(model, loc[:-1]))
        elif kind == "literal_error":
            key = "schema.stance" if field_name == "stance" else (
                "schema.language" if field_name == "language" else key
            )
            args["expected"] = err.get("ctx", {}).get("expected", "")
        elif kind == "value_error":
            reason = str(err.get("ctx", {}).get("error", ""))
            key = {
                "undercut": "schema.undercut", "number": "schema.number",
                "date": "schema.date", "color": "schema.color", "file": "schema.file",
            }.get(reason, "schema.generic")
            args["msg"] = err.get("msg", "")
        elif kind in {
            "greater_than_equal", "less_than_equal", "float_type", "float_parsing",
            "finite_number",
        }:
            key = "schema.number"
        elif kind not in {
            "string_type", "list_type", "dict_type", "model_type",
            "string_pattern_mismatch", "string_too_short",
        }:
            key = "schema.generic"
            args["msg"] = err.get("msg", "")
        self.problem(name, pos, "schema", key, **args)


def _allowed_fields(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    """Field names of the model found at ``loc`` (for did-you-mean hints on unknown keys)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        info = getattr(current, "model_fields", {}).get(part)
        if info is None:
            return []
        current = _inner_model(info.annotation)
        if current is None:
            return []
    fields = getattr(current, "model_fields", {})
    return [info.alias or name for name, info in fields.items()]


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    origin = getattr(annotation, "__origin__", None)
    if origin is not None and origin is not annotation:
        return _inner_model(origin)
    return None


def load_map(
    directory: str | os.PathLike[str],
    *,
    lang: str | None = None,
    max_file_size: int = MAX_FILE_SIZE,
) -> ArgumentMap:
    """Load and check a map directory.

    Parameters
    ----------
    directory : path
        The map directory (with ``map.yaml``). File names in diagnostics start with it as given.
    lang : {"de", "en"}, optional
        Language of the diagnostics; default: ``ARGMAP_LANG``, else map.yaml's, else German.
    max_file_size : int
        Files larger than this many bytes are rejected with ``file-too-large``.

    Raises
    ------
    LoadError
        With every problem of every file (codes of CONTRACT §4), sorted by file and line.
    """
    display_root = os.fspath(directory)
    root = Path(directory)
    loader = _Loader(root, display_root, max_file_size)
    if not root.is_dir():
        loader.problem(display_root, (0, 0), "missing-map-file", "load.missing-dir",
                       dir=display_root)
        raise _error(loader, resolve_lang(lang, None))

    meta: MapMeta | None = None
    meta_doc: Document | None = None
    meta_name = loader.display(root / MAP_FILE)
    if not (root / MAP_FILE).is_file():
        loader.problem(meta_name, (0, 0), "missing-map-file", "load.missing-map-file",
                       dir=display_root)
    else:
        read = loader.read(root / MAP_FILE)
        if read is not None:
            meta_name, meta_doc = read
            meta = loader.validate(meta_name, meta_doc, MapMeta)

    claims: dict[str, ClaimRecord] = {}
    relations: list[Relation] = []
    files: list[str] = []
    parsed: list[tuple[str, Document, _Part]] = []
    broken: set[str] = set()  # ids of claims that failed validation: known, but not usable
    for path in claim_files(root):
        read = loader.read(path)
        if read is None:
            continue
        name, doc = read
        files.append(name)
        claim_file = loader.validate(name, doc, ClaimFile)
        part = (
            _Part(claim_file.topic, claim_file.author, list(enumerate(claim_file.claims)))
            if claim_file is not None
            else _salvage(doc.data, broken)
        )
        if part is not None and not doc.problems:
            parsed.append((name, doc, part))

    out_lang = resolve_lang(lang, meta.language if meta else None)
    _check_references(loader, meta, meta_name, meta_doc, parsed, claims, relations, broken)
    if loader.problems or meta is None:
        raise _error(loader, out_lang)
    return ArgumentMap(root, meta, meta_name, claims, relations, files)


def _check_references(
    loader: _Loader,
    meta: MapMeta | None,
    meta_name: str,
    meta_doc: Document | None,
    parsed: list[tuple[str, Document, _Part]],
    claims: dict[str, ClaimRecord],
    relations: list[Relation],
    broken: set[str],
) -> None:
    topics: set[str] = set()
    sources: set[str] = set()
    if meta is not None and meta_doc is not None:
        for kind, items, bucket in (
            ("source", meta.sources, sources), ("topic", meta.topics, topics)
        ):
            for i, item in enumerate(items):
                if item.id in bucket:
                    loader.problem(meta_name, meta_doc.locate((f"{kind}s", i, "id")),
                                   "duplicate-id", f"load.duplicate-{kind}", id=item.id)
                bucket.add(item.id)
    check_topics = meta is not None
    # pass 1: collect every claim id (so references may point forward and across files)
    accepted: list[tuple[str, Document, int, Claim]] = []
    for name, doc, cf in parsed:
        for i, claim in cf.claims:
            loc = Location(name, *doc.locate(("claims", i)))
            if claim.id in claims:
                first = claims[claim.id].loc
                loader.problem(name, doc.locate(("claims", i, "id")), "duplicate-id",
                               "load.duplicate-id", id=claim.id, first=str(first))
                continue
            topic = claim.topic or cf.topic or ""
            topic_path: tuple[Any, ...] = ("claims", i, "topic") if claim.topic else ("topic",)
            if not topic:
                loader.problem(name, loc_pos(loc), "schema", "load.missing-topic", id=claim.id)
            elif check_topics and topic not in topics:
                loader.problem(name, doc.locate(topic_path), "unknown-topic", "load.unknown-topic",
                               id=topic, hint=_guess(topic, topics))
            if claim.source is not None and meta is not None and claim.source.doc not in sources:
                loader.problem(name, doc.locate(("claims", i, "source", "doc")), "unknown-source",
                               "load.unknown-source", id=claim.source.doc,
                               hint=_guess(claim.source.doc, sources))
            claims[claim.id] = ClaimRecord(claim, topic, claim.author or cf.author, loc)
            accepted.append((name, doc, i, claim))
    # pass 2: relations
    pairs: set[tuple[str, str]] = set()
    undercut_items: list[tuple[str, Document, int, int, str, Any]] = []
    for name, doc, i, claim in accepted:
        for kind in ("supports", "attacks", "contradicts"):
            for j, ref in enumerate(getattr(claim, kind)):
                pos = doc.locate(("claims", i, kind, j, "target"))
                if ref.target in broken and ref.target not in claims:
                    continue  # its own schema problem is reported already
                if ref.target not in claims:
                    loader.problem(name, pos, "unknown-reference", "load.unknown-claim",
                                   id=ref.target, hint=_guess(ref.target, claims))
                    continue
                relations.append(
                    Relation(kind, claim.id, ref.target, ref.note, Location(name, *pos))
                )
                pairs.add((claim.id, ref.target))
                if kind == "contradicts":
                    pairs.add((ref.target, claim.id))
        for j, ref in enumerate(claim.undercuts):
            undercut_items.append((name, doc, i, j, claim.id, ref))
    for name, doc, i, j, claim_id, ref in undercut_items:
        pos = doc.locate(("claims", i, "undercuts", j, "target"))
        a, b = parse_relation_target(ref.target) or ("", "")
        if a in broken or b in broken:
            continue
        missing = [x for x in (a, b) if x not in claims]
        for x in missing:
            loader.problem(name, pos, "unknown-reference", "load.unknown-claim",
                           id=x, hint=_guess(x, claims))
        if missing:
            continue
        if (a, b) not in pairs:
            loader.problem(name, pos, "unknown-reference", "load.unknown-relation",
                           source=a, target=b)
            continue
        relations.append(Relation("undercuts", claim_id, (a, b), ref.note, Location(name, *pos)))
    if meta is not None and meta.expect is not None and meta_doc is not None:
        for label, ids in (("in", meta.expect.in_), ("out", meta.expect.out),
                           ("undec", meta.expect.undec)):
            for k, cid in enumerate(ids):
                if cid not in claims:
                    loader.problem(meta_name, meta_doc.locate(("expect", label, k)),
                                   "unknown-reference", "load.unknown-expect", id=cid,
                                   hint=_guess(cid, claims))


@dataclass
class _Part:
    """The usable part of one claim file: defaults and (index in file, claim) pairs."""

    topic: str | None
    author: str | None
    claims: list[tuple[int, Claim]]


def _salvage(data: Any, broken: set[str]) -> _Part | None:
    """The valid claims of a claim file that failed validation (its errors are reported).

    Cross-file checks then still run on the valid claims, so one run reports every problem;
    ids of invalid claims go to ``broken`` so that references to them raise no extra noise.
    """
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        return None
    good: list[tuple[int, Claim]] = []
    for i, item in enumerate(data["claims"]):
        try:
            good.append((i, Claim.model_validate(item)))
        except ValidationError:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                broken.add(item["id"])
    try:
        defaults = ClaimFile.model_validate(
            {k: data[k] for k in ("topic", "author") if k in data} | {"claims": []}
        )
        return _Part(defaults.topic, defaults.author, good)
    except ValidationError:
        return _Part(None, None, good)


def loc_pos(loc: Location) -> tuple[int, int]:
    return (loc.line, loc.col)


def _localise(args: dict[str, Any], lang: str) -> dict[str, Any]:
    out = dict(args)
    if "hint" in out:
        out["hint"] = t("load.hint", lang, guess=out["hint"]) if out["hint"] else ""
    return out


def _error(loader: _Loader, lang: str) -> LoadError:
    diagnostics = sorted(
        Diagnostic(
            p.file, p.line, p.col, p.code,
            t(p.key, lang, **_localise(p.args, lang)),
            key=p.key, args=tuple((k, str(v)) for k, v in p.args.items()),
        )
        for p in loader.problems
    )
    return LoadError(t("cli.load-failed", lang, n=len(diagnostics)), diagnostics, lang)
