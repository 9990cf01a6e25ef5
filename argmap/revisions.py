"""A version of the map directory: a directory as it is, or the directory at a git revision.

``argmap diff HEAD~1 HEAD`` and ``argmap build --since main`` name revisions; the files of the
map directory at a revision are copied out of git into a temporary directory (regular files
only: symbolic links and submodules of a revision are never followed), which the loader then
reads like any map directory.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import ArgmapError
from .i18n import t

__all__ = ["MAX_REVISION_FILES", "Version", "checkout_version"]

MAX_REVISION_FILES = 20_000
MAX_REVISION_BYTES = 200_000_000
_REGULAR = ("100644", "100755")


@dataclass(frozen=True)
class Version:
    """A map directory to load and the name to show for it (a path or ``REV:path``)."""

    directory: Path
    label: str
    display: str  # how file names of this version are shown in messages


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True,
                              timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ArgmapError(str(exc)) from None
    if done.returncode != 0:
        raise ArgmapError(done.stderr.decode("utf-8", "replace").strip() or "git")
    return done.stdout


def _entries(root: Path, rev: str, prefix: str, lang: str) -> list[tuple[str, str]]:
    """``(blob, path below the map directory)`` of every regular file at ``rev``."""
    try:
        listing = _git(root, "ls-tree", "-r", "-z", "--full-tree", rev, "--", prefix or ".")
    except ArgmapError:
        raise ArgmapError(t("cli.unknown-revision", lang, rev=rev)) from None
    out = []
    for item in listing.split(b"\0"):
        if not item:
            continue
        meta, _, name = item.partition(b"\t")
        mode, kind, blob = meta.decode().split()
        path = name.decode("utf-8", "surrogateescape")
        if kind == "blob" and mode in _REGULAR:
            rel = PurePosixPath(path).relative_to(prefix) if prefix else PurePosixPath(path)
            out.append((blob, str(rel)))
    if len(out) > MAX_REVISION_FILES:
        raise ArgmapError(t("cli.revision-too-large", lang, rev=rev, n=len(out)))
    return out


def _write_blobs(root: Path, entries: list[tuple[str, str]], target: Path, lang: str) -> None:
    total = 0
    for blob, rel in entries:
        data = _git(root, "cat-file", "blob", blob)
        total += len(data)
        if total > MAX_REVISION_BYTES:
            raise ArgmapError(t("cli.revision-too-large", lang, rev=blob, n=len(entries)))
        path = target / rel
        if ".." in PurePosixPath(rel).parts:
            continue  # git never stores such a path; refuse it all the same
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def checkout_version(spec: str, map_dir: Path, scratch: Path, lang: str = "de") -> Version:
    """The version ``spec`` names: an existing directory, else a git revision of ``map_dir``
    whose files are written below ``scratch`` (an empty temporary directory)."""
    if Path(spec).is_dir():
        return Version(Path(spec), spec, spec)
    if not map_dir.is_dir():
        raise ArgmapError(t("load.missing-dir", lang, dir=str(map_dir)))
    try:
        root = Path(_git(map_dir, "rev-parse", "--show-toplevel").decode().strip())
        prefix = _git(map_dir, "rev-parse", "--show-prefix").decode().strip().rstrip("/")
    except ArgmapError:
        raise ArgmapError(t("cli.not-a-revision", lang, spec=spec)) from None
    _write_blobs(root, _entries(root, spec, prefix, lang), scratch, lang)
    shown = prefix or os.curdir
    return Version(scratch, spec, f"{spec}:{shown}")
