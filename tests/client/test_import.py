"""``import tengrai`` stays cheap: httpx loads with the client classes, the records and the artworks resource when
a client is made, and the generated resources (with the generated package) when one is first used."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import tengrai


def modules_after(code: str) -> set[str]:
    """Modules loaded by a fresh interpreter after running ``code``."""
    probe = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return set(json.loads(output))


def loaded_after(code: str) -> set[str]:
    """Top-level modules loaded by a fresh interpreter after running ``code``."""
    return {name.split(".")[0] for name in modules_after(code)}


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


RECORDS = {"tengrai.types", "tengrai._model.artwork", "tengrai._model.answers"}
RESOURCES = {"tengrai.resources._generated", "tengrai.resources._base", "tengrai.resources.artworks"}
CLIENT = "from tengrai import Tengrai\nclient = Tengrai(api_key='sk-test', base_url='http://127.0.0.1:9')"


@pytest.mark.parametrize("name", ["Tengrai", "AsyncTengrai"])
def test_the_client_classes_load_httpx_and_leave_the_rest_for_first_use(name: str) -> None:
    loaded = modules_after(f"from tengrai import {name}")
    assert "httpx" in loaded
    assert not loaded & (RECORDS | RESOURCES)
    # Each dataclass costs ~1 ms to create: none is needed to import a client. (httpx's own CLI dependencies,
    # installed in the dev environment only, use dataclasses: hidden here as in a runtime-only install.)
    runtime_only = modules_after(
        f"import sys; sys.modules.update(dict.fromkeys(('click', 'rich', 'pygments')))\nfrom tengrai import {name}"
    )
    assert "dataclasses" not in runtime_only
    assert not any(module.startswith("tengrai_api") for module in loaded)


def test_a_client_loads_the_artwork_records_and_a_resource_its_generated_class() -> None:
    made = modules_after(CLIENT)
    assert {"tengrai.types", "tengrai.resources.artworks"} <= made
    assert "tengrai.resources._generated" not in made
    assert "tengrai._model.answers" not in made  # the records of API keys and Style DNA assets wait for their answers
    used = modules_after(CLIENT + "\nclient.quantum")
    assert "tengrai.resources._generated" in used
    # The argument types are the SDK's compiled Literals: a resource needs no generated model to be built.
    assert "tengrai._literals" in used
    assert "tengrai_api.models" not in used


def test_literal_types_come_from_the_compiled_literals() -> None:
    loaded = modules_after("from tengrai.types import QuantumStyle")
    assert "tengrai._literals" in loaded
    assert "tengrai_api" not in {name.split(".")[0] for name in loaded}


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
