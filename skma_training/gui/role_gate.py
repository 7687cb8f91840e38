"""Actions the user's role does not allow are disabled, with a tooltip that says why.

The server refuses them anyway (grants and row-level security); the window
only avoids offering what would be refused. Until the role is known (it is
asked of the server off the GUI thread) the guarded actions wait disabled.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, QObject, Signal

from skma_training.domain.permissions import Action, roles_that_may
from skma_training.services.identity import ROLE_NAMES, Identity


def refusal(action: Action, identity: Identity) -> str:
    """Why an action is not offered: "Your role (viewer) may not do this; centre, HR may"."""
    allowed = ", ".join(QCoreApplication.translate("Roles", ROLE_NAMES[r]) for r in roles_that_may(action))
    return QCoreApplication.translate("RoleGate", "Your role ({role}) does not allow this; it is for: {roles}.") \
        .format(role=identity.role_name(), roles=allowed)


class RoleGate(QObject):
    identity_known = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.identity: Identity | None = None
        self._guarded: list[tuple[weakref.ref, Action, str]] = []

    def guard(self, target, action: Action) -> None:
        """``target`` (a QAction or a widget) is offered only to roles that may do ``action``."""
        self._guarded.append((weakref.ref(target), action, target.toolTip()))
        self._apply(target, action, target.toolTip())

    def allows(self, action: Action) -> bool:
        return self.identity is not None and self.identity.may(action)

    def refuses(self, action: Action) -> bool:
        """The role is known and does not allow ``action`` (while it is not known yet, the page
        offers what its state allows: the server decides in the end)."""
        return self.identity is not None and not self.identity.may(action)

    def set_identity(self, identity: Identity) -> None:
        self.identity = identity
        alive = []
        for ref, action, tip in self._guarded:
            target = ref()
            if target is None:
                continue
            alive.append((ref, action, tip))
            self._apply(target, action, tip)
        self._guarded = alive
        self.identity_known.emit(identity)

    def _apply(self, target, action: Action, tip: str) -> None:
        try:
            if self.identity is None:
                target.setEnabled(False)
                return
            allowed = self.identity.may(action)
            target.setEnabled(allowed)
            target.setToolTip(tip if allowed else refusal(action, self.identity))
        except RuntimeError:  # the C++ object is gone with its page or dialog
            pass
