"""Every function of the package stays small (issue 9): at most 60 lines of code.

Counted from the first statement after the docstring to the function's last line, so that
numpydoc docstrings (examples, Notes, References) do not count against the code. Cyclomatic
complexity (at most 15) is checked by ``make lint`` (ruff's C901 rule).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "argmap"
MAX_LINES = 60

# the one exception, with its reason (measured in benchmarks/README.md): the fast YAML path
# folds every parser event in one loop, and a function call per event would cost more than
# the loop's own work
EXCEPTIONS = {("yamlpos.py", "_read_clean")}


def code_lines(func: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    body = func.body
    has_doc = (isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
               and isinstance(body[0].value.value, str))
    first = body[1] if has_doc and len(body) > 1 else body[0]
    return (func.end_lineno or func.lineno) - first.lineno + 1


def long_functions(root: Path = PACKAGE) -> list[tuple[str, str, int]]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = code_lines(node)
                name = str(path.relative_to(root))
                if lines > MAX_LINES and (name, node.name) not in EXCEPTIONS:
                    found.append((name, node.name, lines))
    return found


def test_every_function_has_at_most_60_lines_of_code() -> None:
    assert long_functions() == []


def test_the_count_sees_a_long_function(tmp_path: Path) -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_LINES + 1))
    (tmp_path / "m.py").write_text(f'def f():\n    """Doc."""\n{body}', encoding="utf-8")
    (tmp_path / "ok.py").write_text('def g():\n    """Doc\n\n    more.\n    """\n    return 1\n',
                                    encoding="utf-8")
    assert long_functions(tmp_path) == [("m.py", "f", MAX_LINES + 1)]


def test_the_exceptions_still_exist() -> None:
    names = {(str(p.relative_to(PACKAGE)), n.name) for p in PACKAGE.rglob("*.py")
             for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
             if isinstance(n, ast.FunctionDef)}
    assert names >= EXCEPTIONS
