#!/usr/bin/env python3
"""`mtcheck stream` as a stage of Apache Spark: the archive recipe of the README, tested.

    python tests/spark/run_spark_test.py --binary target/release/mtcheck [--pairs 3000]

(`scripts/spark_test.sh` sets up Java and pyspark and runs this.)

1. Writes a JSON Lines data set of generated news pairs (French, Spanish and German
   into English, from the templates below; some with a changed number, a word left
   untranslated or a name translated word for word), each record carrying fields
   mtcheck does not read (a URL, a desk, a timestamp, a nested object), plus a few
   lines that are not records.
2. Runs a plain `mtcheck stream` over it.
3. Runs it again under Spark (`local[2]`): the binary is shipped with `addFile`
   (what `--files` does), the data set is read in several partitions, each partition
   is piped through `mtcheck stream` with `rdd.pipe`, and the result is saved as a
   folder of part files.
4. Checks that every input line has exactly one output record, in input order, with
   its id; that each record is byte for byte the plain run's (so the verdicts are
   the same); that the extra fields come back under `meta` as given; and that both
   verdicts and the error records occur, so the comparison is not empty.

Prints one line per check and `spark: N passed, N failed`; exits 1 on any failure.
"""

import argparse
import json
import os
import random
import re
import shlex
import subprocess
import sys
import tempfile
import time

# Templates: (source sentence, English sentence), slots in braces. The texts are
# written for this test.
TEMPLATES = {
    "fr": [
        ("Le conseil municipal de {city} a voté mardi un budget de {n} millions d'euros pour les écoles.",
         "The {city} city council voted on Tuesday for a budget of {n} million euros for schools."),
        ("Selon {person}, porte-parole de la préfecture, {k} personnes ont été évacuées dans la nuit.",
         "According to {person}, spokesperson for the prefecture, {k} people were evacuated overnight."),
        ("La grève des transports à {city} doit durer jusqu'au {day} mars, a annoncé le syndicat.",
         "The transport strike in {city} is due to last until March {day}, the union announced."),
        ("Les exportations de vin ont reculé de {p} % au premier trimestre, d'après les douanes.",
         "Wine exports fell by {p}% in the first quarter, according to customs figures."),
        ("{person} a été élu à la tête de la région avec {k} voix d'avance.",
         "{person} was elected head of the region with a lead of {k} votes."),
    ],
    "es": [
        ("El ayuntamiento de {city} aprobó el lunes una inversión de {n} millones de euros en vivienda.",
         "The {city} city council approved on Monday an investment of {n} million euros in housing."),
        ("Según {person}, portavoz de los bomberos, el incendio ha quemado {k} hectáreas.",
         "According to {person}, spokesperson for the fire brigade, the fire has burnt {k} hectares."),
        ("La huelga de médicos en {city} comenzará el {day} de mayo, informó el sindicato.",
         "The doctors' strike in {city} will begin on May {day}, the union reported."),
        ("El precio del aceite de oliva subió un {p} % en el último año.",
         "The price of olive oil rose by {p}% in the last year."),
        ("{person} ganó la alcaldía con {k} votos de ventaja.",
         "{person} won the mayoralty with a lead of {k} votes."),
    ],
    "de": [
        ("Der Stadtrat von {city} hat am Mittwoch {n} Millionen Euro für neue Radwege bewilligt.",
         "The {city} city council approved {n} million euros for new cycle paths on Wednesday."),
        ("Nach Angaben von {person}, Sprecherin der Polizei, wurden {k} Menschen verletzt.",
         "According to {person}, a police spokeswoman, {k} people were injured."),
        ("Der Streik bei der Bahn in {city} soll bis zum {day}. April dauern, teilte die Gewerkschaft mit.",
         "The rail strike in {city} is to last until April {day}, the union said."),
        ("Die Zahl der Arbeitslosen ist im Vergleich zum Vorjahr um {p} Prozent gesunken.",
         "The number of unemployed has fallen by {p} percent compared with the previous year."),
        ("{person} wurde mit {k} Stimmen Vorsprung zur Bürgermeisterin gewählt.",
         "{person} was elected mayor with a lead of {k} votes."),
    ],
}
CITIES = {
    "fr": ["Lyon", "Nantes", "Grenoble", "Rennes", "Dijon", "Toulouse"],
    "es": ["Valencia", "Bilbao", "Zaragoza", "Sevilla", "Murcia", "Oviedo"],
    "de": ["Leipzig", "Bremen", "Hannover", "Kassel", "Dresden", "Mainz"],
}
PEOPLE = {
    "fr": ["Mireille Castagnol", "Hervé Lambrecq", "Solène Darrigade", "Yannick Poitevin"],
    "es": ["Lucía Arrieta", "Tomás Ezquerra", "Nerea Olabarri", "Julián Cebrián"],
    "de": ["Katrin Wollenweber", "Jörg Hasselbrink", "Anke Dierkes", "Malte Oberndorf"],
}
# A word left in the source language, per language: appended to the translation.
LEFTOVER = {"fr": " Lire aussi", "es": " Leer más", "de": " Lesen Sie auch"}
DESKS = ["foreign", "economy", "regions", "sport"]


