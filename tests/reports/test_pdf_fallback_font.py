"""Without a TrueType Chinese font (a copy of the app without its bundled font, on a computer
without one) the PDF still carries the text, in reportlab's built-in CID font, and says so
through a warning the app shows. The lookup is emptied here; test_selftest.py meets the same
case for real, in a copy of the app without resources on a computer without fonts."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from desktop_crm.domain.plans import PlanService
from desktop_crm.reports.fonts import fonts_in_use
from desktop_crm.reports.pdf import fonts
from desktop_crm.reports.pdf.batch import print_options, print_plan
from tests.domain.test_plans import sample


@pytest.fixture
def no_truetype(monkeypatch):
    fonts.pdf_font.cache_clear()
    monkeypatch.setattr(fonts, "truetype_cjk_fonts", lambda: [])
    yield
    fonts.pdf_font.cache_clear()  # later tests register the real font again


def test_fallback_cid_font_with_a_warning(no_truetype, store, mingjia, tmp_path):
    plans = PlanService(store, "李娟")
    plan_id = plans.save(sample(plans, mingjia))
    target = tmp_path / "plan.pdf"
    result = print_plan(store, plan_id, target, print_options(store, "李娟"))
    assert result.warning and "not embedded" in result.warning
    assert not fonts.pdf_font().embedded
    in_use = fonts_in_use()  # what the About box says
    assert in_use["pdf_family"] == "STSong-Light" and in_use["pdf_file"] is None
    assert not in_use["pdf_embedded"] and not in_use["pdf_bundled"]
    reader = PdfReader(target)
    names = {str(f.get_object()["/BaseFont"]) for p in reader.pages
             for f in p["/Resources"]["/Font"].values()}
    assert any("STSong" in n for n in names)
    text = "".join(p.extract_text() for p in reader.pages).replace("\n", "")
    assert "明佳烟酒" in text
