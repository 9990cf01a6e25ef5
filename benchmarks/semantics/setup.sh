#!/usr/bin/env bash
# Create the benchmark-only virtual environment with the peer packages.
# The peers are installed here ONLY (never into the project venv, never vendored).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${BENCH_VENV:-$root/benchmarks/.venv-bench}"
python="${PYTHON:-python3.11}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet \
    "networkx>=3" \
    "python-sat" \
    "formal-argumentation==0.3.0" \
    "python-argumentation==2.0.2"
echo "$venv"
