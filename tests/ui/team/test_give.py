"""Giving customers from the app: a manager gives a rep's customer to another rep in the
customer list; it travels with its visits, leaves the first rep's laptop, and both reps are
told. What a login may not do is not offered; a change the server refused is only dismissed."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from desktop_crm.storage import queries, sync_rows


def _visit_count(laptop, name: str) -> int:
    return laptop.store.conn.execute(
        "SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id "
        "WHERE c.name = ?", (name,)).fetchone()[0]


def _select(qtbot, page, name: str) -> None:
    qtbot.waitUntil(lambda: page.model.total() > 0 and page.model.row_data(0) is not None,
                    timeout=10_000)
    rows = [r for r in range(page.model.total()) if page.model.row_data(r).name == name]
    assert rows, name
    page.table.setFocus()
    page.table.selectionModel().select(
        page.model.index(rows[0], 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_a_manager_gives_a_customer_from_one_rep_to_another(qtbot, app_laptop) -> None:
    wang = app_laptop("wang")
    wang.sync()  # the team's staff arrive
    shop = wang.laptop.customers.create({"name": "明佳烟酒", "phone": "0710-3212345",
                                         "owner": wang.laptop.staff_id("王敏")})
    wang.laptop.visits.log_visit(shop, {"occurred_at": "2026-12-01 10:00", "channel": "visit"})
    wang.laptop.visits.log_visit(shop, {"occurred_at": "2026-12-03 15:00", "channel": "phone"})
    wang.laptop.customers.create({"name": "永兴超市", "owner": wang.laptop.staff_id("王敏")})
    wang.sync()
    li = app_laptop("li")
    li.sync()
    chen = app_laptop("chen")
    chen.sync()
    assert li.laptop.names() == set()

    give = chen.team.give
    assert give.action.isVisible() and give.action.shortcut().toString() == "Ctrl+Shift+G"
    page = chen.window.show_area("customers")
    _select(qtbot, page, "明佳烟酒")
    menu = give._menu(QPoint(5, 5))  # the list's context menu offers it
    assert give.action in menu.actions()
    menu.close()
    give.action.trigger()  # Ctrl+Shift+G, or the menu's entry
    qtbot.waitUntil(lambda: give.dialog is not None and give.dialog.isVisible(), timeout=10_000)
    dialog = give.dialog
    names = [dialog.person.itemText(i) for i in range(dialog.person.count())]
    assert "李强" in names and "王敏" in names and "赵雷" not in names  # zhao is south's
    dialog.person.setCurrentIndex(names.index("王敏"))
    assert dialog.consequence.text() == "The selected customers belong to 王敏 already."
    assert not dialog.give_button.isEnabled()
    dialog.person.setCurrentIndex(names.index("李强"))
    assert dialog.consequence.text() == (
        "1 customer, with their visits, plans, members and purchases, will move to 李强's "
        "laptop at the next sync and leave 王敏's laptop; changes not yet synced on that "
        "laptop are sent first, later ones become conflicts for 李强.")
    qtbot.mouseClick(dialog.give_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: chen.laptop.customer("明佳烟酒")["owner_id"]
                    == chen.laptop.staff_id("李强"), timeout=10_000)
    qtbot.waitUntil(lambda: page.status.text()  # said when the worker reports back
                    == "Gave 1 customer to 李强. Undo with Ctrl+Z.", timeout=10_000)
    history = queries.history(chen.store, chen.laptop.id_of("明佳烟酒"))[0]
    assert (history["field"], history["actor"]) == ("owner_id", "chen")
    # the give started a sync by itself
    qtbot.waitUntil(lambda: not chen.team.sync.running
                    and not sum(sync_rows.pending_counts(chen.store.conn).values()),
                    timeout=30_000)

    li.sync()
    assert li.laptop.names() == {"明佳烟酒"}
    assert _visit_count(li.laptop, "明佳烟酒") == 2
    qtbot.waitUntil(lambda: li.window.customers.model.total() == 1, timeout=10_000)
    assert li.team.moved.button.isVisible()
    assert li.team.moved.button.text() == "1 customer came"

    wang.sync()
    assert wang.laptop.names() == {"永兴超市"}
    qtbot.waitUntil(lambda: wang.window.customers.model.total() == 1, timeout=10_000)
    notice = wang.team.moved
    assert notice.button.isVisible() and notice.button.text() == "1 left"
    assert "Given to someone else: 明佳烟酒." in wang.window.statusBar().currentMessage()
    shown = notice.open_list()
    assert [shown.lists["left"].item(i).text() for i in range(shown.lists["left"].count())] == [
        "明佳烟酒"]
    assert "arrived" not in shown.lists and not notice.button.isVisible()
    shown.close()


def test_what_a_login_may_not_do_is_not_offered(qtbot, app_laptop) -> None:
    wang = app_laptop("wang")
    wang.sync()
    chen = app_laptop("chen")
    chen.sync()

    assert not wang.team.give.action.isVisible()
    analytics = wang.window.show_area("analytics")
    assert analytics.tiers_button.isHidden() and analytics.model_button.isHidden()
    assert wang.window.show_area("members").rules_button.isHidden()
    assert not chen.window.show_area("members").rules_button.isHidden()
    assert chen.team.give.action.isVisible()
    analytics = chen.window.show_area("analytics")
    assert not analytics.tiers_button.isHidden() and not analytics.model_button.isHidden()

    from desktop_crm.domain.customer_list import FilterChoices
    from desktop_crm.ui.customers.bulk_edit import BulkEditDialog

    def operations(app) -> list[str]:
        dialog = BulkEditDialog(app.ctx, 2, FilterChoices())
        found = [dialog.operation.itemData(i) for i in range(dialog.operation.count())]
        dialog.deleteLater()
        return found

    assert "owner" not in operations(wang) and "tier" in operations(wang)
    assert "owner" in operations(chen)
    assert not wang.window.open_customer(None).profile_form.editor("owner").isEnabled()
    assert chen.window.open_customer(None).profile_form.editor("owner").isEnabled()

    # disconnected, the file is its user's own again: everything is offered
    from desktop_crm.sync import connection

    connection.disconnect(wang.store)
    wang.team.sync.disconnected()
    assert wang.team.give.action.isVisible()
    assert "owner" in operations(wang)
    analytics = wang.window.show_area("analytics")
    wang.window.show_area("customers")
    wang.window.show_area("analytics")
    assert not analytics.tiers_button.isHidden()


def test_a_refused_give_is_only_dismissed(qtbot, service_laptop, app_laptop) -> None:
    wang = app_laptop("wang")
    wang.sync()
    shop = wang.laptop.customers.create({"name": "明佳烟酒",
                                         "owner": wang.laptop.staff_id("王敏")})
    wang.sync()
    # the owner changed on a rep's laptop behind the interface (a file from before, the CLI)
    wang.laptop.customers.update(shop, {"owner": wang.laptop.staff_id("李强")})
    wang.sync()

    assert not wang.team.moved.button.isVisible()  # set back to the team's: nothing arrived
    page = wang.window.show_area("conflicts")
    assert page.model.rowCount() == 1
    assert page.model.cell(0, 1) == "Refused by the team server"
    assert not page.mine_button.isVisible() and not page.edit_button.isVisible()
    assert not page.restore_button.isVisible() and page.dismiss_button.isVisible()
    assert "may not give a customer to someone else" in page.why.text()
    assert not page.decide("mine")  # the page never offers it; said in a sentence if asked
    assert "would refuse it again" in page.message.text()

    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert wang.laptop.customer("明佳烟酒")["owner_id"] == wang.laptop.staff_id("王敏")
    wang.sync()
    assert wang.laptop.customer("明佳烟酒")["owner_id"] == wang.laptop.staff_id("王敏")
    assert page.model.rowCount() == 0
