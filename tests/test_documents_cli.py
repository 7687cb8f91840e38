"""`skma-training print`: exit codes and plain messages."""

from pathlib import Path

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from skma_training.cli.main import run

DATA = Path(__file__).parent / "data"


@pytest.fixture
def db(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    path = str(tmp_path / "cli.sqlite3")
    assert run(["import", str(DATA / "sample-roster-ru.xls"), "--db", path], today=lambda: date(2026, 11, 23)) == 0
    capsys.readouterr()
    return path


def cli(capsys, *args):
    code = run(list(args), today=lambda: date(2026, 11, 23))
    out, err = capsys.readouterr()
    return code, out, err


def test_print_writes_the_file_and_says_where(capsys, db, tmp_path):
    out = tmp_path / "cpd.pdf"
    code, said, _ = cli(capsys, "print", "cpd-form", "--iin", "650103302000", "--out", str(out),
                        "--as-of", "23.11.2026", "--db", db, "--lang", "kk")
    assert code == 0 and str(out) in said
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "ҮКД нәтижелерінің жиыны" in text and "23.11.2026" in text


def test_an_official_document_in_english_is_refused(capsys, db, tmp_path):
    out = tmp_path / "list.xlsx"
    code, _, err = cli(capsys, "print", "hr-list", "--out", str(out), "--db", db, "--lang", "en")
    assert code == 1 and "Kazakh (kk) or Russian (ru), not «en»" in err and "Traceback" not in err
    assert not out.exists()


def test_english_messages_with_a_russian_document(capsys, db, tmp_path):
    out = tmp_path / "list.xlsx"
    code, said, _ = cli(capsys, "print", "hr-list", "--out", str(out), "--db", db, "--lang", "en",
                        "--doc-lang", "ru")
    assert code == 0 and "Written" in said
    sheet = load_workbook(out).worksheets[0]
    values = [v for row in sheet.iter_rows(values_only=True) for v in row]
    assert "Ф.И.О." in values


def test_several_activities_make_one_pdf(capsys, db, tmp_path):
    out = tmp_path / "applications.pdf"
    code, _, _ = cli(capsys, "print", "application", "--activity", "1", "--activity", "2",
                     "--activity", "3", "--out", str(out), "--db", db, "--lang", "ru")
    assert code == 0 and len(PdfReader(str(out)).pages) == 3


@pytest.mark.parametrize("arguments, message", [
    (["cpd-form", "--iin", "650103302001"], "No employee with IIN 650103302001"),
    (["application", "--activity", "999"], "No activity with number 999."),
    (["internship-report", "--activity", "1"], "Activity 1 is not an internship"),
    (["internship-report", "--iin", "650103302000"], "has no internship recorded"),
    (["hr-list", "--department", "Кафедра астрологии"],
     "No department called «Кафедра астрологии»"),
    (["department-summary"], "Choose the department"),
    (["cpd-form"], "Choose the employee"),
])
def test_what_does_not_exist_is_refused_with_exit_1(capsys, db, tmp_path, arguments, message):
    out = tmp_path / "x.pdf"
    code, _, err = cli(capsys, "print", *arguments, "--out", str(out), "--db", db, "--lang", "en",
                       "--doc-lang", "ru")
    assert code == 1 and message in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("document, name", [("application", "a.xlsx"), ("plan", "plan.docx"),
                                            ("cpd-form", "form")])
def test_a_wrong_suffix_is_refused_with_exit_1(capsys, db, tmp_path, document, name):
    code, _, err = cli(capsys, "print", document, "--activity", "1", "--iin", "650103302000",
                       "--out", str(tmp_path / name), "--db", db, "--lang", "en", "--doc-lang", "ru")
    assert code == 1 and "this document is saved as .pdf" in err


def test_an_unknown_document_is_wrong_usage(db, tmp_path):
    assert run(["print", "diploma", "--out", str(tmp_path / "d.pdf"), "--db", db]) == 2


def test_the_cpd_form_of_someone_outside_healthcare_is_refused(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    path = str(tmp_path / "demo.sqlite3")
    assert run(["demo", "--staff", "40", "--db", path], today=lambda: date(2026, 11, 23)) == 0
    from skma_training.persistence.database import open_database
    from skma_training.services.context import Context

    database = open_database(path)
    teacher = next(e for e in Context(database, today=lambda: date(2026, 11, 23)).snapshot().employees if not e.healthcare)
    database.dispose()
    capsys.readouterr()
    out = tmp_path / "cpd.pdf"
    code, _, err = cli(capsys, "print", "cpd-form", "--iin", teacher.iin, "--out", str(out),
                       "--db", path, "--lang", "en", "--doc-lang", "kk")
    assert code == 1 and "is not a healthcare worker" in err and teacher.iin in err
    assert not out.exists()
