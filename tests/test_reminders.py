"""Reminders by e-mail, received by a local SMTP server: who, in which language, once."""

import ssl
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, select, update

from skma_training.domain.deadlines import Deadline, DeadlineState
from skma_training.domain.model import Activity, Employee, Paperwork
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import Department, PlanRequest, SentMessage
from skma_training.services import editing
from skma_training.services.context import Context
from skma_training.services.mailer import Mailer, SmtpConfig
from skma_training.services.reminders import moment_on, send_reminders, set_employee_language
from skma_training.services.settings import write_settings
from smtp_server import SmtpServer, make_certificate

MONDAY = date(2026, 11, 23)


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    monkeypatch.delenv("SKMA_TRAINING_SMTP_PASSWORD", raising=False)
    database = open_database(tmp_path / "remind.sqlite3")
    context = Context(database, today=lambda: MONDAY, actor="hr")
    with context.transaction() as session:
        surgery = session.execute(insert(Department).values(
            name="Кафедра общей хирургии", name_kk="Жалпы хирургия кафедрасы",
            name_ru="Кафедра общей хирургии")).inserted_primary_key[0]
        hr = session.execute(insert(Department).values(
            name="Отдел кадров", name_kk="Кадрлық қызмет бөлімі", name_ru="Отдел кадров")).inserted_primary_key[0]
        write_settings(session, {"history_date": date(2026, 1, 1), "hr_email": "hr@skma.kz",
                                 "centre_email": "centre@skma.kz", "mail_from": "register@skma.kz",
                                 "mail_from_name": "SKMA Training", "smtp_host": "127.0.0.1",
                                 "smtp_security": "none"})
    people = {
        "timur": Employee(None, "650103302000", "Абдуллаев Тимур", "faculty_university",
                          department_id=surgery, hired_on=date(2005, 9, 1), email="timur@skma.kz"),
        "zhanna": Employee(None, "700204402018", "Сейткали Жанна", "faculty_university",
                           department_id=surgery, hired_on=date(2005, 9, 1), email="zhanna@skma.kz"),
        "nurlan": Employee(None, "750305302029", "Оспанов Нурлан", "admin", department_id=hr,
                           hired_on=date(2001, 1, 1)),
    }
    for person in people.values():
        editing.save_employee(context, person)
    set_employee_language(context, "650103302000", "kk")
    with context.transaction() as session:
        session.execute(update(Department).where(Department.id == surgery)
                        .values(head_employee_id=people["timur"].id))
    save = lambda employee, *args, **kw: editing.save_activity(  # noqa: E731
        context, Activity(None, people[employee].id, *args, **kw))
    # Timur: PD in 2025 (checks fine till 2028); a course from 20.12: application due 30.11, 7 days ahead
    save("timur", "course", "Хирургия-2025", date(2025, 3, 1), date(2025, 3, 12), hours=72,
         paperwork=Paperwork(certificate_no="1", application_on=date(2025, 2, 1), report_on=date(2025, 3, 13)))
    save("timur", "course", "Лапароскопия", date(2026, 12, 20), date(2026, 12, 30), hours=72)
    # Zhanna: 72 h that ended 23.12.2023 count until 23.12.2026: her checks are due in 30 days;
    # a course ending today: certificate copy and report due 28.11 ("end" reminder today)
    save("zhanna", "course", "Терапия-2023", date(2023, 12, 11), date(2023, 12, 23), hours=72,
         paperwork=Paperwork(certificate_no="2"))
    save("zhanna", "course", "Эндоскопия", date(2026, 11, 10), date(2026, 11, 23), hours=36,
         paperwork=Paperwork(application_on=date(2026, 10, 15)))
    # Nurlan, no e-mail: application due 22.11 is overdue from today
    save("nurlan", "course", "Кадровое делопроизводство", date(2026, 12, 12), date(2026, 12, 14), hours=16)
    context.people, context.units = people, {"surgery": surgery, "hr": hr}
    yield context
    database.dispose()


def use_server(ctx, server, **more):
    with ctx.transaction() as session:
        write_settings(session, {"smtp_port": server.port, **more})


def by_recipient(server):
    return {tuple(r.recipients): r.message for r in server.received}


def body(message, subtype="plain"):
    return message.get_body(preferencelist=(subtype,)).get_content().replace("\r\n", "\n")


