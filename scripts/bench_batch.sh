#!/usr/bin/env bash
# Throughput of `mtcheck batch` on N generated article pairs (default 10,000),
# with --jobs 1 and --jobs 2, checking only and writing HTML reports: medians of
# RUNS runs (default 3) with hyperfine (apt-get install hyperfine), then pairs/s,
# MB/s of input, the speed-up from one to two threads and the cores actually
# used (CPU time over wall time), as a Markdown table. Run it on an idle machine:
# other work on the cores shows as a low "cores used".
#
#   scripts/bench_batch.sh [N] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10000}
RUNS=${2:-3}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen_batch_pairs.py "$N" "$work/pairs"
cargo build --release --quiet
bin=target/release/mtcheck
bytes=$(find "$work/pairs" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')

# Exit code 1 (some articles fail the gate) is expected: -i keeps hyperfine going.
hyperfine -i --runs "$RUNS" --export-json "$work/times.json" \
  -n "check, --jobs 1" "$bin batch -q --jobs 1 $work/pairs" \
  -n "check, --jobs 2" "$bin batch -q --jobs 2 $work/pairs" \
  -n "check + HTML reports, --jobs 1" "rm -rf $work/out && $bin batch -q --jobs 1 --out-dir $work/out $work/pairs" \
  -n "check + HTML reports, --jobs 2" "rm -rf $work/out && $bin batch -q --jobs 2 --out-dir $work/out $work/pairs" \
  >&2

python3 - "$work/times.json" "$N" "$bytes" <<'PY'
import json, statistics, sys
runs = json.load(open(sys.argv[1]))["results"]
n, size = int(sys.argv[2]), int(sys.argv[3])
med = {r["command"]: statistics.median(r["times"]) for r in runs}
# CPU seconds (user + system, means) over wall seconds: the cores actually used.
# On a machine shared with other work this stays low whatever --jobs says.
cpu = {r["command"]: r["user"] + r["system"] for r in runs}
print(f"{n} pairs, {size / 1e6:.1f} MB of text; median of {len(runs[0]['times'])} runs\n")
print("| run | median s | pairs/s | MB/s | speed-up | CPU s | cores used |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name, t in med.items():
    base = med.get(name.replace("--jobs 2", "--jobs 1"), t)
    mean = statistics.mean(next(r["times"] for r in runs if r["command"] == name))
    print(f"| {name} | {t:.2f} | {n / t:,.0f} | {size / 1e6 / t:.1f} | {base / t:.2f}× "
          f"| {cpu[name]:.1f} | {cpu[name] / mean:.2f} |")
PY
