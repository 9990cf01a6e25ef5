"""The ``argmap`` command as a process (``argmap.cli.main``): a run that loaded a map ends at
once, without freeing the map object by object, and still hands over every byte and its exit
code; every other run ends as Python ends."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from argmap.cli import app
from tests.helpers import generated_map
from tests.hostile.conftest import _env

# runs ``argmap.cli.main`` with an exit hook that says whether Python's own teardown ran
PROBE = """
import atexit, sys
atexit.register(lambda: sys.stderr.write("TEARDOWN\\n"))
sys.argv = ["argmap", *sys.argv[1:]]
from argmap.cli import main
main()
"""


@pytest.fixture(scope="module")
def big_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # 300 claims: reports of 19 KB (text) and several hundred KB (JSON), beyond a stream buffer
    return generated_map(tmp_path_factory.mktemp("entry") / "map", 300, seed=4)


@pytest.fixture(scope="module")
def small_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # 6 claims: reports smaller than a stream buffer, so they sit there until the flush
    return generated_map(tmp_path_factory.mktemp("entry") / "small", 6, seed=4)


def _buffered_env() -> dict[str, str]:
    # streams buffered as a user has them (a test runner may set PYTHONUNBUFFERED)
    return {k: v for k, v in _env("en").items() if k != "PYTHONUNBUFFERED"}


def _probe(*args: str, stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", PROBE, *args], stdout=stdout,
                          stderr=subprocess.PIPE, env=_buffered_env(), timeout=120,
                          stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("size", ["small", "big"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_loaded_map_ends_the_process_without_teardown(request: pytest.FixtureRequest,
                                                        size: str, fmt: str,
                                                        tmp_path: Path) -> None:
    root = request.getfixturevalue(f"{size}_map")
    in_process = CliRunner().invoke(app, ["check", str(root), "--format", fmt], env=_env("en"))
    with (tmp_path / "out").open("wb") as out:  # a file: block-buffered, flushed only at the end
        done = _probe("check", str(root), "--format", fmt, stdout=out)
    assert b"TEARDOWN" not in done.stderr, "Python's teardown ran: the early end did not happen"
    assert done.returncode == in_process.exit_code
    written = (tmp_path / "out").read_text(encoding="utf-8")
    assert written == in_process.stdout
    assert len(written) > 16_384 if size == "big" else len(written) < 8192  # vs. the buffer
    if fmt == "json":
        assert json.loads(written)["counts"]["claims"] == (300 if size == "big" else 6)


@pytest.mark.parametrize("args", [["--version"], ["schema"], ["check", "--nope"],
                                  ["check", "/no/such/map"]])
def test_other_runs_end_as_python_ends(args: list[str]) -> None:
    done = _probe(*args)
    assert b"TEARDOWN" in done.stderr
    assert done.returncode == {"--version": 0, "schema": 0}.get(args[0], 2)


def test_a_load_failure_keeps_its_exit_code_and_message(tmp_path: Path) -> None:
    root = tmp_path / "m"
    root.mkdir()
    (root / "a.yaml").write_text("topic: t\nclaims:\n  - id: a\n    text: [\n", encoding="utf-8")
    done = _probe("check", str(root))
    assert done.returncode == 2 and b"a.yaml:" in done.stdout + done.stderr
    assert b"Traceback" not in done.stderr


def test_a_reader_that_leaves_early_is_not_an_error(big_map: Path) -> None:
    # `argmap check --format json | head -c 64`: the rest of the report has nowhere to go
    proc = subprocess.Popen([sys.executable, "-c", PROBE, "check", str(big_map), "--format",
                             "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=_buffered_env(), stdin=subprocess.DEVNULL)
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(64)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) in (0, 1)
    assert head.startswith(b"{") and b"Traceback" not in err and b"Exception" not in err


def test_a_failed_final_write_is_not_reported_as_success(big_map: Path) -> None:
    # a full disk: the last flush fails, so Python's own exit reports it (never exit 0 or 1)
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        done = _probe("check", str(big_map), "--format", "json", stdout=full)
    assert done.returncode not in (0, 1)
