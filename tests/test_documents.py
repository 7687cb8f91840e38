"""Printed documents from the register: what goes in comes out, in the right language.

The PDFs are read back with pypdf and searched for the names, numbers and
dates that went in. The imported sample roster (tests/data) gives numbers
known by hand; the demo academy gives every document something to print.
"""

import re
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from skma_training.persistence.database import open_database
from skma_training.services.context import Context
from skma_training.services.importing import import_workbook
from skma_training.services.printing import (
    DOCUMENT_IDS,
    TABULAR,
    PrintRequest,
    UnsupportedLanguage,
    document_title,
    print_document,
)

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 23)
HEAD_IIN = "650103302000"  # Абдуллаев Тимур Русланович, head of the department of general surgery


def flat(text: str) -> str:
    """Text with every run of white space (line breaks, non-breaking spaces) as one space."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def pages(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(str(path)).pages]


def text_of(path: Path) -> str:
    return " ".join(pages(path))


@pytest.fixture(scope="module")
def roster(tmp_path_factory):
    """The HR roster of tests/data imported: one department, 8 teachers, 20 courses."""
    database = open_database(tmp_path_factory.mktemp("roster") / "roster.sqlite3")
    ctx = Context(database, today=lambda: TODAY, actor="tester")
    assert import_workbook(ctx, DATA / "sample-roster-ru.xls").applied
    yield ctx
    database.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from skma_training.services.demo import load_demo

    database = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    ctx = Context(database, today=lambda: TODAY, actor="tester")
    load_demo(ctx, staff=80)
    yield ctx
    database.dispose()


def printed(ctx, tmp_path, document, lang="ru", suffix=".pdf", **fields) -> Path:
    out = tmp_path / f"{document}-{lang}{suffix}"
    assert print_document(ctx, PrintRequest(document, lang, **fields), out) == out
    return out


def demo_subjects(ctx):
    """An internship that ended, a healthcare worker and a department of the demo academy."""
    snapshot = ctx.snapshot()
    internship = next(a for a in snapshot.activities if a.kind == "internship" and a.ends_on
                      and a.ends_on <= TODAY and a.paperwork.supervisor)
    healthcare = next(e for e in snapshot.employees if e.healthcare and e.employed_on(TODAY))
    return internship, healthcare, snapshot.employee_by_id[internship.employee_id]


def request_for(document, ctx):
    internship, healthcare, intern = demo_subjects(ctx)
    return {
        "application": {"iin": healthcare.iin},
        "listener-report": {"iin": healthcare.iin},
        "internship-report": {"activity_id": internship.id},
        "implementation-plan": {"activity_id": internship.id},
        "cpd-form": {"iin": healthcare.iin},
        "department-summary": {"department": intern.department},
    }.get(document, {})


# --- every document, both languages -------------------------------------------------------


@pytest.mark.parametrize("lang, page_word", [("kk", "беттің"), ("ru", "Стр.")], ids=["kk", "ru"])
@pytest.mark.parametrize("document", DOCUMENT_IDS)
def test_every_document_prints_from_the_demo_academy(demo, tmp_path, document, lang, page_word):
    out = printed(demo, tmp_path, document, lang, **request_for(document, demo))
    found = pages(out)
    assert found and out.read_bytes().startswith(b"%PDF")
    for page in found:  # every page carries the document-control header
        assert "«Оңтүстік Қазақстан медицина академиясы» АҚ" in page
        assert "АО «Южно-Казахстанская медицинская академия»" in page
        assert page_word in page
    assert not list(tmp_path.glob(".skma-*")), "no temporary file is left behind"


@pytest.mark.parametrize("document", DOCUMENT_IDS)
def test_every_document_prints_from_imported_data(roster, tmp_path, document):
    fields = {"department-summary": {"department": "Кафедра общей хирургии"}}.get(document, {})
    if document in ("application", "listener-report", "cpd-form", "implementation-plan"):
        fields = {"iin": HEAD_IIN}
    if document == "internship-report":
        fields = {"iin": "700204402018"}  # Сейткали Жанна Бекетовна, an internship in 2023
    for lang in ("kk", "ru"):
        text = text_of(printed(roster, tmp_path, document, lang, **fields))
        assert text


def test_document_titles_for_menus():
    assert document_title("plan", "ru") == "План повышения квалификации"
    assert document_title("cpd-form", "kk") == "ҮКД нәтижелерін растау нысаны"
    assert document_title("hr-list", "en") == "HR list: PD due and overdue"
    assert all(document_title(d, lang) for d in DOCUMENT_IDS for lang in ("kk", "ru", "en"))


# --- what goes in comes out ---------------------------------------------------------------


def test_the_application_names_the_employee_and_the_course(roster, tmp_path):
    # activity 1 of the roster: Абдуллаев's course «Лапароскопическая хирургия», 108 h,
    # 19.08.2022-01.09.2022 at ЮКМА, Kazakhstan
    ru = text_of(printed(roster, tmp_path, "application", "ru", activity_id=1))
    assert "ЗАЯВЛЕНИЕ" in ru and "Председателю Правления – Ректору" in ru
    assert "От: Абдуллаев Тимур Русланович" in ru
    # the unit's name says it is a department: no "Кафедра: Кафедра …"
    assert "Должность: заведующий кафедрой Кафедра общей хирургии" in ru and "Кафедра: " not in ru
    # dates in running text in full, the Russian genitive of the month
    assert ("Прошу направить меня на курсы повышения квалификации по теме "
            "«Лапароскопическая хирургия» в объёме 108 ч. с 19 августа по 1 сентября 2022 г.") in ru
    assert "2022 г.." not in ru  # the date's own full stop ends the sentence
    assert "ЮКМА, Казахстан" in ru
    kk = text_of(printed(roster, tmp_path, "application", "kk", activity_id=1))
    assert "ӨТІНІШ" in kk and "«Оңтүстік Қазақстан медицина академиясы» АҚ Басқарма Төрағасы – Ректоры" in kk
    # the Kazakh long date: the year once, the ablative and the dative of the months
    assert ("Мені 2022 жылғы 19 тамыздан бастап 1 қыркүйекке дейін «Лапароскопическая хирургия» тақырыбы "
            "бойынша 108 сағат көлеміндегі біліктілікті арттыру курсына "
            "жіберуіңізді сұраймын.") in kk
    assert "Лауазымы: кафедра меңгерушісі" in kk  # the Russian position in Kazakh
    assert "ЮКМА, Қазақстан" in kk


def test_an_application_by_iin_is_for_the_latest_pd(roster, tmp_path):
    # Абдуллаев's PD: 2022 course, 2022 course, the online course «Хирургические инфекции» of 2025
    text = text_of(printed(roster, tmp_path, "application", "ru", iin=HEAD_IIN))
    assert "на онлайн-курс повышения квалификации по теме «Хирургические инфекции»" in text
    assert "с 8 по 19 октября 2025 г." in text


def test_the_listener_report_carries_the_course_and_the_deadline(roster, tmp_path):
    text = text_of(printed(roster, tmp_path, "listener-report", "ru", activity_id=1))
    assert "ОТЧЁТ СЛУШАТЕЛЯ" in text
    assert "Наименование программы (курса) Лапароскопическая хирургия" in text
    assert "Сроки обучения 19.08.2022 – 01.09.2022" in text
    assert "Объём 108 ч." in text and "№1000" in text
    # 5 calendar days after the end (E464 7.2), in the page's footer
    assert "Срок представления: 6 сентября 2022 г." in text


def test_the_internship_papers(demo, tmp_path):
    internship, _, intern = demo_subjects(demo)
    for lang, words in (("ru", ("ОТЧЁТ о прохождении стажировки", "ОТЗЫВ руководителя стажировки",
                                "Программа стажировки выполнена в полном объёме.", "М.П.",
                                "ВЫПИСКА из протокола", "СЛУШАЛИ:", "ПОСТАНОВИЛИ:")),
                        ("kk", ("ТАҒЫЛЫМДАМАДАН ӨТУ ТУРАЛЫ ЕСЕП", "Тағылымдама жетекшісінің ПІКІРІ",
                                "Тағылымдама бағдарламасы толық көлемде орындалды.", "М.О.",
                                "ҮЗІНДІ", "ТЫҢДАЛДЫ:", "ШЕШІМ:"))):
        found = pages(printed(demo, tmp_path, "internship-report", lang, activity_id=internship.id))
        text = " ".join(found)
        assert len(found) == 3  # report, review sheet, minutes extract: each on its own page
        for word in words:
            assert word in text, word
        assert intern.full_name in text and internship.provider in text
        assert flat(internship.paperwork.supervisor) in text
        period = f"{internship.starts_on:%d.%m.%Y} – {internship.ends_on:%d.%m.%Y}"
        assert period in text
        if internship.paperwork.meeting_protocol_no:
            assert f"№ {internship.paperwork.meeting_protocol_no}" in found[2]


def test_the_cpd_form_counts_the_credit_units_by_row(roster, tmp_path):
    # as in test_cli: courses of 108 h and 54 h (row 1: 162), an online course of 108 h at 0.5
    # (row 4: 54)
    text = text_of(printed(roster, tmp_path, "cpd-form", "ru", iin=HEAD_IIN))
    assert ("Подтверждение результатов непрерывного профессионального развития работников "
            "здравоохранения") in text
    assert "1. Фамилия, имя, отчество (при его наличии) Абдуллаев Тимур Русланович" in text
    assert "2. Заявляемая специальность Хирургия" in text
    assert "1 Дополнительное образование (циклы повышения квалификации) 162" in text
    assert "2 Стажировка по профилю специальности 0" in text
    assert "технологий 54" in text  # row 4 ends "...дистанционных образовательных технологий"
    assert "Итого результатов НПР: 216" in text
    assert "11. Результаты НПР (23.11.2021 – 23.11.2026)" in text
    assert "Дата выдачи: 23.11.2026" in text
    assert "Г.Л. Елеусизова" in text  # the head of HR from the settings, as signed
    kk = text_of(printed(roster, tmp_path, "cpd-form", "kk", iin=HEAD_IIN))
    assert "ҮКД нәтижелерінің жиыны: 216" in kk and "1-тарау. Қосымша білім" in kk
    for row in range(1, 22):  # the form's 21 rows
        assert re.search(rf"(^| ){row} \D", kk[kk.index("1-тарау"):])


def test_the_hr_list_of_the_roster(roster, tmp_path):
    text = text_of(printed(roster, tmp_path, "hr-list", "ru"))
    assert "Проверено сотрудников: 8." in text
    # no management PD since his hire in 2000: overdue since the end of his first three years
    assert re.search(r"Абдуллаев Тимур Русланович заведующий кафедрой ППС вуза "
                     r"ПК в области менеджмента один раз в 3 года \(Е 464-2025 4.5\) \d+ "
                     r"31.08.2003 просрочено с 01.09.2003", text)
    kk = text_of(printed(roster, tmp_path, "hr-list", "kk"))
    assert "01.09.2003 бастап мерзімі өткен" in kk


def test_the_management_report_of_a_year(roster, tmp_path):
    # PD ended in 2025: 54 h (Сейткали), 36 h (Оспанов), 108 h (Абдуллаев) = 3 activities, 198 h;
    # in 2024: 36 + 108 + 36 + 54 + 54 = 288 h in 5 activities
    text = text_of(printed(roster, tmp_path, "management-report", "ru", year=2025))
    assert ("о повышении квалификации сотрудников АО «Южно-Казахстанская медицинская академия» "
            "за 2025 год") in text
    # the same period of the year before, in the column headers; changes signed, shares in
    # percentage points with one decimal; completed = ended and confirmed
    assert "Показатель 01.01–31.12.2024 01.01–31.12.2025 Изменение" in text
    assert "4 Завершённые мероприятия 5 3 −2" in text
    assert "5 Всего часов 288 198 −90" in text
    assert "1 Численность сотрудников 8 8 0" in text
    assert "3 Доля прошедших повышение квалификации, % 62,5 % 37,5 % −25,0 п.п." in text
    assert "6 Часов на одного прошедшего 57,6 66,0 +8,4" in text
    workbook = load_workbook(printed(roster, tmp_path, "management-report", "ru", ".xlsx",
                                     year=2025))
    sheet = workbook["Показатели"]
    rows = {row[1]: row[2:4] for row in sheet.iter_rows(values_only=True) if row[1]}
    assert rows["Всего часов"] == (288, 198)
    assert rows["Завершённые мероприятия"] == (5, 3)


def test_the_management_report_has_charts_and_the_plan(demo, tmp_path):
    text = text_of(printed(demo, tmp_path, "management-report", "ru"))
    for title in ("Выполнили требования за три года, по категориям, %",
                  "Завершённые мероприятия по видам", "Часы повышения квалификации по месяцам",
                  "Стоимость обучения по источникам финансирования, тг", "Стажировки в Казахстане",
                  "7. Выполнение плана повышения квалификации на 2026 год"):
        assert title in text


def test_the_plan_in_the_demo_academy(demo, tmp_path):
    from skma_training.services.planning import plan_state

    items = [r for r in plan_state(demo, 2027).items if r.in_plan]
    text = text_of(printed(demo, tmp_path, "plan", "ru"))  # next year's plan by default
    assert ("ПЛАН повышения квалификации сотрудников АО «Южно-Казахстанская медицинская академия» "
            "на 2027 год") in text
    assert "УТВЕРЖДАЮ" in text and "Б.Қ. Сәрсенов" in text and "ПРОЕКТ" in text  # 2027 is a draft
    assert all(flat(item.full_name) in text for item in items)
    assert f"Всего по академии: {len({i.employee_id for i in items})} чел." in text
    # the approved plan of this year, with its amendments
    approved = text_of(printed(demo, tmp_path, "plan", "ru", year=2026))
    assert "ПРОЕКТ" not in approved and "28.11.2025" in approved
    assert "Изменения, внесённые в план" in approved
    assert "Перенос сроков курса организатором" in approved


def test_the_plan_as_a_workbook(demo, tmp_path):
    from skma_training.services.planning import plan_state

    items = [r for r in plan_state(demo, 2027).items if r.in_plan]
    sheet = load_workbook(printed(demo, tmp_path, "plan", "ru", ".xlsx")).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "№")
    assert rows[header][:4] == ("№", "Ф.И.О.", "Должность", "Тема (программа)")
    total = next(row for row in rows if row[0] and str(row[0]).startswith("Всего по академии"))
    titles = [c for c in rows[header]]
    assert total[titles.index("Часы")] == sum(i.hours or 0 for i in items)
    assert total[titles.index("Стоимость, тг")] == sum(i.cost or 0 for i in items)


def test_a_plan_without_requests_lists_who_must_be_planned(roster, tmp_path):
    text = text_of(printed(roster, tmp_path, "plan", "ru"))
    assert "Заявки кафедр на 2027 год ещё не внесены" in text
    # Жаксылыков: his 72 h hold until 15.11.2027; he falls due within 2027
    assert re.search(r"Жаксылыков Ерболат Кенжебекович заведующий кафедрой .*до 15.11.2027", text)


def test_the_department_summary(demo, tmp_path):
    internship, _, intern = demo_subjects(demo)
    year = internship.ends_on.year
    text = text_of(printed(demo, tmp_path, "department-summary", "ru", department=intern.department,
                           year=year))
    assert intern.department in text and f"Период: с 1 января по 31 декабря {year} г." in text
    assert intern.full_name in text and internship.title[:20] in text
    staff = [e for e in demo.snapshot().employees if e.department_id == intern.department_id
             and e.employed_on(TODAY)]
    assert f"Сотрудников: {len(staff)};" in text
    assert "Рассмотрено на заседании кафедры" in text


def test_a_department_is_found_by_its_kazakh_name(demo, tmp_path):
    text = text_of(printed(demo, tmp_path, "hr-list", "kk", department="жалпы хирургия КАФЕДРАСЫ"))
    assert "Жалпы хирургия кафедрасы" in text
    assert "Кафедра терапии" not in text and "Терапия және кардиология кафедрасы" not in text


def test_tabular_documents_as_workbooks(demo, tmp_path):
    internship, _, intern = demo_subjects(demo)
    expected = {  # a column header and a total each document's workbook must hold
        "plan": ("Аты-жөні", "Академия бойынша барлығы"),
        "hr-list": ("Талап етілетін сағат", None),
        "department-summary": ("Келесі мерзімі", "Орындалды (аяқталған және расталған): "),
        "management-report": ("Көрсеткіш", "Барлығы"),
    }
    for document in sorted(TABULAR):
        fields = {"department": intern.department, "year": internship.ends_on.year} \
            if document == "department-summary" else {}
        workbook = load_workbook(printed(demo, tmp_path, document, "kk", ".xlsx", **fields))
        values = [v for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True)
                  for v in row if v is not None]
        header, total = expected[document]
        assert header in values, document
        if total:
            assert any(isinstance(v, str) and v.startswith(total) for v in values), document
    hr = load_workbook(tmp_path / "hr-list-kk.xlsx").worksheets[0]
    dues = [row[7] for row in hr.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert dues and all(hasattr(d, "year") for d in dues if d is not None)  # dates stay dates


def test_a_kazakh_document_uses_kazakh_department_names(demo, tmp_path):
    internship, _, intern = demo_subjects(demo)
    text = text_of(printed(demo, tmp_path, "listener-report", "kk", activity_id=internship.id))
    assert "Кафедра " in text and "(бөлімше)" not in text
    assert "кафедрасы" in text  # the department's Kazakh name, not «Кафедра ...»


def test_documents_are_printed_in_kazakh_or_russian_only(roster, tmp_path):
    with pytest.raises(UnsupportedLanguage):
        print_document(roster, PrintRequest("plan", "en"), tmp_path / "plan.pdf")
