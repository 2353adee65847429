"""Export top-N word frequency lists from the PyPI package `wordfreq` (3.1.x).

The wordfreq wheel ships its data (gzipped msgpack "cBpack" files, one per
language and size) inside the package, so this script needs no network once
wordfreq is installed:

    scripts/regen-lexicons.sh        # venv + pinned wordfreq + this script

or by hand:

    python3 -m venv .venv-data && .venv-data/bin/pip install 'wordfreq==3.1.1'
    .venv-data/bin/python scripts/wordfreq_export.py --out-dir corpora/lexicons \
        --langs en,fr,es,de,it,pt,nl,pl,cs,ru,sv,uk,ca --n 0 \
        --format bucket --gzip --only-gzip        # 0 = every word of the list

Output: one UTF-8 text file per language, `<lang>.tsv`, descending frequency:

    # wordfreq=3.1.1 lang=fr wordlist=large n=50000 min_zipf=2.71 license=CC-BY-SA-4.0
    de<TAB>7.61
    la<TAB>7.27
    ...

Words are exactly as wordfreq stores them: NFC (NFKC for some languages),
Unicode case-folded (so German "groß" is stored as "gross", Greek final
sigma as "σ"). A consumer must normalise its tokens the same way before
looking them up. Zipf = log10(occurrences per billion words), 2 decimals.
A word missing from a truncated list has Zipf < min_zipf in the header,
not 0: treat it as "at most min_zipf".

With --format bucket, each line is instead `<zipf*100><TAB><word> <word> ...`
(all words of one frequency bin, as wordfreq stores them); about 35 % smaller
raw, 10-15 % smaller once gzip/zstd-compressed.

--n-for LANG=N sets a different depth for one language (0 = whole list), e.g.
a deep list for the language that the checked translations are written in:
    --n 50000 --n-for en=0

An ATTRIBUTION.txt is written next to the lists: the data is CC BY-SA 4.0
(see wordfreq's README) and must keep that licence and credit.

Standard library + wordfreq only.
"""

import argparse
import gzip
import os
import sys
import unicodedata

import wordfreq

DEFAULT_LANGS = "en,fr,es,de,it,pt,nl,pl,ru,sv,da,nb,fi,cs,ro,ca,uk,tr,hu,el"

ATTRIBUTION = """\
Word frequency lists in this folder were exported from wordfreq {version}
(Robyn Speer, https://github.com/rspeer/wordfreq, doi:10.5281/zenodo.7199437)
by scripts/wordfreq_export.py. The wordfreq code is Apache-2.0; its data, and so these
lists, are licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
Changes: truncated per language ({counts}){filter_note},
re-encoded as text ({format_note}).

wordfreq's data is derived from: Wikipedia; OPUS OpenSubtitles 2018 (with
attribution to OpenSubtitles, http://www.opensubtitles.org/); SUBTLEX word
lists (SUBTLEX-US, -UK, -CH, -DE, -NL) by Marc Brysbaert et al., freely
available data from http://crr.ugent.be/programs-data/subtitle-frequencies,
credited here as their terms require; Google Books Ngrams
(http://books.google.com/ngrams); the Leeds Internet Corpus (University of
Leeds Centre for Translation Studies); ParaCrawl (https://paracrawl.eu);
NewsCrawl 2014 and GlobalVoices; OSCAR; Twitter and Reddit word counts.
See wordfreq's README ("License" and "Citations") for the full list.
"""


def has_letter(word):
    return any(unicodedata.category(ch).startswith("L") for ch in word)


def has_digit(word):
    return any(ch.isdigit() for ch in word)


def chosen_wordlist(lang, wordlist):
    if wordlist != "best":
        return wordlist
    return "large" if lang in wordfreq.available_languages("large") else "small"


