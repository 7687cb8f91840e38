"""Settings of the academy (stored with the data) and the language of this user."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skma_training.gui.dialogs.export_dialog import LANGUAGE_NAMES
from skma_training.gui.widgets.dates import DateEdit


def _choice(options: list[tuple[str, str]], current: str) -> tuple[QWidget, QButtonGroup]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(box)
    for number, (code, text) in enumerate(options):
        button = QRadioButton(text)
        button.setProperty("code", code)
        button.setChecked(code == current)
        group.addButton(button, number)
        layout.addWidget(button)
    return box, group


def _chosen(group: QButtonGroup) -> str:
    button = group.checkedButton()
    return button.property("code") if button else ""


class SettingsDialog(QDialog):
    def __init__(self, settings: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(680, 0)
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language") or "")))
        form.addRow(self.tr("Language:"), self.language)
        self.names = {}
        for key, label in (("academy_name_kk", self.tr("Academy (Kazakh):")),
                           ("academy_name_ru", self.tr("Academy (Russian):")),
                           ("academy_name_en", self.tr("Academy (English):")),
                           ("rector_title_kk", self.tr("Rector's title (Kazakh):")),
                           ("rector_title_ru", self.tr("Rector's title (Russian):")),
                           ("rector_name", self.tr("Rector:")),
                           ("centre_head_name", self.tr("Head of the Competence Centre:")),
                           ("hr_head_name", self.tr("Head of HR:"))):
            edit = QLineEdit(settings.get(key) or "")
            self.names[key] = edit
            form.addRow(label, edit)
        layout.addWidget(general)

        rules = QGroupBox(self.tr("Reading the regulation"))
        rules_form = QFormLayout(rules)
        hours_box, self.hours_mode = _choice([
            ("sum", self.tr("in-profile hours add up over the 3 years (72 / 36 in total)")),
            ("single", self.tr("one course of at least 72 / 36 hours is needed"))], settings.get("hours_mode"))
        days_box, self.day_mode = _choice([
            ("calendar", self.tr("calendar days")),
            ("working", self.tr("working days (weekends and Kazakhstan's holidays skipped)"))],
            settings.get("day_mode"))
        talk_box, self.conference_talk = _choice([
            ("per_event", self.tr("a talk is counted once per event, instead of the day rate")),
            ("per_day", self.tr("a talk is counted for every day of the event"))], settings.get("conference_talk"))
        weeks_box, self.internship_weeks = _choice([
            ("whole", self.tr("whole weeks of the internship's days")),
            ("started", self.tr("every started week"))], settings.get("internship_weeks"))
        rules_form.addRow(self.tr("Faculty hours:"), hours_box)
        rules_form.addRow(self.tr("Deadline days:"), days_box)
        rules_form.addRow(self.tr("Conference talks (CPD):"), talk_box)
        rules_form.addRow(self.tr("Internship weeks (CPD):"), weeks_box)
        month, day = (int(x) for x in str(settings.get("request_due") or "11-01").split("-"))
        self.request_month, self.request_day = QSpinBox(), QSpinBox()
        self.request_month.setRange(1, 12)
        self.request_day.setRange(1, 31)
        self.request_day.setValue(day)
        self.request_month.setValue(month)
        due_row = QWidget()
        due_layout = QVBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        pair = QHBoxLayout()
        pair.addWidget(QLabel(self.tr("day")))
        pair.addWidget(self.request_day)
        pair.addWidget(QLabel(self.tr("month")))
        pair.addWidget(self.request_month)
        pair.addStretch(1)
        due_layout.addLayout(pair)
        rules_form.addRow(self.tr("Department requests due:"), due_row)
        self.started = DateEdit(optional=True)
        self.started.set_value(settings.get("history_date"))
        self.started.setToolTip(self.tr("Deadlines due before this day are history: hidden unless you ask for them"))
        rules_form.addRow(self.tr("History before:"), self.started)
        layout.addWidget(rules)

        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        try:
            date(2001, self.request_month.value(), self.request_day.value())
        except ValueError:
            self.problem.setText(self.tr("That day does not exist in that month."))
            return
        self.accept()

    def values(self) -> dict:
        values = {key: edit.text().strip() for key, edit in self.names.items()}
        values.update(
            language=self.language.currentData(), hours_mode=_chosen(self.hours_mode),
            day_mode=_chosen(self.day_mode), conference_talk=_chosen(self.conference_talk),
            internship_weeks=_chosen(self.internship_weeks),
            request_due=f"{self.request_month.value():02d}-{self.request_day.value():02d}",
            history_date=self.started.value(),
        )
        return values
