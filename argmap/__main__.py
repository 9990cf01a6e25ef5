"""The entry of ``argmap`` and ``python -m argmap``.

``argmap --version`` and the help screens (``argmap --help``, ``argmap COMMAND --help``, a bare
``argmap``) are answered here, before the command line library is imported (that import alone
costs several times the interpreter's start; issue 13); everything else goes to
:mod:`argmap.cli`.
"""

from __future__ import annotations

import os
import sys


def _help(args: list[str]) -> bool:
    """Print the help screen ``args`` ask for; False if they ask for something else."""
    from .help import help_screen

    screen = help_screen(args, os.environ)
    if screen is None:
        return False
    try:
        sys.stdout.write(screen)
        sys.stdout.flush()
    except BrokenPipeError:  # `argmap --help | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return True


def main() -> None:
    args = sys.argv[1:]
    if args == ["--version"]:
        from . import __version__

        print(f"argmap {__version__}")
        return
    from .cli_spec import HELP_FLAGS

    if not args:  # as typer's no-args-is-help: the program's help, exit code 2
        _help(["--help"])
        sys.exit(2)
    if any(a in HELP_FLAGS for a in args) and _help(args):
        return
    from .cli import main as run

    run()


if __name__ == "__main__":
    main()
