"""The environment of the processes a benchmark times: as a user has it.

Some sandboxes set ``PYTHONDONTWRITEBYTECODE`` (every start would then time the compiler on
argmap's sources) and ``PYTHONUNBUFFERED`` (a system call per write); a user's shell sets
neither.
"""

from __future__ import annotations

import os

USER_ENV = {k: v for k, v in os.environ.items()
            if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED")}
