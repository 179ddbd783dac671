"""Generate the client's user-facing resource classes from the spec (run by ``make generate``).

Usage: python openapi/generate_sdk.py SPEC.yaml PACKAGE_DIR

Reads only the spec (through its field model, ``openapi/spec_model.py``) and its own templates: it never imports
``tengrai`` nor reads the other generator's output. Writes into the ``tengrai`` package directory PACKAGE_DIR:
``resources/_generated.py``, holding for every artwork task (``create_<name>_artwork``) a sync and an async class
with ``create`` and ``generate`` and for every operation marked ``x-sdk-resource`` a plain request method;
``resources/_attributes.py``, the mixins that give the clients one attribute per resource (built on first access);
``_literals.py``, the spec's named enums as Literal types; and ``_compiled.py``, everything else the SDK needs of
the spec at run time as plain data (the operations with their resolved rules, statuses, answer schemas), so
no module of the SDK opens the spec. The templates are in ``openapi/sdk_templates/``; the naming rules are in
``openapi/NOTES.md``.
"""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from field_model import request_problem, schema_problems  # the generator's own modules, beside it
from readme_tables import update_readme
from record_model import envelope_classes, envelope_problems, record_classes
from spec_model import Field, Operation, SpecModel, kebab, snake

TEMPLATES = Path(__file__).resolve().parent / "sdk_templates"
RESOURCES = "resources/_generated.py"
"""The resource classes, relative to the ``tengrai`` package."""
ATTRIBUTES = "resources/_attributes.py"
"""The clients' resource attributes (the classes load on first use)."""
LITERALS = "_literals.py"
"""The spec's named enums as Literal types."""
COMPILED = "_compiled.py"
"""The spec's facts the SDK needs at run time, as plain data."""
PARAMETERS = "_parameters.py"
"""The typed parameters of each artwork type."""
ANSWERS = "_model/answers.py"
"""The typed records of the plain operations' answers."""
FIELDS = "_fields.py"
"""The field model (a copy of ``openapi/field_model.py``: the generator and the SDK share one definition)."""
ENVELOPES = "_model/envelopes.py"
"""The fields every artwork of an artwork union has (its envelope), typed."""
OPTION_KEYS = {
    "RequestOptions": ("extra_headers", "extra_query"),
    "BodyRequestOptions": ("extra_headers", "extra_query", "extra_body"),
}
"""The keywords of the per-request options TypedDicts of `tengrai.types` (a test keeps them equal)."""
_WIDTH = 120
_PY_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def annotation(item: Field, literals: set[str]) -> str:
    """The Python type of a field: the generated Literal for a spec enum, else the JSON type's Python type."""
    if item.enum is not None:
        if item.enum_name is not None:
            literals.add(item.enum_name)
            return item.enum_name
        return "Literal[" + ", ".join(json.dumps(value) for value in item.enum) + "]"
    if item.json_type == "array":
        return f"list[{annotation(item.items, literals)}]" if item.items is not None else "list[Any]"
    if item.json_type == "object":
        return "Mapping[str, Any]"
    return _PY_TYPES.get(str(item.json_type), "Any")


def _number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and abs(value) >= 10_000 else str(value)


def describe(item: Field) -> str:
    """One argument's documentation: wire name, description, allowed values, range, default."""
    parts = [f"``{item.wire}``" + (f" ({item.location} parameter)" if item.location != "body" else "") + "."]
    if item.description:
        parts.append(item.description if item.description.endswith(".") else item.description + ".")
    if item.enum is not None:
        parts.append("One of: " + ", ".join(f"``{value}``" for value in item.enum) + ".")
    if item.items is not None and item.items.enum is not None:
        parts.append("Each one of: " + ", ".join(f"``{value}``" for value in item.items.enum) + ".")
    if item.rule("minItems") is not None:
        parts.append(f"At least {item.rule('minItems')} item(s).")
    low, high = item.rule("minimum"), item.rule("maximum")
    if low is not None or high is not None:
        parts.append(f"Range: {_number(low) if low is not None else ''}..{_number(high) if high is not None else ''}.")
    if item.rule("maxLength") is not None:
        parts.append(f"At most {_number(item.rule('maxLength'))} characters.")
    if item.rule("x-max-words") is not None:
        parts.append(f"At most {item.rule('x-max-words')} words (x-max-words).")
    if item.required:
        parts.append("Required.")
    elif item.has_default:
        shown = str(item.default).lower() if isinstance(item.default, bool) else str(item.default)
        parts.append(f"Server default: ``{shown}``.")
    return " ".join(parts)


