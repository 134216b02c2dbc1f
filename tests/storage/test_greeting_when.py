"""m011: stored birthday templates stop saying "today" for every birthday."""

from __future__ import annotations

from sqlite_utils import Database

from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.schema import migrations


def test_stored_birthday_templates_say_when(db_path) -> None:
    db = Database(sqlite3.connect(db_path))  # the app's driver: its SQLite makes the index
    migrations.apply(db, stop_before="m011_greeting_when")
    db.conn.execute("INSERT INTO message_templates (occasion, name, language, body) VALUES "
                    "('birthday', '我的模板', 'zh', '{name}，今天是您的生日，小店送您一份礼物。')")
    db.conn.commit()
    db.close()
    with open_database(db_path) as store:
        bodies = {r["name"]: r["body"] for r in store.find("message_templates", occasion="birthday")}
        assert not any("今天是您的生日" in b for b in bodies.values())
        assert bodies["我的模板"] == "{name}，{when}是您的生日，小店送您一份礼物。"
        assert "{when}是您的生日" in bodies["生日祝福"]
        assert "{when}" in bodies["Birthday wishes"]
        english = {r["occasion"] for r in store.find("message_templates", language="en")}
        assert english == {"birthday", "festival", "anniversary", "thank_you"}