def generate(n_pairs, seed=14):
    """The data set's lines: records, and every 500th line one that is not."""
    rng = random.Random(seed)
    lines = []
    for i in range(n_pairs):
        lang = ("fr", "es", "de")[i % 3]
        src, tgt = [], []
        for _ in range(rng.randint(1, 4)):
            s, t = rng.choice(TEMPLATES[lang])
            slots = {
                "city": rng.choice(CITIES[lang]),
                "person": rng.choice(PEOPLE[lang]),
                "n": rng.randint(2, 900),
                "k": rng.randint(11, 4000),
                "day": rng.randint(1, 28),
                "p": rng.randint(2, 19),
            }
            src.append(s.format(**slots))
            if i % 7 == 3:  # a changed number
                slots["k"] += 1
                slots["n"] *= 10
            tgt.append(t.format(**slots))
        target = "\n\n".join(tgt)
        if i % 11 == 5:
            target += "\n\n" + LEFTOVER[lang].strip() + ": " + src[0]
        rec = {"url": f"https://news.example/{lang}/{i}"}
        if i % 2 == 0:
            rec["desk"] = DESKS[i % len(DESKS)]
        rec["id"] = f"p{i:05d}"
        rec["source"] = "\n\n".join(src)
        rec["target"] = target
        if i % 5 != 0:  # the rest have their languages detected
            rec["source_lang"] = lang
            rec["target_lang"] = "en"
        rec["published"] = f"2026-03-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z"
        if i % 3 == 1:
            rec["wire"] = {"seq": i, "agency": "XYZ", "tags": ["city", lang]}
        if i % 500 == 250:
            del rec["target"]  # a record mtcheck cannot read: an error with its id
        lines.append(json.dumps(rec, ensure_ascii=i % 2 == 0))
        if i % 500 == 499:
            lines.append('{"id": "broken')  # not JSON: an error with a null id
    return lines


def input_id(line):
    try:
        return json.loads(line).get("id")
    except ValueError:
        return None


READ = ("id", "source", "target", "source_lang", "target_lang")


def is_record(line):
    """A line mtcheck can read: JSON, with id, source and target."""
    try:
        rec = json.loads(line)
    except ValueError:
        return False
    return all(k in rec for k in READ[:3])


def extra_fields(line):
    """The fields of a record that mtcheck does not read, in order, nested
    objects as lists of pairs (so that their order is compared too)."""
    pairs = json.loads(line, object_pairs_hook=list)
    return [(k, v) for k, v in pairs if k not in READ]


def plain_run(binary, path):
    with open(path, "rb") as f:
        out = subprocess.run([binary, "stream"], stdin=f, capture_output=True, check=True)
    return out.stdout.decode("utf-8").split("\n")[:-1]


