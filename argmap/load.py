"""Loading a map directory: every file parsed once, every problem reported with file:line.

:func:`load_map` reads ``map.yaml`` and every claim file below the directory, validates them with
the pydantic models of :mod:`argmap.model`, runs the cross-file checks (duplicate ids, unknown
references, topics and sources) and returns an :class:`ArgumentMap`, or raises
:class:`~argmap.errors.LoadError` listing *all* problems of *all* files.

Only files inside the directory are read: symbolic links that lead outside it are skipped.
"""

from __future__ import annotations

import contextlib
import marshal
import mmap
import os
import re
import reprlib
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ._beside import Beside, start_beside
from .didyoumean import CloseMatcher, close_match
from .errors import Diagnostic, LoadError
from .gcpause import collector_paused
from .i18n import resolve_lang, t
from .limits import MAX_FILE_SIZE
from .model import Argument, Claim, ClaimFile, MapMeta, Question
from .safeio import UnsafeFile, read_file, yaml_files
from .yamlhints import yaml_hint
from .yamlpos import Document, PlainDocument, YamlProblem, from_plain, parse_clean, parse_yaml

__all__ = [
    "MAP_FILE",
    "MAX_FILE_SIZE",
    "ArgumentMap",
    "ArgumentRecord",
    "ClaimRecord",
    "LoadCache",
    "Location",
    "QuestionRecord",
    "Relation",
    "claim_files",
    "load_map",
]

MAP_FILE = "map.yaml"


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
    quote_loc: Location | None = None  # where its quote is written (quote-not-found points here)

    @property
    def id(self) -> str:
        return self.claim.id


@dataclass(frozen=True)
class QuestionRecord:
    """A question of map.yaml and where it was written."""

    question: Question
    loc: Location

    @property
    def id(self) -> str:
        return self.question.id


@dataclass(frozen=True)
class ArgumentRecord:
    """A validated argument in standard form, its author default and where it was written."""

    argument: Argument
    author: str | None
    loc: Location

    @property
    def id(self) -> str:
        return self.argument.id


