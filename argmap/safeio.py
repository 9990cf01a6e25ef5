"""The one way argmap opens an input file: regular files only, inside the root, bounded.

Every read of a user's file goes through :func:`read_file`: ``map.yaml`` and the claim files
(found by :func:`yaml_files`), the sources' texts, position files and import inputs. It refuses,
without ever blocking, what is not a regular file (a FIFO, a device such as ``/dev/zero``, a
socket, a folder), symbolic links that resolve outside ``root`` or form a loop, names with a NUL
byte or too long for the file system, and files larger than ``limit``. A refusal is an
:class:`UnsafeFile` error naming the path, a diagnostic code and a message key; the callers turn
it into a diagnostic with file and line (exit code 2).

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.yaml").write_text("x: 1")
>>> read_file(d / "a.yaml", root=d, limit=100)
b'x: 1'
>>> try:
...     read_file(d, root=d, limit=100)
... except UnsafeFile as exc:
...     exc.key
'safe.directory'
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ArgmapError, Diagnostic
from .i18n import t

__all__ = [
    "UNSAFE_CODE",
    "UnsafeFile",
    "check_name",
    "file_kind",
    "read_file",
    "yaml_files",
]

#: the diagnostic code of a refused file (besides ``file-too-large``)
UNSAFE_CODE = "unsafe-file"
_READ_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(
    os, "O_CLOEXEC", 0)
_CHUNK = 1 << 16


class UnsafeFile(ArgmapError):
    """A file argmap refuses to read or write: ``path`` as given, ``code`` for diagnostics
    (``unsafe-file`` or ``file-too-large``), ``key`` and ``params`` of the message."""

    def __init__(self, path: str, code: str, key: str, lang: str = "de", **args: Any) -> None:
        self.path, self.code, self.key, self.params = path, code, key, args
        super().__init__(t(key, lang, **args), lang=lang)

    def diagnostic(self, lang: str, shown: str | None = None) -> Diagnostic:
        """This refusal as a diagnostic of the file (line 1: the whole file is refused)."""
        return Diagnostic(shown if shown is not None else self.path, 1, 1, self.code,
                          t(self.key, lang, **self.params), key=self.key,
                          args=tuple((k, str(v)) for k, v in self.params.items()))


def file_kind(mode: int) -> str:
    """The kind of a non-regular file as a message-key suffix (``fifo``, ``device``, …)."""
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISLNK(mode):
        return "symlink"
    return "other"


def check_name(path: str | os.PathLike[str]) -> str:
    """``path`` as a string, or :class:`UnsafeFile` when no file system could open it
    (a NUL byte; a name or path longer than the system allows).

    >>> check_name("a/b.yaml")
    'a/b.yaml'
    """
    name = os.fspath(path)
    if "\0" in name:
        raise UnsafeFile(name.replace("\0", "\\0"), UNSAFE_CODE, "safe.nul")
    longest = max((len(os.fsencode(part)) for part in Path(name).parts), default=0)
    if longest > 255 or len(os.fsencode(name)) > 4095:
        raise UnsafeFile(name[:80] + "…", UNSAFE_CODE, "safe.name-too-long")
    return name


def _os_refusal(name: str, exc: OSError) -> UnsafeFile:
    if exc.errno == errno.ELOOP:
        return UnsafeFile(name, UNSAFE_CODE, "safe.loop")
    if exc.errno == errno.ENOENT:
        return UnsafeFile(name, UNSAFE_CODE, "safe.missing")
    if exc.errno == errno.ENAMETOOLONG:
        return UnsafeFile(name, UNSAFE_CODE, "safe.name-too-long")
    if exc.errno == errno.ENXIO:  # a socket, or a FIFO nobody writes to
        return UnsafeFile(name, UNSAFE_CODE, "safe.other")
    return UnsafeFile(name, UNSAFE_CODE, "safe.unreadable", problem=exc.strerror or str(exc))


def _resolved(name: str, root: Path | None) -> str:
    """The real path of ``name``; refused when it is a loop or leaves ``root``."""
    try:
        real = os.path.realpath(name, strict=True)
    except OSError as exc:
        raise _os_refusal(name, exc) from None
    if root is not None:
        real_root = os.path.realpath(root)
        if real != real_root and not real.startswith(real_root.rstrip(os.sep) + os.sep):
            raise UnsafeFile(name, UNSAFE_CODE, "safe.outside", target=real)
    return real


def read_file(path: str | os.PathLike[str], *, root: str | os.PathLike[str] | None = None,
              limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Parameters
    ----------
    path : path
        The file to read.
    root : path, optional
        When given, ``path`` must resolve (links followed) to a file inside it.
    limit : int
        Larger files are refused with code ``file-too-large``.

    Raises
    ------
    UnsafeFile
        For a non-regular file, a link out of ``root`` or in a loop, a bad name, a missing,
        unreadable or over-size file. Never blocks: the kind is checked before opening, the
        file is opened with ``O_NONBLOCK`` and checked again on the open descriptor.

    Notes
    -----
    O(size): one ``stat``, one ``open``, reads of 64 KiB.
    """
    name = check_name(path)
    real = _resolved(name, Path(root) if root is not None else None)
    try:
        before = os.stat(real)
        _regular(name, before.st_mode)
        fd = os.open(real, _READ_FLAGS | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise _os_refusal(name, exc) from None
    try:
        now = os.fstat(fd)
        _regular(name, now.st_mode)
        if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
            raise UnsafeFile(name, UNSAFE_CODE, "safe.other")  # swapped while we looked
        return _read_bounded(fd, name, now.st_size, limit)
    except OSError as exc:
        raise _os_refusal(name, exc) from None
    finally:
        os.close(fd)


def _regular(name: str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise UnsafeFile(name, UNSAFE_CODE, f"safe.{file_kind(mode)}")


def _read_bounded(fd: int, name: str, size: int, limit: int) -> bytes:
    if size > limit:
        raise UnsafeFile(name, "file-too-large", "load.file-too-large", size=size, limit=limit)
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = os.read(fd, _CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:  # the file grew while we read it
            raise UnsafeFile(name, "file-too-large", "load.file-too-large", size=total,
                             limit=limit)


@dataclass
class _Walk:
    """State of one walk: the real folders entered (loops), what was found and refused."""

    root: str
    wanted: Callable[[str], bool]
    entered: set[str] = field(default_factory=set)
    found: list[Path] = field(default_factory=list)
    refused: list[UnsafeFile] = field(default_factory=list)


def yaml_files(root: str | os.PathLike[str], wanted: Callable[[str], bool]
               ) -> tuple[list[Path], list[UnsafeFile]]:
    """Files below ``root`` whose name ``wanted`` accepts, and the entries refused on the way.

    Names starting with ``_`` or ``.`` are skipped before they are looked at. Linked folders
    are followed while they stay inside ``root``; a link out of it, a link loop, or a linked
    folder that leads back into one above it is refused (and not entered). A linked folder
    that leads to a folder already walked is not walked twice. Files are returned unread:
    :func:`read_file` then refuses the non-regular ones.

    Notes
    -----
    O(entries below ``root``), one ``lstat`` each and one ``realpath`` per link.
    """
    walk = _Walk(os.path.realpath(root), wanted)
    walk.entered.add(walk.root)
    _walk_folder(walk, Path(root))
    return walk.found, walk.refused


def _walk_folder(walk: _Walk, folder: Path) -> None:
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        walk.refused.append(_os_refusal(str(folder), exc))
        return
    for name in names:
        if name.startswith(("_", ".")):
            continue
        path = folder / name
        try:
            mode = os.lstat(path).st_mode
        except OSError as exc:
            walk.refused.append(_os_refusal(str(path), exc))
            continue
        if stat.S_ISLNK(mode):
            _walk_link(walk, path)
        elif stat.S_ISDIR(mode):
            _enter(walk, path, os.path.realpath(path))
        elif walk.wanted(name):
            walk.found.append(path)


def _walk_link(walk: _Walk, path: Path) -> None:
    try:
        real = _resolved(str(path), Path(walk.root))
        mode = os.stat(real).st_mode
    except UnsafeFile as exc:
        if walk.wanted(path.name) or exc.key != "safe.missing":
            walk.refused.append(exc)
        return
    if stat.S_ISDIR(mode):
        holder = os.path.realpath(path.parent)
        if holder == real or holder.startswith(real.rstrip(os.sep) + os.sep):
            walk.refused.append(UnsafeFile(str(path), UNSAFE_CODE, "safe.folder-loop"))
        else:
            _enter(walk, path, real)
    elif walk.wanted(path.name):
        walk.found.append(path)


def _enter(walk: _Walk, path: Path, real: str) -> None:
    if real in walk.entered:
        return  # walked already (through another link, or directly)
    walk.entered.add(real)
    _walk_folder(walk, path)
