"""Argumentation semantics: pure algorithms over plain graphs.

- :mod:`~argmap.semantics.dung` — grounded labelling and explanations; complete, preferred and
  stable extensions; properties of sets.
- :mod:`~argmap.semantics.bipolar` — attacks derived from supports (deductive / necessary).
- :mod:`~argmap.semantics.undercut` — undercuts flattened into a Dung framework.
- :mod:`~argmap.semantics.arguments` — arguments in standard form (linked premises) in that
  framework, and explanations of their labels.
- :mod:`~argmap.semantics.coherence` — Betz coherence (2-SAT, or SAT with linked arguments),
  with explaining chains and refutations.
- :mod:`~argmap.semantics.strength` — DF-QuAD gradual strength, with argument nodes.

No I/O and no messages: every function returns structured data. Each public name is listed
once, in its module's ``__all__``; this package re-exports them all. Functions that take a
framework or an implication graph refuse other graph types (a multigraph such as the argument
graph, an undirected graph) with :class:`networkx.NetworkXNotImplemented`.
"""

from argmap.semantics import arguments, bipolar, coherence, dung, strength, undercut
from argmap.semantics.arguments import *  # noqa: F403
from argmap.semantics.bipolar import *  # noqa: F403
from argmap.semantics.coherence import *  # noqa: F403
from argmap.semantics.dung import *  # noqa: F403
from argmap.semantics.strength import *  # noqa: F403
from argmap.semantics.undercut import *  # noqa: F403

__all__ = sorted(
    {
        *arguments.__all__,
        *bipolar.__all__,
        *coherence.__all__,
        *dung.__all__,
        *strength.__all__,
        *undercut.__all__,
    }
)
