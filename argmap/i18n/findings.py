"""Messages of findings, coherence chains and label explanations: German and English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "finding.self-relation": {
        "de": "{a} bezieht sich auf sich selbst ({kind}): eine Behauptung kann nicht ihr "
        "eigener Grund oder Gegengrund sein.",
        "en": "{a} relates to itself ({kind}): a claim cannot be its own reason or objection.",
    },
    "finding.support-attack-conflict": {
        "de": "{a} und {b} sind zugleich durch Stützung und durch {other} verbunden: {a} kann "
        "nicht Grund für und gegen {b} sein.",
        "en": "{a} and {b} are linked both by a support and by {other}: {a} cannot be a "
        "reason both for and against {b}.",
    },
    "finding.support-cycle": {
        "de": "Zirkelschluss: {cycle} stützen sich nur gegenseitig.",
        "en": "Circular reasoning: {cycle} only support each other.",
    },
    "finding.odd-attack-cycle": {
        "de": "Angriffszyklus ungerader Länge ({n}): {cycle}. Für diese Behauptungen gibt es "
        "kein stabiles Urteil.",
        "en": "Attack cycle of odd length ({n}): {cycle}. No stable verdict exists for these "
        "claims.",
    },
    "finding.duplicate-claim": {
        "de": "{a} und {b} haben (bis auf Groß-/Kleinschreibung, Leerraum und Satzzeichen) "
        "denselben Text.",
        "en": "{a} and {b} have the same text (up to case, white space and punctuation).",
    },
    "finding.isolated-claim": {
        "de": "{a} steht mit keiner anderen Behauptung in Beziehung.",
        "en": "Claim {a} has no relation to any other claim.",
    },
    "finding.unresolved-contradiction": {
        "de": "Der Widerspruch zwischen {a} und {b} ist ungelöst: beide sind offen.",
        "en": "The contradiction between {a} and {b} is unresolved: both are undecided.",
    },
    "finding.quote-not-found": {
        "de": "Das Zitat von {a} steht nicht im Text der Quelle {source}: „{quote}“. Am "
        "ähnlichsten ist diese Stelle: „{near}“.",
        "en": "The quote of {a} is not in the text of source {source}: \"{quote}\". The most "
        "similar passage is: \"{near}\".",
    },
    "finding.unknown-source-text": {
        "de": "Für die Quelle {source} gibt es keinen Text ({file} fehlt in {dir}).",
        "en": "No text for source {source} ({file} is missing in {dir}).",
    },
    "finding.expectation-failed": {
        "de": "{a} sollte laut map.yaml {expected} sein, ist aber {actual}{reading}.",
        "en": "According to map.yaml, {a} should be {expected} but is {actual}{reading}.",
    },
    "position.both": {
        "de": "'{id}' steht zugleich unter accept und reject.",
        "en": "'{id}' is listed under both accept and reject.",
    },
    "finding.incoherent-claim": {
        "de": "Keine stimmige Position kann {a} akzeptieren: {chain}.",
        "en": "No coherent position can accept {a}: {chain}.",
    },
    "finding.incoherent-map": {
        "de": "Es gibt überhaupt keine stimmige Position zu dieser Karte: {chain}.",
        "en": "No coherent position exists for this map at all: {chain}.",
    },
    "finding.position-conflict": {
        "de": "Die Position akzeptiert {a} und {b}, aber die beiden stehen im Konflikt "
        "(Angriff oder Widerspruch).",
        "en": "The position accepts {a} and {b}, but they conflict (attack or contradiction).",
    },
    "finding.position-incoherent": {
        "de": "Die Position lässt sich nicht stimmig vervollständigen: {chain}.",
        "en": "The position has no coherent completion: {chain}.",
    },
    "finding.position-incoherent-map": {
        "de": "Keine Position kann stimmig sein, weil die Karte selbst es nicht ist: {chain}.",
        "en": "No position can be coherent, because the map itself is not: {chain}.",
    },
    "finding.position-both": {
        "de": "Die Position akzeptiert und verwirft {a} zugleich.",
        "en": "The position both accepts and rejects {a}.",
    },
    "finding.position-undefended": {
        "de": "Die Position akzeptiert {a}, aber {x} greift {a} an und wird weder verworfen "
        "noch durch eine akzeptierte Behauptung beantwortet.",
        "en": "The position accepts {a}, but {x} attacks {a} and is neither rejected nor "
        "answered by an accepted claim.",
    },
    "coh.step": {
        "de": "wer {p} {pv}, muss {q} {qv} ({reason})",
        "en": "whoever {pv} {p} must {qv} {q} ({reason})",
    },
    "coh.fin.true": {"de": "akzeptiert", "en": "accepts"},
    "coh.fin.false": {"de": "ablehnt", "en": "rejects"},
    "coh.inf.true": {"de": "akzeptieren", "en": "accept"},
    "coh.inf.false": {"de": "ablehnen", "en": "reject"},
    "coh.because.support": {"de": "{a} stützt {b}", "en": "{a} supports {b}"},
    "coh.because.attack": {"de": "{a} greift {b} an", "en": "{a} attacks {b}"},
    "coh.because.contradiction": {
        "de": "{a} und {b} widersprechen sich",
        "en": "{a} and {b} contradict each other",
    },
    "coh.because.argument": {"de": "Argument {a} für {b}", "en": "argument {a} for {b}"},
    "coh.held": {"de": "{p} {pv}", "en": "{pv} {p}"},
    "coh.and": {"de": "{items} und {last}", "en": "{items} and {last}"},
    "coh.step-linked": {
        "de": "wer {premises}, muss {q} {qv} ({reason})",
        "en": "whoever {premises} must {qv} {q} ({reason})",
    },
    "coh.lemma": {
        "de": "angenommen, jemand {pv} {p}: {sub} — also muss man {p} {qv}",
        "en": "suppose someone {pv} {p}: {sub} — so one must {qv} {p}",
    },
    "coh.clash": {
        "de": "also müsste {c} zugleich akzeptiert und abgelehnt werden",
        "en": "so {c} would have to be both accepted and rejected",
    },
    "coh.core": {
        "de": "diese Beziehungen lassen zusammen keine stimmige Position zu: {items}",
        "en": "these relations together admit no coherent position: {items}",
    },
    "explain.argument.in": {
        "de": "Anwendbar: Alle Prämissen von {a} sind akzeptiert, und nichts hebt den Schluss "
        "auf {c} auf.",
        "en": "Applicable: every premise of {a} is accepted and nothing cancels the inference "
        "to {c}.",
    },
    "explain.argument.premise": {
        "de": "Entkräftet: Die Prämisse {x} von {a} ist abgelehnt.",
        "en": "Defeated: the premise {x} of {a} is rejected.",
    },
    "explain.argument.undercut": {
        "de": "Unterlaufen: {x} ist akzeptiert und bestreitet, dass die Prämissen von {a} {c} "
        "stützen.",
        "en": "Undercut: {x} is accepted and denies that the premises of {a} support {c}.",
    },
    "explain.argument.conclusion": {
        "de": "Entkräftet: {x} greift die Konklusion {c} von {a} wirksam an.",
        "en": "Defeated: {x} attacks the conclusion {c} of {a}, and the attack holds.",
    },
    "explain.argument.undec-premise": {
        "de": "Offen: Die Prämisse {x} von {a} ist offen.",
        "en": "Undecided: the premise {x} of {a} is undecided.",
    },
    "explain.argument.undec-undercut": {
        "de": "Offen: Ob {x} den Schluss von {a} auf {c} unterläuft, ist offen.",
        "en": "Undecided: whether {x} undercuts the inference of {a} to {c} is undecided.",
    },
    "explain.argument.undec-conclusion": {
        "de": "Offen: Der Angriff von {x} auf die Konklusion {c} von {a} ist offen.",
        "en": "Undecided: the attack of {x} on the conclusion {c} of {a} is undecided.",
    },
    "explain.in-unattacked": {
        "de": "Akzeptiert: Keine Behauptung greift {a} an.",
        "en": "Accepted: no claim attacks {a}.",
    },
    "explain.in-defended": {
        "de": "Akzeptiert: Jeder Einwand gegen {a} ist ausgeräumt — {items}.",
        "en": "Accepted: every objection to {a} is answered — {items}.",
    },
    "explain.defence.defeated": {
        "de": "{x} ist durch {y} widerlegt",
        "en": "{x} is defeated by {y}",
    },
    "explain.defence.undercut": {
        "de": "der Einwand von {x} ist durch {y} unterlaufen",
        "en": "the objection of {x} is undercut by {y}",
    },
    "explain.defence.rejected": {"de": "{x} ist selbst abgelehnt", "en": "{x} is itself rejected"},
    "explain.out": {
        "de": "Abgelehnt: {w} greift {a} an, und {w} ist akzeptiert.",
        "en": "Rejected: {w} attacks {a}, and {w} is accepted.",
    },
    "explain.undec": {
        "de": "Offen: {a} liegt auf einem Angriffszyklus, den nichts entscheidet: {cycle}.",
        "en": "Undecided: {a} lies on an attack cycle that nothing decides: {cycle}.",
    },
    "explain.undec-path": {
        "de": "Offen: {a} hängt über {path} an einem Angriffszyklus, den nichts entscheidet: "
        "{cycle}.",
        "en": "Undecided: {a} depends via {path} on an attack cycle that nothing decides: {cycle}.",
    },
    "finding.self-relation-argument": {
        "de": "Das Argument {arg} schließt auf {a}, das schon eine seiner Prämissen ist: ein "
        "Argument kann seine Konklusion nicht voraussetzen.",
        "en": "Argument {arg} concludes {a}, which is one of its own premises: an argument "
        "cannot presuppose its conclusion.",
    },
    "finding.contested-premise": {
        "de": "Das Argument {arg} stützt sich auf {p}, das {x} angreift und das nichts stützt: "
        "das Argument steht und fällt mit einer unbegründeten Prämisse.",
        "en": "Argument {arg} rests on {p}, which {x} attacks and nothing supports: the "
        "argument stands or falls with an unargued premise.",
    },
    "finding.premise-on-both-sides": {
        "de": "{p} ist Prämisse von {pro} für {c} und von {con} für {d}, und {d} steht gegen "
        "{c} ({rel}): dieselbe Behauptung dient als Grund für und gegen {c}.",
        "en": "{p} is a premise of {pro} for {c} and of {con} for {d}, and {d} stands against "
        "{c} ({rel}): the same claim serves as a reason for and against {c}.",
    },
    "finding.position-rejects-conclusion": {
        "de": "Du akzeptierst alle Prämissen von {arg} ({premises}), lehnst aber die "
        "Konklusion {c} ab: Wer die Prämissen annimmt, muss auch die Konklusion annehmen.",
        "en": "You accept every premise of {arg} ({premises}) but reject its conclusion {c}: "
        "whoever accepts the premises must accept the conclusion.",
    },
}
