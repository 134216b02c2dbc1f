# Sourced by scripts/start and scripts/test: makes .venv with the app (and extras) installed,
# and, as root on Debian/Ubuntu, the system packages it needs. Usage: setup_env [EXTRAS]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

say() { echo "desktop-crm: $*" >&2; }

# What Qt's xcb platform loads on Linux (ldd of PySide6's libqxcb.so and libQt6XcbQpa.so),
# a CJK TrueType font, and what Python needs to make a virtual environment.
# "a|b" takes the first name this release knows (Debian 13 / Ubuntu 24.04 renamed some).
APP_PACKAGES=(
  python3-venv fonts-wqy-microhei libgl1 libegl1 libfontconfig1 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 "libglib2.0-0t64|libglib2.0-0"
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxcb-xkb1 libxcb-util1
)
# The tests also read PDFs (poppler-utils), drive a real window (Xvfb, xdotool, xwd) and ask
# fontconfig (fc-list) as the Linux font lookup does, and start a throwaway PostgreSQL
# (tests/pg.py) as the team server.
TEST_PACKAGES=(poppler-utils xvfb xdotool x11-apps fontconfig postgresql)
# PyInstaller reads and strips libraries with binutils (scripts/build-bundle; the tests run it).
BUNDLE_PACKAGES=(binutils)

installed() {  # any of "a|b" installed?
  local name
  for name in ${1//|/ }; do
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "ok installed" && return 0
  done
  return 1
}

known() {  # the first of "a|b" the package lists know
  local name
  for name in ${1//|/ }; do
    if apt-cache show "$name" >/dev/null 2>&1; then echo "$name"; return; fi
  done
  echo "${1##*|}"
}

system_packages() {
  local wanted=("${APP_PACKAGES[@]}")
  [ "${1:-}" = test ] && wanted+=("${TEST_PACKAGES[@]}" "${BUNDLE_PACKAGES[@]}")
  [ "${1:-}" = bundle ] && wanted+=("${BUNDLE_PACKAGES[@]}")
  debian_packages "Qt's window libraries, a Chinese font…" "${wanted[@]}"
}

debian_packages() {  # WHAT PACKAGE...: install the missing ones (as root), or say how
  command -v dpkg-query >/dev/null || return 0  # not Debian/Ubuntu: see README
  local what="$1" missing=() pkg
  shift
  for pkg in "$@"; do
    installed "$pkg" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing system packages ($what): ${missing[*]//|/ or }"
    apt-get update -qq
    local names=()
    for pkg in "${missing[@]}"; do names+=("$(known "$pkg")"); done
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${names[@]}" \
      >/dev/null
  else
    local names=()
    for pkg in "${missing[@]}"; do names+=("${pkg%%|*}"); done
    say "missing system packages; install them with:"
    echo "  sudo apt-get install ${names[*]}" >&2
  fi
}

python_env() {
  local extras="${1:-}"
  local python="${PYTHON:-python3}"
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    say "needs Python 3.11 or newer (found $("$python" --version 2>&1))"
    exit 1
  }
  if [ ! -x "$VENV/bin/python" ]; then
    say "making a Python environment in $VENV"
    "$python" -m venv "$VENV"
  fi
  # Reinstall only when the dependencies may have changed since the last install.
  local stamp="$VENV/.installed${extras:+-$extras}"
  local wanted
  wanted="$(cksum < "$ROOT/pyproject.toml")"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    say "installing desktop-crm${extras:+ with its $extras tools} and its libraries (the first time takes a few minutes)"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    # PYTHONWARNINGS: setuptools warns on every editable install about a folder named like the
    # package (ours is the package itself); the warning block is noise to someone starting the app.
    PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      --progress-bar on -e "$ROOT${extras:+[$extras]}"
    echo "$wanted" > "$stamp"
    say "installed"
  fi
}

setup_env() {
  system_packages "${1:-}"
  python_env "${1:-}"
}
