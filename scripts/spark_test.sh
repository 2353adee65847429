#!/usr/bin/env bash
# `mtcheck stream` under Apache Spark (local[2], rdd.pipe) on a few thousand
# generated pairs: tests/spark/run_spark_test.py. Installs what it needs: a Java
# runtime from Debian when java is missing or older than 17 (as root), and pyspark
# as pinned in tests/spark/requirements.txt in a virtual environment under target/.
#
#   scripts/spark_test.sh [PAIRS]                       # default 3000 pairs
#   MTCHECK_BIN=target/release/mtcheck scripts/spark_test.sh
#
# Without MTCHECK_BIN it builds and ships the debug binary, which `cargo test`
# has already built (a release build would add minutes to CI for seconds saved).
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-3000}

java_major() {
  java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
}
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  else
    echo "spark_test: Java 17 or later is needed (Debian: apt-get install default-jre-headless)" >&2
    exit 2
  fi
fi

venv=${SPARK_VENV:-target/spark-venv}
req=tests/spark/requirements.txt
if ! cmp -s "$req" "$venv/requirements.txt"; then
  rm -rf "$venv"
  if ! python3 -m venv "$venv"; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
      python3 -m venv "$venv"
    else
      exit 2
    fi
  fi
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$req"
  cp "$req" "$venv/requirements.txt"
fi

bin=${MTCHECK_BIN:-}
if [ -z "$bin" ]; then
  cargo build --locked --quiet
  bin=target/debug/mtcheck
fi
exec "$venv/bin/python" tests/spark/run_spark_test.py --binary "$bin" --pairs "$pairs"
