"""`check` and `deadlines` read less than the whole register; what they say must not change.

The checks read only PD activities and the columns the rules use; `deadlines --json` the light
snapshot; the damage check runs beside them. Each is compared with the whole register's answer."""

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from skma_training.cli.main import run
from skma_training.persistence.database import open_database
from skma_training.services.context import Context
from skma_training.services.demo import load_demo
from skma_training.services.queries import staff_statuses, tracked_deadlines

AS_OF = date(2026, 11, 23)


@pytest.fixture
def academy(db_target):
    database = open_database(db_target)
    ctx = Context(database, today=lambda: AS_OF)
    ctx.target = db_target  # what the command line is given as --db
    load_demo(ctx, seed=11, staff=80)
    yield ctx
    database.dispose()


def test_the_checks_from_pd_activities_alone_equal_those_from_the_whole_register(academy):
    whole = academy.snapshot()
    kinds = {a.kind for a in whole.activities}
    assert len(kinds) > 7  # the demo has activities that are not PD: they must not matter
    for as_of in (AS_OF, date(2025, 6, 30), date(2027, 1, 1)):
        assert staff_statuses(academy, as_of) == staff_statuses(academy, as_of, snapshot=whole)


def test_the_deadlines_from_pd_activities_alone_equal_those_from_the_whole_register(academy):
    whole = academy.snapshot()
    for as_of in (AS_OF, date(2025, 6, 30)):
        for show_all in (False, True):
            found = tracked_deadlines(academy, as_of, show_all=show_all)
            assert found and found == tracked_deadlines(academy, as_of, snapshot=whole, show_all=show_all)
            assert any(d.activity_id for d in found) and any(d.kind == "request" for d in found)


def test_check_json_is_what_the_whole_register_says(academy, capsys):
    """The command's JSON, field by field, against the statuses of the whole snapshot."""
    assert run(["check", "--json", "--as-of", AS_OF.isoformat(), "--db", academy.target],
               today=lambda: AS_OF) == 0
    document = json.loads(capsys.readouterr().out)
    expected = staff_statuses(academy, AS_OF, snapshot=academy.snapshot())
    assert [s["iin"] for s in document["staff"]] == [s.employee.iin for s in expected]
    for shown, status in zip(document["staff"], expected):
        assert shown["overdue"] == status.overdue
        assert shown["next_due"] == (status.next_due.isoformat() if status.next_due else None)
        assert [(c["rule"], c["met"], c["due_date"], c["hours"]) for c in shown["checks"]] == [
            (c.rule, c.met, c.due_date.isoformat() if c.due_date else None, c.hours) for c in status.checks]


@pytest.mark.sqlite_only
def test_a_damaged_register_is_said_to_be_read_only_before_the_output_and_not_backed_up(tmp_path, capsys):
    from faults.damage import corrupt_page

    path = tmp_path / "r.sqlite3"
    assert run(["import", str(Path(__file__).parent / "data" / "sample-roster-ru.xlsx"), "--db", str(path),
                "--lang", "en"]) == 0
    capsys.readouterr()
    corrupt_page(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    backups = set((tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else set()
    for command in ("check", "deadlines"):
        code = run([command, "--json", "--db", str(path), "--lang", "en"], today=lambda: date(2030, 1, 1))
        out, err = capsys.readouterr()
        assert code in (0, 1) and "Traceback" not in err
        if code == 0:  # read despite the damage: said so, and before anything was printed
            assert "read-only" in err and json.loads(out)
        else:
            assert "damaged" in err and not out
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    now = set((tmp_path / "backups").glob("*")) if (tmp_path / "backups").exists() else set()
    assert now == backups  # a new day, but a damaged register is not backed up as if it were good
