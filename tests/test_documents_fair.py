"""Issue 12: figures that agree with the register, the official register of each language,
layouts that hold. PDFs are read back with pypdf and compared with what the register says."""

import re
from datetime import date

import pytest
from pypdf import PdfReader

from skma_training.documents.forms import load_form, plural_index
from skma_training.documents.long_dates import LongDate, Period, long_period
from skma_training.documents.management_figures import same_period_a_year_before
from skma_training.documents.names import short_name
from skma_training.documents.blocks import kazakh_possessive
from skma_training.documents.formatting import inner_quotes
from skma_training.domain.standing import Standing, standing_of
from skma_training.services.queries import staff_statuses
from test_documents import TODAY, demo, demo_subjects, flat, pages, printed, roster, text_of  # noqa: F401

NBSP = "\u00a0"


# --- the official register -----------------------------------------------------------------


@pytest.mark.parametrize("day, case, expected", [
    (date(2026, 11, 23), "loc", "2026 жылғы 23 қарашадағы"),
    (date(2026, 9, 26), "abl", "2026 жылғы 26 қыркүйектен"),
    (date(2026, 12, 4), "loc", "2026 жылғы 4 желтоқсандағы"),
    (date(2026, 4, 1), "dat", "2026 жылғы 1 сәуірге"),
    (date(2026, 6, 10), "abl", "2026 жылғы 10 маусымнан"),
    (date(2026, 7, 3), "loc", "2026 жылғы 3 шілдедегі"),
])
def test_kazakh_long_dates_take_the_case_of_the_sentence(day, case, expected):
    assert format(LongDate(day, "kk"), case).replace(NBSP, " ") == expected


def test_the_templates_write_dates_in_full():
    common = load_form("hr-list")
    assert flat(common.text("as_of", "kk", date=date(2026, 11, 23))) == \
        "2026 жылғы 23 қарашадағы жағдай бойынша"
    assert flat(common.text("as_of", "ru", date=date(2026, 11, 23))) == \
        "по состоянию на 23 ноября 2026 г."
    minutes = load_form("internship-report")
    assert flat(minutes.text("minutes_number", "kk", number=6, date=date(2026, 12, 4))) == \
        "2026 жылғы 4 желтоқсандағы № 6 хаттама"
    assert flat(minutes.text("minutes_number", "ru", number=6, date=date(2026, 12, 4))) == \
        "Протокол № 6 от 4 декабря 2026 г."
    assert flat(format(LongDate(date(2026, 11, 23), "ru"), "")) == "23.11.2026"  # table cells


def test_periods_in_full_and_a_one_day_event_as_one_date():
    assert flat(long_period(date(2026, 11, 24), date(2026, 11, 29), "kk")) == \
        "2026 жылғы 24 қарашадан бастап 29 қарашаға дейін"
    assert flat(long_period(date(2026, 11, 24), date(2026, 11, 29), "ru")) == \
        "с 24 по 29 ноября 2026 г."
    assert flat(long_period(date(2026, 11, 24), date(2026, 12, 2), "ru")) == \
        "с 24 ноября по 2 декабря 2026 г."
    assert flat(long_period(date(2025, 12, 29), date(2026, 1, 16), "kk")) == \
        "2025 жылғы 29 желтоқсаннан бастап 2026 жылғы 16 қаңтарға дейін"
    assert flat(long_period(date(2026, 11, 24), date(2026, 11, 24), "ru")) == "24 ноября 2026 г."
    assert flat(long_period(date(2026, 11, 24), date(2026, 11, 24), "kk")) == \
        "2026 жылғы 24 қарашада"
    assert format(Period(date(2026, 11, 24), date(2026, 11, 24), "ru"), "") == "24.11.2026"


@pytest.mark.parametrize("count, form", [(1, 0), (21, 0), (3, 1), (22, 1), (5, 2), (11, 2),
                                         (12, 2), (14, 2), (111, 2), (101, 0), (1.5, 1)])
def test_russian_plural_forms(count, form):
    assert plural_index(count) == form


def test_plural_words_of_a_template():
    summary = load_form("department-summary")
    assert summary.plural("word_activities", "ru", 1) == "мероприятие"
    assert summary.plural("word_activities", "ru", 3) == "мероприятия"
    assert summary.plural("word_activities", "ru", 5) == "мероприятий"
    assert summary.plural("word_activities", "kk", 5) == "іс-шара"


@pytest.mark.parametrize("name, short", [
    ("Абдуллаев Тимур Русланович", "Т.Р. Абдуллаев"),
    ("Нұрмахан Назерке Кенжебек қызы", "Н.К. Нұрмахан"),
    ("Кенесова К.Ж.", "К.Ж. Кенесова"),
    ("К.Ж. Кенесова", "К.Ж. Кенесова"),
    ("Ли Елена", "Е. Ли"),
])
def test_signatories_as_initials_and_surname(name, short):
    assert short_name(name) == short.replace(" ", NBSP)


