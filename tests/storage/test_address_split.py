"""Splitting one Chinese address line into province / city / district / street."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_crm.storage.address_split import PROVINCES, split
from desktop_crm.storage.addresses import one_line


@pytest.mark.parametrize(("line", "parts"), [
    ("广东省深圳市南山区科技园南路18号", ("广东省", "深圳市", "南山区", "科技园南路18号", "")),
    ("上海市浦东新区张杨路500号", ("上海市", "上海市", "浦东新区", "张杨路500号", "")),
    ("北京朝阳区建国路88号", ("北京", "北京", "朝阳区", "建国路88号", "")),
    ("重庆渝中区解放碑", ("重庆", "重庆", "渝中区", "解放碑", "")),
    ("江苏省苏州市昆山市前进中路1号", ("江苏省", "苏州市", "昆山市", "前进中路1号", "")),
    ("广西南宁市青秀区民族大道100号", ("广西", "南宁市", "青秀区", "民族大道100号", "")),
    ("内蒙古自治区呼和浩特市新城区", ("内蒙古自治区", "呼和浩特市", "新城区", "", "")),
    ("黔东南苗族侗族自治州凯里市北京东路", ("", "黔东南苗族侗族自治州", "凯里市", "北京东路", "")),
    ("深圳市南山区", ("", "深圳市", "南山区", "", "")),
    ("南山区科技园", ("", "", "南山区", "科技园", "")),
    ("广东 深圳市 南山区 科技园", ("广东", "深圳市", "南山区", "科技园", "")),
    # what it cannot split stays whole
    ("山西路100号", ("", "", "", "", "山西路100号")),
    ("城东菜市场旁", ("", "", "", "", "城东菜市场旁")),
    ("阳光小区3栋", ("", "", "", "", "阳光小区3栋")),
    ("中山路12号", ("", "", "", "", "中山路12号")),
    ("Room 5, 18 Keji Road", ("", "", "", "", "Room 5, 18 Keji Road")),
])
def test_split(line: str, parts: tuple[str, ...]) -> None:
    found = split(line)
    assert (found.province, found.city, found.district, found.street, found.free) == parts


_PIECES = st.sampled_from([*PROVINCES, "广东", "北京", "深圳市", "南山区", "昆山市", "浦东新区",
                           "自治州", "市", "区", "县", "旗", "路", "18号", "菜市场", "小区",
                           "山西路", " ", "A座", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join) | st.text(max_size=30))
def test_never_loses_a_character(line: str) -> None:
    """The parts joined are the line (the spaces between two parts aside)."""
    parts = split(line)
    joined = parts.line()
    if parts.city == parts.province and parts.city:  # a municipality's name, once
        assert joined.count(parts.city) >= 1
    assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", line)
    row = {"province": parts.province, "city": parts.city, "district": parts.district,
           "street": parts.street, "line": parts.free}
    assert re.sub(r"\s", "", one_line(row)) == re.sub(r"\s", "", line)
