"""The page's layout in a second process on a large map (formats.html.payload): the same page
as in one process, and a failing child falls back to laying out here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

needs_fork = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin",
                                reason="no fork here: the layout is computed in one process")

# a fresh interpreter, as in tests/analysis/test_beside.py: the test process may be too large
# for the kernel to allow a fork, and then nothing here would run beside
_SCRIPT = """
import os, sys
sys.path.insert(0, {bench!r})
from pathlib import Path
from generate import generate_map
from argmap.analysis import analyse, Options
from argmap._beside import start_beside
from argmap.formats.html import payload as P
from argmap.formats.html.layout import Layout
from argmap.graph import build_graph
from argmap.load import load_map
from argmap.view import build_view

out = generate_map(Path({tmp!r}) / "map", 400, seed=5, arguments=20)
view = build_view(analyse(build_graph(load_map(out)), Options()))
P.BESIDE_MIN_NODES = 1
os.environ["ARGMAP_JOBS"] = "1"
alone = P.render_html(view)
os.environ["ARGMAP_JOBS"] = ""
results = []
def watched(func):
    job = start_beside(func)
    assert job is not None, "fork refused"
    real = job.result
    job.result = lambda: results.append(real()) or results[-1]
    return job
P.start_beside = watched
assert P.render_html(view) == alone
assert len(results) == 1 and isinstance(results[0][0], Layout), "the child laid the map out"
assert results[0][1] == [f.message("de") for f in view.findings] and results[0][1]
P.start_beside = lambda func: start_beside(lambda: 1 / 0)  # a child that fails
assert P.render_html(view) == alone
print("ok")
"""


@needs_fork
def test_a_layout_beside_gives_the_same_page_and_survives_a_failing_child(tmp_path):
    bench = str(Path(__file__).resolve().parents[2] / "benchmarks")
    code = _SCRIPT.format(bench=bench, tmp=str(tmp_path))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300, env={**os.environ, "ARGMAP_JOBS": ""})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"
