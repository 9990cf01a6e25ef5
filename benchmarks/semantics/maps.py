"""Map directories for the semantics benchmarks: the shared generator with arguments.

    from maps import generated_map
    root = generated_map(tmp, 10_000, planted=True, arguments=2_000)

``benchmarks/generate.py`` writes at most 500 claims per file and, with ``arguments``, arguments
in standard form (2–3 premises from one topic, a conclusion from the same topic) in
``arguments-001.yaml`` …; on a planted map every argument agrees with the hidden coherent
position, so the map stays coherent as a whole.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from generate import generate_map  # noqa: E402

__all__ = ["generated_map", "load_graph"]


def load_graph(root: Path):
    """Load and build a map directory as ``argmap check`` does."""
    from argmap.analysis import collector_paused
    from argmap.graph import build_graph
    from argmap.load import load_map

    with collector_paused():
        return build_graph(load_map(root))


def generated_map(
    tmp: Path, claims: int, *, planted: bool = True, arguments: int = 0, seed: int = 1
) -> Path:
    """A generated map directory below ``tmp`` (see the module docstring)."""
    name = f"{'planted' if planted else 'random'}-{claims}-{arguments}"
    return generate_map(Path(tmp) / name, claims, seed=seed, planted=planted,
                        arguments=arguments)
