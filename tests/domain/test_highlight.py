from __future__ import annotations

from desktop_crm.domain.highlight import search_terms, spans


def marked(text: str, typed: str) -> list[str]:
    return [text[a:b] for a, b in spans(text, search_terms(typed))]


def test_the_characters_a_search_matched() -> None:
    assert marked("明佳烟酒", "烟酒") == ["烟酒"]
    assert marked("明佳烟酒", "mj") == ["明佳"]             # initials
    assert marked("明佳烟酒", "mingjiay") == ["明佳烟"]      # full pinyin, the last one begun
    assert marked("明佳烟酒", "ngjia") == []                 # inside a syllable: no characters
    assert marked("曾小红", "zxh") == ["曾小红"]             # a person's surname reading
    assert marked("ＡＢＣ超市", "abc") == ["ＡＢＣ"]          # width and case folded
    assert marked("0710-3212345", "321 2345") == ["3212345"]  # typed as a phone: one term
    assert marked("0710-3212345", "07103212345") == ["0710-3212345"]  # digits across a dash
    assert marked("鑫源超市 北街", "超市 北街") == ["超市", "北街"]
    assert marked("anything", "") == []
