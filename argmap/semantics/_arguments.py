"""Arguments in standard form as the semantics modules take them (private helper).

An argument is given as ``(argument, premises, conclusion)``: its id (any hashable that is not a
claim), an iterable of premise claims (linked: together a reason) and one conclusion claim.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable

__all__ = ["ArgumentSpec", "argument_specs"]

ArgumentSpec = tuple[Hashable, Iterable[Hashable], Hashable]


def argument_specs(
    arguments: Iterable[ArgumentSpec],
) -> list[tuple[Hashable, tuple[Hashable, ...], Hashable]]:
    """Normalise arguments: premises as a tuple without repeats (first order kept).

    Raises ``ValueError`` for an argument without premises or given twice.

    >>> argument_specs([("A", ["p", "q", "p"], "c")])
    [('A', ('p', 'q'), 'c')]
    """
    out = []
    seen: set[Hashable] = set()
    for item in arguments:
        name, premises, conclusion = item  # a ValueError here names a malformed argument
        if isinstance(premises, str):
            raise ValueError(f"premises of argument {name!r} must be a list of claims, "
                             f"not the string {premises!r}")
        unique = tuple(dict.fromkeys(premises))
        if not unique:
            raise ValueError(f"argument {name!r} has no premises")
        if name in seen:
            raise ValueError(f"argument {name!r} is given twice")
        seen.add(name)
        out.append((name, unique, conclusion))
    return out