@dataclass(frozen=True)
class Relation:
    """One relation as written: ``kind`` is supports/attacks/contradicts/undercuts/answers.

    For ``undercuts``, ``target`` is the undercut relation's ``(source, target)`` pair, or the
    id of the undercut argument; for ``answers`` it is a question id.
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
    questions: dict[str, QuestionRecord] = field(default_factory=dict)
    arguments: dict[str, ArgumentRecord] = field(default_factory=dict)
    #: the directory as named in file names (``claims``); ``Location.file`` starts with it
    display_root: str = ""

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
    return _claim_paths(root)[0]


def _is_yaml(name: str) -> bool:
    return name.endswith((".yaml", ".yml"))


def _claim_paths(root: Path) -> tuple[list[Path], list[UnsafeFile]]:
    """The claim files below ``root`` and the entries refused on the way (links out of the
    directory, link loops, linked folders that loop: :func:`argmap.safeio.yaml_files`)."""
    found, refused = yaml_files(root, _is_yaml)
    paths = [p for p in found if not (p.parent == root and p.name == MAP_FILE)]
    return sorted(paths, key=lambda p: p.relative_to(root).as_posix()), refused


def _inside(root: Path, rel: str) -> bool:
    """Whether ``root/rel`` stays inside ``root`` once links are followed."""
    try:
        (root / rel).resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True


# `id: x` or `- id: x` at a line's start: the ids of a file the parser gave up on
_ID_LINE = re.compile(r"^[ \t-]*id:[ \t]*[\"']?([a-z0-9][a-z0-9._-]*)", re.MULTILINE)


def _explained(p: YamlProblem, lines: list[str]
               ) -> tuple[tuple[int, int], str, str, dict[str, Any]]:
    """A parser problem as (position, code, message key, args): a syntax error with its usual
    cause where one is known (:mod:`argmap.yamlhints`); a duplicate ``id`` as a missing dash."""
    if p.key == "yaml.syntax":
        hint = yaml_hint(str(p.args.get("problem", "")), lines, p.line, p.col)
        if hint is not None:
            col = p.col if hint.line == p.line else 1
            return (hint.line, col), p.code, hint.key, dict(hint.args)
    if p.key == "yaml.duplicate-key" and p.args.get("key") in ("id", "text"):
        return (p.line, p.col), p.code, "yaml.duplicate-key-claim", dict(p.args)
    return (p.line, p.col), p.code, p.key, dict(p.args)


def _guess(word: str, choices: Iterable[str]) -> str:
    return close_match(word, choices)


def _short(value: Any) -> str:
    # reprlib: bounded in depth and length (a list nested 20,000 deep must not recurse)
    text = value if isinstance(value, str) else reprlib.repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


class _Loader:
    def __init__(self, root: Path, display_root: str, max_file_size: int) -> None:
        self.root = root
        self.display_root = display_root
        self.max_file_size = max_file_size
        self.problems: list[_Problem] = []
        #: ids written in files that could not be parsed: known, so references stay quiet
        self.unparsed_ids: set[str] = set()

    def display(self, path: Path) -> str:
        rel = path.relative_to(self.root).as_posix()
        return f"{self.display_root.rstrip('/')}/{rel}" if self.display_root else rel

    def problem(
        self, file: str, pos: tuple[int, int], code: str, msg_key: str, /, **args: Any
    ) -> None:
        self.problems.append(_Problem(file, pos[0], pos[1], code, msg_key, args))

    def read(self, path: Path) -> tuple[str, Document] | None:
        """Read and parse one file; None (its problems reported) when it gives no data."""
        text = self.text(path)
        return None if text is None else self.accept(text[0], parse_yaml(text[1]), text[1])

    def text(self, path: Path) -> tuple[str, str] | None:
        """The display name and decoded text of a file; None (reported) when unreadable."""
        name = self.display(path)
        try:
            raw = read_file(path, root=self.root, limit=self.max_file_size)
        except UnsafeFile as exc:
            self.refused(exc)
            return None
        try:
            return name, raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self.problem(name, (1, 1), "yaml-syntax", "yaml.encoding", problem=str(exc))
            return None

    def refused(self, exc: UnsafeFile) -> None:
        """A file the safety layer refused (:mod:`argmap.safeio`), reported at its line 1."""
        self.problem(self.display(Path(exc.path)), (1, 1), exc.code, exc.key, **exc.params)

    def accept(self, name: str, doc: Document, text: str = "") -> tuple[str, Document] | None:
        """Report a parsed document's problems (a syntax error with its usual cause, at the
        line to fix); the document unless it gave no data."""
        lines = text.splitlines()
        for p in doc.problems:
            pos, code, key, args = _explained(p, lines)
            self.problem(name, pos, code, key, **args)
        if doc.data is None and text:
            self.unparsed_ids.update(_ID_LINE.findall(text))
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
        elif kind == "list_type" and loc == ("claims",) and isinstance(err.get("input"), dict):
            key = "yaml.hint.missing-dash"  # `claims:` followed by keys, not by `- `
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
                "texts": "schema.texts",
            }.get(reason, "schema.generic")
            args["msg"] = err.get("msg", "")
        elif kind in {
            "greater_than_equal", "less_than_equal", "float_type", "float_parsing",
            "finite_number",
        }:
            key = "schema.number"
        elif kind not in {
            "string_type", "list_type", "dict_type", "model_type",
            "string_pattern_mismatch", "string_too_short", "too_short", "string_too_long",
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
    display: str | None = None,
    cache: LoadCache | None = None,
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
    display : str, optional
        How to name the directory in file names (default: as given), e.g. ``HEAD~1:claims``
        for a map read out of a git revision.
    cache : LoadCache, optional
        Claim files of earlier loads; unchanged files are not read again (the live preview).

    Raises
    ------
    LoadError
        With every problem of every file (codes of CONTRACT §4), sorted by file and line.
    """
    shown = display if display is not None else os.fspath(directory)
    with collector_paused():
        return _load(Path(directory), shown, lang, max_file_size, cache)


