"""Argdown's premise–conclusion structures (PCS) → argmap arguments in standard form.

A PCS is a numbered list of statements with inference lines between them::

    <Argument title>: description

    (1) [Premise]: text
    (2) another premise
    -- Modus ponens {uses: [1, 2]} --
    (3) [Conclusion]

Each inference line ends one *step*: its premises are the statements listed since the step
before plus that step's conclusion (or the statements its ``uses`` data numbers), its
conclusion the next statement. The last step is the argument (with the PCS's title); earlier
steps of a multi-step PCS become arguments ``<id>-step-<k>`` whose conclusions are premises of
a later step, which the Argdown export writes back into one PCS.

>>> pcs = Pcs(owner=None, line=1)
>>> for member in (("s", 1, "a"), ("s", 2, "b"), ("i", "", {}), ("s", 3, "c")):
...     pcs.add(member)
>>> [(s.premises, s.conclusion) for s in steps(pcs)]
[(['a', 'b'], 'c')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Pcs", "Step", "steps"]

Key = tuple[str, str]


@dataclass
class Pcs:
    """One PCS as read: its argument (``owner``, None when untitled), the line it starts on,
    and its members in order: ``("s", number, key)`` statements, ``("i", rule, data)``
    inference lines."""

    owner: Key | None
    line: int
    members: list[tuple[Any, ...]] = field(default_factory=list)

    def add(self, member: tuple[Any, ...]) -> None:
        self.members.append(member)

    @property
    def complete(self) -> bool:
        """True when an inference was seen and a conclusion follows the last one."""
        kinds = [m[0] for m in self.members]
        return "i" in kinds and kinds[-1] == "s"

    def key_of(self, number: int) -> Any:
        """The statement numbered ``number`` (None when there is none)."""
        return next((m[2] for m in self.members if m[0] == "s" and m[1] == number), None)


@dataclass
class Step:
    """One inference of a PCS: premises (statement keys), conclusion, the rule's text."""

    premises: list[Any]
    conclusion: Any
    rule: str = ""
    data: dict[str, Any] = field(default_factory=dict)  # the inference's data ({uses: …})


def _uses(pcs: Pcs, data: dict[str, Any]) -> list[Any] | None:
    """The statements an inference's ``{uses: [1, 2]}`` names; None without (valid) uses."""
    uses = data.get("uses")
    if not isinstance(uses, list):
        return None
    keys = [pcs.key_of(n) for n in uses if isinstance(n, int) and not isinstance(n, bool)]
    return [k for k in keys if k is not None] or None


def steps(pcs: Pcs) -> list[Step]:
    """The inference steps of a PCS, in order (see the module docs).

    Notes
    -----
    O(members²) in the worst case (``uses`` looks numbers up); PCS are short.
    """
    out: list[Step] = []
    listed: list[Any] = []  # statements since the last conclusion (that conclusion first)
    pending: Step | None = None  # an inference waiting for its conclusion
    for member in pcs.members:
        if member[0] == "i":
            premises = _uses(pcs, member[2]) or list(dict.fromkeys(listed))
            pending = Step(premises, None, member[1], member[2])
            continue
        if pending is not None:
            pending.conclusion = member[2]
            out.append(pending)
            listed, pending = [member[2]], None
        else:
            listed.append(member[2])
    return [s for s in out if s.premises and s.conclusion not in s.premises]
