#!/usr/bin/env bash
# Run every cargo-fuzz target for a bounded time, each seeded from corpora/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]      # default 60 s, every target
#   FUZZ_TIMEOUT=10 scripts/fuzz.sh 2400 read_document      # a long round beside other work
#   FUZZ_SANITIZER=none scripts/fuzz.sh 1800                 # many more runs a second
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Inputs
# are capped at 64 KB, and one that runs over a second counts as a failure
# (libFuzzer's -timeout, FUZZ_TIMEOUT seconds: 1 by default; libFuzzer
# measures wall time, so a long round at low priority beside other work takes a
# larger one, and any input it reports slow is then run again alone to time
# it), as does any panic; a failing input is saved under
# fuzz/artifacts/<target>/. Every build has overflow checks and debug
# assertions on (cargo fuzz -a), so an integer overflow on an input-derived
# size is a failure too. FUZZ_SANITIZER picks cargo-fuzz's sanitizer (address
# by default); the crate has no unsafe code, and with `none` libFuzzer runs
# several times as many inputs a second, which is what a long round is for.
# The seeds are written to fuzz/corpus/<target>/
# (not committed): each corpus text with a first byte or three that pick the
# languages and the paragraph rule, the pairs as stream records, and the XML
# files of corpora/formats and tests/samples for the XML readers.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(read_document numbers names check_pair stream_line xml_formats)
fi

python3 - <<'PY'
import glob, json, os
root = "fuzz/corpus"
texts = sorted(glob.glob("corpora/articles/*/*.txt")) + sorted(glob.glob("corpora/checks/**/*.txt", recursive=True))
langs = ["en", "fr", "es", "de", "it", "pt", "nl", "pl", "cs", "ru", "sv", "zh", "ja", "hi", "ko", "ar", "uk", "ca"]
def lang_byte(path):
    code = os.path.basename(path).split(".")[-2]
    return langs.index(code) if code in langs else 0
for t in ["read_document", "numbers", "names", "check_pair", "stream_line", "xml_formats"]:
    os.makedirs(os.path.join(root, t), exist_ok=True)
n = 0
for path in texts:
    data = open(path, "rb").read()[:60000]
    b = lang_byte(path)
    name = f"seed-{n:04d}"
    n += 1
    open(os.path.join(root, "read_document", name), "wb").write(bytes([b]) + data)
    open(os.path.join(root, "numbers", name), "wb").write(bytes([b]) + data)
    open(os.path.join(root, "names", name), "wb").write(bytes([b, 0]) + data)
pairs = []
for d in sorted(glob.glob("corpora/articles/*/")) + sorted(glob.glob("corpora/checks/*/*/")):
    src = glob.glob(os.path.join(d, "source.*.txt"))
    tgt = glob.glob(os.path.join(d, "target.*.txt"))
    if src and tgt:
        pairs.append((src[0], tgt[0]))
for i, (s, t) in enumerate(pairs):
    sd, td = open(s, "rb").read()[:30000], open(t, "rb").read()[:30000]
    open(os.path.join(root, "check_pair", f"seed-{i:04d}"), "wb").write(
        bytes([lang_byte(s), lang_byte(t), 0]) + sd + b"\0" + td)
    rec = {"id": i, "source": sd.decode("utf-8", "replace"), "target": td.decode("utf-8", "replace"),
           "source_lang": os.path.basename(s).split(".")[-2], "target_lang": os.path.basename(t).split(".")[-2]}
    open(os.path.join(root, "stream_line", f"seed-{i:04d}"), "w").write(json.dumps(rec, ensure_ascii=False) + "\n{not json\n")
xml = sorted(glob.glob("corpora/formats/*/*.x*")) + sorted(glob.glob("tests/samples/*/*.x*"))
for i, path in enumerate(xml):
    data = open(path, "rb").read()[:60000]
    open(os.path.join(root, "xml_formats", f"seed-{i:04d}"), "wb").write(bytes([0, 2]) + data)
print(f"seeds: {n} texts, {len(pairs)} pairs, {len(xml)} XML files")
PY

# The checks read the corpus's small spelling dictionaries, not the system's:
# loading a large Hunspell dictionary takes 0.1-0.5 s once per process (several
# times that under the sanitizer), which libFuzzer would charge to whichever
# input first asks about that language, as a timeout.
export MTCHECK_SPELLING_DIR="$PWD/corpora/spelling"

for t in "${targets[@]}"; do
  echo "== $t: ${secs} s" >&2
  cargo +nightly fuzz run -a -s "${FUZZ_SANITIZER:-address}" "$t" -- -max_total_time="$secs" -max_len=65536 -timeout="${FUZZ_TIMEOUT:-1}" -rss_limit_mb=2048 -print_final_stats=1
done
