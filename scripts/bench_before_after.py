#!/usr/bin/env python3
"""Time two mtcheck builds side by side in one run: `check` on the seed pair
(hyperfine, cold process each run) and `stream` over generated short pairs.

    python3 scripts/bench_before_after.py OLD_BINARY NEW_BINARY [--pairs 10000] [--rounds 3]

The pairs are the paragraphs of the clean article pairs in corpora/articles,
paired by position where both sides have as many paragraphs, cycled to
--pairs lines, languages given (no detection). Prints medians; the machine is
shared, so compare the two builds' ratio within one run, not across runs.
Needs hyperfine. Standard library otherwise.
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

SEED = ("corpora/articles/rfi-pegasus/source.es.txt", "corpora/articles/rfi-pegasus/target.en.txt")


def short_pairs(binary):
    """1-1 aligned paragraph pairs of the clean articles, as the aligner of
    `binary` pairs them (page furniture left out)."""
    out = []
    for d in sorted(glob.glob("corpora/articles/*/")):
        if "faulty" in d:
            continue
        src = glob.glob(os.path.join(d, "source.*.txt"))
        tgt = glob.glob(os.path.join(d, "target.*.txt"))
        if not (src and tgt):
            continue
        sl, tl = src[0].split(".")[-2], tgt[0].split(".")[-2]
        rep = subprocess.run([binary, "check", "--format", "json", "--from", sl, "--to", tl, src[0], tgt[0]],
                             capture_output=True, text=True)
        doc = json.loads(rep.stdout)["documents"][0]
        slines = open(src[0], encoding="utf-8").read().split("\n")
        tlines = open(tgt[0], encoding="utf-8").read().split("\n")
        for p in doc["paragraphs"]:
            if p["alignment"] != "1-1":
                continue
            (a, b), (c, e) = p["source"]["lines"], p["target"]["lines"]
            s = "\n".join(slines[a - 1:b]).strip()
            t = "\n".join(tlines[c - 1:e]).strip()
            if s and t:
                out.append((s, t, sl, tl))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--pairs", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    subprocess.run(["hyperfine", "-N", "-i", "--warmup", "10", "--runs", "100",
                    *[f"{b} check {SEED[0]} {SEED[1]}" for b in (args.old, args.new)]],
                   check=False, stdout=sys.stdout)
    base = short_pairs(args.new)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "pairs.jsonl")
        size = 0
        with open(path, "w", encoding="utf-8") as f:
            for i in range(args.pairs):
                s, t, sl, tl = base[i % len(base)]
                size += len(t.encode("utf-8"))
                f.write(json.dumps({"id": f"p{i}", "source": s, "target": t, "source_lang": sl,
                                    "target_lang": tl}, ensure_ascii=False) + "\n")
        print(f"\nstream: {args.pairs} pairs from {len(base)} paragraph pairs, {size / 1e6:.2f} MB of target text")
        for jobs in (1, 2):
            for name, b in (("old", args.old), ("new", args.new)):
                walls = []
                for _ in range(args.rounds):
                    with open(path, "rb") as stdin:
                        t0 = time.perf_counter()
                        subprocess.run([b, "stream", "--jobs", str(jobs)], stdin=stdin,
                                       stdout=subprocess.DEVNULL, check=True)
                        walls.append(time.perf_counter() - t0)
                w = statistics.median(walls)
                print(f"  {name} --jobs {jobs}: {w:.2f} s median of {args.rounds}, "
                      f"{args.pairs / w:.0f} pairs/s, {size / w / 1e6:.2f} MB/s")


if __name__ == "__main__":
    main()
