"""Hypothesis settings of the semantics property tests.

``PROPERTY`` runs 2,000 examples: the property tests compare algorithms with brute-force
references, and the team's bar is thousands of random frameworks each. Set
``ARGMAP_PROPERTY_EXAMPLES`` to change it (e.g. 200 for a quick local loop, 20000 for a soak run).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("ARGMAP_PROPERTY_EXAMPLES", "2000"))

PROPERTY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
