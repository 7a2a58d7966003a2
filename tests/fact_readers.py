"""Helpers for the extraction tests: written dialogue in, extracted facts out as plain values.

A visit is written as turns. A ``(speaker, text)`` tuple names its speaker ("clinician", "patient", or
"other" for a relative); a bare string takes its speaker from where it stands (see ``facts``), so most
exchanges read as plain question and answer.
"""

from engine.clinical.exam import exam_sentences
from engine.clinical.exam import findings as exam_findings
from engine.clinical.extract import extract
from engine.clinical.sentences import split
from engine.evaluation import text_transcript
from engine.types import FactKind, Segment, Transcript, Word

CLINICIAN, PATIENT = "clinician", "patient"


def facts(*turns, speakers=None):
    """The facts extracted from a visit's turns.

    A bare string's speaker is ``speakers[i]`` (one entry per turn) when given, else clinician and patient
    by position, the clinician first; a ``(speaker, text)`` tuple keeps its own speaker and still takes a
    position, so ``facts((P, "..."), "...")`` makes the second turn the patient's.
    """
    who = speakers or [(CLINICIAN, PATIENT)[i % 2] for i in range(len(turns))]
    lines = [t if isinstance(t, tuple) else (s, t) for s, t in zip(who, turns, strict=True)]
    return extract(text_transcript(lines))


def heard_facts(*turns):
    """The facts of ``(speaker, text)`` turns as a recogniser gives them: one segment a second, each word
    timed (the extractor reads some things only in heard speech, where punctuation is the model's guess)."""
    segments = []
    for i, (who, text) in enumerate(turns):
        words = [Word(start=i + 0.1 * k, end=i + 0.1 * k + 0.08, text=w) for k, w in enumerate(text.split())]
        segments.append(Segment(id=i, start=i, end=i + 0.9, text=text, words=words, speaker=who))
    return extract(Transcript(segments=segments, duration_s=float(len(turns))))


def clinician_facts(*turns):
    """The facts of turns in which every bare string is the clinician's (an exam or vitals said aloud)."""
    return facts(*turns, speakers=[CLINICIAN] * len(turns))


def symptoms(fs):
    """name -> "present" / "absent"."""
    return {f.name: "absent" if f.negated else "present" for f in fs if f.kind == FactKind.symptom}


def state(fs, names):
    """The polarity charted under any of ``names`` (accepted synonyms), or None."""
    got = symptoms(fs)
    return next((got[n] for n in names if n in got), None)


def problems(fs):
    """The names of the problems charted."""
    return {f.name for f in fs if f.kind == FactKind.problem}


def meds(fs):
    """medication name -> its attributes (dose, status, ...)."""
    return {f.name: f.attributes for f in fs if f.kind == FactKind.medication}


def allergy(fs):
    """substance -> reaction ("" when none said); "NKDA" -> "" when no known drug allergies."""
    return {
        ("NKDA" if f.negated else f.name): f.attributes.get("reaction", "") for f in fs if f.kind == FactKind.allergy
    }


def history(fs, category):
    """(name, relation or value) of each history fact in ``category`` ("family", "social", ...)."""
    return {
        (f.name, f.attributes.get("relation") or f.attributes.get("value", ""))
        for f in fs
        if f.kind == FactKind.history and f.attributes.get("category") == category
    }


def surgical(fs):
    """The names of past operations."""
    return {name for name, _ in history(fs, "past_surgical")}


def family(fs):
    """(condition, relation) of each relative's condition."""
    return history(fs, "family")


def social(fs):
    """habit or circumstance -> what was said of it."""
    return dict(history(fs, "social"))


def exam(fs):
    """(name, site, side, normal) of each exam finding."""
    return [
        (f.name, f.attributes.get("site", ""), f.attributes.get("laterality", ""), f.attributes.get("normal", ""))
        for f in fs
        if f.kind == FactKind.exam
    ]


def findings(*turns):
    """(name, site, side, normal) of each exam finding; a bare string is the clinician's turn."""
    return exam(clinician_facts(*turns))


def has(got, words, site=None, side=None, normal=None):
    """Whether a finding in ``got`` (from ``exam``) whose name holds one of ``words`` has the site (one of, by
    substring), side and polarity given."""
    words = (words,) if isinstance(words, str) else words
    sites = (site,) if isinstance(site, str) else site
    return any(
        any(w in name for w in words)
        and (sites is None or any(s in where for s in sites))
        and (side is None or lat == side)
        and (normal is None or norm == normal)
        for name, where, lat, norm in got
    )


def check_meds(turns, expected):
    """Each drug of ``expected`` (name -> (dose or None, status)) is extracted from ``turns`` with that status
    and, where given, that dose."""
    got = meds(facts(*turns))
    for name, (dose, status) in expected.items():
        assert name in got, (name, got)
        assert got[name]["status"] == status, (name, got[name])
        if dose is not None:
            assert got[name].get("dose") == dose, (name, got[name])


def exam_of(*turns):
    """Exam findings (Facts) of a dialogue read by the exam reader alone; a bare string is the clinician's, a
    (speaker, text) pair anyone's."""
    turns = [t if isinstance(t, tuple) else ("clinician", t) for t in turns]
    segs = [Segment(id=i, start=i * 5.0, end=i * 5.0 + 4.0, text=t, speaker=who) for i, (who, t) in enumerate(turns)]
    sentences = split(Transcript(segments=segs, duration_s=len(segs) * 5.0))
    return exam_findings(sentences, exam_sentences(sentences))


def triples(fs):
    """(name, site, side) of each finding."""
    return {(f.name, f.attributes["site"], f.attributes["laterality"]) for f in fs}


def normal(fs):
    """finding -> whether it is normal."""
    return {f.name: f.attributes["normal"] for f in fs}
