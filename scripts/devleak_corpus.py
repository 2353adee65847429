#!/usr/bin/env python3
"""List corpus cases that share text with the development data.

Usage: devleak_corpus.py [--all] [EVAL_DEV_DIR]

Scans every text file under corpora/ (the whole tree, not a diff) against every *.jsonl under
EVAL_DEV_DIR (default: ../shared/eval-dev beside the repository; fields source, target, span)
and prints, per case folder, what it shares with a development record:

- phrase: a word 6-gram (lower-cased \\w+ words) that occurs in at most two dev items, has a
  letter and is at least 24 characters long: the test of hooks/devleak.py, but counting items
  (one sentence or document, however many files repeat it: see item_of) rather than records,
  since every DEMETR sentence is in up to eight files and would otherwise never count as rare;
- cjk: a run of 8 Han/kana/hangul characters that occurs in at most two dev items (Chinese
  and Japanese have no spaces, so the word test never sees their phrases);
- name: a capitalised two-word sequence ("Anna Kowalska", "Rio Tinto") that occurs in a dev
  record and in the case. Both words must be name-like: in the dev data the word is written
  capitalised at least as often as in lower case, so "The Commission" or "In Paris" is not
  a pair but "Paris Saint" is. A name is reported whatever its dev frequency; the count of dev
  items is printed beside it so that a well-known name (European Union, hundreds of items) can
  be told from one taken out of a single record.

A case folder is one holding source.<lang>.txt; a file outside a case folder is reported under
its own path. Files that are not UTF-8 text (the gzip lexicons) are skipped and counted.
With --all, name hits in data files outside the case folders are printed too (gazetteers and
name lists share names with any news text by design, so by default they are only counted).
Prints nothing when nothing is shared. Exit status 1 when something is. Standard library only.
"""
import glob
import json
import os
import re
import signal
import sys
from collections import defaultdict

WORD = re.compile(r"\w+", re.UNICODE)
# A capitalised word: an upper-case letter, then letters (apostrophes and hyphens inside).
CAP = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
CJK_N = 8
FIELDS = ("source", "target", "span")


def grams(text, n=6):
    w = [x.lower() for x in WORD.findall(text)]
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def cjk_grams(text, n=CJK_N):
    out = set()
    for run in CJK.findall(text):
        out |= {run[i:i + n] for i in range(len(run) - n + 1)}
    return out


def cap_pairs(text):
    """Consecutive capitalised words, within one line and not across punctuation."""
    out = set()
    for line in text.split("\n"):
        # Split at anything that is not a word character, apostrophe, hyphen or a space, so
        # that "Paris, Lyon" or "Paris. Lyon" is not one sequence.
        for chunk in re.split(r"[^\w'’\- \u00a0]+", line):
            words = chunk.split()
            for a, b in zip(words, words[1:]):
                if a[:1].isupper() and b[:1].isupper() and CAP.fullmatch(a) and CAP.fullmatch(b):
                    out.add((a, b))
    return out


def item_of(rid):
    """The dev item a record belongs to. The same sentence comes back in several records: a
    DEMETR item in the reference, the MT and each perturbation (`demetr:<pert>:<n>`), a Europarl
    sentence in every direction and its faulty twins (`europarl:<dir>:<n>:<label>`), a WMT22
    English document in every en->X direction (`wmt22:<dir>:<domain>:<doc>`). Counting records
    would call a phrase of one DEMETR sentence common because it is in eight files."""
    parts = rid.split(":")
    if parts[0] == "demetr" and len(parts) >= 3:
        return "demetr:" + parts[-1]
    if parts[0] == "europarl" and len(parts) >= 4:
        return "europarl:" + parts[2]
    if parts[0] == "wmt22" and len(parts) >= 4:
        return "wmt22:" + ":".join(parts[2:])
    return rid


