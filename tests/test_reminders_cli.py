"""`remind`, `settings` and `calendar` on the command line, and the .ics read back."""

import json
from datetime import date, timedelta

from icalendar import Calendar
from sqlalchemy import update

from skma_training.cli.main import run
from skma_training.persistence.schema import ActivityRow
from smtp_server import SmtpServer
from test_reminders import MONDAY, ctx  # noqa: F401 - the fixture


def cli(capsys, ctx, *args):
    code = run([*args, "--db", str(ctx.database.path or ctx.database.url), "--lang", "en"], today=lambda: MONDAY)
    out, err = capsys.readouterr()
    return code, out, err


def test_remind_json_contract_exit_codes_and_a_second_run(ctx, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    with SmtpServer() as server:
        code, out, _ = cli(capsys, ctx, "settings", "set", "smtp_port", str(server.port))
        assert code == 0 and out.strip() == f"smtp_port = {server.port}"
        code, out, _ = cli(capsys, ctx, "remind", "--dry-run", "--json")
        dry = json.loads(out)
        assert code == 0 and dry["dry_run"] is True and len(dry["sent"]) == 5 and not server.received
        server.handler.refuse = {"hr@skma.kz"}
        code, out, _ = cli(capsys, ctx, "remind", "--json")
        document = json.loads(out)
        assert code == 1  # one failed
        assert document["as_of"] == "2026-11-23" and document["skipped_already_sent"] == 0
        assert set(document["sent"][0]) == {"to", "kind", "subject"}
        assert sorted(m["kind"] for m in document["sent"]) == ["application", "check", "head_digest", "report"]
        assert [(f["to"], f["kind"]) for f in document["failed"]] == [("hr@skma.kz", "hr_digest")]
        assert document["failed"][0]["error"].startswith("550")
        assert document["no_address"][0]["iin"] == "750305302029"
        server.handler.refuse = set()
        code, out, _ = cli(capsys, ctx, "remind", "--json")
        document = json.loads(out)
        assert code == 0 and [m["kind"] for m in document["sent"]] == ["hr_digest"]
        assert document["skipped_already_sent"] == 4
        code, out, _ = cli(capsys, ctx, "remind")
        assert code == 0 and "0 sent, 0 failed, 5 already sent before" in out
        assert len(server.received) == 5


def test_remind_without_a_mail_server_says_which_setting_is_missing(ctx, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    cli(capsys, ctx, "settings", "set", "smtp_host", "")
    code, _, err = cli(capsys, ctx, "remind")
    assert code == 1 and "smtp_host" in err and "Traceback" not in err


def test_settings_are_typed_and_a_bad_value_is_refused_with_the_allowed_ones(ctx, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    code, _, err = cli(capsys, ctx, "settings", "set", "smtp_security", "ssl")
    assert code == 1 and "none, starttls, tls" in err
    code, _, err = cli(capsys, ctx, "settings", "set", "smtp_port", "70000")
    assert code == 1 and "1 to 65535" in err
    code, _, err = cli(capsys, ctx, "settings", "set", "remind_check_days", "90, soon")
    assert code == 1 and "end, overdue" in err
    code, _, err = cli(capsys, ctx, "settings", "set", "hr_email", "hr at skma")
    assert code == 1 and "e-mail" in err
    code, _, err = cli(capsys, ctx, "settings", "set", "colour", "red")
    assert code == 1 and "smtp_host" in err
    code, out, _ = cli(capsys, ctx, "settings", "set", "remind_check_days", " 60,30 , 7")
    assert code == 0 and out.strip() == "remind_check_days = 60,30,7"
    code, out, _ = cli(capsys, ctx, "settings", "show", "--json")
    values = {s["key"]: s["value"] for s in json.loads(out)["settings"]}
    assert values["remind_check_days"] == "60,30,7" and values["smtp_security"] == "none"
    assert values["history_date"] == "2026-01-01" and values["digest_days"] == 14
    code, out, _ = cli(capsys, ctx, "settings", "show")
    assert code == 0 and "Mail server port" in out


def test_the_calendar_has_one_event_per_deadline_with_stable_uids_and_an_alarm(ctx, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    path = tmp_path / "timur.ics"
    code, out, _ = cli(capsys, ctx, "calendar", str(path), "--iin", "650103302000")
    assert code == 0

    def events(file):
        return {e["UID"]: e for e in Calendar.from_ical(file.read_bytes()).walk("VEVENT")}

    first = events(path)
    # Timur: the application of 30.11, the order by 19.12 (the day before the start), the
    # report of 04.01 (course ends 30.12, + 5 days), the implementation plan of a 72-hour
    # course by 29.01 (+ 30 days), and his two checks (PD once, 72 hours), both due 12.03.2028
    assert sorted((e.decoded("DTSTART"), str(e["SUMMARY"])) for e in first.values()) == [
        (date(2026, 11, 30), "Application — Лапароскопия — Абдуллаев Тимур"),
        (date(2026, 12, 19), "Order — Лапароскопия — Абдуллаев Тимур"),
        (date(2027, 1, 4), "Certificate and report — Лапароскопия — Абдуллаев Тимур"),
        (date(2027, 1, 29), "Implementation plan — Лапароскопия — Абдуллаев Тимур"),
        (date(2028, 3, 12), "72 hours in profile in 3 years — Абдуллаев Тимур"),
        (date(2028, 3, 12), "PD at least once in 3 years — Абдуллаев Тимур"),
    ]
    for event in first.values():
        assert event.decoded("DTEND") == event.decoded("DTSTART") + timedelta(days=1)
        [alarm] = event.walk("VALARM")
        assert alarm.decoded("TRIGGER") == timedelta(days=-1)
    # the course moves: the same UIDs, new dates
    with ctx.transaction() as session:
        session.execute(update(ActivityRow).where(ActivityRow.title == "Лапароскопия")
                        .values(starts_on=date(2027, 1, 20), ends_on=date(2027, 1, 30)))
    cli(capsys, ctx, "calendar", str(path), "--iin", "650103302000")
    second = events(path)
    assert set(second) == set(first)
    application = next(uid for uid in second if uid.startswith("application-"))
    assert second[application].decoded("DTSTART") == date(2026, 12, 31)

    code, _, _ = cli(capsys, ctx, "calendar", str(tmp_path / "all.ics"))
    academy = events(tmp_path / "all.ics")
    # what is not done: Timur's application, order, report and implementation plan (72 h),
    # Zhanna's order, report and implementation plan (36 h; her application was in time),
    # Nurlan's application, order and report (16 h: no plan), both departments' requests, the plan
    assert sorted(u.split("@")[0] for u in academy if not u.startswith("check-")) == [
        "application-a2", "application-a5", "implementation_plan-a2", "implementation_plan-a4",
        "order-a2", "order-a4", "order-a5", "plan-y2027", "report-a2", "report-a4", "report-a5",
        f"request-d{ctx.units['surgery']}-y2027", f"request-d{ctx.units['hr']}-y2027"]
    code, _, _ = cli(capsys, ctx, "calendar", str(tmp_path / "hr.ics"), "--department", "Отдел кадров")
    # Nurlan: his late application, the order and the report, and the department's request;
    # his checks lapsed in 2003, not a future event
    assert sorted(u.split("@")[0] for u in events(tmp_path / "hr.ics")) == [
        "application-a5", "order-a5", "report-a5", f"request-d{ctx.units['hr']}-y2027"]
    code, _, err = cli(capsys, ctx, "calendar", str(tmp_path / "x.ics"), "--iin", "000000000000")
    assert code == 1 and "000000000000" in err


class MemoryKeyring:
    """A keyring backend in memory, so the test touches nobody's real keyring."""

    priority = 1

    def __init__(self):
        self.secrets = {}

    def get_password(self, service, user):
        return self.secrets.get((service, user))

    def set_password(self, service, user, password):
        self.secrets[(service, user)] = password

    def delete_password(self, service, user):
        self.secrets.pop((service, user), None)


def test_the_password_goes_to_the_keyring_never_to_the_database(ctx, capsys, monkeypatch, tmp_path):
    import io

    import keyring
    from keyring.backend import KeyringBackend
    from keyring.backends.fail import Keyring as NoBackend
    from sqlalchemy import select

    from skma_training.persistence.schema import Setting
    from skma_training.services.mailer import smtp_password

    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    memory = type("Memory", (MemoryKeyring, KeyringBackend), {})()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        code, _, err = cli(capsys, ctx, "settings", "set", "smtp_password", "x")
        assert code == 1 and "smtp_user" in err  # whose password? say so first
        cli(capsys, ctx, "settings", "set", "smtp_user", "pd-register")
        monkeypatch.setattr("sys.stdin", io.StringIO("pa55-word\n"))
        code, out, _ = cli(capsys, ctx, "settings", "set", "smtp_password", "-")
        assert code == 0 and "pd-register" in out and "pa55" not in out
        assert memory.secrets == {("skma-training", "pd-register"): "pa55-word"}
        assert smtp_password("pd-register") == "pa55-word"
        monkeypatch.setenv("SKMA_TRAINING_SMTP_PASSWORD", "from-env")
        assert smtp_password("pd-register") == "from-env"  # the scheduled task's variable wins
        with ctx.database.session() as session:
            stored = " ".join(session.execute(select(Setting.value)).scalars())
        assert "pa55" not in stored
        keyring.set_keyring(NoBackend())
        code, _, err = cli(capsys, ctx, "settings", "set", "smtp_password", "other")
        assert code == 1 and "SKMA_TRAINING_SMTP_PASSWORD" in err and "Traceback" not in err
    finally:
        keyring.set_keyring(previous)
