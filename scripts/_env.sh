# Sourced by scripts/demo and scripts/test: creates ./.venv when missing and installs corroborate
# into it (with the dev extra when CORROBORATE_DEV=1). Re-running is cheap: a stamp file keyed on
# pyproject.toml and the requirements skips the install when nothing changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "corroborate needs Python 3.11 or newer (found: $("$python" --version 2>&1))" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "creating .venv" >&2
  "$python" -m venv .venv
fi
extra=""
[ "${CORROBORATE_DEV:-0}" = "1" ] && extra="[dev]"
stamp=".venv/.corroborate-installed$extra"
want="$(cat pyproject.toml requirements/*.txt | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "installing corroborate$extra into .venv (first run takes a few minutes)" >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --require-hashes \
    -r requirements/embeddings.txt >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra" >&2
  echo "$want" > "$stamp"
fi
