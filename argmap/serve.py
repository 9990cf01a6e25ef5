"""``argmap serve``: a live preview of the map while students edit their claim files.

One warm process watches the map directory, rebuilds when a file is saved (re-reading only the
changed files, :class:`~argmap.load.LoadCache`) and tells the open page through server-sent
events; the page fetches the new data and replaces its map in place without a reload and
without moving the view (``window.argmap.update``). Load errors and findings appear above the
last good map as an overlay with file:line (``window.argmap.showProblems``).

The server is read-only and small on purpose. It answers exactly three paths — ``/`` (the
page), ``/map.json`` (the current data and problems) and ``/events`` (the change stream) — and
never a file of the map directory. It binds 127.0.0.1 unless told otherwise. The page keeps its
strict Content-Security-Policy; only the preview's own script (allowed by hash) may ``fetch``
from the page's own origin.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .analysis import Analysis, Options, analyse, reanalyse_texts
from .errors import LoadError
from .gcpause import release_frozen
from .graph import build_graph
from .i18n import resolve_lang
from .load import MAP_FILE, LoadCache, claim_files, load_map
from .view import build_view

__all__ = ["LIVE_SCRIPT", "LivePreview", "Snapshot", "make_server", "watch"]

#: the page's side of the preview: wait for a new version, fetch it, update in place
LIVE_SCRIPT = """(function () {
  "use strict";
  var shown = -1;
  function apply(doc) {
    if (doc.version === shown) { return; }
    shown = doc.version;
    if (doc.payload) { window.argmap.update(doc.payload); }
    window.argmap.showProblems(doc.problems || []);
    document.documentElement.setAttribute("data-live-version", String(doc.version));
  }
  function pull() {
    fetch("/map.json", { cache: "no-store" }).then(function (r) { return r.json(); })
      .then(apply).catch(function () { /* the server stopped: keep the last map */ });
  }
  var events = new EventSource("/events");
  events.addEventListener("version", pull);
  pull();
})();
"""


@dataclass(frozen=True)
class Snapshot:
    """One build: the data and the problems to overlay, and how to make the page of it."""

    version: int
    body: bytes  # /map.json: {"version", "payload" (null when the map did not load), "problems"}
    ok: bool
    #: the page (with the live script) of the last good map, made when a browser asks for it
    render: Callable[[], bytes] = field(repr=False, compare=False, default=lambda: b"")

    @property
    def page(self) -> bytes:
        return self.render()


def _problem_of_diagnostic(d: Any) -> dict[str, Any]:
    return {"file": d.file, "line": d.line or None, "column": d.col or None, "code": d.code,
            "severity": "error", "message": d.message}


def _problems_of_findings(view: Any, messages: list[str]) -> list[dict[str, Any]]:
    """The findings worth an overlay (not the infos), with the messages already rendered for
    the page (``messages[i]`` belongs to ``view.findings[i]``; rendering chains is costly)."""
    out = []
    for f, message in zip(view.findings, messages, strict=True):
        if f.severity == "info":
            continue
        place = f.where
        if place is None:
            claim = next((view.claims[c] for c in f.claims if c in view.claims), None)
            place = (claim.place.file, claim.place.line) if claim and claim.place else None
        out.append({"file": place[0] if place else None, "line": place[1] if place else None,
                    "code": f.code, "severity": f.severity, "message": message})
    return out


@dataclass
class LivePreview:
    """The warm state of the preview: what was built last, and how to build again."""

    directory: Path
    options: Options = field(default_factory=Options)
    lang: str | None = None
    cache: LoadCache = field(default_factory=LoadCache)
    current: Snapshot | None = None
    analysis: Analysis | None = None  # of the last good build
    _lock: threading.Lock = field(default_factory=threading.Lock)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def rebuild(self) -> Snapshot:
        """Load, analyse and lay out again (unchanged files from the cache); on a load error
        keep the last good page and data and report the problems. The page itself is rendered
        only when a browser loads it (:meth:`Snapshot.page`); an open page takes the data."""
        from .formats.html import build_payload

        version = (self.current.version + 1) if self.current else 0
        release_frozen()  # the last build's objects may become garbage now (argmap.gcpause)
        try:
            amap = load_map(self.directory, lang=self.lang, cache=self.cache)
        except LoadError as exc:
            problems = [_problem_of_diagnostic(d) for d in exc.diagnostics]
            body: dict[str, Any] = {"version": version, "payload": None, "problems": problems}
            last = self.current.render if self.current and self.current.ok else None
            return self._publish(Snapshot(version, _json(body), ok=False,
                                          render=last or _constant(_error_page(exc))))
        lang = resolve_lang(self.lang, amap.meta.language)
        options = self.options
        if options.sources_dir is None and amap.meta.texts is not None:
            options = replace(options, sources_dir=amap.root / amap.meta.texts)
        graph = build_graph(amap)
        before = self.analysis
        # a save that changed only what claims say keeps the semantics (reanalyse_texts)
        analysis = (reanalyse_texts(before, graph, options) if before is not None else None) \
            or analyse(graph, options)
        self.analysis = analysis
        view = build_view(analysis, lang, amap.files)
        payload = build_payload(view, lang)
        messages = [f["message"] for f in payload["findings"]]
        body = {"version": version, "payload": payload,
                "problems": _problems_of_findings(view, messages)}
        return self._publish(Snapshot(version, _json(body), ok=True,
                                      render=_page_maker(payload, view.language)))

    def _publish(self, snap: Snapshot) -> Snapshot:
        with self.changed:
            self.current = snap
            self.changed.notify_all()
        return snap

    def wait_for(self, version: int, timeout: float) -> Snapshot | None:
        """The snapshot after ``version``, or None when none came within ``timeout``."""
        with self.changed:
            self.changed.wait_for(lambda: self.current is not None
                                  and self.current.version > version, timeout)
            return self.current if self.current and self.current.version > version else None


def _constant(page: bytes) -> Callable[[], bytes]:
    return lambda: page


def _page_maker(payload: dict[str, Any], graph_lang: str | None) -> Callable[[], bytes]:
    """The page of ``payload`` with the live script, rendered once, on the first request."""
    made: list[bytes] = []
    lock = threading.Lock()

    def page() -> bytes:
        with lock:
            if not made:
                from .formats.html import render_payload
                from .formats.html.assets import csp_hash

                html = render_payload(payload, graph_lang,
                                      script_hashes=[csp_hash(LIVE_SCRIPT)], connect=True)
                made.append(_with_live_script(html).encode("utf-8"))
            return made[0]

    return page


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _with_live_script(page: str) -> str:
    tag = f"<script>{LIVE_SCRIPT}</script>\n</body>"
    head, sep, tail = page.rpartition("</body>")
    return head + tag + tail if sep else page + tag


def _error_page(exc: LoadError) -> bytes:
    """Before the first good build there is no map to keep: a page listing the problems."""
    import html

    items = "".join(f"<li><code>{html.escape(f'{d.file}:{d.line}')}</code> "
                    f"{html.escape(d.message)}</li>" for d in exc.diagnostics)
    return (f"<!DOCTYPE html><meta charset='utf-8'><title>argmap</title>"
            f"<h1>{html.escape(str(exc))}</h1><ul>{items}</ul>"
            "<p>Die Seite lädt neu, sobald die Karte sich laden lässt.</p>"
            "<script>setTimeout(function(){location.reload()},1000)</script>").encode()


def _signature(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """What a change of the map directory changes: every YAML file's name, size, mtime."""
    paths = [directory / MAP_FILE, *claim_files(directory)] if directory.is_dir() else []
    out = []
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            continue
        out.append((str(path), st.st_size, st.st_mtime_ns))
    return tuple(out)


