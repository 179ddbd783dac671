"""Every ``tengrai`` command the README shows exists: a reader who types one gets that command, not a usage error."""

from __future__ import annotations

import re

import pytest

from tests.cli._support import REPO, run_main

_GROUPS = frozenset({"v1", "organizations"})
"""Commands whose second word is a command of its own."""
_SHELL_BLOCK = re.compile(r"```(?:sh|console|bash)?\n(.*?)```", re.DOTALL)
_COMMAND = re.compile(r"(?:^|\$ |[A-Z_]+=\S+ )tengrai ((?:[a-z][a-z0-9-]*)(?: [a-z][a-z0-9-]*)?)")


def _shown_commands() -> set[tuple[str, ...]]:
    """The commands (one word, or two for a group) of every ``tengrai ...`` in an inline code span or a shell
    block of the README."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    places = re.findall(r"(?<!`)`([^`\n]+)`(?!`)", readme)
    places += [line.strip() for block in _SHELL_BLOCK.findall(readme) for line in block.splitlines()]
    shown: set[tuple[str, ...]] = set()
    for place in places:
        for words in _COMMAND.findall(place):
            first, _, second = words.partition(" ")
            shown.add((first, second) if first in _GROUPS and second else (first,))
    return shown


def test_the_readme_shows_commands() -> None:
    assert {("quantum",), ("batch",), ("v1", "list"), ("organizations", "create-api-key")} <= _shown_commands()


@pytest.mark.parametrize("command", sorted(_shown_commands()), ids=" ".join)
def test_every_command_the_readme_shows_exists(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    code: object
    try:
        result = run_main(capsys, *command, "--help")
        code, err = result.code, result.err
    except SystemExit as ended:  # `tengrai mock` hands its arguments to the mock's own parser
        code, err = ended.code, capsys.readouterr().err
    assert code == 0, err
