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

A save usually changes a few claims of thousands, so every step keeps what did not change:
unchanged files are not read again, a save that changes only texts keeps the semantics
(``analysis.reanalyse_texts``), the view and the page payload reuse their unchanged parts
(:class:`~argmap.view.ViewReuse`, :class:`~argmap.formats.html.payload.PayloadReuse`), and a
page that holds version *v* fetches ``/map.json?have=v``: only what changed since *v*
(:func:`payload_delta`, applied by the page's script), not the whole map again.
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
from .view import ViewReuse, build_view

__all__ = ["LIVE_SCRIPT", "LivePreview", "Snapshot", "apply_delta", "make_server",
           "payload_delta", "watch"]

#: the page's side of the preview: wait for a new version, fetch what changed since the
#: version it holds (the whole data when the server has no delta from there), update in place
LIVE_SCRIPT = """(function () {
  "use strict";
  var shown = -1, held = -1, heldProblems = [];
  function patched(base, delta) {
    var p = Object.assign({}, base), cols = Object.assign({}, base.claims);
    Object.keys(delta.set).forEach(function (k) { p[k] = delta.set[k]; });
    Object.keys(delta.columns).forEach(function (k) {
      var c = delta.columns[k], a;
      if (Array.isArray(c)) { a = c; } else {
        a = cols[k].slice();
        for (var i = 0; i + 1 < c.at.length; i += 2) { a[c.at[i]] = c.at[i + 1]; }
      }
      cols[k] = a;
    });
    p.claims = cols;
    return p;
  }
  function apply(doc) {
    if (doc.version === shown) { return; }
    var payload = doc.payload;
    if (doc.delta) {
      if (doc.delta.base !== held) { held = -1; pull(); return; }
      payload = patched(window.argmap.data, doc.delta);
    }
    shown = doc.version;
    var problems = doc.problems || heldProblems;  // a delta leaves out unchanged problems
    if (payload) { window.argmap.update(payload); held = doc.version; heldProblems = problems; }
    window.argmap.showProblems(problems);
    document.documentElement.setAttribute("data-live-version", String(doc.version));
  }
  function pull() {
    fetch("/map.json?have=" + held, { cache: "no-store" }).then(function (r) { return r.json(); })
      .then(apply).catch(function () { /* the server stopped: keep the last map */ });
  }
  var events = new EventSource("/events");
  events.addEventListener("version", pull);
  pull();
})();
"""

#: a claim column is sent as changed entries while fewer than this share of them changed
_PATCH_SHARE = 0.25


def payload_delta(base: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """What :func:`apply_delta` needs to turn payload ``base`` into ``new``: the top-level
    entries that differ (``set``) and the claim columns that differ (``columns``: a column
    whole, or ``{"at": [i, value, …]}`` for a few changed entries of a column of equal
    length).

    >>> base = {"title": "T", "claims": {"id": list("abcde"), "text": list("vwxyz")}}
    >>> new = {"title": "T", "claims": {"id": list("abcde"), "text": list("vwxyZ")}}
    >>> payload_delta(base, new)
    {'set': {}, 'columns': {'text': {'at': [4, 'Z']}}}
    >>> apply_delta(base, payload_delta(base, new)) == new
    True

    Notes
    -----
    O(size of both payloads) comparisons, in C where entries are equal (the reused payload
    shares most lists with the last one).
    """
    gone = [k for k in base if k not in new]
    if gone:  # never happens between payloads of one format; whole data then
        raise ValueError(f"payload entries removed: {gone}")
    changed = {k: v for k, v in new.items() if k != "claims" and base.get(k, _NONE) != v}
    columns: dict[str, Any] = {}
    old_cols, cols = base.get("claims") or {}, new["claims"]
    for name, col in cols.items():
        old = old_cols.get(name)
        if old == col:
            continue
        if old is None or len(old) != len(col):
            columns[name] = col
            continue
        at = [i for i, (x, y) in enumerate(zip(old, col, strict=True)) if x != y]
        columns[name] = ({"at": [v for i in at for v in (i, col[i])]}
                         if len(at) < _PATCH_SHARE * len(col) else col)
    return {"set": changed, "columns": columns}


_NONE = object()


def apply_delta(base: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``delta`` applied (what the page's script does; for tests and tools)."""
    out = {**base, **delta["set"]}
    cols = dict(base["claims"])
    for name, col in delta["columns"].items():
        if isinstance(col, list):
            cols[name] = col
        else:
            patched = list(cols[name])
            for i in range(0, len(col["at"]) - 1, 2):
                patched[col["at"][i]] = col["at"][i + 1]
            cols[name] = patched
    out["claims"] = cols
    return out


class Snapshot:
    """One build: the data and the problems to overlay, and how to make the page of it.

    What ``/map.json`` sends is made when first asked for, once: the whole data
    (:attr:`body`), or for a page that holds the last good version only what changed since
    (:meth:`body_for`).
    """

    def __init__(self, version: int, payload: dict[str, Any] | None,
                 problems: list[dict[str, Any]], render: Callable[[], bytes],
                 base: Snapshot | None = None) -> None:
        self.version, self.payload, self.problems = version, payload, problems
        self.render = render  # the page (with the live script) of the last good map
        self.base = base  # the last good build before this one
        self._made: dict[str, bytes] = {}
        self._lock = threading.Lock()

    @property
    def ok(self) -> bool:
        """Whether the map loaded (else the page keeps the last good map)."""
        return self.payload is not None

    @property
    def page(self) -> bytes:
        return self.render()

    @property
    def body(self) -> bytes:
        """/map.json: {"version", "payload" (null when the map did not load), "problems"}."""
        return self._once("whole", lambda: _json(
            {"version": self.version, "payload": self.payload, "problems": self.problems}))

    def body_for(self, have: int | None) -> bytes:
        """/map.json for a page that holds the data of version ``have``: only the changes
        (``{"version", "delta": {"base", "set", "columns"}}``, plus ``"problems"`` when they
        differ from that build's) when this build follows that one, else the whole
        :attr:`body`."""
        base, payload = self.base, self.payload
        if payload is None or base is None or base.payload is None or have != base.version:
            return self.body
        held, held_problems = base.payload, base.problems

        def delta() -> bytes:
            doc: dict[str, Any] = {"version": self.version, "delta": {
                "base": have, **payload_delta(held, payload)}}
            if self.problems != held_problems:
                doc["problems"] = self.problems
            return _json(doc)

        return self._once("delta", delta)

    def _once(self, name: str, make: Callable[[], bytes]) -> bytes:
        with self._lock:
            if name not in self._made:
                self._made[name] = make()
            return self._made[name]


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
    _good: Snapshot | None = None  # the last good build
    _view_reuse: ViewReuse = field(default_factory=ViewReuse)
    _payload_reuse: Any = None  # formats.html.payload.PayloadReuse, made on the first build
    _lock: threading.Lock = field(default_factory=threading.Lock)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def rebuild(self) -> Snapshot:
        """Load, analyse and lay out again (unchanged files from the cache, unchanged parts of
        the analysis, view and payload reused); on a load error keep the last good page and
        data and report the problems. The page itself is rendered only when a browser loads
        it (:meth:`Snapshot.page`); an open page takes the data."""
        from .formats.html.payload import PayloadReuse, build_payload

        if self._payload_reuse is None:
            self._payload_reuse = PayloadReuse()
        version = (self.current.version + 1) if self.current else 0
        release_frozen()  # the last build's objects may become garbage now (argmap.gcpause)
        good = self._good
        try:
            amap = load_map(self.directory, lang=self.lang, cache=self.cache)
        except LoadError as exc:
            problems = [_problem_of_diagnostic(d) for d in exc.diagnostics]
            last = good.render if good is not None else _constant(_error_page(exc))
            return self._publish(Snapshot(version, None, problems, last))
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
        view = build_view(analysis, lang, amap.files, reuse=self._view_reuse)
        payload = build_payload(view, lang, reuse=self._payload_reuse)
        messages = [f["message"] for f in payload["findings"]]
        snap = Snapshot(version, payload, _problems_of_findings(view, messages),
                        _page_maker(payload, view.language), base=good)
        if good is not None:
            good.base = None  # only the newest build answers with deltas: no chain of builds
        self._good = snap
        return self._publish(snap)

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


def _have(query: str) -> int | None:
    """The version a page says it holds (``have=N`` in the query), None when it says none.

    >>> _have("have=3"), _have("have=-1"), _have("x=1"), _have("have=3x")
    (3, -1, None, None)
    """
    for part in query.split("&"):
        name, _, value = part.partition("=")
        if name == "have" and value.lstrip("-").isdigit() and len(value) < 12:
            return int(value)
    return None


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


def watch(preview: LivePreview, stop: threading.Event, interval: float = 0.025,
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
            path, _, query = self.path.partition("?")
            if snap is None:
                self._send(HTTPStatus.SERVICE_UNAVAILABLE, b"", "text/plain")
            elif path == "/":
                self._send(HTTPStatus.OK, snap.page, "text/html; charset=utf-8")
            elif path == "/map.json":
                self._send(HTTPStatus.OK, snap.body_for(_have(query)),
                           "application/json; charset=utf-8")
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
