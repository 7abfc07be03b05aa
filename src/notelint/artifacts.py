"""Locate, verify and describe the trained artefacts in models/.

``models/MANIFEST.json`` lists the SHA-256 of every artefact file. Everything is verified before
anything is loaded: a pickled/joblib file runs code when loaded, so a changed or truncated file
must be refused first.
"""
from __future__ import annotations

import hashlib
import json
import os
from importlib import resources
from pathlib import Path

from .errors import ModelError

MANIFEST = "MANIFEST.json"


def models_dir() -> Path:
    """``$NOTELINT_MODELS`` if set, else the models installed with the package."""
    env = os.environ.get("NOTELINT_MODELS")
    if env:
        return Path(env)
    try:
        return Path(str(resources.files("notelint._models")))
    except ModuleNotFoundError:
        raise ModelError("notelint's models are not installed; reinstall notelint or set NOTELINT_MODELS") from None


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_manifest(root: Path) -> dict:
    p = root / MANIFEST
    if not p.is_file():
        raise ModelError(f"{p}: model manifest missing; run `notelint train` or reinstall")
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise ModelError(f"{p}: manifest is not valid JSON ({e})") from None


def verify(root: Path, component: str) -> dict:
    """Check every file of ``component`` (a folder under models/) against the manifest."""
    manifest = read_manifest(root)
    files = manifest.get("components", {}).get(component, {}).get("files")
    if not files:
        raise ModelError(f"{root / MANIFEST}: no entry for {component!r}; run `notelint train`")
    on_disk = {str(p.relative_to(root)) for p in (root / component).rglob("*") if p.is_file()}
    extra = on_disk - set(files)
    if extra:
        raise ModelError(f"{root / component}: unexpected files not in the manifest: {sorted(extra)}")
    for rel, digest in files.items():
        p = root / rel
        if not p.is_file():
            raise ModelError(f"{p}: model file missing")
        if sha256_file(p) != digest:
            raise ModelError(f"{p}: checksum mismatch (changed or truncated); refusing to load it")
    return manifest["components"][component]


def write_manifest_entry(root: Path, component: str, meta: dict) -> None:
    """Record checksums of every file under models/<component> plus its metadata."""
    p = root / MANIFEST
    manifest = json.loads(p.read_text()) if p.exists() else {"components": {}}
    files = {str(f.relative_to(root)): sha256_file(f)
             for f in sorted((root / component).rglob("*")) if f.is_file()}
    manifest["components"][component] = {**meta, "files": files}
    p.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
