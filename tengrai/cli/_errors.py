"""Errors the CLI raises itself and how an interrupted wait is reported."""

from __future__ import annotations

__all__ = [
    "EXIT_API",
    "EXIT_INTERRUPTED",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "CommandFailed",
    "Interrupted",
    "RequestInterrupted",
    "Terminated",
    "UsageError",
    "resume_hint",
]

EXIT_API = 1
"""The API refused or failed the request, or the task failed / timed out."""
EXIT_USAGE = 2
"""Bad input: an option breaks a documented rule (argparse uses the same code for syntax errors)."""
EXIT_INTERRUPTED = 130
"""Ctrl-C (128 + SIGINT), as shells report it."""
EXIT_TERMINATED = 143
"""SIGTERM (128 + SIGTERM): a container stop, a CI timeout, ``kill``."""


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: handled like Ctrl-C (the resumable id is printed) but exits with `EXIT_TERMINATED`."""


class UsageError(Exception):
    """A command line that cannot run as given (exit code 2)."""


class CommandFailed(Exception):
    """The command could not do its job for a reason that is not bad input (exit code 1)."""


class Interrupted(Exception):
    """Ctrl-C arrived while an artwork was being created, waited for or downloaded.

    Attributes:
        artwork_id: the artwork in flight, or None when the create request had not been answered yet.
        stage: ``create``, ``wait`` or ``download``.
        in_process_mock: the artwork lived in this process's mock and ended with it.
        resume_args: extra arguments the resume command needs (``--base-url ...``), never the key itself.
        exit_code: `EXIT_TERMINATED` after SIGTERM, else `EXIT_INTERRUPTED`.
    """

    def __init__(
        self,
        artwork_id: str | None,
        *,
        stage: str,
        in_process_mock: bool,
        resume_args: str = "",
        signal: KeyboardInterrupt | None = None,
    ) -> None:
        self.artwork_id = artwork_id
        self.stage = stage
        self.in_process_mock = in_process_mock
        self.resume_args = resume_args
        self.exit_code = EXIT_TERMINATED if isinstance(signal, Terminated) else EXIT_INTERRUPTED
        super().__init__(resume_hint(self))


class RequestInterrupted(Interrupted):
    """Ctrl-C (or SIGTERM) arrived before the API answered a request that changes something (an API key minted or
    revoked, a webhook secret rotated): it may or may not have taken effect."""

    def __init__(self, what: str, *, signal: KeyboardInterrupt | None = None) -> None:
        self.artwork_id = None
        self.stage = "request"
        self.in_process_mock = False
        self.resume_args = ""
        self.exit_code = EXIT_TERMINATED if isinstance(signal, Terminated) else EXIT_INTERRUPTED
        Exception.__init__(
            self,
            f"interrupted before the API answered {what}: it may or may not have taken effect, so check before "
            "sending it again",
        )


def resume_hint(exc: Interrupted) -> str:
    """What to tell the user after Ctrl-C: the artwork id and how to pick it up again."""
    if exc.artwork_id is None:
        return (
            "interrupted before the API answered the create request: the task may or may not exist.\n"
            "Look for it with `tengrai list` before creating it again."
        )
    if exc.in_process_mock:
        return (
            f"interrupted: artwork {exc.artwork_id} lived in the in-process mock server, which ends with this "
            "command, so there is nothing to resume (against the real API you would run "
            f"`tengrai wait {exc.artwork_id}`)."
        )
    command = "download" if exc.stage == "download" else "wait"
    return (
        f"interrupted: artwork {exc.artwork_id} keeps running on the server; nothing is lost.\n"
        f"resume with: tengrai {command} {exc.artwork_id}{exc.resume_args}"
    )