def _load(root: Path, display_root: str, lang: str | None, max_file_size: int,
          cache: LoadCache | None = None) -> ArgumentMap:
    loader = _Loader(root, display_root, max_file_size)
    if not os.path.isdir(root):  # False, never an error, for names too long or with NUL
        loader.problem(display_root, (0, 0), "missing-map-file", "load.missing-dir",
                       dir=display_root)
        raise _error(loader, resolve_lang(lang, None))
    meta, meta_doc, meta_name = _read_meta(loader, root, display_root)
    broken: set[str] = set()  # ids of claims that failed validation: known, but not usable
    out_lang = resolve_lang(lang, meta.language if meta else None)
    amap = ArgumentMap(root, meta or _EMPTY_META, meta_name, {}, [], [],
                       display_root=display_root)
    refs = _References(loader, amap, meta if meta_doc else None, meta_doc, broken)
    _read_claim_files(loader, root, broken, cache, amap.files, refs)
    broken |= loader.unparsed_ids
    refs.resolve()
    if loader.problems or meta is None:
        raise _error(loader, out_lang)
    return amap


def _read_meta(loader: _Loader, root: Path, display_root: str
               ) -> tuple[MapMeta | None, Document | None, str]:
    meta_name = loader.display(root / MAP_FILE)
    if not os.path.lexists(root / MAP_FILE):
        loader.problem(meta_name, (0, 0), "missing-map-file", "load.missing-map-file",
                       dir=display_root)
        return None, None, meta_name
    read = loader.read(root / MAP_FILE)
    if read is None:
        return None, None, meta_name
    meta_name, meta_doc = read
    return loader.validate(meta_name, meta_doc, MapMeta), meta_doc, meta_name


@dataclass(frozen=True)
class _FileResult:
    """What reading one claim file gave: its problems, its data, its usable part."""

    name: str | None  # the display name when the file gave data
    problems: tuple[_Problem, ...]
    doc: Document | None
    part: _Part | None  # None unless the file is clean enough to use
    broken: frozenset[str]
    unparsed: frozenset[str]


class LoadCache:
    """Claim files of earlier loads, reused while a file is unchanged (same size, change time
    and inode): ``argmap serve`` re-reads only what was saved.

    >>> cache = LoadCache()
    >>> len(cache)
    0
    """

    def __init__(self) -> None:
        self._files: dict[Path, tuple[tuple[int, int, int], _FileResult]] = {}

    def __len__(self) -> int:
        return len(self._files)

    def lookup(self, path: Path) -> tuple[tuple[int, int, int] | None, _FileResult | None]:
        try:
            st = path.stat()
        except OSError:
            return None, None
        sig = (st.st_mtime_ns, st.st_size, st.st_ino)
        hit = self._files.get(path)
        return sig, (hit[1] if hit is not None and hit[0] == sig else None)

    def store(self, path: Path, sig: tuple[int, int, int], result: _FileResult) -> None:
        self._files[path] = (sig, result)

    def keep_only(self, paths: Iterable[Path]) -> None:
        wanted = set(paths)
        for path in [p for p in self._files if p not in wanted]:
            del self._files[path]


