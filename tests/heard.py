"""What holds for any reasonable recognition of the test audio, for tests of audio flows.

tiny.en hears espeak audio differently on each CPU (CTranslate2 picks AVX512, AVX2 or generic kernels, and
MKL on Intel or oneDNN elsewhere): "metformin 500" is "At 4,500" on one machine and right on another. So
flow tests (end to end, browser, installed bundle, live recording) assert what the product guarantees
whatever was heard: facts exist, each fact's evidence is the words of its segment and lies inside the turn
that was spoken there, and the note, its PDF and search carry the facts that were found. How much is
heard is checked once, with tolerance, in test_recognition_quality.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

SLACK_S = 1.5
# Kinds whose name is the word that was said (a drug, an allergen, a vital sign).
LITERAL_KINDS = {"medication", "allergy", "vital"}


def turns(wav: Path) -> list[dict]:
    """The rendered turns (speaker, start, end, text) written beside a speak_dialogue.py WAV."""
    return json.loads(Path(wav).with_suffix(".turns.json").read_text())


def _bare(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def turns_under(all_turns: list[dict], start_s: float, end_s: float, slack: float = SLACK_S) -> list[dict]:
    """The turn a span of audio lies in (word times of a small model are loose by up to ``slack`` s), else
    the turns it reaches more than 0.3 s into."""
    inside = [t for t in all_turns if t["start"] - slack <= start_s and end_s <= t["end"] + slack]
    return inside[:1] or [t for t in all_turns if min(end_s, t["end"]) - max(start_s, t["start"]) > 0.3]


def check_evidence(facts, transcript, all_turns: list[dict]) -> None:
    """Every fact has evidence; each quote is exactly the words of its segment and lies in what was spoken:
    one turn, or a question and its answer when the recogniser heard them as one sentence. A drug, allergen
    or vital sign that the script names in exactly one turn has evidence in that turn."""
    for f in facts:
        assert f.evidence, f"{f.kind} {f.name} has no evidence"
        at = []
        for e in f.evidence:
            seg = transcript.segment(e.segment_id)
            assert seg.text[e.char_start : e.char_end] == e.quote, (f.name, e.quote)
            under = turns_under(all_turns, e.start_s, e.end_s)
            assert 1 <= len(under) <= 2, f"evidence of {f.name} at {e.start_s}-{e.end_s} s spans {len(under)} turns"
            at += under
        if f.kind not in LITERAL_KINDS:
            continue  # symptoms and problems are named in other words than the visit's ("short of breath")
        saying = [t for t in all_turns if f" {_bare(f.name)} " in f" {_bare(t['text'])} "]
        if len(saying) == 1:
            assert any(t is saying[0] for t in at), f"{f.name}: said at {saying[0]['start']} s, evidence elsewhere"


def fact_names(facts, kind: str) -> list[str]:
    """Names of the facts of one kind (plain dicts from --json or Fact records), sorted."""
    get = (lambda f, k: f[k]) if facts and isinstance(facts[0], dict) else (lambda f, k: getattr(f, k))
    return sorted({get(f, "name") for f in facts if get(f, "kind") == kind})


def a_medication(facts) -> str:
    """A medication that was found: every rendering of the test visits yields at least one."""
    meds = fact_names(facts, "medication")
    assert meds, "no medication was found in the visit"
    return meds[0]


def confirm_uncertain_drugs(run, note_id: str, *login: str) -> int:
    """Do what a clinician does before signing a note from audio: for every drug name the recogniser was
    unsure of, pick one (the first plausible candidate, else the name as heard) with `chartside notes fact`.

    ``run(*args)`` runs the CLI and returns the CompletedProcess; ``login`` is extra CLI arguments such as
    ``("--user", "osei")``. Returns how many were confirmed. Which names are uncertain depends on what this
    CPU's kernels heard, so the test asserts only that signing works afterwards.
    """
    import json

    shown = run("notes", "show", note_id, "--json")
    assert shown.returncode == 0, shown.stderr
    facts = json.loads(shown.stdout)["facts"]
    confirmed = 0
    for i, f in enumerate(facts):
        if f["attributes"].get("certainty") != "uncertain":
            continue
        pick = (f["attributes"].get("candidates") or "").split("|")[0] or f["name"]
        done = run("notes", "fact", note_id, str(i), "--name", pick, *login)
        assert done.returncode == 0, done.stderr
        confirmed += 1
    return confirmed
