"""Pictures of one student contribution for docs/seminar.md, made from the real commands.

    .venv/bin/python scripts/seminar_screens.py [--out docs/images]

The shipped map is copied into a temporary git repository; the guide's example student file
(the first YAML block of section 3 of docs/seminar.md) is added as ``claims/gruppe-b.yaml``.
Then, exactly as a student or a reviewer would see it:

* ``seminar-check-author.png``: ``argmap check claims --author "Gruppe B"`` in a terminal;
* ``seminar-diff.png``: ``argmap diff HEAD`` (the last commit against the files) in a terminal;
* ``seminar-pull-request.png``: the pull-request comment the review workflow
  (docs/examples/argmap-review.yml) posts — the Markdown of
  ``argmap diff main HEAD --format markdown`` on the group's branch —
  — above the annotations of ``argmap check --format github`` on the changed file.

Terminal pictures are rich's own SVG export of the colour output; everything is drawn by
Debian's headless Chromium (no download, no network).
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CHROMIUM = "/usr/bin/chromium"
GIT_ENV = {"GIT_AUTHOR_NAME": "Gruppe B", "GIT_AUTHOR_EMAIL": "b@seminar",
           "GIT_COMMITTER_NAME": "Gruppe B", "GIT_COMMITTER_EMAIL": "b@seminar",
           "PATH": "/usr/bin:/bin", "HOME": "/tmp"}


def student_file(guide: Path = ROOT / "docs" / "seminar.md") -> str:
    """The first YAML block of section 3 of the guide (the example contribution)."""
    text = guide.read_text(encoding="utf-8")
    section = text[text.index("## 3."):]
    match = re.search(r"```yaml\n(.*?)```", section, re.S)
    if match is None:
        raise SystemExit("docs/seminar.md: no YAML example in section 3")
    return match.group(1)


def run(cwd: Path, *args: str) -> str:
    env = {**GIT_ENV, "COLUMNS": "100", "FORCE_COLOR": "1", "TERM": "xterm-256color"}
    done = subprocess.run([str(BIN / "argmap"), *args], cwd=cwd, capture_output=True,
                          text=True, env=env)
    return done.stdout + done.stderr


def terminal_svg(ansi: str, title: str) -> str:
    from rich.console import Console
    from rich.text import Text

    console = Console(record=True, width=100, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(Text.from_ansi(ansi))
    return console.export_svg(title=title)


COMMENT_CSS = """
body{font:15px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;
     background:#f6f8fa;margin:0;padding:24px;width:900px}
.box{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin-bottom:20px}
.head{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:8px 16px;font-size:14px;
      border-radius:6px 6px 0 0}
.body{padding:4px 16px 12px}
h2{font-size:1.3em;border-bottom:1px solid #d8dee4;padding-bottom:.3em}
h3{font-size:1.1em} code{background:#eff1f3;padding:.1em .3em;border-radius:4px;font-size:85%}
table{border-collapse:collapse} td,th{border:1px solid #d0d7de;padding:4px 10px}
.ann{border-left:4px solid #0969da;padding:6px 12px;margin:8px 0;background:#ddf4ff}
.ann.warning{border-color:#d4a72c;background:#fff8c5}
.ann.error{border-color:#cf222e;background:#ffebe9}
.ann b{display:block;font-size:13px}
"""


def pull_request_html(comment_md: str, annotations: str) -> str:
    from markdown_it import MarkdownIt

    items = []
    for line in annotations.splitlines():
        m = re.match(r"::(\w+) (.*?)::(.*)", line)
        if m is None:
            continue
        level, where, message = m.groups()
        fields = dict(p.split("=", 1) for p in where.split(",") if "=" in p)
        file, at = html.escape(fields.get("file", "")), html.escape(fields.get("line", ""))
        items.append(f'<div class="ann {html.escape(level)}"><b>{file} Zeile {at} · '
                     f'{html.escape(level)}</b>{html.escape(message.replace("%0A", " "))}</div>')
    notes = "".join(items) or "<p>Keine Anmerkungen: kein Befund, die Karte lädt.</p>"
    return (f"<!doctype html><meta charset=utf-8><style>{COMMENT_CSS}</style>"
            f'<div class="box"><div class="head"><b>github-actions</b> kommentierte</div>'
            f'<div class="body">{MarkdownIt("commonmark").enable("table").render(comment_md)}'
            f'</div></div><div class="box"><div class="head"><b>Anmerkungen</b> der Prüfung '
            f'(argmap check --format github), an Datei und Zeile</div><div class="body">{notes}'
            f"</div></div>")


def screenshot(pages: dict[str, str], out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu"], viewport={"width": 960, "height": 120})
        context.route("**/*", lambda route: route.abort()
                      if not route.request.url.startswith(("data:", "about:")) else
                      route.continue_())
        page = context.new_page()
        for name, markup in pages.items():
            page.set_content(markup)
            page.screenshot(path=str(out / name), full_page=True)
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="argmap-seminar-") as tmp:
        repo = Path(tmp) / "seminar"  # beside shared/seeds, as in the guide
        seeds = ROOT.parent / "shared" / "seeds"
        if seeds.is_dir():
            shutil.copytree(seeds, Path(tmp) / "shared" / "seeds")
        shutil.copytree(ROOT / "claims", repo / "claims")
        shutil.copytree(ROOT / "schema", repo / "schema") if (ROOT / "schema").is_dir() else None
        for git in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "Karte"]):
            subprocess.run(["git", *git], cwd=repo, check=True, env=GIT_ENV)
        (repo / "claims" / "gruppe-b.yaml").write_text(student_file(), encoding="utf-8")
        texts = ["--sources", "../shared/seeds"] if seeds.is_dir() else []
        author = run(repo, "check", "claims", "--author", "Gruppe B", *texts)
        difference = run(repo, "diff", "HEAD")
        # the pull request: the file committed on the group's branch, compared with main
        for git in (["checkout", "-qb", "gruppe-b"], ["add", "-A"],
                    ["commit", "-qm", "Gruppe B: Gegenposition"]):
            subprocess.run(["git", *git], cwd=repo, check=True, env=GIT_ENV)
        comment = run(repo, "diff", "main", "HEAD", "--format", "markdown")
        annotations = run(repo, "check", "claims", "--format", "github")
    args.out.mkdir(parents=True, exist_ok=True)
    screenshot({
        "seminar-check-author.png": terminal_svg(author, 'argmap check claims --author "Gruppe B"'),
        "seminar-diff.png": terminal_svg(difference, "argmap diff HEAD"),
        "seminar-pull-request.png": pull_request_html(comment, annotations),
    }, args.out)
    for name in ("seminar-check-author.png", "seminar-diff.png", "seminar-pull-request.png"):
        print(args.out / name)


if __name__ == "__main__":
    main()
