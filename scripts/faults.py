"""Fault trials for the local register, with counts: what a crash, a second writer, a full disk
or a damaged file does to it.

    python scripts/faults.py [--trials 30] [--pairs 20] [--only kill,pairs,full,damaged]

- kill -9 during import, export, print, backup and migration, at a random moment of the work:
  the register must stay whole (integrity_check) and all or nothing (its rows before or after,
  never between), the output must be absent or complete, and after the next start no temporary
  file may be left;
- pairs of imports started at the same moment into one file: both must succeed;
- a full disk (a small tmpfs, when this process may mount one): the command must say so,
  exit 1, and leave nothing half-written;
- damaged registers (truncated, a random page overwritten, zero bytes, a foreign file): every
  command must refuse them, and the file must be left byte for byte as it was.

Not part of the default test run (tests/test_faults_fast.py runs a few trials of each).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

FIXTURE = ROOT / "tests" / "data" / "schema-0001.sqlite3"
ROSTER = ROOT / "tests" / "data" / "sample-roster-ru.xlsx"
TEMPORARY_MARKS = (".skma-", ".partial-")
IN_PROCESS = False  # the fast test subset runs the "next start" in its own process: quicker

# a child: import the application, say "ready", wait for "go", then run the work
_CHILD = """
import os, sys, time
from pathlib import Path
from skma_training.cli.main import run
import skma_training.services.importing, skma_training.services.exporting, skma_training.services.printing
import skma_training.services.backup, skma_training.persistence.migrations_runner
print("ready", flush=True)
while not os.path.exists(sys.argv[1]):
    time.sleep(0.002)
if sys.argv[2] == "migrate":
    from skma_training.fileio import remove_interrupted
    from skma_training.persistence.database import open_database
    from skma_training.persistence.migrations_runner import alembic_config, upgrade_to_head
    remove_interrupted()
    database = open_database(sys.argv[3], migrate=False)
    upgrade_to_head(database, alembic_config(Path(sys.argv[4])))
    database.dispose()
    sys.exit(0)
