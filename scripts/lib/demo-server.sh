# The demo server, shared by scripts/demo and scripts/xday (sourced, not run). After
# `demo_server_start WORK PORT`:
#   a fresh server store in WORK/server with the demo district (seed 42) imported, the sync
#   server running on tcp://127.0.0.1:PORT (stopped by demo_server_stop), an enrolment code
#   for the demo inspector SZ-INS-001 in WORK/enrol.json, and a route of five thermal-power
#   permits assigned to them (the numbers in the array demo_route); the district's flags
#   evaluated as of its date (demo_as_of) and printed by rule.
# Needs $bin (the build directory with sync-server/ in it). DEMO_ENTERPRISES (default 200)
# and DEMO_MONTHS (default 12) make a smaller district.

demo_step() { printf '\n== %s\n' "$*"; }

demo_server_start() {
  local work=$1 port=$2
  local server=$bin/sync-server/outfall-server ctl=$bin/sync-server/outfallctl
  demo_data=$work/server
  demo_district=$work/district
  demo_endpoint=tcp://127.0.0.1:$port

  demo_step "Server store and the demo district (seed 42)"
  # DEMO_ENTERPRISES, DEMO_MONTHS: a smaller district (scripts/xday: the route's five thermal
  # power permits come first whatever the size, and a debug build imports it in seconds).
  # The district's today is the real today in China (DEMO_AS_OF chooses another), so the
  # inspection the day records falls inside the evaluation and its flags are raised.
  "$server" generate-demo --out "$demo_district" --seed 42 \
    --enterprises "${DEMO_ENTERPRISES:-200}" --months "${DEMO_MONTHS:-12}" \
    --as-of "${DEMO_AS_OF:-$(TZ=Asia/Shanghai date +%F)}"
  # The district's "today" (generate-demo's --as-of): its flags are evaluated as of that date,
  # by every import and evaluate below and by the running server's evaluations after a push
  # (init --as-of stores it in the data directory; evaluating as of the real today would
  # report the months after the data ends as missing).
  demo_as_of=$(grep -o '"as_of": *"[0-9-]*"' "$demo_district/anomalies.json" | head -1 |
               grep -o '[0-9-]\{10\}')
  "$server" init --data "$demo_data" --as-of "$demo_as_of"
  local pair
  for pair in staff:staff.csv checklists:checklists.json permits:permits.jsonl \
              permits:applications.jsonl reports:reports.csv; do
    "$server" import --data "$demo_data" --as-of "$demo_as_of" "${pair%%:*}" "$demo_district/${pair#*:}"
  done
  echo "re-import of the same permits changes nothing:"
  "$server" import --data "$demo_data" --as-of "$demo_as_of" permits "$demo_district/permits.jsonl"

  demo_step "The district's discrepancy flags by rule, as of $demo_as_of"
  "$server" evaluate --data "$demo_data" --as-of "$demo_as_of" 2>/dev/null
  sqlite3 -header -column "$demo_data/outfall.db" "
    SELECT rule_id AS rule, severity, count(*) AS flags, count(DISTINCT permit_id) AS permits
    FROM flag WHERE status = 'open' GROUP BY rule_id, severity
    ORDER BY CAST(substr(rule_id, 2) AS INTEGER), severity;"

  demo_step "Sync server on $demo_endpoint"
  "$server" run --data "$demo_data" --bind "$demo_endpoint" >"$work/server.log" 2>&1 &
  demo_server_pid=$!
  sleep 1
  kill -0 "$demo_server_pid" || { cat "$work/server.log"; return 1; }

  demo_step "Supervisor: enrol inspector SZ-INS-001 and assign a route of five thermal-power permits"
  local credential=$demo_data/supervisor.credential
  "$ctl" --server "$demo_endpoint" --credential "$credential" enroll SZ-INS-001 --out "$work/enrol.json"
  mapfile -t demo_route < <(grep '"industry_code":"4411"' "$demo_district/permits.jsonl" | head -5 |
                            grep -o '"number":"[^"]*"' | cut -d'"' -f4)
  "$ctl" --server "$demo_endpoint" --credential "$credential" assign SZ-INS-001 "${demo_route[@]}"
}

demo_server_stop() {
  if [ -n "${demo_server_pid:-}" ]; then
    kill "$demo_server_pid" 2>/dev/null || true
    wait "$demo_server_pid" 2>/dev/null || true
    demo_server_pid=
  fi
}
