#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL server: DATABASE_URL points at it.
# Installs Debian's postgresql package first when no server binaries are found (needs root).
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "PostgreSQL is not installed. Install it with: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "Installing Debian's postgresql package…"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

port=${PGTEST_PORT:-55432}
dir=$(mktemp -d /tmp/vn-postgres.XXXXXX)
# PostgreSQL refuses to run as root: as root, run it as the postgres user the package created.
as_owner=()
cd "$dir"  # a folder the server's user can enter, whatever the caller's folder
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi

"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U ventanilla --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
stop() {
  cd /
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}
trap stop EXIT

export DATABASE_URL="postgres://ventanilla@127.0.0.1:$port/postgres"
cd "$OLDPWD"
echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') listening for the tests at 127.0.0.1:$port"
"$@"
