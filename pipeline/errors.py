"""The library's exceptions. Only ``cli`` turns them into messages and exit statuses.

Problems in the *data* (a figure that differs) are findings, not exceptions. These are for input the tool cannot
work on at all; each message says what is wrong, where, and how to fix it, on one line.
"""

from __future__ import annotations


class ParafactsError(Exception):
    """Base class. ``path`` names the file at fault, when there is one."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(ParafactsError):
    """An input file or argument the tool cannot use (exit status 2)."""
