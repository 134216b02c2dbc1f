"""File names made from customer codes and names, for one PDF per customer.

A code comes from the user or from a file written before the registry's limits: it may hold
'/', 300 characters, an emoji, a bidi override. The name made from it must be valid on every
system the folder may end up on (Windows, macOS, Linux, a USB stick), short enough for any
of them (255 bytes a name; Windows paths of 260 characters), and distinct within the batch —
two codes that differ only in characters taken out must not overwrite each other's PDF.
"""

from __future__ import annotations

import re
import unicodedata

# What no file name may hold somewhere, runs of spaces, and what cannot be seen (controls,
# bidi overrides and isolates, zero-width characters): each run becomes one '_'.
_UNSAFE = re.compile(
    r'[\\/:*?"<>|\s\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff'
    r"\ud800-\udfff]+"
)
CODE_BYTES = 48    # of a file name's UTF-8 bytes, at most, for the code
NAME_BYTES = 72    # ... and for the name: the whole name stays under ~135 bytes
FALLBACK = "customer"


def pdf_file_name(code: str, name: str, kind: str, taken: set[str]) -> str:
    """``CODE-NAME-kind.pdf`` made safe and short, and not yet in ``taken`` (compared
    without case, as Windows and macOS do); the name returned is added to ``taken``."""
    stem = f"{_part(code, CODE_BYTES) or FALLBACK}-{_part(name, NAME_BYTES)}".rstrip("-_")
    candidate, number = f"{stem}-{kind}.pdf", 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem}-{number}-{kind}.pdf"
    taken.add(candidate.casefold())
    return candidate


def _part(text: str, max_bytes: int) -> str:
    """``text`` with unsafe runs as '_', at most ``max_bytes`` of UTF-8 (never cutting a
    character), without the leading dots of a hidden file or Windows' trailing dots."""
    safe = _UNSAFE.sub("_", unicodedata.normalize("NFC", text or "")).strip("._ ")
    out, size = [], 0
    for char in safe:
        size += len(char.encode("utf-8"))
        if size > max_bytes:
            break
        out.append(char)
    return "".join(out).rstrip("._ ")
