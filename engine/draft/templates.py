"""Note templates are data: JSON files naming sections, which facts feed each, and what the model writes.

A template is identified by name and versioned by the sha256 of its canonical JSON, so a stored draft
records exactly which template text produced it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from engine.errors import TemplateError
from engine.types import Fact, FactKind

BUILTIN = Path(__file__).with_name("templates")


class FactSelector(BaseModel):
    kind: FactKind
    status: list[str] | None = None  # medication statuses to include; None = all
    negated: bool | None = None  # symptoms: only denied (True) or only present (False); None = both

    def matches(self, fact: Fact) -> bool:
        if fact.kind != self.kind or (self.negated is not None and fact.negated != self.negated):
            return False
        return self.status is None or fact.attributes.get("status") in self.status


class SectionSpec(BaseModel):
    key: str = Field(pattern=r"^[a-z_]+$")
    title: str = Field(min_length=1, max_length=80)
    facts: list[FactSelector] = Field(default_factory=list)
    prose: str | None = Field(default=None, max_length=600)
    quotes: int = Field(default=0, ge=0, le=6, description="Patient statements quoted verbatim (history).")
    # learned labels (engine/draft/select.py LABELS) whose transcript sentences this section says, in note
    # register and verified: hpi, history, ros, exam, results, assessment, plan
    select: list[Literal["hpi", "history", "ros", "exam", "results", "assessment", "plan"]] = Field(
        default_factory=list
    )
    # how the section is arranged: a list of sentences; the chief complaint (one line from the facts); or
    # assessment and plan as numbered problems, each with its sentences, changes and orders
    layout: Literal["list", "chief_complaint", "by_problem"] = "list"


class Template(BaseModel):
    name: str = Field(pattern=r"^[a-z0-9_\-]+$")
    title: str
    description: str = ""
    style: Literal["clinical", "plain"] = "clinical"  # plain: words a patient understands
    sections: list[SectionSpec] = Field(min_length=1)

    @property
    def version(self) -> str:
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _folders(extra: Sequence[Path]) -> list[Path]:
    # A clinic's own templates come first, so a template of the same name replaces the built-in one.
    return [*(Path(d) for d in extra if d and Path(d).is_dir()), BUILTIN]


def available(extra: Sequence[Path] = ()) -> list[str]:
    """Names of the templates: the clinic's own (``extra`` folders) and the built-in ones."""
    return sorted({p.stem for folder in _folders(extra) for p in folder.glob("*.json")})


def parse(text: str, origin: str) -> Template:
    """Validate template JSON; errors name the file and the first problem in one sentence."""
    try:
        return Template.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "top level"
        raise TemplateError(
            f"The template {origin} is not valid ({where}: {first['msg']}); fix it and try again."
        ) from exc


def load(name: str, extra: Sequence[Path] = ()) -> Template:
    """A template by name, from the clinic's template folders first, then the built-in ones."""
    for folder in _folders(extra):
        path = folder / f"{name}.json"
        if path.is_file():
            return parse(path.read_text(encoding="utf-8"), path.name)
    raise TemplateError(f"There is no template called {name!r}; choose one of: {', '.join(available(extra))}.")