def doc_lines(name: str, text: str, indent: int) -> list[str]:
    """``name: text`` wrapped to the line length inside a docstring indented by ``indent``."""
    escaped = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return textwrap.wrap(
        f"{name}: {escaped}",
        width=_WIDTH - indent,
        subsequent_indent="    ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def wrap(text: str, indent: int) -> list[str]:
    """Prose wrapped inside a docstring indented by ``indent``."""
    escaped = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return textwrap.wrap(escaped, width=_WIDTH - indent, break_long_words=False, break_on_hyphens=False)


@dataclass
class Argument:
    """One argument of a generated method."""

    name: str
    wire: str
    annotation: str
    default: str | None
    doc: list[str]


@dataclass
class Method:
    """One generated method (``create``/``generate`` of an artwork task, or a plain request)."""

    op: Operation
    positional: list[Argument]
    keywords: list[Argument]
    returns: str
    async_returns: str

    @property
    def headline(self) -> str:
        """The first line of a plain request method's docstring."""
        text = self.op.summary or self.op.operation_id.replace("_", " ").capitalize()
        return text if text.endswith(".") else text + "."

    @property
    def options_type(self) -> str:
        """The TypedDict of `tengrai.types` that types the method's ``**options`` (per-request options)."""
        return "BodyRequestOptions" if self.op.body else "RequestOptions"

    @property
    def options_doc(self) -> tuple[str, str]:
        """The docstring entry of ``**options``: the TypedDict and its keywords."""
        keys = ", ".join(f"``{key}``" for key in OPTION_KEYS[self.options_type])
        return "**options", f"per-request options (`{self.options_type}`): {keys}."

    @property
    def path_dict(self) -> str:
        return _dict_source((arg.wire, arg.name) for arg in self.positional)

    @property
    def query_dict(self) -> str:
        return _dict_source(
            (arg.wire, arg.name) for arg in self.keywords if self.op.by_name[arg.name].location == "query"
        )

    @property
    def body_dict(self) -> str:
        """The body arguments keyed by their Python names (validation maps them to the wire names)."""
        return _dict_source(
            (arg.name, arg.name) for arg in self.keywords if self.op.by_name[arg.name].location == "body"
        )


def _dict_source(items: Iterable[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{json.dumps(key)}: {value}" for key, value in items) + "}"


@dataclass
class Node:
    """One resource class: its artwork task, its plain methods, and its child resources (``v1.artworks``)."""

    path: str
    artwork: Method | None = None
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Node] = field(default_factory=dict)
    base: tuple[str, str] | None = None
    """(module, class) of the hand-written base class its operations name (``x-sdk-resource-base``)."""

    @property
    def all_methods(self) -> list[Method]:
        """The artwork task (if any) and the plain methods."""
        return ([self.artwork] if self.artwork else []) + self.methods

    @property
    def class_name(self) -> str:
        return "".join(part.title().replace("_", "") for part in self.path.replace(".", "_").split("_"))

    @property
    def summary(self) -> str:
        if self.artwork is not None:
            op = self.artwork.op
            return f"{op.title}: {op.description}" if op.description else op.title
        names = ", ".join(f"`{m.op.method_name}`" for m in self.methods)
        kids = ", ".join(f"`{name}`" for name in self.children)
        return f"``client.{self.path}``: " + "; ".join(part for part in (names, kids) if part) + "."


def _argument(item: Field, literals: set[str]) -> Argument:
    kind = annotation(item, literals)
    optional = not item.required
    return Argument(
        name=item.name,
        wire=item.wire,
        annotation=f"{kind} | None" if optional else kind,
        default="None" if optional else None,
        doc=doc_lines(item.name, describe(item), 12),
    )


PAGE_PARAMETERS = ("offset", "limit")
"""The query parameters of an ``x-sdk-paged`` operation that its pager sets on every page request."""

RESERVED = frozenset({"self", "timeout", "on_progress", "options", "page_size", *OPTION_KEYS["BodyRequestOptions"]})
"""Names the generated methods use for themselves: no argument of an operation may have one of them."""


def _method(op: Operation, literals: set[str], records: set[str], document: Mapping[str, Any]) -> Method:
    positional = [_argument(item, literals) for item in op.path_params]
    keywords = [_argument(item, literals) for item in (*op.query_params, *op.fields)]
    clash = RESERVED & {arg.name for arg in (*positional, *keywords)}
    if clash:
        raise SystemExit(f"{op.operation_id}: the argument name(s) {sorted(clash)} are the SDK's own; rename them")
    if op.is_artwork_task:
        parameters = _parameters_of(document, op.response_schema)
        if parameters is None:
            return Method(op, positional, keywords, "SyncArtwork[Any]", "AsyncArtwork[Any]")
        records.add("parameters:" + parameters)
        return Method(op, positional, keywords, f"SyncArtwork[{parameters}]", f"AsyncArtwork[{parameters}]")
    record = op.response_schema if is_record(document, op.response_schema) else None
    if record is not None and op.response_kind in ("object", "array"):
        records.add(record)
        returns = record if op.response_kind == "object" else f"list[{record}]"
    else:
        returns = {"object": "dict[str, Any]", "array": "list[Any]"}.get(op.response_kind, "None")
    if op.paged:  # every page, lazily: the items of the array, one by one; offset/limit are the pager's
        item = returns.removeprefix("list[").removesuffix("]")
        keywords = [arg for arg in keywords if arg.wire not in PAGE_PARAMETERS]
        return Method(op, positional, keywords, f"Iterator[{item}]", f"AsyncIterator[{item}]")
    return Method(op, positional, keywords, returns, returns)


def _parameters_of(document: Mapping[str, Any], artwork: str | None) -> str | None:
    """The parameters component of an artwork schema (its typed class in ``_parameters.py``), if it names one."""
    schema = document.get("components", {}).get("schemas", {}).get(artwork or "", {})
    node = schema.get("properties", {}).get("parameters", {})
    return str(node["$ref"]).rsplit("/", 1)[-1] if "$ref" in node else None


def is_record(document: Mapping[str, Any], name: str | None) -> bool:
    """Whether the answer schema ``name`` is an SDK record: an object with properties, or a oneOf of them."""
    schema = document.get("components", {}).get("schemas", {}).get(name or "")
    return bool(schema) and ("properties" in schema or "oneOf" in schema)


def build_tree(spec: SpecModel, literals: set[str], records: set[str]) -> Node:
    """The resource classes to generate, rooted at the client."""
    root = Node("")
    for op in spec.operations:
        if op.resource is None:
            continue
        node = root
        parts = op.resource.split(".")
        for index, part in enumerate(parts):
            node = node.children.setdefault(part, Node(".".join(parts[: index + 1])))
        method = _method(op, literals, records, spec.document)
        base = spec.document["paths"][op.path][op.method.lower()].get("x-sdk-resource-base")
        if base is not None:
            module, _, name = str(base).rpartition(".")
            if not module or (node.base is not None and node.base != (module, name)):
                raise SystemExit(f"{op.operation_id}: x-sdk-resource-base {base!r} is not one <module>.<Class>")
            node.base = (module, name)
        if op.is_artwork_task:
            node.artwork = method
        else:
            node.methods.append(method)
    return root


def _walk(node: Node) -> list[Node]:
    """Every node below ``node``, children before parents (a class is defined before it is used)."""
    found: list[Node] = []
    for child in node.children.values():
        found.extend(_walk(child))
        found.append(child)
    return found


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - the output is Python source, not HTML
    )