sys.exit(run(sys.argv[2:]))
"""


def env_for(folder: Path) -> dict:
    return {**os.environ, "SKMA_TRAINING_LOG_DIR": str(folder / "logs"),
            "SKMA_TRAINING_PENDING_DIR": str(folder / "pending"), "PYTHONPATH": str(ROOT)}


def child_run(folder: Path, argv: list[str], kill_after: float | None) -> tuple[int, float]:
    """Run one piece of work in a child; kill -9 it ``kill_after`` s after it starts working."""
    go = folder / f"go-{time.monotonic_ns()}"
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(go), *argv], cwd=ROOT, env=env_for(folder),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    go.touch()
    started = time.perf_counter()
    if kill_after is not None:
        try:
            child.wait(timeout=kill_after)
        except subprocess.TimeoutExpired:
            child.send_signal(signal.SIGKILL)
    child.communicate(timeout=300)
    go.unlink()
    return child.returncode, time.perf_counter() - started


def next_start(folder: Path, db: Path) -> None:
    """What the next start does: clean up, open the register (a reading command)."""
    if IN_PROCESS:
        from skma_training.errors import DatabaseTooNew
        from skma_training.fileio import PENDING_ENV, remove_interrupted
        from skma_training.persistence.database import open_database

        saved = os.environ.get(PENDING_ENV)
        os.environ[PENDING_ENV] = str(folder / "pending")
        try:
            remove_interrupted()
            try:
                open_database(db, create=False, need_write=False).dispose()
            except DatabaseTooNew:  # a whole test migration: this version rightly refuses it
                pass
        finally:
            if saved is None:
                os.environ.pop(PENDING_ENV, None)
            else:
                os.environ[PENDING_ENV] = saved
        return
    env = env_for(folder)
    subprocess.run([sys.executable, "-m", "skma_training", "check", "--json", "--db", str(db)], cwd=ROOT,
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def cli(argv: list[str], folder: Path) -> tuple[int, str]:
    """Run ``skma-training ARGV`` (in a child, or here for the fast subset); (exit code, stderr)."""
    if IN_PROCESS:
        import contextlib
        import io

        from skma_training.cli.main import run

        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = run(argv)
        return code, err.getvalue()
    result = subprocess.run([sys.executable, "-m", "skma_training", *argv], cwd=ROOT, env=env_for(folder),
                            capture_output=True, text=True, timeout=300)
    return result.returncode, result.stderr


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(TEMPORARY_MARKS) or p.name.endswith("-journal")]


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        conn.close()


def counts(db: Path) -> tuple:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table' order by name")]
        found = tuple((t, conn.execute(f'select count(*) from "{t}"').fetchone()[0]) for t in tables
                      if t not in ("audit_event", "sqlite_sequence", "alembic_version"))
        version = conn.execute("select version_num from alembic_version").fetchone()[0]
    finally:
        conn.close()
    return found, version


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "-"


def workbook_complete(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and "xl/workbook.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def pdf_complete(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]


# -- kill -9 trials -----------------------------------------------------------------------------

REBUILD = (ROOT / "tests" / "test_schema_upgrade.py").read_text(encoding="utf-8")


def _migration_scripts(folder: Path) -> Path:
    from skma_training.persistence.migrations_runner import MIGRATIONS_DIR, head_revision

    scripts = folder / "migrations"
    if not scripts.exists():
        shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
        text = REBUILD.split("REBUILD_EVERYTHING = '''", 1)[1].split("'''", 1)[0]
        (scripts / "versions" / "9001_test.py").write_text(text.replace("{head}", head_revision()))
    return scripts


def prepare(kind: str, trial: Path, shared: Path) -> tuple[Path, list[str]]:
    db = trial / "register.sqlite3"
    out = trial / "out"
    out.mkdir(parents=True, exist_ok=True)
    if kind == "import":
        shutil.copyfile(shared / "roster.sqlite3", db)
        return db, ["import", str(shared / "big.xlsx"), "--db", str(db), "--lang", "en"]
    # at this version's schema, so that the work is the work and not also an upgrade
    shutil.copyfile(shared / "current.sqlite3", db)
    if kind == "export":
        return db, ["export", str(out / "export.xlsx"), "--db", str(db), "--as-of", "2026-11-23"]
    if kind == "print":
        return db, ["print", "hr-list", "--out", str(out / "hr-list.pdf"), "--db", str(db), "--lang", "ru",
                    "--year", "2026", "--as-of", "2026-11-23"]
    if kind == "backup":
        return db, ["backup", "--to", str(out), "--db", str(db)]
    if kind == "migrate":
        # a register at this version's head, then a migration that rebuilds every table
        assert cli(["check", "--db", str(db)], trial)[0] == 0
        return db, ["migrate", str(db), str(_migration_scripts(shared))]
    raise ValueError(kind)


def judge(kind: str, db: Path, trial: Path, before, after) -> list[str]:
    """What is wrong after a trial (empty: all is well)."""
    problems = []
    if integrity(db) != "ok":
        problems.append("register not whole")
    now = counts(db)
    if now not in (before, after):
        problems.append(f"partial: {now} is neither before nor after")
    out = trial / "out"
    for path in out.iterdir():
        if path.name.startswith("."):
            continue
        if kind == "export" and not workbook_complete(path):
            problems.append(f"half a workbook: {path.name}")
        if kind == "print" and not pdf_complete(path):
            problems.append(f"half a PDF: {path.name}")
        if kind == "backup":
            from skma_training.persistence.sqlite_backup import verify

            if verify(path) is not None:
                problems.append(f"a bad backup under a good name: {path.name}")
    backups = trial / "backups"
    if backups.is_dir():
        from skma_training.persistence.sqlite_backup import verify

        for path in backups.iterdir():
            if not path.name.startswith(".") and verify(path) is not None:
                problems.append(f"a bad automatic backup: {path.name}")
    return problems


def kill_trials(kind: str, trials: int, work: Path, shared: Path, rng: random.Random,
                duration: float | None = None) -> dict:
    """``duration``: how long the work takes, if known; else one run without a kill measures it
    (and the register after it). The register does not change by export, print or backup, and a
    migration changes only its version."""
    calibration = work / f"{kind}-calibration"
    db, argv = prepare(kind, calibration, shared)
    before = counts(db)
    if duration is not None and kind == "import" and IN_PROCESS:
        assert cli(argv, calibration)[0] == 0  # the register after a whole import, quickly
        after = counts(db)
    elif duration is None or kind == "import":
        code, duration = child_run(calibration, argv, None)
        assert code == 0, f"{kind} does not work without a kill (exit {code})"
        after = counts(db)
    else:
        after = (before[0], "9001_test") if kind == "migrate" else before
    tally = Counter()
    examples = []
    for number in range(trials):
        trial = work / f"{kind}-{number}"
        db, argv = prepare(kind, trial, shared)
        # half the kills anywhere in the work, half in its last part, where the writing is
        delay = rng.uniform(0.0 if number % 2 == 0 else duration * 0.6, duration * 1.05)
        code, _ = child_run(trial, argv, delay)
        killed = code == -signal.SIGKILL
        tally["killed" if killed else "finished"] += 1
        now = counts(db)
        tally["register after" if now == after else "register before" if now == before else "register other"] += 1
        left = leftovers(trial)
        tally["trials leaving temporary files at the kill"] += bool(left)
        tally["bytes left at the kill"] += sum(p.stat().st_size for p in left if p.is_file())
        next_start(trial, db)
        if leftovers(trial):
            tally["temporary files left after the next start"] += len(leftovers(trial))
            examples.append(f"left after the next start: {[p.name for p in leftovers(trial)]}")
        problems = judge(kind, db, trial, before, after)
        tally["trials with a problem"] += bool(problems)
        examples += problems[:2]
        shutil.rmtree(trial, ignore_errors=True)
    shutil.rmtree(calibration, ignore_errors=True)
    return {"trials": trials, "work takes s": round(duration, 2), **tally, "problems": examples[:5]}


# -- two writers ------------------------------------------------------------------------------

def pair_trials(pairs: int, work: Path, shared: Path) -> dict:
    from faults.concurrent import run_together

    tally = Counter()
    examples = []
    for number in range(pairs):
        folder = work / f"pair-{number}"
        folder.mkdir(parents=True)
        db = folder / "shared.sqlite3"
        if number % 2:  # half into an existing register, half into a new file
            shutil.copyfile(shared / "roster.sqlite3", db)
        first = ["import", str(shared / "big.xlsx"), "--db", str(db), "--lang", "en"]
        second = ["import", str(ROSTER), "--db", str(db), "--lang", "en"]
        results = run_together([first, second], folder, env_for(folder))
        tally["imports succeeded"] += sum(code == 0 for code, _ in results)
        tally["imports failed"] += sum(code != 0 for code, _ in results)
        tally["pairs both landed"] += all(code == 0 for code, _ in results) and integrity(db) == "ok"
        examples += [f"{'existing' if number % 2 else 'new'} file: exit {code}: {err.strip()[-300:]}"
                     for code, err in results if code != 0]
        shutil.rmtree(folder, ignore_errors=True)
    return {"pairs": pairs, **tally, "problems": examples[:5]}


# -- a full disk --------------------------------------------------------------------------------

def full_disk_trials(trials: int, work: Path, shared: Path, rng: random.Random) -> dict:
    mount = work / "small-disk"
    mount.mkdir()
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], check=True,
                       capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError) as error:
        reason = getattr(error, "stderr", "") or str(error)
        return {"skipped": f"cannot mount a tmpfs here ({reason.strip()}); run as root to include it"}
    tally = Counter()
    examples = []
    try:
        for number in range(trials):
            for kind in ("import", "export", "backup", "print"):
                folder = mount / f"{kind}-{number}"
                folder.mkdir()
                if kind == "import":  # the register itself on the small disk
                    db = folder / "register.sqlite3"
                    shutil.copyfile(shared / "roster.sqlite3", db)
                    target = db
                    argv = ["import", str(shared / "big.xlsx"), "--db", str(db), "--lang", "en"]
                else:  # the register elsewhere, the output on the small disk
                    db = work / f"full-{kind}.sqlite3"
                    if not db.exists():
                        shutil.copyfile(shared / "current.sqlite3", db)
                    target = folder / {"export": "x.xlsx", "print": "x.pdf", "backup": "b"}[kind]
                    argv = {"export": ["export", str(target), "--db", str(db)],
                            "print": ["print", "hr-list", "--out", str(target), "--db", str(db), "--lang", "ru",
                                      "--year", "2026", "--as-of", "2026-11-23"],
                            "backup": ["backup", "--to", str(target), "--db", str(db)]}[kind]
                before = counts(db)
                # fill the disk to a random level so the work fails at a different point each time
                free = shutil.disk_usage(mount).free
                filler = folder / "filler"
                filler.write_bytes(b"\0" * max(0, free - rng.randint(20_000, 400_000)))
                result = subprocess.run([sys.executable, "-m", "skma_training", *argv], cwd=ROOT,
                                        env=env_for(work / "full-env"), capture_output=True, text=True, timeout=300)
                filler.unlink()  # room again, to look at what is left
                said = any(word in result.stderr.lower() for word in ("space", "места", "орын", "disk i/o"))
                tally[f"{kind}: exit {result.returncode}" + (", said no space" if said else "")] += 1
                problems = []
                if integrity(db) != "ok":
                    problems.append("register not whole")
                if counts(db) != before:
                    problems.append("register changed")
                if result.returncode == 3:
                    problems.append(f"exit 3 (treated as a bug): {result.stderr.strip()[-300:]}")
                elif result.returncode == 1 and not said:
                    problems.append(f"exit 1 without saying the disk is full: {result.stderr.strip()[-300:]}")
                half = [p for p in folder.rglob("*") if p.name.startswith(TEMPORARY_MARKS)]
                if kind == "export" and target.exists() and not workbook_complete(target):
                    half.append(target)
                if kind == "print" and target.exists() and not pdf_complete(target):
                    half.append(target)
                if kind == "backup" and target.is_dir():
                    from skma_training.persistence.sqlite_backup import verify

                    half += [p for p in target.iterdir() if verify(p) is not None]
                if half:
                    problems.append(f"half-written: {[p.name for p in half]}")
                tally["trials with a problem"] += bool(problems)
                examples += [f"{kind}: {p}" for p in problems[:1]]
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        subprocess.run(["umount", str(mount)], check=False)
        mount.rmdir()
    return {"trials": trials * 4, **dict(sorted(tally.items())), "problems": examples[:5]}


# -- damaged files ----------------------------------------------------------------------------------

COMMANDS_ON_DAMAGE = [["import", str(ROSTER)], ["demo", "--staff", "5"], ["check"], ["export", "OUT.xlsx"],
                      ["backup"]]


def damaged_trials(trials: int, work: Path, shared: Path, rng: random.Random,
                   commands: list[list[str]] = COMMANDS_ON_DAMAGE) -> dict:
    from faults.damage import checkpoint

    tally = Counter()
    examples = []
    for number in range(trials):
        for damage in ("truncated", "random page", "zero bytes", "foreign"):
            folder = work / f"damaged-{number}"
            folder.mkdir(parents=True)
            db = folder / "register.sqlite3"
            shutil.copyfile(shared / "current.sqlite3", db)
            checkpoint(db)
            data = bytearray(db.read_bytes())
            page = 4096
            if damage == "truncated":
                data = data[: rng.randrange(page, len(data) - page)]
            elif damage == "random page":
                start = rng.randrange(1, len(data) // page) * page
                data[start:start + page] = rng.randbytes(page)
            elif damage == "zero bytes":
                data = bytearray()
            else:
                data = bytearray(rng.choice([b"PK\x03\x04", b"%PDF-1.7", b"\xd0\xcf\x11\xe0"]) + rng.randbytes(5000))
            db.write_bytes(bytes(data))
            before = sha(db)
            refused = 0
            for command in commands:
                argv = [a.replace("OUT", str(folder / "out")) for a in command]
                returncode, stderr = cli([*argv, "--db", str(db), "--lang", "en"], folder)
                if command[0] in ("check", "export") and returncode == 0:
                    # reading a register whose damage SQLite does not meet on the way is fine,
                    # as long as it is said to be read-only and left unchanged
                    tally[f"{damage}: read despite damage ({command[0]})"] += 1
                    continue
                refused += returncode == 1
                if returncode != 1:
                    examples.append(f"{damage}/{command[0]}: exit {returncode}: {stderr[-200:]}")
            tally[f"{damage}: commands refused"] += refused
            unchanged = sha(db) == before
            tally[f"{damage}: file unchanged"] += unchanged
            if not unchanged:
                examples.append(f"{damage}: the file changed")
            shutil.rmtree(folder, ignore_errors=True)
    return {"files": trials * 4, "commands per file": len(commands), **dict(sorted(tally.items())),
            "problems": examples[:5]}


# -- the shared inputs ----------------------------------------------------------------------------------

def prepare_shared(shared: Path) -> None:
    """A small register (the sample roster) and a big workbook (the demo academy exported)."""
    shutil.copyfile(FIXTURE, shared / "demo.sqlite3")
    shutil.copyfile(FIXTURE, shared / "current.sqlite3")
    assert cli(["check", "--db", str(shared / "current.sqlite3")], shared)[0] == 0  # upgraded to head
    for leftover in (shared / "backups").glob("current.*"):  # its copy before the upgrade
        leftover.unlink()
    assert cli(["export", str(shared / "big.xlsx"), "--db", str(shared / "demo.sqlite3"),
                "--as-of", "2026-11-23"], shared)[0] == 0
    assert cli(["import", str(ROSTER), "--db", str(shared / "roster.sqlite3")], shared)[0] == 0


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=30, help="kill -9 trials of each kind")
    parser.add_argument("--pairs", type=int, default=20, help="pairs of imports started together")
    parser.add_argument("--full", type=int, default=5, help="full-disk trials of each kind")
    parser.add_argument("--damaged", type=int, default=5, help="damaged files of each kind")
    parser.add_argument("--only", default="kill,pairs,full,damaged")
    parser.add_argument("--kinds", default="import,export,print,backup,migrate")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    only = set(args.only.split(","))
    results = {}
    with tempfile.TemporaryDirectory(prefix="skma-faults-") as temporary:
        work = Path(temporary)
        shared = work / "shared"
        shared.mkdir()
        prepare_shared(shared)
        if "kill" in only:
            for kind in args.kinds.split(","):
                results[f"kill -9 during {kind}"] = kill_trials(kind, args.trials, work, shared, rng)
                _print(f"kill -9 during {kind}", results[f"kill -9 during {kind}"])
        if "pairs" in only:
            results["two importers at once"] = pair_trials(args.pairs, work, shared)
            _print("two importers at once", results["two importers at once"])
        if "full" in only:
            results["full disk"] = full_disk_trials(args.full, work, shared, rng)
            _print("full disk", results["full disk"])
        if "damaged" in only:
            results["damaged files"] = damaged_trials(args.damaged, work, shared, rng)
            _print("damaged files", results["damaged files"])
    return results


def _print(title: str, figures: dict) -> None:
    print(f"\n{title}:", flush=True)
    for key, value in figures.items():
        if key == "problems" and not value:
            continue
        print(f"  {key}: {value}", flush=True)


if __name__ == "__main__":
    main()
