"""Where the academy stands on the as-of date: the counts that matter and three charts.

Each count is a button to the list behind it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from skma_training.domain.dates import day_text
from skma_training.domain.overview import deadline_in_view
from skma_training.domain.vocabulary import PD_KINDS, kind_label
from skma_training.gui import style
from skma_training.gui.models.staff import DUE_SOON, IN_ORDER, NEW, OVERDUE, in_state, staff_state
from skma_training.gui.pages.base import Page
from skma_training.gui.widgets.department_bars import DepartmentBars, DepartmentCounts

TOP_DEPARTMENTS = 15


def pie_groups(kinds: Counter, smallest: float = 0.04, most: int = 8) -> tuple[list, list]:
    """The kinds shown as their own slices, and those grouped as "Other": only the small ones
    (under 4% each), and never an "Other" larger than the smallest slice shown beside it."""
    ordered = sorted(kinds.items(), key=lambda item: (-item[1], item[0] not in PD_KINDS, item[0]))
    total = sum(kinds.values()) or 1
    shown = [item for item in ordered if item[1] / total >= smallest][:most] or ordered[:most]
    rest = ordered[len(shown):]
    while rest and len(shown) < len(ordered) and sum(c for _k, c in rest) > shown[-1][1]:
        shown.append(rest.pop(0))  # a big "Other" hides what it holds: show one more kind
    return shown, rest


class StatCard(QPushButton):
    """A big number with a caption; clicking opens the list behind it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.number = QLabel("–")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setMinimumHeight(124)

    def set_value(self, value: str, caption: str, color=None) -> None:
        self.number.setText(value)
        self.caption.setText(caption)
        self.number.setStyleSheet(f"color: {color.name()};" if color is not None else "")
        self.setAccessibleName(f"{value} {caption}")


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(320)
    return chart, view


