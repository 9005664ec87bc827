#!/usr/bin/env bash
# Partage's interoperability suite: real third-party clients against a running Partage.
#
#   interop/run.sh [--install] [URL]
#
#   --install  install the clients first: litmus, cadaver, python3-caldav, vdirsyncer, todoman,
#              khard, syncevolution, curl (Debian) and tsdav (npm ci in interop/tsdav, with the
#              machine's node/npm).
#   URL        root URL of a running Partage. Without it, `./partage up` is started from the
#              repository root, waited for, and stopped at the end.
#
# Clients: litmus (RFC 4918, informational: a calendar refuses non-iCalendar bodies, so the run
# fails only if fewer litmus tests pass than interop/litmus-floor.txt), cadaver in a calendar and
# in an address book, the python3-caldav flows (caldav_flows.py) and task-list flows
# (caldav_tasks.py), todoman and khard through vdirsyncer (vdirsyncer/todoman_flows.py,
# vdirsyncer/khard_flows.py, which also has khard and tsdav read each other's vCards), SyncEvolution
# on an address book (syncevolution/syncevolution_flows.py) and the tsdav CalDAV and CardDAV flows
# (tsdav/flows.mjs, tsdav/cards.mjs). python3-caldav has no CardDAV. As sharees (issue 5):
# python3-caldav with read-write and with read-only access (caldav_sharee.py), vdirsyncer with khard
# syncing a shared calendar and a shared address book both ways (vdirsyncer/sharee_flows.py), and
# tsdav (tsdav/sharee.mjs).
# Only the root URL is given to them; every other URL is discovered. Everything is written under
# interop/out/.
# The last line printed is `N passed, M failed` over all checks; exit 0 only when M is 0.
#
# Environment: PARTAGE_INTEROP_USER / PARTAGE_INTEROP_PASSWORD (default: a demo account), and
# PARTAGE_INTEROP_OTHER_USER / PARTAGE_INTEROP_OTHER_PASSWORD, a second account of the same domain
# that must not see the first one's task list and is the read-write sharee of the sharee flows
# (default: another demo account), and PARTAGE_INTEROP_READER_USER / PARTAGE_INTEROP_READER_PASSWORD,
# a third account of the same domain, the read-only sharee (default: a third demo account).
set -uo pipefail

INTEROP_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$INTEROP_DIR")
OUT_DIR="$INTEROP_DIR/out"
SUMMARY="$OUT_DIR/summary.txt"
DAV_USER=${PARTAGE_INTEROP_USER:-gilles.buisson@namebay.example}
DAV_PASSWORD=${PARTAGE_INTEROP_PASSWORD:-demo}
OTHER_USER=${PARTAGE_INTEROP_OTHER_USER:-alexandre.bernard@namebay.example}
OTHER_PASSWORD=${PARTAGE_INTEROP_OTHER_PASSWORD:-demo}
READER_USER=${PARTAGE_INTEROP_READER_USER:-david.lanteri@namebay.example}
READER_PASSWORD=${PARTAGE_INTEROP_READER_PASSWORD:-demo}
# Debian's python: the first python3 on PATH may be another install that cannot see python3-caldav.
DEBIAN_PYTHON=/usr/bin/python3
LOCAL_ROOT_URL=http://127.0.0.1:8080/
READY_URL=${LOCAL_ROOT_URL}q/health/ready
READY_TIMEOUT_SECONDS=360
STOP_TIMEOUT_SECONDS=90
# Collections created by this run carry this prefix, so reruns never clash with leftovers.
RUN_PREFIX="interop-$(date -u +%Y%m%d-%H%M%S)"

TOTAL_PASSED=0
TOTAL_FAILED=0
STACK_PID=""

usage() {
  # The comment block at the top of this file, whatever its length.
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
  exit 2
}

log() {
  echo "$*" | tee -a "$SUMMARY"
}

# Adds one client's counts to the totals and prints its summary line.
record() {
  local client=$1 passed=$2 failed=$3 note=${4:-}
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  log "$client: $passed passed, $failed failed${note:+   ($note)}"
}

install_clients() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends litmus cadaver python3-caldav vdirsyncer todoman khard syncevolution curl
  (cd "$INTEROP_DIR/tsdav" && npm ci --no-audit --no-fund)
}

# ---------------------------------------------------------------------------------------------
# the local stack
# ---------------------------------------------------------------------------------------------