def render(document: Mapping[str, Any], spec_name: str = "openapi/tengrai.yaml") -> dict[str, str]:
    """The generated modules' sources for ``document``: the resource classes (`RESOURCES`) and the clients'
    attributes that build them on first access (`ATTRIBUTES`)."""
    spec = SpecModel(document)
    literals: set[str] = set()
    records: set[str] = set()
    root = build_tree(spec, literals, records)
    unions = compiled_data_unions(spec)
    environment = _environment()
    nodes = _walk(root)
    classes = sorted(
        [name for node in nodes for name in (node.class_name, "Async" + node.class_name)],
        key=lambda name: (not name.isupper(), name),  # ruff's __all__ order: CONSTANT-like names first
    )
    resources = environment.get_template("resources.py.jinja").render(
        spec_name=spec_name,
        root=root,
        nodes=nodes,
        literals=sorted(literals),
        records=sorted(name for name in records if ":" not in name and name not in unions),
        union_records=sorted(name for name in records if name in unions),
        parameters=sorted(name.partition(":")[2] for name in records if ":" in name),
        typing_names=_typing_names(nodes),
        paged=any(method.op.paged for node in nodes for method in node.methods),
        option_types=sorted({method.options_type for node in nodes for method in node.all_methods}),
        exports=classes,
        wrap=wrap,
        doc_lines=doc_lines,
    )
    attributes = environment.get_template("attributes.py.jinja").render(
        spec_name=spec_name,
        root=root,
        classes=classes,
        attached={prefix + child.class_name for child in root.children.values() for prefix in ("", "Async")},
        wrap=wrap,
    )
    return {RESOURCES: resources, ATTRIBUTES: attributes}


