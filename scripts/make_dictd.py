#!/usr/bin/env python3
"""Write the test dictionaries in corpora/dictionaries/ in dictd format.

Each `<from>-<to>.tsv` there (FreeDict's ISO 639-3 codes: `eng-deu.tsv`) holds
lines `headword<TAB>translation, translation, …` written for the corpus cases;
this script turns it into `freedict-<from>-<to>.index` and `.dict`, the form
mtcheck reads FreeDict's dictionaries in (an uncompressed body: mtcheck reads
`.dict` as well as dictzip's `.dict.dz`). The corpus tests read these instead
of the system's FreeDict packages, so their findings do not depend on what a
machine has installed.

    python3 scripts/make_dictd.py            # rewrite the dictd files
    python3 scripts/make_dictd.py --check    # fail if they are out of date

Standard library only.
"""

import glob
import os
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(n):
    s = ""
    while True:
        s = B64[n % 64] + s
        n //= 64
        if n == 0:
            return s


def key(head):
    return "".join(c for c in head.lower() if c.isalnum() or c == " ")


def build(tsv):
    body = b""
    index = []
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            head, translations = line.split("\t")
            entry = f"{head}\n{translations}\n\n".encode("utf-8")
            index.append((key(head), f"{head}\t{b64(len(body))}\t{b64(len(entry))}"))
            body += entry
    index.sort(key=lambda e: e[0])
    return "".join(l + "\n" for _, l in index).encode("utf-8"), body


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpora", "dictionaries")
    check = "--check" in sys.argv[1:]
    stale = []
    for tsv in sorted(glob.glob(os.path.join(root, "*.tsv"))):
        pair = os.path.basename(tsv)[:-4]
        index, body = build(tsv)
        for name, data in ((f"freedict-{pair}.index", index), (f"freedict-{pair}.dict", body)):
            path = os.path.join(root, name)
            old = open(path, "rb").read() if os.path.exists(path) else None
            if old != data:
                stale.append(name)
                if not check:
                    with open(path, "wb") as f:
                        f.write(data)
    if check and stale:
        sys.exit(f"out of date: {', '.join(stale)} (run scripts/make_dictd.py)")
    print("up to date" if not stale else f"wrote {', '.join(stale)}")


if __name__ == "__main__":
    main()
