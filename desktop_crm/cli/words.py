"""The command line's words in the user's language: Chinese under a Chinese locale (LANG,
LC_ALL, LC_MESSAGES, the system's setting) or ``--lang zh``, English otherwise.

Messages are written in English, as format strings with named fields, and passed through
``_()``: ``print(_("{code} restored").format(code=code))``. Their Chinese is in
``cli/zh_cn.py``; ``tests/test_cli_language.py`` fails on a message without one. argparse's
own words ("usage:", "options", "the following arguments are required") go through the same
table. No Qt here: the command line starts without it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from desktop_crm.sync import Sentence

LANGUAGES = ("zh", "en")
_language = "en"


def language_of(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given on the command line, before it is parsed (the help is built in
    the user's language, so the language must be known first)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return arg[7:]
    return None


def use(language: str) -> None:
    """Speak ``language`` from now on, argparse included."""
    global _language
    _language = language
    argparse._ = _  # type: ignore[attr-defined]  # argparse looks its words up through _()
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def current() -> str:
    return _language


def _(text: str) -> str:
    if _language != "zh":
        return text
    from desktop_crm.cli.zh_cn import WORDS

    return WORDS.get(text, text)


def said(sentence: str) -> str:
    """A sentence made below the command line (a ``sync.Sentence``: the team server's errors,
    a sync's notes) in the user's language; any other text as it is."""
    if not isinstance(sentence, Sentence):
        return sentence
    return _(sentence.text).format(**sentence.fields) if sentence.fields else _(sentence.text)


def term(name: str | None) -> str | None:
    """A name the data and the server use (a record's kind: customer, plan_action…; a login's
    role: rep, manager, admin) as the user reads it; in English the name itself."""
    if _language != "zh" or name is None:
        return name
    from desktop_crm.cli.zh_cn import TERMS

    return TERMS.get(name, name)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _(singular if n == 1 else plural)