def spark_run(binary, path, out_dir, partitions):
    from pyspark import SparkConf, SparkContext, SparkFiles

    conf = (
        SparkConf()
        .setMaster("local[2]")
        .setAppName("mtcheck-stream-test")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.driver.memory", "1g")
    )
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        # What `spark-submit --files mtcheck` does: the binary is copied to every
        # executor. On a cluster it lands in the executor's working directory
        # (`rdd.pipe("./mtcheck stream --jobs 1")`); in local mode the executors are
        # the driver, and the copy is at SparkFiles.get.
        sc.addFile(binary)
        shipped = SparkFiles.get(os.path.basename(binary))
        # One task per core already: each mtcheck uses one thread.
        command = f"{shlex.quote(shipped)} stream --jobs 1"
        rdd = sc.textFile(path, minPartitions=partitions)
        n_partitions = rdd.getNumPartitions()
        rdd.pipe(command, checkCode=True).saveAsTextFile(out_dir)
    finally:
        sc.stop()
    parts = sorted(p for p in os.listdir(out_dir) if p.startswith("part-"))
    lines = []
    for p in parts:
        with open(os.path.join(out_dir, p), encoding="utf-8") as f:
            lines.extend(f.read().split("\n")[:-1])
    return lines, n_partitions, len(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", required=True, help="the mtcheck binary to ship")
    ap.add_argument("--pairs", type=int, default=3000)
    ap.add_argument("--partitions", type=int, default=6)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)

    results = []

    def check(name, ok, detail=""):
        results.append(ok)
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail and not ok else ""))

    with tempfile.TemporaryDirectory(prefix="mtcheck-spark-") as tmp:
        data = os.path.join(tmp, "pairs.jsonl")
        lines = generate(args.pairs)
        with open(data, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"data set: {len(lines)} lines, {os.path.getsize(data) / 1e6:.1f} MB")

        t0 = time.monotonic()
        plain = plain_run(binary, data)
        t1 = time.monotonic()
        spark, n_partitions, n_parts = spark_run(binary, data, os.path.join(tmp, "out"), args.partitions)
        t2 = time.monotonic()
        print(f"plain mtcheck stream: {t1 - t0:.1f} s; Spark local[2], {n_partitions} partitions "
              f"-> {n_parts} part files: {t2 - t1:.1f} s (JVM start included)")

    check("the plain run answers every line", len(plain) == len(lines), f"{len(plain)} of {len(lines)}")
    check("Spark answers every line", len(spark) == len(lines), f"{len(spark)} of {len(lines)}")
    check("the data set is read in several partitions", n_partitions >= 2, f"{n_partitions}")

    recs = [json.loads(l) for l in spark]
    want_ids = [input_id(l) for l in lines]
    got_ids = [r.get("id") for r in recs]
    wrong = [(i, w, g) for i, (w, g) in enumerate(zip(want_ids, got_ids)) if w != g]
    check("each output record carries its input line's id, in input order",
          not wrong and len(got_ids) == len(want_ids), f"first mismatches {wrong[:3]}")

    # An error names the line by its number in mtcheck's input, which under
    # Spark is the partition: that number is the one thing allowed to differ.
    same = lambda out: [re.sub(r'^(\{"id":.*?,"error":"line )\d+:', r"\1N:", l) for l in out]
    diff = [i for i, (a, b) in enumerate(zip(same(plain), same(spark))) if a != b]
    check("each Spark record is byte for byte the plain run's (error line numbers aside)",
          not diff and len(plain) == len(spark), f"{len(diff)} differ, first at line {diff[:1]}")
    verdicts = lambda out: [json.loads(l).get("verdict", "error") for l in out]
    check("the verdicts equal the plain run's", verdicts(plain) == verdicts(spark))

    counts = {v: verdicts(spark).count(v) for v in ("pass", "fail", "error")}
    print(f"verdicts: {counts}")
    expected_meta = [extra_fields(l) if is_record(l) else None for l in lines]
    not_records = [i for i, m in enumerate(expected_meta) if m is None]
    check("both verdicts occur", counts["pass"] > 0 and counts["fail"] > 0, f"{counts}")
    check("each line that is not a record gives an error",
          bool(not_records) and all("error" in recs[i] for i in not_records), f"{not_records}")

    got_meta = [dict(json.loads(l, object_pairs_hook=list)).get("meta") for l in spark]
    bad = [i for i, (w, g) in enumerate(zip(expected_meta, got_meta)) if w != g]
    check("the fields mtcheck does not read come back under meta, in input order",
          not bad and len(got_meta) == len(expected_meta), f"{len(bad)} records, first line {bad[:1]}")

    failed = results.count(False)
    print(f"spark: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
