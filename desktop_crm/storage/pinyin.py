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
def _tables() -> tuple[dict[str, str], dict[str, list[str] | None], int]:
    """First reading of each character; every phrase, with its reading where it differs."""
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    plain = lru_cache(maxsize=None)(_plain)
    first = {chr(cp): plain(r.split(",", 1)[0]) for cp, r in pinyin_dict.items()}
    phrases: dict[str, list[str] | None] = {}
    for phrase, readings in phrases_dict.items():
        normal = [plain(r[0]) for r in readings]
        phrases[phrase] = normal if normal != [first.get(ch, "") for ch in phrase] else None
    return first, phrases, max(map(len, phrases))


def syllables(text: str) -> list[str]:
    """The pinyin syllables of the Chinese characters in ``text``; other characters dropped."""
    first, phrases, longest = _tables()
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        size = next(
            (k for k in range(min(longest, n - i), 1, -1) if text[i : i + k] in phrases), 1
        )
        special = phrases.get(text[i : i + size]) if size > 1 else None
        if special:
            out += special
        else:
            out += [r for ch in text[i : i + size] if (r := first.get(ch))]
        i += size
    return out
