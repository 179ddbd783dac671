"""``import tengrai`` stays cheap: httpx and the generated package load only when a client needs them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import tengrai


def loaded_after(code: str) -> set[str]:
    """Top-level modules loaded by a fresh interpreter after running ``code``."""
    probe = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(output))


@pytest.mark.parametrize(
    "code",
    [
        "import tengrai",
        "from tengrai import TengraiError, ValidationError, ArtworkTimeoutError",
        "from tengrai.types import Artwork, StatusEvent, SavedImage",
        "import tengrai.webhooks",
    ],
)
def test_light_imports_load_neither_httpx_nor_the_generated_client(code: str) -> None:
    loaded = loaded_after(code)
    assert "httpx" not in loaded
    assert "tengrai_api" not in loaded
    assert "attrs" not in loaded


def test_the_client_loads_what_it_needs() -> None:
    assert {"httpx", "tengrai_api"} <= loaded_after("from tengrai import Tengrai")


def test_literal_types_load_on_first_use() -> None:
    assert "tengrai_api" in loaded_after("from tengrai.types import QuantumStyle")


def test_every_export_resolves() -> None:
    for name in tengrai.__all__:
        assert getattr(tengrai, name) is not None
    assert set(tengrai.__all__) <= set(dir(tengrai))


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = tengrai.Nope
    import tengrai.types as types

    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        _ = types.Nope
