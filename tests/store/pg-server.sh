#!/usr/bin/env bash
# A throw-away PostgreSQL server for the store tests and the benchmark.
#
#   pg-server.sh start DIR   initdb + start on 127.0.0.1:<free port>, create role and database,
#                            write DIR/connection ("host=… port=… dbname=… user=… password=…")
#   pg-server.sh start-tls DIR
#                            the same with ssl=on and TCP connections accepted only over TLS
#                            (pg_hba "hostssl"): a CA and a server certificate for the name
#                            "localhost" only (not 127.0.0.1) made now with the openssl CLI;
#                            DIR/connection says host=localhost, DIR/root.crt is the CA,
#                            DIR/other-root.crt a CA that did not issue the server's certificate
#   pg-server.sh stop DIR    stop the server and delete its data
#
# The cluster lives in a fresh temporary directory (mktemp), owned by an unprivileged user: as root
# (CI) that is the `postgres` system user (created when missing), otherwise the caller. It listens
# on the loopback address only, with scram-sha-256 password authentication and a random password.
# PostgreSQL is installed through scripts/install-deps.sh when its binaries are missing.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|start-tls|stop DIR" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)

find_bindir() {
    local v
    for v in $(ls /usr/lib/postgresql 2>/dev/null | sort -rn); do
        if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then
            echo "/usr/lib/postgresql/$v/bin"
            return 0
        fi
    done
    return 1
}

# Runs a command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    [ -f "$dir/pgdata" ] || return 0
    local base
    base=$(cat "$dir/pgdata")
    local bindir
    bindir=$(find_bindir)
    if [ -f "$base/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$base/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    case "$base" in
        /tmp/dd-pg.*) rm -rf "$base" ;;
    esac
    rm -f "$dir/pgdata" "$dir/connection" "$dir/root.crt" "$dir/other-root.crt"
}

# CA, other CA and server certificate in $base/tls; the CA certificates copied to $dir.
make_certificates() {
    local tls=$base/tls
    mkdir -p "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=DepositDesk test CA" \
        -keyout "$tls/ca.key" -out "$tls/root.crt" 2>/dev/null
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Some other CA" \
        -keyout "$tls/other.key" -out "$tls/other-root.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
        -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n' >"$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/root.crt" -CAkey "$tls/ca.key" \
        -CAcreateserial -days 2 -extfile "$tls/server.ext" -out "$tls/server.crt" 2>/dev/null
    rm -f "$tls/ca.key" "$tls/other.key" "$tls/server.csr"
    chmod 600 "$tls/server.key"
    [ "$(id -u)" -eq 0 ] && chown -R postgres: "$tls"
    cp "$tls/root.crt" "$tls/other-root.crt" "$dir/"
}

tls=no
if [ "$cmd" = start-tls ]; then
    tls=yes
    cmd=start
fi

case "$cmd" in
start)
    mkdir -p "$dir"
    stop_server # a leftover from an interrupted run
    if ! bindir=$(find_bindir); then
        if [ "$(id -u)" -eq 0 ]; then
            bash "$here/../../scripts/install-deps.sh"
        fi
        bindir=$(find_bindir) || { echo "PostgreSQL is not installed (run scripts/install-deps.sh)" >&2; exit 1; }
    fi
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    base=$(mktemp -d /tmp/dd-pg.XXXXXX)
    chmod 700 "$base"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$base"
    echo "$base" >"$dir/pgdata"
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$password" >"$base/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$base/pwfile"
    chmod 600 "$base/pwfile"
    as_owner "$bindir/initdb" -D "$base/data" -U postgres --pwfile="$base/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 \
        || { cat "$base/initdb.log" >&2; exit 1; }
    rm -f "$base/pwfile"
    server_options=""
    connect_host=127.0.0.1
    if [ "$tls" = yes ]; then
        make_certificates
        printf '%s\n' "local all all scram-sha-256" \
            "hostssl all all 127.0.0.1/32 scram-sha-256" \
            "hostssl all all ::1/128 scram-sha-256" >"$base/data/pg_hba.conf"
        server_options="-c ssl=on -c ssl_cert_file=$base/tls/server.crt -c ssl_key_file=$base/tls/server.key"
        connect_host=localhost
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $base -c fsync=off -c max_connections=100 $server_options" start >/dev/null \
        || { cat "$base/server.log" >&2; exit 1; }
    PGPASSWORD=$password "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE depositdesk LOGIN CREATEDB PASSWORD '$password'" \
        -c "CREATE DATABASE depositdesk OWNER depositdesk" >/dev/null
    umask 077
    echo "host=$connect_host port=$port dbname=depositdesk user=depositdesk password=$password" >"$dir/connection"
    echo "PostgreSQL $(basename "$(dirname "$bindir")") listening on 127.0.0.1:$port (data in $base)"
    ;;
stop)
    stop_server
    ;;
*)
    echo "usage: $0 start|start-tls|stop DIR" >&2
    exit 2
    ;;
esac
