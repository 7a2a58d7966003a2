"""Integrity of an installed Chartside: a SHA-256 manifest of every file in the bundle, signed with
Ed25519 by the release key; ``chartside verify-install`` and the installers check it.

Trust comes from the public key, so it must come from outside the bundle being checked: ``--key``, or
the key IT pins in the managed config (``release_public_key``). The copy shipped inside the bundle only
detects damage, not a deliberate swap, and verification says so.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from engine.errors import ChartsideError

MANIFEST = "MANIFEST.json"
SIGNATURE = "MANIFEST.json.sig"
BUNDLED_KEY = "release-key.pub"


class IntegrityError(ChartsideError):
    exit_code = 8


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def build_manifest(root: Path, version: str) -> dict:
    """Every regular file under ``root`` (but the manifest, its signature and the bundled key) with sha256."""
    files: dict[str, dict] = {}
    links: dict[str, str] = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_symlink():  # a swapped link could point a library anywhere: its target is signed too
            links[rel] = str(p.readlink())
        elif p.is_file() and rel not in (MANIFEST, SIGNATURE, BUNDLED_KEY):
            files[rel] = {"sha256": _sha256(p), "size": p.stat().st_size}
    return {"product": "chartside", "version": version, "files": files, "links": links}


def sign_bytes(data: bytes, private_pem: bytes) -> bytes:
    key = serialization.load_pem_private_key(private_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise IntegrityError("The signing key is not an Ed25519 key; create one with packaging/sign.py --new-key.")
    return base64.b64encode(key.sign(data)) + b"\n"


def verify_bytes(data: bytes, signature_b64: bytes, public_pem: bytes) -> bool:
    key = serialization.load_pem_public_key(public_pem)
    if not isinstance(key, Ed25519PublicKey):
        raise IntegrityError("The release key is not an Ed25519 public key; ask IT for the right key file.")
    try:
        key.verify(base64.b64decode(signature_b64.strip()), data)
    except (InvalidSignature, ValueError):
        return False
    return True


def install_root() -> Path:
    """The folder of the running bundle (frozen), else the repository (a development checkout)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[1]


@dataclass
class Verification:
    root: Path
    version: str = ""
    files: int = 0
    key_source: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_install(root: Path, public_key: Path | None = None) -> Verification:
    """Check the signature of the manifest, then every file against it; problems name the files."""
    root = Path(root)
    result = Verification(root=root)
    manifest_file, sig_file = root / MANIFEST, root / SIGNATURE
    if not manifest_file.is_file() or not sig_file.is_file():
        raise IntegrityError(
            f"{root} has no signed manifest ({MANIFEST}); this is not a released Chartside — reinstall it from "
            "a trusted copy."
        )
    if public_key is None:
        public_key = root / BUNDLED_KEY
        result.key_source = "the key inside the bundle (detects damage only; pin the release key for tampering)"
    else:
        result.key_source = str(public_key)
    if not Path(public_key).is_file():
        raise IntegrityError(f"The release key {public_key} does not exist; ask IT for the key file.")
    data = manifest_file.read_bytes()
    if not verify_bytes(data, sig_file.read_bytes(), Path(public_key).read_bytes()):
        result.problems.append(f"{MANIFEST} is not signed by the release key (the file list itself was changed)")
        return result
    manifest = json.loads(data)
    result.version = manifest.get("version", "")
    result.files = len(manifest["files"])
    for rel, entry in manifest["files"].items():
        p = root / rel
        if not p.is_file():
            result.problems.append(f"{rel} is missing")
        elif p.stat().st_size != entry["size"] or _sha256(p) != entry["sha256"]:
            result.problems.append(f"{rel} was changed (its sha256 differs from the signed manifest)")
    links = manifest.get("links", {})
    for rel, target in links.items():
        p = root / rel
        if not p.is_symlink() or str(p.readlink()) != target:
            result.problems.append(f"{rel} was changed (the link points elsewhere than signed)")
    known = set(manifest["files"]) | set(links) | {MANIFEST, SIGNATURE, BUNDLED_KEY}
    for p in root.rglob("*"):
        rel = p.relative_to(root).as_posix()
        code = p.suffix in {".so", ".dll", ".dylib", ".py", ".pyc", ".exe"} or ".so." in p.name
        if (p.is_file() or p.is_symlink()) and rel not in known and code:
            result.problems.append(f"{rel} was added (not in the signed manifest)")
    return result
