"""Printing never fails a batch because of one record: values beyond the registry's limits
(from a file written before them) are cut to fit a card or a plan, long values within them
print whole, file names stay short and valid, and a record that cannot be printed is named
while the others are printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Table

from desktop_crm.domain.plans import Action, Objective, PlanService
from desktop_crm.reports.pdf.batch import print_batch, print_options
from desktop_crm.reports.pdf.document import (
    DocumentTooLarge, PrintOptions, Section, SectionInfo, Styles, build, join_documents,
)
from desktop_crm.reports.pdf.file_names import pdf_file_name
from desktop_crm.reports.pdf.fonts import pdf_font
from desktop_crm.storage import plans as plan_sql

LONG_NAME = "很长的名字" * 8000   # 40,000 characters
LONG_CODE = "X" * 300


def pages_of(path: Path) -> list[str]:
    """Each page's text, without the line breaks Chinese wraps at."""
    return [p.extract_text().replace("\n", "").replace(" ", "") for p in PdfReader(path).pages]


@pytest.fixture
def old_file(store, customers) -> dict[str, int]:
    """Eight ordinary customers and two written past the limits, as an older file holds them."""
    ids = {f"C{i:03d}": customers.create({"code": f"C{i:03d}", "name": f"明佳烟酒{i}号"})
           for i in range(8)}
    ids["LONGNAME"] = customers.create({"code": "LONGNAME", "name": "临时", "notes": "备注" * 1_000})
    ids["LONGCODE"] = customers.create({"code": "LONGCODE", "name": "长代码店"})
    with store.transaction():
        store.update("customers", ids["LONGNAME"], {"name": LONG_NAME})
        store.update("customers", ids["LONGCODE"], {"code": LONG_CODE})
    return ids


@pytest.mark.parametrize("per_customer", [False, True])
def test_a_batch_with_a_40000_character_name_and_a_300_character_code_prints_all(
    store, old_file, tmp_path, per_customer
) -> None:
    target = tmp_path / ("cards" if per_customer else "cards.pdf")
    result = print_batch(store, "card", list(old_file.values()), target,
                         print_options(store, "李娟"), per_customer=per_customer)
    assert result.printed == 10 and result.failed == []
    assert result.shortened == {"LONGNAME": ["name"], LONG_CODE: ["code"]}
    if per_customer:
        names = sorted(p.name for p in target.iterdir())
        assert len(names) == 10 and max(len(n.encode()) for n in names) < 140
        assert f"{'X' * 48}-长代码店-card.pdf" in names
        long_card = next(p for p in target.iterdir() if p.name.startswith("LONGNAME-"))
        pages = pages_of(long_card)
    else:
        everything = pages_of(target)
        pages = [p for p in everything if "很长的名字很长的名字" in p]
    # still a card: the title holds the name cut with an ellipsis, the groups follow on the
    # first page, the whole fits on a few pages
    assert 2 <= len(pages) <= 3
    assert "很长的名字" * 19 + "很长的名…" in pages[0]
    assert LONG_NAME not in "".join(pages)
    for heading in ("客户资料卡", "基本信息", "客户特征", "业务状况"):
        assert heading in pages[0]
    # a note within its limit (2,000 characters) is cut in its cell, then printed whole
    assert "备注" * 1_000 in "".join(pages)


def test_a_plan_written_past_the_limits_prints_and_one_within_them_prints_whole(
    store, mingjia, tmp_path
) -> None:
    plans = PlanService(store, "李娟")
    plan = plans.new_plan(mingjia)
    plan.points["S"] = ["优" * 1_000]                      # at the limit: printed whole
    plan.actions = [Action("行" * 1_000, "李" * 100, "2030-01-01", "done", "果" * 200)]
    plan.objectives = [Objective("目标", "10%")]
    whole = plans.save(plan)
    other = plans.save(plans.new_plan(mingjia))
    plan_sql.replace_children(store, other, [("S", "很长的优势" * 3000)], [("SO", "策" * 9000)],
                              [{"text": "长行动" * 4000, "owner": "人" * 3000, "due_date": None,
                                "status": "open", "result": None}], [("目" * 9000, "指" * 9000)])
    for plan_id in (whole, other):
        store.update("plans", plan_id, {"status": "archived"})
    target = tmp_path / "plans.pdf"
    store.update("plans", whole, {"status": "active"})
    result = print_batch(store, "plan", [mingjia], target, print_options(store, "李娟"))
    assert result.printed == 1 and "优" * 1_000 in "".join(pages_of(target))
    assert all(t in "".join(pages_of(target)) for t in ("行" * 1_000, "李" * 100, "果" * 200))
    store.update("plans", whole, {"status": "archived"})
    store.update("plans", other, {"status": "active"})
    result = print_batch(store, "plan", [mingjia], target, print_options(store, "李娟"))
    text = "".join(pages_of(target))
    assert result.printed == 1 and result.failed == []
    assert "很长的优势" * 20 in text and "很长的优势" * 3000 not in text and "…" in text