def test_each_person_gets_what_falls_due_in_their_language_and_a_second_run_sends_nothing(ctx):
    with SmtpServer() as server:
        use_server(ctx, server)
        report = send_reminders(ctx, MONDAY)
        assert report.ok and report.skipped_already_sent == 0
        kinds = sorted((m.recipient, m.kind) for m in report.sent)
        assert kinds == [("hr@skma.kz", "hr_digest"), ("timur@skma.kz", "application"),
                         ("timur@skma.kz", "head_digest"), ("zhanna@skma.kz", "check"),
                         ("zhanna@skma.kz", "report")]
        assert len(server.received) == 5
        messages = {(r.recipients[0], r.message["Subject"]): r.message for r in server.received}
        # Timur reads Kazakh: the application, 7 days before 30.11
        application = messages[("timur@skma.kz",
                                "Біліктілікті арттыруға жіберу туралы өтініш — 30.11.2026 дейін")]
        text = body(application)
        assert "Құрметті Абдуллаев Тимур!" in text and "«Лапароскопия»" in text and "7 күн қалды" in text
        assert "Лапароскопия" in body(application, "html") and application["Content-Language"] == "kk"
        assert application["From"] == "SKMA Training <register@skma.kz>"
        # Zhanna reads Russian (the academy's default): report on the last day, checks in 30 days
        report_mail = messages[("zhanna@skma.kz", "Копия сертификата и отчёт слушателя — до 28.11.2026")]
        assert "Сегодня завершается «Эндоскопия»." in body(report_mail)
        check = messages[("zhanna@skma.kz", "Срок повышения квалификации — до 23.12.2026")]
        assert "осталось дней: 30" in body(check) and "72 hours" not in body(check)
        # HR: the digest by department, Nurlan named as having no address, the HR list attached
        digest = next(r.message for r in server.received if r.recipients == ["hr@skma.kz"])
        assert digest["Subject"] == "Повышение квалификации: сроки на 23.11.2026"
        text = body(digest)
        assert "Отдел кадров" in text and "Кафедра общей хирургии" in text
        assert "Нет адреса эл. почты" in text and "Оспанов Нурлан (750305302029)" in text
        assert "  • Абдуллаев Тимур — Заявление: «Лапароскопия» — срок 30.11.2026\n" in text
        assert "Оспанов Нурлан — Заявление: «Кадровое делопроизводство» — срок 22.11.2026, просрочено" in text
        assert text.index("Кафедра общей хирургии") < text.index("Отдел кадров")  # by department
        [attachment] = list(digest.iter_attachments())
        assert attachment.get_filename() == "hr-list-2026-11-23.xlsx"
        load_workbook(BytesIO(attachment.get_content()))  # a real workbook
        # the head's digest: his department only, in Kazakh
        head = messages[("timur@skma.kz", "«Жалпы хирургия кафедрасы»: біліктілікті арттыру мерзімдері, 23.11.2026")]
        assert "Сейткали Жанна" in body(head) and "Оспанов" not in body(head)
        assert [n.iin for n in report.no_address if n.kind == "application"] == ["750305302029"]

        again = send_reminders(ctx, MONDAY)
        assert again.sent == [] and again.failed == [] and again.skipped_already_sent == 5
        assert len(server.received) == 5
    with ctx.database.session() as session:
        rows = session.execute(select(SentMessage.recipient, SentMessage.status, SentMessage.answer)).all()
    assert len(rows) == 5 and all(status == "sent" and answer.startswith("250") for _, status, answer in rows)


def test_the_next_day_brings_only_the_new_reminders(ctx):
    with SmtpServer() as server:
        use_server(ctx, server)
        send_reminders(ctx, MONDAY)
        server.received.clear()
        # Tuesday: no digest; the plan is 7 days away: the centre hears which requests are missing
        with ctx.transaction() as session:
            session.execute(insert(PlanRequest).values(year=2027, department_id=ctx.units["surgery"],
                                                       status="submitted", submitted_on=date(2026, 11, 1)))
        report = send_reminders(ctx, date(2026, 11, 24))
        assert [(m.recipient, m.kind) for m in report.sent] == [("centre@skma.kz", "plan")]
        [received] = server.received
        mail = received.message
        assert mail["Subject"] == "План повышения квалификации академии на 2027 год — до 01.12.2026"
        text = body(mail)
        assert "Отдел кадров" in text and "Кафедра общей хирургии" not in text


def test_a_refusal_and_a_dropped_connection_leave_those_messages_to_retry_and_lose_nothing_else(ctx):
    with SmtpServer() as server:
        use_server(ctx, server)
        server.handler.refuse = {"zhanna@skma.kz"}
        server.handler.drop_on_data = 1  # the first message to reach DATA is lost with the connection
        report = send_reminders(ctx, MONDAY)
        failed = {(m.recipient, m.kind): error for m, error in report.failed}
        assert len(failed) == 3 and not report.ok
        assert failed[("zhanna@skma.kz", "check")].startswith("550")
        assert failed[("zhanna@skma.kz", "report")].startswith("550")
        dropped = [key for key, error in failed.items() if not error.startswith("550")]
        assert len(dropped) == 1
        assert len(report.sent) == 2 and len(server.received) == 2  # the others went
        with ctx.database.session() as session:
            states = dict(session.execute(select(SentMessage.status, SentMessage.id)).all())
        assert set(states) == {"sent", "failed"}

        server.handler.refuse = set()
        retry = send_reminders(ctx, MONDAY)
        assert retry.ok and retry.skipped_already_sent == 2
        assert sorted((m.recipient, m.kind) for m in retry.sent) == sorted(failed)
        assert len(server.received) == 5
        assert len({(tuple(r.recipients), r.message["Subject"]) for r in server.received}) == 5
    with ctx.database.session() as session:
        attempts = sorted(session.execute(select(SentMessage.attempts)).scalars())
    assert attempts == [1, 1, 2, 2, 2]


