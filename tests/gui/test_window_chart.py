"""The 3-year window picture: a readable axis even for someone overdue since 2000, a tooltip per bar."""

from datetime import date

from skma_training.gui.widgets.window_chart import WindowBar, WindowChart


def test_an_old_due_date_cuts_the_axis_a_year_before_the_window(qtbot):
    chart = WindowChart()
    qtbot.addWidget(chart)
    chart.resize(600, 100)
    bars = [WindowBar("Курс 1999", date(1999, 5, 1), date(2002, 5, 1), 72),
            WindowBar("Курс 2025", date(2025, 3, 1), date(2028, 3, 1), 36)]
    chart.set_window(date(2023, 11, 23), date(2026, 11, 23), date(2000, 1, 1), bars, True)
    first, last = chart._span()
    assert date(2022, 10, 1) <= first <= date(2022, 11, 23)  # a year before the window, not 1999
    assert last >= date(2028, 3, 1)
    chart.grab()  # paints
    rects = [rect for rect, _bar in chart._rects]
    assert len(rects) == 2 and all(r.left() >= 8 and r.right() <= 600 for r in rects)


def test_the_pie_groups_only_small_kinds():
    from collections import Counter

    from skma_training.gui.pages.overview import pie_groups

    kinds = Counter({"course": 500, "conference": 200, "article": 150, "internship": 100, "seminar": 30,
                     "webinar": 10, "exam_review": 5, "textbook": 5})
    shown, rest = pie_groups(kinds)
    # seminar is 3% of 1000: grouped with the rest (50 in all), smaller than internship's 100
    assert [k for k, _ in shown] == ["course", "conference", "article", "internship"]
    assert sum(c for _k, c in rest) == 50 <= shown[-1][1]
    many_small = Counter({f"k{n}": 3 for n in range(40)} | {"course": 10})
    shown, rest = pie_groups(many_small)
    assert sum(c for _k, c in rest) <= shown[-1][1] or not rest


def test_the_picture_shows_the_failing_check_even_when_it_is_management():
    from skma_training.domain.compliance import CheckResult
    from skma_training.gui.pages.employee_card import picture_check

    as_of = date(2026, 11, 23)
    hours = CheckResult("university_hours", True, date(2028, 5, 1), 80, 72, date(2023, 11, 23))
    once = CheckResult("pd_once", True, date(2027, 1, 10), 80, None, date(2023, 11, 23))
    management = CheckResult("management", False, date(2026, 2, 1), 0, None, date(2023, 11, 23))
    assert picture_check([hours, once, management], as_of) is management
    assert picture_check([hours, once], as_of) is once  # nothing failing: the first to fall due
    assert picture_check([], as_of) is None


def test_each_state_has_its_own_sign(qapp):
    from skma_training.gui.widgets.state_icons import state_icon

    images = {state: state_icon(state).pixmap(16, 16).toImage() for state in
              ("overdue", "due_this_year", "due_next_year", "new", "in_order", "not_checked")}
    assert all(not image.isNull() for image in images.values())
    assert len({bytes(image.constBits()) for image in images.values()}) == len(images)
