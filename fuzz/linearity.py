#!/usr/bin/env python3
"""Look for inputs on which extraction is not linear in the text's length.

    fuzz/linearity.py [CORPUS_DIR] [--times N] [--every K]

For each input of the `extract` target's corpus (default fuzz/corpus/extract)
whose layout carries a text we can grow (0: a .txt article, 3: a JSONL record,
see fuzz/src/harness.rs), the built `extract` fuzz target runs the input as it
is and with its text repeated N times (default 8), and the script prints the
inputs whose time grew more than 3 N times, slowest first (each hit is
timed three times more, and the best times kept). `--every K` takes one
input in K. Build the target
first (`cargo +nightly fuzz build -s none -a extract`); run it with
`nice -n 19` on a shared machine. Timings are noisy, so a hit is a lead to
check, not a verdict; this is a script, not a test, for that reason.
"""
import os, pathlib, re, subprocess, sys, tempfile

def option(name, default):
    if name not in sys.argv:
        return default
    i = sys.argv.index(name)
    value = int(sys.argv[i + 1])
    del sys.argv[i : i + 2]
    return value


times = option("--times", 8)
every = option("--every", 1)
args = sys.argv[1:]
root = pathlib.Path(__file__).resolve().parent
corpus = pathlib.Path(args[0]) if args else root / "corpus/extract"
target_dir = os.environ.get("CARGO_TARGET_DIR", str(root / "target"))
binary = pathlib.Path(target_dir) / "x86_64-unknown-linux-gnu/release/extract"
# Removed when the script ends, however it ends.
scratch_dir = tempfile.TemporaryDirectory(prefix="parley-linearity-")
scratch = pathlib.Path(scratch_dir.name)
warm = scratch / "warm"
warm.write_bytes(b"\x00Oman hosted the talks in Muscat on Tuesday.")


def grown(data: bytes) -> bytes | None:
    layout, rest = data[0] % 4, data[1:]
    if layout == 0:
        return data[:1] + b"\n\n".join([rest] * times)
    if layout == 3:
        text, sep, fields = rest.partition(b"\x1e")
        return data[:1] + b"\n\n".join([text] * times) + sep + fields
    return None


def millis(data: bytes, runs: int = 1) -> int:
    path = scratch / "input"
    path.write_bytes(data)
    best = None
    for _ in range(runs):
        # A short article first, so the time of the input does not include
        # loading the lexicon and the models.
        out = subprocess.run([str(binary), str(warm), str(path)], capture_output=True, text=True).stderr
        m = re.search(rf"Executed {re.escape(str(path))} in (\d+) ms", out)
        if not m:
            sys.exit(f"linearity.py: {binary} did not run the input:\n{out[-2000:]}")
        best = int(m.group(1)) if best is None else min(best, int(m.group(1)))
    return best


hits, checked = [], 0
for f in sorted(corpus.iterdir())[::every]:
    data = f.read_bytes()
    big = grown(data) if data else None
    if big is None:
        continue
    one, many = max(millis(data), 1), millis(big)
    checked += 1
    if many > 3 * times * one and many > 50:
        one, many = max(millis(data, 3), 1), millis(big, 3)
    if many > 3 * times * one and many > 50:
        hits.append((many / one, f.name, one, many))
for ratio, name, one, many in sorted(hits, reverse=True):
    print(f"{name}: {one} ms -> {many} ms with the text {times} times ({ratio:.0f}x)")
print(f"{checked} inputs checked, {len(hits)} grew more than {3 * times}x", file=sys.stderr)