def _typing_names(nodes: list[Node]) -> list[str]:
    """The names from `typing` (and ``Mapping``) that the generated annotations use."""
    texts = []
    for node in nodes:
        for method in node.all_methods:
            texts.append(method.returns)
            texts.extend(arg.annotation for arg in (*method.positional, *method.keywords))
    texts.extend(method.async_returns for node in nodes for method in node.all_methods)
    used = " ".join(texts)
    names = ("Any", "AsyncIterator", "Iterator", "Literal", "Mapping")
    return [name for name in names if re.search(rf"\b{name}\b", used)]


def render_literals(document: Mapping[str, Any], spec_name: str = "openapi/tengrai.yaml") -> str:
    """The source of the module that defines the spec's named enums as Literal types (see `tengrai.types`)."""
    schemas = document.get("components", {}).get("schemas", {})
    enums = {
        name: {"values": ", ".join(repr(value) for value in schema["enum"]), "doc": wrap(_doc(schema), 3)}
        for name, schema in sorted(schemas.items())
        if "enum" in schema
    }
    return _environment().get_template("literals.py.jinja").render(spec_name=spec_name, enums=enums)


def _doc(schema: Mapping[str, Any]) -> str:
    text = " ".join(str(schema.get("description") or "A documented value set of the API.").split())
    return text if text.endswith(".") else text + "."


def compiled_data(spec: SpecModel) -> dict[str, Any]:
    """What the SDK needs of the spec at run time, as plain data, by constant name (see ``_compiled.py``)."""
    schemas: Mapping[str, Any] = spec.document.get("components", {}).get("schemas", {})
    unions = compiled_data_unions(spec)
    return {
        "SERVER_URL": spec.document["servers"][0]["url"],
        "OPERATIONS": {op.operation_id: spec.compile_operation(op) for op in spec.operations},
        "STATUSES": {
            name: {"enum": list(schema["enum"]), "terminal": list(schema["x-terminal"])}
            for name, schema in schemas.items()
            if "x-terminal" in schema
        },
        "UNIONS": unions,
        "SCALARS": {
            name: spec.deep(schema)
            for name, schema in schemas.items()
            if schema.get("type") in ("string", "integer", "number") and "enum" not in schema
        },
    }


_DICT_NAMES = frozenset(dir(dict)) | {"__slots__", "__module__"}


def echo_annotation(spec: SpecModel, node: Mapping[str, Any], literals: set[str]) -> str:
    """The Python type of an echoed answer field: a named enum (also behind an ``anyOf`` that adds a plain string
    for values this version does not know) is its Literal; other JSON types their Python type."""
    schema = spec.resolve(node)
    branches = [*schema.get("anyOf", ()), *schema.get("oneOf", ())] or [node]
    for branch in branches:
        if "$ref" in branch and "enum" in spec.resolve(branch):
            name = str(branch["$ref"]).rsplit("/", 1)[-1]
            literals.add(name)
            return name
    resolved = spec.resolve(branches[0])
    if "enum" in resolved:
        return "Literal[" + ", ".join(repr(value) for value in resolved["enum"]) + "]"
    kind = resolved.get("type")
    if kind == "array":
        return "list[Any]"
    if kind == "object":
        return "Mapping[str, Any]"
    return _PY_TYPES.get(str(kind), "Any")


