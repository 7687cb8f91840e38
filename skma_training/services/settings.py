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
    type: str  # text, choice, date, month_day
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
        if self.type == "month_day":
            parse_month_day(str(value), self.key)
            return str(value)
        if self.type == "calendar_days":
            return tuple(_calendar_day(item) for item in value)
        return str(value).strip()


def _calendar_day(item: Any) -> CalendarDay:
    if isinstance(item, CalendarDay):
        return item
    try:
        day = item["date"] if isinstance(item["date"], date) else date.fromisoformat(str(item["date"]))
        return CalendarDay(day, bool(item["working"]), str(item.get("source", "")))
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"calendar_days: {item!r} is not {{date, working, source}}") from exc


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
    SettingSpec("centre_head_name", "text", "Кенесова К.Ж.",
                QT_TRANSLATE_NOOP("Settings", "Head of the Competence Centre")),
    SettingSpec("hr_head_name", "text", "Елеусизова Г.Л.", QT_TRANSLATE_NOOP("Settings", "Head of HR")),
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
