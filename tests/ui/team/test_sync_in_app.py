"""Sync that stays out of the way: the status bar's line, a sync shortly after a save, the
open dossier taking the team's changes while keeping what the user types, offline."""

from __future__ import annotations

from datetime import datetime

import psycopg

from tests.pg import _free_port
from tests.ui.conftest import type_text


def _shop(service_laptop, app_laptop):
    office = service_laptop("wang", "office")
    office.sync()
    office.customers.create({"name": "明佳烟酒", "phone": "0710-3212345",
                             "address": "文博路18号", "owner": office.staff_id("王敏")})
    office.sync()
    app = app_laptop("wang", "laptop")
    app.sync()
    return office, app


def server_phone(team) -> str:
    with psycopg.connect(team.owner_url) as conn:
        return conn.execute("SELECT data ->> 'phone' FROM crm.records WHERE kind = 'customer' "
                            "AND NOT deleted").fetchone()[0]


def test_the_status_bar_says_when_what_waits_and_what_conflicts(
        qtbot, service_laptop, app_laptop) -> None:
    office, app = _shop(service_laptop, app_laptop)
    label = app.team.status_label
    assert label.text() == "Synced just now"
    app.laptop.customers.update(app.laptop.id_of("明佳烟酒"), {"address": "文博路20号"})
    app.team.sync.show_status()
    # the line is the customer's and its main address's (m019): two records wait
    assert label.text() == "Synced just now · 2 changes waiting"
    office.customers.update(office.id_of("明佳烟酒"), {"phone": "0710-1111111"})
    office.sync()
    app.laptop.customers.update(app.laptop.id_of("明佳烟酒"), {"phone": "0710-2222222"})
    app.sync()
    assert label.text() == "Synced just now · 1 conflict"
    later = datetime.fromisoformat(app.store.conn.execute(
        "SELECT last_sync_at FROM sync_state").fetchone()[0]).replace(microsecond=0)
    assert app.team.sync.ago(later.isoformat(), later.replace(minute=later.minute)) == "just now"
    assert app.team.sync.ago("2026-12-05T10:00:00", datetime(2026, 12, 5, 10, 3, 30)) == (
        "3 min ago")
    assert app.team.sync.ago("2026-12-05T10:00:00", datetime(2026, 12, 5, 12, 0)) == (
        "2 hours ago")

    app.store.conn.execute("UPDATE sync_state SET url = replace(url, 'port=' || ?, 'port=' || ?)",
                           (str(app_port(app)), str(_free_port())))
    app.laptop.customers.update(app.laptop.id_of("明佳烟酒"), {"address": "文博路22号"})
    app.sync()
    assert label.text() == "Offline · 2 changes waiting · 1 conflict"


def app_port(app) -> int:
    from psycopg.conninfo import conninfo_to_dict

    return int(conninfo_to_dict(app.laptop.url)["port"])


def test_a_save_is_sent_shortly_after_without_pressing_sync(
        qtbot, team, service_laptop, app_laptop) -> None:
    _office, app = _shop(service_laptop, app_laptop)
    sync = app.team.sync
    assert not sync.save_timer.isActive()  # the sync's own news of what it brought: no echo
    sync.save_timer.setInterval(0)  # "shortly" is 20 s in the app
    dossier = app.window.open_customer(app.laptop.id_of("明佳烟酒"))
    phone = dossier.editor("phone")
    phone.clear()
    qtbot.keyClicks(phone, "0710-7777777")
    assert dossier.save()
    assert sync.save_timer.isActive() or sync.running
    qtbot.waitUntil(lambda: server_phone(team) == "0710-7777777", timeout=30_000)
    qtbot.waitUntil(lambda: not sync.running, timeout=30_000)
    assert app.team.status_label.text() == "Synced just now"


def test_an_open_dossier_takes_the_teams_change_and_keeps_what_is_typed(
        qtbot, service_laptop, app_laptop) -> None:
    office, app = _shop(service_laptop, app_laptop)
    dossier = app.window.open_customer(app.laptop.id_of("明佳烟酒"))
    address = dossier.editor("address")
    address.clear()
    type_text(qtbot, address, "文博路66号")
    office.customers.update(office.id_of("明佳烟酒"), {"phone": "0710-5555555"})
    office.sync()

    app.sync()
    assert dossier.editor("phone").text() == "0710-5555555"
    assert address.text() == "文博路66号"
    assert dossier.state_label.text() == "Updated from the team; what you typed is kept."
    assert dossier.has_unsaved_changes()
    assert dossier.save()
    assert app.laptop.customer("明佳烟酒")["address"] == "文博路66号"
    assert app.laptop.customer("明佳烟酒")["phone"] == "0710-5555555"
