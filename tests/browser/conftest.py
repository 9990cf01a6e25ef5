"""Headless Chromium for the map's browser tests (Debian's /usr/bin/chromium, never a download).

Every request is routed: file:, data: and blob: URLs pass, anything else is aborted and counted;
tests assert the count stays zero. Without Chromium the tests are skipped with a visible reason,
except under CI=true, where that is a failure.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "render"))

CHROMIUM = os.environ.get("ARGMAP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ALLOWED_SCHEMES = ("file:", "data:", "blob:")
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("ARGMAP_SCREENSHOTS", REPO / "output" / "screenshots"))


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


class RequestGuard:
    """Route handler: let local URLs through, abort and remember everything else."""

    def __init__(self) -> None:
        self.blocked: list[str] = []
        self.seen: list[str] = []

    def __call__(self, route: Any) -> None:
        url = route.request.url
        self.seen.append(url)
        if url.startswith(ALLOWED_SCHEMES):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


class MapPage:
    """One opened map page plus what it logged."""

    def __init__(self, page: Any, guard: RequestGuard) -> None:
        self.page = page
        self.guard = guard
        self.errors: list[str] = []
        self._blocked_before = len(guard.blocked)
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))

    def _console(self, msg: Any) -> None:
        if msg.type in ("error", "warning") and "DevTools" not in msg.text:
            self.errors.append(f"{msg.type}: {msg.text}")

    @property
    def blocked(self) -> list[str]:
        return self.guard.blocked[self._blocked_before:]

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.blocked == []

    def eval(self, js: str, arg: Any = None) -> Any:
        return self.page.evaluate(js, arg)

    def claim_point(self, claim: str) -> tuple[float, float]:
        """Viewport coordinates of a node's centre."""
        return tuple(self.page.evaluate(
            """(id) => {
                const p = network.getPositions([id])[id];
                const d = network.canvasToDOM(p);
                const r = document.getElementById('mynetwork').getBoundingClientRect();
                return [r.left + d.x, r.top + d.y];
            }""", claim))

    def click_claim(self, claim: str) -> None:
        x, y = self.claim_point(claim)
        self.page.mouse.click(x, y)
        self.page.wait_for_timeout(50)

    def panel_text(self) -> str:
        return self.page.inner_text("#am-panel")

    def selected(self) -> list[str]:
        return self.page.evaluate("network.getSelectedNodes()")

    def screenshot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / name
        self.page.screenshot(path=str(path))
        return path


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, RequestGuard]]:
    if not Path(CHROMIUM).exists():
        _unavailable(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - depends on the environment
        _unavailable(f"playwright is not installed: {exc}")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
            accept_downloads=True,
        )
        guard = RequestGuard()
        context.route("**/*", guard)
        try:
            yield context, guard
        finally:
            context.close()


@pytest.fixture
def open_map(browser_context: tuple[Any, RequestGuard], tmp_path: Path
             ) -> Iterator[Callable[..., MapPage]]:
    """``open_map(html, fragment="")`` writes the page to tmp_path, opens it via file:// and
    waits until the map is interactive."""
    context, guard = browser_context
    pages: list[MapPage] = []

    def _open(html: str, fragment: str = "", name: str = "map.html",
              viewport: dict[str, int] | None = None) -> MapPage:
        path = tmp_path / name
        path.write_text(html, encoding="utf-8")
        page = context.new_page()
        if viewport:
            page.set_viewport_size(viewport)
        mp = MapPage(page, guard)
        pages.append(mp)
        page.goto(path.as_uri() + fragment)
        page.wait_for_function("() => window.network && window.argmap && window.argmap.ready",
                               timeout=60_000)
        # vis-network's nodes (the contract's node ids) are filled in after the first paint
        page.wait_for_function("() => !window.argmap.data || window.argmap.complete",
                               timeout=60_000)
        return mp

    yield _open
    for mp in pages:
        mp.page.close()
