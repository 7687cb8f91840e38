"""Reminders by e-mail: what is sent, when, to whom, and the log that keeps it to once.

What (the days are settings, ``remind_<kind>_days``: days before the due date, ``end``
= the activity's last day, ``overdue`` = the day after the due date):

- each deadline of an employee (application, certificate and report, any later kind)
  to the employee; one of a department (``department_id``, e.g. the request) to its
  head; one of the academy (the plan) to the centre, with the requests still missing;
- each employee's 3-year checks, by due date, to the employee;
- on the digest weekday (or on demand) a digest of what is overdue or due within
  ``digest_days`` to HR (by department, the HR list attached, staff without an
  address named) and to each department head (their department only).

A reminder whose day was missed (no run that day) still goes within
``CATCH_UP_DAYS``, unless a later reminder of the same deadline is due by then.

Once: every message has a key (the deadline and the moment); the log row is written
as ``sending`` and committed before the server is asked, then becomes ``sent`` or
``failed``. A failed one goes again on the next run; a ``sending`` one (the run was
killed while the server had it) is never sent again, only reported.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from skma_training.domain.compliance import check_label
from skma_training.domain.dates import day_text
from skma_training.domain.deadlines import DeadlineState, deadline_kind_label
from skma_training.domain.model import Employee
from skma_training.errors import KnownError, NotFound
from skma_training.i18n import QT_TRANSLATE_NOOP, translate
from skma_training.persistence.schema import (
    ActivityRow,
    Department,
    EmployeeRow,
    PlanRequest,
    SentMessage,
)
from skma_training.services.context import Context
from skma_training.services.mail_templates import MAIL_LANGUAGES, Item, MailTemplates, Rendered
from skma_training.services.mailer import DeliveryFailed, Mailer, SmtpConfig
from skma_training.services.settings import SETTINGS, WEEKDAYS

log = logging.getLogger(__name__)

CATCH_UP_DAYS = 6  # a weekly run still sends what fell due since the last one
SENT, SENDING, FAILED = "sent", "sending", "failed"
OVERDUE, END = "overdue", "end"
HR_DIGEST, HEAD_DIGEST, CHECK = "hr_digest", "head_digest", "check"
ACTIVE = (DeadlineState.PENDING, DeadlineState.OVERDUE)

MESSAGE_KIND_LABELS = {
    CHECK: QT_TRANSLATE_NOOP("Reminders", "3-year check"),
    HR_DIGEST: QT_TRANSLATE_NOOP("Reminders", "HR digest"),
    HEAD_DIGEST: QT_TRANSLATE_NOOP("Reminders", "Department head's digest"),
}


def message_kind_label(kind: str, lang: str | None = None) -> str:
    """A message's kind in words: the deadline's name, or one of the reminders' own."""
    if kind in MESSAGE_KIND_LABELS:
        return translate("Reminders", MESSAGE_KIND_LABELS[kind], lang)
    return deadline_kind_label(kind, lang)


MSG_BAD_LANGUAGE = QT_TRANSLATE_NOOP("Errors", "The language of e-mails is kk or ru, not «{lang}»")
MSG_NO_EMPLOYEE = QT_TRANSLATE_NOOP("Errors", "No employee with IIN {iin}")


@dataclass
class Outgoing:
    """One message to send: to whom, which reminder (``key``), what it says."""

    to: tuple[str, ...]
    lang: str
    kind: str
    key: str
    rendered: Rendered
    attachments: Callable[[], list[tuple[str, bytes]]] | None = None

    @property
    def recipient(self) -> str:
        return ", ".join(sorted(address.lower() for address in self.to))

    @property
    def subject(self) -> str:
        return self.rendered.subject


@dataclass
class NoAddress:
    """Someone who should have been told but has no e-mail address."""

    name: str
    iin: str
    department: str
    kind: str


@dataclass
class Planned:
    messages: list[Outgoing] = field(default_factory=list)
    no_address: list[NoAddress] = field(default_factory=list)


