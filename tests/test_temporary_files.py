"""Temporary files of a killed export or print are removed on the next start; only regular files
are written."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from skma_training.cli.main import run
from skma_training.fileio import NotARegularFile, atomic_output, pending_dir, remove_interrupted

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _logs(tmp_path, monkeypatch):
    monkeypatch.setenv("SKMA_TRAINING_LOG_DIR", str(tmp_path / "logs"))


def test_a_killed_writer_leaves_a_record_and_the_next_start_removes_its_file(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from skma_training.fileio import atomic_output\n"
        f"with atomic_output(Path({str(out / 'report.xlsx')!r})) as temporary:\n"
        "    temporary.write_bytes(b'x' * 100000)\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n")], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=os.environ.copy())
    assert child.stdout.readline().strip() == "writing"
    leftover = [p for p in out.iterdir()]
    assert len(leftover) == 1 and leftover[0].name.startswith(".skma-")
    assert remove_interrupted() == (0, 0)  # still running: left alone
    assert leftover[0].exists()
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert remove_interrupted() == (1, 100000)
    assert list(out.iterdir()) == [] and list(pending_dir().iterdir()) == []


def test_the_command_line_cleans_up_on_start(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    stray = folder / ".skma-0123456789ab.xlsx"
    stray.write_bytes(b"half a workbook")
    pending_dir().mkdir(parents=True, exist_ok=True)
    (pending_dir() / "dead.json").write_text('{"path": "%s"}' % stray)
    mine = folder / "keep.xlsx"  # a record that names a file not ours is ignored
    mine.write_bytes(b"the user's own")
    (pending_dir() / "odd.json").write_text('{"path": "%s"}' % mine)
    run(["template", str(tmp_path / "t.xlsx")])
    assert not stray.exists() and mine.exists()
    assert list(pending_dir().iterdir()) == []


def test_a_normal_write_leaves_no_record(tmp_path):
    with atomic_output(tmp_path / "a.pdf") as temporary:
        temporary.write_bytes(b"%PDF")
        assert len(list(pending_dir().iterdir())) == 1
    assert (tmp_path / "a.pdf").read_bytes() == b"%PDF"
    assert list(pending_dir().iterdir()) == []


def _special(path: Path, kind: str, victim: Path) -> Path:
    if kind == "symlink":
        path.symlink_to(victim)
    elif kind == "device":
        return Path("/dev/null")
    elif kind == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)
    return path


@pytest.mark.skipif(os.name != "posix", reason="symlinks and device nodes")
@pytest.mark.parametrize("kind", ["symlink", "device", "folder", "fifo"])
def test_export_and_print_write_only_to_a_regular_file(capsys, tmp_path, kind):
    victim = tmp_path / "victim.txt"
    victim.write_text("do not touch")
    xlsx = _special(tmp_path / "out.xlsx", kind, victim)
    pdf = _special(tmp_path / "out.pdf", kind, victim)
    with pytest.raises(NotARegularFile):
        with atomic_output(xlsx):
            pass
    db = tmp_path / "r.sqlite3"
    assert run(["import", str(DATA / "sample-roster-ru.xlsx"), "--db", str(db)]) == 0
    capsys.readouterr()
    assert run(["export", str(xlsx), "--db", str(db), "--lang", "en"]) == 1
    assert "is not an ordinary file" in capsys.readouterr().err
    assert run(["print", "hr-list", "--out", str(pdf), "--db", str(db), "--lang", "ru"]) == 1
    assert str(pdf) in capsys.readouterr().err  # the message names it (in Russian once translated)
    assert victim.read_text() == "do not touch"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".skma-")]


def test_the_journal_of_a_killed_backup_copy_goes_too(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    copy = folder / ".partial-0123456789ab.sqlite3"
    copy.write_bytes(b"SQLite format 3\x00 half")
    journal = folder / ".partial-0123456789ab.sqlite3-journal"
    journal.write_bytes(b"journal")
    pending_dir().mkdir(parents=True)
    (pending_dir() / "dead.json").write_text('{"path": "%s"}' % copy)
    assert remove_interrupted() == (2, len(b"SQLite format 3\x00 half") + len(b"journal"))
    assert list(folder.iterdir()) == []
