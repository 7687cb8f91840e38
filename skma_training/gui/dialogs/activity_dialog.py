"""Add or edit an activity, with its paperwork as a checklist of dated documents.

Validates as the user types (dates in order, hours not negative, what each
kind needs) and shows each document's deadline and state in colour.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skma_training.domain.deadlines import application_due, day_counter, deadline_state_label, report_due, state_on
from skma_training.domain.model import Activity, Employee, Paperwork
from skma_training.domain.rules import RuleSet
from skma_training.domain.validation import AUTHOR_KINDS, activity_problems
from skma_training.domain.vocabulary import (
    FUNDING_LABELS,
    KIND_LABELS,
    PD_KINDS,
    SCOPE_LABELS,
    Kind,
    default_scope,
    funding_label,
    kind_label,
    scope_label,
)
from skma_training.gui import style
from skma_training.gui.dialogs.record_dialog import RecordDialog
from skma_training.gui.models.table import format_date
from skma_training.gui.widgets.dates import DateEdit
from skma_training.gui.widgets.employee_picker import EmployeePicker
from skma_training.i18n import translate

CPD_FIELDS = {
    Kind.CONFERENCE: ("days", "with_talk"),
    Kind.ARTICLE_INDEXED: ("quartile",),
    Kind.EXAM_REVIEW: ("test_items", "clinical_cases"),
    Kind.INTERNSHIP: ("days",),
}


def _number(decimals: int = 1, maximum: float = 3000) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-1, maximum)  # -1 shows as blank: "not given"
    box.setDecimals(decimals)
    box.setSpecialValueText(" ")
    box.setValue(-1)
    return box


def _integer(maximum: int = 100000) -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1, maximum)
    box.setSpecialValueText(" ")
    box.setValue(-1)
    return box


def _value(box) -> float | int | None:
    return None if box.value() < 0 else box.value()


class ActivityDialog(RecordDialog):
    def __init__(self, employees: list[Employee], rules: RuleSet, as_of: date,
                 activity: Activity | None = None, employee_id: int | None = None,
                 find_scan: Callable[[str], Path | None] | None = None, parent: QWidget | None = None,
                 certificate_copy_on: date | None = None):
        super().__init__(parent)
        self.rules, self.as_of = rules, as_of
        self.original = activity
        self.find_scan = find_scan  # the stored scan's file, or None if it leads outside the folder
        self.scan_to_attach: Path | None = None
        self.counter = day_counter(rules)
        self.setWindowTitle(self.tr("Activity") if activity else self.tr("New activity"))
        style.fit_to_screen(self, 860, 900)

        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        head = QFormLayout()
        self.employee = EmployeePicker(employees)
        chosen = activity.employee_id if activity else employee_id
        if chosen is not None:
            self.employee.choose(chosen)
        self.employee.setReadOnly(activity is not None)  # moving a record to someone else is not an edit
        self.kind = QComboBox()
        for kind in KIND_LABELS:
            self.kind.addItem(kind_label(kind) + ("" if kind in PD_KINDS else " · " + self.tr("CPD")), str(kind))
        head.addRow(self.tr("Employee:"), self.employee)
        head.addRow(self.tr("Kind:"), self.kind)
        layout.addLayout(head)

        main = QGroupBox(self.tr("Activity"))
        form = QFormLayout(main)
        self.title = QLineEdit()
        self.provider = QLineEdit()
        self.country = QLineEdit()
        self.country.setPlaceholderText(self.tr("Kazakhstan"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("from the country"), "")
        for code in SCOPE_LABELS:
            self.scope.addItem(scope_label(code), str(code))
        self.start, self.end = DateEdit(optional=True), DateEdit(optional=True)
        self.hours = _number(1)
        self.credits = _number(1, 100)
        self.in_profile = QCheckBox(self.tr("in the profile of the disciplines taught"))
        self.in_profile.setChecked(True)
        self.management = QCheckBox(self.tr("in the field of management"))
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Provider or host:"), self.provider)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Scope:"), self.scope)
        form.addRow(self.tr("Start:"), self.start)
        form.addRow(self.tr("End:"), self.end)
        form.addRow(self.tr("Hours:"), self.hours)
        form.addRow(self.tr("Credits:"), self.credits)
        form.addRow("", self.in_profile)
        form.addRow("", self.management)
        self.main_form = form
        layout.addWidget(main)

        self.cpd_box = QGroupBox(self.tr("For the CPD credit units"))
        cpd = QFormLayout(self.cpd_box)
        self.days = _integer(366)
        self.with_talk = QCheckBox(self.tr("with a talk"))
        self.quartile = _integer(4)
        self.author_position = _integer(100)
        self.test_items = _integer()
        self.clinical_cases = _integer()
        self.cpd_rows = {
            "days": (self.tr("Days:"), self.days), "with_talk": ("", self.with_talk),
            "quartile": (self.tr("Journal quartile (1-4):"), self.quartile),
            "author_position": (self.tr("Author position:"), self.author_position),
            "test_items": (self.tr("Test items reviewed:"), self.test_items),
            "clinical_cases": (self.tr("Clinical cases reviewed:"), self.clinical_cases),
        }
        for label, widget in self.cpd_rows.values():
            cpd.addRow(label, widget)
        self.cpd_form = cpd
        layout.addWidget(self.cpd_box)

        layout.addWidget(self._paperwork_box())
        layout.addStretch(1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {style.OVERDUE.name()};")
        outer.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {style.DUE_SOON.name()};")
        outer.insertWidget(outer.indexOf(self.problems) + 1, self.warnings)

        if activity is not None:
            self._load(activity)
        self.certificate_copy_on.set_value(certificate_copy_on)
        self._anchor_dates()
        self._connect()
        self._kind_changed()
        self._update()
        (self.title if chosen is not None else self.employee).setFocus()
        self.mark_pristine()

    def form_state(self) -> object:
        texts = tuple(w.text() for w in self.findChildren(QLineEdit))  # typos too, not only values
        return self.activity(), self.certificate_copy_on.value(), self.scan_to_attach, texts

    def _anchor_dates(self) -> None:
        """Up, Down and the calendar start from the related day: the end from the start,
        the paperwork from the end, the start from the as-of day."""
        self.start.set_anchor(lambda: self.end.value() or self.as_of)
        self.end.set_anchor(lambda: self.start.value() or self.as_of)
        for field in self._paperwork_dates().values():
            field.set_anchor(lambda: self.end.value() or self.start.value() or self.as_of)

    def _paperwork_dates(self) -> dict[str, DateEdit]:
        return {self.tr("Application"): self.application_on, self.tr("Order"): self.order_on,
                self.tr("Certificate"): self.certificate_on,
                self.tr("Certificate copy"): self.certificate_copy_on,
                self.tr("Report"): self.report_on, self.tr("Supervisor's review"): self.review_on,
                self.tr("Department meeting"): self.meeting_on,
                self.tr("Implementation plan"): self.implementation_on}

    # -- the paperwork checklist ---------------------------------------------------

    def _paperwork_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Paperwork"))
        grid = QGridLayout(box)
        for column, text in enumerate((self.tr("Document"), self.tr("No."), self.tr("Date"), self.tr("Deadline"),
                                       self.tr("State"))):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        self.application_on = DateEdit(optional=True)
        self.order_no, self.order_on = QLineEdit(), DateEdit(optional=True)
        self.certificate_no, self.certificate_on = QLineEdit(), DateEdit(optional=True)
        self.certificate_copy_on = DateEdit(optional=True)
        self.report_on = DateEdit(optional=True)
        self.supervisor = QLineEdit()
        self.review_on = DateEdit(optional=True)
        self.meeting_no, self.meeting_on = QLineEdit(), DateEdit(optional=True)
        self.implementation_on = DateEdit(optional=True)
        for number_field in (self.order_no, self.certificate_no, self.meeting_no):
            number_field.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-ө") + 16)
        self.application_due, self.application_state = QLabel(), QLabel()
        self.report_due, self.report_state = QLabel(), QLabel()
        rows = [
            (self.tr("Application to the rector"), None, self.application_on, self.application_due,
             self.application_state),
            (self.tr("Order"), self.order_no, self.order_on, None, None),
            (self.tr("Certificate or confirming document"), self.certificate_no, self.certificate_on, None, None),
            (self.tr("Certificate copy handed in"), None, self.certificate_copy_on, None, None),
            (self.tr("Listener's report and certificate copy"), None, self.report_on, self.report_due,
             self.report_state),
        ]
        for number, (label, no, when, due, state) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label), number, 0)
            for column, widget in ((1, no), (2, when), (3, due), (4, state)):
                if widget is not None:
                    grid.addWidget(widget, number, column)
        scan_row = QHBoxLayout()
        self.scan_label = QLabel()
        self.scan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.scan_label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        attach = QPushButton(self.tr("Attach the scan…"))
        attach.clicked.connect(self._choose_scan)
        scan_row.addWidget(attach)
        scan_row.addWidget(self.scan_label, 1)
        grid.addLayout(scan_row, 6, 1, 1, 4)

        self.internship_widgets = []
        internship_rows = [
            (self.tr("Host supervisor"), self.supervisor, None),
            (self.tr("Supervisor's review (sealed)"), None, self.review_on),
            (self.tr("Department meeting (protocol)"), self.meeting_no, self.meeting_on),
            (self.tr("Implementation plan approved"), None, self.implementation_on),
        ]
        for number, (label, no, when) in enumerate(internship_rows, start=7):
            caption = QLabel(label)
            grid.addWidget(caption, number, 0)
            self.internship_widgets.append(caption)
            if no is self.supervisor:  # a name needs the room of both columns
                grid.addWidget(no, number, 1, 1, 3)
                self.internship_widgets.append(no)
                continue
            for column, widget in ((1, no), (2, when)):
                if widget is not None:
                    grid.addWidget(widget, number, column)
                    self.internship_widgets.append(widget)
        money = QHBoxLayout()
        self.cost = _number(0, 100_000_000)
        self.cost.setGroupSeparatorShown(True)
        self.cost.setSingleStep(10_000)
        self.funding = QComboBox()
        self.funding.addItem("", "")
        for code in FUNDING_LABELS:
            self.funding.addItem(funding_label(code), str(code))
        self.contract_no = QLineEdit()
        for caption, widget in ((self.tr("Cost, tenge:"), self.cost), (self.tr("Funding:"), self.funding),
                                (self.tr("Training contract No.:"), self.contract_no)):
            money.addWidget(QLabel(caption))
            money.addWidget(widget)
        grid.addLayout(money, 11, 0, 1, 5)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 1)
        return box

    # -- loading and reading ------------------------------------------------------

    def load(self, a: Activity) -> None:
        """Fill the form with someone else's newer version of the activity."""
        self.original = a
        self._load(a)
        self.certificate_copy_on.set_value(a.paperwork.certificate_copy_on)
        self._update()

    def _load(self, a: Activity) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(a.kind)))
        self.title.setText(a.title)
        self.provider.setText(a.provider)
        self.country.setText(a.country)
        self.scope.setCurrentIndex(max(0, self.scope.findData(a.scope)))
        self.start.set_value(a.starts_on)
        self.end.set_value(a.ends_on)
        for box, value in ((self.hours, a.hours), (self.credits, a.credits), (self.days, a.days),
                           (self.quartile, a.quartile), (self.author_position, a.author_position),
                           (self.test_items, a.test_items), (self.clinical_cases, a.clinical_cases)):
            box.setValue(-1 if value is None else value)
        self.in_profile.setChecked(bool(a.in_profile))
        self.management.setChecked(bool(a.management))
        self.with_talk.setChecked(bool(a.with_talk))
        p = a.paperwork
        self.application_on.set_value(p.application_on)
        self.order_no.setText(p.order_no)
        self.order_on.set_value(p.order_on)
        self.certificate_no.setText(p.certificate_no)
        self.certificate_on.set_value(p.certificate_on)
        self.report_on.set_value(p.report_on)
        self.supervisor.setText(p.supervisor)
        self.review_on.set_value(p.review_on)
        self.meeting_no.setText(p.meeting_protocol_no)
        self.meeting_on.set_value(p.meeting_on)
        self.implementation_on.set_value(p.implementation_plan_on)
        self.cost.setValue(-1 if p.cost is None else p.cost)
        self.funding.setCurrentIndex(max(0, self.funding.findData(p.funding)))
        self.contract_no.setText(p.contract_no)
        self._show_scan(p.certificate_file)

    def activity(self) -> Activity:
        """The activity as the form stands."""
        kind = self.kind.currentData()
        original = self.original
        paperwork = Paperwork(
            application_on=self.application_on.value(), order_no=self.order_no.text().strip(),
            order_on=self.order_on.value(), certificate_no=self.certificate_no.text().strip(),
            certificate_on=self.certificate_on.value(),
            certificate_file=original.paperwork.certificate_file if original else "",
            certificate_copy_on=self.certificate_copy_on.value(),
            report_on=self.report_on.value(), supervisor=self.supervisor.text().strip(),
            review_on=self.review_on.value(), meeting_protocol_no=self.meeting_no.text().strip(),
            meeting_on=self.meeting_on.value(), implementation_plan_on=self.implementation_on.value(),
            cost=_value(self.cost), funding=self.funding.currentData() or "",
            contract_no=self.contract_no.text().strip(),
        )
        country = self.country.text().strip()
        return Activity(
            id=original.id if original else None, employee_id=self.employee.employee_id(), kind=kind,
            title=self.title.text().strip(), starts_on=self.start.value(), ends_on=self.end.value(),
            hours=_value(self.hours), credits=_value(self.credits), in_profile=self.in_profile.isChecked(),
            management=self.management.isChecked(), provider=self.provider.text().strip(), country=country,
            scope=self.scope.currentData() or str(default_scope(country)),
            days=_value(self.days), with_talk=self.with_talk.isChecked(), quartile=_value(self.quartile),
            author_position=_value(self.author_position), test_items=_value(self.test_items),
            clinical_cases=_value(self.clinical_cases), paperwork=paperwork,
        )

    # -- live behaviour -------------------------------------------------------------

    def _connect(self) -> None:
        for widget in (self.title, self.provider, self.country, self.order_no, self.certificate_no,
                       self.supervisor, self.meeting_no, self.contract_no):
            widget.textChanged.connect(lambda _t: self._update())
        for widget in (self.start, self.end, self.application_on, self.order_on, self.certificate_on,
                       self.certificate_copy_on, self.report_on, self.review_on, self.meeting_on,
                       self.implementation_on):
            widget.valueChanged.connect(self._update)
        for widget in (self.hours, self.credits, self.cost, self.days, self.quartile, self.author_position,
                       self.test_items, self.clinical_cases):
            widget.valueChanged.connect(lambda _v: self._update())
        self.kind.currentIndexChanged.connect(lambda _i: (self._kind_changed(), self._update()))
        self.employee.chosen.connect(self._update)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        needed = set(CPD_FIELDS.get(kind, ()))
        if kind in AUTHOR_KINDS or kind == Kind.ARTICLE_INDEXED:
            needed.add("author_position")
        for key, (_label, widget) in self.cpd_rows.items():
            self.cpd_form.setRowVisible(widget, key in needed)
        self.cpd_box.setVisible(bool(needed - {"days"}) or (kind == Kind.CONFERENCE))
        internship = kind == Kind.INTERNSHIP
        for widget in self.internship_widgets:
            widget.setVisible(internship)
        self.main_form.setRowVisible(self.management, kind in PD_KINDS)

    def _update(self) -> None:
        activity = self.activity()
        problems = [(name, translate("Validation", message)) for name, message in activity_problems(activity)]
        if activity.employee_id is None:
            problems.insert(0, ("employee", self.tr("choose an employee from the list")))
        typos = [(name, field.problem()) for name, field in
                 {"starts_on": self.start, "ends_on": self.end}.items() if field.problem()]
        typos += [(caption, field.problem()) for caption, field in self._paperwork_dates().items()
                  if field.problem()]
        problems = [p for p in problems if p[0] not in {name for name, _ in typos}] + typos
        fields = {"title": self.title, "starts_on": self.start, "ends_on": self.end, "hours": self.hours,
                  "credits": self.credits, "quartile": self.quartile, "author_position": self.author_position,
                  "cost": self.cost, "days": self.days}
        flagged = {name for name, _ in problems}
        for name, widget in fields.items():
            widget.setStyleSheet("border: 1px solid #c62828;" if name in flagged else "")
        self.problems.setText("\n".join(f"• {self._field_name(name)}: {message}" for name, message in problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        self.problems.setVisible(bool(problems))  # no blank band above the buttons
        self._show_deadlines(activity)
        self._warn(activity)
        self.warnings.setVisible(bool(self.warnings.text()))

    def _warn(self, activity: Activity) -> None:
        """Paperwork dated after the as-of day is likely a typo: said, not refused."""
        later = [caption for caption, field in self._paperwork_dates().items()
                 if field.value() is not None and field.value() > self.as_of]
        self.warnings.setText(self.tr("Dated after the as-of day {date}: {fields}. Is that right?").format(
            date=format_date(self.as_of), fields=", ".join(later)) if later else "")

    def _field_name(self, name: str) -> str:
        names = {"employee": self.tr("Employee"), "title": self.tr("Title"), "starts_on": self.tr("Start"),
                 "ends_on": self.tr("End"), "hours": self.tr("Hours"), "credits": self.tr("Credits"),
                 "quartile": self.tr("Journal quartile"), "author_position": self.tr("Author position"),
                 "cost": self.tr("Cost"), "kind": self.tr("Kind"), "days": self.tr("Days")}
        return names.get(name, name)

    def _show_deadlines(self, activity: Activity) -> None:
        is_pd = activity.kind in PD_KINDS
        for due_label, state_label, due, done in (
            (self.application_due, self.application_state,
             application_due(activity, self.rules, self.counter), activity.paperwork.application_on),
            (self.report_due, self.report_state, report_due(activity, self.rules, self.counter),
             activity.paperwork.report_on),
        ):
            if not is_pd or due is None:
                due_label.setText("—")
                state_label.clear()
                continue
            state = state_on(due, done, self.as_of)
            due_label.setText(self.tr("by {date}").format(date=format_date(due)))
            state_label.setText(deadline_state_label(state))
            color = style.STATE_COLORS.get(state, style.PENDING)
            state_label.setStyleSheet(f"color: {color.name()}; font-weight: bold;")

    # -- the scan of the certificate --------------------------------------------------

    def _choose_scan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("The scan of the certificate"), "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"))
        if path:
            self.scan_to_attach = Path(path)
            self.scan_label.setText(self.tr("{name} (copied when saved)").format(name=Path(path).name))

    def _show_scan(self, stored: str) -> None:
        full = self.find_scan(stored) if stored and self.find_scan is not None else None
        if full is None:
            self.scan_label.setText(self.tr("no scan attached"))
            return
        link = html.escape(QUrl.fromLocalFile(str(full)).toString(), quote=True)
        self.scan_label.setText(f'<a href="{link}">{html.escape(Path(stored).name)}</a>')  # a name is not markup