@dataclass
class RunReport:
    as_of: date
    dry_run: bool = False
    sent: list[Outgoing] = field(default_factory=list)
    failed: list[tuple[Outgoing, str]] = field(default_factory=list)
    skipped_already_sent: int = 0
    unconfirmed: list[Outgoing] = field(default_factory=list)
    no_address: list[NoAddress] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_json(self) -> dict[str, Any]:
        def brief(m: Outgoing) -> dict[str, str]:
            return {"to": m.recipient, "kind": m.kind, "subject": m.subject}

        return {
            "as_of": self.as_of, "dry_run": self.dry_run,
            "sent": [brief(m) for m in self.sent],
            "failed": [{**brief(m), "error": error} for m, error in self.failed],
            "skipped_already_sent": self.skipped_already_sent,
            "unconfirmed": [brief(m) for m in self.unconfirmed],
            "no_address": [vars(n) for n in self.no_address],
        }


def parse_days(text: str) -> list[str]:
    return [part.strip() for part in str(text or "").split(",") if part.strip()]


def days_setting(kind: str) -> str:
    key = f"remind_{kind}_days"
    return key if key in SETTINGS else "remind_other_days"


def moment_on(tokens: list[str], due: date, as_of: date, end: date | None = None) -> str | None:
    """The reminder due on ``as_of``: the latest one reached, at most CATCH_UP_DAYS late.

    A reminder before the due date is no longer sent once the date has passed; ``overdue``
    only then.
    """
    reached = []
    for token in tokens:
        if token == OVERDUE:
            day = due + timedelta(days=1)
        elif token == END:
            day = end
        elif token.isdigit():
            day = due - timedelta(days=int(token))
        else:
            continue
        if day is not None and day <= as_of:
            reached.append((day, token))
    if not reached:
        return None
    day, token = max(reached)
    if (as_of - day).days > CATCH_UP_DAYS:
        return None
    if (token == OVERDUE) != (as_of > due):
        return None
    return token


def template_moment(token: str) -> str:
    return token if token in (OVERDUE, END) else "before"


def _addresses(text: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in str(text or "").split(",") if a.strip())


