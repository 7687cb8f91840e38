"""The window's reminders: the notice of what fell due since last time, the preview, Send now, the log."""

from datetime import date

from PySide6.QtCore import QSettings

from skma_training.domain.compliance import CheckResult, EmployeeStatus
from skma_training.domain.deadlines import Deadline, DeadlineState
from skma_training.domain.model import Employee
from skma_training.services.since_last import fell_due_since
from skma_training.services.settings import write_settings

from .conftest import TODAY


def test_what_fell_due_since_the_last_opening_hand_computed():
    def deadline(due, state=DeadlineState.OVERDUE):
        return Deadline("application", date.fromisoformat(due), None, state, activity_id=1)

    last = date(2026, 11, 20)
    deadlines = [
        deadline("2026-11-19"),  # overdue since the 20th: already seen then
        deadline("2026-11-20"),  # due on the day last seen, overdue since: new
        deadline("2026-11-23", DeadlineState.PENDING),  # falls due today: new
        deadline("2026-11-24", DeadlineState.PENDING),  # tomorrow: not yet
        Deadline("report", date(2026, 11, 21), date(2026, 11, 21), DeadlineState.DONE),  # done
    ]
    person = Employee(1, "650103302000", "A")

    def status(due):
        return EmployeeStatus(person, TODAY, (CheckResult("pd_once_3y", due >= TODAY, due, None, None, TODAY),))

    statuses = [status(date(2026, 11, 19)), status(date(2026, 11, 22)), status(date(2026, 11, 23))]
    found = fell_due_since(deadlines, statuses, last, TODAY)
    assert [d.due_date.day for d in found.deadlines] == [20, 23]
    assert [s.checks[0].due_date.day for s in found.staff] == [22]  # the 23rd still holds today
    assert fell_due_since(deadlines, statuses, None, TODAY) is None  # first start
    assert fell_due_since(deadlines, statuses, TODAY, TODAY) is None  # opened today already


def _open_window(qtbot, ctx, runner):
    from skma_training.gui.main_window import MainWindow

    main = MainWindow(ctx, runner)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: bool(main.workspace.computed.statuses), timeout=10000)
    return main


def test_the_notice_on_start_says_what_fell_due_and_opens_the_deadlines(qtbot, demo_ctx, runner):
    from skma_training.gui.widgets.since_notice import _key

    first = _open_window(qtbot, demo_ctx, runner)
    assert first.since_notice.isHidden()  # the first start has nothing to compare with
    key = _key(first)
    assert QSettings().value(key) == TODAY.isoformat()
    first.close()
    QSettings().setValue(key, "2026-11-09")
    main = _open_window(qtbot, demo_ctx, runner)
    notice = main.since_notice
    found = notice.found
    assert found and not notice.isHidden()
    assert f"{len(found.deadlines)} deadlines" in notice.text() and "09.11.2026" in notice.text()
    notice.linkActivated.emit("deadlines")
    assert main.stack.currentWidget() is main.page("deadlines") and notice.isHidden()
    assert QSettings().value(key) == TODAY.isoformat()


def test_preview_send_now_and_the_sent_log(qtbot, demo_ctx, runner, monkeypatch):
    from skma_training.gui.dialogs import reminders_dialog
    from smtp_server import SmtpServer

    told = []
    monkeypatch.setattr(reminders_dialog.QMessageBox, "information", lambda *a: told.append(a[2]))
    with SmtpServer() as server:
        with demo_ctx.transaction() as session:
            write_settings(session, {"smtp_host": "127.0.0.1", "smtp_port": server.port, "smtp_security": "none",
                                     "mail_from": "register@skma.kz", "hr_email": "hr@skma.kz"})
        dialog = reminders_dialog.RemindersDialog(demo_ctx, runner, TODAY)
        qtbot.addWidget(dialog)
        count = dialog.messages.rowCount()
        assert count == len(dialog.preview.sent) and count > 0
        assert dialog.messages.item(0, 0).text() == dialog.preview.sent[0].recipient
        dialog.messages.selectRow(0)
        assert dialog.preview.sent[0].subject in dialog.body.toPlainText()
        dialog.send_button.click()
        assert len(server.received) == count
        assert told == [f"{count} sent, 0 not sent (they are tried again next time)."]
        assert dialog.messages.rowCount() == 0 and not dialog.send_button.isEnabled()
        assert dialog.log_table.rowCount() == count
        assert {dialog.log_table.item(r, 3).text() for r in range(count)} == {"Sent"}


def test_mail_settings_are_checked_before_they_are_saved(qtbot, ctx, runner):
    from skma_training.gui.dialogs.mail_settings import MailSettings

    form = MailSettings(ctx)
    qtbot.addWidget(form)
    form.fields["smtp_port"].setText("99999")
    form.fields["smtp_host"].setText("mail.skma.kz")
    assert form.save() is False
    assert "99999" in form.status.text() and "1 to 65535" in form.status.text()
    assert ctx.settings()["smtp_host"] == ""  # nothing stored
    form.fields["smtp_port"].setText("465")
    form.fields["smtp_security"].setCurrentIndex(form.fields["smtp_security"].findData("tls"))
    assert form.save() is True
    stored = ctx.settings()
    assert (stored["smtp_host"], stored["smtp_port"], stored["smtp_security"]) == ("mail.skma.kz", 465, "tls")


def test_export_to_calendar_from_the_window(qtbot, window, tmp_path, monkeypatch):
    from icalendar import Calendar
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = tmp_path / "all.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.export_calendar()
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert events and told == [f"Written {target}: {len(events)} events."]
