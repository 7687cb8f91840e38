"""The page the documents are printed on: fonts, page numbers, long tables, batches, templates."""

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from skma_training import paths
from skma_training.documents import forms
from skma_training.documents.academy import Academy
from skma_training.documents.formatting import fmt_date, fmt_money, fmt_number, fmt_period, sort_key
from skma_training.documents.forms import TemplateError, load_form
from skma_training.documents.hr_list import HrListData, HrPerson, build_hr_list, section_of
from skma_training.documents.papers import PaperSubject, render_papers
from skma_training.documents.application import application_story
from skma_training.documents.tabular_pdf import render_pdf
from skma_training.domain.compliance import PD_ONCE, UNIVERSITY_HOURS, CheckResult, EmployeeStatus
from skma_training.domain.model import Activity, Employee, Paperwork
from skma_training.services.importing import Cancelled
from test_documents import flat, pages

KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
ACADEMY = Academy(rector_name="Б.Қ. Сәрсенов", centre_head="Кенесова К.Ж.",
                  hr_head="Елеусизова Г.Л.")
AS_OF = date(2026, 11, 23)


def fonts_in(path: Path) -> list[dict]:
    """Every font dictionary the PDF's pages use (descendants of composite fonts included)."""
    found, seen = [], set()
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if id(font) in seen:
                continue
            seen.add(id(font))
            found.append(font)
    return found


def overdue_person(number: int, department: str) -> HrPerson:
    employee = Employee(id=number, iin=f"{number:012d}", full_name=f"Қызметкер Әсел №{number:03d}",
                        category="faculty_university", department=department, position="доцент")
    due, window = date(2025, 1, 1) + timedelta(days=number), date(2023, 11, 23)
    checks = (CheckResult(PD_ONCE, False, due, 0.0, None, window),
              CheckResult(UNIVERSITY_HOURS, False, due, 12.0, 72.0, window))
    return HrPerson(department, EmployeeStatus(employee, AS_OF, checks))


@pytest.fixture(scope="module")
def long_list(tmp_path_factory) -> Path:
    """An HR list of 150 overdue teachers in 3 departments: a table over many pages."""
    people = [overdue_person(n, f"Кафедра {n % 3 + 1}") for n in range(1, 151)]
    document = build_hr_list(HrListData(2026, AS_OF, people), ACADEMY, "ru")
    return render_pdf(document, tmp_path_factory.mktemp("long") / "hr-list.pdf")


