#!/usr/bin/env bash
# Reproduce issue 11 item 3: how fast are queries after an ingest killed
# with `kill -9`?
#
#   scripts/crash-recovery.sh [RECORDS] [CORPUS.jsonl]
#
# Builds a store from the first RECORDS (default 2000) records of the bulk
# corpus, times a query three times, then re-ingests a changed copy of the
# records (every text gets a sentence more, so every article is replaced in
# a transaction, which goes through RocksDB's write-ahead log), kills that
# ingest with SIGKILL once it has written, and times the same query three
# times again. The first query after the crash recovers the store (replays
# the log once, flushes and compacts it); the later ones should be as fast
# as before. (Run it with PARLEY set to an older parley to see the
# slowdown this fixes: there every query replays the log.)
# KILL_AT_MB (default 1) is how much write-ahead log the killed ingest
# must have written. Set PARLEY to the binary to measure (default: target/debug/parley, or
# $CARGO_TARGET_DIR/debug/parley). Timings are printed, not asserted.
set -euo pipefail

cd "$(dirname "$0")/.."
records=${1:-2000}
corpus=${2:-../shared/corpus/bulk/whitehouse_statements.jsonl}
parley=${PARLEY:-${CARGO_TARGET_DIR:-target}/debug/parley}
[ -x "$parley" ] || { echo "crash-recovery.sh: build parley first (cargo build), or set PARLEY" >&2; exit 2; }
[ -f "$corpus" ] || { echo "crash-recovery.sh: no corpus at $corpus" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$records" "$corpus" > "$work/a.jsonl"
python3 - "$work/a.jsonl" "$work/b/a.jsonl" <<'EOF'
import json, os, sys
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(os.path.dirname(dst), exist_ok=True)
with open(src) as f, open(dst, "w") as out:
    for line in f:
        r = json.loads(line)
        r["text"] = r["text"] + "\n\nThe talks in Geneva were hosted by Oman."
        out.write(json.dumps(r) + "\n")
EOF

# Earlier versions (to compare) have no --quiet.
quiet=()
if "$parley" --help | grep -q -- --quiet; then quiet=(--quiet); fi

query='SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'
time_query() {
    local start end
    start=$(date +%s.%N)
    "$parley" query --store "$work/store" --format tsv "$query" > /dev/null
    end=$(date +%s.%N)
    python3 -c "print(f'{$end - $start:.2f}')"
}
wal() { find "$work/store" -name '*.log' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f MB", s / 1e6 }'; }

echo "ingest $records records:" >&2
"$parley" "${quiet[@]}" ingest --store "$work/store" "$work/a.jsonl"
echo "query before the crash (s): $(time_query) $(time_query) $(time_query); logs $(wal)"

"$parley" "${quiet[@]}" ingest --store "$work/store" "$work/b/a.jsonl" &
pid=$!
# Kill once the ingest has committed transactions holding KILL_AT_MB of
# RocksDB's write-ahead log (default 1: the first commit), so the store
# holds writes that were never flushed.
kill_at=$(( ${KILL_AT_MB:-1} * 1000000 ))
wal_bytes() { find "$work/store" -name '*.log' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }
for _ in $(seq 1 2400); do
    sleep 0.5
    if [ "$(wal_bytes)" -ge "$kill_at" ] || ! kill -0 "$pid" 2>/dev/null; then break; fi
done
kill -9 "$pid" 2>/dev/null && echo "killed the ingest with SIGKILL" || echo "the ingest ended before the kill"
wait "$pid" 2>/dev/null || true
echo "after the crash: unclean marker $(find "$work/store" -name PARLEY_UNCLEAN | wc -l), logs $(wal)"
first=$(time_query)
echo "first query after the crash (s, recovers the store): $first; logs $(wal)"
echo "later queries (s): $(time_query) $(time_query) $(time_query); logs $(wal)"