def watch(preview: LivePreview, stop: threading.Event, interval: float = 0.05,
          on_build: Callable[[Snapshot], None] | None = None) -> None:
    """Rebuild whenever the map directory changes, until ``stop`` is set.

    Polling the files' sizes and change times costs a few stat calls per file and interval,
    needs no platform watcher, and sees editors that save by renaming a temporary file.
    """
    seen = _signature(preview.directory)
    while not stop.wait(interval):
        now = _signature(preview.directory)
        if now != seen:
            seen = now
            snap = preview.rebuild()
            if on_build is not None:
                on_build(snap)


def _handler(preview: LivePreview, stop: threading.Event) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "argmap-serve"
        sys_version = ""

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the terminal shows builds, not requests

        def _send(self, status: HTTPStatus, body: bytes, kind: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            snap = preview.current
            path = self.path.split("?", 1)[0]
            if snap is None:
                self._send(HTTPStatus.SERVICE_UNAVAILABLE, b"", "text/plain")
            elif path == "/":
                self._send(HTTPStatus.OK, snap.page, "text/html; charset=utf-8")
            elif path == "/map.json":
                self._send(HTTPStatus.OK, snap.body, "application/json; charset=utf-8")
            elif path == "/events":
                self._events()
            else:
                self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain; charset=utf-8")

        def _events(self) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            version = -1
            try:
                while not stop.is_set():
                    snap = preview.wait_for(version, timeout=15.0)
                    if snap is None:
                        self.wfile.write(b": keep-alive\n\n")
                    else:
                        version = snap.version
                        self.wfile.write(f"event: version\ndata: {version}\n\n".encode())
                    self.wfile.flush()
            except OSError:
                pass  # the page went away

        def do_HEAD(self) -> None:
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, b"", "text/plain")

        do_POST = do_PUT = do_DELETE = do_HEAD  # read-only

    return Handler


def make_server(preview: LivePreview, host: str = "127.0.0.1", port: int = 8000,
                stop: threading.Event | None = None) -> ThreadingHTTPServer:
    """The HTTP server of a preview (not started). Raises OSError when the port is taken."""
    stop = stop or threading.Event()
    server = ThreadingHTTPServer((host, port), _handler(preview, stop))
    server.daemon_threads = True
    return server
