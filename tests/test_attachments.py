"""Certificate scans stay inside the attachments folder, and are copied only for an activity that exists."""

from datetime import date

import pytest

from skma_training.domain.model import Activity, Employee, Paperwork
from skma_training.errors import NotFound
from skma_training.persistence.database import open_database
from skma_training.services import editing
from skma_training.services.attachments import OutsideAttachments, attachments_dir, certificate_path
from skma_training.services.context import Context

TODAY = date(2026, 11, 23)


@pytest.fixture
def ctx(tmp_path):
    database = open_database(tmp_path / "data" / "register.sqlite3")
    yield Context(database, today=lambda: TODAY, actor="tester")
    database.dispose()


def _activity(ctx, certificate_file=""):
    employee = Employee(None, "650103302000", "Абдуллаев Тимур", category="faculty_university")
    editing.save_employee(ctx, employee)
    activity = Activity(None, employee.id, "course", "Хирургия", date(2024, 3, 1), date(2024, 3, 10), hours=72,
                        paperwork=Paperwork(certificate_no="№1", certificate_file=certificate_file))
    editing.save_activity(ctx, activity)
    return activity


def test_a_scan_is_copied_inside_the_folder_and_found_again(ctx, tmp_path):
    activity = _activity(ctx)
    scan = tmp_path / "скан сертификата.pdf"
    scan.write_bytes(b"%PDF-1.4")
    target = editing.attach_certificate(ctx, activity.id, scan)
    assert target.read_bytes() == b"%PDF-1.4"
    assert target.parent == attachments_dir(ctx) / str(activity.id)
    stored = f"attachments/{activity.id}/{target.name}"
    assert certificate_path(ctx, stored) == target.resolve()


def test_nothing_is_copied_for_an_activity_that_does_not_exist(ctx, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"x")
    with pytest.raises(NotFound):
        editing.attach_certificate(ctx, 999, scan)
    assert not attachments_dir(ctx).exists()


@pytest.mark.parametrize("stored", ["../../../../etc/passwd", "attachments/../register.sqlite3", "/etc/passwd",
                                    "attachments", "C:\\Windows\\win.ini", "attachments/1/\0x"])
def test_a_stored_path_leading_outside_is_never_used(ctx, stored):
    assert certificate_path(ctx, stored) is None


def test_an_activity_cannot_be_saved_with_a_path_outside(ctx):
    with pytest.raises(OutsideAttachments):
        _activity(ctx, certificate_file="../../../../etc/passwd")


def test_a_link_planted_in_the_folder_is_not_followed(ctx, tmp_path):
    activity = _activity(ctx)
    outside = tmp_path / "outside"
    outside.mkdir()
    attachments_dir(ctx).mkdir(parents=True)
    (attachments_dir(ctx) / str(activity.id)).symlink_to(outside)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"x")
    with pytest.raises(OutsideAttachments):
        editing.attach_certificate(ctx, activity.id, scan)
    assert list(outside.iterdir()) == []
    assert certificate_path(ctx, f"attachments/{activity.id}/scan.pdf") is None
