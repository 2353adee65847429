#!/usr/bin/env python3
"""Write data/lang/ja/kanji-readings.txt: the Japanese readings of each kanji.

Source: the Unicode Han Database (Unihan), file Unihan_Readings.txt, fields
kJapaneseOn (Sino-Japanese readings) and kJapaneseKun (native readings, written
with their inflected endings: OMOI, KASANERU). Unihan is (c) Unicode, Inc.,
under the Unicode License v3 (permissive; the same terms as CLDR), so the table
is built into the binary. Debian ships it in the package `unicode-data`
(version 15.0.0-1 was used for the committed file):

    apt-get install unicode-data
    python3 scripts/make_kanji_readings.py [/usr/share/unicode/Unihan_Readings.txt.bz2]

name-mismatch reads the table to find a Latin-script Japanese name written in
kanji in a Japanese translation ("Niigata" / 新潟: nii + kata, voiced).
Only characters with a Japanese reading are written; readings are lower-cased,
as Unihan spells them (Hepburn, long vowels doubled: KYUU).
"""
import bz2
import collections
import pathlib
import sys

src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode/Unihan_Readings.txt.bz2")
opener = bz2.open if src.suffix == ".bz2" else open
on = collections.defaultdict(list)
kun = collections.defaultdict(list)
version = "unknown"
with opener(src, "rt", encoding="utf-8") as f:
    for line in f:
        if line.startswith("# Unicode version:"):
            version = "Unicode " + line.split(":", 1)[1].strip()
        if line.startswith("#") or not line.strip():
            continue
        code, field, value = line.rstrip("\n").split("\t", 2)
        if field not in ("kJapaneseOn", "kJapaneseKun"):
            continue
        c = chr(int(code[2:], 16))
        table = on if field == "kJapaneseOn" else kun
        for r in value.lower().split():
            if r.isascii() and r.isalpha() and r not in table[c]:
                table[c].append(r)

out = pathlib.Path(__file__).resolve().parent.parent / "data/lang/ja/kanji-readings.txt"
with open(out, "w", encoding="utf-8") as w:
    w.write(
        "# The Japanese readings of each kanji, from the Unicode Han Database\n"
        "# (Unihan_Readings.txt, fields kJapaneseOn and kJapaneseKun; (c) Unicode,\n"
        f"# Inc., Unicode License v3; {version}). Written by\n"
        "# scripts/make_kanji_readings.py; do not edit by hand.\n"
        "# `字 on readings ; kun readings`: Sino-Japanese readings, then native ones\n"
        "# with their inflected endings as a dictionary writes them (omoi, kasaneru).\n"
        "# name-mismatch reads it to find a Japanese name written in Latin letters\n"
        "# in a Japanese translation written in kanji (Niigata / 新潟).\n"
        "lang: ja\n"
    )
    for c in sorted(set(on) | set(kun), key=ord):
        w.write(f"{c} {' '.join(on[c])} ; {' '.join(kun[c])}\n".replace("  ", " "))
print(f"{out}: {len(set(on) | set(kun))} characters", file=sys.stderr)
