#!/usr/bin/env bash
# A Spark standalone cluster on this machine (Master, Workers and their executors: separate JVMs on
# 127.0.0.1) built from Maven Central jars, to try the clinscribe Spark job as a cluster runs it without
# having one. No Spark download: target/spark-home/jars is made by spark-home/pom.xml.
#
#   spark-standalone.sh home                          build target/spark-home (once; needs Maven)
#   spark-standalone.sh start [WORKERS] [CORES]       a Master and WORKERS Workers of CORES cores (1 x 2)
#   spark-standalone.sh submit INPUT OUTPUT [ARGS]    the job on that cluster (ARGS go to spark-submit)
#   spark-standalone.sh status                        the cluster's JVMs
#   spark-standalone.sh stop                          stops every JVM it started, executors included
#   spark-standalone.sh compare LOCAL_OUT JOB_OUTPUT  the job's documents against `clinscribe batch --out
#                                                     LOCAL_OUT`'s, as JSON values (needs jq)
#
# Environment: STATE_DIR (default batch-spark/target/spark-standalone: logs, pids, the workers' work
# folders, event logs), WORKER_MEMORY (8g), EXECUTOR_MEMORY (4g), DRIVER_MEMORY (1g), JAVA_HOME or java
# on PATH (17 or later). submit prints the wall time, the executors' and the driver's peak RSS (VmHWM
# sampled every 0.2 s while they run) and leaves Spark's event log in STATE_DIR/events.
set -euo pipefail

MODULE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPARK_HOME="${SPARK_HOME_DIR:-$MODULE_DIR/target/spark-home}"
# absolute: executors are recognised by their working folder under it
STATE_DIR="$(realpath -m "${STATE_DIR:-$MODULE_DIR/target/spark-standalone}")"
WORKER_MEMORY="${WORKER_MEMORY:-8g}"
EXECUTOR_MEMORY="${EXECUTOR_MEMORY:-4g}"
DRIVER_MEMORY="${DRIVER_MEMORY:-1g}"
if [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi

# What Spark's launcher (org.apache.spark.launcher.JavaModuleOptions) gives every JVM it starts (Spark adds
# them to the executors' command itself); flags a JDK does not know (newer than 17) are skipped thanks to
# the first one.
JAVA_MODULE_OPTIONS=(
  -XX:+IgnoreUnrecognizedVMOptions
  --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true
  -Dio.netty.allocator.type=pooled
  -Dio.netty.handler.ssl.defaultEndpointVerificationAlgorithm=NONE
  --sun-misc-unsafe-memory-access=allow
  --enable-native-access=ALL-UNNAMED
)

# Everything on loopback; the Worker builds its executors' class path from SPARK_HOME/jars
# (AbstractCommandBuilder), and without a Spark source tree it needs the Scala version told.
export SPARK_HOME SPARK_LOCAL_IP=127.0.0.1 SPARK_SCALA_VERSION=2.13 SPARK_CONF_DIR="$STATE_DIR/conf"

die() { echo "spark-standalone: $*" >&2; exit 1; }

spark_class_path() { echo "$SPARK_CONF_DIR/:$SPARK_HOME/jars/*"; }

build_home() {
  if compgen -G "$SPARK_HOME/jars/spark-core_*.jar" >/dev/null; then return; fi
  echo "spark-standalone: building $SPARK_HOME from Maven Central jars" >&2
  mvn -B -q -f "$MODULE_DIR/spark-home/pom.xml" package
}

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits until FILE has at least N lines matching PATTERN; fails after SECONDS or if the JVM of PIDFILE ends.
wait_for() {
  local file=$1 pattern=$2 n=$3 seconds=$4 pidfile=$5
  local deadline=$((SECONDS + seconds))
  until [[ -f "$file" ]] && (( $(grep -c -E "$pattern" "$file" || true) >= n )); do
    if ! alive "$pidfile"; then die "$(basename "$pidfile" .pid) ended; see $file"; fi
    if (( SECONDS >= deadline )); then die "gave up waiting for '$pattern' in $file"; fi
    sleep 0.2
  done
}

start() {
  local workers=${1:-1} cores=${2:-2}
  build_home
  if alive "$STATE_DIR/master.pid"; then die "already running (stop it first): $(cat "$STATE_DIR/master.url")"; fi
  # only what an earlier run left here: STATE_DIR may be a folder the user chose
  rm -rf "$STATE_DIR/logs" "$STATE_DIR/work" "$STATE_DIR/events" "$STATE_DIR/rss" "$STATE_DIR/conf"
  rm -f "$STATE_DIR"/*.pid "$STATE_DIR/master.url"
  mkdir -p "$STATE_DIR/logs" "$STATE_DIR/work" "$STATE_DIR/events" "$SPARK_CONF_DIR"
  # port 0: free ports chosen by the JVMs themselves, read back from the logs (no race with other users)
  "$JAVA" -Xmx512m "${JAVA_MODULE_OPTIONS[@]}" -cp "$(spark_class_path)" \
    org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
    >"$STATE_DIR/logs/master.log" 2>&1 &
  echo $! >"$STATE_DIR/master.pid"
  wait_for "$STATE_DIR/logs/master.log" "Starting Spark master at spark://" 1 60 "$STATE_DIR/master.pid"
  local url
  url=$(grep -o -E "spark://127\.0\.0\.1:[0-9]+" "$STATE_DIR/logs/master.log" | head -1)
  echo "$url" >"$STATE_DIR/master.url"
  for ((i = 1; i <= workers; i++)); do
    mkdir -p "$STATE_DIR/work/worker-$i"
    "$JAVA" -Xmx512m "${JAVA_MODULE_OPTIONS[@]}" -cp "$(spark_class_path)" \
      org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
      --cores "$cores" --memory "$WORKER_MEMORY" --work-dir "$STATE_DIR/work/worker-$i" "$url" \
      >"$STATE_DIR/logs/worker-$i.log" 2>&1 &
    echo $! >"$STATE_DIR/worker-$i.pid"
  done
  for ((i = 1; i <= workers; i++)); do
    wait_for "$STATE_DIR/logs/worker-$i.log" "Successfully registered with master" 1 60 "$STATE_DIR/worker-$i.pid"
  done
  wait_for "$STATE_DIR/logs/master.log" "Registering worker" "$workers" 30 "$STATE_DIR/master.pid"
  echo "$url ($workers worker(s) x $cores core(s), state in $STATE_DIR)"
}

# Every executor's process id, even one whose Worker is gone: the Workers start them in a folder under
# their work folders (the tools an executor runs, sox or tesseract, inherit that folder, hence the class
# name too). Reads all of /proc: for status and stop, not for sampling.
executor_pids() {
  local p cwd
  for p in /proc/[0-9]*; do
    cwd=$(readlink "$p/cwd" 2>/dev/null || true)
    if [[ "$cwd" == "$STATE_DIR/work/"*/* ]] && tr '\0' ' ' <"$p/cmdline" 2>/dev/null \
        | grep -q CoarseGrainedExecutorBackend; then
      echo "${p#/proc/}"
    fi
  done
}

