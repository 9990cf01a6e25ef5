"""The page's layout in a second process on a large map (formats.html.payload): the same page
as in one process, and a failing child falls back to laying out here."""

from __future__ import annotations

from tests.helpers import needs_fork, run_fresh

# run in a fresh interpreter (tests.helpers.run_fresh: a large test process may be refused a fork)
_SCRIPT = """
import os
from pathlib import Path
from tests.helpers import generated_map as generate_map, watch_children
from argmap.analysis import analyse, Options
from argmap._beside import start_beside
from argmap.formats.html import payload as P
from argmap.formats.html.layout import Layout
from argmap.graph import build_graph
from argmap.load import load_map
from argmap.view import build_view

out = generate_map(Path({tmp!r}) / "map", 400, seed=5, arguments=20)
view = build_view(analyse(build_graph(load_map(out)), Options()))
P.BESIDE_MIN_NODES = 1
os.environ["ARGMAP_JOBS"] = "1"
alone = P.render_html(view)
os.environ["ARGMAP_JOBS"] = ""
results = []
P.start_beside = watch_children(start_beside, results)
assert P.render_html(view) == alone
assert len(results) == 1 and isinstance(results[0][0], Layout), "the child laid the map out"
assert results[0][1] == [f.message("de") for f in view.findings] and results[0][1]
P.start_beside = lambda func: start_beside(lambda: 1 / 0)  # a child that fails
assert P.render_html(view) == alone
print("ok")
"""


@needs_fork
def test_a_layout_beside_gives_the_same_page_and_survives_a_failing_child(tmp_path):
    run_fresh(_SCRIPT.format(tmp=str(tmp_path)))
