"""The command line: exit codes, readable tables and the JSON contract."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from skma_training.cli.main import run

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    return str(tmp_path / "cli.sqlite3")


CLOCK = date(2026, 11, 23)  # the day every in-process command believes it is


def cli(capsys, *args):
    code = run(list(args), today=lambda: CLOCK)
    out, err = capsys.readouterr()
    return code, out, err


def test_import_then_check_as_json(capsys, db):
    code, out, _ = cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--db", db, "--lang", "en")
    assert code == 0 and "Imported" in out
    code, out, _ = cli(capsys, "check", "--as-of", "2026-11-23", "--json", "--db", db)
    assert code == 0
    document = json.loads(out)
    assert document["as_of"] == "2026-11-23"
    staff = {s["iin"]: s for s in document["staff"]}
    assert len(staff) == 8
    head = staff["650103302000"]
    assert set(head) >= {"iin", "full_name", "department", "category", "overdue", "checks"}
    rules = {c["rule"]: c for c in head["checks"]}
    assert set(rules) == {"pd_once_3y", "faculty_university_72h_3y", "management_once_3y"}
    # hand-computed from the sample: in-profile hours ending 2023-11-23..2026-11-23:
    # online course 2025-10-19 108 h only -> met, due 2028-10-19
    assert rules["faculty_university_72h_3y"] == {
        "rule": "faculty_university_72h_3y", "met": True, "due_date": "2028-10-19", "hours": 108.0,
        "required": 72.0, "window_start": "2023-11-23"}
    # no management-area PD recorded, hired 2000: overdue with no date at all? no: never met
    # and hired long ago -> due at the end of his first three years
    assert rules["management_once_3y"]["met"] is False
    assert rules["management_once_3y"]["due_date"] == "2003-08-31"
    assert head["overdue"] is True and head["state"] == "overdue"
    assert document["rules"] == {"edition": "Е 464-2025, 1-ші басылым; ҚР ДСМ-283/2020",
                                 "effective_from": "2025-01-01"}
    assert {s["state"] for s in document["staff"]} <= {
        "overdue", "due_this_year", "due_next_year", "new", "in_order"}


def test_a_date_before_the_first_edition_is_checked_by_it_and_says_so(capsys, db):
    cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--db", db)
    code, out, _ = cli(capsys, "check", "--as-of", "2024-06-01", "--json", "--db", db)
    rules = json.loads(out)["rules"]
    assert code == 0 and rules["effective_from"] == "2025-01-01" and "first edition" in rules["note"]


def test_department_filter_and_unknown_department(capsys, db):
    cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--db", db)
    code, out, _ = cli(capsys, "check", "--department", "кафедра ОБЩЕЙ хирургии", "--json", "--db", db)
    assert code == 0 and len(json.loads(out)["staff"]) == 8
    code, _, err = cli(capsys, "check", "--department", "Кафедра астрологии", "--db", db, "--lang", "en")
    assert code == 1 and "Кафедра астрологии" in err


def test_deadlines_json_contract(capsys, db):
    cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--db", db)
    code, out, _ = cli(capsys, "deadlines", "--as-of", "2026-11-23", "--json", "--db", db)
    document = json.loads(out)
    assert code == 0 and document["as_of"] == "2026-11-23"
    # imported "on" 23.11.2026, the history date is 01.01.2026: the sample's activities all
    # ended before 2025, so what is tracked is the department's request (1 November, not
    # submitted: overdue) and the plan (1 December)
    assert document["deadlines"] == [
        {"kind": "request", "due_date": "2026-11-01", "iin": None, "activity_id": None,
         "state": "overdue", "done_on": None, "plan_year": 2027, "department": "Кафедра общей хирургии"},
        {"kind": "plan", "due_date": "2026-12-01", "iin": None, "activity_id": None, "state": "pending",
         "done_on": None, "plan_year": 2027}]


def test_credits_json_contract(capsys, db):
    cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--db", db)
    code, out, _ = cli(capsys, "credits", "650103302000", "--as-of", "2026-11-23", "--json", "--db", db)
    document = json.loads(out)
    assert code == 0
    assert document["window_start"] == "2021-11-23"
    # 2022-09-01 course 108 h, 2022-07-02 course 54 h, 2025-10-19 online course 108 h (0.5/h)
    assert document["total_units"] == 108 + 54 + 54
    assert sorted((i["type"], i["units"], i["rule"]) for i in document["items"]) == [
        ("course", 54.0, "dsm283.1.hours"), ("course", 108.0, "dsm283.1.hours"),
        ("online_course", 54.0, "dsm283.4.hours")]


def test_credits_for_an_unknown_iin_is_rejected(capsys, db):
    from skma_training.persistence.database import open_database

    open_database(db).dispose()  # an empty register (a reading command never creates one)
    code, _, err = cli(capsys, "credits", "650103302000", "--db", db, "--lang", "en")
    assert code == 1 and "No employee with IIN 650103302000" in err


def test_a_rejected_import_exits_1_and_lists_the_problems(capsys, db, tmp_path):
    bad = tmp_path / "bad.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["IIN", "Full name", "Category"])
    wb.active.append(["123", "Nobody", "faculty"])
    wb.save(bad)
    code, out, _ = cli(capsys, "import", str(bad), "--db", db, "--lang", "en")
    assert code == 1
    assert "nothing was changed" in out and "an IIN has 12 digits" in out and "123" in out


def test_dry_run_changes_nothing(capsys, db):
    code, out, _ = cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--dry-run", "--db", db,
                       "--lang", "en")
    assert code == 0 and "dry run" in out
    code, out, _ = cli(capsys, "check", "--json", "--db", db)
    assert json.loads(out)["staff"] == []


def test_wrong_usage_exits_2(capsys, db):
    assert run(["check", "--as-of", "yesterday", "--db", db]) == 2
    assert run(["frobnicate"]) == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


def test_export_and_template(capsys, db, tmp_path):
    cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--db", db)
    out_file = tmp_path / "out.xlsx"
    code, out, _ = cli(capsys, "export", str(out_file), "--as-of", "23.11.2026", "--db", db, "--lang", "en")
    assert code == 0 and out_file.exists()
    template = tmp_path / "template.xlsx"
    code, _, _ = cli(capsys, "template", str(template), "--lang", "en")
    assert code == 0
    wb = load_workbook(template)
    staff_headers = [c.value for c in next(wb["Staff"].iter_rows(max_row=1))]
    assert staff_headers[:11] == ["IIN", "Full name", "Department", "Position", "Category", "Head or deputy",
                                  "Healthcare worker", "Discipline profile", "Hired on", "Left on", "Email"]
    activity_headers = [c.value for c in next(wb["Activities"].iter_rows(max_row=1))]
    assert activity_headers[:15] == ["IIN", "Kind", "Title", "Provider or host", "Country", "Scope", "Start",
                                     "End", "Hours", "Credits", "In profile", "Management",
                                     "Certificate No.", "Application submitted", "Report submitted"]


def test_demo_fills_an_empty_database_and_refuses_a_full_one(capsys, db):
    code, out, _ = cli(capsys, "demo", "--staff", "60", "--db", db, "--lang", "en")
    assert code == 0 and "demo academy is ready" in out
    code, out, _ = cli(capsys, "check", "--json", "--db", db)
    assert len(json.loads(out)["staff"]) > 50
    code, _, err = cli(capsys, "demo", "--db", db, "--lang", "en")
    assert code == 1 and "already holds" in err


def test_a_newer_database_is_refused_with_exit_1(capsys, db):
    import sqlite3

    from skma_training.persistence.database import open_database

    open_database(db).dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("update alembic_version set version_num='9999'")
    conn.close()
    code, _, err = cli(capsys, "check", "--db", db, "--lang", "en")
    assert code == 1 and "newer version" in err and "Traceback" not in err


def test_the_console_entry_point_runs_as_a_module(tmp_path):
    from skma_training.persistence.database import open_database

    open_database(tmp_path / "m.sqlite3").dispose()  # reading commands never create a register
    env = {**os.environ, "SKMA_TRAINING_DB": str(tmp_path / "m.sqlite3"),
           "SKMA_TRAINING_LOG_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "skma_training", "deadlines", "--json", "--as-of",
                             "2026-11-23"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["deadlines"][0]["kind"] == "plan"


def test_a_kazakh_template_filled_in_kazakh_imports(capsys, db, tmp_path):
    template = tmp_path / "kk.xlsx"
    assert cli(capsys, "template", str(template), "--lang", "kk")[0] == 0
    wb = load_workbook(template)
    staff_sheet, activity_sheet = wb.worksheets[0], wb.worksheets[1]
    assert staff_sheet.title == "Қызметкерлер"
    headers = [c.value for c in next(staff_sheet.iter_rows(max_row=1))]
    assert headers[0] == "ЖСН" and len(set(headers)) == len(headers)
    lists = wb["lists"]
    category = lists["A2"].value  # the Kazakh label of university faculty
    yes, no = lists["C2"].value, lists["C3"].value
    assert (yes, no) == ("иә", "жоқ")
    staff_sheet.append(["650103302000", "Әбенов Нұрлан Серікұлы", "Жалпы хирургия кафедрасы", "доцент",
                        category, no, yes, "Хирургия", "01.09.2010", None, None])
    activity_sheet.append(["650103302000", lists["B2"].value, "Лапароскопиялық хирургия", "ҚазҰМУ",
                           "Қазақстан", None, "01.03.2025", "14.03.2025", 72, None, yes, no, "№ 77"])
    wb.save(template)
    code, out, _ = cli(capsys, "import", str(template), "--db", db, "--lang", "kk")
    assert code == 0, out
    code, out, _ = cli(capsys, "check", "--as-of", "2026-11-23", "--json", "--db", db)
    person = json.loads(out)["staff"][0]
    assert person["category"] == "faculty_university"
    assert [c["met"] for c in person["checks"]] == [True, True]


def test_import_says_how_many_deadlines_are_history_and_can_move_the_date(capsys, db):
    code, out, _ = cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--db", db, "--lang", "en")
    assert code == 0
    # imported "on" 23.11.2026: history before 01.01.2026; the sample's activities ended by 2025
    _, everything, _ = cli(capsys, "deadlines", "--all", "--as-of", "2026-11-23", "--json", "--db", db)
    before = [x for x in json.loads(everything)["deadlines"] if x["due_date"] < "2026-01-01"]
    assert f"{len(before)} deadlines fall before 01.01.2026 and are treated as history" in out
    code, out, _ = cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--history-date", "2020-01-01",
                       "--db", db, "--lang", "en")
    assert code == 0 and "fall before 01.01.2020" in out
    _, shown, _ = cli(capsys, "deadlines", "--as-of", "2026-11-23", "--json", "--db", db)
    assert all(x["due_date"] >= "2020-01-01" for x in json.loads(shown)["deadlines"])
    assert len(json.loads(shown)["deadlines"]) > 2
