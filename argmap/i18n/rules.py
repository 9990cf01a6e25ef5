"""What each finding and diagnostic code means, in one line (review formats, help): German and
English."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "rule.self-relation": {"de": "Eine Behauptung bezieht sich auf sich selbst.",
                           "en": "A claim supports, attacks or contradicts itself."},
    "rule.support-attack-conflict": {
        "de": "Zwei Behauptungen sind zugleich durch Stützung und Angriff verbunden.",
        "en": "Two claims are linked by a support and by an attack or contradiction."},
    "rule.incoherent-claim": {"de": "Keine stimmige Position kann die Behauptung akzeptieren.",
                              "en": "No coherent position accepts the claim."},
    "rule.incoherent-map": {"de": "Zu der Karte gibt es keine stimmige Position.",
                            "en": "No coherent position exists at all."},
    "rule.support-cycle": {"de": "Zirkelschluss: Behauptungen stützen sich nur gegenseitig.",
                           "en": "Circular reasoning: claims that only support each other."},
    "rule.odd-attack-cycle": {"de": "Angriffszyklus ungerader Länge: kein stabiles Urteil.",
                              "en": "An attack cycle of odd length: no stable verdict."},
    "rule.duplicate-claim": {"de": "Zwei Behauptungen mit demselben Text.",
                             "en": "Two claims with the same text."},
    "rule.isolated-claim": {"de": "Eine Behauptung ohne jede Beziehung.",
                            "en": "A claim with no relation at all."},
    "rule.unresolved-contradiction": {"de": "Ein Widerspruch, dessen beide Seiten offen sind.",
                                      "en": "A contradiction whose two sides are undecided."},
    "rule.quote-not-found": {"de": "Das Zitat steht nicht im Text seiner Quelle.",
                             "en": "The quote is not in its source's text."},
    "rule.unknown-source-text": {"de": "Für eine zitierte Quelle gibt es keinen Text.",
                                 "en": "No text file for a cited source."},
    "rule.expectation-failed": {"de": "Ein Urteil weicht von expect in map.yaml ab.",
                                "en": "A verdict differs from map.yaml's expect."},
    "rule.position-conflict": {"de": "Die Position akzeptiert zwei Behauptungen im Konflikt.",
                               "en": "The position accepts two claims in conflict."},
    "rule.position-incoherent": {"de": "Die Position lässt sich nicht stimmig vervollständigen.",
                                 "en": "The position has no coherent completion."},
    "rule.position-undefended": {
        "de": "Eine akzeptierte Behauptung hat einen unbeantworteten Angreifer.",
        "en": "An accepted claim has an attacker the position does not answer."},
    "rule.yaml-syntax": {"de": "Die Datei ist kein gültiges YAML.",
                         "en": "The file is not valid YAML."},
    "rule.schema": {"de": "Ein Feld fehlt, ist unbekannt oder hat einen falschen Wert.",
                    "en": "A field is missing, unknown or has a wrong value."},
    "rule.duplicate-key": {"de": "Ein Schlüssel kommt doppelt vor.",
                           "en": "A key appears twice."},
    "rule.duplicate-id": {"de": "Eine Id kommt doppelt vor.", "en": "An id appears twice."},
    "rule.unknown-reference": {"de": "Ein Verweis nennt etwas, das es nicht gibt.",
                               "en": "A reference names something that does not exist."},
    "rule.unknown-source": {"de": "Eine Quelle, die map.yaml nicht nennt.",
                            "en": "A source that map.yaml does not list."},
    "rule.unknown-topic": {"de": "Ein Thema, das map.yaml nicht nennt.",
                           "en": "A topic that map.yaml does not list."},
    "rule.file-too-large": {"de": "Die Datei ist zu groß.", "en": "The file is too large."},
    "rule.missing-map-file": {"de": "map.yaml fehlt.", "en": "map.yaml is missing."},
    "rule.contested-premise": {
        "de": "Ein Argument stützt sich auf eine angegriffene, unbegründete Prämisse.",
        "en": "An argument rests on an attacked premise that nothing supports."},
    "rule.premise-on-both-sides": {
        "de": "Eine Prämisse dient Argumenten für und gegen dieselbe Behauptung.",
        "en": "A premise serves arguments for and against the same claim."},
    "rule.position-rejects-conclusion": {
        "de": "Die Position akzeptiert die Prämissen eines Arguments und lehnt die Konklusion ab.",
        "en": "The position accepts an argument's premises and rejects its conclusion."},
}
