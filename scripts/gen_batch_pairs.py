#!/usr/bin/env python3
"""Generate N article pairs for timing `mtcheck batch`, from the article pairs in
corpora/articles (the named, versioned source: this repository).

    python3 scripts/gen_batch_pairs.py 10000 /tmp/pairs

Writes OUT/NNNNN/source.LANG.txt and OUT/NNNNN/target.LANG.txt. Pair i is the
corpus pair i mod 15 with deterministic changes so that the batch has the mix a
desk sees: every third translation loses one paragraph (an omission), every
fifth gets a "Read more" line (residue), every seventh has its paragraphs
rewrapped. Standard library only; the same N gives the same files.
"""

import os
import random
import sys


def corpus_pairs(root):
    pairs = []
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        if not os.path.isdir(folder):
            continue
        files = sorted(os.listdir(folder))
        src = [f for f in files if f.startswith("source.") and f.endswith(".txt")]
        tgt = [f for f in files if f.startswith("target.") and f.endswith(".txt")]
        if len(src) == 1 and len(tgt) == 1:
            read = lambda f: open(os.path.join(folder, f), encoding="utf-8").read()
            pairs.append((src[0], read(src[0]), tgt[0], read(tgt[0])))
    return pairs


def vary(i, target, rng):
    paras = [p for p in target.split("\n\n") if p.strip()]
    if i % 3 == 0 and len(paras) > 3:
        del paras[rng.randrange(1, len(paras) - 1)]
    if i % 5 == 0:
        paras.insert(len(paras) // 2, "Read more: what the decision means for you")
    text = "\n\n".join(paras) + "\n"
    if i % 7 == 0:
        text = text.replace("\n\n", "\r\n\r\n")
    return text


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), sys.argv[2]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpora", "articles")
    pairs = corpus_pairs(root)
    if not pairs:
        sys.exit("no article pairs in corpora/articles")
    rng = random.Random(20240718)
    width = len(str(n - 1))
    for i in range(n):
        src_name, src, tgt_name, tgt = pairs[i % len(pairs)]
        folder = os.path.join(out, str(i).zfill(width))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, src_name), "w", encoding="utf-8", newline="") as f:
            f.write(src)
        with open(os.path.join(folder, tgt_name), "w", encoding="utf-8", newline="") as f:
            f.write(vary(i, tgt, rng))


if __name__ == "__main__":
    main()