def test_the_kazakh_approval_and_inner_quotes():
    assert kazakh_possessive("Басқарма Төрағасы – Ректор") == "Басқарма Төрағасы – Ректоры"
    assert kazakh_possessive("Ректор міндетін атқарушы") == "Ректор міндетін атқарушысы"
    assert inner_quotes("Технологии в области «Терапия»") == "Технологии в области „Терапия“"


def test_the_same_period_a_year_before():
    assert same_period_a_year_before(date(2026, 11, 23)) == date(2025, 11, 23)
    assert same_period_a_year_before(date(2028, 2, 29)) == date(2027, 2, 28)


# --- figures that agree with the register --------------------------------------------------


def test_the_management_report_compares_the_same_period(demo, tmp_path):
    text = text_of(printed(demo, tmp_path, "management-report", "ru", year=2026))
    assert "Показатель 01.01–23.11.2025 01.01–23.11.2026 Изменение" in text
    # completed = ended in the period and confirmed; trained people = their owners
    snapshot = demo.snapshot()
    staff = {s.employee.id for s in staff_statuses(demo, TODAY, snapshot=snapshot)}
    done = [a for a in snapshot.activities if a.is_pd and a.employee_id in staff and a.ends_on
            and date(2026, 1, 1) <= a.ends_on <= TODAY and a.paperwork.confirmed]
    assert re.search(rf"4 Завершённые мероприятия \d+ {len(done)} ", text)
    hours = sum(a.hours or 0 for a in done)
    assert f"5 Всего часов " in text and f"{hours:,.0f}".replace(",", " ") in text
    academy = sum(a.paperwork.cost or 0 for a in done if a.paperwork.funding == "academy")
    assert re.search(r"9 Затраты академии, тг [\d ]+ " + f"{academy:,.0f}".replace(",", " "), text)
    assert "п.п." in text  # shares change in percentage points


def test_the_hr_list_counts_equal_check(demo, tmp_path):
    statuses = staff_statuses(demo, TODAY)
    states = [standing_of(s).state for s in statuses]
    overdue = states.count(Standing.OVERDUE)
    assert overdue == sum(s.overdue for s in statuses)  # what `check` prints as overdue
    text = text_of(printed(demo, tmp_path, "hr-list", "ru"))
    assert (f"Проверено сотрудников: {len(statuses)}. Срок истёк: {overdue}; должны пройти ПК "
            f"в 2026 году: {states.count(Standing.DUE_THIS_YEAR)}, в 2027 году: "
            f"{states.count(Standing.DUE_NEXT_YEAR)}") in text
    # each person once: the row numbers run 1..N without a gap within each section
    listed = overdue + states.count(Standing.DUE_THIS_YEAR) + states.count(Standing.DUE_NEXT_YEAR)
    names = [s.employee.full_name for s, state in zip(statuses, states)
             if state in (Standing.OVERDUE, Standing.DUE_THIS_YEAR, Standing.DUE_NEXT_YEAR)]
    assert len(names) == listed
    for name in set(names):
        assert text.count(name) >= names.count(name)


def test_the_department_summary_uses_the_single_state(demo, tmp_path):
    _, _, intern = demo_subjects(demo)
    statuses = [s for s in staff_statuses(demo, TODAY) if s.employee.department_id ==
                intern.department_id]
    text = text_of(printed(demo, tmp_path, "department-summary", "ru",
                           department=intern.department))
    states = [standing_of(s).state for s in statuses]
    assert f"срок истёк — {states.count(Standing.OVERDUE)}," in text
    assert f"новые сотрудники — {states.count(Standing.NEW)}," in text
    assert "требования выполнены" not in " ".join(
        t for t, state in zip([s.employee.full_name for s in statuses], states)
        if state == Standing.NEW)
    assert "Выполнено (завершено и подтверждено):" in text
    assert "Засчитано часов за 3 года (требование о часах)" in text


def test_a_new_hire_with_nothing_done_is_a_new_employee(roster, tmp_path):
    from skma_training.documents.department_summary import _state_text
    from skma_training.domain.compliance import EmployeeStatus

    form = load_form("department-summary")
    for status in staff_statuses(roster, TODAY):
        standing = standing_of(status)
        text = _state_text(status, form, "ru")
        if standing.state == Standing.NEW:
            assert text.startswith("новый сотрудник, срок до ")
        if standing.state == Standing.OVERDUE:
            assert text.startswith("просрочено")
    assert EmployeeStatus  # the type the summary reads


def test_the_approved_plan_marks_completion_from_the_register(demo, tmp_path):
    from skma_training.services.planning import plan_vs_actual

    outcomes = plan_vs_actual(demo, 2026, TODAY)
    done = sum(o.state == "done" for o in outcomes)
    text = text_of(printed(demo, tmp_path, "plan", "ru", year=2026))
    assert text.count("выполнено, ") == done
    assert "Пункт плана" in text and re.search(r"изменено п\. \d+ \(", text)


def test_a_draft_marks_requests_not_submitted(demo, tmp_path):
    from skma_training.services.planning import SUBMITTED, plan_state

    unsubmitted = [r for r in plan_state(demo, 2027).items
                   if r.in_plan and r.request_status != SUBMITTED]
    text = text_of(printed(demo, tmp_path, "plan", "ru", year=2027))
    assert unsubmitted and text.count("заявка не подана") == len(unsubmitted)
    assert text.startswith("ПРОЕКТ УТВЕРЖДАЮ")


