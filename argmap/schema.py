"""JSON Schema of claim files and map.yaml, for editor completion and validation.

>>> schema = claim_file_schema()
>>> schema["title"], "claims" in schema["properties"]
('ClaimFile', True)
"""

from __future__ import annotations

import json
from typing import Any

from .model import ClaimFile, MapMeta

__all__ = ["claim_file_schema", "map_file_schema", "schema_files"]

_SCHEMA_URI = "https://json-schema.org/draft/2020-12/schema"


def claim_file_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a claim file, as users write it (short forms too)."""
    schema = ClaimFile.model_json_schema(mode="validation")
    return {"$schema": _SCHEMA_URI, **schema}


def map_file_schema() -> dict[str, Any]:
    """The JSON Schema of ``map.yaml``."""
    schema = MapMeta.model_json_schema(mode="validation", by_alias=True)
    return {"$schema": _SCHEMA_URI, **schema}


def schema_files() -> dict[str, str]:
    """File name → text of the committed editor schemas under ``schema/`` (2-space JSON).

    Regenerate them after a model change with ``argmap schema --write schema``.

    >>> sorted(schema_files())
    ['claims.schema.json', 'map.schema.json']
    """
    return {
        name: json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        for name, schema in (("claims.schema.json", claim_file_schema()),
                             ("map.schema.json", map_file_schema()))
    }
