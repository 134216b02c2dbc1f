"""One Chinese address line split into province / city / district / street, without losing a
character: what the parts hold, joined in order, is the line (whitespace between two parts
aside). A line whose start names no province, city or district stays whole in ``free``.

Own code rather than a library (``cpca`` was weighed, docs/NOTES.md): a line's parts are read
from the administrative suffixes (省, 市, 自治区, 自治州, 地区, 盟, 区, 县, 旗...) and the 34
province-level names; nothing is looked up, so a town renamed last year splits as well as an
old one, and nothing is ever rewritten (cpca fills in a province the line did not say).
The four municipalities (北京, 上海, 天津, 重庆) are their own city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Province-level divisions: the full name, then the short forms people write.
PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
    "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
    "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
)
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_SHORT = {
    "内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆", "香港特别行政区": "香港",
    "澳门特别行政区": "澳门", "黑龙江省": "黑龙江",
}
_NAMES = sorted({*PROVINCES, *(_SHORT.get(p, p[:2]) for p in PROVINCES)}, key=len, reverse=True)
_PROVINCE = re.compile("(?:" + "|".join(map(re.escape, _NAMES)) + ")(?:省|市|自治区)?")

# What a place name never holds: digits, spaces, and the words of streets and buildings;
# what never follows one (菜市场, 市场路); the 区 of a housing estate or a campus.
_NAME = r"[^\W\d_路街道号巷弄村镇乡楼栋室座层大厦广场园]"
_AFTER = r"(?![场路街道口])"
_CITY = re.compile(rf"{_NAME}{{2,10}}?(?:自治州|地区|盟|市){_AFTER}")
_DISTRICT = re.compile(rf"{_NAME}{{1,10}}?(?:自治县|自治旗|林区|特区|新区|区|县|旗|市){_AFTER}")
_NOT_DISTRICT = ("小区", "社区", "校区", "景区", "园区", "厂区", "街区", "片区", "商业区", "工业区",
                 "住宅区", "营业区", "服务区", "生活区", "办公区")
_SPACE = re.compile(r"\s*")


@dataclass(frozen=True)
class Parts:
    province: str = ""
    city: str = ""      # a municipality's is its province
    district: str = ""
    street: str = ""
    free: str = ""      # what did not split

    def line(self) -> str:
        """The parts as one line (a municipality's name once)."""
        city = "" if self.city == self.province else self.city
        return "".join((self.province, city, self.district, self.street, self.free))


def split(text: str) -> Parts:
    """The parts of ``text``; all of it in ``free`` when its start names no place."""
    line = text.strip()
    parts = _split(line, with_province=True)
    if parts.province and parts.province not in PROVINCES and not (parts.city or parts.district):
        parts = _split(line, with_province=False)  # 山西路: a street, not 山西
    return parts


def _split(line: str, with_province: bool) -> Parts:
    at = 0
    province = city = district = ""
    found = _PROVINCE.match(line) if with_province else None
    if found:
        province, at = found.group(), found.end()
        if province.startswith(MUNICIPALITIES):
            city = province
        at = _SPACE.match(line, at).end()
    if not city:
        found = _CITY.match(line, at)
        if found:
            city, at = found.group(), found.end()
            at = _SPACE.match(line, at).end()
    found = _DISTRICT.match(line, at)
    if found and not found.group().endswith(_NOT_DISTRICT):
        district, at = found.group(), found.end()
        at = _SPACE.match(line, at).end()
    if not (province or city or district):
        return Parts(free=line)
    return Parts(province, city, district, line[at:])
