"""The shared register on PostgreSQL: server init, users, row-level security seen from raw SQL,
the audit trail signed by the server. Run with --backend postgresql."""

import io
import itertools
import json
import os

import psycopg
import pytest
from sqlalchemy import insert

from skma_training.cli.main import run
from skma_training.persistence.database import open_database
from skma_training.persistence.schema import ActivityRow, Department, EmployeeRow, PlanItem, PlanRequest
from skma_training.services.context import Context

pytestmark = pytest.mark.postgresql
DATA = __import__("pathlib").Path(__file__).parent / "data"
_logins = itertools.count(1)


def login(kind: str) -> str:
    # login roles belong to the whole cluster: unique across tests and runs
    return f"{kind}{os.getpid()}x{next(_logins)}"


def cli(capsys, *args, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def academy(pg_server, monkeypatch, tmp_path):
    """Two departments, two staff each with one activity, one request each; `server init` done."""
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    url = pg_server.create()
    database = open_database(url)
    with database.engine.begin() as conn:
        ids = {}
        for dep in ("Surgery", "Neurology"):
            dep_id = conn.execute(insert(Department).values(name=dep)).inserted_primary_key[0]
            ids[dep] = dep_id
            for n in range(2):
                iin = f"{65010330200 + dep_id * 10 + n:012d}"
                emp = conn.execute(insert(EmployeeRow).values(
                    iin=iin, full_name=f"{dep} person {n}", category="faculty_university",
                    department_id=dep_id)).inserted_primary_key[0]
                conn.execute(insert(ActivityRow).values(employee_id=emp, kind="course", title=f"{dep} course {n}"))
            request = conn.execute(insert(PlanRequest).values(year=2027, department_id=dep_id)).inserted_primary_key[0]
            conn.execute(insert(PlanItem).values(request_id=request, employee_id=emp, title=f"{dep} plan"))
    database.dispose()
    assert run(["server", "init", "--db", url]) == 0
    return url, ids


def add_user(capsys, monkeypatch, url, role, *extra):
    name = login(role)
    code, out, err = cli(capsys, "users", "add", name, "--role", role, *extra, "--db", url,
                         stdin=f"pw-{name}\n", monkeypatch=monkeypatch)
    assert code == 0, err
    return name, f"pw-{name}"


def connect_as(pg_server, url, name, password):
    from sqlalchemy.engine import make_url

    return psycopg.connect(pg_server.url_of(make_url(url).database, name, password), autocommit=True)


def test_server_init_turns_row_level_security_on_and_is_safe_to_run_again(academy, capsys):
    url, _ = academy
    assert run(["server", "init", "--db", url]) == 0
    assert "skma_head" in capsys.readouterr().out
    with psycopg.connect(url) as conn:
        flags = dict(conn.execute(
            "SELECT relname, relrowsecurity AND relforcerowsecurity FROM pg_class "
            "WHERE relname IN ('employee', 'activity', 'plan_request', 'plan_item', 'audit_event')").fetchall())
        assert flags == {t: True for t in ('employee', 'activity', 'plan_request', 'plan_item', 'audit_event')}
        roles = {r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'skma_%'")}
        assert {"skma_centre", "skma_hr", "skma_head", "skma_viewer"} <= roles


def test_a_head_with_psql_sees_and_changes_only_their_department(academy, pg_server, capsys, monkeypatch):
    url, deps = academy
    head, password = add_user(capsys, monkeypatch, url, "head", "--department", "Surgery")
    with connect_as(pg_server, url, head, password) as conn:
        names = sorted(n for (n,) in conn.execute("SELECT full_name FROM employee"))
        assert names == ["Surgery person 0", "Surgery person 1"]
        titles = sorted(t for (t,) in conn.execute("SELECT title FROM activity"))
        assert titles == ["Surgery course 0", "Surgery course 1"]
        assert [d for (d,) in conn.execute("SELECT department_id FROM plan_request")] == [deps["Surgery"]]
        assert [t for (t,) in conn.execute("SELECT title FROM plan_item")] == ["Surgery plan"]
        assert conn.execute("DELETE FROM plan_item WHERE title = 'Neurology plan'").rowcount == 0
        # another department's rows are invisible to UPDATE and DELETE too
        assert conn.execute("UPDATE activity SET notes = 'x' WHERE title LIKE 'Neurology%'").rowcount == 0
        assert conn.execute("DELETE FROM activity WHERE title LIKE 'Neurology%'").rowcount == 0
        assert conn.execute("UPDATE plan_request SET note = 'x' WHERE department_id = %s",
                            (deps["Neurology"],)).rowcount == 0
        # an activity for their own staff is theirs to add; for someone else's, the policy refuses
        conn.execute("INSERT INTO activity (employee_id, kind, title) "
                     "SELECT id, 'course', 'own' FROM employee WHERE full_name = 'Surgery person 0'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO activity (employee_id, kind, title) VALUES (%s, 'course', 'sneaky')",
                         (_employee_of(url, "Neurology person 0"),))
        # staff records are HR's: not even their own department's
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE employee SET full_name = 'x'")
        # their own staff's activities they do change, and the request until it is submitted
        assert conn.execute("UPDATE activity SET notes = 'checked' WHERE title LIKE 'Surgery%'").rowcount == 2
        assert conn.execute("UPDATE plan_request SET status = 'submitted'").rowcount == 1
        assert conn.execute("UPDATE plan_request SET note = 'late change'").rowcount == 0
        assert conn.execute("UPDATE plan_item SET hours = 36").rowcount == 0  # submitted: locked
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM activity WHERE notes = 'checked'").fetchone() == (2,)
        assert conn.execute("SELECT title FROM activity WHERE title IN ('own', 'sneaky')").fetchall() == [("own",)]


def _employee_of(url, name):
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT id FROM employee WHERE full_name = %s", (name,)).fetchone()[0]


def test_a_viewer_reads_everything_and_changes_nothing(academy, pg_server, capsys, monkeypatch):
    url, _ = academy
    viewer, password = add_user(capsys, monkeypatch, url, "viewer")
    with connect_as(pg_server, url, viewer, password) as conn:
        assert conn.execute("SELECT count(*) FROM employee").fetchone() == (4,)
        for statement in ("UPDATE activity SET notes = 'x'", "DELETE FROM plan_request",
                          "INSERT INTO department (name) VALUES ('New')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT before FROM audit_event")


def test_the_audit_is_signed_by_the_server_and_append_only(academy, pg_server, capsys, monkeypatch):
    url, _ = academy
    hr, password = add_user(capsys, monkeypatch, url, "hr")
    with connect_as(pg_server, url, hr, password) as conn:
        conn.execute("UPDATE employee SET full_name = 'Renamed', position = 'Docent' "
                     "WHERE full_name = 'Surgery person 0'")
        # a client cannot sign for someone else or backdate
        conn.execute("INSERT INTO audit_event (occurred_at, actor, action, entity, summary) "
                     "VALUES ('2001-01-01', 'somebody_else', 'note', 'workbook', 'x')")
        for statement in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event",
                          "TRUNCATE audit_event"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with psycopg.connect(url, autocommit=True) as conn:  # even the superuser meets the trigger
        for statement in ("UPDATE audit_event SET actor = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        rows = conn.execute("SELECT actor, action, entity, summary, before, after, occurred_at "
                            "FROM audit_event WHERE actor = %s ORDER BY id", (hr,)).fetchall()
    update, note = rows
    assert update[:3] == (hr, "update", "employee")
    iin = update[3].split()[-1]
    assert iin.startswith("********") and len(iin) == 12
    assert json.loads(update[4]) == {"full_name": "Surgery person 0", "position": ""}
    assert json.loads(update[5]) == {"full_name": "Renamed", "position": "Docent"}
    assert update[6].tzinfo is not None
    assert note[:3] == (hr, "note", "workbook") and note[6].year > 2001

    code, out, _ = cli(capsys, "audit", "--table", "employee", "--user", hr, "--json", "--db", url)
    assert code == 0
    events = json.loads(out)
    assert [(e["action"], e["after"]) for e in events] == [
        ("update", {"full_name": "Renamed", "position": "Docent"})]


def test_users_are_listed_changed_and_disabled(academy, pg_server, capsys, monkeypatch):
    url, _ = academy
    name, password = add_user(capsys, monkeypatch, url, "head", "--department", "Surgery",
                              "--full-name", "Asel Head")
    code, out, _ = cli(capsys, "users", "list", "--json", "--db", url)
    mine = next(u for u in json.loads(out) if u["login"] == name)
    assert mine == {"login": name, "full_name": "Asel Head", "role": "head", "disabled": False,
                    "can_log_in": True, "departments": ["Surgery"]}
    with psycopg.connect(url) as conn:  # the server holds a SCRAM verifier, the register no password
        assert conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                            (name,)).fetchone()[0].startswith("SCRAM-SHA-256$")
    assert cli(capsys, "users", "set-role", name, "--role", "viewer", "--db", url)[0] == 0
    with connect_as(pg_server, url, name, password) as conn:
        assert conn.execute("SELECT count(*) FROM employee").fetchone() == (4,)
    assert cli(capsys, "users", "disable", name, "--db", url)[0] == 0
    with pytest.raises(psycopg.OperationalError):
        connect_as(pg_server, url, name, password)
    code, _, err = cli(capsys, "users", "add", name, "--role", "hr", "--db", url,
                       stdin="again\n", monkeypatch=monkeypatch)
    assert code == 1 and "already exists" in err
    code, _, err = cli(capsys, "users", "add", "Bad Name", "--role", "hr", "--db", url,
                       stdin="pw\n", monkeypatch=monkeypatch)
    assert code == 1 and "login" in err
    code, _, err = cli(capsys, "users", "add", login("head"), "--role", "head", "--db", url,
                       stdin="pw\n", monkeypatch=monkeypatch)
    assert code == 1 and "--department" in err


def test_a_head_cannot_add_users(academy, pg_server, capsys, monkeypatch):
    url, _ = academy
    head, password = add_user(capsys, monkeypatch, url, "head", "--department", "Surgery")
    as_head = pg_server.url_of(__import__("sqlalchemy").engine.make_url(url).database, head, password)
    code, _, err = cli(capsys, "users", "add", login("hr"), "--role", "hr", "--db", as_head,
                       stdin="pw\n", monkeypatch=monkeypatch)
    assert code == 1 and "refused" in err


def test_a_centre_administrator_adds_users(academy, pg_server, capsys, monkeypatch):
    url, _ = academy
    centre, password = add_user(capsys, monkeypatch, url, "centre")
    as_centre = pg_server.url_of(__import__("sqlalchemy").engine.make_url(url).database, centre, password)
    hr, _ = add_user(capsys, monkeypatch, as_centre, "hr")
    code, out, _ = cli(capsys, "users", "list", "--json", "--db", as_centre)
    assert hr in [u["login"] for u in json.loads(out)]


def test_a_database_from_a_newer_application_is_refused(pg_server, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    url = pg_server.create()
    with psycopg.connect(url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    code, _, err = cli(capsys, "check", "--db", url)
    assert code == 1 and "newer version" in err


def test_the_application_logged_in_as_a_head_shows_only_their_department(academy, pg_server, capsys,
                                                                          monkeypatch):
    url, _ = academy
    head, password = add_user(capsys, monkeypatch, url, "head", "--department", "Neurology")
    as_head = pg_server.url_of(__import__("sqlalchemy").engine.make_url(url).database, head, password)
    code, out, err = cli(capsys, "check", "--as-of", "2026-11-23", "--json", "--db", as_head)
    assert code == 0, err
    names = sorted(s["full_name"] for s in json.loads(out)["staff"])
    assert names == ["Neurology person 0", "Neurology person 1"]
    # and a change the server refuses is a plain message, not a crash
    code, _, err = cli(capsys, "import", str(DATA / "sample-roster-ru.xls"), "--db", as_head)
    assert code == 1 and "refused this change" in err
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM employee").fetchone() == (4,)


def test_server_init_is_for_the_owner_only(academy, pg_server, capsys, monkeypatch):
    url, _ = academy
    centre, password = add_user(capsys, monkeypatch, url, "centre")
    as_centre = pg_server.url_of(__import__("sqlalchemy").engine.make_url(url).database, centre, password)
    code, _, err = cli(capsys, "server", "init", "--db", as_centre)
    assert code == 1 and "owner" in err


def test_the_password_is_never_shown(academy, pg_server, capsys, monkeypatch):
    url, _ = academy
    hr, password = add_user(capsys, monkeypatch, url, "hr")
    database = open_database(pg_server.url_of(__import__("sqlalchemy").engine.make_url(url).database, hr, password))
    try:
        assert password not in database.url and f"{hr}:***@" in database.url  # what the title and About show
        with database.engine.connect() as conn:  # while the connection still has it
            assert conn.exec_driver_sql("SELECT session_user").scalar() == hr
    finally:
        database.dispose()


def test_a_viewer_reads_the_trail_without_the_changed_values(academy, pg_server, capsys, monkeypatch):
    url, _ = academy
    viewer, password = add_user(capsys, monkeypatch, url, "viewer")
    as_viewer = pg_server.url_of(__import__("sqlalchemy").engine.make_url(url).database, viewer, password)
    code, out, err = cli(capsys, "audit", "--table", "employee", "--json", "--db", as_viewer)
    assert code == 0, err
    events = json.loads(out)
    assert len(events) == 4 and {e["action"] for e in events} == {"insert"}
    assert all(e["before"] is None and e["after"] is None for e in events)
    assert all("********" in e["summary"] and "6501033" not in e["summary"] for e in events)


def test_a_wrong_password_or_no_server_is_a_plain_message(pg_server, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))
    url = pg_server.create()
    wrong = pg_server.url_of(__import__("sqlalchemy").engine.make_url(url).database, "nobody", "wrong-pw")
    code, _, err = cli(capsys, "check", "--db", wrong)
    assert code == 1 and "refused the login: the user name or password is wrong" in err
    assert "wrong-pw" not in err
    from pg_cluster import free_port

    code, _, err = cli(capsys, "check", "--db", f"postgresql://nobody@127.0.0.1:{free_port()}/x")
    assert code == 1 and "does not answer" in err and "Traceback" not in err


def test_the_window_knows_who_is_logged_in_and_what_the_role_allows(academy, pg_server, capsys, monkeypatch):
    from datetime import date

    from sqlalchemy.engine import make_url

    from skma_training.domain.permissions import Action
    from skma_training.services import identity, register

    url, _ = academy
    head, password = add_user(capsys, monkeypatch, url, "head", "--department", "Neurology",
                              "--full-name", "Айгерім Сейітова")
    database = open_database(pg_server.url_of(make_url(url).database, head, password))
    try:
        ctx = Context(database, today=lambda: date(2026, 11, 23))
        who = identity.current(ctx)
        assert (who.login, who.full_name, who.role, who.departments, who.shared) == (
            head, "Айгерім Сейітова", "head", ("Neurology",), True)
        assert who.may(Action.EDIT_ACTIVITIES) and who.may(Action.EDIT_REQUESTS)
        assert not who.may(Action.EDIT_STAFF) and not who.may(Action.APPROVE_PLAN)
        # what the window reads for this head is their department only
        snapshot = register.load(ctx)
        assert sorted(e.full_name for e in snapshot.employees) == ["Neurology person 0", "Neurology person 1"]
        mine = snapshot.employees[0]
        editable = register.employee_to_edit(ctx, mine.id)
        assert editable.employee.full_name == mine.full_name and editable.version >= 1
    finally:
        database.dispose()
