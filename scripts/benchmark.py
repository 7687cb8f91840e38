"""Speed of the register at the academy's realistic worst case, in one run.

    python scripts/benchmark.py [--staff 5000] [--activities 100000] [--gui] [--db URL]

With --db postgresql://USER@HOST:PORT/DB the register is that PostgreSQL
database instead of a SQLite file: it is dropped and created again for each
import, so USER must be allowed to create databases (a test cluster's superuser).

Builds a synthetic academy (the demo generator at scale), writes it as an
exchange workbook, then measures: python-calamine's bare parse of that file,
the full import (parse + validation + database; beside it our parse alone and the
import without the inserts' audit rows, to show where its time goes), the checks of everyone,
the deadlines, and the export. With --gui, also the desktop window's start and
the sorting and filtering of its largest lists (needs a display or offscreen).
Not part of the test run: timings belong here, not in unit tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

AS_OF = date(2026, 11, 23)


def timed(label: str, results: list, func, *args, repeat: int = 1, **kwargs):
    samples, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = func(*args, **kwargs)
        samples.append(time.perf_counter() - start)
    results.append((label, min(samples), statistics.median(samples)))
    print(f"  {label:<52} {min(samples):8.3f} s", flush=True)
    return value


PAIRED: dict[str, list[float]] = {}  # label -> ratios of each sample to the bare parse just before it


def _elapsed(func, *args):
    start = time.perf_counter()
    value = func(*args)
    return value, time.perf_counter() - start


def paired(label: str, results: list, workbook: Path, measure, repeat: int = 3):
    """``measure()`` -> (value, its seconds), each time right after a bare parse of ``workbook``:
    on these machines the speed changes by a quarter within a minute, and a ratio of two samples
    a second apart is the one that says what the import costs."""
    seconds, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        bare_parse(workbook)
        bare = time.perf_counter() - start
        value, took = measure()
        seconds.append(took)
        PAIRED.setdefault(label, []).append(took / bare)
    results.append((label, min(seconds), statistics.median(seconds)))
    ratios = " ".join(f"{r:.2f}x" for r in PAIRED[label])
    print(f"  {label:<52} {min(seconds):8.3f} s   (each to the parse before it: {ratios})", flush=True)
    return value


def build_academy(staff: int, activities: int):
    from skma_training.services.demo import generate_academy

    per_person = activities / staff
    # the demo generator makes ~9 activities a person over 6 years; stretch the history to reach the target
    years = max(6, round(6 * per_person / 9))
    academy = generate_academy(seed=7, today=AS_OF, staff=staff, history_years=years)
    if len(academy.activities) > activities:
        academy.activities = academy.activities[:activities]
    return academy


def write_input(academy, path: Path, changed_share: float = 0.0) -> None:
    from skma_training.exchange.columns import ACTIVITIES, STAFF
    from skma_training.exchange.writing import SheetData, write_workbook

    departments = [d["ru"] for d in academy.departments]
    staff_rows = [(e.iin, e.full_name, departments[e.department_id], e.position, e.category,
                   "да" if e.is_head else "нет", "да" if e.healthcare else "нет", e.profile,
                   e.hired_on, e.left_on, e.email) for e in academy.employees]
    iins = [e.iin for e in academy.employees]
    activity_rows = [(iins[a.employee_id], a.kind, a.title, a.provider, a.country, a.scope, a.starts_on,
                      a.ends_on, a.hours, a.credits, "да" if a.in_profile else "нет",
                      "да" if a.management else "нет", a.paperwork.certificate_no,
                      a.paperwork.application_on, a.paperwork.report_on) for a in academy.activities]
    if changed_share:  # every n-th activity gets another certificate number
        step = round(1 / changed_share)
        activity_rows = [row[:12] + (f"{row[12]}-bis",) + row[13:] if n % step == 0 else row
                         for n, row in enumerate(activity_rows)]
    write_workbook(path, [
        SheetData("Сотрудники", [c.title("ru") for c in STAFF.columns[:11]], staff_rows, (), len(staff_rows)),
        SheetData("Повышение квалификации", [c.title("ru") for c in ACTIVITIES.columns[:15]], activity_rows,
                  (), len(activity_rows)),
    ])


def run_command(command: str, db_path: Path) -> None:
    import subprocess

    done = subprocess.run([sys.executable, "-m", "skma_training", command, "--json", "--db", str(db_path),
                           "--as-of", AS_OF.isoformat()], cwd=ROOT, stdout=subprocess.DEVNULL,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0, command


def bare_parse(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    return sum(len(workbook.get_sheet_by_name(name).to_python()) for name in workbook.sheet_names)


def _server(url: str):
    """An autocommit connection to the server of ``url`` (its maintenance database), and the
    name of the database ``url`` names."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    admin = parsed.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    return psycopg.connect(admin, autocommit=True), parsed.database


