"""The import graph of the argmap package: draw it, and check the layering rules.

    python scripts/import_graph.py            # the rules: prints violations, exit 1 if any
    python scripts/import_graph.py --mermaid  # the component graph as a Mermaid flowchart

Every ``import`` statement counts, also those inside functions and under ``TYPE_CHECKING``
(a loop "only for a type hint" is still a loop for the reader). The rules (issue 9):

1. no import loop between modules;
2. nothing imports ``argmap.cli`` (but ``argmap.__main__``, the ``python -m argmap`` entry);
3. ``argmap.pipeline`` is imported only by ``argmap.cli`` (and benchmarks and tests, which
   are outside the package);
4. an output module (a module of ``argmap.formats``) never imports a private (``_``) name of
   another output module; shared helpers live in ``formats._common``, ``formats._places`` and
   ``formats.registry``.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx

PACKAGE = "argmap"
ROOT = Path(__file__).resolve().parents[1] / PACKAGE
SHARED_FORMAT_MODULES = {"argmap.formats", "argmap.formats.registry", "argmap.formats._common",
                         "argmap.formats._places"}

#: the components of the picture: a module belongs to the longest prefix listed here
COMPONENTS = (
    "argmap.errors", "argmap.model", "argmap.yamlpos", "argmap.load", "argmap.position",
    "argmap.graph", "argmap.semantics", "argmap.analysis", "argmap.vocabulary", "argmap.i18n",
    "argmap.view", "argmap.formats.html", "argmap.formats", "argmap.write", "argmap.pipeline",
    "argmap.cli", "argmap.schema",
)


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base.pop()
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(path: Path, modules: set[str]) -> Iterator[tuple[str, str | None]]:
    """``(module, name)`` for every import of ``path`` that lands in the package; ``name`` is
    the imported name of a ``from … import name`` whose target is not itself a module."""
    module = module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == PACKAGE:
                    yield alias.name, None
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(module, path.name == "__init__.py", node)
            if target.split(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield (sub, None) if sub in modules else (target, alias.name)


def import_graph() -> tuple[nx.DiGraph, list[tuple[str, str, str | None]]]:
    """The module graph, and every import as ``(importer, imported module, name)``."""
    files = sorted(ROOT.rglob("*.py"))
    modules = {module_name(p) for p in files}
    g = nx.DiGraph()
    g.add_nodes_from(modules)
    edges = []
    for path in files:
        source = module_name(path)
        for target, name in imports_of(path, modules):
            if target in modules and target != source:
                g.add_edge(source, target)
                edges.append((source, target, name))
    return g, edges


def _output_module(module: str) -> str | None:
    """The output module ``module`` belongs to (html is one output), or None."""
    if not module.startswith("argmap.formats.") or module in SHARED_FORMAT_MODULES:
        return None
    parts = module.split(".")
    return ".".join(parts[:3])


def violations(graph: tuple[nx.DiGraph, list[tuple[str, str, str | None]]] | None = None
               ) -> list[str]:
    """Every broken rule of ``graph`` (default: the package's), as a sentence."""
    g, edges = graph if graph is not None else import_graph()
    found = [f"import loop: {' -> '.join([*cycle, cycle[0]])}"
             for cycle in nx.simple_cycles(g)]
    for source, target, name in edges:
        if target == "argmap.cli" and source != "argmap.__main__":
            found.append(f"{source} imports argmap.cli")
        if target == "argmap.pipeline" and source != "argmap.cli":
            found.append(f"{source} imports argmap.pipeline (only the CLI may)")
        own, other = _output_module(source), _output_module(target)
        if other is not None and own != other and name is not None and name.startswith("_"):
            found.append(f"{source} imports {target}.{name}, a private name of another output")
    return sorted(set(found))


def component(module: str) -> str:
    return max((c for c in COMPONENTS if module == c or module.startswith(c + ".")),
               key=len, default=module)


def mermaid() -> str:
    """The component graph (modules grouped as in :data:`COMPONENTS`) as Mermaid."""
    g, _ = import_graph()
    comp = nx.DiGraph()
    for u, v in g.edges():
        cu, cv = component(u), component(v)
        if cu != cv:
            comp.add_edge(cu, cv)
    # draw only what is not implied: the transitive reduction keeps the picture readable
    reduced = nx.transitive_reduction(comp) if nx.is_directed_acyclic_graph(comp) else comp
    lines = ["flowchart BT"]
    for c in sorted(comp):
        lines.append(f'    {c.replace(".", "_")}["{c.removeprefix("argmap.")}"]')
    for u, v in sorted(reduced.edges()):
        lines.append(f'    {u.replace(".", "_")} --> {v.replace(".", "_")}')
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mermaid", action="store_true", help="print the component graph")
    args = parser.parse_args()
    if args.mermaid:
        sys.stdout.write(mermaid())
        return 0
    found = violations()
    for line in found:
        print(line)
    print(f"{len(found)} violation(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
