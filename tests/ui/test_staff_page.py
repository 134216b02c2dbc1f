"""The staff page: leaderboard against targets, adding staff, moving members, the funnel."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop_crm.domain.members import MemberService


@pytest.fixture
def team(store, customers, visits):
    li = store.insert("staff", {"name": "李店员", "role": "shop_staff", "target_members": 4,
                                "target_visits_per_month": 10})
    zhao = store.insert("staff", {"name": "赵店员", "role": "shop_staff"})
    members = MemberService(store, actor="测试员")
    for i in range(2):
        cid = customers.create({"name": f"会员{i}", "kind": "individual", "owner": li})
        members.enrol(cid, f"BB20{i}", staff_id=li)
        visits.log_visit(cid, {"channel": "phone", "staff": zhao,
                               "occurred_at": date.today().isoformat() + " 09:00"})
    return li, zhao


def test_leaderboard_add_staff_and_move_members(qtbot, ctx, team, store, qtmodeltester, type_into):
    from desktop_crm.ui.staff.page import MoveMembersDialog, StaffDialog, StaffPage

    li, zhao = team
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.board.rowCount() == 2)
    qtmodeltester.check(page.board)
    first = [page.board.data(page.board.index(0, c)) for c in range(6)]
    assert first[:2] == ["1", "赵店员"] and first[5] == "2"
    second = [page.board.data(page.board.index(1, c)) for c in range(7)]
    assert second[1] == "李店员" and second[3] == "2 / 4" and second[4] == "50.0%" and second[5] == "0 / 10"
    qtmodeltester.check(page.funnel_staff)
    assert page.funnel_total.text().startswith("Funnel: Aware 2 → ")

    dialog = StaffDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    type_into(dialog.name, "李店员")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "already a staff member" in dialog.error.text()
    dialog.name.setText("孙店员")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert store.find_one("staff", name="孙店员")["target_members"] == 350

    move = MoveMembersDialog(ctx, page)
    qtbot.addWidget(move)
    move.source.setCurrentIndex(move.source.findText("李店员"))
    move.target.setCurrentIndex(move.target.findText("赵店员"))
    move.move(confirm=False)
    qtbot.waitUntil(lambda: move.moved == 2)
    assert {r[0] for r in store.conn.execute("SELECT staff_id FROM members")} == {zhao}