def recreate_postgres(url: str) -> None:
    """An empty database of that name (the benchmark's own: it is dropped first)."""
    conn, name = _server(url)
    with conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def remove_register(target) -> None:
    """The benchmark's register gone: its PostgreSQL database, or its SQLite file with the
    write-ahead log and its index."""
    if isinstance(target, str):
        conn, name = _server(target)
        with conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def drop_insert_audit(context) -> None:
    """The benchmark's own register without the audit of inserted staff and activities: measured
    to show what one audit row per imported record costs (the application never runs so)."""
    from sqlalchemy import text

    with context.database.engine.begin() as connection:
        for table in ("employee", "activity"):
            if connection.dialect.name == "postgresql":
                connection.execute(text(f"DROP TRIGGER skma_audit_insert ON {table}"))
            else:
                connection.execute(text(f"DROP TRIGGER skma_audit_insert_{table}"))


def copy_postgres(url: str, suffix: str) -> str:
    """A fresh copy of the benchmark's database (CREATE DATABASE ... TEMPLATE); returns its URL."""
    conn, original = _server(url)
    with conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{original}{suffix}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{original}{suffix}" TEMPLATE "{original}"')
    return _renamed(url, suffix)


def _renamed(url: str, suffix: str) -> str:
    """The URL of the database whose name is this one's with ``suffix``."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}{suffix}").render_as_string(hide_password=False)


# --- documents: each in a fresh process, for its own time and peak memory --------------------

DOCUMENT_GOALS = {"hr-list": (10.0, 300), "plan": (10.0, 300), "management-report": (3.0, 300)}

_DOCUMENT_RUN = """
import json, resource, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, {root!r})
from skma_training.persistence.database import open_database
from skma_training.services.context import Context
from skma_training.services.printing import PrintRequest, print_document
ctx = Context(open_database(Path({db!r})), today=lambda: date(2026, 11, 23))
ids = {ids!r}
if ids == "applications":  # the first 500 PD activities, chosen without loading the register
    from sqlalchemy import select
    from skma_training.domain.vocabulary import PD_KINDS
    from skma_training.persistence.schema import ActivityRow
    with ctx.database.session() as session:
        ids = list(session.execute(select(ActivityRow.id).where(ActivityRow.kind.in_(PD_KINDS))
                                   .order_by(ActivityRow.id).limit(500)).scalars())
start = time.perf_counter()
request = PrintRequest({document!r}, "ru", as_of=date(2026, 11, 23),
                       activity_ids=ids or None, year={year!r})
out = print_document(ctx, request, Path({out!r}))
elapsed = time.perf_counter() - start
cpu = resource.getrusage(resource.RUSAGE_SELF)
# ru_maxrss survives exec on Linux (it would report the benchmark's own 1 GB); VmHWM is this
# process's own high-water mark
peak_kb = next((int(line.split()[1]) for line in open("/proc/self/status")
                if line.startswith("VmHWM:")), cpu.ru_maxrss)
print(json.dumps({{"seconds": elapsed, "cpu": cpu.ru_utime + cpu.ru_stime,
                  "peak_mb": peak_kb / 1024, "count": len(ids or [])}}))
