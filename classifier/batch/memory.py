"""Memory: let a batch run reuse the memory it frees from one chunk to the next.

Every chunk allocates and frees the same large arrays. By default glibc maps large
blocks afresh and gives freed memory back to the system, and each new page then
costs a fault: on a 1M-row run about a fifth of the CPU time went to the kernel.
:func:`reuse_freed_memory` keeps blocks up to 32 MiB on the heap and up to 192 MiB
of it free rather than trimmed — a chunk's working arrays come and go within that —
and routes Arrow's allocations through the same allocator. It changes the whole
process, so it is for processes that exit when the run is done: the batch workers
and the command line's own process, not a notebook's. :func:`trim_freed_memory`
returns what is free before workers are forked, so they do not start with it.

Neither does anything where the C library is not glibc.
"""

from __future__ import annotations

import ctypes
from functools import cache
from typing import Any

__all__ = ["reuse_freed_memory", "trim_freed_memory", "KEPT_FREE"]

KEPT_FREE = 192 << 20  # bytes of freed heap a process keeps (glibc's trim threshold)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


@cache
def _glibc() -> Any:
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt, libc.malloc_trim  # noqa: B018 - both must exist
    except (OSError, AttributeError):
        return None
    return libc


def reuse_freed_memory() -> None:
    """Keep freed memory for the next chunk in this process (and Arrow's with it)."""
    libc = _glibc()
    if libc is None:
        return
    libc.mallopt(_M_MMAP_THRESHOLD, 32 << 20)
    libc.mallopt(_M_TRIM_THRESHOLD, KEPT_FREE)
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


def trim_freed_memory() -> None:
    """Give the memory this process has freed back to the system."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
