"""Sign a built bundle and the release artifacts.

    python packaging/sign.py bundle build/dist/chartside [--version V]   # MANIFEST.json + .sig in the bundle
    python packaging/sign.py files ARTIFACT...                           # SHA256SUMS + .sig beside them
    python packaging/sign.py new-key DIR                                 # a fresh Ed25519 key pair

The private key comes from CHARTSIDE_SIGNING_KEY (PEM text; a CI secret) or CHARTSIDE_SIGNING_KEY_FILE.
Without either, a development key is created under build/dev-key/ (never committed) and the build says
it is dev-signed: installers pinned to the release key will refuse it, as they should.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from engine.integrity import BUNDLED_KEY, MANIFEST, SIGNATURE, build_manifest, sign_bytes  # noqa: E402

DEV_KEY_DIR = Path(__file__).resolve().parents[1] / "build" / "dev-key"


def new_key(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = Ed25519PrivateKey.generate()
    private = folder / "signing-key.pem"
    public = folder / "release-key.pub"
    private.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    private.chmod(0o600)
    public.write_bytes(
        key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return private, public


def private_key() -> tuple[bytes, str]:
    if os.environ.get("CHARTSIDE_SIGNING_KEY"):
        return os.environ["CHARTSIDE_SIGNING_KEY"].encode(), "release key (CHARTSIDE_SIGNING_KEY)"
    if os.environ.get("CHARTSIDE_SIGNING_KEY_FILE"):
        return Path(os.environ["CHARTSIDE_SIGNING_KEY_FILE"]).read_bytes(), "release key (file)"
    pem = DEV_KEY_DIR / "signing-key.pem"
    if not pem.exists():
        new_key(DEV_KEY_DIR)
    return pem.read_bytes(), f"DEVELOPMENT key ({DEV_KEY_DIR})"


def public_pem(private: bytes) -> bytes:
    key = serialization.load_pem_private_key(private, password=None)
    return key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def sign_bundle(root: Path, version: str) -> None:
    key, label = private_key()
    manifest = build_manifest(root, version)
    data = json.dumps(manifest, indent=1, sort_keys=True).encode()
    (root / MANIFEST).write_bytes(data)
    (root / SIGNATURE).write_bytes(sign_bytes(data, key))
    (root / BUNDLED_KEY).write_bytes(public_pem(key))
    print(f"signed {len(manifest['files'])} files in {root} with the {label}")


def sign_files(paths: list[Path]) -> None:
    key, label = private_key()
    folder = paths[0].parent
    lines = []
    for p in paths:
        digest = hashlib.sha256(p.read_bytes()).hexdigest()
        lines.append(f"{digest}  {p.name}")
        (p.parent / f"{p.name}.sig").write_bytes(sign_bytes(p.read_bytes(), key))
    sums = folder / "SHA256SUMS"
    sums.write_text("\n".join(lines) + "\n")
    (folder / "SHA256SUMS.sig").write_bytes(sign_bytes(sums.read_bytes(), key))
    (folder / "release-key.pub").write_bytes(public_pem(key))
    print(f"signed {len(paths)} artifact(s) and SHA256SUMS with the {label}")


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:]
    if cmd == "bundle":
        version = rest[rest.index("--version") + 1] if "--version" in rest else "0.0.0"
        sign_bundle(Path(rest[0]), version)
    elif cmd == "files":
        sign_files([Path(p) for p in rest])
    elif cmd == "new-key":
        print("wrote", *new_key(Path(rest[0])))
    else:
        sys.exit(__doc__)