def parameter_classes(spec: SpecModel, literals: set[str]) -> tuple[dict[str, Any], dict[str, dict[str, str]]]:
    """The typed parameters class of each artwork schema of the artwork unions (by component name) and, per
    union, artworkType -> class; the names must not shadow what a dict has (``items``, ``get``, ...)."""
    schemas: Mapping[str, Any] = spec.document.get("components", {}).get("schemas", {})
    classes: dict[str, Any] = {}
    by_union: dict[str, dict[str, str]] = {}
    for union, data in compiled_data_unions(spec).items():
        by_union[union] = {}
        for artwork_type, component in data["by_type"].items():
            node = schemas[component].get("properties", {}).get("parameters", {})
            if "$ref" not in node:
                continue
            name = str(node["$ref"]).rsplit("/", 1)[-1]
            by_union[union][artwork_type] = name
            if name in classes:
                continue
            fields = []
            for wire, prop in spec.resolve(node).get("properties", {}).items():
                python = snake(wire)
                if python in _DICT_NAMES or not python.isidentifier():
                    raise SystemExit(f"{name}.{wire}: the attribute {python!r} would shadow a dict name; rename it")
                description = " ".join(str(spec.resolve(prop).get("description") or "").split())
                doc = f"``{wire}``" + (f": {description}" if description else ".")
                kind = echo_annotation(spec, prop, literals)
                fields.append({"name": python, "wire": wire, "type": kind, "doc": wrap(doc, 11)})
            doc = f"The parameters of {component} as the API echoes them."
            classes[name] = {"fields": fields, "doc": wrap(doc, 4)}
    return classes, by_union


def compiled_data_unions(spec: SpecModel) -> dict[str, Any]:
    """The artwork unions of the spec: oneOf name -> ``by_type`` (artworkType -> component) and ``fallback``."""
    schemas: Mapping[str, Any] = spec.document.get("components", {}).get("schemas", {})
    unions = {}
    for name, schema in schemas.items():
        branches = [spec.resolve(branch) for branch in schema.get("oneOf", ())]
        if branches and all("artworkType" in branch.get("properties", {}) for branch in branches):
            consts = {
                str(branch["properties"]["artworkType"].get("const")): ref["$ref"].rsplit("/", 1)[-1]
                for ref, branch in zip(schema["oneOf"], branches, strict=True)
            }
            fallback = consts.pop("None", None)
            if fallback is None:
                raise SystemExit(f"{name}: the oneOf has no branch without an artworkType const for unknown types")
            unions[name] = {"by_type": consts, "fallback": fallback}
    return unions


def render_parameters(spec: SpecModel, spec_name: str = "openapi/tengrai.yaml") -> str:
    """The source of ``_parameters.py``: a typed parameters class per artwork type."""
    literals: set[str] = set()
    classes, by_union = parameter_classes(spec, literals)
    used = " ".join(field["type"] for cls in classes.values() for field in cls["fields"])
    return (
        _environment()
        .get_template("parameters.py.jinja")
        .render(
            spec_name=spec_name,
            classes=dict(sorted(classes.items())),
            by_union=by_union,
            literals=sorted(literals),
            typing_names=[name for name in ("Any", "Literal") if re.search(rf"\b{name}\b", used)],
            uses_mapping="Mapping[" in used,
        )
    )


def render_answers(spec: SpecModel, spec_name: str = "openapi/tengrai.yaml") -> dict[str, str]:
    """The sources of ``_model/answers.py`` (a typed record per flat answer object of the plain operations) and
    ``_model/envelopes.py`` (the fields class of each artwork union), by `openapi/record_model.py`."""
    sources = {}
    for path, build in ((ANSWERS, record_classes), (ENVELOPES, envelope_classes)):
        literals: set[str] = set()
        classes = build(spec, functools.partial(echo_annotation, spec, literals=literals), wrap)
        sources[path] = _render_records(spec_name, classes, sorted(literals), envelopes=path == ENVELOPES)
    return sources