def test_a_run_killed_while_the_server_had_a_message_never_sends_it_again(ctx):
    with SmtpServer() as server:
        use_server(ctx, server)
        mailer = Mailer(SmtpConfig.from_settings(ctx.settings()))
        real_send, calls = mailer.send, []

        def send_then_die(message):
            answer = real_send(message)
            calls.append(answer)
            if len(calls) == 2:
                raise KeyboardInterrupt  # killed after the server took it, before the log said so
            return answer

        mailer.send = send_then_die
        with pytest.raises(KeyboardInterrupt):
            send_reminders(ctx, MONDAY, mailer=mailer)
        assert len(server.received) == 2
        report = send_reminders(ctx, MONDAY)
        assert len(report.unconfirmed) == 1 and report.skipped_already_sent == 1
        assert len(report.sent) == 3 and len(server.received) == 5
        assert len({(tuple(r.recipients), r.message["Subject"]) for r in server.received}) == 5
        # still unconfirmed on the next run, until the user says it did not arrive
        assert len(send_reminders(ctx, MONDAY).unconfirmed) == 1 and len(server.received) == 5
        forced = send_reminders(ctx, MONDAY, resend_unconfirmed=True)
        assert len(forced.sent) == 1 and forced.unconfirmed == [] and len(server.received) == 6
        assert send_reminders(ctx, MONDAY).unconfirmed == []


def test_starttls_with_a_password_from_the_environment(ctx, tmp_path, monkeypatch):
    cert, key = make_certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    client_tls = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setenv("SKMA_TRAINING_SMTP_PASSWORD", "s3cret")
    with SmtpServer(tls_context=server_tls, password="s3cret") as server:
        use_server(ctx, server, smtp_security="starttls", smtp_user="register")
        mailer = Mailer(SmtpConfig.from_settings(ctx.settings()), ssl_context=client_tls)
        report = send_reminders(ctx, MONDAY, mailer=mailer)
        assert report.ok and len(server.received) == 5
        assert server.handler.logins == [("register", "ok")]
    with ctx.database.session() as session:
        logged = " ".join(session.execute(select(SentMessage.answer)).scalars())
        settings_text = " ".join(str(v) for v in ctx.settings().values())
    assert "s3cret" not in logged and "s3cret" not in settings_text


def test_a_wrong_password_fails_every_message_and_keeps_them_for_the_next_run(ctx, tmp_path, monkeypatch):
    cert, key = make_certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    client_tls = ssl.create_default_context(cafile=str(cert))
    monkeypatch.setenv("SKMA_TRAINING_SMTP_PASSWORD", "wrong")
    with SmtpServer(tls_context=server_tls, password="s3cret") as server:
        use_server(ctx, server, smtp_security="starttls", smtp_user="register")
        report = send_reminders(ctx, MONDAY, mailer=Mailer(SmtpConfig.from_settings(ctx.settings()),
                                                           ssl_context=client_tls))
        assert len(report.failed) == 5 and not server.received
        assert all(error.startswith("535") for _, error in report.failed)
        # smtplib tries PLAIN, then LOGIN: one login for the run, not one per message
        assert server.handler.logins == [("register", "refused")] * 2
    monkeypatch.setenv("SKMA_TRAINING_SMTP_PASSWORD", "s3cret")
    with SmtpServer(tls_context=server_tls, password="s3cret") as server:
        use_server(ctx, server, smtp_security="starttls", smtp_user="register")
        retry = send_reminders(ctx, MONDAY, mailer=Mailer(SmtpConfig.from_settings(ctx.settings()),
                                                          ssl_context=client_tls))
        assert retry.ok and len(retry.sent) == 5 and len(server.received) == 5


def test_a_dry_run_lists_what_would_go_and_writes_nothing(ctx):
    report = send_reminders(ctx, MONDAY, dry_run=True)
    assert len(report.sent) == 5 and report.dry_run
    with ctx.database.session() as session:
        assert session.execute(select(SentMessage)).first() is None


