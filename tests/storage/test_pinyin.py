from __future__ import annotations

import random

from pypinyin import lazy_pinyin

from desktop_crm.storage.pinyin import syllables

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢单"
WORDS = "明佳烟酒鑫源超市福满兴隆永盛金鼎华联便利店食杂母婴餐饮重庆银行长乐朝阳解放路火车站音乐商行大厦广场"


def test_same_readings_as_pypinyin_phrase_segmentation() -> None:
    rng = random.Random(3)
    pool = SURNAMES + WORDS
    names = ["".join(rng.choice(pool) for _ in range(rng.randint(2, 8))) for _ in range(3000)]
    names += ["重庆小面", "中国银行", "长乐超市", "朝阳便利店", "曾国藩", "音乐商行", "绿源", "女装店"]
    disagree = [(n, lazy_pinyin(n), syllables(n)) for n in names if lazy_pinyin(n) != syllables(n)]
    assert disagree == []


def test_heteronyms_in_known_phrases_and_other_characters() -> None:
    assert syllables("重庆银行") == ["chong", "qing", "yin", "hang"]
    assert syllables("绿地") == ["lv", "di"]
    assert syllables("A座 3号 明佳!") == ["zuo", "hao", "ming", "jia"]
    assert syllables("Walmart") == []


def test_peoples_names_start_with_their_surnames_reading() -> None:
    assert syllables("曾国藩", person=True) == ["zeng", "guo", "fan"]
    assert syllables("曾国藩") == ["ceng", "guo", "fan"]  # as any text: the first reading
    assert syllables("单田芳", person=True)[0] == "shan" and syllables("解晓东", person=True)[0] == "xie"
    assert syllables("曾经理", person=True) == ["zeng", "jing", "li"]  # 曾 the manager, not 曾经
    assert syllables("尉迟恭", person=True) == ["yu", "chi", "gong"]  # compound surnames first
    assert syllables("李曾", person=True) == ["li", "ceng"]  # a surname only where it starts
    assert syllables("王芳", person=True) == syllables("王芳")
