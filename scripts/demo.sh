#!/usr/bin/env bash
# The README's first command: from the bundled articles to answers.
#
#   scripts/demo.sh
#
# Installs what a build needs when it is missing (scripts/setup.sh
# --build-only: libclang and a C++ compiler for Oxigraph's RocksDB), builds
# parley in the dev profile, ingests data/articles into ./parley.db and prints
# who mediated, who attended and who said what with the shipped named
# queries. Running it again replaces each article's graph: nothing is
# duplicated.
#
# The first build compiles RocksDB's C++ (15-30 minutes on two cores); later
# runs take seconds. An existing CARGO_TARGET_DIR is honoured.
set -euo pipefail

cd "$(dirname "$0")/.."

scripts/setup.sh --build-only

echo "== building parley (dev profile; the first build compiles RocksDB and takes a while)" >&2
cargo build --quiet --bin parley

# The binary lives in cargo's target dir, which cargo metadata reports
# (CARGO_TARGET_DIR or .cargo/config when set, else ./target).
target_dir=$(cargo metadata --format-version 1 --no-deps |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
parley="$target_dir/debug/parley"

echo "== parley ingest data/articles (into ./parley.db)" >&2
"$parley" ingest data/articles

for q in who-mediated who-attended who-said-what; do
    echo
    echo "== parley query --name $q"
    "$parley" query --name "$q" --format table
done
