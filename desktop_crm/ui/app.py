"""Start-up and the life of an open database: language, fonts, first start, the file lock,
switching files, backup and restore from the File menu."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop_crm import paths
from desktop_crm.storage import backup as backups
from desktop_crm.domain import dossier, staff
from desktop_crm.storage.db import DAMAGED, Store, open_database
from desktop_crm.storage.errors import DamagedError, DatabaseBusyError, StorageError
from desktop_crm.storage.location import check_place
from desktop_crm.storage.lock import InstanceLock
from desktop_crm.storage.recover import Rescue, recover
from desktop_crm.ui import failures, fonts, single_instance
from desktop_crm.ui.context import AppContext, AppSignals
from desktop_crm.ui.settings import AppSettings, SettingsDialog
from desktop_crm.ui.tasks import TaskRunner

DB_FILTER = "desktop-crm database (*.sqlite3 *.db);;All files (*)"


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own (standard buttons, dialogs) for ``language``."""
    ours = str(paths.resource("translations"))
    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "zh":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        files = (("desktop_crm_zh_CN", ours), ("qtbase_zh_CN", qt))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        files = (("desktop_crm_en", ours),)  # plural forms only
    translators = []
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


class App(QObject):
    """Owns the open database (its lock, connection, worker) and the main window."""

    def __init__(self, app: QApplication, settings: AppSettings) -> None:
        super().__init__()
        self.qapp = app
        self.settings = settings
        self.window = None
        self.store: Store | None = None
        self.lock: InstanceLock | None = None
        self.tasks: TaskRunner | None = None
        self.instance_server: single_instance.InstanceServer | None = None
        self.handed_over = False  # a window that already had the file was brought forward
        self._switching = False  # closing a window to open another file: do not quit
        app.setQuitOnLastWindowClosed(False)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """macOS hands a double-clicked file to the running app as an event, not argv."""
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open(Path(event.file()))
            return True
        return super().eventFilter(watched, event)

    # --- opening and closing ------------------------------------------------------------------

    def open(self, path: Path, parent: QWidget | None = None) -> bool:
        """Open ``path`` in a new main window, closing the current one; False if refused.

        A file another window of ours has open brings that window to the front instead
        (``handed_over`` is then set); any other refusal is one sentence in a message box.
        """
        try:
            store, lock = open_for_window(path)
        except DatabaseBusyError as exc:
            if single_instance.hand_over(Path(path).expanduser().resolve()):
                self.handed_over = True
                return False
            QMessageBox.critical(parent or self.window, self.tr("Cannot open the database"), str(exc))
            return False
        except StorageError as exc:
            QMessageBox.critical(parent or self.window, self.tr("Cannot open the database"), str(exc))
            return False
        if self.window is not None and not self.close_current():
            store.close()
            if lock is not None:
                lock.release()
            return False
        from desktop_crm.ui.main_window import MainWindow

        self.store, self.lock = store, lock
        actor = self.who_am_i(store)
        self.tasks = TaskRunner(store.path, read_only=bool(store.read_only))
        ctx = AppContext(store, actor, self.settings.language, self.tasks, AppSignals())
        self.settings.add_recent(store.path)
        window = MainWindow(ctx, self.settings.recent_files)
        window.sig_new_database.connect(self.new_database)
        window.sig_open_database.connect(self.open_database)
        window.sig_open_recent.connect(lambda p: self.open(p))
        window.sig_backup.connect(self.backup)
        window.sig_restore.connect(self.restore)
        window.sig_recover.connect(self.recover)
        window.sig_settings.connect(self.edit_settings)
        window.sig_closed.connect(self._window_closed)
        self.window = window
        if lock is not None:
            self.instance_server = single_instance.InstanceServer(store.path, self)
            self.instance_server.sig_raise_requested.connect(window.bring_to_front)
        window.show()
        window.show_overdue_notice()
        if not store.read_only:
            self.tasks.submit(_damage_check, self._checked, lambda exc: None)
        window.offer_demo_if_empty()
        return True

    def _checked(self, damage: str | None) -> None:
        """SQLite's quick check ran on the worker: a damaged file turns read-only at once."""
        if self.store is None or self.window is None:
            return
        if damage is None:
            self.store.damage_checked = True
            return
        self.store.read_only = DAMAGED
        self.window.show_read_only(DAMAGED)
        QMessageBox.warning(self.window, self.tr("The database is damaged"), damage)

    def who_am_i(self, store: Store) -> str:
        """The person using this file; asked once per file (pick from its staff or add
        yourself), with the name last given on this computer as the suggestion."""
        known = staff.current_user(store)
        if known or store.read_only:
            return known or self.settings.user_name
        from desktop_crm.ui.first_start import WhoAmIDialog

        names = [name for _, name, active in dossier.staff_choices(store) if active]
        dialog = WhoAmIDialog(names, self.settings.user_name)
        if not dialog.exec():
            return self.settings.user_name
        name = dialog.chosen()
        staff.set_current_user(store, name)
        self.settings.user_name = name
        return name

    def _window_closed(self) -> None:
        if not self._switching:
            self.qapp.quit()

    def close_current(self) -> bool:
        """Close the window (it may refuse: unsaved changes) and release the database."""
        if self.window is not None:
            self._switching = True
            try:
                if not self.window.close():
                    return False
            finally:
                self._switching = False
            self.window.deleteLater()
            self.window = None
        if self.tasks is not None:
            self.tasks.shutdown()
            self.tasks = None
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.instance_server is not None:
            self.instance_server.close()
            self.instance_server = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        return True

    # --- File menu ------------------------------------------------------------------------------

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), str(paths.data_dir() / "customers.sqlite3"),
            self.tr(DB_FILTER),
        )
        if name:
            target = Path(name)
            if target.exists() and target.stat().st_size > 0:
                QMessageBox.warning(self.window, self.tr("New database"),
                                    self.tr("That file already exists; choose a new name."))
                return
            self.open(target)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open database"), str(paths.data_dir()), self.tr(DB_FILTER)
        )
        if name:
            self.open(Path(name))

    def backup(self) -> None:
        assert self.store is not None
        default = paths.backup_dir() / backups.default_backup_name(self.store.path)
        default.parent.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up the database"), str(default), self.tr(DB_FILTER)
        )
        if not name:
            return
        store_path = self.store.path

        def done(written: Path) -> None:
            self.window.statusBar().showMessage(
                self.tr("Backup written to %1").replace("%1", str(written)), 10000
            )

        def failed(exc: BaseException) -> None:
            QMessageBox.critical(self.window, self.tr("Backup failed"), str(exc))

        self.tasks.submit(
            lambda store, progress: backups.backup(store, Path(name)),
            done, failed, title=self.tr("Backing up %1…").replace("%1", store_path.name),
            parent=self.window,
        )

    def restore(self) -> None:
        assert self.store is not None
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from a backup"), str(paths.backup_dir()), self.tr(DB_FILTER)
        )
        if not name:
            return
        target = self.store.path
        answer = QMessageBox.question(
            self.window, self.tr("Restore from a backup"),
            self.tr("Replace the open database with %1? The current data is kept aside "
                    "as a copy next to it.").replace("%1", Path(name).name),
        )
        if answer != QMessageBox.StandardButton.Yes or not self.close_current():
            return
        try:
            aside = backups.restore(Path(name), target)
        except StorageError as exc:
            QMessageBox.critical(None, self.tr("Restore failed"), str(exc))
            self.open(target)
            return
        if self.open(target):
            self.window.statusBar().showMessage(
                self.tr("Restored. The replaced database was kept as %1").replace("%1", str(aside)), 15000
            )

    def recover(self) -> None:
        """Rescue what can be read of a damaged file (by default the open one) into a new file."""
        start = str(self.store.path) if self.store is not None else str(paths.data_dir())
        damaged, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Recover a damaged file: the damaged file"), start, self.tr(DB_FILTER)
        )
        if not damaged:
            return
        suggestion = Path(damaged).with_name(f"{Path(damaged).stem}-recovered.sqlite3")
        new, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Recover a damaged file: the new file"), str(suggestion),
            self.tr(DB_FILTER),
        )
        if not new:
            return
        actor = self.window.ctx.actor

        def done(rescue: Rescue) -> None:
            lines = [self.tr("%1: %2 of %3").replace("%1", t.table).replace("%2", str(t.saved))
                     .replace("%3", "?" if t.before is None else str(t.before))
                     for t in rescue.tables if t.saved or t.before]
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Recovery finished"),
                              (self.tr("Everything the damaged file still counted was rescued into %1.")
                               if rescue.complete else
                               self.tr("Some rows were on damaged pages and are lost; the rest "
                                       "was rescued into %1. Compare it with your latest backup."))
                              .replace("%1", str(rescue.path)),
                              parent=self.window)
            box.setDetailedText("\n".join(lines))
            open_button = box.addButton(self.tr("&Open the rescued file"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is open_button:
                self.open(rescue.path)

        def failed(exc: BaseException) -> None:
            QMessageBox.critical(self.window, self.tr("Recovery failed"), str(exc))

        self.tasks.submit(
            lambda store, progress: recover(Path(damaged), Path(new), actor, progress),
            done, failed, title=self.tr("Rescuing %1…").replace("%1", Path(damaged).name),
            parent=self.window,
        )

    def edit_settings(self) -> None:
        SettingsDialog(self.settings, self.window).exec()
        if self.window is not None and self.settings.user_name != self.window.ctx.actor:
            if not self.store.read_only:
                staff.set_current_user(self.store, self.settings.user_name)
            self.window.ctx.actor = self.settings.user_name


def _damage_check(store: Store, _progress: object) -> str | None:
    """On the worker: SQLite's quick check; the sentence to show when the file is damaged."""
    try:
        store.check_damage()
    except DamagedError as exc:
        return str(exc)
    return None


def open_for_window(path: Path) -> tuple[Store, InstanceLock | None]:
    """Check the place, take the file's lock (not for a file that can only be read: nothing
    will write it) and open it. Raises :class:`StorageError` with the sentence to show."""
    place = check_place(Path(path), create=True)
    lock = None
    if place.read_only is None:
        lock = InstanceLock(place.path)
        lock.acquire()
    try:
        return open_database(place.path), lock
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def choose_database(settings: AppSettings, explicit: Path | None) -> Path | None:
    """The file to open: the one asked for, else the default; on a first start with no
    database yet, ask whether to create it or open an existing file."""
    if explicit is not None:
        return explicit
    default = settings.default_database
    if default.exists():
        return default
    return welcome(default)


def welcome(default: Path) -> Path | None:
    """The welcome dialog: create the default file, create one elsewhere, or open one."""
    from desktop_crm.ui.first_start import FirstStartDialog  # only on a first start

    dialog = FirstStartDialog(default)
    if not dialog.exec():
        return None
    return dialog.chosen


def run(db_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("desktop-crm")
    app.setOrganizationName("desktop-crm")
    app.setWindowIcon(QIcon(str(paths.resource("icons", "app.svg"))))
    settings = AppSettings()
    install_language(app, settings.language)
    font, family = fonts.install(app.font())
    app.setFont(font)
    if family is None and not QSettings().value("font_warning_shown", False, type=bool):
        QMessageBox.warning(None, "desktop-crm", fonts.NO_FONT_MESSAGE)
        QSettings().setValue("font_warning_shown", True)

    failures.install()
    controller = App(app, settings)
    path = choose_database(settings, db_path)
    while path is not None and not controller.open(path):
        if controller.handed_over:
            return 0
        if db_path is not None:
            return 1
        path = welcome(settings.default_database)  # another place, another file, or quit
    if path is None:
        return 0
    try:
        return app.exec()
    finally:
        controller.close_current()
