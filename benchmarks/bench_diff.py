"""Whole-process cost of ``argmap diff`` of two versions of a generated map (issue 13: two
10,000-claim versions in at most 3 s), against ``argmap check`` of one version as the floor.

    .venv/bin/python benchmarks/bench_diff.py [--claims 1000 10000] [--runs 5]

The old version is benchmarks/generate.py's map; the new one is a copy with a student's
contribution (one new file of 30 claims attacking and supporting existing ones), 20 edited
texts and 10 removed claims. Both are compared as two directories, and as two git revisions
of one directory (``argmap diff HEAD~1 HEAD``: the files are read from git). ``diff`` loads and
analyses both versions, so about 2× ``check`` is its natural floor. Medians of ``--runs``.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate_map
from userenv import USER_ENV

ARGMAP = str(Path(sys.executable).parent / "argmap")
GIT_ENV = {"GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@b", "GIT_COMMITTER_NAME": "b",
           "GIT_COMMITTER_EMAIL": "b@b", "PATH": "/usr/bin:/bin", "HOME": "/tmp"}


def contribute(old: Path, new: Path, claims: int, seed: int = 7) -> None:
    """``new`` = ``old`` with one contribution file, edited texts and removed claims."""
    rng = random.Random(seed)
    shutil.copytree(old, new)
    files = sorted(p for p in new.glob("*.yaml") if p.name != "map.yaml")
    removed = set()
    for path in rng.sample(files, min(5, len(files))):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"(text: \"c\d+: )", r"\1(überarbeitet) ", text, count=4)
        # drop the last two claims of the file (nothing may refer to them: pick unreferenced)
        blocks = text.split("\n  - id: ")
        for block in blocks[-2:]:
            ident = block.split("\n", 1)[0]
            if not any(ident in p.read_text(encoding="utf-8") for p in files if p != path):
                removed.add(ident)
        keep = [b for b in blocks if b.split("\n", 1)[0] not in removed or b is blocks[0]]
        path.write_text("\n  - id: ".join(keep), encoding="utf-8")
    targets = [f"c{rng.randrange(claims):06d}" for _ in range(30)]
    targets = [t for t in targets if t not in removed]
    lines = ["topic: " + files[0].read_text(encoding="utf-8").split("\n", 1)[0].split()[1],
             'author: "Gruppe B"', "claims:"]
    for i, target in enumerate(targets):
        kind = "attacks" if i % 3 else "supports"
        lines += [f"  - id: gruppe-b-{i:02d}", f'    text: "Einwand {i} der Gruppe B."',
                  "    stance: risk", f"    {kind}: [{target}]"]
    (new / "gruppe-b.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def as_git(old: Path, new: Path, repo: Path) -> None:
    """One repository whose map directory is ``old`` at HEAD~1 and ``new`` at HEAD."""
    shutil.copytree(old, repo / "claims")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "alt"]):
        subprocess.run(["git", *args], cwd=repo, check=True, env=GIT_ENV)
    shutil.rmtree(repo / "claims")
    shutil.copytree(new, repo / "claims")
    for args in (["add", "-A"], ["commit", "-qm", "neu"]):
        subprocess.run(["git", *args], cwd=repo, check=True, env=GIT_ENV)


def once(cmd: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=USER_ENV)
    if done.returncode > 1:
        raise SystemExit(f"{' '.join(cmd)}: exit {done.returncode}\n{done.stderr.decode()}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print("| claims | `check` (floor) | `diff DIR DIR` | `diff HEAD~1 HEAD` | dirs ÷ 2×check |")
    print("|--:|--:|--:|--:|--:|")
    for n in args.claims:
        with tempfile.TemporaryDirectory(prefix="argmap-bench-diff-") as tmp:
            old, new, repo = Path(tmp) / "old", Path(tmp) / "new", Path(tmp) / "repo"
            generate_map(old, n)
            contribute(old, new, n)
            as_git(old, new, repo)
            commands = {
                "check": [ARGMAP, "check", str(new), "--format", "json"],
                "dirs": [ARGMAP, "diff", str(old), str(new), "--format", "json"],
                "git": [ARGMAP, "diff", "HEAD~1", "HEAD", "--format", "json"],
            }
            times: dict[str, list[float]] = {k: [] for k in commands}
            for _ in range(args.runs):  # interleaved: a noisy neighbour hits all alike
                for name, cmd in commands.items():
                    times[name].append(once(cmd, repo if name == "git" else None))
            med = {k: statistics.median(v) for k, v in times.items()}
            print(f"| {n:,} | {med['check']:.2f} s | {med['dirs']:.2f} s | {med['git']:.2f} s "
                  f"| {med['dirs'] / (2 * med['check']):.2f} |", flush=True)


if __name__ == "__main__":
    main()