def _read_claim_file(loader: _Loader, path: Path, parsed: Document | None = None
                     ) -> _FileResult:
    """Read, parse and validate one claim file; its problems recorded in the result.
    ``parsed``: its clean document, already parsed (in the second process)."""
    start, unparsed_before = len(loader.problems), set(loader.unparsed_ids)
    broken: set[str] = set()
    name: str | None = None
    doc: Document | None = None
    part: _Part | None = None
    read = loader.read(path) if parsed is None else loader.accept(loader.display(path), parsed)
    if read is not None:
        name, doc = read
        if isinstance(doc.data, dict) and not {"claims", "arguments"} & set(doc.data):
            loader.problem(name, (1, 1), "schema", "schema.missing", field="claims", input="")
        claim_file = loader.validate(name, doc, ClaimFile)
        part = (
            _Part(claim_file.topic, claim_file.author, list(enumerate(claim_file.claims)),
                  list(enumerate(claim_file.arguments)))
            if claim_file is not None
            else _salvage(doc.data, broken)
        )
        if doc.problems:
            part = None
    problems = tuple(loader.problems[start:])
    return _FileResult(name, problems, doc, part, frozenset(broken),
                       frozenset(loader.unparsed_ids - unparsed_before))


def _read_claim_files(loader: _Loader, root: Path, broken: set[str],
                      cache: LoadCache | None, files: list[str], refs: _References) -> None:
    """Every claim file read, parsed and validated, in path order (unchanged files from
    ``cache``): the names of the files that gave data go to ``files``, the usable part of
    each clean one to ``refs`` (:meth:`_References.collect`).

    Without a cache, a large map's files are parsed from both ends: a second process takes
    them from the last one backwards while this one reads them in order, until the two meet
    (:class:`_Meeting`); the child's clean documents are then taken over, and everything
    else is done here, in path order, exactly as for a map read in one process.
    """
    paths, refused = _claim_paths(root)
    for exc in refused:
        loader.refused(exc)
    meeting = _Meeting.start(loader, paths) if cache is None else None
    first: int = len(paths)
    ahead: list[bytes | None] = []  # the child's documents of paths[first:]
    try:
        for k, path in enumerate(paths):
            if meeting is not None and meeting.reached(k):
                met, meeting = meeting, None  # its child is done with, whatever happens
                first, ahead = met.documents(len(paths))
            sent = ahead[k - first] if k >= first else None
            sig, result = cache.lookup(path) if cache is not None else (None, None)
            if result is None:
                result = _read_claim_file(loader, path, _taken_over(sent))
                if cache is not None and sig is not None:
                    cache.store(path, sig, result)
            else:
                loader.problems.extend(result.problems)
                loader.unparsed_ids |= result.unparsed
            broken |= result.broken
            if result.name is not None and result.doc is not None:
                files.append(result.name)
                if result.part is not None:
                    refs.collect(result.name, result.doc, result.part)
    finally:
        if meeting is not None:  # all read here (or this process failed): stop the child
            meeting.cancel()
    if cache is not None:
        cache.keep_only(paths)


#: claim files of at least this many bytes in all are parsed in two processes (below it,
#: forking and sending the documents back cost about what the shared parsing saves)
PARALLEL_MIN_BYTES = 1 << 19


