#!/usr/bin/env python3
"""Clean WARC (or JSONL) shards on a Dask distributed cluster with deboil's shard mode.

Each shard is one task: `deboil <shard> -o <out-dir>/<name>.jsonl`. Shard mode makes a task safe to
run twice: the output is renamed into place only when complete, an existing output is skipped, and
a killed task's temporary file is removed by the next run. So a worker that dies mid-task costs only
a retry; Dask reschedules its tasks on the workers left.

    python3 clean_shards.py --scheduler-file sched.json --out out/ shards/*.warc.gz
    python3 clean_shards.py --scheduler tcp://10.0.0.1:8786 --out out/ --deboil 'npx deboil' -- --jobs 2

Prints one JSON line: the totals over every shard, read back from the outputs (a retried shard
reports 'skipped' in its own summary, so the outputs are what count).
"""
import argparse
import ctypes
import json
import os
import shlex
import signal
import subprocess
import sys

from dask.distributed import Client

PR_SET_PDEATHSIG = 1


def die_with_worker():
    """The deboil process dies with the worker that started it (Linux), so a killed worker leaves no
    orphan finishing its shard behind the retry's back."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass


def output_name(shard):
    name = os.path.basename(shard)
    for suffix in (".warc.gz", ".warc", ".jsonl.gz", ".jsonl"):
        if name.endswith(suffix):
            return name[: -len(suffix)] + ".jsonl"
    return name + ".jsonl"


def clean_shard(shard, out_dir, deboil, extra):
    out = os.path.join(out_dir, output_name(shard))
    summary = out + ".summary.json"
    command = deboil + [shard, "-o", out, "--summary", summary, "-q"] + extra
    subprocess.run(command, check=True, preexec_fn=die_with_worker)
    with open(summary) as f:
        return json.load(f)


def totals(out_dir, shards):
    records, errors, by_code = 0, 0, {}
    for shard in shards:
        with open(os.path.join(out_dir, output_name(shard))) as f:
            for line in f:
                record = json.loads(line)
                records += 1
                if "error" in record:
                    errors += 1
                    code = record["error"]["code"]
                    by_code[code] = by_code.get(code, 0) + 1
    return {"shards": len(shards), "records": records, "errors": errors, "byCode": by_code}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="scheduler address, e.g. tcp://127.0.0.1:8786")
    where.add_argument("--scheduler-file", help="the file dask-scheduler --scheduler-file wrote")
    parser.add_argument("--out", required=True, help="output directory (one .jsonl per shard)")
    parser.add_argument("--deboil", default="deboil", help="how to run deboil (default: deboil)")
    parser.add_argument("--retries", type=int, default=3, help="retries per shard (default 3)")
    parser.add_argument("shards", nargs="+", help="shard files; arguments after -- go to deboil")
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        argv, extra = argv[: argv.index("--")], argv[argv.index("--") + 1 :]
    args = parser.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    client = Client(args.scheduler) if args.scheduler else Client(scheduler_file=args.scheduler_file)
    try:
        deboil = shlex.split(args.deboil)
        out_dir = os.path.abspath(args.out)
        futures = client.map(clean_shard, [os.path.abspath(s) for s in args.shards], out_dir=out_dir, deboil=deboil,
                             extra=extra, retries=args.retries, pure=False)
        client.gather(futures)
    finally:
        client.close()
    print(json.dumps(totals(args.out, args.shards)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
