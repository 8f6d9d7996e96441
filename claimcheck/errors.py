"""User-facing failures: one type per class, each printable on one line."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class: a user's mistake or a bad input, never a bug.

    ``str(error)`` is one line: ``where: what. hint``.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint

    @property
    def where(self) -> str:
        if self.path is None:
            return ""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        text = self.message.rstrip(".")
        if self.where:
            text = f"{self.where}: {text}"
        if self.hint:
            text = f"{text}. {self.hint.rstrip('.')}."
        else:
            text += "."
        return " ".join(text.split())  # always one line


class InputError(ClaimcheckError):
    """A document that cannot be read: missing, binary, empty, malformed JSONL."""


class RuleError(ClaimcheckError):
    """A rule or facts file that does not load or validate."""


class UsageError(ClaimcheckError):
    """A bad command-line option or API argument."""
