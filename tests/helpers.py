"""Shared by the tests: where things are, and schema validation of every JSON output."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"
SEED_DIR = ROOT / "corpora" / "baonghean" / "2016-01-22-drug-addiction-treatment"
SEED_EN = SEED_DIR / "en.txt"
SEED_FR = SEED_DIR / "fr.txt"
GOLDEN = ROOT / "tests" / "golden"


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
    return Registry().with_resources(resources)


@cache
def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=_registry())


def validate(name: str, data: Any) -> None:
    """Raise if ``data`` does not match ``schemas/<name>.schema.json``."""
    errors = sorted(validator(name).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise AssertionError(f"{name}: {errors[0].message} at {list(errors[0].absolute_path)}")
