#!/usr/bin/env python3
"""Extract a JSONL news corpus to sharded N-Quads with Spark and parley.

Each partition of the corpus is piped through the parley binary
(mapPartitions and a subprocess running
`parley export --format nquads --from -`): JSONL records in, N-Quads out,
article by article. parley's IRIs come from content and the base, never from
counters, so the shards agree with each other and with a single-machine run:
the union of the shards is what `parley export --from CORPUS` writes (the
entities graph's descriptions of a shared node may appear in several shards;
as RDF they are one).

    spark-submit --files /path/to/parley scripts/spark/extract.py \\
        CORPUS OUTPUT [--partitions N] [--parley PATH] [--batch N]

CORPUS is anything Spark's textFile reads (a file, a folder, a glob, hdfs://,
s3a://). OUTPUT gets one part-NNNNN file of N-Quads per partition
(saveAsTextFile). The binary is found in this order: --parley, a `parley`
shipped with --files (SparkFiles), then PATH.
"""

import argparse
import os
import shutil
import sys


def parley_binary(given):
    """The parley binary on an executor."""
    if given:
        return given
    try:
        from pyspark import SparkFiles

        shipped = SparkFiles.get("parley")
        if os.path.exists(shipped):
            os.chmod(shipped, 0o755)
            return shipped
    except Exception:  # not running under Spark, or nothing shipped
        pass
    found = shutil.which("parley")
    if not found:
        raise RuntimeError("extract.py: no parley binary: give --parley PATH or spark-submit --files parley")
    return found


def extract_partition(given, batch):
    """A function for mapPartitions: pipes one partition's JSONL records
    through one parley process and yields its N-Quads lines. An empty
    partition gives no shard lines; parley exiting 2 (a fatal error) fails
    the task, exit 1 (some records unreadable, each named on stderr) does not."""

    def run(records):
        import subprocess
        import threading

        it = iter(records)
        first = next(it, None)
        if first is None:
            return
        # Resolved on the executor: a binary shipped with --files lives in
        # each executor's own SparkFiles folder.
        command = [parley_binary(given), "--threads", "1", "--batch", str(batch),
                   "export", "--format", "nquads", "--from", "-"]
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        errors = []

        def feed():
            try:
                proc.stdin.write(first.encode("utf-8") + b"\n")
                for line in it:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
            except BrokenPipeError:
                pass
            finally:
                proc.stdin.close()

        def drain():
            errors.append(proc.stderr.read().decode("utf-8", "replace"))

        threads = [threading.Thread(target=feed), threading.Thread(target=drain)]
        for t in threads:
            t.start()
        for line in proc.stdout:
            yield line.decode("utf-8").rstrip("\n")
        for t in threads:
            t.join()
        code = proc.wait()
        if code not in (0, 1):
            raise RuntimeError(f"parley exited {code}: {''.join(errors)[-2000:]}")

    return run


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="JSONL corpus: a file, folder or glob Spark reads")
    ap.add_argument("output", help="folder for the N-Quads shards (must not exist)")
    ap.add_argument("--partitions", type=int, default=0, help="shards (default: Spark's)")
    ap.add_argument("--parley", help="path of the parley binary on every executor")
    ap.add_argument("--batch", type=int, default=64, help="articles per parley batch")
    ap.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    args = ap.parse_args()

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("parley-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    lines = sc.textFile(args.corpus)
    if args.partitions > 0:
        lines = lines.repartition(args.partitions)
    records = lines.filter(lambda line: line.strip() != "")
    # One parley process per partition, one thread each (Spark gives each
    # task a core): a filter whose memory is one batch. PARLEY_BASE, when
    # set on the executors, sets the IRIs' base as for any parley run.
    records.mapPartitions(extract_partition(args.parley, args.batch)).saveAsTextFile(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
