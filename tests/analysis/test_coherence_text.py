"""The words of coherence findings (argmap.analysis.coherence)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("kind", ["support", "attack", "contradiction", "argument"])
@pytest.mark.parametrize("pv", [True, False])
@pytest.mark.parametrize("qv", [True, False])
def test_a_step_in_one_format_reads_as_in_two(lang, kind, pv, qv) -> None:
    """The merged step template (verbs and reason put in) gives the two-format text, also
    for claim ids with braces."""
    from argmap.analysis.coherence import _FIN, _INF, _phrase, _step_template

    p, q, a, b = "p{0}", "q}", "{a}", "b"
    reason = _phrase(f"coh.because.{kind}", lang).format(a=a, b=b)
    want = _phrase("coh.step", lang).format(p=p, pv=_phrase(_FIN[pv], lang), q=q,
                                            qv=_phrase(_INF[qv], lang), reason=reason)
    assert _step_template(kind, pv, qv, lang).format(p=p, q=q, a=a, b=b) == want
