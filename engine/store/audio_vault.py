"""Recordings at rest: AES-256-GCM in 1 MiB chunks, streamed, one random key per file.

File layout: ``CSA1`` magic, then chunks of [4-byte big-endian ciphertext length][ciphertext+tag]. Chunk
``i`` uses nonce = 8 random bytes (file header) + ``i`` as 4 bytes, and authenticates ``i`` and whether it
is the last chunk, so chunks cannot be reordered, dropped or the file truncated without detection. The
per-file key lives only in the encrypted database (``Recording.file_key``), so rekeying the database never
touches audio files, and deleting the key row makes a leftover audio file unreadable.
"""

from __future__ import annotations

import os
import secrets
import struct
from collections.abc import Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from engine.errors import StoreError

MAGIC = b"CSA1"
CHUNK = 1 << 20


def _aad(index: int, last: bool) -> bytes:
    return struct.pack(">I?", index, last)


def encrypt_file(src: Path, dest: Path) -> str:
    """Encrypt ``src`` into ``dest`` (written to a temp file, fsynced, renamed); returns the key as hex."""
    key = AESGCM.generate_key(bit_length=256)
    aes = AESGCM(key)
    prefix = secrets.token_bytes(8)
    tmp = dest.with_name(f".{dest.name}.tmp")
    with src.open("rb") as fin, tmp.open("wb") as fout:
        fout.write(MAGIC + prefix)
        index = 0
        block = fin.read(CHUNK)
        while True:
            nxt = fin.read(CHUNK)
            last = not nxt
            ct = aes.encrypt(prefix + struct.pack(">I", index), block, _aad(index, last))
            fout.write(struct.pack(">I", len(ct)) + ct)
            if last:
                break
            block, index = nxt, index + 1
        fout.flush()
        os.fsync(fout.fileno())
    tmp.chmod(0o600)
    tmp.replace(dest)
    return key.hex()


def decrypt_chunks(path: Path, key_hex: str) -> Iterator[bytes]:
    """Yield the plaintext of an encrypted recording chunk by chunk; StoreError if it was altered."""
    aes = AESGCM(bytes.fromhex(key_hex))
    with path.open("rb") as f:
        head = f.read(12)
        if head[:4] != MAGIC:
            raise StoreError(f"{path.name} is not a Chartside audio file; restore it from backup.")
        prefix = head[4:]
        index = 0
        size = f.read(4)
        while size:
            ct = f.read(struct.unpack(">I", size)[0])
            size = f.read(4)
            try:
                yield aes.decrypt(prefix + struct.pack(">I", index), ct, _aad(index, last=not size))
            except InvalidTag as exc:
                raise StoreError(
                    f"The recording {path.name} was altered or truncated; restore it from backup."
                ) from exc
            index += 1


def decrypt_to(path: Path, key_hex: str, dest: Path) -> Path:
    """Write the decrypted recording to ``dest`` (for playback or export)."""
    with dest.open("wb") as out:
        for chunk in decrypt_chunks(path, key_hex):
            out.write(chunk)
    return dest
