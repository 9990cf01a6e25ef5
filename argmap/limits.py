"""Size limits of map files, in a module of their own: the loader enforces them, and the
importers keep what they write within them without importing the loader (fast CLI start).

>>> TITLE_LIMIT, MAX_FILE_SIZE
(80, 1000000)
"""

from __future__ import annotations

__all__ = ["BESIDE_MIN_NODES", "MAX_FILE_SIZE", "TITLE_LIMIT"]

MAX_FILE_SIZE = 1_000_000  # bytes per file; a seminar claim file is a few KB
TITLE_LIMIT = 80  # characters of a claim's or an argument's title (CONTRACT §6.1)
#: graph nodes from which the coherence checks run in a second process (argmap._beside):
#: below, forking costs more than the checks (~0.1 s at 5,000 claims)
BESIDE_MIN_NODES = 5_000
