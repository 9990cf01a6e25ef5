"""The entry of ``argmap`` and ``python -m argmap``.

``argmap --version`` is answered here, before the command line library is imported (that
import alone costs several times the interpreter's start); everything else goes to
:mod:`argmap.cli`.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from . import __version__

        print(f"argmap {__version__}")
        return
    from .cli import app

    app()


if __name__ == "__main__":
    main()
