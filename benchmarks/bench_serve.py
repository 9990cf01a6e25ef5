"""``argmap serve``: from saving one changed claim file to the new data in the open page.

    .venv/bin/python benchmarks/bench_serve.py --claims 1000 10000 --runs 7

For each size a generated map (``generate.py``, seed 1) is served by a real ``argmap serve``
process on 127.0.0.1 and opened in headless Chromium (Debian's ``/usr/bin/chromium``). One run:
rewrite one claim file with a new text for its first claim, then wait until the page's data
holds that text (the watcher saw the change, the warm process rebuilt, the server told the page,
the page fetched ``/map.json`` and replaced its map in place). Medians of ``--runs`` after one
warm-up. In the same run, as the floor a student has without the preview: the whole-process
``argmap build`` of the same map (then the page would still have to be reloaded by hand).
Targets (issue 13): ≤ 250 ms at 1,000 claims, ≤ 1 s at 10,000 claims.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import generate_map

CHROMIUM = os.environ.get("ARGMAP_CHROMIUM", "/usr/bin/chromium")
URL = re.compile(r"http://127\.0\.0\.1:(\d+)/")
TEXT = re.compile(r'^    text: "(.+)"$', re.M)


def start_serve(directory: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen([sys.executable, "-m", "argmap", "serve", str(directory),
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        m = next((URL.search(x) for x in lines if URL.search(x)), None)
        if m:
            return proc, m.group(0)
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("argmap serve did not start:\n" + "".join(lines))


def whole_build(directory: Path, out: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "argmap", "build", str(directory), "-o", str(out)],
                       check=False, capture_output=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def one_size(pw: object, claims: int, runs: int, work: Path) -> dict[str, float]:
    directory = generate_map(work / f"m{claims}", claims, seed=1)
    target = next(p for p in sorted(directory.glob("*.yaml")) if p.name != "map.yaml")
    original = target.read_text(encoding="utf-8")
    first = TEXT.search(original)
    assert first is not None
    proc, url = start_serve(directory)
    browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,  # type: ignore[attr-defined]
                                 args=["--no-sandbox", "--disable-gpu"])
    try:
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(url)
        page.wait_for_function("() => window.argmap && window.argmap.ready && document."
                               "documentElement.getAttribute('data-live-version') === '0'",
                               timeout=300_000)
        times = []
        for run in range(runs + 1):
            marker = f"Geändert in Lauf {run} ({claims})"
            target.write_text(original.replace(first.group(0), f'    text: "{marker}"', 1),
                              encoding="utf-8")
            t0 = time.perf_counter()
            page.wait_for_function("(m) => window.argmap.data.claims.text.includes(m)",
                                   arg=marker, timeout=120_000, polling=5)
            took = time.perf_counter() - t0
            if run:
                times.append(took)
            time.sleep(0.3)
        build = whole_build(directory, work / "out.html", max(3, runs // 2))
    finally:
        browser.close()
        proc.terminate()
        proc.wait(10)
    return {"claims": claims, "serve": statistics.median(times), "min": min(times),
            "max": max(times), "build": build}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    print("| claims | save → page (median) | min | max | whole `argmap build` | build / serve |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        for n in args.claims:
            r = one_size(pw, n, args.runs, Path(tmp))
            print(f"| {n:,} | **{r['serve'] * 1000:.0f} ms** | {r['min'] * 1000:.0f} ms | "
                  f"{r['max'] * 1000:.0f} ms | {r['build']:.2f} s | "
                  f"{r['build'] / r['serve']:.1f}x |", flush=True)


if __name__ == "__main__":
    main()
