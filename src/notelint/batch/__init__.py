"""Batch scoring of archives: streamed, parallel by chunks, resumable exactly-once."""
from .runner import BatchOptions, run_batch

__all__ = ["BatchOptions", "run_batch"]
