"""What the list pages share: reloading only when someone looks."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """Mixed into a page (before QWidget) with a ``refresh()`` that sets ``_stale = False``.
    A change noticed while the page is hidden only marks it stale: no work for a page nobody
    looks at; it reloads when shown."""

    _stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()

    def _data_changed(self, *_: object) -> None:
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        raise NotImplementedError

