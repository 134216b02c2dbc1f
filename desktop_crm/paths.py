"""Where things live: the default database, and the resources shipped with the app.

Resources are found the same way from a source checkout and from a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "desktop-crm"
DB_ENV = "DESKTOP_CRM_DB"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    """``--db`` wins over ``DESKTOP_CRM_DB``, which wins over this."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / "desktop-crm.sqlite3"


def backup_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    return data_dir() / "logs"


def readme() -> Path:
    """The user guide (README.md): next to the package from source, inside a bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / "README.md" if bundle else Path(__file__).resolve().parent.parent / "README.md"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
