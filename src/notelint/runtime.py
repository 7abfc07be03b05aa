"""Process-wide settings for notelint's own processes (lint, batch workers, audit, serve).

Not applied by ``notelint.load()``: both change the whole process, which is the caller's call.
"""
from __future__ import annotations

import gc


def tune_for_throughput() -> None:
    """Call once the models are loaded. One BLAS/OpenMP thread: the per-batch matrix products are
    small, and two batch workers each spinning two threads on two cores ran slower than one worker.
    Freeze the loaded objects: they live as long as the process, and every garbage collection
    rescanning them cost ~15% of batch and lint time. An API user linting many notes can call
    this too."""
    from threadpoolctl import threadpool_limits
    threadpool_limits(1)  # reaches only libraries already loaded, hence "after loading"
    gc.freeze()
