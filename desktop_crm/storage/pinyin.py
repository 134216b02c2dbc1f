"""Pinyin of names, fast enough to index 100k customers in seconds.

pypinyin's ``lazy_pinyin`` segments text into words to pick the right reading of characters
with several (重庆 is chongqing, not zhongqing), at ~30 µs a name. The same answers come from
each character's first reading (pypinyin's own default), except inside the few thousand
dictionary phrases whose reading differs from that. Phrases are found the way pypinyin
finds them, longest dictionary phrase first from the left (郑重行 is 郑重 + 行, so 重 stays
zhong). The test suite checks that both agree.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_MARKS = re.compile(r"[\u0300-\u036f]")


def _plain(reading: str) -> str:
    """'lǜ' -> 'lv', 'míng' -> 'ming' (as pypinyin's Style.NORMAL writes them)."""
    text = unicodedata.normalize("NFD", reading).replace("u\u0308", "v").replace("e\u0302", "ê")
    return _MARKS.sub("", text)


@cache
def _tables() -> tuple[dict[str, str], dict[str, list[str] | None], dict[str, tuple[int, ...]]]:
    """First reading of each character; every phrase, with its reading where it differs; and
    for each character the lengths of the phrases that start with it, longest first (so the
    search below tries only lengths that can match: ~3 look-ups a character, not ~20)."""
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    plain = lru_cache(maxsize=None)(_plain)
    first = {chr(cp): plain(r.split(",", 1)[0]) for cp, r in pinyin_dict.items()}
    phrases: dict[str, list[str] | None] = {}
    starts: dict[str, set[int]] = {}
    for phrase, readings in phrases_dict.items():
        normal = [plain(r[0]) for r in readings]
        phrases[phrase] = normal if normal != [first.get(ch, "") for ch in phrase] else None
        if len(phrase) > 1:
            starts.setdefault(phrase[0], set()).add(len(phrase))
    lengths = {ch: tuple(sorted(sizes, reverse=True)) for ch, sizes in starts.items()}
    return first, phrases, lengths


def syllables(text: str) -> list[str]:
    """The pinyin syllables of the Chinese characters in ``text``; other characters dropped."""
    first, phrases, lengths = _tables()
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        for size in lengths.get(ch, ()):
            phrase = text[i : i + size]
            if size <= n - i and phrase in phrases:
                special = phrases[phrase]
                out += special if special else [r for c in phrase if (r := first.get(c))]
                i += size
                break
        else:
            reading = first.get(ch)
            if reading:
                out.append(reading)
            i += 1
    return out
