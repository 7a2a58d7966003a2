"""Read extracted facts back as plain values, for the extraction tests (symptoms, problems, history, exam)."""

from engine.types import FactKind


def symptoms(fs):
    """name -> "present" / "absent"."""
    return {f.name: "absent" if f.negated else "present" for f in fs if f.kind == FactKind.symptom}


def problems(fs):
    return {f.name for f in fs if f.kind == FactKind.problem}


def history(fs, category):
    return {
        (f.name, f.attributes.get("relation") or f.attributes.get("value", ""))
        for f in fs
        if f.kind == FactKind.history and f.attributes.get("category") == category
    }


def exam(fs):
    return [
        (f.name, f.attributes.get("site", ""), f.attributes.get("laterality", ""), f.attributes.get("normal", ""))
        for f in fs
        if f.kind == FactKind.exam
    ]
