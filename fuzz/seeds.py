#!/usr/bin/env python3
"""Write starting inputs for the fuzz targets into fuzz/corpus/TARGET/.

Each input is a layout byte (see harness::write_input) and a file's bytes:
the sample articles, the diplomacy corpus and short records of the bulk
corpus when ../shared is there. `cargo fuzz cmin` then keeps a small set.
"""
import json, os, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
shared = root.parent / "shared"
MAX = 16384
seeds = []
for p in sorted((root / "data/articles").iterdir()):
    b = p.read_bytes()
    if p.suffix == ".md" and b.startswith(b"---\n"):
        seeds.append(b"\x01" + b[4:])
    else:
        seeds.append(b"\x00" + b)
for p in sorted((shared / "corpus/diplomacy").glob("*.txt")):
    seeds.append(b"\x00" + p.read_bytes())
bulk = shared / "corpus/bulk/whitehouse_statements.jsonl"
if bulk.exists():
    with open(bulk, "rb") as f:
        for i, line in enumerate(f):
            if i % 200 == 0 and len(line) < MAX // 2:
                seeds.append(b"\x02" + line)
                r = json.loads(line)
                fields = [r.get(k) or "" for k in ("text", "title", "id", "date", "source", "url")]
                seeds.append(b"\x03" + "\x1e".join(map(str, fields)).encode())
for target in sys.argv[1:] or ["extract", "export"]:
    out = root / "fuzz/corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    for i, s in enumerate(seeds):
        (out / f"seed-{i:03}").write_bytes(s[:MAX])
print(len(seeds), "seeds")
