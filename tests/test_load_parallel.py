"""Loading a large map in two processes (issue 15): a child parses the claim files from the
last one backwards while this process reads them from the first one (argmap.load._Meeting).
Whatever the files hold, the map and every diagnostic are the same as when one process reads
them all, and every way the child can fail (switched off, no fork, a failing child, an odd
result, a late or early meeting) falls back to that.
"""

from __future__ import annotations

import json
import marshal
import mmap
import os
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap import load
from argmap.errors import LoadError
from argmap.load import LoadCache, load_map
from tests.conftest import MAP_YAML
from tests.helpers import needs_fork, run_fresh
from tests.test_load_fuzz import TOKENS, claim_file
from tests.test_load_scale import block_yaml, synthetic_files


def outcome(root: Path, **options: Any) -> Any:
    """Everything load_map gives: every field of every diagnostic, else the whole map."""
    try:
        amap = load_map(root, **options)
    except LoadError as exc:
        return [(d.file, d.line, d.col, d.code, d.message, d.key, d.args)
                for d in exc.diagnostics]
    return (list(amap.claims.items()), amap.relations, list(amap.questions.items()),
            list(amap.arguments.items()), amap.files, amap.meta)


class InProcess:
    """A stand-in for :func:`argmap._beside.start_beside`: computes the child's part here,
    its result sent through pickle as through the pipe."""

    def __init__(self, func: Callable[[], Any]) -> None:
        self.value = pickle.loads(pickle.dumps(func()))
        self.cancelled = False

    def result(self) -> Any:
        return self.value

    def cancel(self) -> None:
        self.cancelled = True


@contextmanager
def beside(start: Callable[[Callable[[], Any]], Any] | None) -> Iterator[list[Any]]:
    """Every map parsed in two parts however small (``start`` in place of start_beside;
    None: the real one); yields the jobs started."""
    jobs: list[Any] = []

    def started(func: Callable[[], Any]) -> Any:
        job = (start or load.start_beside)(func)
        jobs.append(job)
        return job

    with mock.patch.object(load, "PARALLEL_MIN_BYTES", 0), \
            mock.patch.object(load, "start_beside", started):
        yield jobs


def in_one_process(root: Path, **options: Any) -> Any:
    with mock.patch.object(load, "start_beside", lambda func: None):
        return outcome(root, **options)


def write(root: Path, files: dict[str, str | bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "map.yaml").write_text(MAP_YAML, encoding="utf-8")
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return root


def same_in_two_parts(root: Path, **options: Any) -> list[Any]:
    """Load ``root`` in two parts (the child's computed here) and in one: equal outcomes."""
    alone = in_one_process(root, **options)
    with beside(InProcess) as jobs:
        split = outcome(root, **options)
    assert split == alone
    return jobs


CLEAN = synthetic_files(6, 20)
# claims of every file refer to those before them: across the split, too
BROKEN: dict[str, str | bytes] = {
    "a-syntax.yaml": "claims:\n  - id: s1\n    text: [\n",
    "b-schema.yaml": "topic: t1\nclaims:\n  - id: b1\n    text: B\n    stance: maybe\n"
                     "  - id: b2\n    txt: B\n    stance: risk\n",
    "c-dup.yaml": "topic: t1\nclaims:\n  - id: c00003\n    text: again\n    stance: risk\n",
    "d-empty.yaml": "",
    "e-null.yaml": "~\n",
    "f-comment.yaml": "# id: hidden\n",
    "g-latin1.yaml": "topic: t1\nclaims:\n  - id: l1\n    text: \"caf\xe9\"\n".encode("latin-1"),
    "h-unknown.yaml": "topic: t9\nclaims:\n  - id: h1\n    text: H\n    stance: risk\n"
                      "    supports: [c00119x, s1]\n    source: {doc: s9}\n",
    "i-nokey.yaml": "topic: t1\n",
    "j-tagged.yaml": "topic: t1\nclaims:\n  - id: j1\n    text: !!str J\n    stance: risk\n",
    "k-alias.yaml": "topic: t1\nclaims:\n  - &x {id: k1, text: K, stance: risk}\n",
    "l-dupkey.yaml": "topic: t1\nclaims:\n  - id: m1\n    id: m2\n    text: M\n    stance: risk\n",
    "m-args.yaml": "topic: t1\nclaims:\n  - id: n1\n    text: N\n    stance: risk\n"
                   "    undercuts: [{target: c00001 -> c00000}, arg9]\n"
                   "arguments:\n  - id: arg1\n    premises: [c00002, nope]\n"
                   "    conclusion: c00119\n",
}


@pytest.mark.parametrize("where", ["first", "last", "both"])
def test_broken_files_anywhere_give_the_same_diagnostics(tmp_path: Path, where: str) -> None:
    first = {f"0{name}": text for name, text in BROKEN.items()}
    last = {f"z{name}": text for name, text in BROKEN.items()}
    files: dict[str, str | bytes] = {
        **CLEAN, **(first if where != "last" else {}), **(last if where != "first" else {})}
    jobs = same_in_two_parts(write(tmp_path / "map", files))
    assert len(jobs) == 1
    first, ahead = marshal.loads(jobs[0].value)
    assert first == 1 and len(ahead) == len(files) - 1  # the stand-in child took all it could
    assert None in ahead and any(doc is not None for doc in ahead)


def test_a_clean_map_read_in_two_parts_is_the_same_map(tmp_path: Path) -> None:
    root = write(tmp_path / "map", dict(CLEAN))
    jobs = same_in_two_parts(root)
    first, ahead = marshal.loads(jobs[0].value)
    assert first == 1 and all(doc is not None for doc in ahead)  # every later file parsed there
    assert isinstance(outcome(root), tuple)


def test_refused_files_are_read_again_here(tmp_path: Path) -> None:
    root = write(tmp_path / "map", {**CLEAN, "zz-big.yaml": "topic: t1\nclaims: []\n" + "#" * 900})
    outside = tmp_path / "outside.yaml"
    outside.write_text("topic: t1\nclaims:\n  - id: o1\n    text: O\n    stance: risk\n",
                       encoding="utf-8")
    (root / "zz-link.yaml").symlink_to(outside)
    (root / "zz-inner.yaml").symlink_to(root / "f005.yaml")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "zz-fifo.yaml")
    same_in_two_parts(root, max_file_size=900)


