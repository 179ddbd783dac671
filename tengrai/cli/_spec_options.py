"""Command-line options derived from the OpenAPI request schemas.

Every property of a create request becomes one ``--kebab-case`` option whose help text, accepted values, range and
default are read from the spec, so adding a field to the spec adds the option. The CLI converts only the shape of a
value (text to int, flag to bool); the rules are checked by the client's validation, so a bad value gets exactly
the library's message.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .. import _fields

__all__ = [
    "SHOWN_REQUIRED",
    "CreateCommand",
    "SpecOption",
    "add_spec_options",
    "camel_to_kebab",
    "camel_to_snake",
    "collect_params",
    "create_commands",
    "spec_options",
]

SHOWN_REQUIRED: set[argparse.Action] = set()
"""Options of fields the spec requires: the usage shows them without brackets, but argparse does not enforce them,
so a missing one reaches the client's validation, which names the field and the rule."""

# Shorter spellings offered beside the spec-derived name (a CLI presentation choice, not an API fact).
_ALIASES: Mapping[str, tuple[str, ...]] = {"processingMode": ("--mode",), "domains": ("--domain",)}


camel_to_snake = _fields.snake
"""``negativePrompt`` -> ``negative_prompt``: the client's argument name for an API field (`tengrai._fields.snake`)."""

camel_to_kebab = _fields.kebab
"""``negativePrompt`` -> ``negative-prompt``: the CLI option name for an API field (`tengrai._fields.kebab`)."""


@dataclass(frozen=True)
class CreateCommand:
    """A create operation of the spec as a CLI subcommand.

    Attributes:
        operation_id: the spec's operationId (``create_quantum_artwork``).
        name: the subcommand (``quantum``, ``selena-variete``).
        resource: the client attribute that creates it (``quantum``, ``selena_variete``).
        summary: one line for the command list.
        description: the operation's description, for ``tengrai <command> --help``.
    """

    operation_id: str
    name: str
    resource: str
    summary: str
    description: str


def create_commands() -> list[CreateCommand]:
    """Every artwork task of the spec (``create_<name>_artwork``), in spec order."""
    return [
        CreateCommand(
            operation_id=op.operation_id,
            name=op.command,
            resource=op.resource or "",
            summary=_first_sentence(op.description or op.summary),
            description=op.description,
        )
        for op in _fields.model().artwork_operations()
    ]


@dataclass(frozen=True)
class SpecOption:
    """One request property as a CLI option.

    Attributes:
        field: the API field name (camelCase).
        dest: the client's argument name (snake_case), also the argparse destination.
        kind: ``boolean``, ``integer``, ``number``, ``enum``, ``array``, ``object`` or ``string``.
        choices: the accepted values of an enum field.
        required: the request schema requires the field.
        help: help text from the spec's description, with the accepted values, range and default.
        json_type: the field's JSON type (an enum of numbers is ``number`` or ``integer``).
        item_type: for an array of plain values (strings, numbers), their JSON type: the option then takes one or
            more words (``--domains style-dna textcraft``) instead of JSON; None otherwise.
        example: for an option given as JSON (an object, an array of lists or objects), the JSON the help shows
            (the spec's first example, else ``{...}`` / ``[...]``); empty otherwise.
    """

    field: str
    dest: str
    kind: str
    choices: tuple[str, ...]
    required: bool
    help: str
    json_type: str = "string"
    item_type: str | None = None
    example: str = ""

    @property
    def flags(self) -> tuple[str, ...]:
        """The option strings: ``--kebab-case`` plus any alias."""
        return (f"--{camel_to_kebab(self.field)}", *_ALIASES.get(self.field, ()))


def spec_options(operation_id: str) -> list[SpecOption]:
    """The options of an operation, one per query parameter and request-body property (`tengrai._fields`).

    Path parameters are not options: the commands take them as positional arguments.
    """
    options = []
    op = _fields.model().operation(operation_id)
    for field in (*op.query_params, *op.fields):
        enum = tuple(str(value) for value in field.enum or ())
        kind = "enum" if enum else str(field.json_type or "string")
        items = field.items
        plain_items = items is not None and items.json_type in _PLAIN_ITEMS
        item_enum = tuple(str(value) for value in items.enum or ()) if items is not None and plain_items else ()
        example = _json_example(field.schema, kind) if kind in ("array", "object") and not plain_items else ""
        options.append(
            SpecOption(
                field=field.wire,
                dest=field.name,
                kind=kind,
                choices=enum,
                required=field.required,
                help=_help_text({**field.schema, "description": field.description}, kind, enum,
                                required=field.required, item_enum=item_enum,
                                plain_items=plain_items, example=example),
                json_type=str(field.json_type or "string"),
                item_type=str(items.json_type) if items is not None and plain_items else None,
                example=example,
            )
        )  # fmt: skip
    return options


