"""Start-up of the command line (issue 13: ``argmap --version`` and ``argmap check --help``
in at most 0.25 s), against the interpreter's own start as the floor, in the same run.

``check --help`` lists the report formats, so it imports the format registry; ``build --help``
lists no registry's names, ``argmap --help`` none either.

    .venv/bin/python benchmarks/bench_startup.py [--runs 15]

Each command runs as a whole process, alternating with the others in every round so that a
noisy neighbour hits all of them alike; medians of ``--runs`` rounds. ``typer`` is the
import of the CLI library alone (what no lazy import of argmap can remove).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from userenv import USER_ENV

PY = sys.executable
ARGMAP = str(Path(PY).parent / "argmap")
COMMANDS = {
    "python (floor)": [PY, "-c", "pass"],
    "import typer": [PY, "-c", "import typer"],
    "argmap --version": [ARGMAP, "--version"],
    "argmap --help": [ARGMAP, "--help"],
    "argmap check --help": [ARGMAP, "check", "--help"],
    "argmap build --help": [ARGMAP, "build", "--help"],
}


def once(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                   env=USER_ENV)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for cmd in COMMANDS.values():  # warm the file cache and the byte-code files
        once(cmd)
    for _ in range(args.runs):
        for name, cmd in COMMANDS.items():
            times[name].append(once(cmd))
    floor = statistics.median(times["python (floor)"])
    print("| command | median | × floor |\n|---|--:|--:|")
    for name, values in times.items():
        med = statistics.median(values)
        print(f"| `{name}` | {med * 1000:.0f} ms | {med / floor:.1f}× |")


if __name__ == "__main__":
    main()
