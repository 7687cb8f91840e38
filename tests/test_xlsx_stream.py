"""The streaming .xlsx writer: what goes in comes back out, as the right kind of cell."""

from datetime import date

from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from skma_training.exchange.writing import ListValidation, SheetData, write_workbook


def test_values_round_trip_through_two_readers(tmp_path):
    rows = [
        ["  leading and trailing  ", "A & B <c> \"d\" 'e'", "line\nbreak", "bell\x07gone", 72.5, 3,
         date(2024, 2, 29), True],
        ["=1+1", "+7", "-x", "@y", None, "", 0.0, False],
    ]
    path = write_workbook(tmp_path / "out.xlsx", [
        SheetData("Данные «тест»", [f"h{n}" for n in range(8)], rows, [12] * 8, len(rows)),
        SheetData("lists", ["a"], [["x"], ["y"]], hidden=True),
    ])
    sheet = load_workbook(path)["Данные «тест»"]
    assert [c.value for c in sheet[1]] == [f"h{n}" for n in range(8)] and sheet["A1"].font.b
    first = [c.value for c in sheet[2]]
    assert first[:6] == ["  leading and trailing  ", "A & B <c> \"d\" 'e'", "line\nbreak", "bellgone", 72.5, 3]
    assert first[6].date() == date(2024, 2, 29) and sheet["G2"].number_format == "dd.mm.yyyy"
    assert first[7] is True
    second = sheet[3]
    assert [c.value for c in second[:4]] == ["=1+1", "+7", "-x", "@y"]
    assert all(c.data_type == "s" and c.quotePrefix for c in second[:4])
    assert second[4].value is None and second[5].value is None and second[6].value == 0
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H3"
    assert load_workbook(path)["lists"].sheet_state == "hidden"
    calamine = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Данные «тест»").to_python()
    assert calamine[2][:4] == ["=1+1", "+7", "-x", "@y"]


def test_drop_down_lists_and_long_text(tmp_path):
    path = write_workbook(tmp_path / "v.xlsx", [
        SheetData("main", ["kind"], [["x" * 40000]], validations=[ListValidation(0, 100, "='lists'!$A$2:$A$4")]),
        SheetData("lists", ["a"], [["course"], ["seminar"], ["webinar"]], hidden=True),
    ])
    sheet = load_workbook(path)["main"]
    assert len(sheet["A2"].value) == 32767  # Excel's limit for one cell
    (check,) = sheet.data_validations.dataValidation
    assert str(check.sqref) == "A2:A100" and check.formula1 == "'lists'!$A$2:$A$4"
