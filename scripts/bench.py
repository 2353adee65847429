#!/usr/bin/env python3
"""Throughput of `mtcheck check` on the corpus and of `mtcheck stream` on a large
generated input: pairs per second, MB/s of target text, peak memory.

    cargo build --release
    python3 scripts/bench.py                 # defaults: 5 rounds, 4,000 and 16,000 stream lines

Medians of the rounds are printed; the machine is shared, so compare ratios
within one run (e.g. --jobs 1 against --jobs 2), not absolute figures across
runs. Standard library only.
"""

import argparse
import glob
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def pairs():
    out = []
    for d in sorted(glob.glob("corpora/articles/*/")):
        src = glob.glob(os.path.join(d, "source.*.txt"))
        tgt = glob.glob(os.path.join(d, "target.*.txt"))
        if src and tgt:
            out.append((src[0], tgt[0]))
    return out


def timed(cmd, stdin=None):
    """Wall time and peak RSS (kB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before)


def peak_rss_of(cmd, stdin_path):
    """Peak RSS of one run, measured by a fresh Python child so maxima don't mix."""
    code = (
        "import resource,subprocess,sys;"
        "subprocess.run(sys.argv[2:],stdin=open(sys.argv[1],'rb'),stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code, stdin_path, *cmd], capture_output=True, text=True)
    return int(out.stdout.strip())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join("target", "release", "mtcheck"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--lines", default="4000,16000", help="stream sizes to compare")
    args = ap.parse_args()
    b = args.binary

    ps = pairs()
    tgt_bytes = sum(os.path.getsize(t) for _, t in ps)
    rounds = []
    for _ in range(args.rounds):
        t = time.perf_counter()
        for s, g in ps:
            subprocess.run([b, "check", s, g], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rounds.append(time.perf_counter() - t)
    med = statistics.median(rounds)
    print(f"check: {len(ps)} corpus pairs, one process each, median of {args.rounds} rounds")
    print(f"  {med / len(ps) * 1000:.1f} ms per pair (start-up included), "
          f"{len(ps) / med:.0f} pairs/s, {tgt_bytes / med / 1e6:.2f} MB/s of target text")

    records = []
    for s, g in ps:
        records.append({"source": open(s, encoding="utf-8").read(), "target": open(g, encoding="utf-8").read()})
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in args.lines.split(",")]:
            path = os.path.join(tmp, f"stream-{n}.jsonl")
            size = 0
            with open(path, "w", encoding="utf-8") as f:
                for i in range(n):
                    r = dict(records[i % len(records)], id=f"r{i}")
                    size += len(r["target"].encode("utf-8"))
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
            for jobs in (1, 2):
                walls = []
                for _ in range(max(1, args.rounds // 2)):
                    with open(path, "rb") as stdin:
                        w, _ = timed([b, "stream", "--jobs", str(jobs)], stdin=stdin)
                    walls.append(w)
                w = statistics.median(walls)
                rss = peak_rss_of([b, "stream", "--jobs", str(jobs)], path)
                print(f"stream: {n} lines, --jobs {jobs}: {n / w:.0f} pairs/s, "
                      f"{size / w / 1e6:.2f} MB/s of target text, peak RSS {rss / 1024:.1f} MB "
                      f"(median of {len(walls)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
