""" "Ear canals" is one part, not the ear and then some "canals": "ear canals are clear" is both ear canals';
one canal named with a side keeps it."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(text):
    turns = ("How are you?", "Fine.", text, "Okay.")
    return {
        (f.name, f.attributes["site"], f.attributes["laterality"]) for f in facts(*turns) if f.kind == FactKind.exam
    }


def test_ear_canals_said_as_the_subject_are_both():
    got = _exam("Let me look in your ears. Ear canals are clear, eardrums look normal.")
    assert ("clear", "ear canals", "bilateral") in got
    assert not any(site == "canals" for _, site, _ in got)


def test_one_ear_canal_keeps_its_side():
    got = _exam("Let me look in your ears. The right ear canal is red and swollen.")
    assert any(site == "ear canal" and side == "right" for _, site, side in got)
    assert not any(side == "bilateral" for _, _, side in got)