start_stack() {
  echo "starting ./partage up (log: $OUT_DIR/stack.log)"
  # setsid gives the stack its own process group, so that stopping it reaches every child
  # (PostgreSQL, Kafka, Keycloak, the services) and nothing else.
  # With job control off (set +m), a background job is no group leader, so setsid needs no fork:
  # the pid of the job is the id of its new process group.
  set +m
  (cd "$REPO_DIR" && exec setsid ./partage up) > "$OUT_DIR/stack.log" 2>&1 < /dev/null &
  STACK_PID=$!
  trap stop_stack EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

stop_stack() {
  [[ -n "$STACK_PID" ]] || return 0
  echo "stopping the stack (process group $STACK_PID)"
  kill -TERM -- "-$STACK_PID" 2> /dev/null
  local waited=0
  while kill -0 -- "-$STACK_PID" 2> /dev/null; do
    if ((waited >= STOP_TIMEOUT_SECONDS)); then
      echo "the stack ignored SIGTERM for ${STOP_TIMEOUT_SECONDS}s: sending SIGKILL"
      kill -KILL -- "-$STACK_PID" 2> /dev/null
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  wait "$STACK_PID" 2> /dev/null
  STACK_PID=""
}

wait_until_ready() {
  local deadline=$((SECONDS + READY_TIMEOUT_SECONDS)) status
  while ((SECONDS < deadline)); do
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$READY_URL")
    [[ "$status" == 200 ]] && return 0
    if ! kill -0 "$STACK_PID" 2> /dev/null; then
      echo "./partage up exited before the stack was ready; see $OUT_DIR/stack.log"
      return 1
    fi
    sleep 3
  done
  echo "$READY_URL did not answer 200 within ${READY_TIMEOUT_SECONDS}s; see $OUT_DIR/stack.log"
  return 1
}

# ---------------------------------------------------------------------------------------------
# clients
# ---------------------------------------------------------------------------------------------

# Runs one of the flow scripts, whose output ends with `N passed, M failed`.
run_flow_script() {
  local client=$1 log_file=$2
  shift 2
  timeout --kill-after=10 300 "$@" > "$log_file" 2> "${log_file%.txt}.err"
  local status=$?
  sed "s/^/  $client: /" "$log_file" | grep -E "^  $client: (PASS|FAIL)" | tee -a "$SUMMARY"
  local last
  last=$(tail -n 1 "$log_file")
  if [[ "$last" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    record "$client" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
  else
    # A crash or a timeout is one more failed check on top of those already printed.
    local passed failed
    passed=$(grep -c '^PASS ' "$log_file")
    failed=$(grep -c '^FAIL ' "$log_file")
    record "$client" "$passed" "$((failed + 1))" "did not finish: exit status $status, see ${log_file%.txt}.err"
  fi
}

run_caldav_flows() {
  run_flow_script python3-caldav "$OUT_DIR/caldav_flows.txt" \
    env PYTHONDONTWRITEBYTECODE=1 "$DEBIAN_PYTHON" "$INTEROP_DIR/caldav_flows.py" \
    "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" "$RUN_PREFIX-py"
}

run_caldav_task_flows() {
  run_flow_script python3-caldav-tasks "$OUT_DIR/caldav_tasks.txt" \
    env PYTHONDONTWRITEBYTECODE=1 "$DEBIAN_PYTHON" "$INTEROP_DIR/caldav_tasks.py" \
    "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" "$OTHER_USER" "$OTHER_PASSWORD" "$RUN_PREFIX-pytasks"
}

# python3-caldav as the read-write and the read-only sharee of a calendar DAV_USER shares.
run_caldav_sharee_flows() {
  run_flow_script python3-caldav-sharee "$OUT_DIR/caldav_sharee.txt" \
    env PYTHONDONTWRITEBYTECODE=1 "$DEBIAN_PYTHON" "$INTEROP_DIR/caldav_sharee.py" \
    "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" "$OTHER_USER" "$OTHER_PASSWORD" "$READER_USER" "$READER_PASSWORD" \
    "$RUN_PREFIX-pysharee"
}

# Records CLIENT as one failed check and answers false unless every command is on the PATH and
# tsdav, when asked for, is installed in interop/tsdav.
clients_installed() {
  local client=$1 command missing=""
  shift
  for command in "$@"; do
    if [[ "$command" == tsdav ]]; then
      [[ -d "$INTEROP_DIR/tsdav/node_modules/tsdav" ]] || missing="$missing tsdav"
    else
      command -v "$command" > /dev/null || missing="$missing $command"
    fi
  done
  [[ -z "$missing" ]] && return 0
  record "$client" 0 1 "not installed:$missing; run interop/run.sh --install"
  return 1
}

# todoman and khard work on the local copy vdirsyncer keeps in sync with a collection; each driver
# writes its configurations and every command's output under its own folder of interop/out/.
run_todoman_flows() {
  clients_installed vdirsyncer-todoman vdirsyncer todoman || return
  run_flow_script vdirsyncer-todoman "$OUT_DIR/todoman_flows.txt" \
    env PYTHONDONTWRITEBYTECODE=1 "$DEBIAN_PYTHON" "$INTEROP_DIR/vdirsyncer/todoman_flows.py" \
    "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" "$RUN_PREFIX-vds" "$OUT_DIR/vdirsyncer"
}

# The cross-client checks of khard_flows.py run tsdav (tsdav/card_cli.mjs) too.
run_khard_flows() {
  clients_installed vdirsyncer-khard vdirsyncer khard node tsdav || return
  run_flow_script vdirsyncer-khard "$OUT_DIR/khard_flows.txt" \
    env PYTHONDONTWRITEBYTECODE=1 "$DEBIAN_PYTHON" "$INTEROP_DIR/vdirsyncer/khard_flows.py" \
    "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" "$RUN_PREFIX-vds" "$OUT_DIR/vdirsyncer-khard"
}

# vdirsyncer and khard run as OTHER_USER, on a calendar and an address book DAV_USER shares.
run_vdirsyncer_sharee_flows() {
  clients_installed vdirsyncer-sharee vdirsyncer khard || return
  run_flow_script vdirsyncer-sharee "$OUT_DIR/vdirsyncer_sharee.txt" \
    env PYTHONDONTWRITEBYTECODE=1 "$DEBIAN_PYTHON" "$INTEROP_DIR/vdirsyncer/sharee_flows.py" \
    "$ROOT_URL" "$OTHER_USER" "$OTHER_PASSWORD" "$RUN_PREFIX-vdsharee" "$OUT_DIR/vdirsyncer-sharee" \
    "$DAV_USER" "$DAV_PASSWORD"
}

# SyncEvolution keeps its configuration, logs and sync state under interop/out/syncevolution/.
run_syncevolution_flows() {
  clients_installed syncevolution syncevolution || return
  run_flow_script syncevolution "$OUT_DIR/syncevolution_flows.txt" \
    env PYTHONDONTWRITEBYTECODE=1 "$DEBIAN_PYTHON" "$INTEROP_DIR/syncevolution/syncevolution_flows.py" \
    "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" "$RUN_PREFIX-se" "$OUT_DIR/syncevolution"
}

run_tsdav_flows() {
  clients_installed tsdav node tsdav || return
  run_flow_script tsdav "$OUT_DIR/tsdav_flows.txt" \
    node "$INTEROP_DIR/tsdav/flows.mjs" "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" "$RUN_PREFIX-js"
}

run_tsdav_card_flows() {
  clients_installed tsdav-carddav node tsdav || return
  run_flow_script tsdav-carddav "$OUT_DIR/tsdav_cards.txt" \
    node "$INTEROP_DIR/tsdav/cards.mjs" "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" "$RUN_PREFIX-js"
}

# tsdav as a sharee: a calendar shared by CS:share appears by itself in the other account.
run_tsdav_sharee_flows() {
  clients_installed tsdav-sharee node tsdav || return
  run_flow_script tsdav-sharee "$OUT_DIR/tsdav_sharee.txt" \
    node "$INTEROP_DIR/tsdav/sharee.mjs" "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" "$OTHER_USER" "$OTHER_PASSWORD" \
    "$RUN_PREFIX-js"
}

# litmus is informational: its groups' `<- summary` lines are recorded, and the single check is
# that at least the floor's number of its tests pass.
run_litmus() {
  local home=$1 floor passed=0 failed=0 line
  if ! command -v litmus > /dev/null; then
    record litmus 0 1 "litmus is not installed: run interop/run.sh --install"
    return
  fi
  floor=$(tr -dc '0-9' < "$INTEROP_DIR/litmus-floor.txt")
  floor=${floor:-0}
  mkdir -p "$OUT_DIR/litmus"
  # litmus writes debug.log and child.log into its working folder. It works in `litmus/` under
  # the URL it is given, a name litmus fixes; it removes that collection when it finishes.
  (cd "$OUT_DIR/litmus" && timeout --kill-after=10 900 litmus -k "$home" "$DAV_USER" "$DAV_PASSWORD" > litmus.txt 2>&1)
  # Its progress output is full of carriage returns and backspaces.
  while IFS= read -r line; do
    log "  litmus: $line"
    [[ "$line" =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed ]] || continue
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
  done < <(tr -d '\r\010' < "$OUT_DIR/litmus/litmus.txt" | grep -a -E '^<- summary')
  log "litmus (informational): $passed tests passed, $failed failed; floor $floor"
  if ((passed >= floor)); then
    record litmus 1 0 "at least $floor litmus tests passed"
  else
    record litmus 0 1 "only $passed litmus tests passed, the floor is $floor"
  fi
}

# Each cadaver step runs in its own non-interactive session in DIR, so that its outcome is its own.
cadaver_step() {
  local dir=$1 name=$2 command=$3 home=$4
  local log_file="$dir/$name.txt"
  printf '%s\nquit\n' "$command" |
    (cd "$dir" && HOME="$dir/home" timeout --kill-after=5 60 cadaver "$home") > "$log_file" 2>&1
  grep -q 'succeeded\.' "$log_file" && ! grep -q 'failed' "$log_file"
}

# Content lines with folding undone (RFC 5545 section 3.1, RFC 6350 section 3.2), sorted: a
# server may reorder properties.
content_lines() {
  tr -d '\r' < "$1" | awk 'NR > 1 && /^[ \t]/ { line = line substr($0, 2); next } { if (NR > 1) print line; line = $0 } END { print line }' | sort
}

# Whether what cadaver got back is what it put; the differences go to stdout. A calendar object
# keeps its content lines, in any order; an address book stores a vCard as received, byte for byte.
same_object() {
  local kind=$1 put=$2 fetched=$3
  case "$kind" in
    calendar) diff <(content_lines "$put") <(content_lines "$fetched") ;;
    addressbook) cmp "$put" "$fetched" && diff "$put" "$fetched" ;;
  esac
}

# What cadaver puts in each kind of collection: the file name and its content (CRLF line ends).
declare -A CADAVER_OBJECT=([calendar]=event.ics [addressbook]=card.vcf)

write_cadaver_object() {
  local kind=$1 uid=$2 file=$3
  case "$kind" in
    calendar)
      printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Partage//interop cadaver//EN\r\nBEGIN:VEVENT\r\nUID:%s@interop.partage\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270601T100000Z\r\nDTEND:20270601T110000Z\r\nSUMMARY:cadaver event\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' \
        "$uid" > "$file" ;;
    addressbook)
      printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:%s@interop.partage\r\nFN:Cadaver Contact\r\nN:Contact;Cadaver;;;\r\nEMAIL;TYPE=work:cadaver@interop.example\r\nEND:VCARD\r\n' \
        "$uid" > "$file" ;;
  esac
}

