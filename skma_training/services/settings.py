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

from skma_training.domain.rules import (
    CONFERENCE_TALK_MODES,
    DAY_MODES,
    HOURS_MODES,
    INTERNSHIP_WEEK_MODES,
    parse_month_day,
)
from skma_training.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from skma_training.persistence.schema import Setting


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    type: str  # text, choice, date, month_day, count
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
        return str(value).strip()


_SPECS = (
    SettingSpec("language", "choice", "", QT_TRANSLATE_NOOP("Settings", "Language"), ("",) + LANGUAGES),
    SettingSpec("academy_name_kk", "text", "«Оңтүстік Қазақстан медицина академиясы» АҚ",
                QT_TRANSLATE_NOOP("Settings", "Academy name (Kazakh)")),
    SettingSpec("academy_name_ru", "text", "АО «Южно-Казахстанская медицинская академия»",
                QT_TRANSLATE_NOOP("Settings", "Academy name (Russian)")),
    SettingSpec("academy_name_en", "text", "South Kazakhstan Medical Academy JSC",
                QT_TRANSLATE_NOOP("Settings", "Academy name (English)")),
    SettingSpec("hours_mode", "choice", "sum", QT_TRANSLATE_NOOP("Settings", "Counting faculty hours"),
                HOURS_MODES),
    SettingSpec("day_mode", "choice", "calendar", QT_TRANSLATE_NOOP("Settings", "Deadline days"), DAY_MODES),
    SettingSpec("conference_talk", "choice", "per_event",
                QT_TRANSLATE_NOOP("Settings", "Conference talk credit units"), CONFERENCE_TALK_MODES),
    SettingSpec("internship_weeks", "choice", "whole",
                QT_TRANSLATE_NOOP("Settings", "Internship weeks"), INTERNSHIP_WEEK_MODES),
    SettingSpec("request_due", "month_day", "11-01",
                QT_TRANSLATE_NOOP("Settings", "Department requests due (month-day)")),
    SettingSpec("register_started_on", "date", None,
                QT_TRANSLATE_NOOP("Settings", "Deadlines tracked from")),
    SettingSpec("rector_title_kk", "text", "Басқарма Төрағасы – Ректор",
                QT_TRANSLATE_NOOP("Settings", "Rector's title (Kazakh)")),
    SettingSpec("rector_title_ru", "text", "Председатель Правления – Ректор",
                QT_TRANSLATE_NOOP("Settings", "Rector's title (Russian)")),
    SettingSpec("rector_name", "text", "", QT_TRANSLATE_NOOP("Settings", "Rector (initials and surname)")),
    SettingSpec("centre_head_name", "text", "Кенесова К.Ж.",
                QT_TRANSLATE_NOOP("Settings", "Head of the Competence Centre")),
    SettingSpec("hr_head_name", "text", "Елеусизова Г.Л.", QT_TRANSLATE_NOOP("Settings", "Head of HR")),
    # how many automatic backups services.backup keeps: the newest of so many days, weeks, months
    SettingSpec("backup_keep_daily", "count", 7, QT_TRANSLATE_NOOP("Settings", "Daily backups kept")),
    SettingSpec("backup_keep_weekly", "count", 4, QT_TRANSLATE_NOOP("Settings", "Weekly backups kept")),
    SettingSpec("backup_keep_monthly", "count", 12, QT_TRANSLATE_NOOP("Settings", "Monthly backups kept")),
)
SETTINGS = {spec.key: spec for spec in _SPECS}
INTERPRETATION_KEYS = ("hours_mode", "day_mode", "conference_talk", "internship_weeks")


def _encode(value: Any) -> str:
    return json.dumps(value.isoformat() if isinstance(value, date) else value, ensure_ascii=False)


def _decode(spec: SettingSpec, text: str) -> Any:
    value = json.loads(text)
    if spec.type == "date" and value:
        return date.fromisoformat(value)
    return value


def read_settings(session: Session) -> dict[str, Any]:
    values = {key: spec.default for key, spec in SETTINGS.items()}
    for key, text in session.execute(select(Setting.key, Setting.value)):
        spec = SETTINGS.get(key)
        if spec is not None:
            try:
                values[key] = _decode(spec, text)
            except (ValueError, TypeError):
                pass  # a damaged value falls back to the default
    return values


def write_settings(session: Session, changes: dict[str, Any]) -> dict[str, Any]:
    """Store cleaned values; returns what was stored. Unknown keys are a programming error."""
    stored = {}
    for key, value in changes.items():
        spec = SETTINGS[key]
        cleaned = spec.clean(value)
        row = session.get(Setting, key)
        encoded = _encode(cleaned)
        if row is None:
            session.add(Setting(key=key, value=encoded))
        elif row.value != encoded:
            row.value = encoded
        stored[key] = cleaned
    return stored
