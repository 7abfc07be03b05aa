"""The calibration audit: note quality per interviewer, round, req and over time."""
from .stats import AuditNote, audit, audit_notes_from_rows

__all__ = ["AuditNote", "audit", "audit_notes_from_rows"]
