"""The app's own words for the team server's sentences are keyed by the sync layer's
templates: a template changed there would leave the app saying the command line's words."""

from __future__ import annotations

import ast

from desktop_crm.sync import ServerError
from desktop_crm.sync.server import newer_server
from desktop_crm.ui.team.sentences import APP_WORDS, OFFLINE, offline, say
from tests.test_cli_language import SENTENCES, SYNC, calls
from tests.ui.language import chinese_interface


def test_every_sentence_the_app_words_is_one_the_sync_layer_makes() -> None:
    made = {c.args[0].value for c in calls(sorted(SYNC.glob("*.py")), SENTENCES)
            if isinstance(c.args[0], ast.Constant)}
    assert sorted(set(APP_WORDS) - made) == [] and sorted(set(OFFLINE) - made) == []
    for template, (words, fields) in APP_WORDS.items():
        assert all("{" + name + "}" in template for name in fields)
        assert words.count("%") == len(fields)


def test_a_sentence_is_said_in_the_apps_words_in_both_languages(qapp) -> None:
    error = ServerError(newer_server(9))
    english = say(error)
    assert english.startswith("The team server was set up by a newer desktop-crm (schema "
                              "version 9; this app knows ")
    with chinese_interface():
        chinese = say(error)
        refused = say(ServerError("The login {login} exists already.", login="wang"))
    assert "9" in chinese and chinese != english and "desktop-crm server" not in chinese
    assert "wang" in refused and "login" not in refused  # the command line's Chinese
    assert not offline(error)
