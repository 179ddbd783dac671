"""Every name the README shows is reachable the way it shows it, after a bare ``import tengrai``."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("tengrai.validation.transformed_seed(42)", "67"),
        ("tengrai.validation.aspect_ratio_size('16:9', operation_id='quantum')", "(1360, 768)"),
        ("callable(tengrai.webhooks.unwrap)", "True"),
        ("tengrai.mock.TEST_API_KEY == __import__('tengrai.mock').mock.TEST_API_KEY", "True"),
        ("tengrai.types.Artwork.__name__", "Artwork"),
        ("tengrai.batch.BatchResult.__name__", "BatchResult"),
        ("callable(tengrai.contract.run)", "True"),
        # the annotations name tengrai.batch: they resolve in a process that never imported it by name
        ("'on_progress' in __import__('typing').get_type_hints(tengrai.Tengrai.batch)", "True"),
        ("'on_progress' in __import__('typing').get_type_hints(tengrai.AsyncTengrai.batch)", "True"),
    ],
)
def test_submodules_are_attributes_of_the_package(expression: str, expected: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import tengrai\nprint({expression})"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == expected


def test_unknown_names_still_raise_attribute_error() -> None:
    import tengrai

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = tengrai.nope
