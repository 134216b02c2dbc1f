"""Two laptops change the same field; the second syncs in the app, sees the conflict on the
Conflicts page with both values, decides there, and both laptops end up the same."""

from __future__ import annotations

from desktop_crm.storage import queries


def _shop(service_laptop, app_laptop):
    """Wang's office computer (services) makes a shop and sends it; his laptop (the app)
    receives it at its first sync."""
    office = service_laptop("wang", "office")
    office.sync()  # the team's staff arrive
    office.customers.create({"name": "明佳烟酒", "phone": "0710-3212345",
                             "owner": office.staff_id("王敏")})
    office.sync()
    app = app_laptop("wang", "laptop")
    app.sync()
    assert app.laptop.names() == {"明佳烟酒"}
    return office, app


def test_a_conflict_is_shown_decided_and_both_sides_converge(qtbot, service_laptop,
                                                             app_laptop) -> None:
    office, app = _shop(service_laptop, app_laptop)
    window = app.window
    tabs = window.tabs
    conflicts_tab = tabs.indexOf(window.area_tab("conflicts"))
    assert tabs.isTabVisible(conflicts_tab) and tabs.tabText(conflicts_tab) == "Conflicts"

    office.customers.update(office.id_of("明佳烟酒"), {"phone": "0710-1111111"})
    office.sync()
    mine = app.laptop.id_of("明佳烟酒")
    app.laptop.customers.update(mine, {"phone": "0710-2222222"})
    app.sync()

    assert tabs.tabText(conflicts_tab) == "Conflicts (1)"
    assert "1 conflict" in window.team.status_label.text()
    page = window.show_area("conflicts")
    assert page.model.rowCount() == 1
    assert [page.model.cell(0, c) for c in range(5)] == [
        "明佳烟酒", "Phone", "0710-2222222", "0710-1111111", "wang"]
    assert page.mine_button.isVisible() and not page.restore_button.isVisible()

    qtbot.mouseClick(page.mine_button, qtbot_left())
    assert page.model.rowCount() == 0
    assert page.summary.text() == "No conflicts wait for a decision."
    assert tabs.tabText(conflicts_tab) == "Conflicts"
    history = queries.history(app.store, mine)
    assert (history[0]["field"], history[0]["old_value"], history[0]["new_value"]) == (
        "phone", "0710-1111111", "0710-2222222")

    app.sync()      # the decision goes up
    office.sync()
    assert office.customer("明佳烟酒")["phone"] == "0710-2222222"
    assert app.laptop.customer("明佳烟酒")["phone"] == "0710-2222222"


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_credit_code_taken_by_the_team_is_a_conflict_keep_mine_is_refused(
        qtbot, service_laptop, app_laptop) -> None:
    """Two customers given one credit code on two computers: the team's keeps it, the one
    made here gives it up; the page names the field, and keeping mine says why it cannot."""
    from stdnum.cn import uscc

    code = "91350100M000100Y4" + uscc.calc_check_digit("91350100M000100Y40")
    office, app = _shop(service_laptop, app_laptop)
    office.customers.create({"name": "华联超市", "code": "HL1", "uscc": code, "owner": office.staff_id("王敏")})
    office.sync()
    app.laptop.customers.create({"name": "华联超市二店", "code": "HL2", "uscc": code,
                                 "owner": app.laptop.staff_id("王敏")})
    app.sync()
    page = app.window.show_area("conflicts")
    assert page.model.rowCount() == 1
    shown = [page.model.cell(0, c) for c in range(5)]
    assert shown[:3] == ["华联超市二店", "Unified social credit code", code] and shown[3] == "(empty)", shown
    assert page.why.isVisible() and page.why.text().startswith(
        "华联超市 (HL1) holds this value in the team, and no two customers may share it")
    qtbot.mouseClick(page.mine_button, qtbot_left())
    assert page.model.rowCount() == 1
    assert page.message.text().startswith("That value belongs to another record already")
