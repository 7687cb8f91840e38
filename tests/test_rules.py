"""The rule book: versions with effective dates, merged in order, and clear errors."""

import pytest

from factories import d
from skma_training.domain.rules import RuleBook, RuleFileError, default_rule_book


def write(tmp_path, text):
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_rule_book_has_the_regulation_numbers():
    rules = default_rule_book().for_date(d("2026-11-23"))
    assert rules.pd.window_years == 3
    assert (rules.pd.university_hours, rules.pd.college_hours) == (72, 36)
    assert rules.deadlines.application_days_before == 20
    assert rules.deadlines.report_days_after == 5
    assert rules.deadlines.plan_due_date(2027) == d("2026-12-01")
    assert rules.cpd.window_years == 5
    assert rules.interpretation.hours_mode == "sum"
    assert {rate["row"] for rate in rules.cpd.rates.values()} == set(range(1, 22))


def test_later_versions_change_only_what_they_name(tmp_path):
    book = RuleBook.from_toml(write(tmp_path, """
[[version]]
effective_from = 2025-01-01
[version.pd]
university_hours = 72
college_hours = 36
[[version]]
effective_from = 2027-09-01
[version.pd]
university_hours = 80
"""))
    assert book.for_date(d("2027-08-31")).pd.university_hours == 72
    later = book.for_date(d("2027-09-01"))
    assert later.pd.university_hours == 80 and later.pd.college_hours == 36
    # dates before the first version use the first
    assert book.for_date(d("2001-01-01")).pd.university_hours == 72


def test_settings_override_the_interpretation():
    rules = default_rule_book().for_date(d("2026-11-23"))
    changed = rules.with_interpretation(hours_mode="single", day_mode="working", unknown="x")
    assert changed.interpretation.hours_mode == "single"
    assert changed.interpretation.day_mode == "working"
    with pytest.raises(ValueError):
        rules.with_interpretation(hours_mode="average")


@pytest.mark.parametrize("text, fragment", [
    ("[[version]]\neffective_from = 2025-01-01\n[version.deadlines]\nplan_due = '13-01'\n", "plan_due"),
    ("[[version]]\neffective_from = 'soon'\n", "effective_from"),
    ("nothing = 1\n", "no [[version]]"),
    ("[[version]\n", "rules.toml"),
])
def test_malformed_rule_files_name_the_problem(tmp_path, text, fragment):
    with pytest.raises(RuleFileError, match=fragment.replace("[", r"\[")):
        RuleBook.from_toml(write(tmp_path, text))
