"""Running one part of an analysis in a second process, beside the rest (two cores).

The coherence checks of a large map (the implication graph, the refuted claims and their
chains) need nothing the other checks compute, and nothing the other checks need: at 100,000
claims they are about half of the analysis, so :func:`argmap.analysis.analyse` runs them with
:func:`start_beside`. The machinery itself lives in :mod:`argmap._beside`, which the loader
shares (it parses half of a large map's files in the second process) and which must not
import the analysis; this module keeps its names where the analysis has always found them.

>>> job = start_beside(lambda: sum(range(10)), allowed=False)
>>> job is None
True
"""

from __future__ import annotations

from .._beside import Beside, may_fork, start_beside

__all__ = ["Beside", "may_fork", "start_beside"]