# cadaver can create neither a calendar nor an address book: curl makes the collection it works
# in, with MKCALENDAR (RFC 4791 section 5.3.1) or an extended MKCOL (RFC 6352 section 6.3.1,
# RFC 5689). Prints the status code; the answer's body goes to RESPONSE_FILE.
make_cadaver_collection() {
  local kind=$1 url=$2 response_file=$3
  local -a request
  case "$kind" in
    calendar) request=(-X MKCALENDAR) ;;
    addressbook)
      request=(-X MKCOL -H 'Content-Type: application/xml; charset=utf-8' --data-binary
        '<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:set><d:prop><d:resourcetype><d:collection/><card:addressbook/></d:resourcetype></d:prop></d:set></d:mkcol>') ;;
  esac
  curl -s -o "$response_file" -w '%{http_code}' -u "$DAV_USER:$DAV_PASSWORD" "${request[@]}" "$url"
}

# cadaver in a new collection of KIND (calendar or addressbook) under HOME: ls, propnames, put an
# object, get it back with the same content lines, rm it. Counted under CLIENT.
run_cadaver() {
  local client=$1 home=$2 kind=$3 passed=0 failed=0
  command -v cadaver > /dev/null || { record "$client" 0 1 "cadaver is not installed: run interop/run.sh --install"; return; }
  local collection="$RUN_PREFIX-$client"
  local dir="$OUT_DIR/$client"
  local object=${CADAVER_OBJECT[$kind]}
  mkdir -p "$dir/home"
  # cadaver reads credentials from ~/.netrc; a HOME of its own keeps the user's untouched.
  local host
  host=$(echo "$home" | sed -E 's#^[a-z]+://([^/:]+).*#\1#')
  printf 'machine %s\nlogin %s\npassword %s\n' "$host" "$DAV_USER" "$DAV_PASSWORD" > "$dir/home/.netrc"
  chmod 600 "$dir/home/.netrc"
  write_cadaver_object "$kind" "$collection" "$dir/$object"

  local make_status
  make_status=$(make_cadaver_collection "$kind" "$home$collection/" "$dir/make-collection.txt")
  if [[ "$make_status" != 201 ]]; then
    log "  $client: FAIL $kind for cadaver: creating $home$collection/ answered $make_status"
    record "$client" 0 1
    return
  fi

  local step name command fetched="fetched-$object"
  for step in "ls|ls" "propnames|propnames $collection/" "put|put $object $collection/$object" \
    "get|get $collection/$object $fetched"; do
    name=${step%%|*}
    command=${step#*|}
    if cadaver_step "$dir" "$name" "$command" "$home"; then
      log "  $client: PASS $command"
      passed=$((passed + 1))
    else
      log "  $client: FAIL $command: see $dir/$name.txt"
      failed=$((failed + 1))
    fi
  done
  if [[ -f "$dir/$fetched" ]] && same_object "$kind" "$dir/$object" "$dir/$fetched" > "$dir/compare.txt"; then
    log "  $client: PASS the fetched $object is the one that was put"
    passed=$((passed + 1))
  else
    log "  $client: FAIL the fetched $object differs from the one put: see $dir/compare.txt"
    failed=$((failed + 1))
  fi
  if cadaver_step "$dir" rm "rm $collection/$object" "$home"; then
    log "  $client: PASS rm $collection/$object"
    passed=$((passed + 1))
  else
    log "  $client: FAIL rm $collection/$object: see $dir/rm.txt"
    failed=$((failed + 1))
  fi
  curl -s -o /dev/null -u "$DAV_USER:$DAV_PASSWORD" -X DELETE "$home$collection/"
  record "$client" "$passed" "$failed"
}

# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------

# Prints the home of KIND (calendar or addressbook) discovered from the root URL; the reason of a
# failure goes to interop/out/discovery-KIND.err.
discover_home() {
  local kind=$1
  "$DEBIAN_PYTHON" "$INTEROP_DIR/dav_home.py" "$kind" "$ROOT_URL" "$DAV_USER" "$DAV_PASSWORD" 2> "$OUT_DIR/discovery-$kind.err"
}

main() {
  local install=0
  ROOT_URL=""
  while (($#)); do
    case "$1" in
      --install) install=1 ;;
      -h | --help) usage ;;
      -*) usage ;;
      *) [[ -z "$ROOT_URL" ]] || usage; ROOT_URL=$1 ;;
    esac
    shift
  done

  rm -rf "$OUT_DIR"
  mkdir -p "$OUT_DIR"
  : > "$SUMMARY"

  if ((install)); then
    install_clients || { echo "installing the clients failed"; echo "0 passed, 1 failed"; exit 1; }
  fi

  if [[ -z "$ROOT_URL" ]]; then
    ROOT_URL=$LOCAL_ROOT_URL
    start_stack
    if ! wait_until_ready; then
      stop_stack
      record stack 0 1 "not ready"
      echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
      exit 1
    fi
  fi
  [[ "$ROOT_URL" == */ ]] || ROOT_URL="$ROOT_URL/"
  log "== Partage interop: $ROOT_URL as $DAV_USER, prefix $RUN_PREFIX, output in $OUT_DIR"

  local home
  if home=$(discover_home calendar); then
    record discovery 1 0 "calendar home $home"
    run_litmus "$home"
    run_cadaver cadaver "$home" calendar
  else
    record discovery 0 1 "$(cat "$OUT_DIR/discovery-calendar.err"); litmus and cadaver not run"
  fi
  if home=$(discover_home addressbook); then
    record discovery-carddav 1 0 "address book home $home"
    run_cadaver cadaver-carddav "$home" addressbook
  else
    record discovery-carddav 0 1 "$(cat "$OUT_DIR/discovery-addressbook.err"); cadaver-carddav not run"
  fi
  run_caldav_flows
  run_caldav_task_flows
  run_caldav_sharee_flows
  run_todoman_flows
  run_khard_flows
  run_vdirsyncer_sharee_flows
  run_syncevolution_flows
  run_tsdav_flows
  run_tsdav_card_flows
  run_tsdav_sharee_flows
  # Stopped here rather than only by the EXIT trap, so that the totals stay the last line.
  stop_stack

  echo
  echo "== summary per client"
  grep -E '^[a-z0-9-]+( \(informational\))?: ' "$SUMMARY"
  echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
  ((TOTAL_FAILED == 0))
}

main "$@"
