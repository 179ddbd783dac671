"""Write the spec as JSON next to the generated client, so the SDK reads it at run time without a YAML parser.

Usage: python openapi/export_json.py SPEC.yaml OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml


def main(source: str, destination: str) -> None:
    """Convert the YAML spec at ``source`` into canonical JSON at ``destination``."""
    document = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    text = json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    Path(destination).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