class OverviewPage(Page):
    def __init__(self, workspace, parent=None):
        super().__init__(workspace, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        cards = QHBoxLayout()
        self.overdue_card, self.soon_card, self.late_papers_card, self.week_card, self.plan_card = (
            StatCard() for _ in range(5))
        for card in (self.overdue_card, self.soon_card, self.late_papers_card, self.week_card, self.plan_card):
            cards.addWidget(card)
        layout.addLayout(cards)
        self.overdue_card.clicked.connect(lambda: self.navigate.emit("staff", {"status": OVERDUE}))
        self.soon_card.clicked.connect(lambda: self.navigate.emit("staff", {"status": DUE_SOON}))
        self.late_papers_card.clicked.connect(lambda: self.navigate.emit("deadlines", {"view": "overdue"}))
        self.week_card.clicked.connect(lambda: self.navigate.emit("deadlines", {"view": "week"}))
        self.plan_card.clicked.connect(lambda: self.navigate.emit("plan", {}))

        self.department_title = QLabel()
        self.department_title.setObjectName("sectionTitle")
        self.department_title.setWordWrap(True)  # a long Kazakh title wraps instead of scrolling sideways
        layout.addWidget(self.department_title)
        self.departments = DepartmentBars()
        self.departments.department_clicked.connect(
            lambda name: self.navigate.emit("staff", {"department": name, "status": None}))
        layout.addWidget(self.departments)
        grid = QGridLayout()
        self.hours_chart, hours_view = _chart("")
        self.kind_chart, kind_view = _chart("")
        grid.addWidget(hours_view, 0, 0)
        grid.addWidget(kind_view, 0, 1)
        layout.addLayout(grid)
        layout.addStretch(1)

    # -- numbers -----------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        ws = self.workspace
        as_of = ws.computed.as_of
        statuses = ws.computed.statuses
        horizon = date(as_of.year + 1, 12, 31)
        states = Counter(staff_state(s) for s in statuses)
        due_soon = sum(n for state, n in states.items() if in_state(state, DUE_SOON))
        deadlines = ws.computed.deadlines
        # the lists these cards open count the same way (domain/overview.py)
        overdue_papers = sum(deadline_in_view(d, "overdue", as_of) for d in deadlines)
        this_week = sum(deadline_in_view(d, "week", as_of) for d in deadlines)
        plan_year = as_of.year + 1
        plan_due = ws.ctx.rules_for(as_of, ws.settings).deadlines.plan_due_date(plan_year)
        approved = ws.snapshot.plans.get(plan_year)
        days_left = (plan_due - as_of).days

        self.heading.setText(self.tr("The academy on {date}: %n staff checked", "", len(statuses)).format(
            date=day_text(as_of)))
        self.overdue_card.set_value(str(states[OVERDUE]), self.tr("staff overdue"), style.OVERDUE)
        self.soon_card.set_value(str(due_soon), self.tr("staff falling due by the end of {year}").format(
            year=as_of.year + 1), style.DUE_SOON)
        self.late_papers_card.set_value(str(overdue_papers), self.tr("deadlines overdue"),
                                        style.OVERDUE if overdue_papers else style.DONE)
        self.week_card.set_value(str(this_week), self.tr("deadlines in the next 7 days"), style.PENDING)
        if approved:
            self.plan_card.set_value("✓", self.tr("plan for {year} approved on {date}").format(
                year=plan_year, date=day_text(approved)), style.DONE)
        elif days_left >= 0:
            self.plan_card.set_value(str(days_left), self.tr("days left to approve the plan for {year} "
                                                             "(due {date})").format(
                year=plan_year, date=day_text(plan_due)), style.DUE_SOON if days_left <= 14 else None)
        else:
            self.plan_card.set_value(str(-days_left), self.tr("days since the plan for {year} was due").format(
                year=plan_year), style.OVERDUE)
        self._department_chart(statuses, horizon)
        self._hours_chart(as_of)
        self._kind_chart(as_of)

    # -- charts ------------------------------------------------------------------

    def _department_chart(self, statuses, horizon) -> None:
        by_department: dict[str, Counter] = defaultdict(Counter)
        for status in statuses:
            state = staff_state(status)
            by_department[status.employee.department or "—"][DUE_SOON if in_state(state, DUE_SOON) else state] += 1
        rows = [DepartmentCounts(name, c[OVERDUE], c[DUE_SOON], c[NEW] + c[IN_ORDER])
                for name, c in by_department.items()]
        rows.sort(key=lambda r: (-(r.overdue / r.total if r.total else 0), -r.overdue, r.name))
        shown = rows[:TOP_DEPARTMENTS]
        self.department_title.setText(self.tr(
            "Compliance by department: the {n} with the largest share overdue (of {total}); click one to see "
            "its staff").format(n=len(shown), total=len(rows)))
        self.departments.set_rows(shown, (self.tr("Overdue"), self.tr("Due by the end of next year"),
                                          self.tr("Compliant")))

    def _hours_chart(self, as_of: date) -> None:
        chart = self.hours_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        hours = self.workspace.computed.hours_by_month
        months = sorted(hours)
        chart.setTitle(self.tr("PD hours completed by month, last 24 months"))
        bar_set = QBarSet(self.tr("Hours"))
        bar_set.setColor(style.CHART_SERIES[0])
        for key in months:
            bar_set.append(hours[key])
        series = QBarSeries()
        series.append(bar_set)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        categories = QBarCategoryAxis()
        # every other month labelled, upright and at a readable size; January shows its year
        labels = [(f"{m:02d}.{y % 100:02d}" if m == 1 or number == 0 else f"{m:02d}") if number % 2 == 0
                  else "\u200b" * (number + 1) for number, (y, m) in enumerate(months)]  # unique, blank
        categories.append(labels)
        categories.setLabelsAngle(0)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        values.setRange(0, max([1.0] + [float(hours[k]) for k in months]))
        values.applyNiceNumbers()  # ticks at round numbers

    def _kind_chart(self, as_of: date) -> None:
        chart = self.kind_chart
        chart.removeAllSeries()
        kinds = self.workspace.computed.kinds
        chart.setTitle(self.tr("Activities by kind, last 3 years"))
        series = QPieSeries()
        shown, rest = pie_groups(kinds)
        for number, (kind, count) in enumerate(shown):
            slice_ = series.append(f"{kind_label(kind)}: {count}", count)
            slice_.setColor(style.CHART_SERIES[number % len(style.CHART_SERIES)])
        other = sum(count for _kind, count in rest)
        if other:
            series.append(self.tr("Other: {n}").format(n=other), other).setColor(style.MUTED)
        series.setPieSize(0.7)
        chart.addSeries(series)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