def export_lang(lang, n, wordlist, letters_only, fmt):
    """Return (text, count, min_zipf, wordlist_used) for one language."""
    used = chosen_wordlist(lang, wordlist)
    if lang not in wordfreq.available_languages(used):
        raise LookupError(f"wordfreq has no {used!r} list for {lang!r}")
    # get_frequency_list: list of bins; bin i holds the words whose frequency
    # rounds to -i centibels, i.e. Zipf = 9 - i/100. Words in a bin are sorted.
    bins = wordfreq.get_frequency_list(lang, used)
    out = []
    count = 0
    min_zipf = None
    for i, words in enumerate(bins):
        if count >= n:
            break
        if not words:
            continue
        zipf_centi = 900 - i
        keep = []
        for w in words:
            if letters_only and (not has_letter(w) or has_digit(w)):
                continue
            keep.append(w)
            count += 1
            if count >= n:
                break
        if not keep:
            continue
        min_zipf = zipf_centi / 100
        if fmt == "bucket":
            out.append(f"{zipf_centi}\t{' '.join(keep)}")
        else:
            z = f"{zipf_centi / 100:.2f}"
            out.extend(f"{w}\t{z}" for w in keep)
    header = (
        f"# wordfreq={wordfreq_version()} lang={lang} wordlist={used} n={count} "
        f"min_zipf={min_zipf:.2f} format={fmt} license=CC-BY-SA-4.0"
    )
    return header + "\n" + "\n".join(out) + "\n", count, min_zipf, used


def wordfreq_version():
    try:
        from importlib.metadata import version

        return version("wordfreq")
    except Exception:  # pragma: no cover
        return "unknown"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--langs", default=DEFAULT_LANGS, help="comma-separated wordfreq codes")
    ap.add_argument("--n", type=int, default=50000, help="words per language (default 50000; 0 = the whole list)")
    ap.add_argument("--n-for", action="append", default=[], metavar="LANG=N",
                    help="per-language override of --n; 0 means the whole list (repeatable)")
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--wordlist", default="best", choices=["best", "large", "small"])
    ap.add_argument("--format", default="tsv", choices=["tsv", "bucket"])
    ap.add_argument("--keep-non-words", action="store_true",
                    help="keep tokens without letters or with digits (dropped by default)")
    ap.add_argument("--gzip", action="store_true", help="also write <lang>.tsv.gz")
    ap.add_argument("--only-gzip", action="store_true",
                    help="with --gzip, write only the .tsv.gz files (what the repo commits)")
    args = ap.parse_args(argv)

    overrides = {}
    for item in args.n_for:
        lang, _, num = item.partition("=")
        overrides[lang.strip()] = int(num) or sys.maxsize
    os.makedirs(args.out_dir, exist_ok=True)
    letters_only = not args.keep_non_words
    counts = []
    for lang in [x.strip() for x in args.langs.split(",") if x.strip()]:
        n = overrides.get(lang, args.n or sys.maxsize)
        text, count, min_zipf, used = export_lang(lang, n, args.wordlist, letters_only, args.format)
        counts.append(f"{lang}={count}")
        path = os.path.join(args.out_dir, f"{lang}.tsv")
        data = text.encode("utf-8")
        if not (args.gzip and args.only_gzip):
            with open(path, "wb") as f:
                f.write(data)
        if args.gzip:
            with open(path + ".gz", "wb") as f:
                # mtime=0 keeps the output byte-for-byte reproducible
                f.write(gzip.compress(data, compresslevel=9, mtime=0))
        print(f"{lang}\t{used}\t{count} words\tmin_zipf={min_zipf:.2f}\t{len(data)} bytes", file=sys.stderr)
    filter_note = ", tokens without letters or with digits removed" if letters_only else ""
    with open(os.path.join(args.out_dir, "ATTRIBUTION.txt"), "w", encoding="utf-8") as f:
        format_note = (
            "one line per frequency bin: Zipf x 100, a tab, the words separated by spaces"
            if args.format == "bucket"
            else "one line per word: the word, a tab, its Zipf value"
        )
        if args.gzip:
            format_note += "; gzip-compressed"
        f.write(ATTRIBUTION.format(version=wordfreq_version(), counts=" ".join(counts),
                                   filter_note=filter_note, format_note=format_note))


if __name__ == "__main__":
    main()
