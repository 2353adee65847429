#!/usr/bin/env python3
"""Generate corpora/names/lexicon/<lang>.tsv: how common each word is, for the
`name-mismatch` check's question "is this capitalised word a name or a common
word?". INTERIM: the project's shared word-frequency lexicon
(`crate::lang::lexicon`) replaces these files when it lands; then delete this
script and the folder, and point `src/names/lexicon.rs` at it.

    python3 -m venv .venv && .venv/bin/pip install 'wordfreq==3.1.1'
    .venv/bin/python scripts/gen_names_lexicon.py

Source: wordfreq 3.1.1 (PyPI), its `large` lists read directly (no
tokenizer), words as wordfreq stores them (NFC, case-folded). Each file:

    # wordfreq=3.1.1 lang=de min_zipf=3.00 format=sorted license=CC-BY-SA-4.0
    <word><TAB><zipf*100>

one line per word, sorted by the word's UTF-8 bytes so that mtcheck looks a
word up by binary search in the text it carries (nothing is built at
start-up), letters-only words. A word
absent from a file has Zipf below min_zipf. English, the usual target, is kept
deeper (down to 2.50) because a source word is compared with it, and so is
German, which capitalises every noun.
Deterministic output. Data licence CC BY-SA 4.0 (see ATTRIBUTION.txt there).
"""

import argparse
import os
import sys

import importlib.metadata

import wordfreq

WORDFREQ_VERSION = "3.1.1"
LANGS = "en fr es de it pt nl pl cs ru sv".split()
MIN_ZIPF = {"en": 2.5, "de": 2.5}
DEFAULT_MIN_ZIPF = 3.0

ATTRIBUTION = """\
Word frequency lists in this folder were exported from wordfreq {v}
(Robyn Speer, https://github.com/rspeer/wordfreq, doi:10.5281/zenodo.7199437)
by scripts/gen_names_lexicon.py. The wordfreq code is Apache-2.0; its data, and
so these lists, are licensed CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/). Changes: truncated at a
minimum Zipf frequency per language, words without letters or with digits
dropped, re-encoded as text. wordfreq's data is derived from Wikipedia, OPUS
OpenSubtitles 2018 (http://www.opensubtitles.org/), SUBTLEX word lists by Marc
Brysbaert et al., Google Books Ngrams, the Leeds Internet Corpus, Twitter and
Reddit, and NewsCrawl; see wordfreq's README for the full credits.
"""


def keep(word):
    return any(c.isalpha() for c in word) and not any(c.isdigit() for c in word) and not any(c.isspace() for c in word)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out-dir", default=os.path.join("corpora", "names", "lexicon"))
    args = ap.parse_args()
    found = importlib.metadata.version("wordfreq")
    if found != WORDFREQ_VERSION:
        sys.exit(f"need wordfreq=={WORDFREQ_VERSION} (found {found})")
    os.makedirs(args.out_dir, exist_ok=True)
    for lang in LANGS:
        floor = MIN_ZIPF.get(lang, DEFAULT_MIN_ZIPF)
        bins = wordfreq.get_frequency_list(lang, "large")
        best = {}
        for i, words in enumerate(bins):
            zipf = 9.0 - i / 100.0
            if zipf < floor - 1e-9:
                break
            for w in words:
                if keep(w) and "\t" not in w:
                    best.setdefault(w, round(zipf * 100))
        # Python orders str by code point, which is the UTF-8 byte order.
        lines = [f"{w}\t{c}" for w, c in sorted(best.items())]
        n = len(lines)
        with open(os.path.join(args.out_dir, f"{lang}.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write(f"# wordfreq={WORDFREQ_VERSION} lang={lang} min_zipf={floor:.2f} format=sorted license=CC-BY-SA-4.0\n")
            f.write("\n".join(lines) + "\n")
        print(f"{lang}: {n} words", file=sys.stderr)
    with open(os.path.join(args.out_dir, "ATTRIBUTION.txt"), "w", encoding="utf-8") as f:
        f.write(ATTRIBUTION.format(v=WORDFREQ_VERSION))


if __name__ == "__main__":
    main()
