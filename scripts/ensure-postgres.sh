#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 (or TRAVERSE_TEST_PG_URL's host and port) for the tests.
# Starts the local Debian cluster when it is down, installs PostgreSQL from Debian's packages when it is missing
# (allowing password-less local connections, as a development machine has them). When nothing can be started, the
# tests still fall back to Testcontainers if a Docker engine is available.
set -uo pipefail

url=${TRAVERSE_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}
hostport=${url#jdbc:postgresql://}
hostport=${hostport%%/*}
host=${hostport%%:*}
port=${hostport##*:}
[ "$port" = "$hostport" ] && port=5432

ready() { pg_isready -q -h "$host" -p "$port" 2>/dev/null; }
wait_ready() {
  for _ in $(seq 1 60); do ready && return 0; sleep 1; done
  return 1
}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

if command -v pg_isready >/dev/null && ready; then
  echo "PostgreSQL is up on $host:$port"
  exit 0
fi

start_cluster() {
  command -v pg_ctlcluster >/dev/null || return 1
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] || return 1
  echo "Starting PostgreSQL cluster $version/main"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  wait_ready
}

if start_cluster; then
  echo "PostgreSQL is up on $host:$port"
  exit 0
fi

if ! command -v pg_ctlcluster >/dev/null && command -v apt-get >/dev/null; then
  echo "Installing PostgreSQL from Debian's packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || true
  if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    hba=/etc/postgresql/$version/main/pg_hba.conf
    # A fresh install asks for passwords on TCP; the tests connect as postgres without one, like the dev machines.
    as_root sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
    if start_cluster; then
      echo "PostgreSQL installed and up on $host:$port"
      exit 0
    fi
  fi
fi

echo "WARNING: no PostgreSQL on $host:$port; tests will try Testcontainers (needs a Docker engine)" >&2
exit 0
