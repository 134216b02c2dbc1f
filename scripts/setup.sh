# Sourced by scripts/start and scripts/test: makes .venv with the app (and extras) installed,
# and, as root on Debian/Ubuntu, the system packages it needs. Usage: setup_env [EXTRAS]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

system_packages() {
  # A CJK font (WenQuanYi Micro Hei is TrueType, so PDFs can embed it) and Qt's libraries;
  # with "test", poppler-utils and xvfb too, for looking at PDFs and windows; binutils for
  # PyInstaller (scripts/build-bundle), which the tests run too.
  local wanted=(fonts-wqy-microhei libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3)
  [ "${1:-}" = test ] && wanted+=(poppler-utils xvfb)
  case "${1:-}" in test|bundle) wanted+=(binutils) ;; esac
  debian_packages "${wanted[@]}"
}

debian_packages() {
  # Installs those of the named Debian packages that are missing (as root), or says how.
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v dpkg >/dev/null; then
    echo "note: missing system packages ${missing[*]}; install them with:"
    echo "  sudo apt-get install ${missing[*]}"
  fi
}

python_env() {
  local extras="${1:-}"
  local python="${PYTHON:-python3}"
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "desktop-crm needs Python 3.11 or newer (found $("$python" --version 2>&1))" >&2
    exit 1
  }
  [ -x "$VENV/bin/python" ] || "$python" -m venv "$VENV"
  # Reinstall only when the dependencies may have changed since the last install.
  local stamp="$VENV/.installed${extras:+-$extras}"
  local wanted
  wanted="$(cat "$ROOT/pyproject.toml" | cksum)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet -e "$ROOT${extras:+[$extras]}"
    echo "$wanted" > "$stamp"
  fi
}

setup_env() {
  system_packages "${1:-}"
  python_env "${1:-}"
}