def test_a_file_that_changes_kind_between_listing_and_reading(tmp_path: Path) -> None:
    root = write(tmp_path / "map", dict(CLEAN))
    paths = load.claim_files(root)
    real = load._parse_clean_file

    def vanishing(root_: Path, limit: int, path: Path) -> Any:
        if path == paths[-1]:
            return None  # as for a file the child could not read: read again here
        return real(root_, limit, path)

    with mock.patch.object(load, "_parse_clean_file", vanishing):
        same_in_two_parts(root)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(claim_file.map(lambda d: ("json", d)),
                          claim_file.map(lambda d: ("block", d)),
                          st.lists(st.sampled_from(TOKENS), max_size=30).map(
                              lambda p: ("text", "".join(p)))),
                min_size=2, max_size=6))
def test_any_files_give_the_same_outcome_in_two_parts(docs: list[tuple[str, Any]]) -> None:
    import tempfile

    files: dict[str, str | bytes] = {}
    for i, (kind, doc) in enumerate(docs):
        files[f"f{i}.yaml"] = (doc if kind == "text" else block_yaml(doc) if kind == "block"
                               else json.dumps(doc, allow_nan=True))
    with tempfile.TemporaryDirectory() as tmp:
        same_in_two_parts(write(Path(tmp), files))


ODD = [None, b"", b"garbage", pickle.dumps([1, 2]), 7, marshal.dumps([None]),
       marshal.dumps((1, [None])), marshal.dumps((-1, [])), marshal.dumps((True, [])),
       marshal.dumps((99, [])), marshal.dumps((1, "x")), "each-odd", "each-not-bytes"]


@pytest.mark.parametrize("answer", ODD)
def test_a_failed_or_odd_child_means_reading_here(tmp_path: Path, answer: Any) -> None:
    root = write(tmp_path / "map", {**CLEAN, **BROKEN})
    alone = in_one_process(root)

    class Odd(InProcess):
        def __init__(self, func: Callable[[], Any]) -> None:
            real = marshal.loads(func())  # the child's part run (against the shared memory)
            self.cancelled = False
            self.value = answer
            if answer == "each-odd":  # every document unreadable: each file read here
                self.value = marshal.dumps((real[0], [b"\x00", marshal.dumps((1, 2))]
                                            + [marshal.dumps("x")] * (len(real[1]) - 2)))
            elif answer == "each-not-bytes":
                self.value = marshal.dumps((real[0], [7] * len(real[1])))

    with beside(Odd) as jobs:
        assert outcome(root) == alone
    assert len(jobs) == 1


def test_the_child_is_stopped_when_reading_here_fails(tmp_path: Path) -> None:
    root = write(tmp_path / "map", dict(CLEAN))

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    with beside(InProcess) as jobs, mock.patch.object(load, "_read_claim_file", boom), \
            pytest.raises(RuntimeError):
        load_map(root)
    assert len(jobs) == 1 and jobs[0].cancelled


