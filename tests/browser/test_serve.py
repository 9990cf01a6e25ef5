"""``argmap serve`` with the map page in headless Chromium (issue 13): the page follows the
files by itself (no reload, the view stays where it was), a broken file shows the problems with
file:line above the last good map, and the server listens on 127.0.0.1 only unless told."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
URL = re.compile(r"http://(127\.0\.0\.1|\[::1\]|[0-9.]+):(\d+)/")


class Server:
    """An ``argmap serve`` process; its output is read by a thread (so it never blocks)."""

    def __init__(self, directory: Path, *extra: str) -> None:
        env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "argmap", "serve", str(directory), "--port", "0", *extra],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=REPO)
        self.lines: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        deadline = time.monotonic() + 60
        while not any(URL.search(x) for x in self.lines):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail("argmap serve did not start:\n" + "".join(self.lines))
            time.sleep(0.05)
        m = next(URL.search(x) for x in self.lines if URL.search(x))
        assert m is not None
        self.host, self.port = m.group(1), int(m.group(2))
        self.url = m.group(0)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line)

    @property
    def output(self) -> str:
        return " ".join(" ".join(self.lines).split())  # the console may wrap long lines

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "claims"
    shutil.copytree(REPO / "claims", copy)
    return copy


@pytest.fixture
def served(shipped_copy: Path) -> Iterator[Server]:
    server = Server(shipped_copy)
    yield server
    server.stop()


def open_live(browser_context: tuple[Any, Any], server: Server) -> Any:
    """The preview's page; the suite's request guard blocks http:, so this page lets exactly
    the preview's own origin through (a page route takes precedence over the context's)."""
    context, _guard = browser_context
    page = context.new_page()
    page.set_viewport_size({"width": 1920, "height": 1080})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    origin = f"http://{server.host}:{server.port}/"

    def route(r: Any) -> None:
        if r.request.url.startswith(origin):
            r.continue_()
        else:
            errors.append("blocked " + r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(server.url)
    page.wait_for_function("() => window.argmap && window.argmap.ready && "
                           "document.documentElement.getAttribute('data-live-version') === '0'",
                           timeout=60_000)
    # vis-network is filled although the first update replaced the page's own first fill
    page.wait_for_function("() => window.argmap.complete === true", timeout=30_000)
    page._argmap_errors = errors  # type: ignore[attr-defined]
    return page


def wait_version(page: Any, version: int) -> None:
    page.wait_for_function(
        "(v) => document.documentElement.getAttribute('data-live-version') === String(v)",
        arg=version, timeout=30_000)


def test_the_page_follows_the_files(browser_context, served, shipped_copy):
    page = open_live(browser_context, served)
    page.evaluate("window.__stayed = true")  # gone if the page reloads
    page.evaluate("network.moveTo({position: {x: 321, y: 654}, scale: 0.4})")
    page.wait_for_timeout(100)
    target = shipped_copy / "kosten.yaml"
    text = target.read_text(encoding="utf-8")
    first = re.search(r'^    text: "(.+)"$', text, re.M)
    assert first is not None
    edited = text.replace(first.group(0), '    text: "Live geändert: gilt das noch?"', 1)
    target.write_text(edited, encoding="utf-8")
    wait_version(page, 1)
    page.wait_for_function("() => window.argmap.data.claims.text.some("
                           "(t) => t === 'Live geändert: gilt das noch?')", timeout=10_000)
    assert page.evaluate("window.__stayed") is True
    assert page.evaluate("network.getScale()") == pytest.approx(0.4)
    pos = page.evaluate("network.getViewPosition()")
    assert pos["x"] == pytest.approx(321) and pos["y"] == pytest.approx(654)
    assert page.is_hidden("#am-problems")
    # a broken file: the problems over the last good map, with file and line
    lines = edited.splitlines()
    broken_at = next(i for i, ln in enumerate(lines) if ln.startswith("    text:")) + 1
    lines[broken_at - 1] = "\t" + lines[broken_at - 1].lstrip()  # a tab: YAML cannot read it
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    wait_version(page, 2)
    page.wait_for_selector("#am-problems", state="visible")
    problems = page.inner_text("#am-problems")
    assert re.search(rf"kosten\.yaml:{broken_at}\b", problems), problems
    assert page.evaluate("window.argmap.data.claims.id.length") == 107  # the last good map
    assert page.evaluate("window.__stayed") is True
    # fixed again: the overlay goes, the map is current
    target.write_text(text, encoding="utf-8")
    wait_version(page, 3)
    page.wait_for_selector("#am-problems", state="hidden")
    assert page.evaluate("window.argmap.data.claims.text.includes("
                         "'Live geändert: gilt das noch?')") is False
    assert page.evaluate("window.__stayed") is True
    assert page._argmap_errors == []
    page.close()


def _connects(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=2):
            return True
    except OSError:
        return False


def test_serve_listens_on_the_loopback_address_only(served):
    assert served.host == "127.0.0.1"
    assert _connects("127.0.0.1", served.port)
    # 127.0.0.2 reaches this machine too (Linux routes all of 127/8 to lo), but a server bound
    # to 127.0.0.1 alone does not answer there; a server on every interface would
    if sys.platform.startswith("linux"):
        assert not _connects("127.0.0.2", served.port)
    assert "Achtung" not in served.output


def test_serve_on_another_interface_warns(shipped_copy):
    server = Server(shipped_copy, "--host", "127.0.0.2")
    try:
        assert "Achtung: Die Vorschau ist unter 127.0.0.2 auch für andere Rechner erreichbar" in (
            server.output)
        assert server.host == "127.0.0.2"
    finally:
        server.stop()


def test_serve_answers_only_its_own_paths(served):
    import urllib.error
    import urllib.request

    for path in ("/map.yaml", "/kosten.yaml", "/../claims/map.yaml", "/static/map.js"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(served.url.rstrip("/") + path, timeout=5)
        assert err.value.code == 404
    with urllib.request.urlopen(served.url + "map.json", timeout=5) as r:
        assert r.headers["Content-Type"].startswith("application/json")
