import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

BACKEND_ENV = "SKMA_TRAINING_TEST_BACKEND"

# Tests about the SQLite file itself (pragmas, the file's backups, a damaged
# file): they have no PostgreSQL counterpart and are skipped there.
SQLITE_ONLY = (
    "tests/test_database.py",
    "tests/gui/test_launcher.py",
    "tests/test_cli.py::test_a_newer_database_is_refused_with_exit_1",
    "tests/test_cli.py::test_the_console_entry_point_runs_as_a_module",  # a file named in the environment
    # the register file itself: its lock, damage, backups, permissions, schema fixtures, kills
    "tests/gui/test_register_guard.py",
    "tests/test_backup.py",
    "tests/test_faults_fast.py",
    "tests/test_register_file.py",
    "tests/test_schema_upgrade.py",
    "tests/test_two_writers.py",
    "tests/test_privacy.py",
    "tests/test_attachments.py::test_a_scan_is_copied_inside_the_folder_and_found_again",  # beside the file
    "tests/test_failures.py::test_a_busy_register_exits_1_with_its_message",  # SQLite's own lock
    "tests/test_failures.py::test_a_command_line_writer_keeps_waiting_while_another_writes",
)


def pytest_addoption(parser):
    parser.addoption(
        "--backend", choices=("sqlite", "postgresql"), default=os.environ.get(BACKEND_ENV) or "sqlite",
        help="the database every test runs on (PostgreSQL: a private cluster, or $SKMA_TRAINING_TEST_PG_URL)",
    )


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself; skipped on PostgreSQL")
    config.addinivalue_line("markers", "postgresql: needs PostgreSQL (run with --backend postgresql)")


def pytest_collection_modifyitems(config, items):
    backend = config.getoption("--backend")
    for item in items:
        if item.nodeid.startswith(SQLITE_ONLY):
            item.add_marker("sqlite_only")
        if backend == "postgresql" and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason="about the SQLite file; no PostgreSQL counterpart"))
        if backend == "sqlite" and item.get_closest_marker("postgresql"):
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL: run with --backend postgresql"))


@pytest.fixture(scope="session")
def backend(pytestconfig) -> str:
    return pytestconfig.getoption("--backend")


@pytest.fixture(scope="session")
def pg_server(backend, tmp_path_factory):
    """A PostgreSQL cluster with a migrated template database (PostgreSQL runs only)."""
    if backend != "postgresql":
        pytest.skip("needs PostgreSQL: run with --backend postgresql")
    import pg_backend
    import pg_cluster

    url, started_in = pg_backend.server_url(tmp_path_factory.getbasetemp())
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    server = pg_backend.PgTestServer(url, prefix=f"skma_t{os.getpid()}_{worker}")
    try:
        server.prepare_template()
        yield server
    finally:
        try:
            server.drop_all()
        finally:
            if started_in is not None:
                pg_cluster.stop(started_in)
                import shutil

                shutil.rmtree(started_in, ignore_errors=True)


@pytest.fixture(scope="session", autouse=True)
def _database_backend(request, backend):
    """On PostgreSQL, every SQLite file a test names becomes a fresh database of its own."""
    if backend != "postgresql":
        yield
        return
    from skma_training.persistence import database as database_module

    server = request.getfixturevalue("pg_server")
    original = database_module.resolve_url

    def resolve_url(db=None):
        url = original(db)
        path = database_module.sqlite_path(url)
        if path is None:
            return url
        return server.create(key=str(path))

    patch = pytest.MonkeyPatch()
    patch.setattr(database_module, "resolve_url", resolve_url)
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _drop_test_databases(request, backend):
    """Databases a test created are dropped after it (module fixtures' ones live on)."""
    if backend != "postgresql":
        yield
        return
    server = request.getfixturevalue("pg_server")
    before = set(server.created)
    yield
    server.drop([name for name in server.created if name not in before])


@pytest.fixture
def db_target(tmp_path, backend, request):
    """What a new test passes as --db: a SQLite file, or a fresh PostgreSQL database."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_server").create()
    return str(tmp_path / "register.sqlite3")


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path, monkeypatch):
    """Nothing a test does reaches the real user's data folder (attachments of the shared register)."""
    monkeypatch.setenv("SKMA_TRAINING_DATA_DIR", str(tmp_path / "user-data"))


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """Tests read English unless they choose a language."""
    from skma_training import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def rules():
    from skma_training.domain.rules import default_rule_book
    from datetime import date

    return default_rule_book().for_date(date(2026, 11, 23))


@pytest.fixture(autouse=True)
def _pending_records(tmp_path, monkeypatch):
    """Records of temporary files go to the test's own folder, not the user's data."""
    monkeypatch.setenv("SKMA_TRAINING_PENDING_DIR", str(tmp_path.parent / f"{tmp_path.name}-pending"))