class _Meeting:
    """A child parsing claim files from the last one backwards while this process reads
    them from the first one on, each telling the other in shared memory how far it got:
    this process the file it takes next, the child the last one it took.

    The child stops before a file this process has taken; this process stops at the first
    file the child has taken and takes over the child's documents. A file both took (each
    saw the other's progress late) is read here and its document from the child unused, a
    file neither took is read here: what the child gives only saves work, it never changes
    what is read. The meeting point follows the real speeds of both processes (this one also
    validates its files meanwhile), whatever else runs on the machine.
    """

    _SLOTS = struct.Struct("<qq")  # the next file here, the last one the child took

    def __init__(self, job: Beside, shared: mmap.mmap) -> None:
        self.job, self.shared = job, shared

    @classmethod
    def start(cls, loader: _Loader, paths: list[Path]) -> _Meeting | None:
        """The child started, or None when the files are too few or small, or no second
        process may be started (:func:`argmap._beside.start_beside`: no ``fork``, threads,
        ``ARGMAP_JOBS=1``)."""
        total = 0
        for path in paths:
            with contextlib.suppress(OSError):  # reported when read
                total += os.stat(path).st_size
        if len(paths) < 2 or total < PARALLEL_MIN_BYTES:
            return None
        shared = mmap.mmap(-1, cls._SLOTS.size)  # anonymous and shared with the child
        cls._SLOTS.pack_into(shared, 0, 0, len(paths))
        root, limit = loader.root, loader.max_file_size
        job = start_beside(lambda: _parse_backwards(root, limit, paths, shared))
        if job is None:
            shared.close()
            return None
        return cls(job, shared)

    def reached(self, k: int) -> bool:
        """Tell the child that file ``k`` is taken here; whether the child has taken it."""
        struct.pack_into("<q", self.shared, 0, k)
        return bool(self._SLOTS.unpack_from(self.shared)[1] <= k)

    def documents(self, count: int) -> tuple[int, list[bytes | None]]:
        """``(first, documents)``: the child's documents of the files from ``first`` on (one
        per file, marshalled, see :func:`_taken_over`; None for a file to read here);
        ``(count, [])`` when the child failed."""
        try:
            raw = self.job.result()
        finally:
            self.shared.close()
        try:
            got = marshal.loads(raw) if isinstance(raw, bytes) else None
        except (EOFError, ValueError, TypeError):
            got = None
        if (isinstance(got, tuple) and len(got) == 2 and type(got[0]) is int
                and isinstance(got[1], list) and 0 <= got[0] <= count
                and len(got[1]) == count - got[0]
                and all(doc is None or type(doc) is bytes for doc in got[1])):
            return got
        return count, []

    def cancel(self) -> None:
        self.job.cancel()
        self.shared.close()


def _parse_backwards(root: Path, limit: int, paths: list[Path], shared: mmap.mmap) -> bytes:
    """The child's part of a :class:`_Meeting`: ``paths`` parsed from the last one back to
    the one after the file the parent takes next; marshalled ``(first, documents)``, each
    document marshalled on its own as soon as it is parsed (so that little is left to do
    once the parent waits)."""
    slots = _Meeting._SLOTS
    first, documents = len(paths), []
    while first - 1 > slots.unpack_from(shared)[0]:
        first -= 1
        struct.pack_into("<q", shared, 8, first)
        plain = _parse_clean_file(root, limit, paths[first])
        documents.append(None if plain is None else marshal.dumps(plain))
    documents.reverse()
    return marshal.dumps((first, documents))


def _taken_over(sent: bytes | None) -> Document | None:
    """The document the child sent for a file (:func:`_parse_backwards`); None when it sent
    none, or something this process cannot read (then the file is read here)."""
    if sent is None:
        return None
    try:
        return from_plain(marshal.loads(sent))
    except (EOFError, ValueError, TypeError):
        return None


def _parse_clean_file(root: Path, limit: int, path: Path) -> PlainDocument | None:
    """The document of a claim file that reads and parses without any problem, as plain data
    (:func:`~argmap.yamlpos.parse_clean`); None for any other file, which the parent reads
    again itself, so that its problems are reported exactly as always. Read the same safe
    way (:func:`~argmap.safeio.read_file`: inside ``root``, regular, at most ``limit``)."""
    try:
        text = read_file(path, root=root, limit=limit).decode("utf-8-sig")
    except (UnsafeFile, UnicodeDecodeError):
        return None
    plain = parse_clean(text)
    return plain if plain is not None and plain[0] is not None else None


_EMPTY_META = MapMeta(title="-")


