"""Business settings, declared once with type, default and label, stored with the data.

Window geometry and column layouts are per user and live in QSettings (GUI);
what changes the rules or the documents belongs to the academy's database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from skma_training.domain.dates import CalendarDay
from skma_training.domain.rules import (
    CONFERENCE_TALK_MODES,
    DAY_MODES,
    HOURS_MODES,
    INTERNSHIP_WEEK_MODES,
    TEACHING_HEAD_MODES,
    parse_month_day,
)
from skma_training.domain.timeline import DATED_KEYS, INTERPRETATION_KEYS, DatedValue
from skma_training.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from skma_training.persistence.schema import Setting, SettingChange


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    type: str  # text, choice, date, month_day, count; int, port, email, emails, days (reminders)
    default: Any
    label: str
    choices: tuple[str, ...] = ()

    def clean(self, value: Any) -> Any:
        """The value in its stored form, or ValueError with the reason."""
        if value is None or value == "":
            return self.default
        if self.type == "choice":
            if value not in self.choices:
                raise ValueError(f"{self.key} must be one of {', '.join(self.choices)}")
            return value
        if self.type == "date":
            return value if isinstance(value, date) else date.fromisoformat(str(value))
        if self.type == "count":
            number = int(value)
            if number < 1:
                raise ValueError(f"{self.key} must be at least 1")
            return number
        if self.type == "month_day":
            parse_month_day(str(value), self.key)
            return str(value)
        if self.type == "calendar_days":
            if isinstance(value, str):  # from the command line: a JSON list
                try:
                    value = json.loads(value)
                except ValueError:
                    raise ValueError(f"{self.key} takes a JSON list like "
                                     '[{"date": "2027-01-04", "working": false, "source": "decree"}]') from None
            return tuple(_calendar_day(item) for item in value)
        if self.type in _MAIL_TYPES:
            return _MAIL_TYPES[self.type](self, value)
        return str(value).strip()


def _calendar_day(item: Any) -> CalendarDay:
    if isinstance(item, CalendarDay):
        return item
    try:
        day = item["date"] if isinstance(item["date"], date) else date.fromisoformat(str(item["date"]))
        return CalendarDay(day, bool(item["working"]), str(item.get("source", "")))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"calendar_days: {item!r} is not {{date, working, source}}") from exc


def _whole(spec: SettingSpec, value: Any, low: int = 0, high: int = 10_000) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ValueError(f"{spec.key} must be a whole number") from None
    if not low <= number <= high:
        raise ValueError(f"{spec.key} must be from {low} to {high}")
    return number


def _emails(spec: SettingSpec, value: Any) -> str:
    found = [part.strip() for part in str(value).replace(";", ",").split(",") if part.strip()]
    for address in found:
        local, _, domain = address.partition("@")
        if not local or "." not in domain or any(c.isspace() or c in "<>" for c in address):
            raise ValueError(f"{spec.key}: «{address}» is not an e-mail address")
    if spec.type == "email" and len(found) > 1:
        raise ValueError(f"{spec.key} takes one e-mail address")
    return ", ".join(found)


def _days(spec: SettingSpec, value: Any) -> str:
    """Days before a due date, and the words of ``choices`` (e.g. ``overdue``), comma-separated."""
    found = []
    for part in str(value).split(","):
        part = part.strip().lower()
        if part in spec.choices:
            found.append(part)
        elif part:
            found.append(str(_whole(spec, part, 0, 366)))
    return ",".join(dict.fromkeys(found))


_MAIL_TYPES = {
    "int": _whole,
    "port": lambda spec, value: _whole(spec, value, 1, 65535),
    "email": _emails,
    "emails": _emails,
    "days": _days,
}
_DAY_WORDS = ("end", "overdue")  # the activity's last day; the day after the due date
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "never")


_SPECS = (
    SettingSpec("language", "choice", "", QT_TRANSLATE_NOOP("Settings", "Language"), ("",) + LANGUAGES),
    SettingSpec("academy_name_kk", "text", "«Оңтүстік Қазақстан медицина академиясы» АҚ",
                QT_TRANSLATE_NOOP("Settings", "Academy name (Kazakh)")),
    SettingSpec("academy_name_ru", "text", "АО «Южно-Казахстанская медицинская академия»",
                QT_TRANSLATE_NOOP("Settings", "Academy name (Russian)")),
    SettingSpec("academy_name_en", "text", "South Kazakhstan Medical Academy JSC",
                QT_TRANSLATE_NOOP("Settings", "Academy name (English)")),
    # The readings of the regulation: "" (the default) is the rule book's own reading for the
    # date; a value the centre sets takes effect from a day (see setting_change).
    SettingSpec("hours_mode", "choice", "", QT_TRANSLATE_NOOP("Settings", "Counting faculty hours"),
                ("",) + HOURS_MODES),
    SettingSpec("day_mode", "choice", "", QT_TRANSLATE_NOOP("Settings", "Deadline days"), ("",) + DAY_MODES),
    SettingSpec("conference_talk", "choice", "",
                QT_TRANSLATE_NOOP("Settings", "Conference talk credit units"), ("",) + CONFERENCE_TALK_MODES),
    SettingSpec("internship_weeks", "choice", "",
                QT_TRANSLATE_NOOP("Settings", "Internship weeks"), ("",) + INTERNSHIP_WEEK_MODES),
    SettingSpec("teaching_heads", "choice", "",
                QT_TRANSLATE_NOOP("Settings", "Heads of teaching departments and management training"),
                ("",) + TEACHING_HEAD_MODES),
    SettingSpec("request_due", "month_day", "",
                QT_TRANSLATE_NOOP("Settings", "Department requests due (month-day)")),
    # days the centre marks as working or off where a decree moved them (dates, flag, source)
    SettingSpec("calendar_days", "calendar_days", (),
                QT_TRANSLATE_NOOP("Settings", "Changes to the working-day calendar")),
    # deadlines due before this day are history (set on the first import; see history.py)
    SettingSpec("history_date", "date", None,
                QT_TRANSLATE_NOOP("Settings", "Deadlines before this day are history")),
    SettingSpec("rector_title_kk", "text", "Басқарма Төрағасы – Ректор",
                QT_TRANSLATE_NOOP("Settings", "Rector's title (Kazakh)")),
    SettingSpec("rector_title_ru", "text", "Председатель Правления – Ректор",
                QT_TRANSLATE_NOOP("Settings", "Rector's title (Russian)")),
    SettingSpec("rector_name", "text", "", QT_TRANSLATE_NOOP("Settings", "Rector (initials and surname)")),
    # the addressee of applications, in the dative: software cannot inflect names
    SettingSpec("rector_dative_kk", "text", "",
                QT_TRANSLATE_NOOP("Settings", "Rector as addressee, Kazakh dative (Б.Қ. Сәрсеновке)")),
    SettingSpec("rector_dative_ru", "text", "",
                QT_TRANSLATE_NOOP("Settings", "Rector as addressee, Russian dative (Сарсенову Б.К.)")),
    SettingSpec("centre_head_name", "text", "Кенесова К.Ж.",
                QT_TRANSLATE_NOOP("Settings", "Head of the Competence Centre")),
    SettingSpec("hr_head_name", "text", "Елеусизова Г.Л.", QT_TRANSLATE_NOOP("Settings", "Head of HR")),
    # e-mail reminders (services/reminders.py); the SMTP password is never stored here
    SettingSpec("smtp_host", "text", "", QT_TRANSLATE_NOOP("Settings", "Mail server (SMTP host)")),
    SettingSpec("smtp_port", "port", 587, QT_TRANSLATE_NOOP("Settings", "Mail server port")),
    SettingSpec("smtp_security", "choice", "starttls", QT_TRANSLATE_NOOP("Settings", "Mail server security"),
                ("none", "starttls", "tls")),
    SettingSpec("smtp_user", "text", "", QT_TRANSLATE_NOOP("Settings", "Mail server user")),
    SettingSpec("mail_from", "email", "", QT_TRANSLATE_NOOP("Settings", "Sender address")),
    SettingSpec("mail_from_name", "text", "", QT_TRANSLATE_NOOP("Settings", "Sender name")),
    SettingSpec("hr_email", "emails", "", QT_TRANSLATE_NOOP("Settings", "HR e-mail addresses")),
    SettingSpec("centre_email", "emails", "", QT_TRANSLATE_NOOP("Settings", "Competence Centre e-mail addresses")),
    SettingSpec("mail_language", "choice", "ru", QT_TRANSLATE_NOOP("Settings", "Language of e-mails"),
                ("kk", "ru")),
    SettingSpec("remind_application_days", "days", "7,1,overdue",
                QT_TRANSLATE_NOOP("Settings", "Remind of applications (days before)"), _DAY_WORDS),
    SettingSpec("remind_report_days", "days", "end,overdue",
                QT_TRANSLATE_NOOP("Settings", "Remind of certificates and reports (days before)"), _DAY_WORDS),
    SettingSpec("remind_check_days", "days", "90,30",
                QT_TRANSLATE_NOOP("Settings", "Remind of the 3-year check (days before)"), _DAY_WORDS),
    SettingSpec("remind_request_days", "days", "14,3",
                QT_TRANSLATE_NOOP("Settings", "Remind heads of department requests (days before)"), _DAY_WORDS),
    SettingSpec("remind_plan_days", "days", "30,7,1",
                QT_TRANSLATE_NOOP("Settings", "Remind the centre of the plan (days before)"), _DAY_WORDS),
    SettingSpec("remind_other_days", "days", "7,1,overdue",
                QT_TRANSLATE_NOOP("Settings", "Remind of other deadlines (days before)"), _DAY_WORDS),
    SettingSpec("digest_weekday", "choice", "monday",
                QT_TRANSLATE_NOOP("Settings", "Weekly digest to HR and heads on"), WEEKDAYS),
    SettingSpec("digest_days", "int", 14, QT_TRANSLATE_NOOP("Settings", "Digest looks ahead (days)")),
    # how many automatic backups services.backup keeps: the newest of so many days, weeks, months
    SettingSpec("backup_keep_daily", "count", 7, QT_TRANSLATE_NOOP("Settings", "Daily backups kept")),
    SettingSpec("backup_keep_weekly", "count", 4, QT_TRANSLATE_NOOP("Settings", "Weekly backups kept")),
    SettingSpec("backup_keep_monthly", "count", 12, QT_TRANSLATE_NOOP("Settings", "Monthly backups kept")),
)
SETTINGS = {spec.key: spec for spec in _SPECS}
DATED_CHANGES = "dated_changes"  # read_settings' key for the dated changes (not a setting)


def _encode(value: Any) -> str:
    if isinstance(value, date):
        value = value.isoformat()
    elif isinstance(value, tuple) and all(isinstance(v, CalendarDay) for v in value):
        value = [{"date": v.day.isoformat(), "working": v.working, "source": v.source} for v in value]
    return json.dumps(value, ensure_ascii=False)


def _decode(spec: SettingSpec, text: str) -> Any:
    value = json.loads(text)
    if spec.type == "date" and value:
        return date.fromisoformat(value)
    if spec.type == "calendar_days":
        return tuple(_calendar_day(item) for item in value or ())
    return value


def read_settings(session: Session) -> dict[str, Any]:
    """Every setting (its current value), plus the dated changes under ``DATED_CHANGES``."""
    values = {key: spec.default for key, spec in SETTINGS.items()}
    for key, text in session.execute(select(Setting.key, Setting.value)):
        spec = SETTINGS.get(key)
        if spec is not None:
            try:
                values[key] = _decode(spec, text)
            except (ValueError, TypeError):
                pass  # a damaged value falls back to the default
    changes = session.execute(select(SettingChange.key, SettingChange.effective_from, SettingChange.value)
                              .order_by(SettingChange.effective_from, SettingChange.id)).all()
    values[DATED_CHANGES] = tuple(DatedValue(key, day, json.loads(value)) for key, day, value in changes)
    return values


def undated_values(settings: dict[str, Any]) -> dict[str, str]:
    """Readings stored before changes were dated: they hold from the beginning."""
    dated = {change.key for change in settings.get(DATED_CHANGES, ())}
    return {k: settings.get(k) for k in DATED_KEYS if k not in dated and settings.get(k)}


def write_settings(session: Session, changes: dict[str, Any], *, effective_from: date | None = None,
                   actor: str = "") -> dict[str, Any]:
    """Store cleaned values; returns what was stored. Unknown keys are a programming error.

    A changed reading of the regulation (``DATED_KEYS``) is also recorded as taking effect
    from ``effective_from`` (required for those keys), so past dates keep the reading
    they had.
    """
    stored = {}
    for key, value in changes.items():
        spec = SETTINGS[key]
        cleaned = spec.clean(value)
        row = session.get(Setting, key)
        encoded = _encode(cleaned)
        previous = row.value if row is not None else _encode(spec.default)
        if row is None:
            session.add(Setting(key=key, value=encoded))
        elif row.value != encoded:
            row.value = encoded
        if key in DATED_KEYS and encoded != previous:
            if effective_from is None:
                raise ValueError(f"a change of {key} needs the day it takes effect")
            _record_change(session, key, cleaned, previous, effective_from, actor)
        stored[key] = cleaned
    return stored


def _record_change(session: Session, key: str, value: Any, previous: str, effective_from: date,
                   actor: str) -> None:
    has_history = session.execute(select(SettingChange.id).where(SettingChange.key == key)).first()
    if has_history is None and json.loads(previous):
        # the value held before changes were dated held from the beginning
        session.add(SettingChange(key=key, value=previous, effective_from=date.min, recorded_by=actor))
    session.add(SettingChange(key=key, value=json.dumps(value, ensure_ascii=False),
                              effective_from=effective_from, recorded_by=actor))


def plain_value(key: str, value: Any) -> Any:
    """A setting's value as JSON data (dates as text, calendar days as a list)."""
    return json.loads(_encode(value))
