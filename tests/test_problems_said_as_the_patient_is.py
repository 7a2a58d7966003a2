"""Diagnoses said in a clinician's everyday words the vocabulary lacked: a cold with a word before it ("on top
of a viral cold"), the perimenopause ("you're perimenopausal"), dependence said of the patient ("you're dependent
on alcohol"). A relative's, a denied or a risk-only mention stays out."""

from fact_readers import facts, problems


def test_viral_cold_is_an_upper_respiratory_infection():
    fs = facts("So this is an acute ear infection on top of a viral cold.", "Okay.")
    assert "upper respiratory infection" in problems(fs)


def test_perimenopause_said_as_a_state():
    fs = facts("So from everything you've told me, I'd say you're in the perimenopause.", "Oh. Okay.")
    assert "perimenopause" in problems(fs)
    fs = facts("So you're perimenopausal, the run-up to the menopause.", "Right.")
    assert "perimenopause" in problems(fs)


def test_dependent_on_alcohol():
    fs = facts("I think you're dependent on alcohol now, you've the morning shakes.", "Yeah, I suppose I knew that.")
    assert "alcohol dependence" in problems(fs)


def test_a_relatives_dependence_is_not_the_patients():
    fs = facts("Anyone in the family with drink problems?", "My father was dependent on alcohol his whole life.")
    assert "alcohol dependence" not in problems(fs)


def test_denied_cold_is_no_problem():
    fs = facts("Any recent head cold?", "No, no head cold.")
    assert "upper respiratory infection" not in problems(fs)
