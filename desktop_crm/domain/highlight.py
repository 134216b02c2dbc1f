"""Which characters of a shown text a search matched, so the list can mark them.

The search index answers *whether* a customer matches (``storage/search_index.py``); this
says *where* in a cell's text, for the terms of the same parsed query: literal matches
(case- and width-folded), digits of a phone typed without its dashes, and pinyin — full
syllables or initials, from the start of a syllable — mapped back to the Chinese characters
they spell (``mj`` marks 明佳 in 明佳烟酒). A match inside a syllable (``ngjia``) is found by
the search but not marked: it has no characters of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from desktop_crm.storage import search_index, search_query
from desktop_crm.storage.pinyin import syllables

Span = tuple[int, int]  # [start, end) in the shown text


def search_terms(text: str) -> tuple[str, ...]:
    """The terms of what was typed in the search box, as the search itself reads them."""
    query = search_query.parse(text) if text.strip() else None
    return query.terms if query is not None else ()


def spans(text: str, terms: Sequence[str]) -> list[Span]:
    """The matched stretches of ``text``, sorted and merged."""
    if not text or not terms:
        return []
    found: list[Span] = []
    folded, where = _folded(text)
    digits = [(i, ch) for i, ch in enumerate(text) if ch.isdigit()]
    digit_text = "".join(ch for _, ch in digits)
    readings = _readings(text) if any(search_index.is_cjk(ch) for ch in text) else []
    for term in terms:
        found += [(where[a], where[b - 1] + 1) for a, b in _occurrences(folded, term)]
        if term.isdigit() and len(term) >= 3:
            found += [(digits[a][0], digits[b - 1][0] + 1)
                      for a, b in _occurrences(digit_text, term)]
        if term.isascii() and term.isalpha():
            for reading in readings:
                found += _pinyin(reading, term)
    return _merged(found)


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` as the index compares it, with the shown index of each folded character."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        norm = search_index.normalize(ch)
        out.append(norm)
        where += [i] * len(norm)
    return "".join(out), where


def _occurrences(text: str, term: str) -> list[Span]:
    found, start = [], text.find(term)
    while start >= 0:
        found.append((start, start + len(term)))
        start = text.find(term, start + 1)
    return found


@lru_cache(maxsize=4096)
def _readings(text: str) -> list[list[tuple[int, str]]]:
    """Each Chinese character of ``text`` with its syllable, read as a shop's name and as a
    person's (the index keeps both kinds), or per character when the run does not line up."""
    cjk = [(i, ch) for i, ch in enumerate(text) if search_index.is_cjk(ch)]
    plain = "".join(ch for _, ch in cjk)
    out = []
    for person in (False, True):
        parts = syllables(plain, person)
        if len(parts) != len(cjk):
            parts = [(syllables(ch) or [""])[0] for _, ch in cjk]
        out.append([(i, p) for (i, _), p in zip(cjk, parts, strict=True)])
    return out if out[0] != out[1] else out[:1]


def _pinyin(reading: list[tuple[int, str]], term: str) -> list[Span]:
    """Runs of characters whose syllables (or initials) start with ``term``."""
    found = []
    for first in range(len(reading)):
        for initials in (False, True):
            spelt = ""
            for k in range(first, len(reading)):
                index, syllable = reading[k]
                if index != reading[first][0] + (k - first) and k > first:
                    break  # not adjacent in the text: another word
                spelt += syllable[:1] if initials else syllable
                if spelt.startswith(term):
                    found.append((reading[first][0], index + 1))
                    break
                if not term.startswith(spelt):
                    break
    return found


def _merged(found: list[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(found):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
