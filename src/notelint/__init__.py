"""notelint: lint interview feedback for behavioural evidence before it reaches a debrief."""
from .api import Linter, NoteInput, load
from .errors import ExitCode, NotelintError
from .report import Finding, Report, UnitReport

__version__ = "0.1.0"
__all__ = ["load", "Linter", "NoteInput", "Report", "UnitReport", "Finding", "ExitCode",
           "NotelintError", "__version__"]
