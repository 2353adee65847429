#!/usr/bin/env bash
# Regenerate corpora/lexicons/ from the PyPI package wordfreq (pinned below).
# Needs python3 and access to PyPI; the build and the tests never need this.
#
#   scripts/regen-lexicons.sh            # rewrite corpora/lexicons/
#   scripts/regen-lexicons.sh --check    # export to a temporary folder and diff (drift check)
set -euo pipefail

WORDFREQ_VERSION=3.1.1
# Every language's whole `large` list (down to Zipf 1.0): any language can be the target, and a
# word missing from a cut target list reads as foreign (an inflected Spanish `fuselaje` was
# called English while the Spanish list held 50,000 words). All 13 have a `large` list.
LANGS=en,fr,es,de,it,pt,nl,pl,cs,ru,sv,uk,ca
DEPTH=0

root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.venv-data"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet "wordfreq==$WORDFREQ_VERSION"

out="$root/corpora/lexicons"
if [ "${1:-}" = "--check" ]; then
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
fi
"$venv/bin/python" "$root/scripts/wordfreq_export.py" --out-dir "$out" \
    --langs "$LANGS" --n "$DEPTH" --format bucket --gzip --only-gzip
if [ "${1:-}" = "--check" ]; then
    diff -r "$root/corpora/lexicons" "$out" && echo "corpora/lexicons is up to date"
fi
