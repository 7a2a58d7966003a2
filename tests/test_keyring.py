"""The keyring path against a real Secret Service (gnome-keyring on a private D-Bus session)."""

import json
import shutil
import subprocess
import sys
import textwrap

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

SCRIPT = textwrap.dedent("""
    set -e
    export HOME="$1/home" CHARTSIDE_HOME="$1/chartside" CHARTSIDE_KEYRING=1
    unset CHARTSIDE_PASSPHRASE
    mkdir -p "$HOME"
    echo -n "login-password" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    sleep 0.5
    cd "{root}"
    {py} -m engine note "$2" --no-llm -q > "$1/note_id"
    cat "$CHARTSIDE_HOME/data/chartside.db.keyinfo.json" > "$1/keyinfo-1"
    {py} -m engine notes list > "$1/list-1"
    {py} -m engine store rekey > "$1/rekey"
    {py} -m engine notes list > "$1/list-2"
    {py} -c "import keyring, os; print(len(keyring.get_password('chartside', \\
        'database-key:' + os.path.realpath('$CHARTSIDE_HOME/data/chartside.db'))))" > "$1/keylen"
""")


@pytest.mark.skipif(
    not shutil.which("dbus-run-session") or not shutil.which("gnome-keyring-daemon"),
    reason="needs dbus and gnome-keyring (installed by scripts/setup.sh)",
)
def test_store_key_lives_in_the_secret_service_and_rotates(tmp_path, htn_wav):
    script = tmp_path / "run.sh"
    script.write_text(SCRIPT.format(root=ROOT, py=sys.executable))
    proc = subprocess.run(
        ["dbus-run-session", "--", "bash", str(script), str(tmp_path), str(htn_wav)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    note_id = (tmp_path / "note_id").read_text().strip()
    assert json.loads((tmp_path / "keyinfo-1").read_text())["mode"] == "keyring"
    assert note_id in (tmp_path / "list-1").read_text()
    assert "OS keyring" in (tmp_path / "rekey").read_text()
    assert note_id in (tmp_path / "list-2").read_text()  # readable with the rotated key from the keyring
    assert (tmp_path / "keylen").read_text().strip() == "64"  # 256-bit key, hex
