"""The results of the coherence analysis: implication steps and refutations (private module).

Re-exported by :mod:`argmap.semantics.coherence`, which documents them.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field

__all__ = ["ImplicationStep", "Lemma", "Literal", "Refutation", "neg"]

Literal = tuple[Hashable, bool]


def neg(literal: Literal) -> Literal:
    """The complementary literal: ``(c, v) -> (c, not v)``."""
    return (literal[0], not literal[1])


@dataclass(frozen=True)
class ImplicationStep:
    """One inference ``premises ⇒ conclusion`` and the relation that justifies it.

    ``kind`` is ``"support"``, ``"attack"``, ``"contradiction"`` or ``"argument"``; ``source`` and
    ``target`` are the relation's endpoints as written (``source kind target``; for an argument:
    the argument's id and its conclusion). A step read off a two-literal clause has one premise;
    a step of a linked argument (premises P1 … Pn, conclusion C, the clause ¬P1 ∨ … ∨ ¬Pn ∨ C)
    has ``co_premises`` too: either all premises accepted ⇒ C accepted, or C rejected and all
    premises but one accepted ⇒ that one rejected. ``premise`` is the literal that triggered the
    step (derived last), ``co_premises`` the others.
    """

    premise: Literal
    conclusion: Literal
    kind: str
    source: Hashable
    target: Hashable
    co_premises: tuple[Literal, ...] = ()

    @property
    def premises(self) -> tuple[Literal, ...]:
        """All literals the step needs: ``(premise, *co_premises)``."""
        return (self.premise, *self.co_premises)


@dataclass(frozen=True)
class Lemma:
    """An intermediate conclusion proved by contradiction: assuming ``neg(conclusion)`` fails.

    ``refutation`` starts from the single assumption ``neg(conclusion)``; its steps may also use
    every literal derived before the lemma.
    """

    conclusion: Literal
    refutation: Refutation


@dataclass(frozen=True)
class Refutation(Sequence):
    """Why a set of assumptions admits no coherent position: a derivation ending in a clash.

    Attributes
    ----------
    assumptions : tuple of literals
        What is assumed (an accepted claim, a participant's position, or nothing).
    items : tuple of ImplicationStep and Lemma
        In reading order; every premise of a step is an assumption, the conclusion of an earlier
        item, or (inside a lemma) derived before the lemma.
    clash : literal or None
        The last item concludes ``clash`` while ``neg(clash)`` is an assumption or was concluded
        earlier: the contradiction. ``None`` only for a core (see below).
    core : tuple of (kind, source, target)
        Empty, except in the rare case that the derivation search ran out of its budget; then
        ``items`` is empty and ``core`` lists relations that together admit no such position.

    A refutation also reads as the flat sequence of its implication steps (the steps of a lemma
    in place), so code that walks a chain of :class:`ImplicationStep` can walk it too.
    """

    assumptions: tuple[Literal, ...]
    items: tuple[ImplicationStep | Lemma, ...]
    clash: Literal | None
    core: tuple[tuple[str, Hashable, Hashable], ...] = ()
    _flat: list[tuple[ImplicationStep, ...]] = field(
        default_factory=list, repr=False, compare=False, hash=False
    )

    def steps(self) -> tuple[ImplicationStep, ...]:
        """Every implication step, lemmas expanded in place (cached)."""
        if not self._flat:
            out: list[ImplicationStep] = []
            stack: list[Iterator[ImplicationStep | Lemma]] = [iter(self.items)]
            while stack:
                for item in stack[-1]:
                    if isinstance(item, Lemma):
                        stack.append(iter(item.refutation.items))
                        break
                    out.append(item)
                else:
                    stack.pop()
            self._flat.append(tuple(out))
        return self._flat[0]

    def __getitem__(self, index):  # int or slice, as for tuples
        return self.steps()[index]

    def __len__(self) -> int:
        return len(self.steps())

    def __iter__(self) -> Iterator[ImplicationStep]:
        return iter(self.steps())
