"""What each role may do (E464 5.1–5.3, 3.9–3.10), for the window to offer only that.

The server enforces the same with grants and row-level security
(persistence/postgres.py, migration 0003); this table only decides which
actions the window shows enabled, and what it says when one is not.
"""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    EDIT_STAFF = "edit_staff"  # add and change employees, their categories and status history
    EDIT_ACTIVITIES = "edit_activities"  # activities and their paperwork
    IMPORT = "import"  # an HR workbook of staff and activities
    DEPARTMENTS = "departments"
    EDIT_REQUESTS = "edit_requests"  # a department's requests for next year's plan
    APPROVE_PLAN = "approve_plan"  # consolidate, approve and amend the plan
    SETTINGS = "settings"
    RESTORE = "restore"  # replace the register with a backup
    REMINDERS = "reminders"  # send the e-mail reminders


CENTRE, HR, HEAD, VIEWER, OWNER = "centre", "hr", "head", "viewer", "owner"

ALLOWED: dict[str, frozenset[Action]] = {
    OWNER: frozenset(Action),
    CENTRE: frozenset(Action),
    HR: frozenset({Action.EDIT_STAFF, Action.EDIT_ACTIVITIES, Action.IMPORT, Action.DEPARTMENTS,
                   Action.REMINDERS}),
    HEAD: frozenset({Action.EDIT_ACTIVITIES, Action.EDIT_REQUESTS}),
    VIEWER: frozenset(),
}

# who may, for the tooltip of an action that is not offered
_WHO = {
    Action.EDIT_STAFF: (CENTRE, HR), Action.EDIT_ACTIVITIES: (CENTRE, HR, HEAD), Action.IMPORT: (CENTRE, HR),
    Action.DEPARTMENTS: (CENTRE, HR), Action.EDIT_REQUESTS: (CENTRE, HEAD), Action.APPROVE_PLAN: (CENTRE,),
    Action.SETTINGS: (CENTRE,), Action.RESTORE: (CENTRE,), Action.REMINDERS: (CENTRE, HR),
}


def may(role: str, action: Action) -> bool:
    return action in ALLOWED.get(role, frozenset())


def roles_that_may(action: Action) -> tuple[str, ...]:
    return _WHO[action]
