#!/usr/bin/env python3
"""Cost of `mtcheck check` on pathological inputs, grown in steps: time and peak
memory per step, to show whether the cost stays linear in the input.

    cargo build --release
    python3 scripts/bench_pathological.py                     # every input, default steps
    python3 scripts/bench_pathological.py --only sentences,names --max-scale 10

Each input of issue 12's table is built at scale 1 (the size in the issue) and at
the other scales given (fractions and multiples of it); source and target are
alike (a French text and its English translation), checked with
`--format json --from fr --to en --jobs 1` (one worker thread). A step that runs
longer than --timeout seconds is stopped and printed as "> N s"; the larger
scales of that input are then skipped. Time is wall-clock; CPU is user + system
of the child (the figure to compare on a shared machine: the per-MB column is
CPU seconds per MB of the larger side); memory is the child's peak resident set
(from /usr/bin/time; CPU from wait4(2), to the microsecond). With --runs N each step runs N times and
prints the median times and the largest peak. The machine may be shared: compare
the per-MB figures within one run. Standard library only.
"""

import argparse
import glob
import os
import subprocess
import sys
import statistics
import tempfile
import threading
import time

FR_SENT = "Le ministre a annoncé {i} nouvelles mesures à Paris."
EN_SENT = "The minister announced {i} new measures in Paris."
FIRST = ["Jean", "Marie", "Pierre", "Sophie", "Luc", "Claire", "Paul", "Anne", "Marc", "Julie",
         "Louis", "Emma", "Hugo", "Léa", "Nicolas", "Camille", "Thomas", "Sarah", "Antoine", "Chloé"]
LAST = ["Dupont", "Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent",
        "Simon", "Michel", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry",
        "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clement", "Gauthier", "Dumont",
        "Lopez", "Fontaine", "Chevalier", "Robin", "Masson"]


def paragraphs(n):
    """n short paragraphs a side, separated by blank lines (issue: 20,000)."""
    return ("\n\n".join(FR_SENT.format(i=i) for i in range(n)) + "\n",
            "\n\n".join(EN_SENT.format(i=i) for i in range(n)) + "\n")


def sentences(n):
    """One paragraph of n short sentences (issue: 20,000, about 1 MB)."""
    return (" ".join(FR_SENT.format(i=i) for i in range(n)) + "\n",
            " ".join(EN_SENT.format(i=i) for i in range(n)) + "\n")


