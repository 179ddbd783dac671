"""How the CLI shows results: sizes, JSON documents, artwork tables and the HTML contact sheet."""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ..types import Artwork, SavedImage, V1Artwork

__all__ = [
    "Sheet",
    "Streams",
    "artwork_details",
    "artwork_json",
    "artwork_table",
    "dumps",
    "format_table",
    "human_size",
    "saved_json",
    "write_contact_sheet",
]

CONTACT_SHEET = "index.html"


@dataclass(frozen=True)
class Streams:
    """Where a command writes: results on ``stdout``, progress, notes and errors on ``stderr``."""

    stdout: TextIO
    stderr: TextIO


def human_size(size: int) -> str:
    """``1536`` -> ``1.5 KiB``."""
    value = float(size)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{int(value)} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def artwork_json(artwork: Artwork) -> dict[str, Any]:
    """The artwork as the API sent it (camelCase names), every field kept: a failed task's ``error`` too."""
    document = artwork.to_dict()
    if not document:  # an artwork built by hand, not parsed from an answer
        document = {
            "id": artwork.id,
            "artworkType": str(artwork.artwork_type),
            "status": str(artwork.status),
            "parameters": _plain(artwork.parameters),
            "results": list(artwork.results),
            "createdAt": artwork.created_at.isoformat(),
            "duration": artwork.duration,
        }
    return document


def saved_json(saved: Sequence[SavedImage]) -> list[dict[str, Any]]:
    """Saved files as JSON objects (path, size, content type, source URL)."""
    return [
        {"path": str(item.path), "sizeBytes": item.size_bytes, "contentType": item.content_type, "url": item.url}
        for item in saved
    ]


def dumps(document: Any) -> str:
    """Stable, readable JSON for stdout."""
    return json.dumps(document, indent=2, sort_keys=False, ensure_ascii=False)


def format_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Rows as left-aligned text columns under ``header``."""
    widths = [len(title) for title in header]
    for row in rows:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    lines = [header, ["-" * width for width in widths], *rows]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def artwork_table(artworks: Sequence[Artwork] | Sequence[V1Artwork]) -> str:
    """The list commands' table: id, type, status, creation time and number of images of each artwork (V2 or V1)."""
    rows = [
        [
            artwork.id,
            str(artwork.artwork_type),
            str(artwork.status),
            artwork.created_at.strftime("%Y-%m-%d %H:%M:%S"),
            str(len(artwork.results)),
        ]
        for artwork in artworks
    ]
    return format_table(["ID", "TYPE", "STATUS", "CREATED", "IMAGES"], rows)


def artwork_details(artwork: Artwork | V1Artwork, show: Callable[[object], str]) -> str:
    """One artwork (V2 or V1) as aligned ``key  value`` lines (``tengrai get``, ``tengrai v1 get``); ``show``
    writes a parameter's value."""
    rows = [
        ("id", artwork.id),
        ("type", str(artwork.artwork_type)),
        ("status", str(artwork.status)),
        ("created", artwork.created_at.isoformat()),
        ("duration", f"{artwork.duration:.1f} s"),
    ]
    error = getattr(artwork, "error", None)  # a V2 artwork's failure reason; V1 artworks carry none
    if error:
        rows.append(("error", error))
    rows += [("result", url) for url in artwork.results]
    if artwork.parameters:
        rows.append(("parameters", ""))
        rows += [(f"  {key}", show(value)) for key, value in artwork.parameters.items()]
    width = max(len(key) for key, _ in rows)
    return "\n".join(f"{key.ljust(width)}  {value}".rstrip() for key, value in rows)


@dataclass(frozen=True)
class Sheet:
    """One artwork on the contact sheet: the artwork, its saved files and an optional caption (the demo step)."""

    artwork: Artwork
    saved: Sequence[SavedImage]
    caption: str = ""


def write_contact_sheet(directory: Path, sheets: Sequence[Sheet]) -> Path:
    """Write ``index.html`` in ``directory`` showing every saved image with its artwork's parameters.

    A sheet an earlier run wrote there is kept: its artworks stay on the page, below the new ones (the same
    artwork is shown once). An ``index.html`` that is not a tengrai contact sheet is left alone; the sheet is then
    written to ``tengrai-contact-sheet.html``.
    """
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / CONTACT_SHEET
    earlier = _earlier_sections(target)
    if earlier is None:
        target, earlier = directory / _OWN_SHEET, _earlier_sections(directory / _OWN_SHEET) or []
    figures = [_section_html(sheet, directory) for sheet in sheets]
    shown = {sheet.artwork.id for sheet in sheets}
    kept = [section for section in earlier if _section_id(section) not in shown]
    from .._tasks.downloads import _write_atomically

    # As the images are written: a link planted at the target is replaced, never written through.
    _write_atomically(target, _PAGE.format(body="\n".join([*figures, *kept])).encode("utf-8"))
    return target


_OWN_SHEET = "tengrai-contact-sheet.html"
_TITLE = "<title>tengrai contact sheet</title>"
_SECTION_ID = re.compile(r'<section data-artwork="([^"]*)">')


def _earlier_sections(target: Path) -> list[str] | None:
    """The artwork sections of a contact sheet already at ``target`` ([] if none), None if it is another file."""
    try:
        text = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError):
        return None
    if _TITLE not in text:
        return None
    return [line for line in text.splitlines() if line.startswith("<section") and line.endswith("</section>")]


def _section_id(section: str) -> str | None:
    found = _SECTION_ID.search(section)
    return found.group(1) if found else None


def _section_html(sheet: Sheet, directory: Path) -> str:
    """One artwork of the sheet, on one line (how a later run finds it again)."""
    art = sheet.artwork
    title = html.escape(f"{sheet.caption + ': ' if sheet.caption else ''}{art.artwork_type} {art.id}")
    params = "".join(
        f"<tr><th>{html.escape(str(key))}</th><td>{html.escape(_show(value))}</td></tr>"
        for key, value in art.parameters.items()
    )
    images = "".join(_image_html(item, directory) for item in sheet.saved)
    return (
        f'<section data-artwork="{html.escape(art.id)}"><h2>{title}</h2>'
        f"<p>status {html.escape(str(art.status))} · {art.duration:.1f} s</p>"
        f'<div class="images">{images}</div><table>{params}</table></section>'
    )


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tengrai contact sheet</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; background: #fafafa; color: #222; }}
section {{ background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 1em; margin-bottom: 1.5em; }}
h2 {{ font-size: 1.05em; font-family: ui-monospace, monospace; }}
.images {{ display: flex; flex-wrap: wrap; gap: 1em; }}
.images img {{ max-width: 320px; max-height: 320px; border: 1px solid #ccc; display: block; }}
figure {{ margin: 0; }}
figcaption {{ margin: 0.2em 0 0; font-size: 0.85em; }}
table {{ border-collapse: collapse; margin-top: 1em; font-size: 0.85em; }}
th, td {{ text-align: left; padding: 0.15em 0.8em 0.15em 0; vertical-align: top; }}
</style></head>
<body><h1>tengrai contact sheet</h1>
{body}
</body></html>
"""


def _image_html(item: SavedImage, directory: Path) -> str:
    src = html.escape(_relative(item.path, directory))
    name = html.escape(Path(item.path).name)
    return (
        f'<figure><a href="{src}"><img src="{src}" alt="{name}"></a>'
        f"<figcaption>{name} · {html.escape(human_size(item.size_bytes))}</figcaption></figure>"
    )


def _relative(path: os.PathLike[str] | str, directory: Path) -> str:
    return Path(os.path.relpath(Path(path).resolve(), directory.resolve())).as_posix()


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
