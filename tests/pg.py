"""A throwaway PostgreSQL cluster for the tests and benches: initdb in a temporary folder,
pg_ctl start on a free loopback port, SCRAM passwords, stopped and removed at the end.

PostgreSQL refuses to run as root (CI runs as root), so there the cluster belongs to
``nobody`` and its commands run through ``setpriv``. The server's binaries are Debian's
(``/usr/lib/postgresql/N/bin``, installed by ``scripts/test``) or whatever ``initdb`` is on
the PATH elsewhere.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "throwaway-superuser"


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise RuntimeError(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed: run scripts/test, "
        "which installs them on Debian/Ubuntu, or install PostgreSQL 14 or newer"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    """A running cluster: ``url(login, password, dbname)`` names a connection to it."""

    folder: Path
    port: int
    bindir: Path
    as_user: str | None  # the OS user the server runs as when we are root

    def url(self, login: str = SUPERUSER, password: str = SUPERUSER_PASSWORD,
            dbname: str = "postgres") -> str:
        return f"postgresql://{quote(login)}:{quote(password)}@127.0.0.1:{self.port}/{dbname}"

    def run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bindir / program), *args]
        if self.as_user:
            command = ["setpriv", f"--reuid={self.as_user}", f"--regid={self._group()}",
                       "--clear-groups", *command]
        return subprocess.run(command, check=check, capture_output=True, text=True,
                              env={**os.environ, "LC_ALL": "C.UTF-8", "PGTZ": "UTC"})

    def _group(self) -> int:
        return pwd.getpwnam(self.as_user).pw_gid

    def new_database(self, name: str) -> str:
        """A fresh empty database (dropped first if it exists); its superuser URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
        return self.url(dbname=name)

    def drop_database(self, name: str, role: str) -> None:
        """Drop a team database, its logins (the members of ``role``) and ``role`` itself:
        roles are cluster-wide, and the next test's team reuses the names."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            members = conn.execute(
                "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles m ON m.oid = a.member "
                "JOIN pg_roles g ON g.oid = a.roleid WHERE g.rolname = %s", (role,)).fetchall()
            for (member,) in members:
                conn.execute(f'DROP ROLE IF EXISTS "{member}"')
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop",
                 check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    bindir = _bindir()
    as_user = "nobody" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="desktop-crm-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    password_file = folder / "superuser-password"
    password_file.write_text(SUPERUSER_PASSWORD + "\n")
    if as_user:
        entry = pwd.getpwnam(as_user)
        for path in (folder, sockets, password_file):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    port = _free_port()
    cluster = Cluster(folder, port, bindir, as_user)
    try:
        cluster.run("initdb", "-D", str(data), "-U", SUPERUSER, f"--pwfile={password_file}",
                    "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8")
        options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={sockets}"
                   " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                   " -c max_connections=60 -c shared_buffers=128MB")
        cluster.run("pg_ctl", "-D", str(data), "-l", str(folder / "server.log"), "-o", options,
                    "-w", "-t", "60", "start")
    except BaseException as error:
        log = folder / "server.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        if isinstance(error, subprocess.CalledProcessError):
            detail = (error.stderr or "") + detail
        cluster.stop()
        raise RuntimeError(f"could not start a throwaway PostgreSQL: {detail}") from error
    return cluster