"""


def measure_document(db_path: Path, work: Path, document: str, ids=None, year=None) -> dict:
    import json
    import subprocess

    code = _DOCUMENT_RUN.format(root=str(ROOT), db=str(db_path), document=document, ids=ids,
                                year=year, out=str(work / f"{document}.pdf"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure_documents(db_path: Path, work: Path, results: list) -> None:
    """The long documents of the whole register: the HR list, the plan, the management report,
    and 500 applications in one PDF (goals of issue 12 §5)."""
    print("Documents (each in its own process: wall time, CPU time, peak memory)")
    for document, (seconds, megabytes) in DOCUMENT_GOALS.items():
        found = measure_document(db_path, work, document)
        results.append((f"print {document}", found["seconds"], found["seconds"]))
        print(f"  print {document:<46} {found['seconds']:8.3f} s  cpu {found['cpu']:.2f} s  "
              f"{found['peak_mb']:.0f} MB  (goal {seconds:g} s, {megabytes} MB)", flush=True)
    # the plan of the whole academy before any request: everyone falling due by the end of 2028
    found = measure_document(db_path, work, "plan", year=AS_OF.year + 2)
    results.append(("print plan (proposals, everyone due)", found["seconds"], found["seconds"]))
    print(f"  print plan {AS_OF.year + 2} (proposals for everyone due){'':<13} "
          f"{found['seconds']:8.3f} s  cpu {found['cpu']:.2f} s  {found['peak_mb']:.0f} MB",
          flush=True)
    found = measure_document(db_path, work, "application", "applications")
    per_page = 1000 * found["seconds"] / max(1, found["count"])
    cpu_page = 1000 * found["cpu"] / max(1, found["count"])
    results.append(("print 500 applications", found["seconds"], found["seconds"]))
    print(f"  print {found['count']} applications in one PDF{'':<21} {found['seconds']:8.3f} s  "
          f"{per_page:.1f} ms a page (cpu {cpu_page:.1f} ms, start-up included)  "
          f"{found['peak_mb']:.0f} MB  (goal 10 ms a page)", flush=True)


# The issues' goals. Ratios are to python-calamine's bare parse of the same file in the same run.
# Goals in seconds were set on the issue writer's machine, where that parse took 1.1 s (issue 10's
# table: "3.4 s vs 1.1 s"); they are shown here as the same ratio to this run's parse as well,
# since these machines differ by more than two times and vary by a quarter from run to run.
REFERENCE_PARSE = 1.1
RATIO_GOALS = {False: (("import (parse", 2.0), ("import again (nothing", 1.5), ("import again, 1%", 1.7)),
               True: (("import (parse", 3.0),)}
SECONDS_GOALS = {False: (("`check --json`", 1.0), ("`deadlines --json`", 1.0)),
                 True: (("`check --json`", 1.5), ("window ready", 2.5))}


def summarize(results: list, postgres: bool) -> None:
    parse = next(r[1] for r in results if r[0].startswith("python-calamine"))
    backend = "PostgreSQL" if postgres else "SQLite"
    print(f"\nGoals ({backend}); ratios to python-calamine's bare parse of the same file ({parse:.3f} s), "
          "best of 3:")
    for label, goal in RATIO_GOALS[postgres]:
        seconds = next(r[1] for r in results if r[0].startswith(label))
        pairs = next(v for k, v in PAIRED.items() if k.startswith(label))
        middle = statistics.median(pairs)
        verdict = "met" if middle <= goal else "NOT met"
        print(f"  {label:<30} {middle:5.2f}x median of pairs, {seconds / parse:5.2f}x best to best   "
              f"(goal <= {goal}x: {verdict})")
    shares = {label.strip(): statistics.median(v) for label, v in PAIRED.items()}
    whole = shares.get("import (parse + validate + write, empty database)")
    alone = shares.get("our parse alone (scan + calamine + validation)")
    unaudited = shares.get("import without the inserts' audit trail")
    if whole and alone and unaudited:  # three series of pairs: on a noisy machine they need not add up
        print(f"  {'  of the first import':<30} our parse alone {alone:.2f}x; the import without the inserts' "
              f"audit rows {unaudited:.2f}x, with them {whole:.2f}x")
    for label, goal in SECONDS_GOALS[postgres]:
        found = [r[1] for r in results if r[0].startswith(label)]
        if not found:
            continue
        ratio, allowed = found[0] / parse, goal / REFERENCE_PARSE
        verdict = "met" if ratio <= allowed else "NOT met"
        print(f"  {label:<30} {found[0]:5.2f} s = {ratio:4.2f}x the parse   (goal {goal} s where the parse "
              f"took {REFERENCE_PARSE} s, i.e. <= {allowed:.2f}x: {verdict})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=5000)
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--gui", action="store_true", help="also measure the desktop window")
    parser.add_argument("--keep", type=Path, help="keep the database and workbook in this folder")
    parser.add_argument("--db", default=None,
                        help="a PostgreSQL URL to measure instead of a SQLite file (it is recreated!)")
    parser.add_argument("--documents-db", type=Path,
                        help="only print the long documents from this existing database")
    args = parser.parse_args()
    if args.documents_db:
        work = Path(tempfile.mkdtemp(prefix="skma-docs-"))
        measure_documents(args.documents_db, work, [])
        return 0

    from skma_training.i18n import set_language

    set_language("ru")
    work = args.keep or Path(tempfile.mkdtemp(prefix="skma-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: list = []
    print(f"Building {args.staff} staff and {args.activities} activities in {work} ...", flush=True)
    academy = build_academy(args.staff, args.activities)
    print(f"  generated {len(academy.employees)} staff, {len(academy.activities)} activities")
    workbook = work / "academy.xlsx"
    timed("write the input workbook (setup)", results, write_input, academy, workbook)

    from skma_training.persistence.database import open_database
    from skma_training.services.context import Context
    from skma_training.services.exporting import export_workbook
    from skma_training.services.importing import import_workbook
    from skma_training.services.queries import staff_statuses, tracked_deadlines

    db_path = args.db or work / "bench.sqlite3"

    created: list[float] = []

    # a register of its own for the import without the audit trail, so the others keep theirs
    unaudited_path = _renamed(args.db, "_unaudited") if args.db else work / "bench-unaudited.sqlite3"

    def fresh_import(audited: bool = True):
        """An empty register, created and migrated (timed apart: making the register is not the
        import), then the import into it until its connections are closed (SQLite's last
        checkpoint included). Returns the report and the import's seconds. ``audited=False``
        only measures what the audit trail of the inserts costs: its triggers are dropped."""
        start = time.perf_counter()
        target = db_path if audited else unaudited_path
        if args.db:
            recreate_postgres(target)
        else:
            remove_register(target)
        context = Context(open_database(target), today=lambda: AS_OF)
        if not audited:
            drop_insert_audit(context)
        created.append(time.perf_counter() - start)
        start = time.perf_counter()
        try:
            report = import_workbook(context, workbook)
        finally:
            context.database.dispose()
        return report, time.perf_counter() - start

    changed_workbook = work / "academy-1pct.xlsx"
    timed("write the 1%-changed workbook (setup)", results, write_input, academy, changed_workbook, 0.01)

    print("Import (each sample right after a bare parse, so that both see the machine at the same speed)")
    rows = timed("python-calamine bare parse of the workbook", results, bare_parse, workbook, repeat=3)
    report = paired("import (parse + validate + write, empty database)", results, workbook, fresh_import)
    assert report.applied, [p.reason() for p in report.errors[:5]]
    print(f"    {rows} rows; {report.counts}")
    print(f"    (creating and migrating the empty register before each, not counted: "
          f"{min(created):.3f}-{max(created):.3f} s)")
    print("  where the import's time goes (each also right after a bare parse):")
    from skma_training.exchange.reading import parse_workbook

    paired("    our parse alone (scan + calamine + validation)", results, workbook,
           lambda: _elapsed(parse_workbook, workbook))
    paired("    import without the inserts' audit trail", results, workbook, lambda: fresh_import(False))
    remove_register(unaudited_path)
    ctx = Context(open_database(db_path), today=lambda: AS_OF)
    again = paired("import again (nothing changes)", results, workbook,
                   lambda: _elapsed(import_workbook, ctx, workbook))
    print(f"    nothing changed: {again.changed_nothing}; {again.counts}")
    assert again.changed_nothing
    ctx.database.dispose()

    def changed_import():
        import shutil

        if args.db:  # a copy of the imported register, made by the server
            copy = copy_postgres(args.db, "_1pct")
        else:
            copy = work / "bench-1pct.sqlite3"
            shutil.copyfile(db_path, copy)
        context = Context(open_database(copy), today=lambda: AS_OF)
        try:
            start = time.perf_counter()
            result = import_workbook(context, changed_workbook)
            return result, time.perf_counter() - start
        finally:
            context.database.dispose()

    changed = paired("import again, 1% of rows changed", results, changed_workbook, changed_import)
    print(f"    {changed.counts}")
    ctx = Context(open_database(db_path), today=lambda: AS_OF)

    print("Whole processes")
    for label, command in (("`check --json` for everyone, whole process", "check"),
                           ("`deadlines --json`, whole process", "deadlines")):
        timed(label, results, run_command, command, db_path, repeat=3)

    print("Rules")
    snapshot = timed("load the register into memory", results, ctx.snapshot, repeat=3)
    rules = ctx.rules_for(AS_OF)
    statuses = timed("check everyone (rules only)", results, staff_statuses, ctx, AS_OF,
                     snapshot=snapshot, rules=rules, repeat=5)
    timed("check everyone (load + rules), as `check` does", results, staff_statuses, ctx, AS_OF, repeat=3)
    print(f"    {len(statuses)} staff checked, {sum(s.overdue for s in statuses)} overdue")
    found = timed("deadlines (load + rules)", results, tracked_deadlines, ctx, AS_OF, repeat=3)
    print(f"    {len(found)} deadlines")

    print("Export")
    timed("export staff, activities and compliance (.xlsx)", results, export_workbook, ctx,
          work / "export.xlsx", AS_OF, "ru")

    if not args.db:  # the documents' runner opens a SQLite file
        measure_documents(db_path, work, results)

    if args.gui:
        from skma_training.gui.benchmark import measure_gui

        print("Desktop window")
        for label, seconds in measure_gui(db_path, AS_OF):
            results.append((label, seconds, seconds))
            print(f"  {label:<52} {seconds:8.3f} s", flush=True)

    summarize(results, postgres=bool(args.db))
    ctx.database.dispose()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SKMA_TRAINING_LOG_DIR", tempfile.gettempdir())
    sys.exit(main())
