"""The one step that writes outputs: atomically, and never over a user's file by accident.

Formats only return strings; this module puts them on disk.

* A single output is written to a temporary file next to its target and moved into place with
  ``os.replace``: a failed, interrupted or killed run leaves the previous file untouched, and
  a full disk leaves nothing half-written.
* An existing target is replaced only when it is a regular file and either ``force`` is given
  or argmap wrote it: one of its first lines (within :data:`HEADER_BYTES`) is exactly one of
  :data:`MARK_LINES`. Nothing beyond that header is ever read from a target.
* A target that is not a regular file (a device such as ``/dev/null``, a FIFO, a symbolic link
  such as ``/dev/stdout``, a folder) is never replaced, not even with ``force``.
* Temporary files and folders carry the writer's process id in their name
  (``.NAME.argmap-PID-TOKEN.tmp``); those of processes that no longer run (a killed build) or
  older than :data:`STALE_AFTER` seconds are removed by the next write into the same folder.
* Several files (an import) are written into a temporary folder first, then moved into place:
  a new folder is renamed into place as a whole; into an existing folder the files are moved
  one by one only once every one of them was written.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_output(d / "x.dot", "// argmap-generated\\ndigraph {}\\n")
>>> is_generated(d / "x.dot")
True
>>> sorted(p.name for p in d.iterdir())
['x.dot']
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError
from .i18n import t
from .safeio import UnsafeFile, check_name, file_kind

__all__ = [
    "GENERATOR_MARK",
    "HEADER_BYTES",
    "MARK_LINES",
    "STALE_AFTER",
    "clean_stale",
    "is_generated",
    "write_import",
    "write_output",
]

#: the word by which argmap's outputs say that argmap wrote them
GENERATOR_MARK = "argmap-generated"
#: the exact lines (one per format's comment or metadata syntax) that mark a generated file
MARK_LINES = frozenset({
    f"// {GENERATOR_MARK}",                                # DOT
    f"<!-- {GENERATOR_MARK} -->",                          # GraphML, XML
    f"# {GENERATOR_MARK}",                                 # Argdown front matter, YAML
    f'<meta name="generator" content="{GENERATOR_MARK}">',  # the HTML map
    f'  "generator": "{GENERATOR_MARK}",',                 # JSON export
    f'    "generator": "{GENERATOR_MARK}",',               # AIF (inside "argmap")
})
#: how much of an existing target is read to find the mark (its first lines)
HEADER_BYTES = 4096
#: temporaries older than this (seconds) are stale even when their process id is in use again
STALE_AFTER = 24 * 3600
_TEMP = re.compile(r"^\..*\.argmap-(\d+)-[0-9a-f]{8}\.(tmp|tmpdir)$")
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(
    os, "O_CLOEXEC", 0)


def _failed(path: str, problem: str, lang: str) -> OutputError:
    return OutputError(t("cli.write-failed", lang, path=path, problem=problem))


def _checked_name(path: str | os.PathLike[str], lang: str) -> Path:
    """``path`` as a Path, or an OutputError for a NUL byte or an over-long name."""
    try:
        return Path(check_name(path))
    except UnsafeFile as exc:
        raise _failed(exc.path, t(exc.key, lang), lang) from None


def is_generated(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a regular file argmap wrote: a whole line within its first
    :data:`HEADER_BYTES` bytes is exactly one of :data:`MARK_LINES` (a file that merely
    mentions the mark is not argmap's). Never follows a link, never blocks, never reads more.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except (OSError, ValueError):
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, HEADER_BYTES)
    except OSError:
        return False
    finally:
        os.close(fd)
    lines = head.split(b"\n")
    whole = lines if len(head) < HEADER_BYTES else lines[:-1]  # the last may be cut off
    return any(line.rstrip(b"\r").decode("utf-8", "replace") in MARK_LINES for line in whole)


def _refuse_kind(target: Path, force: bool, lang: str) -> None:
    """Refuse a target that is not a regular file (always) or not argmap's (unless forced)."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _failed(str(target), exc.strerror or str(exc), lang) from None
    if not stat.S_ISREG(mode):
        kind = t(f"safe.kind.{file_kind(mode)}", lang)
        raise OutputError(t("safe.target-kind", lang, path=str(target), kind=kind))
    if not force and not is_generated(target):
        raise OutputError(t("safe.not-generated", lang, path=str(target)))


