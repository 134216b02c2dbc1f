"""Pinyin of names, fast enough to index 100k customers in seconds.

pypinyin's ``lazy_pinyin`` segments text into words to pick the right reading of characters
with several (重庆 is chongqing, not zhongqing), at ~30 µs a name. The same answers come from
each character's first reading (pypinyin's own default), except inside the few thousand
dictionary phrases whose reading differs from that. Phrases are found the way pypinyin
finds them, longest dictionary phrase first from the left (郑重行 is 郑重 + 行, so 重 stays
zhong). The test suite checks that both agree.

People's names are read with their surname's reading (曾 is ceng in 曾经 but zeng as a
surname, 单 dan but shan), which pypinyin does not know (mozillazg/python-pinyin#297).
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


# Surnames whose reading differs from their characters' first reading; compound ones too.
SURNAMES = {
    "万俟": "mo qi", "尉迟": "yu chi", "澹台": "tan tai",
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
    "乐": "yue", "翟": "zhai", "盖": "ge", "缪": "miao", "覃": "qin", "秘": "bi", "种": "chong",
    "重": "chong", "繁": "po", "召": "shao", "员": "yun", "贠": "yun", "薄": "bo", "阚": "kan",
    "句": "gou", "隗": "wei", "折": "she", "佴": "nai", "粘": "nian", "藏": "zang", "都": "du",
    "六": "lu", "乜": "nie", "能": "nai",
}


def syllables(text: str, person: bool = False) -> list[str]:
    """The pinyin syllables of the Chinese characters in ``text``; other characters dropped.
    A ``person``'s name starts with a surname, read as one (曾国藩: zeng guo fan)."""
    first, phrases, lengths = _tables()
    out: list[str] = []
    i, n = 0, len(text)
    for size in (2, 1) if person else ():
        if reading := SURNAMES.get(text[:size]):
            out += reading.split()
            i = size
            break
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