# The executors running now: the Workers' child processes (cheap enough to ask five times a second).
running_executors() {
  local f workers=()
  for f in "$STATE_DIR"/worker-*.pid; do [[ -e "$f" ]] && workers+=("$(cat "$f")"); done
  (( ${#workers[@]} > 0 )) || return 0
  pgrep -d ' ' -P "$(IFS=,; echo "${workers[*]}")" || true
}

# Samples the peak RSS (VmHWM, kB) of the executors and of PID into STATE_DIR/rss/<pid> until PID ends.
sample_rss() {
  local driver=$1 p hwm
  mkdir -p "$STATE_DIR/rss"
  while kill -0 "$driver" 2>/dev/null; do
    for p in $driver $(running_executors); do
      hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
      if [[ -n "$hwm" ]]; then echo "$hwm" >"$STATE_DIR/rss/$p"; fi
    done
    sleep 0.2
  done
}

submit() {
  (( $# >= 2 )) || die "usage: submit INPUT OUTPUT [spark-submit arguments]"
  local input=$1 output=$2; shift 2
  # with no cluster running, a --master among ARGS (local[2] for a comparison) is the one used
  local master=()
  if alive "$STATE_DIR/master.pid"; then
    master=(--master "$(cat "$STATE_DIR/master.url")")
  elif [[ " $* " != *" --master "* ]]; then
    die "no cluster running: start one first (or give --master)"
  fi
  mkdir -p "$STATE_DIR/logs" "$STATE_DIR/events" "$SPARK_CONF_DIR"
  local job="$MODULE_DIR/target/clinscribe-batch-spark.jar"
  [[ -f "$job" ]] || die "no $job: mvn -B -pl batch-spark -am package -DskipTests"
  local jars
  jars=$(ls "$MODULE_DIR"/target/lib/*.jar | paste -sd, -)
  rm -rf "$STATE_DIR/rss"
  local start_ns status=0
  start_ns=$(date +%s%N)
  # spark-submit as the README gives it, launched as Spark's launcher would: the driver in this JVM
  "$JAVA" -Xmx"$DRIVER_MEMORY" "${JAVA_MODULE_OPTIONS[@]}" -cp "$(spark_class_path)" \
    org.apache.spark.deploy.SparkSubmit "${master[@]}" --deploy-mode client \
    --class io.clinscribe.batch.spark.SparkBatchJob --jars "$jars" \
    --conf spark.executorEnv.OMP_THREAD_LIMIT=1 --executor-memory "$EXECUTOR_MEMORY" \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.ui.enabled=false --conf spark.eventLog.enabled=true \
    --conf spark.eventLog.dir="file://$STATE_DIR/events" \
    --conf spark.eventLog.compress=false --conf spark.eventLog.rolling.enabled=false \
    "$@" "$job" "$input" "$output" \
    > >(tee "$STATE_DIR/logs/submit.out") 2>"$STATE_DIR/logs/submit.log" &
  local driver=$!
  echo "$driver" >"$STATE_DIR/driver.pid"
  sample_rss "$driver" &
  local sampler=$!
  wait "$driver" || status=$?
  wait "$sampler" || true
  rm -f "$STATE_DIR/driver.pid"
  local wall_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  echo "submit: exit $status, wall $((wall_ms / 1000)).$(printf %03d $((wall_ms % 1000))) s (driver log: $STATE_DIR/logs/submit.log)"
  # the first stage computes the documents (the later ones write them from Spark's cache)
  local stage
  stage=$(grep -o -E "ResultStage 0 \(.*\) finished in [0-9]+ ms" "$STATE_DIR/logs/submit.log" | grep -o -E "[0-9]+ ms$" || true)
  echo "processing stage (stage 0, model loading included): ${stage:-not found}"
  local f
  for f in "$STATE_DIR"/rss/*; do
    [[ -e "$f" ]] || continue
    if [[ "$(basename "$f")" == "$driver" ]]; then
      echo "peak RSS driver (pid $driver): $(( $(cat "$f") / 1024 )) MB"
    else
      echo "peak RSS executor (pid $(basename "$f")): $(( $(cat "$f") / 1024 )) MB"
    fi
  done
  return "$status"
}

status() {
  local f
  for f in "$STATE_DIR"/*.pid; do
    [[ -e "$f" ]] || continue
    if alive "$f"; then echo "$(basename "$f" .pid): pid $(cat "$f") running"; else echo "$(basename "$f" .pid): ended"; fi
  done
  local p
  for p in $(executor_pids); do echo "executor: pid $p running"; done
}

stop_pid() {
  local pid=$1 waited=0
  kill "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null && (( waited < 100 )); do sleep 0.1; waited=$((waited + 1)); done
  kill -9 "$pid" 2>/dev/null || true
}

stop() {
  local f
  # a driver left by an interrupted submit; Workers next: each ends its executors on the way out; then the
  # Master; then any executor left
  for f in "$STATE_DIR"/driver.pid "$STATE_DIR"/worker-*.pid "$STATE_DIR"/master.pid; do
    [[ -e "$f" ]] || continue
    stop_pid "$(cat "$f")"
    rm -f "$f"
  done
  local p
  for p in $(executor_pids); do stop_pid "$p"; done
  echo "stopped"
}

# The local batch writes one pretty-printed document per input, the job JSON Lines: compared as JSON values.
compare() {
  (( $# == 2 )) || die "usage: compare LOCAL_BATCH_OUT JOB_OUTPUT"
  local local_docs job_docs
  local_docs=$(mktemp) job_docs=$(mktemp)
  find "$1" -name '*.json' ! -name 'clinscribe-run.json' -exec jq -cS . {} + | sort >"$local_docs"
  find "$2/documents" -name 'part-*' -exec cat {} + | jq -cS . | sort >"$job_docs"
  local status=0
  if cmp -s "$local_docs" "$job_docs"; then
    echo "same $(wc -l <"$job_docs") documents"
  else
    echo "documents differ: $(wc -l <"$local_docs") local, $(wc -l <"$job_docs") from the job; ids differing:"
    diff "$local_docs" "$job_docs" | sed -n 's/^< /local /p; s/^> /job   /p' \
      | while read -r side json; do echo "$side $(jq -r .id <<<"$json")"; done | sort | head -20 || true
    status=1
  fi
  rm -f "$local_docs" "$job_docs"
  return "$status"
}

case "${1:-}" in
  home) build_home; echo "$SPARK_HOME" ;;
  start) shift; start "$@" ;;
  submit) shift; submit "$@" ;;
  status) status ;;
  stop) stop ;;
  compare) shift; compare "$@" ;;
  *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
