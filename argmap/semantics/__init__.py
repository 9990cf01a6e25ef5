"""Argumentation semantics: pure algorithms over plain graphs.

- :mod:`~argmap.semantics.dung` — grounded labelling and explanations; complete, preferred and
  stable extensions; properties of sets.
- :mod:`~argmap.semantics.bipolar` — attacks derived from supports (deductive / necessary).
- :mod:`~argmap.semantics.undercut` — undercuts flattened into a Dung framework.
- :mod:`~argmap.semantics.coherence` — Betz coherence as 2-SAT, with explaining chains.
- :mod:`~argmap.semantics.strength` — DF-QuAD gradual strength.

No I/O and no messages: every function returns structured data.
"""

from argmap.semantics.bipolar import (
    SUPPORT_MODES,
    derive_attack_framework,
    extended_attacks,
    mediated_attacks,
    secondary_attacks,
    super_mediated_attacks,
    supported_attacks,
)
from argmap.semantics.coherence import (
    Commitment,
    ImplicationStep,
    PositionStatus,
    commitments,
    find_incoherent_cycle,
    implication_graph,
    incoherent_claims,
    is_coherent,
    position_status,
)
from argmap.semantics.dung import (
    IN,
    OUT,
    UNDEC,
    ExtensionResult,
    GroundedExplanation,
    RotatedCycle,
    UndecidedPath,
    complete_extensions,
    grounded_explanations,
    grounded_extension,
    grounded_labelling,
    grounded_labelling_from_edges,
    is_admissible,
    is_complete_extension,
    is_conflict_free,
    is_preferred_extension,
    is_stable_extension,
    preferred_extensions,
    stable_extensions,
)
from argmap.semantics.strength import (
    DEFAULT_BASE_SCORE,
    StrengthResult,
    dfquad_aggregate,
    dfquad_combine,
    dfquad_strengths,
)
from argmap.semantics.undercut import (
    AuxiliaryNode,
    flatten_undercuts,
    is_auxiliary,
    restrict_extensions,
    restrict_labelling,
    undercut_framework,
)

__all__ = [
    "DEFAULT_BASE_SCORE",
    "IN",
    "OUT",
    "SUPPORT_MODES",
    "UNDEC",
    "AuxiliaryNode",
    "Commitment",
    "ExtensionResult",
    "GroundedExplanation",
    "ImplicationStep",
    "PositionStatus",
    "RotatedCycle",
    "StrengthResult",
    "UndecidedPath",
    "commitments",
    "complete_extensions",
    "derive_attack_framework",
    "dfquad_aggregate",
    "dfquad_combine",
    "dfquad_strengths",
    "extended_attacks",
    "find_incoherent_cycle",
    "flatten_undercuts",
    "grounded_explanations",
    "grounded_extension",
    "grounded_labelling",
    "grounded_labelling_from_edges",
    "implication_graph",
    "incoherent_claims",
    "is_admissible",
    "is_auxiliary",
    "is_coherent",
    "is_complete_extension",
    "is_conflict_free",
    "is_preferred_extension",
    "is_stable_extension",
    "mediated_attacks",
    "position_status",
    "preferred_extensions",
    "restrict_extensions",
    "restrict_labelling",
    "secondary_attacks",
    "stable_extensions",
    "super_mediated_attacks",
    "supported_attacks",
    "undercut_framework",
]
