#!/usr/bin/env python3
"""NewsGraph as a stage of Apache Spark: `RDD.pipe` through `newsgraph stream`, checked against a
single-machine `newsgraph run` of the same corpus.

    pip install pyspark            # needs Java (17 works)
    swift build -c release --product newsgraph
    python3 scripts/spark_pipe.py [--corpus ../shared/corpus/10kGNAD/articles.jsonl] [--partitions 4]

Spark runs in local mode (`local[*]`); on a cluster, ship the `newsgraph` binary and `Lexicons/` to the
workers (e.g. `--files`/`--archives`) and point NEWSGRAPH_LEXICONS at them. Each partition is one
`newsgraph stream --format jsonld --jobs 1` process (Spark parallelises across partitions); every output
line is one article's JSON-LD document. The check: the set of output lines equals the set of per-article
files of `newsgraph run` with their line breaks removed (byte for byte), so the distributed result is the
single-machine result. Exit status 0 when they are equal. Hadoop Streaming works the same way:
`-mapper 'newsgraph stream --format nquads' -numReduceTasks 0`.
"""
import argparse
import os
import pathlib
import shlex
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(ROOT.parent.parent / "shared/corpus/10kGNAD/articles.jsonl"))
    parser.add_argument("--newsgraph", default=str(ROOT / ".build/release/newsgraph"))
    parser.add_argument("--lexicons", default=str(ROOT / "Lexicons"))
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--format", choices=["jsonld", "nquads"], default="jsonld")
    args = parser.parse_args()
    if not os.path.exists(args.corpus):
        args.corpus = "/work/shared/corpus/10kGNAD/articles.jsonl"
    env = {"NEWSGRAPH_LEXICONS": os.path.abspath(args.lexicons)}

    from pyspark.sql import SparkSession  # imported late so --help works without pyspark

    spark = SparkSession.builder.master("local[*]").appName("newsgraph-pipe").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    started = time.time()
    lines = spark.sparkContext.textFile(os.path.abspath(args.corpus), minPartitions=args.partitions)
    command = " ".join(shlex.quote(part) for part in
                       [os.path.abspath(args.newsgraph), "stream", "--format", args.format, "--jobs", "1"])
    distributed = lines.pipe(command, env=env).collect()
    spark_seconds = time.time() - started
    spark.stop()

    with tempfile.TemporaryDirectory(prefix="newsgraph-spark-") as out:
        started = time.time()
        subprocess.run([args.newsgraph, "run", args.corpus, "--out", out, "--no-progress"],
                       env={**os.environ, **env}, check=True)
        local_seconds = time.time() - started
        files = sorted(p for p in pathlib.Path(out).glob("*.jsonld") if p.name != "graph.jsonld")
        if args.format == "jsonld":
            local = [p.read_text(encoding="utf-8").replace("\n", "") for p in files]
        else:
            # N-Quads: the same stream command on one machine, all cores, is the reference.
            with open(args.corpus, "rb") as corpus:
                local = subprocess.run([args.newsgraph, "stream", "--format", "nquads"], stdin=corpus,
                                       capture_output=True, check=True, env={**os.environ, **env}
                                       ).stdout.decode("utf-8").splitlines()
        remote = distributed

    print(f"spark: {len(distributed)} lines in {spark_seconds:.1f} s ({args.partitions} partitions); "
          f"single machine: {len(files)} articles in {local_seconds:.1f} s")
    if sorted(local) == sorted(remote):
        print(f"OK: the Spark result equals the single-machine run ({len(local)} {args.format} records)")
        return 0
    missing, extra = set(local) - set(remote), set(remote) - set(local)
    print(f"DIFFERENT: {len(missing)} records only in the single-machine run, {len(extra)} only in Spark")
    return 1


if __name__ == "__main__":
    sys.exit(main())
