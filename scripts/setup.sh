#!/usr/bin/env bash
# Install what building and testing parley needs, skipping what is there.
#
#   scripts/setup.sh              build and test dependencies
#   scripts/setup.sh --build-only only what `cargo build` needs
#
# Building: Oxigraph's RocksDB is C++ compiled by the `cc` crate, and its
# bindings are generated with bindgen, which needs libclang (a fresh Debian or
# Ubuntu machine lacks it). Testing: Graphviz (`dot`) to render DOT,
# raptor2-utils (`rapper`) and Python's rdflib as independent RDF parsers,
# networkx to read networks back, pySHACL to validate exports against
# ontology/shapes.ttl, python3 for the reference scorer, and two SPARQL
# stores for `parley push`: Virtuoso 7.2 (Debian virtuoso-opensource) and
# Oxigraph server (PyPI oxigraph); Java (openjdk-17-jre-headless) and PyPI
# pyspark for the Spark job's test. Needs apt-get (Debian/Ubuntu); elsewhere
# it says what to install.
set -euo pipefail

build_only=false
for arg in "$@"; do
    case "$arg" in
        --build-only) build_only=true ;;
        -h | --help) sed -n '2,/^set -e/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

missing=()
has_pkg() { dpkg -s "$1" >/dev/null 2>&1; }
has_cmd() { command -v "$1" >/dev/null 2>&1; }

has_pkg libclang-dev || missing+=(libclang-dev)
has_cmd c++ || missing+=(g++)
if ! $build_only; then
    has_cmd dot || missing+=(graphviz)
    has_cmd rapper || missing+=(raptor2-utils)
    has_cmd python3 || missing+=(python3 python3-pip)
    # Stores `parley push` is tested against (tests start them on 127.0.0.1).
    has_cmd virtuoso-t || missing+=(virtuoso-opensource)
    # Spark's local mode for scripts/spark/extract.py's test.
    has_cmd java || missing+=(openjdk-17-jre-headless)
fi

# apt-get runs as root, through sudo when we are not root.
sudo=()
if [ "$(id -u)" -ne 0 ] && has_cmd sudo; then
    sudo=(sudo)
fi

if ((${#missing[@]})); then
    if ! has_cmd apt-get; then
        echo "setup.sh: please install: ${missing[*]} (package names as on Debian/Ubuntu)" >&2
        exit 2
    fi
    if [ "$(id -u)" -ne 0 ] && ! has_cmd sudo; then
        echo "setup.sh: run as root or install sudo to install: ${missing[*]}" >&2
        exit 2
    fi
    echo "setup.sh: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! $build_only && ! python3 -c 'import rdflib' 2>/dev/null; then
    echo "setup.sh: installing rdflib for python3" >&2
    # A system Python may refuse pip (PEP 668); then try the distribution's
    # package, then pip with the override.
    python3 -m pip install --quiet rdflib 2>/dev/null ||
        { has_cmd apt-get && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-rdflib; } ||
        python3 -m pip install --quiet --break-system-packages rdflib
    python3 -c 'import rdflib' || { echo "setup.sh: rdflib is still missing" >&2; exit 2; }
fi

if ! $build_only && ! python3 -c 'import networkx' 2>/dev/null; then
    echo "setup.sh: installing networkx for python3" >&2
    # The network tests read parley's GraphML and GEXF back with networkx.
    python3 -m pip install --quiet networkx 2>/dev/null ||
        { has_cmd apt-get && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-networkx; } ||
        python3 -m pip install --quiet --break-system-packages networkx
    python3 -c 'import networkx' || { echo "setup.sh: networkx is still missing" >&2; exit 2; }
fi
if ! $build_only && ! python3 -c 'import pyshacl' 2>/dev/null; then
    # The SHACL tests validate every export with pySHACL (PyPI only).
    echo "setup.sh: installing pyshacl for python3" >&2
    python3 -m pip install --quiet pyshacl 2>/dev/null ||
        python3 -m pip install --quiet --break-system-packages pyshacl
    python3 -c 'import pyshacl' || { echo "setup.sh: pyshacl is still missing" >&2; exit 2; }
fi

# Oxigraph server (`oxigraph serve`), the other store `parley push` is
# tested against: a prebuilt binary in PyPI's `oxigraph` package.
if ! $build_only && ! has_cmd oxigraph; then
    echo "setup.sh: installing the oxigraph server (PyPI oxigraph)" >&2
    python3 -m pip install --quiet oxigraph 2>/dev/null ||
        python3 -m pip install --quiet --break-system-packages oxigraph
    has_cmd oxigraph || { echo "setup.sh: oxigraph is still missing (is pip's bin folder on PATH?)" >&2; exit 2; }
fi

# PySpark (about 2 minutes to download and install here, once).
if ! $build_only && ! python3 -c 'import pyspark' 2>/dev/null; then
    echo "setup.sh: installing pyspark" >&2
    python3 -m pip install --quiet pyspark 2>/dev/null ||
        python3 -m pip install --quiet --break-system-packages pyspark
    python3 -c 'import pyspark' || { echo "setup.sh: pyspark is still missing" >&2; exit 2; }
fi

if ! has_cmd cargo; then
    echo "setup.sh: Rust is missing; install it from https://rustup.rs (then re-run)" >&2
    exit 2
fi
if ! $build_only && has_cmd rustup; then
    # CI runs `cargo fmt` and `cargo clippy`; a minimal toolchain lacks them.
    cargo fmt --version >/dev/null 2>&1 || rustup component add rustfmt
    cargo clippy --version >/dev/null 2>&1 || rustup component add clippy
fi
exit 0
