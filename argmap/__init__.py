"""argmap — build, check and present argument maps from YAML claim files.

The pipeline, one module per step::

    model → load → graph → analysis → render / export → cli

>>> from argmap import __version__
>>> isinstance(__version__, str)
True
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