def _render_records(spec_name: str, classes: dict[str, Any], literals: list[str], *, envelopes: bool) -> str:
    fields = [field for cls in classes.values() for field in cls["fields"]]
    checks = {field["check"] for field in fields} | {"check_object"}
    if any(not field["required"] or field["nullable"] for field in fields):
        checks.add("optional")
    used = " ".join(field["type"] for field in fields)
    return (
        _environment()
        .get_template("answers.py.jinja")
        .render(
            spec_name=spec_name,
            classes={} if envelopes else classes,
            envelopes=classes if envelopes else {},
            all_names=sorted(
                [*classes, *([] if envelopes else ["RECORDS"])], key=lambda name: (name != "RECORDS", name)
            ),
            bases=sorted({cls["base"] for cls in classes.values() if cls.get("base")}),
            base_names=["P" if envelopes else "Record", *sorted(checks)],
            defaults=CHECK_DEFAULTS,
            literals=literals,
            typing_names=[name for name in ("Literal",) if re.search(rf"\b{name}\b", used)],
            uses_datetime="datetime." in used,
            doc_lines=doc_lines,
            pyset=_set_source,
            pydict=_secrets_source,
        )
    )


CHECK_DEFAULTS = {
    "string": "string",
    "number": "number",
    "integer": "integer",
    "boolean": "boolean",
    "json_object": "object",
    "array": "array",
    "string_array": "array of string",
    "date_time": "string",
    "anything": "any JSON value",
}
"""What each check of ``tengrai/_model/record.py`` says a field must be unless told otherwise."""


def _secrets_source(fields: Iterable[Mapping[str, Any]]) -> str:
    """The source of a record's ``_secrets``: attribute -> wire name of each ``x-secret`` property."""
    return "{" + ", ".join(f"{json.dumps(field['name'])}: {json.dumps(field['wire'])}" for field in fields) + "}"


def _set_source(values: Iterable[Any]) -> str:
    items = sorted(json.dumps(value) for value in values)
    return "frozenset({" + ", ".join(items) + "})" if items else "frozenset()"


CLI_OWN_OPTIONS = frozenset(
    {"api-key", "base-url", "help", "json", "mock", "no-save", "no-wait", "out", "save", "strict", "timeout", "wait"}
)
"""The CLI's own ``--options`` of a create command: no request field may take one of these names (a test keeps
the list equal to the options the CLI's parser defines)."""


def check_spec(spec: SpecModel) -> None:
    """Refuse, naming the schema, a spec that would break at run time: an enum whose ``x-sizes`` (or
    ``x-high-resolution-sizes``) does not cover exactly its values or lacks its ``x-default``; a request rule the
    SDK's validation cannot check (`field_model.schema_problem`); a request field the CLI cannot take (its option
    is one of the CLI's own); a plain operation whose answer the mock cannot build (no ``example``/``examples`` on
    its answer schema)."""
    problems = []
    for name, schema in spec.document.get("components", {}).get("schemas", {}).items():
        values = set(map(str, schema.get("enum", ())))
        for keyword in ("x-sizes", "x-high-resolution-sizes"):
            if keyword in schema and set(schema[keyword]) != values:
                missing = sorted(values - set(schema[keyword]))
                extra = sorted(set(schema[keyword]) - values)
                problems.append(
                    f"{name}: {keyword} must give every enum value a size (missing {missing}, extra {extra})"
                )
        if "x-sizes" in schema and schema.get("x-default") not in schema["x-sizes"]:
            problems.append(f"{name}: x-default {schema.get('x-default')!r} is not one of its x-sizes")
    for op in spec.operations:
        problems.extend(_validation_problems(op))
        for item in (*op.query_params, *op.fields):
            if kebab(item.wire) in CLI_OWN_OPTIONS:
                problems.append(
                    f"{op.operation_id}: the field {item.wire!r} would be the CLI's own option --{kebab(item.wire)}"
                )
    problems.extend(envelope_problems(spec))
    for op in spec.request_operations():
        problems.extend(_answer_problems(spec, op))
        wires = {item.wire for item in op.query_params}
        if op.paged and (op.method != "GET" or op.response_kind != "array" or not set(PAGE_PARAMETERS) <= wires):
            problems.append(
                f"{op.operation_id}: x-sdk-paged needs a GET answering an array with the query parameters "
                f"{' and '.join(PAGE_PARAMETERS)}"
            )
    if problems:
        raise SystemExit("the spec is inconsistent; make generate refuses it:\n  " + "\n  ".join(problems))