def big_paragraph(mb):
    """One paragraph of `mb` MB of words and no full stop (issue: 5 MB)."""
    fr = "le ministre a annoncé des mesures nouvelles pour la ville de Paris et ses habitants "
    en = "the minister announced new measures for the city of Paris and its inhabitants "
    size = int(mb * 1_000_000)
    return ((fr * (size // len(fr) + 1))[:size].rstrip() + "\n",
            (en * (size // len(en) + 1))[:size].rstrip() + "\n")


def article(copies):
    """A real article with its blank lines removed, one paragraph, `copies` times
    over (issue: 17 KB, a 2,800-word article; the seed pair is es → en)."""
    root = os.path.join(os.path.dirname(__file__), "..", "corpora", "articles", "rfi-pegasus")
    src = open(os.path.join(root, "source.es.txt"), encoding="utf-8").read()
    tgt = open(os.path.join(root, "target.en.txt"), encoding="utf-8").read()
    join = lambda t: " ".join(line.strip() for line in t.splitlines() if line.strip())
    return (" ".join([join(src)] * copies) + "\n", " ".join([join(tgt)] * copies) + "\n")


def dots_digits(n):
    """n dots, then n digits (issue: 100,000)."""
    t = "." * n + "7" * n + "\n"
    return t, t


def names(n):
    """One paragraph of n two-word names (issue: 30,000)."""
    people = []
    for i in range(n):
        first = FIRST[i % len(FIRST)]
        last = LAST[(i // len(FIRST)) % len(LAST)]
        people.append(f"{first} {last}{'' if i < 600 else i // 600}")
    return "Étaient présents " + ", ".join(people) + ".\n", "Present were " + ", ".join(people) + ".\n"


# name → (generator, size at scale 1, langs, description)
INPUTS = {
    "paragraphs": (paragraphs, 20_000, ("fr", "en"), "short paragraphs a side"),
    "sentences": (sentences, 20_000, ("fr", "en"), "short sentences in one paragraph"),
    "big-paragraph": (big_paragraph, 5, ("fr", "en"), "MB in one paragraph, no full stop"),
    "article": (article, 6, ("es", "en"), "copies of a real article, blank lines removed"),
    "dots-digits": (dots_digits, 100_000, ("fr", "en"), "dots, then as many digits"),
    "names": (names, 30_000, ("fr", "en"), "two-word names in one paragraph"),
}


def run_once(cmd, timeout, tmp):
    """Wall s, CPU s, peak RSS MB, exit code of one run; None for the times
    when stopped. The command runs under /usr/bin/time, which reports the peak
    RSS of its own child (a child forked from this script would count this
    script's RSS at fork, large after building a 50 MB input); CPU (user +
    system, microsecond resolution) is what wait4(2) reports for time(1) and
    the child it waited for."""
    report = os.path.join(tmp, "time.txt")
    t = time.perf_counter()
    child = subprocess.Popen(["/usr/bin/time", "-o", report, "-f", "%M", *cmd],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Drain stderr on a thread so that a chatty child cannot block on a full pipe.
    err = []
    reader = threading.Thread(target=lambda: err.append(child.stderr.read()))
    reader.start()
    deadline = t + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            # mtcheck first (the child of this time(1), by its parent's id), then time(1).
            subprocess.run(["pkill", "-KILL", "-P", str(child.pid)], check=False)
            child.kill()
            os.wait4(child.pid, 0)
            reader.join()
            return None, None, None, None
        time.sleep(0.002)
    wall = time.perf_counter() - t
    reader.join()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        print(f"    exit {code}: {b''.join(err).decode('utf-8', 'replace').strip()[:200]}", file=sys.stderr)
    peak_kb = int(open(report).read().split()[-1])
    return wall, usage.ru_utime + usage.ru_stime, peak_kb / 1024, code


def run(cmd, timeout, runs, tmp):
    """The median wall and CPU time and the largest peak RSS of `runs` runs."""
    results = []
    for _ in range(runs):
        r = run_once(cmd, timeout, tmp)
        if r[0] is None:
            return r
        results.append(r)
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results),
            max(r[2] for r in results), results[-1][3])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=os.path.join("target", "release", "mtcheck"))
    ap.add_argument("--only", help="comma-separated inputs: " + ", ".join(INPUTS))
    ap.add_argument("--scales", default="0.125,0.25,0.5,1,2,4,10",
                    help="multiples of the issue's size to run (default %(default)s)")
    ap.add_argument("--max-scale", type=float, default=None, help="skip scales above this")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds before a step is stopped")
    ap.add_argument("--runs", type=int, default=1,
                    help="runs per step; the median time and the largest peak RSS are printed "
                         "(default %(default)s; take 5 or more for the small inputs on a shared machine)")
    args = ap.parse_args()
    names_ = args.only.split(",") if args.only else list(INPUTS)
    scales = [float(s) for s in args.scales.split(",")]
    if args.max_scale is not None:
        scales = [s for s in scales if s <= args.max_scale]
    print(f"{'input':<14} {'scale':>6} {'size':>12} {'MB a side':>9} {'wall s':>8} {'CPU s':>8} "
          f"{'peak MB':>8} {'CPU s/MB':>8} {'MB/MB':>7} exit")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names_:
            gen, base, (src_lang, tgt_lang), what = INPUTS[name]
            for scale in scales:
                size = base * scale
                size = size if name == "big-paragraph" else max(1, int(round(size)))
                src, tgt = gen(size)
                sp, tp = os.path.join(tmp, f"s.{src_lang}.txt"), os.path.join(tmp, f"t.{tgt_lang}.txt")
                with open(sp, "w", encoding="utf-8") as f:
                    f.write(src)
                with open(tp, "w", encoding="utf-8") as f:
                    f.write(tgt)
                mb = max(len(src.encode()), len(tgt.encode())) / 1e6
                cmd = [args.binary, "check", "--format", "json", "--from", src_lang, "--to", tgt_lang,
                       "--jobs", "1", "--max-bytes", str(200 * 1024 * 1024), sp, tp]
                del src, tgt  # keep this process small while the child runs
                wall, cpu, peak, code = run(cmd, args.timeout, args.runs, tmp)
                label = f"{size:g} {what.split(' ')[0] if name != 'big-paragraph' else 'MB'}"
                if wall is None:
                    print(f"{name:<14} {scale:>6g} {label:>12} {mb:>9.2f} {'> ' + format(args.timeout, 'g'):>8} "
                          f"{'':>8} {'':>8} {'':>8} {'':>7} stopped", flush=True)
                    break
                print(f"{name:<14} {scale:>6g} {label:>12} {mb:>9.2f} {wall:>8.2f} {cpu:>8.2f} {peak:>8.0f} "
                      f"{cpu / mb:>8.2f} {peak / mb:>7.0f} {code}", flush=True)


if __name__ == "__main__":
    main()
