#!/usr/bin/env bash
# The graph at corpus scale: builds a store from a JSONL corpus, runs every
# named query on it, and ingests the corpus again, printing time, peak RSS,
# rows and store size for each step.
#
#   scripts/bench.sh [CORPUS.jsonl]
#
# CORPUS defaults to ../shared/corpus/bulk/whitehouse_statements.jsonl (6,778
# White House statements). The store is built in a temporary folder, which is
# removed at the end. parley is built in the dev profile like everything
# else; an existing CARGO_TARGET_DIR is honoured. Needs GNU time
# (/usr/bin/time, Debian package `time`).
#
# Steps: a first ingest into a fresh store; each named query (results written
# as TSV to /dev/null, rows counted from a second run); a second and a third
# ingest of the same corpus (unchanged articles are skipped); and an ingest
# with --force, which extracts every article again and replaces each graph by
# the difference (none when nothing changed).
set -euo pipefail

cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/bulk/whitehouse_statements.jsonl}
if [[ ! -f $corpus ]]; then
    echo "scripts/bench.sh: $corpus: no such corpus (give a JSONL file)" >&2
    exit 2
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "scripts/bench.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 2
fi

cargo build --quiet --bin parley
target_dir=$(cargo metadata --format-version 1 --no-deps |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
parley="$target_dir/debug/parley"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/bench.db"

# Runs a command under GNU time (and coreutils timeout, in case a query does
# not notice its --timeout); prints "seconds peak-MB".
measure() {
    /usr/bin/time -f '%e %M' -o "$work/time" timeout 600 "$@" >"$work/out" 2>"$work/err" || {
        echo "scripts/bench.sh: failed: $*" >&2
        cat "$work/err" >&2
        exit 1
    }
    read -r secs kb <"$work/time"
    printf '%8.2f s %7d MB' "$secs" $((kb / 1024))
}

size() { du -sm "$store" | cut -f1; }

ingest() {
    local what=$1
    shift
    local m
    m=$(measure "$parley" ingest --store "$store" "$@" "$corpus")
    printf '%-16s %s %6d MB on disk   %s\n' "$what" "$m" "$(size)" "$(grep -m1 "articles\? read" "$work/err")"
}

echo "corpus: $corpus ($(wc -l <"$corpus") records)"
echo
ingest "first ingest"
echo
printf '%-16s %8s   %10s %8s\n' query time "peak RSS" rows
for name in $("$parley" query --list | cut -d' ' -f1); do
    m=$(measure "$parley" query --store "$store" --name "$name" --format tsv --timeout 60)
    rows=$(($(wc -l <"$work/out") - 1))
    dups=$(($(tail -n +2 "$work/out" | sort | uniq -d | wc -l)))
    printf '%-16s %s %8d rows, %d duplicated\n' "$name" "$m" "$rows" "$dups"
done
echo
ingest "second ingest"
ingest "third ingest"
ingest "forced ingest" --force
