"""Two versions of a record in words: what the conflict dialog and a record's history show."""

from datetime import date

from skma_training.domain.model import Activity, Paperwork
from skma_training.services.record_diff import differences, value_text


def _course(**changes):
    values = dict(id=7, employee_id=3, kind="course", title="Ургентная хирургия", starts_on=date(2026, 3, 2),
                  ends_on=date(2026, 3, 13), hours=72, paperwork=Paperwork(certificate_no="A-1"))
    values.update(changes)
    return Activity(**values)


def test_only_the_fields_that_differ_are_named_with_both_values():
    theirs = _course(hours=36, paperwork=Paperwork(certificate_no="A-2"))
    mine = _course(title="Неотложная хирургия")
    found = {c.key: (c.label, c.before, c.after) for c in differences(theirs, mine)}
    assert found == {
        "title": ("Title", "Ургентная хирургия", "Неотложная хирургия"),
        "hours": ("Hours", "36", "72"),
        "certificate_no": ("Certificate No.", "A-2", "A-1"),
    }


def test_the_same_record_has_no_differences_and_blank_equals_none():
    assert differences(_course(), _course()) == []
    assert differences({"provider": None}, {"provider": ""}) == []


def test_values_from_the_trail_read_as_dates_flags_and_labels():
    changes = differences({"ends_on": "2026-03-13", "in_profile": 1, "kind": "course", "version": 3},
                          {"ends_on": "2026-03-20", "in_profile": 0, "kind": "internship", "version": 4})
    assert [(c.key, c.before, c.after) for c in changes] == [
        ("ends_on", "13.03.2026", "20.03.2026"), ("in_profile", "yes", "no"),
        ("kind", value_text("kind", "course"), value_text("kind", "internship"))]
    assert value_text("kind", "course") != "course"  # the kind's name, not its code
    assert value_text("ends_on", "2026-02-30") == "2026-02-30"  # not a date: shown as stored
