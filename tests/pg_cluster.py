"""A private, throw-away PostgreSQL cluster for the tests (and for .ci/run).

The server refuses to run as root, so when we are root, initdb and pg_ctl run
as the ``postgres`` user in a data directory it owns. pg_ctl's output goes to a
log file: a server that inherits our pipes would keep subprocess.run waiting.

    python tests/pg_cluster.py start DIR   # prints the superuser URL
    python tests/pg_cluster.py stop DIR
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

BIN_DIRS = [Path("/usr/lib/postgresql/15/bin"), Path("/usr/lib/postgresql/16/bin")]
SUPERUSER = "postgres"


def bin_dir() -> Path | None:
    for candidate in BIN_DIRS:
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", SUPERUSER, "--", *command]
    return command


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(directory: Path) -> str:
    """initdb + start on a free loopback port; returns the superuser's URL (trusted, no password)."""
    binaries = bin_dir()
    if binaries is None:
        raise RuntimeError("PostgreSQL binaries not found (apt-get install postgresql)")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    data = directory / "data"
    log_file = directory / "server.log"
    if os.geteuid() == 0:
        shutil.chown(directory, SUPERUSER)
        os.chmod(directory, 0o700)
    subprocess.run(
        _as_server_user([str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "-E", "UTF8",
                         "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256",
                         "--no-sync"]),
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120,
    )
    # the superuser is trusted on loopback (tests create databases freely);
    # every other login needs its SCRAM password, as on the academy's server
    hba = data / "pg_hba.conf"
    hba.write_text(
        "local all all trust\n"
        f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
        "host all all 127.0.0.1/32 scram-sha-256\n"
    )
    port = free_port()
    options = (f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={directory} "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=200 -c shared_buffers=64MB")
    with open(os.devnull, "rb") as devnull:
        subprocess.run(
            _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-l", str(log_file),
                             "-o", options, "-w", "-t", "60", "start"]),
            check=True, stdin=devnull, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90,
        )
    (directory / "port").write_text(str(port))
    url = f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
    _wait(url)
    return url


def _wait(url: str, seconds: float = 30) -> None:
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            psycopg.connect(url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def stop(directory: Path) -> None:
    binaries = bin_dir()
    data = Path(directory) / "data"
    if binaries is None or not data.exists():
        return
    subprocess.run(
        _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60,
    )


if __name__ == "__main__":
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(where))
    else:
        stop(where)