def add_spec_options(parser: argparse.ArgumentParser, operation_id: str, *, positional: str | None = None) -> None:
    """Add an option for every request property of ``operation_id`` to ``parser``.

    ``positional`` names a string field (``prompt``) taken from the positional words instead of an option.
    Every option defaults to None ("not given"), so only what the user typed is sent.
    """
    group = parser.add_argument_group("request options (from the API specification)")
    for option in spec_options(operation_id):
        if option.field == positional:
            parser.add_argument(
                option.dest, nargs="*", default=None, metavar=option.field.upper(), help=_escape(option.help)
            )
            continue
        kwargs: dict[str, Any] = {"dest": option.dest, "default": None, "help": _escape(option.help)}
        if option.kind == "boolean":
            kwargs["action"] = argparse.BooleanOptionalAction
        elif option.item_type is not None:  # --domains a b, or --domains a --domains b
            kwargs.update(nargs="+", action="extend", metavar=_item_metavar(option))
            if option.item_type in _CONVERTERS:
                kwargs["type"] = _CONVERTERS[option.item_type]
        elif option.example:  # an object, or a list of lists or objects: JSON
            kwargs.update(type=_json_converter(option), metavar="JSON")
        elif option.json_type in _CONVERTERS:
            kwargs["type"] = _CONVERTERS[option.json_type]
            kwargs["metavar"] = option.dest.upper() if option.kind == "enum" else _METAVARS[option.json_type]
        elif option.kind == "enum":
            kwargs["metavar"] = option.dest.upper()
        else:
            kwargs["metavar"] = "URL" if "url" in option.dest or option.field == "webhook" else "TEXT"
        action = group.add_argument(*option.flags, **kwargs)
        if option.required:
            SHOWN_REQUIRED.add(action)


def collect_params(args: argparse.Namespace, operation_id: str) -> dict[str, Any]:
    """The client keyword arguments (snake_case) of ``operation_id`` taken from parsed ``args``.

    Fields the user did not give are left out, except required ones, which are passed as None so that the
    client's validation names them.
    """
    params: dict[str, Any] = {}
    for option in spec_options(operation_id):
        value = getattr(args, option.dest, None)
        if isinstance(value, list) and option.json_type == "string":  # the positional words of a prompt
            value = " ".join(value) if value else None
        if value is not None or option.required:
            params[option.dest] = value
    return params


def _integer_or_text(text: str) -> int | str:
    # Not an integer: keep the text so that the client's validation rejects it with its own message.
    try:
        return int(text, 10)
    except ValueError:
        return text


def _number_or_text(text: str) -> int | float | str:
    # "2" stays an int, "2.5" becomes a float; anything else stays text for the client's validation to name.
    try:
        return int(text, 10)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def _json_converter(option: SpecOption) -> Callable[[str], Any]:
    """The argparse type of a JSON option: JSON of the option's type, else one line naming what to write.

    The contents (ranges, lengths) are left to the client's validation, so a bad value gets the library's message.
    """
    expected = dict if option.json_type == "object" else list

    def convert(text: str) -> Any:
        try:
            value = json.loads(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not JSON: {text!r}; write it like '{option.example}'") from None
        if not isinstance(value, expected):
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a JSON {option.json_type}; write it like '{option.example}'"
            )
        return value

    return convert


def _json_example(schema: Mapping[str, Any], kind: str) -> str:
    examples = schema.get("examples") or []
    return json.dumps(examples[0]) if examples else ("{...}" if kind == "object" else "[...]")


_CONVERTERS: Mapping[str, Any] = {"integer": _integer_or_text, "number": _number_or_text}
_METAVARS: Mapping[str, str] = {"integer": "N", "number": "X", "array": "JSON", "object": "JSON"}
_PLAIN_ITEMS = frozenset({"string", "integer", "number"})


def _item_metavar(option: SpecOption) -> str:
    name = option.dest.upper()
    return name[:-1] if name.endswith("S") else name  # one word of the list: DOMAIN for --domains


def _help_text(
    prop: Mapping[str, Any],
    kind: str,
    enum: tuple[str, ...],
    *,
    required: bool,
    item_enum: tuple[str, ...] = (),
    plain_items: bool = False,
    example: str = "",
) -> str:
    parts = [_one_line(prop.get("description", ""))]
    if enum:
        parts.append("One of: " + ", ".join(enum) + ".")
    if item_enum:
        parts.append("Each one of: " + ", ".join(item_enum) + ".")

    if kind in ("integer", "number"):
        low, high, word = prop.get("minimum"), prop.get("maximum"), kind.capitalize()
        if low is not None and high is not None:
            parts.append(f"{word} {low}-{high}.")
        elif low is not None or high is not None:
            parts.append(f"{word}, at least {low}." if high is None else f"{word}, at most {high}.")
        if "multipleOf" in prop:
            parts.append(f"A multiple of {prop['multipleOf']}.")
    if plain_items:
        parts.append("One or more values (repeat the option or list them after it).")
        if "minItems" in prop:
            parts.append(f"At least {prop['minItems']}.")
    elif kind in ("array", "object"):
        parts.append(f"Given as JSON, e.g. '{example}'.")
    default = prop.get("default", prop.get("x-default"))
    if required:
        parts.append("Required.")
    elif default is not None:
        shown = str(default).lower() if isinstance(default, bool) else str(default)
        parts.append(f"Server default: {shown}.")
    return " ".join(part for part in parts if part)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _first_sentence(text: str) -> str:
    line = _one_line(text)
    end = line.find(". ")
    return line if end < 0 else line[: end + 1]


def _escape(text: str) -> str:
    return text.replace("%", "%%")
