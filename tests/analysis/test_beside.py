"""The coherence checks in a second process (argmap._beside): same findings as in
one process, and every way the child can fail falls back to computing them here."""

from __future__ import annotations

import subprocess
import sys
import threading

from argmap._beside import may_fork, start_beside
from tests.helpers import needs_fork, run_fresh

# run in a fresh interpreter (tests.helpers.run_fresh: a large test process may be refused a fork)
_SCRIPT = """
import os
from pathlib import Path
from tests.helpers import generated_map as generate_map, watch_children
import argmap.analysis as A
from argmap._beside import start_beside
from argmap.graph import build_graph
from argmap.load import load_map

out = generate_map(Path({tmp!r}) / "map", 600, seed=3, planted=False, arguments=40)
graph = build_graph(load_map(out))
A.BESIDE_MIN_NODES = 1

def findings():
    return [(f.code, f.claims, f.path, f.message("de"), f.message("en"))
            for f in A.analyse(graph, A.Options()).findings]

os.environ["ARGMAP_JOBS"] = "1"
alone = findings()
assert any(code == "incoherent-claim" for code, *_ in alone)
os.environ["ARGMAP_JOBS"] = ""
results = []
A.start_beside = watch_children(start_beside, results)
assert findings() == alone
assert len(results) == 1 and results[0], "the child computed the coherence findings"
A.start_beside = lambda func: start_beside(lambda: 1 / 0)  # a child that fails
assert findings() == alone
print("ok")
"""


@needs_fork
def test_findings_beside_equal_those_in_one_process_and_survive_a_failing_child(tmp_path):
    run_fresh(_SCRIPT.format(tmp=str(tmp_path)))


_PARTS = """
import os, threading
from argmap._beside import start_beside

job = start_beside(lambda: os._exit(9), allowed=True)  # a child that dies
assert job is not None and job.result() is None
big = list(range(300_000))  # a result of several pipe buffers
job = start_beside(lambda: big, allowed=True)
assert job is not None and job.result() == big
job = start_beside(lambda: threading.Event().wait(60), allowed=True)
assert job is not None
job.cancel()  # killed and reaped
try:
    os.waitpid(job.pid, os.WNOHANG)
except ChildProcessError:
    print("ok")
"""


@needs_fork
def test_a_child_dies_returns_a_large_result_or_is_cancelled():
    run = subprocess.run([sys.executable, "-c", _PARTS], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"


def test_no_fork_when_switched_off_or_threaded():
    assert not may_fork({"ARGMAP_JOBS": "1"})
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not may_fork({})
    finally:
        stop.set()
        worker.join()
    assert start_beside(lambda: 1, allowed=False) is None
