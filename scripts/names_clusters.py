#!/usr/bin/env python3
"""Word clusters for the name finder: data/names/clusters.tsv.

    /tmp/v/bin/pip install numpy scikit-learn
    /tmp/v/bin/python scripts/names_clusters.py ../shared/corpus/bulk/whitehouse_statements.jsonl ../shared/ud/en_ewt-ud-train.conllu

Each word (lower case, digits folded to 0, as the name finder normalises)
seen at least 5 times in the news corpus and EWT's training sentences is
described by the words just left and right of it (log counts over the 2,000
commonest words), reduced to 100 dimensions, and clustered by k-means twice:
into 32 coarse and 256 fine clusters. Only these cluster numbers are kept.
"""
import collections
import json
import os
import re
import sys

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "names", "clusters.tsv")
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]|[^\sA-Za-z0-9]")


def norm(t):
    return re.sub(r"[0-9]+", "0", t.lower().replace("’", "'"))


def sentences(news, treebank):
    with open(news) as f:
        for line in f:
            for para in json.loads(line).get("text", "").split("\n"):
                toks = [norm(t) for t in TOKEN.findall(para)]
                if toks:
                    yield toks
    toks = []
    with open(treebank) as f:
        for line in f:
            if not line.strip():
                if toks:
                    yield toks
                toks = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    toks.append(norm(cols[1]))


def main():
    sents = list(sentences(sys.argv[1], sys.argv[2]))
    freq = collections.Counter(t for s in sents for t in s)
    vocab = sorted((w for w, n in freq.items() if n >= 5), key=lambda w: (-freq[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:2000])}
    rows, cols = [], []
    nctx = len(ctx)
    for s in sents:
        padded = ["<s>"] + s + ["</s>"]
        for k in range(1, len(padded) - 1):
            i = index.get(padded[k])
            if i is None:
                continue
            left = ctx.get(padded[k - 1])
            right = ctx.get(padded[k + 1])
            if left is not None:
                rows.append(i)
                cols.append(left)
            if right is not None:
                rows.append(i)
                cols.append(nctx + right)
    m = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 2 * nctx)).tocsr()
    m.data = np.log1p(m.data)
    m = normalize(m)
    x = TruncatedSVD(n_components=100, random_state=0).fit_transform(m)
    x = normalize(x)
    coarse = KMeans(n_clusters=32, n_init=1, random_state=0).fit_predict(x)
    fine = KMeans(n_clusters=256, n_init=1, random_state=0).fit_predict(x)
    with open(OUT, "w") as f:
        f.write(
            "# Word clusters counted by scripts/names_clusters.py over the shared news\n"
            "# corpus and UD EWT's training sentences (no text kept). Columns: word\n"
            "# (lower case, digits as 0), coarse cluster (of 32), fine cluster (of 256).\n"
        )
        for w in sorted(vocab):
            i = index[w]
            f.write(f"{w}\t{coarse[i]}\t{fine[i]}\n")
    print(len(vocab), "words")


main()
