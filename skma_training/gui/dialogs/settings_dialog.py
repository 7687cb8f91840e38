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

from skma_training.domain.dates import calendar_days_text, parse_calendar_days
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
    """``readings`` are the readings of the regulation in force today (the rule book's where
    the centre set none); a reading left as shown stays the rule book's."""

    def __init__(self, settings: dict, parent: QWidget | None = None, readings: dict | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self._stored = settings
        self._shown = {key: settings.get(key) or (readings or {}).get(key) or ""
                       for key in ("hours_mode", "day_mode", "conference_talk", "internship_weeks",
                                   "teaching_heads", "request_due")}
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
            ("single", self.tr("one course of at least 72 / 36 hours is needed"))], self._shown["hours_mode"])
        days_box, self.day_mode = _choice([
            ("calendar", self.tr("calendar days")),
            ("working", self.tr("working days (weekends and Kazakhstan's holidays skipped)"))],
            self._shown["day_mode"])
        talk_box, self.conference_talk = _choice([
            ("per_event", self.tr("a talk is counted once per event, instead of the day rate")),
            ("per_day", self.tr("a talk is counted for every day of the event"))], self._shown["conference_talk"])
        weeks_box, self.internship_weeks = _choice([
            ("whole", self.tr("whole weeks of the internship's days")),
            ("started", self.tr("every started week"))], self._shown["internship_weeks"])
        heads_box, self.teaching_heads = _choice([
            ("exempt", self.tr("only heads of administrative units and their deputies (E464 4.5)")),
            ("management", self.tr("heads of teaching departments too"))], self._shown["teaching_heads"])
        rules_form.addRow(self.tr("Faculty hours:"), hours_box)
        rules_form.addRow(self.tr("Deadline days:"), days_box)
        rules_form.addRow(self.tr("Conference talks (CPD):"), talk_box)
        rules_form.addRow(self.tr("Internship weeks (CPD):"), weeks_box)
        rules_form.addRow(self.tr("Management training:"), heads_box)
        self.effective_from = DateEdit()
        self.effective_from.set_value(today or date.today())
        self.effective_from.setToolTip(self.tr(
            "A changed reading applies to deadlines and checks from this day; earlier dates keep the old one"))
        rules_form.addRow(self.tr("Changes take effect from:"), self.effective_from)
        month, day = (int(x) for x in str(self._shown["request_due"] or "11-01").split("-"))
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
        # days a decree moved that the holidays package does not know yet (working-day mode)
        # one line, the days separated by ';': the dialog must fit a 1366x768 screen
        self.calendar_days = QLineEdit(calendar_days_text(settings.get("calendar_days") or ()).replace("\n", "; "))
        self.calendar_days.setPlaceholderText(self.tr("04.01.2027 off Government decree No …; …"))
        self.calendar_days.setToolTip(self.tr(
            "Each day: the date, 'off' or 'working', and the decree it comes from; separate days with ';'"))
        rules_form.addRow(self.tr("Working-day changes:"), self.calendar_days)
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
        _days, bad = parse_calendar_days(self._calendar_lines())
        if bad:
            number, line = bad[0]
            self.problem.setText(self.tr(
                "Working-day changes, day {n}: «{line}» is not a date (DD.MM.YYYY) followed by "
                "'off' or 'working'.").format(n=number, line=line.strip()))
            self.calendar_days.setFocus()
            return
        self.accept()

    def values(self) -> dict:
        values = {key: edit.text().strip() for key, edit in self.names.items()}
        readings = dict(
            hours_mode=_chosen(self.hours_mode), day_mode=_chosen(self.day_mode),
            conference_talk=_chosen(self.conference_talk), internship_weeks=_chosen(self.internship_weeks),
            teaching_heads=_chosen(self.teaching_heads),
            request_due=f"{self.request_month.value():02d}-{self.request_day.value():02d}",
        )
        for key, chosen in readings.items():
            # left as shown: keep what was stored ("" stays the rule book's reading)
            values[key] = (self._stored.get(key) or "") if chosen == self._shown[key] else chosen
        values.update(language=self.language.currentData(), history_date=self.started.value(),
                      calendar_days=parse_calendar_days(self._calendar_lines())[0])
        return values

    def _calendar_lines(self) -> str:
        return self.calendar_days.text().replace(";", "\n")

    def effective_day(self) -> date | None:
        return self.effective_from.value()
