#!/usr/bin/env bash
# The README's second command: install what the tests need, then run them.
#
#   scripts/test.sh [CARGO TEST ARGS...]
#
# scripts/setup.sh installs, when missing, libclang and a C++ compiler (to
# build Oxigraph's RocksDB), Graphviz, raptor2-utils (`rapper`) and Python's
# rdflib (the independent parsers the export tests check against) and
# networkx (which reads the network files back). Then
# `cargo test` runs the unit tests, the doctests and the one integration-test
# binary, in the dev profile like every other build of parley, so RocksDB's
# C++ is compiled once. Arguments are passed to `cargo test`.
set -euo pipefail

cd "$(dirname "$0")/.."

scripts/setup.sh
if [ ! -d ../shared ]; then
    echo "test.sh: ../shared is not beside this checkout, so the tests that need" \
        "the shared corpus, gold, treebank or reference scorer skip themselves" \
        "(cargo test -- --nocapture shows a SKIPPED line for each)." >&2
fi
cargo test "$@"