def _validation_problems(op: Operation) -> list[str]:
    """What `tengrai.validation` could not check in ``op``'s request (it would raise NotImplementedError at the
    first call): a schema keyword, type or format it does not know, an open request or object schema."""
    found = []
    if op.body:
        problem = request_problem(op.body, op.operation_id)
        found += [problem] if problem is not None else []
    for item in (*op.path_params, *op.query_params, *op.fields):
        found += [f"{op.operation_id}: {text}" for text in schema_problems(item.schema, f"{op.title}.{item.wire}")]
    return found


def _answer_problems(spec: SpecModel, op: Operation) -> list[str]:
    """Why the mock could not serve a plain operation's answer from the spec (empty: it can)."""
    if op.response_schema is None:
        return []
    schema = spec.resolve({"$ref": f"#/components/schemas/{op.response_schema}"})
    first = spec.resolve(schema["oneOf"][0]) if schema.get("oneOf") else schema  # what the mock would build from
    if any(keyword in node for node in (schema, first) for keyword in ("example", "examples")):
        return []
    return [f"{op.response_schema} (the answer of {op.operation_id}): give it an example, which the mock serves"]


class _Source:
    """A value written into a generated module as the Python expression ``code``."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __repr__(self) -> str:
        return self.code


def _enums_by_reference(node: Any, enums: Mapping[str, list[Any]]) -> Any:
    """``node`` with the ``enum`` of every schema that is a named enum (``x-component``, its values unchanged)
    written as the values of its generated Literal type (`render_literals`), so each enum is written once."""
    if isinstance(node, list):
        return [_enums_by_reference(item, enums) for item in node]
    if not isinstance(node, Mapping):
        return node
    result = {key: _enums_by_reference(value, enums) for key, value in node.items()}
    name = node.get("x-component")
    if name in enums and node.get("enum") == enums[name]:
        result["enum"] = _Source(f"_values(_literals.{name})")
    return result


def render_compiled(spec: SpecModel, spec_name: str = "openapi/tengrai.yaml") -> str:
    """The source of ``_compiled.py``: `compiled_data` as Python literals, a named enum's values as its Literal's."""
    schemas: Mapping[str, Any] = spec.document.get("components", {}).get("schemas", {})
    enums = {name: list(schema["enum"]) for name, schema in schemas.items() if "enum" in schema}
    compiled = _enums_by_reference(compiled_data(spec), enums)
    for name, status in compiled["STATUSES"].items():
        status["enum"] = _Source(f"_values(_literals.{name})")
    data = {name: repr(value) for name, value in compiled.items()}
    return _environment().get_template("compiled.py.jinja").render(spec_name=spec_name, data=data)


def render_fields() -> str:
    """The source of ``_fields.py``: ``openapi/field_model.py`` as it is, and the SDK's `model()` reading
    ``_compiled.OPERATIONS`` (the data `render_compiled` writes)."""
    source = (Path(__file__).resolve().parent / "field_model.py").read_text(encoding="utf-8")
    return _environment().get_template("fields.py.jinja").render(source=source.rstrip("\n"))


def _write(out: Path, source: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(source, encoding="utf-8")
    # Formatted with fixed settings, so the output does not depend on where it is written.
    ruff = [sys.executable, "-m", "ruff", "format", "--isolated", "--line-length", str(_WIDTH), "--quiet", str(out)]
    subprocess.run(ruff, check=True)  # noqa: S603


def main(source: str, package: str, readme: str | None = None) -> None:
    """Write the modules generated from the YAML spec ``source`` into the ``tengrai`` package directory ``package``
    (formatted with ruff): the resources, the clients' resource attributes, the Literal types, the compiled spec
    and the field model; and, when ``readme`` names an existing file, its operation tables (`readme_tables`)."""
    document = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    check_spec(SpecModel(document))
    for relative, text in render(document).items():
        _write(Path(package, relative), text)
    _write(Path(package, LITERALS), render_literals(document))
    _write(Path(package, PARAMETERS), render_parameters(SpecModel(document)))
    for relative, text in render_answers(SpecModel(document)).items():
        _write(Path(package, relative), text)
    # The run-time model keeps the order the SDK has always read the spec in: keys sorted, as in openapi.json.
    canonical = json.loads(json.dumps(document, sort_keys=True))
    _write(Path(package, COMPILED), render_compiled(SpecModel(canonical)))
    _write(Path(package, FIELDS), render_fields())
    if readme is not None and Path(readme).is_file():
        update_readme(Path(readme), SpecModel(document))


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    main(*sys.argv[1:4])
