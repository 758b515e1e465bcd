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
    errno.EEXIST: "finnes allerede",
    errno.ENOTEMPTY: "mappen er ikke tom",
    errno.EXDEV: "kan ikke flyttes til en annen disk",
    errno.EADDRINUSE: "adressen er i bruk av et annet program; velg en annen port med --addr",
    errno.EADDRNOTAVAIL: "adressen finnes ikke på denne maskinen",
}


def io_reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno) or f"systemfeil {exc.errno or 'uten nummer'} ({exc.strerror or exc})"


def io_message(exc: OSError) -> str:
    return f"{exc.filename}: {io_reason(exc)}" if exc.filename else io_reason(exc)
