"""Logging in to the shared register: when a password is needed, and whether one works."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy.engine import make_url

from skma_training.persistence import postgres
from skma_training.persistence.database import resolve_url


@dataclass(frozen=True)
class LoginTarget:
    url: str  # without a password
    login: str
    key: str  # what the keyring files the password under: login@host:port/db

    def with_password(self, login: str, password: str) -> str:
        return make_url(self.url).set(username=login, password=password).render_as_string(hide_password=False)


def login_needed(db: str | os.PathLike | None) -> LoginTarget | None:
    """A PostgreSQL URL without a password asks for one (a SQLite file never does)."""
    url = resolve_url(db)
    if not postgres.is_postgres(url):
        return None
    parsed = make_url(url)
    if parsed.password is not None:
        return None
    login = parsed.username or ""
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"
    return LoginTarget(url=url, login=login, key=f"{login}@{where}")


def try_login(url: str) -> str | None:
    """None when it works, else the server's reason (a wrong password, no such login, ...)."""
    return postgres.check_login(url)
