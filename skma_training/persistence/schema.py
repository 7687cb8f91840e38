"""The database tables (SQLAlchemy 2 declarative).

Portable on purpose: SQLite today, a shared PostgreSQL later. Codes are plain
strings checked by the domain (no database enums to migrate), dates are DATE,
every constraint is named (Alembic batch mode on SQLite needs the names).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def text_column(length: int | None = None):
    """Text that is never NULL: empty by default, in Python and in the database alike."""
    return mapped_column(String(length) if length else Text, default="", server_default="")


def flag(default: bool):
    return mapped_column(Boolean, default=default, server_default=true() if default else false())


def version_column():
    """The row's version: bumped by the database on every update (persistence/triggers.py)."""
    return mapped_column(Integer, default=1, server_default="1")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class Faculty(Base):
    """A faculty, school or division (факультет) grouping departments."""

    __tablename__ = "faculty"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_kk: Mapped[str] = text_column(200)
    name_ru: Mapped[str] = text_column(200)


class Department(Base):
    """A department (кафедра) or structural unit."""

    __tablename__ = "department"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    name_kk: Mapped[str] = text_column(300)
    name_ru: Mapped[str] = text_column(300)
    faculty_id: Mapped[int | None] = mapped_column(
        ForeignKey("faculty.id", ondelete="SET NULL"), nullable=True
    )
    unit_kind: Mapped[str] = mapped_column(String(20), default="department", server_default="department")  # department/college/admin
    # the head of the unit (printed on its documents, told of its deadlines)
    head_employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL", use_alter=True), nullable=True
    )


class EmployeeRow(Timestamps, Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    iin: Mapped[str] = mapped_column(String(12), unique=True)
    full_name: Mapped[str] = mapped_column(String(300))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), nullable=True, index=True
    )
    position: Mapped[str] = text_column(200)
    category: Mapped[str] = mapped_column(String(32))
    is_head: Mapped[bool] = flag(False)
    healthcare: Mapped[bool] = flag(False)
    # head of a teaching department (кафедра): not a management post of E464 4.5
    is_teaching_head: Mapped[bool] = flag(False)
    profile: Mapped[str] = text_column(300)
    hired_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    email: Mapped[str] = text_column(200)
    phone: Mapped[str] = text_column(50)
    # the language of the e-mails they get: kk or ru, empty for the academy's (reminders)
    language: Mapped[str] = text_column(2)
    version: Mapped[int] = version_column()


class ActivityRow(Timestamps, Base):
    """A PD or CPD activity with its paperwork (1:1, so it lives in the same row)."""

    __tablename__ = "activity"
    __table_args__ = (
        # the identity an import matches on: IIN (via employee), kind, title, start date;
        # its index also serves every lookup by employee
        UniqueConstraint("employee_id", "kind", "title", "starts_on", name="uq_activity_identity"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(500))
    provider: Mapped[str] = text_column(300)
    country: Mapped[str] = text_column(100)
    scope: Mapped[str] = text_column(20)
    starts_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    credits: Mapped[float | None] = mapped_column(Float, nullable=True)
    in_profile: Mapped[bool] = flag(True)
    management: Mapped[bool] = flag(False)
    # what some CPD kinds need
    days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    with_talk: Mapped[bool] = flag(False)
    quartile: Mapped[int | None] = mapped_column(Integer, nullable=True)
    author_position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    test_items: Mapped[int | None] = mapped_column(Integer, nullable=True)
    clinical_cases: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # paperwork
    application_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    order_no: Mapped[str] = text_column(100)
    order_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    certificate_no: Mapped[str] = text_column(100)
    certificate_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    certificate_file: Mapped[str] = text_column(500)
    certificate_copy_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # copy handed in (E464 7.2)
    report_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    supervisor: Mapped[str] = text_column(300)
    review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    meeting_protocol_no: Mapped[str] = text_column(50)
    meeting_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    implementation_plan_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cost: Mapped[float | None] = mapped_column(Float, nullable=True)
    funding: Mapped[str] = text_column(32)
    contract_no: Mapped[str] = text_column(100)
    notes: Mapped[str] = text_column()
    version: Mapped[int] = version_column()


class Plan(Base):
    """The academy's PD plan for one calendar year (E464 5.5)."""

    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    status: Mapped[str] = mapped_column(String(20), default="draft", server_default="draft")  # draft / approved
    approved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    approved_by: Mapped[str] = text_column(200)
    notes: Mapped[str] = text_column()
    version: Mapped[int] = version_column()


class PlanRequest(Base):
    """A department's request (өтінім / заявка) for the plan year (E464 5.4)."""

    __tablename__ = "plan_request"
    __table_args__ = (UniqueConstraint("year", "department_id", name="uq_plan_request_department"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20), default="draft", server_default="draft")  # draft / submitted
    submitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    submitted_by: Mapped[str] = text_column(200)
    note: Mapped[str] = text_column()
    version: Mapped[int] = version_column()


class PlanItem(Base):
    """One planned PD of one employee, from a department request."""

    __tablename__ = "plan_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("plan_request.id", ondelete="CASCADE"), index=True
    )
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32), default="course", server_default="course")
    title: Mapped[str] = text_column(500)
    provider: Mapped[str] = text_column(300)
    country: Mapped[str] = text_column(100)
    planned_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    planned_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    quarter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    hours: Mapped[float | None] = mapped_column(Float, nullable=True)
    cost: Mapped[float | None] = mapped_column(Float, nullable=True)
    funding: Mapped[str] = text_column(32)
    with_leave: Mapped[bool] = flag(False)
    in_plan: Mapped[bool] = flag(True)  # kept when consolidated
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activity.id", ondelete="SET NULL"), nullable=True
    )
    version: Mapped[int] = version_column()


