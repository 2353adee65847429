#!/usr/bin/env python3
"""Measure mtcheck's checks on DEMETR-style JSON Lines (e.g. ../shared/eval-dev/).

Each file is piped through `mtcheck stream`; a record counts as *caught* by a
check when the check reports at least one finding in it (for records with a
`span`, the table also gives the share whose finding overlaps the perturbed
span), and as a *false positive* when a check fires on a record labelled
`none` (human references and unperturbed MT).

    cargo build --release
    python3 scripts/eval_demetr.py --data ../shared/eval-dev            # all checks
    python3 scripts/eval_demetr.py --data ../shared/eval-dev --check untranslated

Standard library only. Prints Markdown tables: recall per label and source
language, false-positive rate per check and source language.
"""

import argparse
import collections
import glob
import json
import os
import subprocess
import sys

LABEL_CHECK = {"untranslated": "untranslated", "name": "name-mismatch", "number": "number-mismatch"}
MIN_SEVERITY = {"minor": 0, "major": 1, "critical": 2}


def run_stream(binary, path, extra):
    with open(path, "rb") as f:
        out = subprocess.run([binary, "stream", *extra], stdin=f, capture_output=True, check=True)
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


def findings(doc, min_sev):
    for p in doc.get("paragraphs", []):
        for f in p["findings"]:
            if MIN_SEVERITY[f["severity"]] >= min_sev:
                yield f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="folder of *.jsonl files")
    ap.add_argument("--binary", default=os.path.join("target", "release", "mtcheck"))
    ap.add_argument("--check", action="append", help="only these check ids (repeatable)")
    ap.add_argument("--min-severity", default="minor", choices=list(MIN_SEVERITY))
    ap.add_argument("--show-misses", type=int, default=0, help="print N missed records per label")
    ap.add_argument("--show-fps", type=int, default=0, help="print N false positives per check")
    args = ap.parse_args()
    min_sev = MIN_SEVERITY[args.min_severity]

    records = []
    for path in sorted(glob.glob(os.path.join(args.data, "*.jsonl"))):
        inputs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        outputs = run_stream(args.binary, path, [])
        assert len(inputs) == len(outputs), f"{path}: {len(inputs)} lines in, {len(outputs)} out"
        for rec, doc in zip(inputs, outputs):
            assert str(rec["id"]) == str(doc.get("id")), (rec["id"], doc.get("id"))
            records.append((rec, doc))

    errors = [(r["id"], d["error"]) for r, d in records if "error" in d]
    checks = args.check or sorted(set(LABEL_CHECK.values()) | {"garbled", "residue", "omission", "addition"})

    # Recall per label.
    print("## Recall (records where the check fired)\n")
    print("| label | check | lang | caught | total | recall | span overlap |")
    print("|---|---|---|---:|---:|---:|---:|")
    misses = collections.defaultdict(list)
    for label, check in LABEL_CHECK.items():
        if check not in checks:
            continue
        by_lang = collections.defaultdict(lambda: [0, 0, 0])
        for rec, doc in records:
            if rec["label"] != label or "error" in doc:
                continue
            fs = [f for f in findings(doc, min_sev) if f["check"] == check]
            row = by_lang[rec["source_lang"]]
            row[1] += 1
            if fs:
                row[0] += 1
                span = rec.get("span")
                if span and any(span in (f.get("target") or {}).get("text", "") or (f.get("target") or {}).get("text", "") in span for f in fs):
                    row[2] += 1
            else:
                misses[label].append(rec)
        tot = [sum(v[i] for v in by_lang.values()) for i in range(3)]
        for lang in sorted(by_lang):
            c, n, o = by_lang[lang]
            print(f"| {label} | {check} | {lang} | {c} | {n} | {c / n:.3f} | {o} |")
        if tot[1]:
            print(f"| **{label}** | **{check}** | **all** | **{tot[0]}** | **{tot[1]}** | **{tot[0] / tot[1]:.3f}** | {tot[2]} |")

    # False positives on clean records.
    print("\n## False positives (records labelled none where the check fired)\n")
    print("| check | lang | flagged | total | rate |")
    print("|---|---|---:|---:|---:|")
    fps = collections.defaultdict(list)
    for check in checks:
        by_lang = collections.defaultdict(lambda: [0, 0])
        for rec, doc in records:
            if rec["label"] != "none" or "error" in doc:
                continue
            fs = [f for f in findings(doc, min_sev) if f["check"] == check]
            row = by_lang[rec["source_lang"]]
            row[1] += 1
            if fs:
                row[0] += 1
                fps[check].append((rec, fs))
        c = sum(v[0] for v in by_lang.values())
        n = sum(v[1] for v in by_lang.values())
        for lang in sorted(by_lang):
            a, b = by_lang[lang]
            print(f"| {check} | {lang} | {a} | {b} | {a / b:.3f} |")
        if n:
            print(f"| **{check}** | **all** | **{c}** | **{n}** | **{c / n:.3f}** |")

    print(f"\n{len(records)} records, {len(errors)} could not be checked")
    for rid, err in errors[:10]:
        print(f"  error {rid}: {err}")
    for label, recs in misses.items():
        for rec in recs[: args.show_misses]:
            print(f"MISS {label} {rec['id']} span={rec.get('span')!r}\n  src: {rec['source']}\n  tgt: {rec['target']}")
    for check, items in fps.items():
        for rec, fs in items[: args.show_fps]:
            texts = [(f["kind"], (f.get("target") or {}).get("text")) for f in fs]
            print(f"FP {check} {rec['id']} {texts}\n  src: {rec['source']}\n  tgt: {rec['target']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
