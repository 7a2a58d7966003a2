"""A foot exam opened by asking the patient to bare the feet: "can you take your shoes and socks off for me?"
opens the exam although it is a question, and the skin looked at after it is both feet's (charted on the
feet's line: "Feet: skin intact, no ulcers")."""

from engine.types import FactKind
from tests.fact_readers import facts


def _exam(*turns):
    return {
        (f.name, f.attributes["site"], f.attributes["laterality"]) for f in facts(*turns) if f.kind == FactKind.exam
    }


def test_asked_to_take_shoes_and_socks_off_opens_the_foot_exam():
    got = _exam(
        "How are things?",
        "Fine.",
        "Can you take your shoes and socks off for me? Pulses are good in both feet. No ulcers, skin's all intact.",
        "Okay.",
    )
    assert ("no ulcers", "feet", "bilateral") in got
    assert ("skin intact", "feet", "bilateral") in got


def test_boots_off_mid_exam_places_the_skin_on_both_feet():
    got = _exam(
        "How are things?",
        "Fine.",
        "Heart's regular. Lungs are clear. Now let's get them boots and socks off... Okay, skin's intact, no sores.",
        "Okay.",
    )
    assert ("skin intact", "feet", "bilateral") in got


def test_self_care_request_opens_no_exam():
    # told what to do at home: no finding is charted from the advice or what follows it
    got = _exam(
        "How are things?",
        "Fine.",
        "Can you take your shoes off when you get home and check your feet for sores?",
        "Okay.",
    )
    assert not any(name == "sores" or name.startswith("no sores") for name, _, _ in got)
    assert not any(site == "feet" for _, site, _ in got)


def test_other_questions_still_open_no_exam():
    got = _exam(
        "How are things?",
        "Fine.",
        "Could you get on the scale for me? Your feet swell?",
        "Yes, by the evening.",
    )
    assert not got
