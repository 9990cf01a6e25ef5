"""Writing imported claim files: all or nothing, never over an existing file without force."""

from __future__ import annotations

from pathlib import Path

from ..errors import OutputError
from ..i18n import t
from ..pipeline import write_output

__all__ = ["write_import"]


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
