"""The one step that writes outputs: atomically, and never over a user's file by accident.

Formats only return strings; this module puts them on disk. A single output is written to a
temporary file next to its target and moved into place with ``os.replace``, so a failed or
interrupted build leaves the previous file untouched. An existing file is replaced only when
argmap wrote it (it carries :data:`GENERATOR_MARK`) or when ``force`` is given.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> write_output(d / "x.txt", "hello")
>>> (d / "x.txt").read_text()
'hello'
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError
from .i18n import t

__all__ = ["GENERATOR_MARK", "write_import", "write_output"]

#: Files that contain this mark were written by argmap and may be replaced without --force.
GENERATOR_MARK = "argmap-generated"


def write_output(
    path: str | os.PathLike[str], text: str, *, force: bool = False, lang: str = "de"
) -> None:
    """Write ``text`` to ``path`` atomically (temporary file + ``os.replace``).

    Raises
    ------
    OutputError
        When the file exists and may not be replaced, or cannot be written.
    """
    target = Path(path)
    if target.exists() and not force and not _is_generated(target):
        raise OutputError(t("cli.exists", lang, path=str(target)))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(
            t("cli.write-failed", lang, path=str(target), problem=exc.strerror or str(exc))
        ) from None


def _is_generated(path: Path) -> bool:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return GENERATOR_MARK in head


def write_import(
    directory: Path, files: dict[str, str], *, force: bool = False, lang: str = "de"
) -> list[Path]:
    """Write ``files`` (relative path → text) below ``directory``.

    Every target is checked before anything is written: if one exists and ``force`` is not
    given, nothing is written at all. Relative paths may not leave ``directory``.
    """
    root = directory.resolve()
    targets: list[tuple[Path, str]] = []
    for rel, text in sorted(files.items()):
        path = (directory / rel).resolve()
        if root not in path.parents:
            raise OutputError(t("cli.write-failed", lang, path=rel, problem="outside"))
        if path.exists() and not force:
            raise OutputError(t("cli.exists", lang, path=str(directory / rel)))
        targets.append((directory / rel, text))
    for path, text in targets:
        write_output(path, text, force=True, lang=lang)
    return [p for p, _ in targets]