def test_moments_of_a_reminder_hand_computed():
    due = date(2026, 11, 30)
    tokens = ["7", "1", "overdue"]
    assert moment_on(tokens, due, date(2026, 11, 22)) is None  # 8 days before: not yet
    assert moment_on(tokens, due, date(2026, 11, 23)) == "7"
    assert moment_on(tokens, due, date(2026, 11, 26)) == "7"  # missed day: still the 7-day one
    assert moment_on(tokens, due, date(2026, 11, 29)) == "1"
    assert moment_on(tokens, due, date(2026, 11, 30)) == "1"  # the due day itself
    assert moment_on(tokens, due, date(2026, 12, 1)) == "overdue"
    assert moment_on(tokens, due, date(2026, 12, 7)) == "overdue"  # 6 days late: caught up
    assert moment_on(tokens, due, date(2026, 12, 8)) is None  # a week late: history
    assert moment_on(["7", "1"], due, date(2026, 12, 1)) is None  # past due, no overdue reminder
    assert moment_on(["end", "overdue"], date(2026, 11, 28), date(2026, 11, 23),
                     end=date(2026, 11, 23)) == "end"
    assert moment_on(["90", "30"], date(2026, 12, 23), date(2026, 11, 23)) == "30"


def test_new_deadline_kinds_go_to_the_head_or_the_employee_with_the_default_wording(ctx, monkeypatch):
    from skma_training.services import queries

    surgery = ctx.units["surgery"]
    real = queries.tracked_deadlines
    later = [
        # the department's request, 14 days ahead: to its head, in his language (Kazakh)
        Deadline("request", date(2026, 12, 7), None, DeadlineState.PENDING, plan_year=2027,
                      department_id=surgery),
        # a kind nobody wrote a template or a setting for: the default text, 7 days ahead
        Deadline("future_kind", date(2026, 11, 30), None, DeadlineState.PENDING,
                      employee_id=ctx.people["zhanna"].id, activity_id=4),
        # the HR department has no head: nobody to tell, and the report says so
        Deadline("request", date(2026, 12, 7), None, DeadlineState.PENDING, plan_year=2027,
                      department_id=ctx.units["hr"]),
    ]
    monkeypatch.setattr(queries, "tracked_deadlines", lambda *a, **kw: real(*a, **kw) + later)
    report = send_reminders(ctx, MONDAY, dry_run=True)
    by_kind = {m.kind: m for m in report.sent}
    request = by_kind["request"]
    assert request.to == ("timur@skma.kz",) and request.lang == "kk"
    assert request.subject == "«Жалпы хирургия кафедрасы»: 2027 жылға өтінім — 07.12.2026 дейін"
    assert request.key == f"request:d{surgery}:2026-12-07:14"
    other = by_kind["future_kind"]
    assert other.to == ("zhanna@skma.kz",)
    assert other.subject == "future_kind — до 30.11.2026"
    assert "Срок «future_kind» по «Эндоскопия» — 30.11.2026; осталось дней: 7." in other.rendered.text
    assert [(n.department, n.kind) for n in report.no_address if n.kind == "request"] == [
        ("Отдел кадров", "request")]


def test_a_template_broken_by_hand_is_refused_with_the_file_and_the_reason(tmp_path):
    from skma_training.services.mail_templates import MailTemplateError, MailTemplates

    good = (Path(__file__).parent.parent / "forms" / "mail" / "reminders.toml").read_text(encoding="utf-8")
    broken = tmp_path / "reminders.toml"
    broken.write_text(good.replace('[default.overdue]', '[default.late]'), encoding="utf-8")
    with pytest.raises(MailTemplateError) as caught:
        MailTemplates.load(broken)
    assert str(broken) in caught.value.message() and "[default.overdue] is missing" in caught.value.message()
    broken.write_text(good.replace('subject = { kk = "{kind} — {due} дейін", ru = "{kind} — до {due}" }',
                                   'subject = { kk = "{kind} — {due} дейін" }', 1), encoding="utf-8")
    with pytest.raises(MailTemplateError, match=r"subject needs kk and ru"):
        MailTemplates.load(broken)
    broken.write_text("[html\n", encoding="utf-8")
    with pytest.raises(MailTemplateError):
        MailTemplates.load(broken)


def test_the_html_version_escapes_what_the_register_holds():
    from skma_training.services.mail_templates import MailTemplates

    rendered = MailTemplates.load().render(
        "application", "before", "ru",
        {"name": "A <b>", "activity": "<script>x</script>", "due": "30.11.2026", "days": 7}, ())
    assert "&lt;script&gt;" in rendered.html and "<script>" not in rendered.html
    assert "«<script>x</script>»" in rendered.text  # the plain text stays as typed
    assert rendered.subject == "Заявление о направлении на повышение квалификации — до 30.11.2026"
