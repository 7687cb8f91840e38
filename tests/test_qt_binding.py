"""Guard against the PySide6 6.12.0 bug on Python 3.11: every void Qt call dropped a
reference to None until the interpreter aborted (Fatal Python error: none_dealloc)."""

import sys


def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    before = sys.getrefcount(None)
    for n in range(1000):
        widget.resize(100 + n % 7, 80)
    after = sys.getrefcount(None)
    # a sound binding keeps the count steady; the broken one loses 1,000
    assert abs(after - before) < 50, (before, after)