def load_dev(dev):
    gram_n, cjk_n, pair_n = defaultdict(set), defaultdict(set), defaultdict(set)
    seen_items = set()
    cap_n, low_n = defaultdict(int), defaultdict(int)
    files = sorted(glob.glob(os.path.join(dev, "**", "*.jsonl"), recursive=True))
    for path in files:
        for line in open(path, encoding="utf-8"):
            try:
                r = json.loads(line)
            except ValueError:
                continue
            item = item_of(r.get("id", path + ":" + str(len(seen_items))))
            seen_items.add(item)
            g, c, p = set(), set(), set()
            for k in FIELDS:
                t = r.get(k)
                if not isinstance(t, str):
                    continue
                g |= grams(t)
                c |= cjk_grams(t)
                p |= cap_pairs(t)
                for w in WORD.findall(t):
                    if w[:1].isupper():
                        cap_n[w.lower()] += 1
                    elif w[:1].islower():
                        low_n[w] += 1
            for x in g:
                gram_n[x].add(item)
            for x in c:
                cjk_n[x].add(item)
            for x in p:
                pair_n[x].add(item)
    rare = {x for x, n in gram_n.items() if len(n) <= 2 and any(ch.isalpha() for ch in x) and len(x) >= 24}
    rare_cjk = {x for x, n in cjk_n.items() if len(n) <= 2}

    def namelike(w):
        return cap_n[w.lower()] >= low_n[w.lower()]

    pairs = {x: len(n) for x, n in pair_n.items() if namelike(x[0]) and namelike(x[1])}
    return files, rare, rare_cjk, pairs


def case_of(path, root):
    """The case folder holding `path`, or None."""
    d = os.path.dirname(path)
    while d.startswith(root) and d != root:
        if glob.glob(os.path.join(d, "source.*.txt")):
            return d
        d = os.path.dirname(d)
    return None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_all = "--all" in sys.argv[1:]
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    dev = args[0] if args else os.path.join(os.path.dirname(top), "shared", "eval-dev")
    files, rare, rare_cjk, pairs = load_dev(dev)
    if not files:
        sys.exit(f"no *.jsonl under {dev}")
    root = os.path.join(top, "corpora")
    hits = defaultdict(lambda: {"phrase": set(), "cjk": set(), "name": set()})
    skipped = 0
    for dirpath, _, names in os.walk(root):
        for name in sorted(names):
            path = os.path.join(dirpath, name)
            try:
                text = open(path, encoding="utf-8").read()
            except (UnicodeDecodeError, OSError):
                skipped += 1
                continue
            case = case_of(path, root)
            key = os.path.relpath(case or path, top)
            h = hits[key]
            h["phrase"] |= grams(text) & rare
            h["cjk"] |= cjk_grams(text) & rare_cjk
            h["name"] |= {(a, b, pairs[(a, b)]) for a, b in cap_pairs(text) if (a, b) in pairs}
            h["is_case"] = case is not None
    cases = {k: v for k, v in hits.items() if v.get("is_case") and (v["phrase"] or v["cjk"] or v["name"])}
    data = {k: v for k, v in hits.items() if not v.get("is_case") and (v["phrase"] or v["cjk"] or v["name"])}
    if not cases and not data:
        return 0
    by_text = sorted(k for k, v in cases.items() if v["phrase"] or v["cjk"])
    by_name = sorted(k for k, v in cases.items() if not (v["phrase"] or v["cjk"]))
    print(f"{len(cases)} case(s) share text with the dev data ({len(by_text)} a phrase, "
          f"{len(by_name)} only a name); {len(files)} dev files, {skipped} non-text file(s) skipped")
    for k in by_text + by_name:
        v = cases[k]
        print(k)
        for g in sorted(v["phrase"])[:3]:
            print(f"  phrase: \"{g}\"")
        if len(v["phrase"]) > 3:
            print(f"  phrase: … {len(v['phrase'])} in all")
        for g in sorted(v["cjk"])[:3]:
            print(f"  cjk: \"{g}\"")
        for a, b, n in sorted(v["name"], key=lambda x: (x[2], x[0], x[1])):
            print(f"  name: \"{a} {b}\" ({n} dev item{'s' if n != 1 else ''})")
    for k in sorted(data):
        v = data[k]
        if v["phrase"] or v["cjk"]:
            print(f"{k} (data file): {len(v['phrase']) + len(v['cjk'])} rare dev phrase(s), e.g. "
                  f"\"{sorted(v['phrase'] | v['cjk'])[0]}\"")
        if v["name"]:
            if show_all:
                print(f"{k} (data file): " + ", ".join(f"{a} {b}" for a, b, _ in sorted(v["name"])))
            else:
                print(f"{k} (data file): {len(v['name'])} name(s) also in dev records (--all lists them)")
    return 1


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped into head
    sys.exit(main())
