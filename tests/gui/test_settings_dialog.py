"""Settings: the centre adds a day a decree moved; a line it cannot read keeps the dialog open."""

from datetime import date


def test_a_moved_day_is_saved_and_a_bad_line_is_refused(qtbot, ctx):
    from skma_training.domain.dates import CalendarDay
    from skma_training.gui.dialogs.settings_dialog import SettingsDialog
    from skma_training.services import editing

    dialog = SettingsDialog(ctx.settings(), None, readings={"day_mode": "working"}, today=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.calendar_days.setText("04.01.2027 off Decree No 12; 4 January")
    dialog._accept()
    assert dialog.result() == 0 and "day 2" in dialog.problem.text()
    dialog.calendar_days.setText("04.01.2027 off Decree No 12")
    dialog._accept()
    assert dialog.result() == 1
    editing.update_settings(ctx, dialog.values(), effective_from=dialog.effective_day())
    stored = ctx.settings()["calendar_days"]
    assert stored == (CalendarDay(date(2027, 1, 4), False, "Decree No 12"),)
    # the working-day calendar now skips it: Friday 1 January 2027 + 1 working day
    assert not ctx.working_days()(date(2027, 1, 4))
