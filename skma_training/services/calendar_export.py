"""Deadlines as an iCalendar file (.ics) for Outlook, Google Calendar and the like.

One all-day event per deadline still to be done, and per 3-year check due, each
with an alarm the day before. The UID names the deadline, not its date, so
importing the file again moves an event whose date changed instead of adding a
second one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from skma_training.domain.compliance import check_label
from skma_training.domain.deadlines import DeadlineState, deadline_kind_label
from skma_training.errors import NotFound
from skma_training.fileio import atomic_output
from skma_training.i18n import QT_TRANSLATE_NOOP, current_language, translate
from skma_training.services.context import Context

UID_DOMAIN = "skma-training.skma.edu.kz"
MSG_NO_EMPLOYEE = QT_TRANSLATE_NOOP("Errors", "No employee with IIN {iin}")
ACTIVE = (DeadlineState.PENDING, DeadlineState.OVERDUE)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: date
    summary: str
    description: str


def deadline_uid(deadline) -> str:
    """The deadline's identity: its kind and what it belongs to, never its date."""
    dep_id = getattr(deadline, "department_id", None)
    owner = (f"a{deadline.activity_id}" if deadline.activity_id else f"d{dep_id}-y{deadline.plan_year}"
             if dep_id else f"e{deadline.employee_id}" if deadline.employee_id else f"y{deadline.plan_year}")
    return f"{deadline.kind}-{owner}@{UID_DOMAIN}"


def calendar_events(ctx: Context, as_of: date, *, iin: str | None = None,
                    department: str | None = None, since: date | None = None,
                    lang: str | None = None) -> list[CalendarEvent]:
    """What one employee, one department or (neither) the whole academy has to do."""
    from skma_training.services.queries import department_ids, staff_statuses, tracked_deadlines

    lang = lang or current_language()
    snapshot = ctx.snapshot()
    employees = snapshot.employees
    wanted: set[int] | None = None  # the departments asked for
    if iin:
        employees = [e for e in employees if e.iin == iin.strip()]
        if not employees:
            raise NotFound(MSG_NO_EMPLOYEE, iin=iin)
    elif department:
        wanted = department_ids(ctx, department)
        if not wanted:
            from skma_training.services.queries import MSG_NO_DEPARTMENT

            raise NotFound(MSG_NO_DEPARTMENT, name=department)
        employees = [e for e in employees if e.department_id in wanted]
    chosen = {e.id for e in employees}
    names = {e.id: e.full_name for e in snapshot.employees}
    activities = {a.id: a for a in snapshot.activities}
    events = []
    for d in tracked_deadlines(ctx, as_of, snapshot=snapshot, since=since):
        if d.state not in ACTIVE or (since and d.due_date < since):
            continue
        if d.employee_id is None and d.department_id is not None:
            if iin or (wanted is not None and d.department_id not in wanted):
                continue  # a department's request: its own calendar and the academy's
        elif d.employee_id is None and (iin or department):
            continue  # the academy's own deadlines belong to the whole-academy calendar
        if d.employee_id is not None and d.employee_id not in chosen:
            continue
        activity = activities.get(d.activity_id)
        if activity:
            what = activity.title
        elif d.department_id is not None:
            what = translate("Cli", "Request of {department} for {year}", lang).format(
                department=snapshot.departments.get(d.department_id, ""), year=d.plan_year)
        else:
            what = translate("Cli", "Plan for {year}", lang).format(year=d.plan_year) if d.plan_year else ""
        who = names.get(d.employee_id, "")
        summary = " — ".join(part for part in (deadline_kind_label(d.kind, lang), what, who) if part)
        events.append(CalendarEvent(deadline_uid(d), d.due_date, summary, summary))
    for status in staff_statuses(ctx, as_of, snapshot=snapshot):  # those employed on as_of
        if status.employee.id not in chosen:
            continue
        for check in status.checks:
            if check.due_date is None or check.due_date < (since or as_of):
                continue
            label = check_label(check.rule, lang)
            summary = f"{label} — {status.employee.full_name}"
            events.append(CalendarEvent(f"check-e{status.employee.id}-{check.rule}@{UID_DOMAIN}",
                                        check.due_date, summary, summary))
    events.sort(key=lambda e: (e.day, e.uid))
    return events


def calendar_bytes(events: list[CalendarEvent], stamp: date) -> bytes:
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//SKMA Training//Professional development register//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # the export's day, from the injected clock; a re-import with a later stamp wins
    dtstamp = datetime(stamp.year, stamp.month, stamp.day, tzinfo=timezone.utc)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", dtstamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.summary)
        alarm.add("trigger", timedelta(days=-1))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def export_calendar(ctx: Context, out: Path, as_of: date | None = None, **choice) -> int:
    """Write the .ics; returns the number of events."""
    as_of = as_of or ctx.today()
    events = calendar_events(ctx, as_of, **choice)
    data = calendar_bytes(events, as_of)
    with atomic_output(Path(out)) as temporary:
        temporary.write_bytes(data)
    return len(events)
