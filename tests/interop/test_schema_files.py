"""The committed editor schemas must match the models."""

from __future__ import annotations

import json
from pathlib import Path

from argmap.schema import schema_files

ROOT = Path(__file__).resolve().parents[2]
HINT = "regenerate with: .venv/bin/argmap schema --write schema"


def test_committed_schemas_are_current() -> None:
    for name, text in schema_files().items():
        path = ROOT / "schema" / name
        assert path.is_file(), f"schema/{name} is missing; {HINT}"
        assert path.read_text(encoding="utf-8") == text, f"schema/{name} is stale; {HINT}"


def test_claim_schema_describes_claim_files() -> None:
    schema = json.loads((ROOT / "schema" / "claims.schema.json").read_text(encoding="utf-8"))
    claim = schema["$defs"]["Claim"]
    assert claim["additionalProperties"] is False
    assert {"id", "text", "stance", "undercuts"} <= set(claim["properties"])
    # claims, or (CONTRACT §6.2) only arguments
    assert {"required": ["claims"]} in schema["anyOf"]
    assert {"required": ["arguments"]} in schema["anyOf"]
    assert {"premises", "conclusion"} <= set(schema["$defs"]["Argument"]["required"])
