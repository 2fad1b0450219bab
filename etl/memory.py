"""Give memory the process no longer uses back to the system.

A build holds its largest structures in turn: Kiwi's model while articles go in, the linker's
commitments while mentions are linked. Python frees them, but glibc, and Arrow's own allocator
(mimalloc), keep the pages for reuse unless asked, so the next stage (linking, then DuckDB's
derived tables) would sit on top of them and the build's peak would be the sum of stages rather
than the largest.
"""

from __future__ import annotations

import ctypes
import gc
import sys


def give_back() -> None:
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: the memory is reused by this process instead
        pass
    pyarrow = sys.modules.get("pyarrow")  # a process that never loaded Arrow has nothing to give back
    if pyarrow is not None:
        pyarrow.default_memory_pool().release_unused()
