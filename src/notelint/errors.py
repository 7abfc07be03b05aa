"""Errors notelint reports to users, and the exit codes scripts can rely on."""
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0          # nothing at or above the fail level
    FINDINGS = 1    # findings at or above the fail level
    ERROR = 2       # usage or input error (some inputs may still have been processed)


class NotelintError(Exception):
    """An error caused by the user's input or configuration; printed as one line, no traceback."""


class InputError(NotelintError):
    """One input (file, row) could not be read; other inputs go on."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ConfigError(NotelintError):
    """A configuration or data file is invalid."""


class ModelError(NotelintError):
    """A shipped model is missing, changed, or incompatible."""
