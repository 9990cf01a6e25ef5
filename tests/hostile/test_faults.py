"""Faults: a build or an import killed with SIGKILL at random moments, and two builds at
once. The output is always a whole map (the old one or the new one), never a part; whatever a
killed run left behind is removed by the next run."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from argmap.write import GENERATOR_MARK, is_generated

from .conftest import _env, no_temporaries

OLD = f"<!-- {GENERATOR_MARK} -->\nalte Karte\n"
SHIPPED = Path(__file__).resolve().parents[2] / "claims"


def _start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "argmap", *args], env=_env("en"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _whole(target: Path) -> bool:
    """The old map, or a complete new one (ends with the closing tag)."""
    text = target.read_text(encoding="utf-8")
    return text == OLD or (is_generated(target) and text.rstrip().endswith("</html>"))


def _run_time(target: Path) -> float:
    start = time.monotonic()
    proc = _start("build", str(SHIPPED), "-o", str(target))
    proc.wait(timeout=120)
    return time.monotonic() - start


def test_sigkill_at_random_moments_never_leaves_a_partial_map(tmp_path) -> None:
    rng = random.Random(10)  # seeded: the moments are the same in every run
    target = tmp_path / "map.html"
    full = _run_time(target)
    outcomes = set()
    for _ in range(6):
        target.write_text(OLD, encoding="utf-8")
        proc = _start("build", str(SHIPPED), "-o", str(target))
        time.sleep(rng.uniform(0.0, full * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert _whole(target), target.read_text(encoding="utf-8")[:200]
        outcomes.add(target.read_text(encoding="utf-8") == OLD)
    # the next run removes what the killed ones left, and writes the map
    assert _start("build", str(SHIPPED), "-o", str(target)).wait(timeout=120) in (0, 1)
    assert _whole(target) and target.read_text(encoding="utf-8") != OLD
    no_temporaries(tmp_path)


def test_sigkill_during_the_write_itself(tmp_path) -> None:
    """Killed while the temporary is being written: poll until one exists, then kill."""
    target = tmp_path / "map.html"
    target.write_text(OLD, encoding="utf-8")
    proc = _start("build", str(SHIPPED), "-o", str(target))
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if any(".argmap-" in name for name in os.listdir(tmp_path)):
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.001)
    proc.wait(timeout=60)
    assert _whole(target)
    assert _start("build", str(SHIPPED), "-o", str(target)).wait(timeout=120) in (0, 1)
    no_temporaries(tmp_path)


def test_sigkill_of_an_import_leaves_no_half_folder(tmp_path) -> None:
    rng = random.Random(11)
    source = tmp_path / "map.json"
    assert _start("export", str(SHIPPED), "-f", "json", "-o", str(source)).wait(120) == 0
    for i in range(4):
        target = tmp_path / f"neu{i}"
        proc = _start("import", str(source), "--from", "json", "-o", str(target))
        time.sleep(rng.uniform(0.2, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        if target.exists():  # renamed into place as a whole: every file is there
            assert (target / "map.yaml").is_file()
            assert _start("check", str(target)).wait(timeout=120) in (0, 1)
    # a later import into the same folder removes the staging folders of the killed ones
    assert _start("import", str(source), "--from", "json", "-o",
                  str(tmp_path / "final")).wait(timeout=120) == 0
    no_temporaries(tmp_path)


def test_two_builds_at_once(tmp_path) -> None:
    target = tmp_path / "map.html"
    target.write_text(OLD, encoding="utf-8")
    procs = [_start("build", str(SHIPPED), "-o", str(target)) for _ in range(2)]
    codes = [p.wait(timeout=180) for p in procs]
    assert codes in ([0, 0], [1, 1]), codes
    assert _whole(target) and target.read_text(encoding="utf-8") != OLD
    no_temporaries(tmp_path)
