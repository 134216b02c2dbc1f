from __future__ import annotations

from desktop_crm.ui.dossier.widget import DossierWidget
from desktop_crm.ui.main_window import MainWindow
from tests.ui.language import chinese_interface


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_areas_status_and_dossier_tabs(qtbot, ctx, customers, mingjia) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert tab_titles(window)[:3] == ["Customers", "Follow-ups", "Visits"]  # then other areas
    qtbot.waitUntil(lambda: window.count_label.text() == "1 customer in the file")
    assert str(ctx.store.path) == window.path_label.text()

    ctx.signals.sig_open_customer.emit(mingjia)
    assert isinstance(window.tabs.currentWidget(), DossierWidget)
    assert window.tabs.currentWidget().customer_id == mingjia
    qtbot.waitUntil(lambda: "明佳烟酒" in window.tabs.tabText(window.tabs.currentIndex()))
    ctx.signals.sig_open_customer.emit(mingjia)  # already open: focused, not opened twice
    assert len(window.dossiers()) == 1

    new = window.open_customer(None)
    assert len(window.dossiers()) == 2 and new.customer_id is None
    assert window.close_tab(window.tabs.indexOf(new))  # nothing typed: closes without asking
    assert len(window.dossiers()) == 1
    assert not window.close_tab(0)  # the area tabs cannot be closed


def test_overdue_follow_ups_are_announced(qtbot, ctx, visits, mingjia) -> None:
    visits.log_visit(mingjia, {"occurred_at": "2026-01-05", "channel": "visit", "follow_up_due": "2026-01-10"})
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_overdue_notice()
    qtbot.waitUntil(window.notice.isVisible)
    assert "1 follow-up" in window.notice.label.text()
    assert "1 overdue" in window.count_label.text()
    assert window.tabs.tabText(1) == "Follow-ups (1)"
    window.notice.show_button.click()
    assert window.current_area() == "follow_ups"
    assert window.follow_ups.isVisible()
    assert not window.notice.isVisible()


def test_demo_data_fills_an_empty_database_in_the_background(qtbot, ctx) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.load_demo(30)
    qtbot.waitUntil(lambda: "30 customers in the file" in window.count_label.text(), timeout=20_000)
    assert ctx.store.count("customers") == 30


def test_chinese_interface(qtbot, ctx) -> None:
    with chinese_interface():
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert tab_titles(window)[:3] == ["客户", "跟进", "拜访"]
        assert window.menuBar().actions()[0].text() == "文件(&F)"


def test_help_menu_tells_version_data_folder_and_fonts(qtbot, ctx) -> None:
    from desktop_crm import __version__, paths

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Help"
    about = window.show_about()
    text = about.text.text()
    assert __version__ in text and str(paths.data_dir()) in text and str(ctx.store.path) in text
    assert "WenQuanYi Micro Hei" in text  # the bundled font, for screen, PDF and charts
    about.close()
    guide = window.show_guide()
    assert "desktop-crm" in guide.browser.toPlainText()[:200]
    assert "Quick start" in guide.browser.toPlainText()
    guide.close()


def test_closing_a_dossier_returns_to_where_it_was_opened(qtbot, ctx, mingjia) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    bar = window.tabs.tabBar()

    def close_current() -> None:
        bar.tabButton(window.tabs.currentIndex(), bar.ButtonPosition.RightSide).click()

    window.show_area("visits")
    ctx.signals.sig_open_customer.emit(mingjia)
    new = window.open_customer(None)  # a second dossier, opened from the first
    assert window.tabs.currentWidget() is new
    close_current()
    assert window.tabs.currentWidget().customer_id == mingjia
    close_current()
    assert window.current_area() == "visits"  # not the last area tab beside the dossiers
    window.show_area("customers")
    window.open_customer(None)
    window.show_area("visits")  # switched away: closing it from there keeps the current tab
    window.close_tab(window.tabs.count() - 1)
    assert window.current_area() == "visits" and not window.dossiers()