def test_all_fonts_are_embedded_subsets_of_the_bundled_font(long_list):
    found = fonts_in(long_list)
    assert found
    for font in found:
        assert font["/Subtype"] == "/TrueType"
        assert re.fullmatch(r"/[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?",
                            font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # the glyphs travel in the file


def test_a_long_table_is_numbered_page_n_of_m_and_repeats_its_header(long_list):
    found = pages(long_list)
    total = len(found)
    # 150 rows (one a person, their two checks in it) at some 15 a landscape page
    assert 6 <= total <= 20
    for number, page in enumerate(found, start=1):
        assert f"Стр. {number} из {total}" in page
        if "Қызметкер Әсел" in page:
            assert "Требуется часов" in page  # the column header, on every page of the table
    text = " ".join(found)
    for number in range(1, 151):  # every name once, none lost between pages
        assert text.count(f"Қызметкер Әсел №{number:03d}") == 1
    assert "Срок истёк: 150;" in text
    # the 1st person of Кафедра 1 (numbers 3, 6, ...): the earliest due first
    assert "Кафедра 1 1 Қызметкер Әсел №003 доцент ППС вуза" in text


def test_a_group_heading_never_ends_a_page(long_list):
    for page in pages(long_list):
        # the page's content comes before its header (drawn last): the header's unit cuts it off
        body = page.split(" Отдел кадровой службы")[0]
        assert not re.search(r"Кафедра \d$", body), body[-80:]


def test_kazakh_letters_survive_into_the_text_layer(long_list):
    text = " ".join(pages(long_list))
    assert "Қызметкер Әсел" in text and "«Оңтүстік Қазақстан медицина академиясы» АҚ" in text


def test_the_bundled_font_has_every_kazakh_letter_and_its_licence():
    from reportlab.pdfbase.ttfonts import TTFontFile

    for face in ("Regular", "Bold", "Italic", "BoldItalic"):
        font = TTFontFile(str(paths.resource("fonts", f"LiberationSerif-{face}.ttf")))
        assert all(ord(letter) in font.charToGlyph for letter in KAZAKH_LETTERS + "«»№–")
    licence = paths.resource("fonts", "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


def test_the_hr_list_sections():
    check = CheckResult(PD_ONCE, True, date(2027, 3, 1), 36.0, None, date(2023, 11, 23))
    assert section_of(check, AS_OF, 2026) == "next_year"
    assert section_of(check, AS_OF, 2027) == "this_year"
    assert section_of(check, date(2027, 3, 2), 2027) == "overdue"
    assert section_of(CheckResult(PD_ONCE, False, None, 0.0, None, AS_OF), AS_OF, 2026) == "overdue"
    later = CheckResult(PD_ONCE, True, date(2029, 1, 1), 9.0, None, AS_OF)
    assert section_of(later, AS_OF, 2026) is None


# --- a batch of papers ----------------------------------------------------------------------


def subjects(count: int) -> list[PaperSubject]:
    made = []
    for number in range(1, count + 1):
        activity = Activity(number, number, "course", f"Курс №{number}", date(2027, 2, 1),
                            date(2027, 2, 12), hours=72.0, provider="КазНМУ", country="Казахстан",
                            paperwork=Paperwork(funding="academy", cost=150000.0))
        made.append(PaperSubject(f"Сотрудник {number:03d}", "доцент", "Кафедра общей хирургии",
                                 activity))
    return made


def test_a_batch_numbers_each_paper_on_its_own_and_reports_progress(tmp_path):
    seen = []
    out = render_papers("application", application_story, subjects(30), ACADEMY, "ru",
                        tmp_path / "b.pdf", lambda index, count: seen.append((index, count)))
    found = pages(out)
    assert len(found) == 30
    for number, page in enumerate(found, start=1):
        assert "Стр. 1 из 1" in page and f"Сотрудник {number:03d}" in page
        assert f"«Курс №{number}»" in page
        assert "в объёме 72 ч." in page and "150 000 тенге" in page
    assert seen == [(i, 30) for i in range(30)]


def test_titles_with_markup_characters_print_as_typed(tmp_path):
    subject = subjects(1)[0]
    activity = subject.activity
    activity.title = "Scopus & Web of Science <2025>"
    activity.provider = "R&D «Центр»"
    found = pages(render_papers("application", application_story, [subject], ACADEMY, "ru",
                                tmp_path / "a.pdf"))
    assert "«Scopus & Web of Science <2025>»" in found[0] and "R&D «Центр»" in found[0]


def test_a_cancelled_batch_leaves_the_old_file_and_no_temporary_one(tmp_path):
    out = tmp_path / "batch.pdf"
    out.write_bytes(b"the previous batch")

    def stop_at_five(index, count):
        if index == 5:
            raise Cancelled()

    with pytest.raises(Cancelled):
        render_papers("application", application_story, subjects(20), ACADEMY, "kk", out,
                      stop_at_five)
    assert out.read_bytes() == b"the previous batch"
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pdf"]


def test_five_hundred_applications_through_the_service(tmp_path):
    from skma_training.persistence.database import open_database
    from skma_training.services.context import Context
    from skma_training.services.demo import load_demo
    from skma_training.services.printing import PrintRequest, print_document

    database = open_database(tmp_path / "big.sqlite3")
    ctx = Context(database, today=lambda: AS_OF)
    load_demo(ctx, staff=60)
    ids = [a.id for a in ctx.snapshot().activities if a.is_pd][:500]
    progress = []
    request = PrintRequest("application", "ru", activity_ids=ids)
    out = print_document(ctx, request, tmp_path / "all.pdf",
                         progress=lambda done, total: progress.append((done, total)))
    assert len(PdfReader(str(out)).pages) == len(ids) == 500
    assert progress[-1] == (500, 500) and (250, 500) in progress
    calls = iter(range(1000))
    with pytest.raises(Cancelled):
        print_document(ctx, request, tmp_path / "none.pdf", cancelled=lambda: next(calls) > 3)
    assert not (tmp_path / "none.pdf").exists()
    database.dispose()


# --- templates ---------------------------------------------------------------------------------


DOCUMENT_FORMS = ("plan", "application", "listener-report", "internship-report",
                  "department-summary", "hr-list", "management-report", "cpd-form")


@pytest.mark.parametrize("name", DOCUMENT_FORMS)
def test_every_template_has_its_code_and_both_languages(name):
    form = load_form(name)
    # lists carry the code the centre assigns them, not the regulation's (none until assigned)
    if name in ("hr-list", "department-summary"):
        assert "464-2025" not in form.code
    else:
        assert form.code
    for lang in ("kk", "ru"):
        assert form.text("header_title", lang) and form.text("page", lang, page=2, total=5)
    assert form.text("page", "kk", page=4, total=12) == "12 беттің 4 беті"
    assert form.text("page", "ru", page=4, total=12) == "Стр. 4 из 12"


def test_column_titles_fit_their_columns():
    """No word of a column title is cut in two: the columns are laid out at least as wide as
    the longest word of their title."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from skma_training.documents import fonts
    from skma_training.documents.layout import TableBlock, columns_from
    from skma_training.documents.pdf_base import page_setup
    from skma_training.documents.tabular_pdf import _column_widths

    fonts.register_fonts()
    for name in ("plan", "hr-list", "department-summary", "management-report"):
        form = load_form(name)
        width = page_setup(form).width
        size = form.number("table_font_size", 9)
        for table in form._data["columns"]:
            for lang in ("kk", "ru"):
                columns = columns_from(form, table, lang)
                widths = _column_widths(TableBlock(columns, []), width, [], size, size - 0.5)
                assert abs(sum(widths) - width) < 1
                for column, room in zip(columns, widths):
                    for word in column.title.split():
                        fits = stringWidth(word, fonts.BOLD, size - 0.5) <= room - 6
                        assert fits, (name, table, column.key, word)


def test_a_damaged_template_is_refused_with_its_name(tmp_path, monkeypatch):
    for name in ("common", "plan"):
        original = paths.form(f"{name}.toml").read_text(encoding="utf-8")
        (tmp_path / f"{name}.toml").write_text(original, encoding="utf-8")
    (tmp_path / "plan.toml").write_text('[text]\ntitle = { kk = "Жоспар" }\n', encoding="utf-8")
    monkeypatch.setattr(paths, "form", lambda *parts: tmp_path.joinpath(*parts))
    forms.reload_forms()
    try:
        with pytest.raises(TemplateError) as caught:
            load_form("plan")
        message = caught.value.message("en")
        assert "plan.toml" in message and "«title» needs both kk and ru" in message
        (tmp_path / "plan.toml").write_text("[text\n", encoding="utf-8")
        forms.reload_forms()
        with pytest.raises(TemplateError):
            load_form("plan")
    finally:
        monkeypatch.undo()
        forms.reload_forms()


def test_a_phrase_with_an_unknown_placeholder_prints_it_as_is():
    filled = forms.fill("План на {year} год {unknown}", {"year": 2027})
    assert filled == "План на 2027 год {unknown}"
    assert forms.fill("a stray { brace", {}) == "a stray { brace"


def test_russian_positions_and_countries_read_in_kazakh():
    form = load_form("plan")
    assert form.data_word("Старший преподаватель", "kk") == "аға оқытушы"
    assert form.data_word("Казахстан", "kk") == "Қазақстан"
    assert form.data_word("Казахстан", "ru") == "Казахстан"
    assert form.data_word("врач-хирург", "kk") == "врач-хирург"


# --- values on paper -------------------------------------------------------------------------


def test_values_read_as_on_kazakh_and_russian_paper():
    assert fmt_date(date(2026, 3, 1)) == "01.03.2026"
    assert fmt_number(72.0) == "72" and fmt_number(1.5) == "1,5" and fmt_number(-0.5) == "-0,5"
    assert fmt_money(1250000) == "1\u00a0250\u00a0000"
    assert flat(fmt_period(date(2026, 3, 1), date(2026, 3, 14))) == "01.03.2026 – 14.03.2026"
    assert fmt_period(date(2026, 3, 1), date(2026, 3, 1)) == "01.03.2026"
    names = ["Өтепов", "Абай", "Ли Елена", "Лиана", "Әбенов", "Яковлев", "Қасымов", "Кенжебаев"]
    assert sorted(names, key=sort_key) == ["Абай", "Әбенов", "Кенжебаев", "Қасымов", "Ли Елена",
                                           "Лиана", "Өтепов", "Яковлев"]
