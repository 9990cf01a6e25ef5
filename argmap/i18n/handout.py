"""Messages of the Markdown handout: German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "handout.intro": {
        "de": "Handout zur Argumentkarte. Urteile nach der begründeten (grounded) Semantik: "
        "**akzeptiert** heißt, jeder Einwand ist selbst widerlegt; **abgelehnt** heißt, "
        "ein akzeptierter Einwand steht dagegen; **offen** heißt, Einwände und "
        "Gegeneinwände halten sich die Waage.",
        "en": "Handout for the argument map. Verdicts by grounded semantics: **accepted** "
        "means every objection is itself defeated; **rejected** means an accepted "
        "objection stands against it; **undecided** means objections and "
        "counter-objections balance.",
    },
    "handout.summary": {"de": "Überblick", "en": "Overview"},
    "handout.verdicts": {"de": "Urteile nach Thema", "en": "Verdicts by topic"},
    "handout.claim": {"de": "Behauptung", "en": "Claim"},
    "handout.stance": {"de": "Haltung", "en": "Stance"},
    "handout.verdict": {"de": "Urteil", "en": "Verdict"},
    "handout.strength": {"de": "Stärke", "en": "Strength"},
    "handout.findings": {"de": "Befunde", "en": "Findings"},
    "handout.no_findings": {
        "de": "Keine Befunde: Die Karte ist in sich stimmig.",
        "en": "No findings: the map is consistent.",
    },
    "handout.questions": {"de": "Fragen zur Diskussion", "en": "Questions for discussion"},
    "handout.no_questions": {"de": "Keine offenen Widersprüche.", "en": "No open contradictions."},
    "handout.question": {
        "de": "Was spricht eher für **{a}** („{ta}“) und was für **{b}** („{tb}“)? Beide "
        "können nicht zugleich gelten, und die Karte entscheidet es nicht.",
        "en": 'What speaks for **{a}** ("{ta}") and what for **{b}** ("{tb}")? Both cannot '
        "hold at once, and the map does not decide it.",
    },
    "handout.undec_q": {
        "de": "Welcher Einwand gegen **{a}** („{ta}“) lässt sich ausräumen?",
        "en": 'Which objection against **{a}** ("{ta}") can be answered?',
    },
    "handout.claims_label": {"de": "Behauptungen", "en": "Claims"},
}