class _References:
    """The cross-file checks: one id space for claims, questions and arguments; every
    reference (relations, undercuts, answers, premises, conclusions, expect) resolved.

    Pass 0 (map.yaml's ids) runs when made, pass 1 (:meth:`collect`: every id) on each claim
    file as soon as it is read, pass 2 (:meth:`resolve`: the references) once all are read.
    The problems of passes 0 and 1 wait in a list of their own until pass 2, and so follow
    every problem of reading the files, as if the passes ran after the reading.
    """

    def __init__(self, loader: _Loader, amap: ArgumentMap, meta: MapMeta | None,
                 meta_doc: Document | None, broken: set[str]) -> None:
        self.amap, self.meta, self.meta_doc = amap, meta, meta_doc
        self.files_loader = loader
        # the problems of passes 0 and 1, until resolve() (see above)
        self.loader = _Loader(loader.root, loader.display_root, loader.max_file_size)
        self.broken = broken
        # id -> where it was defined: file, document and path there (located when reported)
        self.first: dict[str, tuple[str, Document, tuple[Any, ...]]] = {}
        self.reported: set[tuple[str, tuple[int, int]]] = set()
        self.topics: set[str] = set()
        self.sources: set[str] = set()
        self.claim_hints: CloseMatcher | None = None
        self.accepted: list[tuple[str, Document, int, Claim]] = []
        self.argument_items: list[tuple[str, Document, int, Argument]] = []
        self.meta_ids()

    def claim_hint(self, ident: str) -> str:
        """The closest claim id (all claims are collected before the first one is asked)."""
        if self.claim_hints is None:
            self.claim_hints = CloseMatcher(self.amap.claims)
        return self.claim_hints.best(ident)

    # -- pass 0: map.yaml -----------------------------------------------------------------
    def meta_ids(self) -> None:
        meta, doc, name = self.meta, self.meta_doc, self.amap.meta_file
        if meta is None or doc is None:
            return
        for kind, ids, bucket in (
            ("source", [s.id for s in meta.sources], self.sources),
            ("topic", [tp.id for tp in meta.topics], self.topics),
        ):
            for i, ident in enumerate(ids):
                if ident in bucket:
                    self.loader.problem(name, doc.locate((f"{kind}s", i, "id")),
                                        "duplicate-id", f"load.duplicate-{kind}", id=ident)
                bucket.add(ident)
        if meta.texts is not None and not _inside(self.amap.root, meta.texts):
            self.loader.problem(name, doc.locate(("texts",)), "schema", "schema.texts",
                                input=meta.texts)
        for i, q in enumerate(meta.questions):
            if self.unique(q.id, name, doc, ("questions", i, "id")):
                self.amap.questions[q.id] = QuestionRecord(
                    q, Location(name, *doc.locate(("questions", i))))
                if q.source is not None:
                    self.source(q.source.doc, name, doc, ("questions", i, "source", "doc"))

    def unique(self, ident: str, name: str, doc: Document, path: tuple[Any, ...]) -> bool:
        """Record the definition of ``ident`` (at ``path`` of ``doc``); a second one is
        reported at *both* places, each naming the other, so the student who added it sees
        it in their own file. Positions are looked up only then."""
        first = self.first.get(ident)
        if first is None:
            self.first[ident] = (name, doc, path)
            return True
        pos = doc.locate(path)
        first_name, first_doc, first_path = first
        first_pos = first_doc.locate(first_path)
        here = f"{name}:{pos[0]}"
        self.loader.problem(name, pos, "duplicate-id", "load.duplicate-id", id=ident,
                            first=f"{first_name}:{first_pos[0]}")
        if (first_name, first_pos) not in self.reported:
            self.reported.add((first_name, first_pos))
            self.loader.problem(first_name, first_pos, "duplicate-id", "load.duplicate-id",
                                id=ident, first=here)
        return False

    def source(self, sid: str, name: str, doc: Document, path: tuple[Any, ...]) -> None:
        if self.meta is not None and sid not in self.sources:
            self.loader.problem(name, doc.locate(path), "unknown-source", "load.unknown-source",
                                id=sid, hint=_guess(sid, self.sources))

    # -- pass 1: every id (so references may point forward and across files) -------------
    def collect(self, name: str, doc: Document, cf: _Part) -> None:
        """The ids of one claim file's usable part (files in path order)."""
        for i, claim in cf.claims:
            if not self.unique(claim.id, name, doc, ("claims", i, "id")):
                continue
            loc = Location(name, *doc.locate(("claims", i)))
            self.claim_topic(name, doc, i, claim, cf, loc)
            if claim.source is not None:
                self.source(claim.source.doc, name, doc, ("claims", i, "source", "doc"))
            quote = None
            if claim.source is not None and claim.source.quote is not None:
                quote = Location(name, *doc.locate(("claims", i, "source", "quote")))
            self.amap.claims[claim.id] = ClaimRecord(
                claim, claim.topic or cf.topic or "", claim.author or cf.author, loc, quote)
            self.accepted.append((name, doc, i, claim))
        for i, arg in cf.arguments:
            if not self.unique(arg.id, name, doc, ("arguments", i, "id")):
                continue
            self.amap.arguments[arg.id] = ArgumentRecord(
                arg, cf.author, Location(name, *doc.locate(("arguments", i))))
            self.argument_items.append((name, doc, i, arg))

    def claim_topic(self, name: str, doc: Document, i: int, claim: Claim, cf: _Part,
                    loc: Location) -> None:
        topic = claim.topic or cf.topic or ""
        topic_path: tuple[Any, ...] = ("claims", i, "topic") if claim.topic else ("topic",)
        if not topic:
            self.loader.problem(name, loc_pos(loc), "schema", "load.missing-topic", id=claim.id)
        elif self.meta is not None and topic not in self.topics:
            self.loader.problem(name, doc.locate(topic_path), "unknown-topic",
                                "load.unknown-topic", id=topic, hint=_guess(topic, self.topics))

    # -- pass 2: references --------------------------------------------------------------
    def claim_ref(self, ident: str, name: str, pos: tuple[int, int]) -> bool:
        """Whether ``ident`` names a claim; reports it when not (quietly for broken claims)."""
        if ident in self.amap.claims:
            return True
        if ident not in self.broken:
            key = "load.not-a-claim" if ident in self.first else "load.unknown-claim"
            self.loader.problem(name, pos, "unknown-reference", key, id=ident,
                                hint=self.claim_hint(ident))
        return False

    def resolve(self) -> None:
        """Pass 2, once every file is collected (the problems of passes 0 and 1 first)."""
        self.files_loader.problems.extend(self.loader.problems)
        self.loader = self.files_loader
        relations = self.amap.relations
        claims = self.amap.claims
        undercut_items: list[tuple[str, Document, int, int, str, Any]] = []
        for name, doc, i, claim in self.accepted:
            for kind in ("supports", "attacks", "contradicts"):
                for j, ref in enumerate(getattr(claim, kind)):
                    pos = doc.locate(("claims", i, kind, j, "target"))
                    target = ref.target
                    if target in claims or self.claim_ref(target, name, pos):
                        relations.append(Relation(kind, claim.id, target, ref.note,
                                                  Location(name, *pos)))
            for j, ref in enumerate(claim.undercuts):
                undercut_items.append((name, doc, i, j, claim.id, ref))
            for j, qid in enumerate(claim.answers):
                pos = doc.locate(("claims", i, "answers", j))
                if qid not in self.amap.questions:
                    self.loader.problem(name, pos, "unknown-reference", "load.unknown-question",
                                        id=qid, hint=_guess(qid, self.amap.questions))
                    continue
                relations.append(Relation("answers", claim.id, qid, None, Location(name, *pos)))
        self.resolve_arguments()
        pairs: set[tuple[str, str]] = set()  # the relations an undercut may name
        if any(ref.relation is not None for *_, ref in undercut_items):
            for r in relations:  # so far: supports, attacks, contradicts and answers
                if r.kind != "answers" and isinstance(r.target, str):
                    pairs.add((r.source, r.target))
                    if r.kind == "contradicts":
                        pairs.add((r.target, r.source))
        for name, doc, i, j, claim_id, ref in undercut_items:
            self.undercut(name, doc, ("claims", i, "undercuts", j, "target"), claim_id, ref,
                          pairs)
        self.expectations()

    def resolve_arguments(self) -> None:
        for name, doc, i, arg in self.argument_items:
            for j, premise in enumerate(arg.premises):
                self.claim_ref(premise, name, doc.locate(("arguments", i, "premises", j)))
            self.claim_ref(arg.conclusion, name, doc.locate(("arguments", i, "conclusion")))

    def undercut(self, name: str, doc: Document, path: tuple[Any, ...], claim_id: str,
                 ref: Any, pairs: set[tuple[str, str]]) -> None:
        pos = doc.locate(path)
        loc = Location(name, *pos)
        relation = ref.relation
        if relation is None:  # an argument id (CONTRACT §6.2)
            if ref.target in self.amap.arguments:
                self.amap.relations.append(
                    Relation("undercuts", claim_id, ref.target, ref.note, loc))
            elif ref.target not in self.broken:
                self.loader.problem(name, pos, "unknown-reference", "load.unknown-argument",
                                    id=ref.target, hint=_guess(ref.target, self.amap.arguments))
            return
        a, b = relation
        if a in self.broken or b in self.broken:
            return
        missing = [x for x in (a, b) if x not in self.amap.claims]
        for x in missing:
            self.loader.problem(name, pos, "unknown-reference", "load.unknown-claim",
                                id=x, hint=self.claim_hint(x))
        if missing:
            return
        if (a, b) not in pairs:
            self.loader.problem(name, pos, "unknown-reference", "load.unknown-relation",
                                source=a, target=b)
            return
        self.amap.relations.append(Relation("undercuts", claim_id, (a, b), ref.note, loc))

    def expectations(self) -> None:
        meta, doc = self.meta, self.meta_doc
        if meta is None or meta.expect is None or doc is None:
            return
        for label, ids in (("in", meta.expect.in_), ("out", meta.expect.out),
                           ("undec", meta.expect.undec)):
            for k, cid in enumerate(ids):
                if cid not in self.amap.claims and cid not in self.broken:
                    self.loader.problem(self.amap.meta_file, doc.locate(("expect", label, k)),
                                        "unknown-reference", "load.unknown-expect", id=cid,
                                        hint=self.claim_hint(cid))