# --- layouts that hold ---------------------------------------------------------------------


@pytest.mark.parametrize("document", ["hr-list", "plan", "management-report",
                                      "department-summary"])
def test_no_last_page_holds_only_the_signatures(demo, tmp_path, document):
    _, _, intern = demo_subjects(demo)
    fields = {"department": intern.department} if document == "department-summary" else {}
    found = pages(printed(demo, tmp_path, document, "ru", **fields))
    last = found[-1]
    body = last.split("«Оңтүстік Қазақстан медицина академиясы» АҚ")[0]
    # the last page has table rows (a number of a row or a total) besides the signatures
    before_signature = re.split(r"Руководитель|Заведующий", body)[0]
    assert re.search(r"\d", before_signature), body[:200]


def test_continued_department_headings(demo, tmp_path):
    text = text_of(printed(demo, tmp_path, "hr-list", "ru"))
    assert "(продолжение)" in text
    kk = text_of(printed(demo, tmp_path, "hr-list", "kk"))
    assert "(жалғасы)" in kk


def test_the_implementation_plan(demo, tmp_path):
    internship, _, intern = demo_subjects(demo)
    for lang, words in (("ru", ("ПЛАН внедрения", "Что внедряется", "Форма внедрения", "Срок",
                                "Ответственный", "Ожидаемый результат", "Утверждён на заседании")),
                        ("kk", ("ЕНГІЗУ ЖОСПАРЫ", "Енгізу нысаны", "Жауапты", "Күтілетін нәтиже",
                                "бекітілді"))):
        text = text_of(printed(demo, tmp_path, "implementation-plan", lang,
                               activity_id=internship.id))
        for word in words:
            assert word in text, (lang, word)
        assert intern.full_name in text and short_name(intern.full_name).replace(NBSP, " ") in text
    paper = internship.paperwork
    if paper.meeting_protocol_no and paper.meeting_on:
        assert f"протокол № {paper.meeting_protocol_no} от" in text_of(
            tmp_path / "implementation-plan-ru.pdf")


def test_the_minutes_extract_is_complete(demo, tmp_path):
    internship, _, _ = demo_subjects(demo)
    text = text_of(printed(demo, tmp_path, "internship-report", "ru", activity_id=internship.id))
    for word in ("ВЫПИСКА из протокола заседания кафедры", "ПОВЕСТКА ДНЯ:", "СЛУШАЛИ:",
                 "ПОСТАНОВИЛИ:", "Председатель", "Секретарь", "Выписка верна"):
        assert word in text
    kk = text_of(printed(demo, tmp_path, "internship-report", "kk", activity_id=internship.id))
    for word in ("ҮЗІНДІ", "КҮН ТӘРТІБІ:", "ТЫҢДАЛДЫ:", "ШЕШІМ:", "Төраға", "Хатшы",
                 "Үзінді дұрыс"):
        assert word in kk


def test_xlsx_keeps_whole_numbers_and_fractions(demo, tmp_path):
    from openpyxl import load_workbook

    book = load_workbook(printed(demo, tmp_path, "management-report", "ru", ".xlsx"))
    sheet = book["Показатели"]
    formats = {row[1].value: (row[3].value, row[3].number_format) for row in sheet.iter_rows()
               if row[1].value}
    share, share_format = formats["Доля прошедших повышение квалификации, %"]
    assert 0 <= share <= 1 and share_format == "0.0%"  # a fraction shown as a percent
    assert formats["Численность сотрудников"][1] == "#,##0"
    assert all(len(name) <= 31 for name in book.sheetnames)
    plan = load_workbook(printed(demo, tmp_path, "plan", "ru", ".xlsx", year=2027)).worksheets[0]
    first = [c for row in plan.iter_rows(max_row=8, values_only=True) for c in row if c]
    assert "УТВЕРЖДАЮ" in first and "ПРОЕКТ" in first
    # both academy names in the page header, Kazakh first
    assert "Оңтүстік Қазақстан медицина академиясы" in plan.oddHeader.left.text
    assert "Южно-Казахстанская медицинская академия" in plan.oddHeader.center.text


def test_the_department_summary_agrees_with_the_management_report(demo, tmp_path):
    from openpyxl import load_workbook

    _, _, intern = demo_subjects(demo)
    book = load_workbook(printed(demo, tmp_path, "management-report", "ru", ".xlsx"))
    sheet = book["Подразделения"]
    header = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Категория / подразделение")
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == intern.department)
    activities, hours = row[header.index("Мероприятий")], row[header.index("Часов")]
    text = text_of(printed(demo, tmp_path, "department-summary", "ru",
                           department=intern.department))
    done = re.search(r"Выполнено \(завершено и подтверждено\): (\d+) мероприяти\w* ([\d ]+)", text)
    assert done, text[-600:]
    assert int(done.group(1)) == activities
    assert float(done.group(2).replace(" ", "")) == hours
