"""What every service needs, passed in explicitly: the database, the clock, who is acting."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from skma_training.domain.dates import kazakhstan_working_days
from skma_training.domain.rules import RuleBook, RuleSet, default_rule_book, shipped_calendar_days
from skma_training.domain.timeline import RuleTimeline
from skma_training.persistence.database import Database
from skma_training.persistence.records import Snapshot, load_snapshot
from skma_training.services.settings import DATED_CHANGES, read_settings, undated_values


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service environments
        return ""


@dataclass
class Context:
    database: Database
    today: Callable[[], date]  # the clock: the system's in the program, a fixed day in tests
    now: Callable[[], datetime] = datetime.now  # the time of day, for the names of backups
    actor: str = field(default_factory=_current_user)
    rule_book: RuleBook = field(default_factory=default_rule_book)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits at the end of the block, or rolls back on any error."""
        with self.database.write_session() as session, session.begin():
            session.connection()  # begin now, so the write lock is held before anything is read
            yield session

    def settings(self) -> dict[str, Any]:
        with self.database.session() as session:
            return read_settings(session)

    def timeline(self, settings: dict[str, Any] | None = None) -> RuleTimeline:
        """The rules for any date: the rule book's editions with the centre's dated readings."""
        values = settings if settings is not None else self.settings()
        return RuleTimeline(self.rule_book, values.get(DATED_CHANGES, ()), undated_values(values))

    def rules_for(self, as_of: date, settings: dict[str, Any] | None = None) -> RuleSet:
        """The rules in force on ``as_of`` with the centre's readings in force then."""
        return self.timeline(settings).for_date(as_of)

    def working_days(self, settings: dict[str, Any] | None = None) -> Callable[[date], bool]:
        """Kazakhstan's working days with the shipped and the centre's calendar changes."""
        values = settings if settings is not None else self.settings()
        return kazakhstan_working_days((*shipped_calendar_days(), *values.get("calendar_days", ())))

    def snapshot(self, light: bool = False) -> Snapshot:
        """The register in memory; ``light`` reads only the activity columns the rules use."""
        with self.database.engine.connect() as connection:
            return load_snapshot(connection, light=light)
