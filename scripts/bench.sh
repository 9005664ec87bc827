#!/usr/bin/env bash
# Runs the shared DAV benchmark kit against ./partage up, the way docs/performance.md reports it:
# the whole stack pinned to core 1, wrk on core 0, the same deterministic data seeded through DAV.
#   scripts/bench.sh KIT_DIR [WORK_DIR]     KIT_DIR: the benchmark kit (seed.py, run-all.sh, ...)
# The kit needs Debian's wrk, nginx (for the W0 ceiling) and /usr/bin/python3.
set -euo pipefail
KIT=$(cd "${1:?usage: scripts/bench.sh KIT_DIR [WORK_DIR]}" && pwd)
WORK=${2:-/tmp/partage-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
USER_=gilles.buisson@namebay.example
HOME_=/dav/calendars/$USER_/
AB_HOME=/dav/addressbooks/$USER_/
mkdir -p "$WORK"

cd "$ROOT"
./partage stop >/dev/null 2>&1 || true
taskset -c 1 ./partage up > "$WORK/stack.log" 2>&1 &
trap './partage stop >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 180); do curl -sf http://127.0.0.1:8080/q/health/ready >/dev/null && break; sleep 1; done

if [ ! -f "$WORK/manifest.json" ]; then
  /usr/bin/python3 "$KIT/seed.py" --base http://127.0.0.1:8080 --user "$USER_" --password demo \
    --calendar "${HOME_}cal1k/=1000" --calendar "${HOME_}cal10k/=10000" --calendar "${HOME_}calput/=0" \
    --addressbook "${AB_HOME}ab5k/=5000" --manifest "$WORK/manifest.json"
fi
SERVER=partage SERVER_PID=$(cat .data/partage.pid) MANIFEST="$WORK/manifest.json" TSV="$WORK/results.tsv" \
  WORKDIR="$WORK/work" "$KIT/run-all.sh" http://127.0.0.1:8080 "$USER_" demo "$HOME_" "$AB_HOME"
./partage stop >/dev/null
TSV="$WORK/results-nginx.tsv" "$KIT/ceiling.sh"
/usr/bin/python3 "$KIT/report.py" "$WORK"/results*.tsv
