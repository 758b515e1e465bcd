"""What the operating system said, in Norwegian: a missing file, a missing permission, a full disk."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "finnes ikke",
    errno.ENOTDIR: "er ikke en mappe",
    errno.EISDIR: "er en mappe",
    errno.EACCES: "mangler tilgang",
    errno.EPERM: "mangler tilgang",
    errno.ENOSPC: "disken er full",
    errno.EROFS: "kan bare leses",
}


def io_reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno, exc.strerror or str(exc))


def io_message(exc: OSError) -> str:
    return f"{exc.filename}: {io_reason(exc)}" if exc.filename else f"lese- eller skrivefeil: {io_reason(exc)}"
