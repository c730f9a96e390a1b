#!/usr/bin/env bash
# The README's second command: install what the tests need, then run them.
#
#   scripts/test.sh [CARGO TEST ARGS...]
#
# scripts/setup.sh installs, when missing, libclang and a C++ compiler (to
# build Oxigraph's RocksDB), Graphviz, raptor2-utils (`rapper`) and Python's
# rdflib (the independent parsers the export tests check against). Then
# `cargo test` runs the unit tests, the doctests and the one integration-test
# binary, in the dev profile like every other build of parley, so RocksDB's
# C++ is compiled once. Arguments are passed to `cargo test`.
set -euo pipefail

cd "$(dirname "$0")/.."

scripts/setup.sh
cargo test "$@"
