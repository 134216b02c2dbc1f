"""Qt's own dialogs speak the user's language: a file dialog under Chinese is Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from tests.ui.language import chinese_interface


@pytest.fixture
def chinese():
    with chinese_interface():
        yield


def latin(text: str) -> bool:
    """English words left in a label ("&Look in:"), not counting a mnemonic "(&L)"."""
    return re.search(r"[A-Za-z]{2,}", re.sub(r"\(&\w\)", "", text)) is not None


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_qt_file_dialog_is_chinese(qtbot, chinese, tmp_path, mode) -> None:
    dialog = QFileDialog(None, "导入", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert [text for text in labels.values() if latin(text)] == []


def test_qt_message_box_buttons_are_chinese(qtbot, chinese) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "问题", "保存吗？",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == sorted(["保存", "丢弃", "取消"])
