"""What every page shows: the register in memory, computed as of one date.

The snapshot loads and the rules run on the thread pool; pages listen to
``changed`` and read the results from here. An edit reloads only the people
it touched, so the lists update at once.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, Signal

from skma_training.domain.compliance import EmployeeStatus
from skma_training.domain.deadlines import Deadline
from skma_training.gui.role_gate import RoleGate
from skma_training.gui.tasks import TaskRunner
from skma_training.services import identity, register
from skma_training.services.context import Context
from skma_training.services.register import Snapshot
from skma_training.services.editing import Changed
from skma_training.services.figures import kinds_in_years, pd_hours_by_month
from skma_training.services.queries import staff_statuses, tracked_deadlines

log = logging.getLogger(__name__)


@dataclass
class Computed:
    """The rules' answers for one as-of date."""

    as_of: date
    statuses: list[EmployeeStatus] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    hours_by_month: dict = field(default_factory=dict)
    kinds: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.status_by_employee = {s.employee.id: s for s in self.statuses}


class Workspace(QObject):
    changed = Signal()  # snapshot or results replaced
    loading = Signal(bool)
    failed = Signal(object)

    def __init__(self, ctx: Context, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.as_of = ctx.today()
        self.settings = ctx.settings()
        self.snapshot = Snapshot()
        self.computed = Computed(self.as_of)
        self._generation = 0
        self.loaded = False  # a first load has finished
        self.display_ready = False  # the activities' titles etc. are read too
        self.gate = RoleGate(self)  # what the user's role allows; known with the first load

    # -- loading ---------------------------------------------------------------

    def reload(self) -> None:
        """Read the whole register again and recompute (in the background)."""
        self._start(reload=True)

    def set_as_of(self, day: date) -> None:
        if day == self.as_of:
            return
        self.as_of = day
        self._start(reload=False)

    def reload_settings(self) -> None:
        self.settings = self.ctx.settings()
        self._start(reload=False)

    def _start(self, reload: bool, changed: Changed | None = None) -> None:
        self._generation += 1
        generation, as_of, ctx = self._generation, self.as_of, self.ctx
        settings = self.settings
        snapshot = None if reload else self.snapshot
        ask_who = self.gate.identity is None

        def work(progress, cancelled):
            started = time.perf_counter()
            who = identity.current(ctx) if ask_who else None
            current = snapshot
            if current is None:
                current = register.load(ctx, light=True)
            elif changed is not None:
                current = register.with_changes(ctx, current, changed.employee_ids)
            loaded = time.perf_counter()
            rules = ctx.rules_for(as_of, settings)
            statuses = staff_statuses(ctx, as_of, snapshot=current, rules=rules)
            deadlines = tracked_deadlines(ctx, as_of, snapshot=current, settings=settings)
            log.info("register loaded in %.2f s, rules in %.2f s", loaded - started, time.perf_counter() - loaded)
            return generation, current, Computed(as_of, statuses, deadlines,
                                                 pd_hours_by_month(current.activities, as_of),
                                                 kinds_in_years(current.activities, as_of)), who

        self.loading.emit(True)
        self.runner.start(work, self._finished, self._failed)

    def _finished(self, result) -> None:
        generation, snapshot, computed, who = result
        if who is not None and self.gate.identity is None:
            self.gate.set_identity(who)
        if generation != self._generation:
            return  # a newer request is on its way
        fresh = snapshot is not self.snapshot and not getattr(snapshot, "edited", False)
        self.snapshot, self.computed = snapshot, computed
        self.loaded = True
        self.loading.emit(False)
        self.changed.emit()
        if fresh:  # the numbers are on screen; now the titles and providers for the lists
            self._fill_display(generation, snapshot)

    def _fill_display(self, generation: int, snapshot: Snapshot) -> None:
        ctx = self.ctx

        def work(progress, cancelled):
            register.fill_display(ctx, snapshot.activities)
            return generation

        def done(finished_generation: int) -> None:
            if finished_generation == self._generation:
                self.display_ready = True
                self.changed.emit()

        self.display_ready = False
        self.runner.start(work, done, self._failed)

    def _failed(self, error: Exception) -> None:
        self.loading.emit(False)
        self.failed.emit(error)

    # -- after an edit -----------------------------------------------------------

    def apply(self, changed: Changed) -> None:
        """After an edit: reload the touched employees and recompute, off the GUI thread;
        the pages refresh once, when it is done."""
        self._start(reload=False, changed=changed)

    # -- convenience -----------------------------------------------------------

    def status(self, employee_id: int) -> EmployeeStatus | None:
        return self.computed.status_by_employee.get(employee_id)

    def departments(self) -> list[str]:
        return sorted(set(self.snapshot.departments.values()))

