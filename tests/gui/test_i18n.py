"""Qt's own dialogs speak the user's language: qtbase_ru for Russian, and for Kazakh where
Qt's Kazakh catalogue has no word (the file dialog's "Look in:")."""

import pytest
from PySide6.QtCore import QCoreApplication

from skma_training.gui.translations import install_translators


@pytest.fixture
def restore_english():
    yield
    install_translators("en")


def test_qt_dialogs_in_russian_and_kazakh(qapp, restore_english):
    translate = QCoreApplication.translate
    install_translators("ru")
    assert translate("QFileDialog", "Look in:") == "Перейти к:"
    assert translate("QFileDialog", "Files of type:") == "Типы файлов:"
    install_translators("kk")
    assert translate("QFileDialog", "Look in:") == "Перейти к:"  # Qt has no Kazakh for it
    assert translate("QFileDialog", "&Open") == "А&шу"  # Kazakh first where Qt has it
    install_translators("en")
    assert translate("QFileDialog", "Look in:") == "Look in:"


def test_english_has_its_plural_forms(qapp):
    from PySide6.QtCore import QCoreApplication

    from skma_training.gui.translations import install_translators

    install_translators("en")
    try:
        assert QCoreApplication.translate("MainWindow", "%n activities", "", 1) == "1 activity"
        assert QCoreApplication.translate("MainWindow", "%n activities", "", 5) == "5 activities"
    finally:
        install_translators("en")


def test_kazakh_and_russian_plurals_for_any_number(qapp):
    from PySide6.QtCore import QCoreApplication

    from skma_training.gui.translations import install_translators

    try:
        install_translators("kk")  # Qt asks Kazakh for two forms; the word does not change
        assert QCoreApplication.translate("MainWindow", "%n staff", "", 455) == "455 қызметкер"
        assert QCoreApplication.translate("MainWindow", "%n staff", "", 1) == "1 қызметкер"
        install_translators("ru")
        assert [QCoreApplication.translate("MainWindow", "%n activities", "", n) for n in (1, 3, 5, 21)] == [
            "1 мероприятие", "3 мероприятия", "5 мероприятий", "21 мероприятие"]
    finally:
        install_translators("en")
