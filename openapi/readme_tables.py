"""The operation tables of ``README.md``, written by ``make generate`` from the spec (``openapi/generate_sdk.py``).

Each table stands between a ``<!-- begin NAME ... -->`` and an ``<!-- end NAME -->`` comment in the README; the
text between them is replaced, everything else is left as it is. ``make test`` (check-generated) fails when the
README's tables differ from what the spec gives.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from field_model import PROMPT_FIELD, Operation  # the generator's own modules, beside it
from spec_model import SpecModel

__all__ = ["tables", "update_readme"]


def _makes(spec: SpecModel, op: Operation) -> str:
    schemas: dict[str, Any] = spec.document.get("components", {}).get("schemas", {})
    inferred = schemas.get(op.response_schema or "", {}).get("x-inferred-artwork-type") is True
    return f"`{op.artwork_type}`" + ("*" if inferred else "")


def _artwork_table(spec: SpecModel) -> list[str]:
    rows = ["| client | CLI | endpoint | makes |", "|---|---|---|---|"]
    for op in spec.artwork_operations():
        rows.append(f"| `client.{op.resource}` | `tengrai {op.command}` | {op.method} {op.path} | {_makes(spec, op)} |")
    return rows


def _command_line(spec: SpecModel, op: Operation) -> str:
    group, name = spec.cli_command(op)
    words = ["tengrai", group, name, *(item.name.upper() for item in op.path_params)]
    if PROMPT_FIELD in op.by_wire:
        words.append('"PROMPT"')
    required = [item for item in (*op.query_params, *op.fields) if item.required and item.wire != PROMPT_FIELD]
    words += [f"{item.option} {item.name.upper()}" for item in required]
    return " ".join(words)


def _answers(op: Operation) -> str:
    if op.response_schema is None:
        return "nothing"
    if op.response_kind == "array":
        return f"`{op.response_schema}`s" + (", every page, lazily" if op.paged else "")
    return f"`{op.response_schema}`"


def _plain_table(spec: SpecModel) -> list[str]:
    rows = ["| client | CLI | endpoint | answers |", "|---|---|---|---|"]
    for op in spec.request_operations():
        endpoint = f"{op.method} {op.path}" + (" (synchronous)" if op.synchronous else "")
        rows.append(
            f"| `client.{op.resource}.{op.method_name}` | `{_command_line(spec, op)}` | {endpoint} | {_answers(op)} |"
        )
    return rows


def tables(spec: SpecModel) -> dict[str, str]:
    """Marker name -> the Markdown table the README shows between its markers."""
    return {
        "artwork-operations": "\n".join(_artwork_table(spec)),
        "plain-operations": "\n".join(_plain_table(spec)),
    }


def update_readme(path: Path, spec: SpecModel) -> None:
    """Replace the tables between the markers of ``path`` (SystemExit naming a missing marker)."""
    text = path.read_text(encoding="utf-8")
    for name, table in tables(spec).items():
        begin = f"<!-- begin {name}: written by make generate from the spec, do not edit -->"
        end = f"<!-- end {name} -->"
        found = re.search(re.escape(begin) + r"\n.*?" + re.escape(end), text, re.DOTALL)
        if found is None:
            raise SystemExit(f"{path}: no {begin} ... {end} markers for the {name} table")
        text = text[: found.start()] + f"{begin}\n{table}\n{end}" + text[found.end() :]
    path.write_text(text, encoding="utf-8")
