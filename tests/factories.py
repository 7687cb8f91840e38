"""Small builders for domain records in tests."""

from __future__ import annotations

from datetime import date
from itertools import count

from skma_training.domain.model import Activity, Employee, Paperwork

_ids = count(1)


def d(text: str) -> date:
    return date.fromisoformat(text)


def employee(category="faculty_university", hired_on="2010-09-01", **fields) -> Employee:
    fields.setdefault("id", next(_ids))
    fields.setdefault("iin", "650103302000")
    fields.setdefault("full_name", "Test Person")
    return Employee(category=category, hired_on=d(hired_on) if hired_on else None, **fields)


def activity(ends_on, hours=36.0, kind="course", starts_on=None, certificate="No 1",
             employee_id=None, **fields) -> Activity:
    end = d(ends_on) if isinstance(ends_on, str) else ends_on
    start = d(starts_on) if isinstance(starts_on, str) else (starts_on or end)
    paperwork = fields.pop("paperwork", None) or Paperwork(certificate_no=certificate or "")
    fields.setdefault("id", next(_ids))
    fields.setdefault("title", "Course")
    return Activity(employee_id=employee_id, kind=kind, starts_on=start, ends_on=end,
                    hours=hours, paperwork=paperwork, **fields)