def test_small_maps_cached_loads_and_single_files_stay_in_one_process(tmp_path: Path) -> None:
    root = write(tmp_path / "map", dict(CLEAN))
    with mock.patch.object(load, "start_beside", mock.Mock(side_effect=AssertionError)):
        load_map(root)  # far below PARALLEL_MIN_BYTES
    with beside(InProcess) as jobs:
        cache = LoadCache()
        first = outcome(root, cache=cache)
        assert outcome(root, cache=cache) == first == in_one_process(root)
        assert len(cache) == len(CLEAN)
        assert jobs == []  # argmap serve: threads, and the cache reads only what changed
        one = write(tmp_path / "one", {"f.yaml": CLEAN["f000.yaml"]})
        outcome(one)
        assert jobs == []


def shared(here: int, child: int) -> mmap.mmap:
    memory = mmap.mmap(-1, 16)
    load._Meeting._SLOTS.pack_into(memory, 0, here, child)
    return memory


def test_the_child_stops_before_what_is_taken_here(tmp_path: Path) -> None:
    root = write(tmp_path / "map", dict(CLEAN))
    paths = load.claim_files(root)
    every = [load._parse_clean_file(root, 10**6, p) for p in paths]
    for here in range(len(paths)):
        first, docs = marshal.loads(load._parse_backwards(root, 10**6, paths, shared(here, 6)))
        assert first == here + 1 and [marshal.loads(d) for d in docs] == every[first:]


@pytest.mark.parametrize("late", range(4))
def test_files_both_or_neither_took_are_read_here(tmp_path: Path, late: int) -> None:
    # the child saw this process late and took files it took too, or stopped too early
    root = write(tmp_path / "map", {**CLEAN, **BROKEN})
    paths = load.claim_files(root)
    alone = in_one_process(root)

    class Late(InProcess):
        def __init__(self, func: Callable[[], Any]) -> None:
            self.cancelled = False
            plain = [load._parse_clean_file(root, 10**6, p) for p in paths]
            sent = [None if doc is None else marshal.dumps(doc) for doc in plain]
            cut = [0, 3, len(paths) - 2, len(paths)][late]
            self.value = marshal.dumps((cut, sent[cut:]))

    calls: list[int] = []
    real_reached = load._Meeting.reached

    def reached(self: Any, k: int) -> bool:
        calls.append(k)
        return k == len(paths) // 2 or real_reached(self, k)

    with beside(Late), mock.patch.object(load._Meeting, "reached", reached):
        assert outcome(root) == alone
    assert calls == list(range(len(paths) // 2 + 1))


def test_the_child_is_stopped_when_all_is_read_here(tmp_path: Path) -> None:
    root = write(tmp_path / "map", dict(CLEAN))

    class Slow(InProcess):
        def __init__(self, func: Callable[[], Any]) -> None:  # never starts its part
            self.cancelled = False

    with beside(Slow) as jobs:
        assert outcome(root) == in_one_process(root)
    assert len(jobs) == 1 and jobs[0].cancelled


# run in a fresh interpreter (tests.helpers.run_fresh: a large test process may be refused a fork)
_SCRIPT = """
import os
from pathlib import Path
from tests.test_load_parallel import BROKEN, outcome, write
from tests.helpers import generated_map, watch_children
import argmap.load as L
from argmap._beside import start_beside

root = generated_map(Path({tmp!r}) / "map", 3000, seed=4, per_file=150, arguments=40)
write(root, {{f"{{k}}-{{name}}": text for k in ("0", "m", "z") for name, text in BROKEN.items()}})
os.environ["ARGMAP_JOBS"] = "1"
alone = outcome(root)
assert isinstance(alone, list) and len(alone) > 20, alone
os.environ["ARGMAP_JOBS"] = ""
L.PARALLEL_MIN_BYTES = 0
results = []
L.start_beside = watch_children(start_beside, results)
assert outcome(root) == alone
assert len(results) == 1 and isinstance(results[0], bytes) and results[0], "child parsed"
L.start_beside = lambda func: start_beside(lambda: 1 / 0)  # a child that fails
assert outcome(root) == alone
L.start_beside = lambda func: start_beside(lambda: os._exit(3))  # a child that dies
assert outcome(root) == alone
L.start_beside = start_beside
real_fork = os.fork
def no_fork():
    raise OSError("no fork")
os.fork = no_fork  # no memory or process slots left
assert outcome(root) == alone
os.fork = real_fork
clean = generated_map(Path({tmp!r}) / "clean", 3000, seed=5, per_file=150)
os.environ["ARGMAP_JOBS"] = "1"
alone = outcome(clean)
os.environ["ARGMAP_JOBS"] = ""
assert isinstance(alone, tuple) and len(alone[0]) == 3000
assert outcome(clean) == alone
print("ok")
"""


@needs_fork
def test_a_real_child_parses_the_later_files(tmp_path: Path) -> None:
    run_fresh(_SCRIPT.format(tmp=str(tmp_path)))
