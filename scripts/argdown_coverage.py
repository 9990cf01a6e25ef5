"""How much of real Argdown files argmap's import keeps, and what a round trip keeps.

Reads the Argdown examples and the test fixtures of ``argdown/argdown`` from a git mirror of
that repository (nothing of it is copied into argmap), counts statements, arguments and
relations with Argdown's own parser (``@argdown/core`` installed with npm in a folder of
your choice), imports each file with argmap, and exports the imported map back to Argdown::

    npm install --prefix /tmp/argdown-node @argdown/core
    .venv/bin/python scripts/argdown_coverage.py --repo /path/to/argdown.git \\
        --node /tmp/argdown-node [--json out.json]

Columns: Argdown's counts (S statements, A arguments, P of them with a premise–conclusion
structure, R relations), what the import kept (claims from statements and questions,
arguments: reconstructed ones plus Argdown arguments kept as claims tagged
``argdown-argument``, relations: supports, attacks, contradictions and undercuts), and
Argdown's counts of the re-exported file (S', A', P', R'). Run it on an older checkout (with
``PYTHONPATH``) for the counts before a change.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_REPO = "/work/.mirror/argdown+argdown/repo"
DEFAULT_NODE = "/tmp/argdown-node"
FILES = ("examples/", "packages/argdown-core/test/")
SKIP = ("lexer-", "_partial")  # lexer token tests are not documents; partials are includes

_COUNT_JS = r"""
import { pathToFileURL } from "url";
import { readFileSync } from "fs";
const dist = process.argv[1] + "/node_modules/@argdown/core/dist/index.js";
const core = await import(pathToFileURL(dist));
const app = new core.ArgdownApplication();
app.addPlugin(new core.ParserPlugin(), "parse-input");
app.addPlugin(new core.DataPlugin(), "build-model");
app.addPlugin(new core.ModelPlugin(), "build-model");
const out = {};
for (const f of process.argv.slice(2)) {
  const r = app.run({process: ["parse-input", "build-model"], input: readFileSync(f, "utf8")});
  const args = Object.values(r.arguments || {});
  out[f] = {S: Object.keys(r.statements || {}).length, A: args.length,
            P: args.filter(a => a.pcs && a.pcs.length > 0).length,
            R: (r.relations || []).length,
            errors: (r.parserErrors || []).length + (r.lexerErrors || []).length};
}
console.log(JSON.stringify(out));
"""


def argdown_counts(node: Path, files: list[Path]) -> dict[str, dict[str, int]]:
    """Argdown's own counts of ``files`` (statements, arguments, PCS, relations, errors)."""
    run = subprocess.run(["node", "--input-type=module", "-e", _COUNT_JS, str(node),
                          *map(str, files)], capture_output=True, text=True, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def example_files(repo: str) -> list[tuple[str, str]]:
    """(path, text) of the examples and core test fixtures in the mirror's HEAD."""
    names = subprocess.run(["git", "--git-dir", repo, "ls-tree", "-r", "--name-only", "HEAD"],
                           capture_output=True, text=True, check=True).stdout.split()
    chosen = [n for n in names if n.endswith(".argdown") and n.startswith(FILES)
              and not os.path.basename(n).startswith(SKIP)]
    return [(n, subprocess.run(["git", "--git-dir", repo, "show", f"HEAD:{n}"],
                               capture_output=True, text=True, check=True).stdout)
            for n in chosen]


def argmap_counts(text: str, name: str, tmp: Path) -> tuple[dict[str, int], str]:
    """What argmap's import keeps of one file, and its map exported back to Argdown."""
    from argmap.formats import EXPORTERS, IMPORTERS
    from argmap.pipeline import check

    imported = IMPORTERS["argdown"].func(text, name)
    for rel, body in imported.files.items():
        (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp / rel).write_text(body, encoding="utf-8")
    result = check(tmp)
    g = result.graph
    claims = [d for _, d in g.nodes(data=True) if d.get("type") == "claim"]
    as_argument = sum("argdown-argument" in (d.get("tags") or ()) for d in claims)
    arguments = [n for n, d in g.nodes(data=True) if d.get("type") == "argument"
                 and "-step-" not in str(n)]
    questions = sum(d.get("type") == "question" for _, d in g.nodes(data=True))
    relations = sum(k in ("supports", "attacks", "contradicts", "undercuts")
                    for _, _, k in g.edges(keys=True))
    counts = {"S": len(claims) - as_argument + questions, "A": len(arguments) + as_argument,
              "P": len(arguments), "R": relations}
    return counts, EXPORTERS["argdown"].func(result.view)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", default=os.environ.get("ARGDOWN_REPO", DEFAULT_REPO))
    parser.add_argument("--node", default=os.environ.get("ARGDOWN_NODE", DEFAULT_NODE))
    parser.add_argument("--json", help="write the table as JSON to this file")
    args = parser.parse_args()
    core = Path(args.node) / "node_modules" / "@argdown" / "core"
    if not Path(args.repo).exists() or not core.exists():
        print(f"needs a mirror of argdown/argdown at {args.repo} and @argdown/core in "
              f"{args.node}/node_modules", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sources, exports = [], []
        for i, (name, text) in enumerate(example_files(args.repo)):
            src = Path(tmp) / f"in-{i}.argdown"
            src.write_text(text, encoding="utf-8")
            kept, back = argmap_counts(text, os.path.basename(name), Path(tmp) / f"m{i}")
            out = Path(tmp) / f"out-{i}.argdown"
            out.write_text(back, encoding="utf-8")
            sources.append(src)
            exports.append(out)
            rows.append({"file": name, "kept": kept})
        before = argdown_counts(Path(args.node), sources)
        after = argdown_counts(Path(args.node), exports)
        for row, src, out in zip(rows, sources, exports, strict=True):
            row["argdown"], row["round_trip"] = before[str(src)], after[str(out)]
    _print(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


def _print(rows: list[dict]) -> None:
    head = f"{'file':58} {'S':>4} {'A':>3} {'P':>3} {'R':>4} | {'S':>4} {'A':>3} {'P':>3} " \
           f"{'R':>4} | {'S′':>4} {'A′':>3} {'P′':>3} {'R′':>4} err"
    print(head)
    total = {k: [0, 0, 0] for k in "SAPR"}
    for row in rows:
        a, k, r = row["argdown"], row["kept"], row["round_trip"]
        for key in "SAPR":
            total[key][0] += a[key]
            total[key][1] += min(k[key], a[key])
            total[key][2] += r[key]
        print(f"{row['file'][-58:]:58} {a['S']:4} {a['A']:3} {a['P']:3} {a['R']:4} | "
              f"{k['S']:4} {k['A']:3} {k['P']:3} {k['R']:4} | {r['S']:4} {r['A']:3} "
              f"{r['P']:3} {r['R']:4} {a['errors']}/{r['errors']}")
    for key in "SAPR":
        n, kept, back = total[key]
        share = 100 * kept / n if n else 100.0
        print(f"{key}: Argdown {n}, kept {kept} ({share:.1f} %), round trip {back}")


if __name__ == "__main__":
    sys.exit(main())