class PlanAmendment(Base):
    """A change to an approved plan, with its date and reason (E464 5.5)."""

    __tablename__ = "plan_amendment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    amended_on: Mapped[date] = mapped_column(Date)
    action: Mapped[str] = mapped_column(String(20))  # added / removed / changed
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_item.id", ondelete="SET NULL"), nullable=True
    )
    reason: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = text_column()
    recorded_by: Mapped[str] = text_column(200)


class EmployeeStatus(Base):
    """A period of an employee's category and head/healthcare status, from ``since`` on.

    The employee row holds the current values; these periods let a check of a past
    date use the status held then, and give an appointment its own grace period.
    """

    __tablename__ = "employee_status"
    __table_args__ = (UniqueConstraint("employee_id", "since", name="uq_employee_status_since"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    since: Mapped[date] = mapped_column(Date)
    category: Mapped[str] = mapped_column(String(32))
    is_head: Mapped[bool] = flag(False)
    is_teaching_head: Mapped[bool] = flag(False)
    healthcare: Mapped[bool] = flag(False)


class SettingChange(Base):
    """A dated change of a setting that changes how the rules are read (effective from a day)."""

    __tablename__ = "setting_change"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), index=True)
    value: Mapped[str] = mapped_column(Text)
    effective_from: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    recorded_by: Mapped[str] = text_column(200)


class Setting(Base):
    """Business settings that belong with the data (JSON values)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Who changed what, when. Rows of changed records are written by triggers
    (persistence/triggers.py); ``before``/``after`` hold the changed fields as JSON.
    Append-only: triggers refuse UPDATE and DELETE."""

    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.current_timestamp())
    actor: Mapped[str] = text_column(200)
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    summary: Mapped[str] = text_column()
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)


class SentMessage(Base):
    """One reminder e-mail and what the server answered: nothing is sent twice.

    ``key`` names the deadline and the moment of the reminder (e.g. 7 days before); a
    recipient gets one message per key. ``status`` is ``sending`` while it is with the
    server, then ``sent`` or ``failed`` (tried again on the next run).
    """

    __tablename__ = "sent_message"
    __table_args__ = (UniqueConstraint("recipient", "key", name="uq_sent_message_recipient_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    recipient: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(50), index=True)
    key: Mapped[str] = mapped_column(String(300))
    as_of: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = text_column(2)
    subject: Mapped[str] = text_column()
    status: Mapped[str] = mapped_column(String(20))
    answer: Mapped[str] = text_column()
    attempts: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )


class AppUser(Base):
    """A person who logs in to the shared register: a PostgreSQL login role of the same name.

    The password is the server's (SCRAM); only the name, role and state live here."""

    __tablename__ = "app_user"
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    full_name: Mapped[str] = text_column(300)
    role: Mapped[str] = mapped_column(String(20))  # centre / hr / head / viewer
    disabled: Mapped[bool] = flag(False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.current_timestamp())


class UserDepartment(Base):
    """The departments a head may see and change; the server's row-level security reads it."""

    __tablename__ = "user_department"
    login: Mapped[str] = mapped_column(ForeignKey("app_user.login", ondelete="CASCADE"), primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), primary_key=True)
