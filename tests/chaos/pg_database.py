"""A database of its own for a chaos run on the PostgreSQL server of pg-server.sh."""
import glob
import os
import re
import shutil
import subprocess


def _psql():
    found = shutil.which("psql")
    if found:
        return found
    for path in sorted(glob.glob("/usr/lib/postgresql/*/bin/psql"), reverse=True):
        return path
    raise SystemExit("psql not found (run scripts/install-deps.sh)")


class Database:
    def __init__(self, fields, name):
        self.fields, self.name = fields, name
        connection = dict(fields, dbname=name)
        self.connection = " ".join(f"{k}={v}" for k, v in connection.items())

    def _run(self, sql):
        env = dict(os.environ, PGPASSWORD=self.fields["password"])
        subprocess.run([_psql(), "-h", self.fields["host"], "-p", self.fields["port"], "-U",
                        self.fields["user"], "-d", self.fields["dbname"], "-q", "-v",
                        "ON_ERROR_STOP=1", "-c", sql], env=env, check=True,
                       stdout=subprocess.DEVNULL)

    def drop(self):
        self._run(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")


def create(connection_file, name):
    """Creates database `name` next to the one in `connection_file`; its connection string."""
    text = open(connection_file).read().strip()
    fields = dict(re.findall(r"(\w+)=(\S+)", text))
    database = Database(fields, re.sub(r"\W", "_", name))
    database._run(f"CREATE DATABASE {database.name}")
    return database