def _temp_name(target: Path, suffix: str) -> Path:
    # the target's name shortened, so that the temporary's name fits where the target's does
    token = f"{os.getpid()}-{secrets.token_hex(4)}"
    return target.parent / f".{target.name[:96]}.argmap-{token}.{suffix}"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def clean_stale(folder: str | os.PathLike[str], now: float | None = None) -> list[Path]:
    """Remove the temporaries of earlier runs in ``folder``: names of argmap's pattern whose
    process no longer runs, or older than :data:`STALE_AFTER`; the removed paths.

    Notes
    -----
    O(entries of ``folder``): one ``lstat`` per name that matches the pattern.
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = _TEMP.match(name)
        if m is None:
            continue
        path = Path(folder) / name
        try:
            st = os.lstat(path)
        except OSError:
            continue
        if _alive(int(m.group(1))) and now - st.st_mtime < STALE_AFTER:
            continue
        if stat.S_ISDIR(st.st_mode):
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _write_fd(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.fsync(fd)


def _write_temp(tmp: Path, data: bytes) -> None:
    """Write ``data`` to the new file ``tmp`` (never an existing one), synced to disk."""
    fd = os.open(tmp, _FLAGS, 0o644)
    try:
        os.fchmod(fd, 0o644)
        _write_fd(fd, data)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is still atomic
    finally:
        os.close(fd)


@contextmanager
def _os_errors(path: Path, lang: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        problem = exc.strerror or str(exc)
        if exc.errno == errno.ENAMETOOLONG:
            problem = t("safe.name-too-long", lang)
        raise _failed(str(path), problem, lang) from None


def write_output(
    path: str | os.PathLike[str], text: str, *, force: bool = False, lang: str = "de"
) -> None:
    """Write ``text`` to ``path`` atomically (temporary file + ``os.replace``).

    Raises
    ------
    OutputError
        When the target is not a regular file (even with ``force``), is a file argmap did not
        write (without ``force``), or cannot be written (then nothing changed).
    """
    target = _checked_name(path, lang)
    _refuse_kind(target, force, lang)
    data = text.encode("utf-8", "replace")
    with _os_errors(target, lang):
        target.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(target.parent)
        tmp = _temp_name(target, "tmp")
        try:
            _write_temp(tmp, data)
            _refuse_kind(target, True, lang)  # nothing swapped in meanwhile
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _sync_folder(target.parent)


def _import_targets(directory: Path, files: dict[str, str], force: bool, lang: str
                    ) -> list[tuple[Path, str]]:
    """Every (relative path, text) checked before anything is written."""
    targets: list[tuple[Path, str]] = []
    for rel, text in sorted(files.items()):
        relpath = Path(check_name(rel))
        if relpath.is_absolute() or ".." in relpath.parts or not relpath.parts:
            raise _failed(rel, "outside", lang)
        _refuse_kind(directory / relpath, force, lang)
        if not force and os.path.lexists(directory / relpath):
            raise OutputError(t("cli.exists", lang, path=str(directory / relpath)))
        targets.append((relpath, text))
    return targets


def _stage(staging: Path, targets: list[tuple[Path, str]]) -> None:
    staging.mkdir(mode=0o755)
    for rel, text in targets:
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        _write_temp(staging / rel, text.encode("utf-8", "replace"))
    _sync_folder(staging)


def write_import(
    directory: Path, files: dict[str, str], *, force: bool = False, lang: str = "de"
) -> list[Path]:
    """Write ``files`` (relative path → text) below ``directory``, all or nothing.

    Every target is checked before anything is written: if one exists and ``force`` is not
    given, or one is not a regular file, nothing is written at all. Relative paths may not
    leave ``directory``. The files are written into a temporary folder first (a full disk
    leaves nothing behind); a new ``directory`` is that folder renamed into place.
    """
    directory = _checked_name(directory, lang)
    if os.path.lexists(directory) and not directory.is_dir():
        mode = os.lstat(directory).st_mode
        kind = t(f"safe.kind.{file_kind(mode)}", lang)
        raise OutputError(t("safe.target-kind", lang, path=str(directory), kind=kind))
    try:
        targets = _import_targets(directory, files, force, lang)
    except UnsafeFile as exc:
        raise _failed(exc.path, t(exc.key, lang), lang) from None
    with _os_errors(directory, lang):
        directory.parent.mkdir(parents=True, exist_ok=True)
        fresh = not directory.exists()
        home = directory.parent if fresh else directory
        clean_stale(home)
        staging = _temp_name(directory if fresh else directory / "import", "tmpdir")
        try:
            _stage(staging, targets)
            if fresh:
                os.rename(staging, directory)
            else:
                for rel, _ in targets:
                    (directory / rel).parent.mkdir(parents=True, exist_ok=True)
                    os.replace(staging / rel, directory / rel)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        _sync_folder(directory.parent if fresh else directory)
    return [directory / rel for rel, _ in targets]
