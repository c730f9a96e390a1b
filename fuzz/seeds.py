#!/usr/bin/env python3
"""Write starting inputs for the fuzz targets into fuzz/corpus/TARGET/.

Each input is a layout byte (see harness::write_input) and a file's bytes:
the sample articles of data/articles in each of the four layouts (a .txt
article, Markdown with front matter, a JSONL line, a record's fields).
With --shared, also the diplomacy corpus and short records of the bulk
corpus from ../shared: for local runs only, since the corpus committed in
fuzz/corpus/ must hold no text from ../shared. `cargo fuzz cmin` then keeps
a small set.

    fuzz/seeds.py [--shared] [TARGET...]
"""
import json, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
shared = root.parent / "shared"
args = [a for a in sys.argv[1:] if a != "--shared"]
use_shared = "--shared" in sys.argv[1:]
MAX = 16384
seeds = []
for p in sorted((root / "data/articles").iterdir()):
    b = p.read_bytes()
    if p.suffix == ".md" and b.startswith(b"---\n"):
        seeds.append(b"\x01" + b[4:])
        body = b.split(b"\n---\n", 1)[-1]
    else:
        seeds.append(b"\x00" + b)
        body = b
    text = body.decode("utf-8", "replace")
    record = {"id": p.stem, "title": p.stem.replace("-", " "), "date": "2026-01-02", "text": text}
    seeds.append(b"\x02" + json.dumps(record).encode() + b"\n")
    seeds.append(b"\x03" + "\x1e".join([text, record["title"], p.stem, "2026-01-02", "parley", ""]).encode())
for p in sorted((shared / "corpus/diplomacy").glob("*.txt")) if use_shared else []:
    seeds.append(b"\x00" + p.read_bytes())
bulk = shared / "corpus/bulk/whitehouse_statements.jsonl"
if use_shared and bulk.exists():
    with open(bulk, "rb") as f:
        for i, line in enumerate(f):
            if i % 200 == 0 and len(line) < MAX // 2:
                seeds.append(b"\x02" + line)
                r = json.loads(line)
                fields = [r.get(k) or "" for k in ("text", "title", "id", "date", "source", "url")]
                seeds.append(b"\x03" + "\x1e".join(map(str, fields)).encode())
for target in args or ["extract", "export"]:
    out = root / "fuzz/corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    for i, s in enumerate(seeds):
        (out / f"seed-{i:03}").write_bytes(s[:MAX])
print(len(seeds), "seeds")
