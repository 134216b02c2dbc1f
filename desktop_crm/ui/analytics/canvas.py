"""A matplotlib figure shown in Qt, swapped as data changes; the figures come from
:mod:`desktop_crm.reports.charts`."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class ChartView(QWidget):
    """Holds one figure at a time; emits :attr:`sig_picked` with the id behind a clicked
    point when the figure's point sets were given ids (:meth:`set_pick_ids`)."""

    sig_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas: FigureCanvasQTAgg | None = None
        self._ids: dict[object, list[int]] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumHeight(200)

    @property
    def figure(self) -> Figure | None:
        return None if self.canvas is None else self.canvas.figure

    def set_figure(self, figure: Figure) -> None:
        if self.canvas is not None:
            self._layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.mpl_connect("pick_event", self._picked)
        self._ids = {}
        self._layout.addWidget(self.canvas)
        self.canvas.draw_idle()

    def set_pick_ids(self, ids_by_artist: dict[object, list[int]]) -> None:
        self._ids = ids_by_artist

    def pick(self, artist: object, index: int) -> None:
        """What a click on point ``index`` of ``artist`` does (also for tests)."""
        ids = self._ids.get(artist)
        if ids is not None and 0 <= index < len(ids):
            self.sig_picked.emit(ids[index])

    def _picked(self, event) -> None:
        if len(getattr(event, "ind", [])):
            self.pick(event.artist, int(event.ind[0]))