@dataclass
class _Part:
    """The usable part of one claim file: defaults and (index in file, claim) pairs."""

    topic: str | None
    author: str | None
    claims: list[tuple[int, Claim]]
    arguments: list[tuple[int, Argument]] = field(default_factory=list)


def _salvage(data: Any, broken: set[str]) -> _Part | None:
    """The valid claims of a claim file that failed validation (its errors are reported).

    Cross-file checks then still run on the valid claims, so one run reports every problem;
    ids of invalid claims go to ``broken`` so that references to them raise no extra noise.
    """
    if not isinstance(data, dict):
        return None
    good: list[tuple[int, Claim]] = _valid_items(data.get("claims"), Claim, broken)
    arguments: list[tuple[int, Argument]] = _valid_items(data.get("arguments"), Argument, broken)
    try:
        defaults = ClaimFile.model_validate(
            {k: data[k] for k in ("topic", "author") if k in data} | {"claims": []}
        )
        return _Part(defaults.topic, defaults.author, good, arguments)
    except ValidationError:
        return _Part(None, None, good, arguments)


def _valid_items(items: Any, model: Any, broken: set[str]) -> list[Any]:
    """``(index, item)`` for every valid item of a list; ids of invalid items go to ``broken``."""
    good: list[Any] = []
    for i, item in enumerate(items if isinstance(items, list) else []):
        try:
            good.append((i, model.model_validate(item)))
        except ValidationError:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                broken.add(item["id"])
    return good


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
    problems = t("count.problems", lang, n=len(diagnostics))
    return LoadError(t("cli.load-failed", lang, problems=problems), diagnostics, lang)