def test_a_document_too_large_for_a_page_is_named_by_its_section(tmp_path) -> None:
    """What lets a batch in one file leave out the one customer whose layout cannot fit: the
    layout error names the document it happened in."""
    st = Styles(pdf_font())

    def document(key: str, text: str) -> list:
        return [Section(SectionInfo(key, "卡", key, "2026-01-01")),
                Table([[Paragraph(text, st.cell)]], colWidths=[100])]

    good, bad = document("card-1", "明佳烟酒"), document("card-2", "很" * 40_000)
    with pytest.raises(DocumentTooLarge) as caught:
        build(join_documents([good, bad, document("card-3", "鑫源超市")]), tmp_path / "x.pdf",
              PrintOptions())
    assert caught.value.key == "card-2" and "does not fit on a page" in str(caught.value)


@pytest.mark.parametrize(("code", "name", "expected"), [
    ("A/B", "明佳:烟酒", "A_B-明佳_烟酒-card.pdf"),
    ("C\\1*?", "a<b>|c", "C_1-a_b_c-card.pdf"),
    ("😀🍜", "店👨\u200d👩\u200d👧", "😀🍜-店👨_👩_👧-card.pdf"),
    ("ABC\u202etxt.exe", "\u2066名\u2069", "ABC_txt.exe-名-card.pdf"),
    ("..hidden", "name.", "hidden-name-card.pdf"),
    ("\u202e", "", "customer-card.pdf"),
])
def test_file_names_from_any_code_are_valid_and_short(code, name, expected, tmp_path) -> None:
    made = pdf_file_name(code, name, "card", set())
    assert made == expected
    (tmp_path / made).write_bytes(b"%PDF")  # the file system takes it


def test_long_file_names_are_cut_between_characters_and_never_collide() -> None:
    taken: set[str] = set()
    first = pdf_file_name("X" * 300, "名" * 300, "plan", taken)
    assert len(first.encode()) <= 135 and first.endswith("-plan.pdf")
    assert first == f"{'X' * 48}-{'名' * 24}-plan.pdf"  # 24 × 3 bytes: no half character
    second = pdf_file_name("X" * 301, "名" * 300, "plan", taken)
    third = pdf_file_name("a/b", "店", "plan", taken)
    fourth = pdf_file_name("A_B", "店", "plan", taken)
    assert second == f"{'X' * 48}-{'名' * 24}-2-plan.pdf"
    assert (third, fourth) == ("a_b-店-plan.pdf", "A_B-店-2-plan.pdf")  # Windows ignores case


@pytest.mark.parametrize(("language", "who", "when", "expected"), [
    ("en", "李娟", "2026-12-07 09:30", "Printed by 李娟, 2026-12-07 09:30"),
    ("en", "李娟", "", "Printed by 李娟"),
    ("en", "", "2026-12-07 09:30", "Printed 2026-12-07 09:30"),
    ("zh", "李娟", "", "打印：李娟"),
])
def test_the_footer_says_who_printed_and_when_without_a_dangling_comma(
        language, who, when, expected, tmp_path) -> None:
    st = Styles(pdf_font())
    build([Paragraph("明佳烟酒", st.cell)], tmp_path / "x.pdf",
          PrintOptions(language=language, printed_by=who, printed_at=when))
    footer = PdfReader(tmp_path / "x.pdf").pages[0].extract_text().splitlines()
    line = next(text for text in footer if "Confidential" in text or "注意保密" in text)
    assert line.rstrip().endswith(expected), line
