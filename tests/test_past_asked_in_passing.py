"""Past medical history asked without a verb ("any ear infections before?", "any previous kidney stones?")
and confirmed by an episode counted back ("two last winter", "had one last year"); a denial or a relative's
answer charts nothing of the patient's."""

from fact_readers import facts

from engine.types import FactKind

OTHER = "other"


def _past(*turns, speakers=None):
    return {
        f.name
        for f in facts(*turns, speakers=speakers)
        if f.kind == FactKind.history and f.attributes.get("category") == "past_medical"
    }


def _family(*turns):
    return {
        (f.attributes.get("relation"), f.name)
        for f in facts(*turns)
        if f.kind == FactKind.history and f.attributes.get("category") == "family"
    }


def test_any_before_answered_by_a_count():
    said = _past(
        "any ear infections before",
        "two last winter and both times she got the pink stuff the amoxicillin and it worked",
        speakers=["clinician", OTHER],
    )
    assert "otitis media" in said


def test_any_previous_answered_had_one():
    assert "kidney stone" in _past("Any previous kidney stones?", "Had one last year.")


def test_any_previous_denied_is_not_history():
    assert _past("Any previous kidney stones?", "No.") == set()
    assert _past("any ear infections before", "no never") == set()


def test_a_relatives_answer_is_never_the_patients():
    assert _past("Any other kidney stones in the family?", "My dad had one.") == set()
    assert ("father", "kidney stone") in _family("Any other kidney stones in the family?", "My dad had one.")


def test_when_he_was_baby_is_childhood():
    # ("when he was baby", without the article, as Filipino and other speakers of English say it)
    said = _past("Anything else in the past?", (OTHER, "And when he was baby he had eczema, but nothing since then."))
    assert "dermatitis" in said
    assert "pneumonia" in _past("Anything else?", (OTHER, "when she was an infant she had pneumonia in the hospital."))


def test_a_parents_own_childhood_is_not_the_patients():
    assert _past("Anything else in the past?", (OTHER, "I had eczema when I was a baby.")) == set()
