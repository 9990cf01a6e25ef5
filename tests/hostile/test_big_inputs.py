"""Big inputs, generated at test time: every run ends with a report or a diagnostic, within a
CPU-time and memory bound (measured on the child process, so a shared machine's load does not
count). The bounds are generous ceilings against blow-ups, not performance figures (those are
in ``benchmarks/``)."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

from argmap.analysis.sources import MAX_SOURCE_SIZE
from argmap.load import MAX_FILE_SIZE
from tests.conftest import MAP_YAML

from .conftest import _env

_MEASURE = (
    "import resource, subprocess, sys\n"
    "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(r.returncode, u.ru_utime + u.ru_stime, u.ru_maxrss)\n"
    "sys.stderr.write(r.stderr.decode('utf-8', 'replace')[-2000:])\n"
)


def measured(*args: str, timeout: float = 600) -> tuple[int, float, int]:
    """Exit code, CPU seconds and peak memory (MB) of ``argmap ARGS`` in a child process."""
    res = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "argmap",
                          *args], capture_output=True, text=True, timeout=timeout,
                         env=_env("en"))
    code, cpu, rss = res.stdout.split()
    assert "Traceback" not in res.stderr, res.stderr
    return int(code), float(cpu), int(rss) // 1024


def _map(tmp_path: Path) -> Path:
    root = tmp_path / "claims"
    root.mkdir()
    (root / "map.yaml").write_text(MAP_YAML, encoding="utf-8")
    return root


def _claim(i: int, extra: str = "") -> str:
    return (f"  - id: c{i}\n    text: Behauptung Nummer {i} mit etwas Text.\n"
            f"    stance: risk\n{extra}")


def test_claim_file_just_under_the_size_limit(tmp_path) -> None:
    root = _map(tmp_path)
    parts, size, i = ["topic: t1\nclaims:\n"], 0, 0
    while True:
        item = _claim(i, f"    supports: [c{i - 1}]\n" if i else "")
        if size + len(item) > MAX_FILE_SIZE - 100:
            break
        parts.append(item)
        size += len(item)
        i += 1
    (root / "big.yaml").write_text("".join(parts), encoding="utf-8")
    code, cpu, rss = measured("check", str(root), "--format", "json")
    assert code in (0, 1) and i > 5000
    assert cpu < 120 and rss < 1500, (cpu, rss)


def test_thousands_of_claim_files(tmp_path) -> None:
    root = _map(tmp_path)
    for i in range(2000):
        folder = root / f"gruppe{i % 40}"
        folder.mkdir(exist_ok=True)
        (folder / f"f{i}.yaml").write_text(
            "topic: t1\nclaims:\n" + _claim(i, "    attacks: [c0]\n" if i else ""),
            encoding="utf-8")
    code, cpu, rss = measured("check", str(root))
    assert code in (0, 1)
    assert cpu < 120 and rss < 1500, (cpu, rss)


def test_alias_bomb_is_refused_quickly(tmp_path) -> None:
    root = _map(tmp_path)
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    (root / "bomb.yaml").write_text("\n".join(lines) + "\nclaims: []\n", encoding="utf-8")
    code, cpu, rss = measured("check", str(root))
    assert code == 2
    assert cpu < 30 and rss < 800, (cpu, rss)


def test_one_line_of_almost_a_megabyte(tmp_path) -> None:
    root = _map(tmp_path)
    (root / "line.yaml").write_text(
        "topic: t1\nclaims:\n  - id: x\n    stance: risk\n    text: \"" + "wort " * 190_000
        + "\"\n", encoding="utf-8")
    code, cpu, rss = measured("check", str(root))
    assert code in (1, 2)  # a text over the length limit is a schema error
    assert cpu < 60 and rss < 800, (cpu, rss)


def test_position_with_tens_of_thousands_of_ids(tmp_path) -> None:
    root = _map(tmp_path)
    (root / "a.yaml").write_text("topic: t1\nclaims:\n" + "".join(_claim(i) for i in range(3)),
                                 encoding="utf-8")
    pos = tmp_path / "pos.yaml"
    pos.write_text("name: x\naccept:\n" + "".join(f"  - c{i % 3000}\n" for i in range(60_000)),
                   encoding="utf-8")
    code, cpu, rss = measured("check", str(root), "--position", str(pos), "--format", "json")
    assert code == 2  # unknown ids, each with its line
    assert cpu < 60 and rss < 1000, (cpu, rss)


def test_quotes_missing_from_a_huge_source_text(tmp_path) -> None:
    """Each quote that is not found gets its closest passage: in a 19 MB text that used to
    take minutes per quote (a fault beyond issue 10's list)."""
    rng = random.Random(10)
    root = _map(tmp_path)
    texts = tmp_path / "texte"
    texts.mkdir()
    vocabulary = [f"wort{i}" for i in range(20_000)]
    with (texts / "s1.txt").open("w", encoding="utf-8") as fh:
        while fh.tell() < MAX_SOURCE_SIZE - 200_000:
            fh.write(" ".join(rng.choices(vocabulary, k=10_000)) + "\n")
    claims = "".join(_claim(i, f"    source: {{doc: s1, quote: 'wort{i} fehlt {i} hier'}}\n")
                     for i in range(10))
    (root / "a.yaml").write_text("topic: t1\nclaims:\n" + claims, encoding="utf-8")
    code, cpu, rss = measured("check", str(root), "--sources", str(texts))
    assert code == 1  # quote-not-found: errors
    assert cpu < 150 and rss < 2500, (cpu, rss)