class _Planner:
    """Works out the day's messages from the register; sends nothing, writes nothing."""

    def __init__(self, ctx: Context, as_of: date, settings: dict[str, Any],
                 templates: MailTemplates | None = None):
        from skma_training.services.queries import staff_statuses, tracked_deadlines

        self.ctx, self.as_of, self.settings = ctx, as_of, settings
        self.templates = templates or MailTemplates.load()
        self.snapshot = ctx.snapshot(light=True)  # the titles: only of the deadlines still open
        self.deadlines = tracked_deadlines(ctx, as_of, snapshot=self.snapshot, settings=settings)
        self.statuses = staff_statuses(ctx, as_of, snapshot=self.snapshot,
                                       rules=ctx.rules_for(as_of, settings))
        self.activities = {a.id: a for a in self.snapshot.activities}
        self.titles = self._titles({d.activity_id for d in self.deadlines
                                    if d.state in ACTIVE and d.activity_id is not None})
        self.employees = self.snapshot.employee_by_id
        with ctx.database.session() as session:
            self.languages = dict(session.execute(select(EmployeeRow.id, EmployeeRow.language)).all())
            self.units = {row.id: row for row in session.execute(select(
                Department.id, Department.name, Department.name_kk, Department.name_ru,
                Department.head_employee_id))}
            self.submitted = defaultdict(set)
            for year, dep_id in session.execute(select(PlanRequest.year, PlanRequest.department_id)
                                                .where(PlanRequest.submitted_on.is_not(None))):
                self.submitted[year].add(dep_id)
        self.default_lang = settings.get("mail_language") or "ru"
        self.out = Planned()
        self._entries: dict[str, dict] = {}

    def _titles(self, ids: set[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        wanted = sorted(ids)
        with self.ctx.database.session() as session:
            for start in range(0, len(wanted), 500):  # within every database's parameter limit
                chunk = wanted[start:start + 500]
                found.update(session.execute(select(ActivityRow.id, ActivityRow.title)
                                             .where(ActivityRow.id.in_(chunk))).all())
        return found

    # -- who and in which words

    def lang_of(self, employee_id: int | None) -> str:
        lang = self.languages.get(employee_id) or ""
        return lang if lang in MAIL_LANGUAGES else self.default_lang

    def department_name(self, dep_id: int | None, lang: str) -> str:
        row = self.units.get(dep_id)
        if row is None:
            return self.templates.word("no_department", lang)
        return getattr(row, f"name_{lang}", "") or row.name

    def values(self, lang: str, **more: Any) -> dict[str, Any]:
        centre = ", ".join(_addresses(self.settings.get("centre_email"))) or "—"
        return {"academy": self.settings.get(f"academy_name_{lang}", ""), "centre": centre,
                "as_of": day_text(self.as_of), **more}

    def _missing(self, employee: Employee | None, kind: str, dep_id: int | None = None) -> None:
        lang = self.default_lang
        if employee is not None:
            self.out.no_address.append(NoAddress(employee.full_name, employee.iin,
                                                 self.department_name(employee.department_id, lang),
                                                 kind))
        else:
            self.out.no_address.append(NoAddress("", "", self.department_name(dep_id, lang), kind))

    # -- the messages

    def deadline_messages(self) -> None:
        for d in self.deadlines:
            if d.state not in ACTIVE:
                continue
            activity = self.activities.get(d.activity_id)
            tokens = parse_days(self.settings.get(days_setting(d.kind), ""))
            token = moment_on(tokens, d.due_date, self.as_of, activity.ends_on if activity else None)
            if token is None:
                continue
            dep_id = getattr(d, "department_id", None)
            ident = (f"a{d.activity_id}" if d.activity_id else f"d{dep_id}" if dep_id
                     else f"e{d.employee_id}" if d.employee_id else f"y{d.plan_year}")
            key = f"{d.kind}:{ident}:{d.due_date.isoformat()}:{token}"
            items: list[Item] = []
            name = ""
            if d.employee_id is not None:
                employee = self.employees.get(d.employee_id)
                if employee is None:
                    continue
                if not employee.email:
                    self._missing(employee, d.kind)
                    continue
                to, lang, name = _addresses(employee.email), self.lang_of(employee.id), employee.full_name
            elif dep_id is not None:
                head_id = getattr(self.units.get(dep_id), "head_employee_id", None)
                head = self.employees.get(head_id)
                if head is None or not head.email:
                    self._missing(head, d.kind, dep_id)
                    continue
                to, lang, name = _addresses(head.email), self.lang_of(head.id), head.full_name
            else:
                to, lang = _addresses(self.settings.get("centre_email")), self.default_lang
                if not to:
                    self._missing(None, d.kind)
                    continue
                if d.plan_year is not None:
                    items = self.missing_requests(d.plan_year, lang)
            values = self.values(
                lang, name=name, due=day_text(d.due_date), days=(d.due_date - self.as_of).days,
                kind=deadline_kind_label(d.kind, lang), year=d.plan_year or "",
                department=self.department_name(dep_id, lang) if dep_id else "",
                activity=self.titles.get(d.activity_id, ""),
                start=day_text(activity.starts_on) if activity else "",
                end=day_text(activity.ends_on) if activity else "")
            rendered = self.templates.render(str(d.kind), template_moment(token), lang, values, items)
            self.out.messages.append(Outgoing(to, lang, str(d.kind), key, rendered))

    def missing_requests(self, year: int, lang: str) -> list[Item]:
        staffed = {e.department_id for e in self.employees.values()
                   if e.department_id is not None and e.employed_on(self.as_of)}
        missing = sorted(self.department_name(dep_id, lang) for dep_id in staffed
                         if dep_id in self.units and dep_id not in self.submitted[year])
        return missing or [self.templates.word("all_submitted", lang)]

    def check_messages(self) -> None:
        tokens = parse_days(self.settings.get("remind_check_days", ""))
        for status in self.statuses:
            employee = status.employee
            by_due = defaultdict(list)
            for check in status.checks:
                if check.due_date is not None:
                    by_due[check.due_date].append(check)
            for due, checks in sorted(by_due.items()):
                token = moment_on(tokens, due, self.as_of)
                if token is None:
                    continue
                if not employee.email:
                    self._missing(employee, CHECK)
                    continue
                lang = self.lang_of(employee.id)
                items = [_check_line(c, lang) for c in checks]
                values = self.values(lang, name=employee.full_name, due=day_text(due),
                                     days=(due - self.as_of).days, kind=self.templates.word("check", lang))
                rendered = self.templates.render(CHECK, template_moment(token), lang, values, items)
                key = f"{CHECK}:e{employee.id}:{due.isoformat()}:{token}"
                self.out.messages.append(Outgoing(_addresses(employee.email), lang, CHECK, key, rendered))

    # -- digests

    def digest_entries(self, lang: str) -> dict[int | None, list[tuple[date, str, Employee | None]]]:
        """What is overdue or due within the horizon, by department: (due, line, employee)."""
        if lang not in self._entries:  # one pass per language, not one per department
            self._entries[lang] = self._digest_entries(lang)
        return self._entries[lang]

    def _digest_entries(self, lang: str) -> dict[int | None, list[tuple[date, str, Employee | None]]]:
        horizon = self.as_of + timedelta(days=int(self.settings.get("digest_days") or 14))
        found: dict[int | None, list] = defaultdict(list)
        overdue = self.templates.word("overdue", lang)
        for d in self.deadlines:
            if d.state not in ACTIVE or d.due_date > horizon:
                continue
            employee = self.employees.get(d.employee_id)
            dep_id = employee.department_id if employee else getattr(d, "department_id", None)
            if employee is None and dep_id is None:
                continue  # the academy's own (the plan): the centre's reminder
            what = deadline_kind_label(d.kind, lang)
            if d.activity_id in self.titles:
                what += f": «{self.titles[d.activity_id]}»"
            when = self.templates.word("due_on", lang, due=day_text(d.due_date))
            if d.state == DeadlineState.OVERDUE:
                when += f", {overdue}"
            parts = [employee.full_name if employee else self.department_name(dep_id, lang), what, when]
            found[dep_id].append((d.due_date, " — ".join(parts), employee))
        for status in self.statuses:
            late = [c for c in status.checks if c.due_date is not None and c.due_date <= horizon]
            if not late:
                continue
            due = min(c.due_date for c in late)
            when = f", {overdue}" if due < self.as_of else ""
            labels = "; ".join(check_label(c.rule, lang) for c in late)
            line = " — ".join([status.employee.full_name, f"{self.templates.word('check', lang)}: {labels}",
                               self.templates.word("due_on", lang, due=day_text(due)) + when])
            found[status.employee.department_id].append((due, line, status.employee))
        return found

    def digest_items(self, lang: str, entries: dict, departments: list[int | None]) -> list[Item]:
        items: list[Item] = []
        no_address: dict[str, str] = {}
        for dep_id in sorted(departments, key=lambda i: self.department_name(i, lang).lower()):
            rows = sorted(entries.get(dep_id, []), key=lambda r: (r[0], r[1]))
            if rows:
                items.append((self.department_name(dep_id, lang), [line for _, line, _ in rows]))
            for _, _, employee in rows:
                if employee is not None and not employee.email:
                    no_address[employee.iin] = (f"{employee.full_name} ({employee.iin}), "
                                                f"{self.department_name(employee.department_id, lang)}")
        if no_address:
            items.append((self.templates.word("no_address", lang), sorted(no_address.values())))
        return items or [self.templates.word("nothing", lang)]

    def digest_messages(self) -> None:
        horizon = int(self.settings.get("digest_days") or 14)
        hr = _addresses(self.settings.get("hr_email"))
        if hr:
            lang = self.default_lang
            entries = self.digest_entries(lang)
            items = self.digest_items(lang, entries, list(entries))
            rendered = self.templates.render(HR_DIGEST, "digest", lang,
                                             self.values(lang, horizon=horizon), items, greet=False)
            self.out.messages.append(Outgoing(hr, lang, HR_DIGEST, f"{HR_DIGEST}:{self.as_of.isoformat()}",
                                              rendered, self.hr_list_attachment(lang)))
        else:
            self._missing(None, HR_DIGEST)
        for dep_id, unit in sorted(self.units.items()):
            head = self.employees.get(unit.head_employee_id)
            if head is None:
                continue
            lang = self.lang_of(head.id)
            entries = self.digest_entries(lang)
            if not entries.get(dep_id):
                continue
            if not head.email:
                self._missing(head, HEAD_DIGEST)
                continue
            values = self.values(lang, name=head.full_name, horizon=horizon,
                                 department=self.department_name(dep_id, lang))
            rendered = self.templates.render(HEAD_DIGEST, "digest", lang, values,
                                             self.digest_items(lang, entries, [dep_id]))
            key = f"{HEAD_DIGEST}:d{dep_id}:{self.as_of.isoformat()}"
            self.out.messages.append(Outgoing(_addresses(head.email), lang, HEAD_DIGEST, key, rendered))

    def hr_list_attachment(self, lang: str) -> Callable[[], list[tuple[str, bytes]]]:
        ctx, as_of = self.ctx, self.as_of

        def build() -> list[tuple[str, bytes]]:
            from skma_training.services.printing import PrintRequest, print_document

            name = f"hr-list-{as_of.isoformat()}.xlsx"
            with tempfile.TemporaryDirectory() as folder:
                path = print_document(ctx, PrintRequest("hr-list", lang=lang, as_of=as_of),
                                      Path(folder) / name)
                return [(name, path.read_bytes())]

        return build


def _check_line(check, lang: str) -> str:
    line = check_label(check.rule, lang)
    if check.required:
        line += f": {check.hours or 0:g} / {check.required:g}"
    return line


def digest_day(settings: dict[str, Any], as_of: date) -> bool:
    weekday = settings.get("digest_weekday") or "monday"
    return weekday != "never" and WEEKDAYS.index(weekday) == as_of.weekday()


def plan_reminders(ctx: Context, as_of: date, *, digest: bool = False,
                   settings: dict[str, Any] | None = None,
                   templates: MailTemplates | None = None) -> Planned:
    """The messages due on ``as_of`` (the digests on their weekday, or when ``digest``)."""
    settings = settings if settings is not None else ctx.settings()
    planner = _Planner(ctx, as_of, settings, templates)
    planner.deadline_messages()
    planner.check_messages()
    if digest or digest_day(settings, as_of):
        planner.digest_messages()
    return planner.out


# -- the log


def log_state(ctx: Context) -> dict[tuple[str, str], str]:
    with ctx.database.session() as session:
        return {(r, k): s for r, k, s in session.execute(
            select(SentMessage.recipient, SentMessage.key, SentMessage.status))}


def _claim(ctx: Context, message: Outgoing, as_of: date, again: tuple[str, ...] = (FAILED,)) -> bool:
    """Write the message down as ``sending`` (committed) unless it went already; True to go.

    ``again``: the states sent again (failed; and unconfirmed ones when the user says so).
    """
    try:
        with ctx.transaction() as session:
            row = session.execute(select(SentMessage).where(
                SentMessage.recipient == message.recipient, SentMessage.key == message.key)
            ).scalar_one_or_none()
            if row is None:
                session.add(SentMessage(recipient=message.recipient, kind=message.kind, key=message.key,
                                        as_of=as_of, language=message.lang, subject=message.subject,
                                        status=SENDING, answer="", attempts=1))
                return True
            if row.status not in again:
                return False
            row.status, row.as_of, row.subject, row.attempts = SENDING, as_of, message.subject, row.attempts + 1
            return True
    except IntegrityError:  # another run wrote it at the same moment
        return False


def _finish(ctx: Context, message: Outgoing, status: str, answer: str) -> None:
    with ctx.transaction() as session:
        session.execute(update(SentMessage).where(
            SentMessage.recipient == message.recipient, SentMessage.key == message.key
        ).values(status=status, answer=answer[:2000]))


def build_email(message: Outgoing, config: SmtpConfig) -> EmailMessage:
    email = EmailMessage()
    email["From"] = config.from_header
    email["To"] = ", ".join(message.to)
    email["Subject"] = message.subject
    domain = config.sender.rpartition("@")[2] or "skma-training"
    digest = hashlib.sha256(f"{message.recipient}|{message.key}".encode()).hexdigest()[:32]
    email["Message-ID"] = f"<{digest}@{domain}>"  # the same for a message retried
    email["Auto-Submitted"] = "auto-generated"  # no out-of-office replies (RFC 3834)
    # quoted-printable: Cyrillic lines are long, and SMTP allows 998 bytes a line
    email.set_content(message.rendered.text, cte="quoted-printable")
    email.add_alternative(message.rendered.html, subtype="html", cte="quoted-printable")
    for name, data in (message.attachments() if message.attachments else []):
        email.add_attachment(data, maintype="application",
                             subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             filename=name)
    email["Content-Language"] = message.lang  # after the parts: set_content drops Content-*
    return email


def send_reminders(ctx: Context, as_of: date | None = None, *, dry_run: bool = False,
                   digest: bool = False, mailer: Mailer | None = None,
                   templates: MailTemplates | None = None,
                   resend_unconfirmed: bool = False) -> RunReport:
    """Send what is due and not yet sent; ``dry_run`` lists it and changes nothing.

    ``resend_unconfirmed`` sends again those a killed run left unconfirmed (the user
    checked that they did not arrive).
    """
    as_of = as_of or ctx.today()
    settings = ctx.settings()
    planned = plan_reminders(ctx, as_of, digest=digest, settings=settings, templates=templates)
    report = RunReport(as_of, dry_run, no_address=planned.no_address)
    state = log_state(ctx)
    todo = []
    for message in planned.messages:
        status = state.get((message.recipient, message.key))
        if status == SENT:
            report.skipped_already_sent += 1
        elif status == SENDING and not resend_unconfirmed:
            report.unconfirmed.append(message)
        else:
            todo.append(message)
    if dry_run or not todo:
        report.sent = todo if dry_run else []
        return report
    mailer = mailer or Mailer(SmtpConfig.from_settings(settings))
    with mailer:
        for message in todo:
            if not _claim(ctx, message, as_of, (FAILED, SENDING) if resend_unconfirmed else (FAILED,)):
                report.skipped_already_sent += 1
                continue
            try:
                answer = mailer.send(build_email(message, mailer.config))
            except DeliveryFailed as error:
                _finish(ctx, message, FAILED, error.answer)
                report.failed.append((message, error.answer))
                log.warning("reminder %s to %s failed: %s", message.key, message.recipient, error.answer)
            except Exception as error:  # e.g. the attachment could not be made: this one only
                log.exception("reminder %s could not be prepared", message.key)
                _finish(ctx, message, FAILED, f"{type(error).__name__}: {error}")
                report.failed.append((message, f"{type(error).__name__}: {error}"))
            else:
                _finish(ctx, message, SENT, answer)
                report.sent.append(message)
                log.info("reminder %s sent to %s: %s", message.key, message.recipient, answer)
    return report


@dataclass(frozen=True)
class LogEntry:
    recipient: str
    kind: str
    key: str
    as_of: date
    subject: str
    status: str
    answer: str
    attempts: int
    updated_at: Any


def sent_log(ctx: Context, limit: int = 500) -> list[LogEntry]:
    """The latest messages first: who was told what, when, and what the server said."""
    with ctx.database.session() as session:
        rows = session.execute(select(
            SentMessage.recipient, SentMessage.kind, SentMessage.key, SentMessage.as_of,
            SentMessage.subject, SentMessage.status, SentMessage.answer, SentMessage.attempts,
            SentMessage.updated_at).order_by(SentMessage.id.desc()).limit(limit))
        return [LogEntry(*row) for row in rows]


def set_employee_language(ctx: Context, iin: str, lang: str) -> None:
    """The language of one employee's e-mails: kk, ru, or empty for the academy's."""
    lang = (lang or "").strip().lower()
    if lang not in ("", *MAIL_LANGUAGES):
        raise KnownError(MSG_BAD_LANGUAGE, lang=lang)
    with ctx.transaction() as session:
        row = session.execute(select(EmployeeRow).where(EmployeeRow.iin == iin.strip())).scalar_one_or_none()
        if row is None:
            raise NotFound(MSG_NO_EMPLOYEE, iin=iin)
        row.language = lang
