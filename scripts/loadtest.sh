#!/usr/bin/env bash
# Load test of `parley serve` (a script, not a timed test): builds a store of
# N bulk records, serves it on 127.0.0.1, runs C concurrent clients that
# send the named queries (ontology/queries/*.rq) for S seconds, and reports
# requests, failures and latency percentiles; then checks that the server
# still answers. Exits 1 if any request failed.
#
#   scripts/loadtest.sh [RECORDS=300] [CLIENTS=200] [SECONDS=30]
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-300}
clients=${2:-200}
seconds=${3:-30}
corpus=../shared/corpus/bulk/whitehouse_statements.jsonl
[ -f "$corpus" ] || { echo "loadtest.sh: $corpus is missing" >&2; exit 2; }

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/parley-target}"
cargo build --quiet
parley="$CARGO_TARGET_DIR/debug/parley"
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; }; rm -rf "$work"' EXIT

head -n "$records" "$corpus" | "$parley" ingest --store "$work/store" - 2>&1 | tail -n 1
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$parley" serve --store "$work/store" --bind "127.0.0.1:$port" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1',$port))" 2>/dev/null && break
    sleep 0.1
done
python3 -c "import socket; socket.create_connection(('127.0.0.1',$port))" 2>/dev/null ||
    { echo "loadtest.sh: parley serve did not start within 10 s (see its log: $work/serve.log)" >&2; cat "$work/serve.log" >&2; exit 1; }

status=0
python3 - "$port" "$clients" "$seconds" ontology/queries/*.rq <<'PY' || status=$?
import sys, threading, time, urllib.request, urllib.parse
port, clients, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
queries = [(p.rsplit("/", 1)[-1][:-3], open(p, encoding="utf-8").read()) for p in sys.argv[4:]]
url = f"http://127.0.0.1:{port}/query"
lat, fails, lock = [], [], threading.Lock()
start = time.time()
def client(k):
    i = k
    while time.time() - start < seconds:
        name, q = queries[i % len(queries)]
        i += 1
        data = urllib.parse.urlencode({"query": q}).encode()
        req = urllib.request.Request(url, data=data, headers={"Accept": "text/csv"})
        t = time.time()
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                r.read()
                ok, err = r.status == 200, f"{name}: HTTP {r.status}"
        except Exception as e:
            ok, err = False, f"{name}: {e}"
        dt = time.time() - t
        with lock:
            if ok:
                lat.append(dt)
            else:
                fails.append(err)
threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
for t in threads: t.start()
for t in threads: t.join()
lat.sort()
pct = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")
elapsed = time.time() - start
print(f"{clients} clients, {elapsed:.0f} s: {len(lat)} answered, {len(fails)} failed, "
      f"{len(lat)/elapsed:.0f} queries/s, p50 {pct(0.5):.0f} ms, p99 {pct(0.99):.0f} ms, max {pct(1.0):.0f} ms")
for f in fails[:10]:
    print("failed:", f)
sys.exit(1 if fails or not lat else 0)
PY
# Afterwards it still answers.
curl -sf "http://127.0.0.1:$port/query" --data-urlencode 'query=ASK { ?s ?p ?o }' | grep -q true &&
    echo "after the load: the server still answers" || { echo "after the load: no answer" >&2; exit 1; }
exit $status
