"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a Unix socket only.

Debian's server tools refuse to run as root, so as root they run as the ``postgres`` user. The
cluster trusts local connections (nothing listens on TCP) and skips fsync: it lives for one test
session. Each test gets its own database (``new_database``), copied from a template when asked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def find_binaries() -> Path | None:
    for folder in BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


class Cluster:
    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="cmplanner-pg-"))
        self.data = self.root / "data"
        self.socket = self.root
        self.as_postgres = os.geteuid() == 0
        self._count = 0
        if self.as_postgres:
            import pwd

            entry = pwd.getpwnam("postgres")
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o755)

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=True, cwd="/")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--no-locale", "-E", "UTF8", "--no-sync")
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w",
                  "-o", options, "start")

    def stop(self) -> None:
        """Stop the server (``fast``: open sessions are ended), keeping its files."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def restart(self) -> None:
        options = (f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w",
                  "-o", options, "start")

    def destroy(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={quote(str(self.socket), safe='')}"

    def admin(self, sql: str) -> None:
        import psycopg

        conn = psycopg.connect(host=str(self.socket), user="postgres", dbname="postgres",
                               autocommit=True)
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql)
        finally:
            conn.close()

    def new_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of ``template``); its address."""
        self._count += 1
        name = f"plan_{os.getpid()}_{self._count}"
        copy = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.admin(f"CREATE DATABASE {name}{copy}")
        return self.url(name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_orphans(bin_dir: Path) -> None:
    """Clusters left by a test session that was killed (its pytest is gone): stopped, removed."""
    for root in Path(tempfile.gettempdir()).glob("cmplanner-pg-*"):
        owner = root / "owner.pid"
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        if _alive(pid):
            continue
        orphan = Cluster.__new__(Cluster)
        orphan.bin_dir, orphan.root, orphan.data = bin_dir, root, root / "data"
        orphan.as_postgres = os.geteuid() == 0
        orphan.destroy()


def start_cluster() -> Cluster | None:
    bin_dir = find_binaries()
    if bin_dir is None:
        return None
    remove_orphans(bin_dir)
    cluster = Cluster(bin_dir)
    (cluster.root / "owner.pid").write_text(str(os.getpid()))
    started = time.monotonic()
    cluster.start()
    cluster.started_in = time.monotonic() - started
    return cluster
