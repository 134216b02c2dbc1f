"""The team's last syncs, as a laptop's own login reads them (for the manager's Team
overview): a manager sees every login's, a rep only their own; an unreachable server is one
sentence."""

from __future__ import annotations

import pytest

from desktop_crm.storage import sync_rows
from desktop_crm.sync import ServerError, connection
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop


def test_a_manager_reads_every_login_and_a_rep_only_their_own(tmp_path, team) -> None:
    (tmp_path / "wang").mkdir()
    (tmp_path / "chen").mkdir()
    wang = laptop(tmp_path / "wang", team, "wang", PASSWORD)
    chen = laptop(tmp_path / "chen", team, "chen", PASSWORD)
    wang.sync()
    read = {login: (staff, at) for login, staff, at in connection.team_syncs(chen.store,
                                                                             PASSWORD)}
    assert set(read) == {"boss", "chen", "wang", "li", "zhao"}
    assert read["wang"][0] == sync_rows.state(wang.store.conn)[3]  # wang's staff UUID
    assert read["wang"][1] is not None and read["li"][1] is None  # li never synced
    assert [login for login, _s, _a in connection.team_syncs(wang.store, PASSWORD)] == ["wang"]
    chen.store.conn.execute("UPDATE sync_state SET url = 'host=127.0.0.1 port=1 dbname=crm "
                            "user=chen'")  # nothing listens there
    with pytest.raises(ServerError, match="^Could not reach the team server"):
        connection.team_syncs(chen.store, PASSWORD)
    wang.store.close()
    chen.store.close()
