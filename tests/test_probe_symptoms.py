"""Symptoms said in everyday words, session 12 probe 15: phrases said with words of degree inside them, the
everyday sayings of primary care built as paradigms (a blocked nose, heavy periods, no poo, wetting oneself,
forgetting, off to the loo all the time, a crick in the neck), a patient's new clause after a denial, and people
in general. Sentences written for this file; none comes from an annotated visit."""

import pytest

from tests.fact_readers import facts, symptoms

C, P, OTHER = "clinician", "patient", "other"


@pytest.mark.parametrize(
    "turns, expected",
    [
        # words of degree and time inside a phrase the vocabulary knows
        ([(P, "I've put on a lot of weight since the summer.")], {"weight gain": "present"}),
        ([(P, "My heart's been racing out of nowhere.")], {"palpitations": "present"}),
        ([(P, "I've lost a lot of weight this year.")], {"weight loss": "present"}),
        # a blocked nose in any English
        ([(P, "My nose is all blocked up.")], {"nasal congestion": "present"}),
        ([(P, "my sinuses are all blocked up")], {"nasal congestion": "present"}),
        ([(P, "I've got a bunged up nose and a sore throat.")], {"nasal congestion": "present"}),
        # periods said heavy
        ([(P, "My periods have been so heavy lately.")], {"heavy menstrual bleeding": "present"}),
        ([(P, "I'm soaking through pads every hour.")], {"heavy menstrual bleeding": "present"}),
        # no poo, by any name, and the complaint's own "not"
        ([(OTHER, "He hasn't done a poo in four days.")], {"constipation": "present"}),
        # a bare "bunged up" may be the nose: the bowel must be said ("I'm all bunged up with hay fever" is not)
        ([(P, "I'm all bunged up, I haven't had a poo in four days.")], {"constipation": "present"}),
        ([(P, "I'm bunged up down there, nothing for days.")], {"constipation": "present"}),
        ([(P, "My mum gets migraines, I'm all bunged up with hay fever.")], {}),
        # wetting or leaking
        ([(P, "I keep wetting myself when I laugh.")], {"urinary incontinence": "present"}),
        # forgetting told by what is forgotten
        ([(OTHER, "She's been getting muddled, forgetting where she put things.")], {"memory loss": "present"}),
        # off to the toilet often
        ([(P, "I'm forever running to the loo.")], {"frequent urination": "present"}),
        ([(P, "I've been going to the bathroom a lot more.")], {"frequent urination": "present"}),
        # the night told by how it goes
        (
            [(C, "How's your sleep?"), (P, "Rubbish, I'm up half the night staring at the ceiling.")],
            {"insomnia": "present"},
        ),
        ([(P, "I'm tossing and turning all night.")], {"insomnia": "present"}),
        # fever felt all night; hot and cold by turns
        ([(OTHER, "She's been burning up all night.")], {"fever": "present"}),
        ([(P, "I've been hot and cold, sweating then freezing.")], {"chills": "present"}),
        # a crick, a twinge; feet or ankles that puff up
        ([(P, "I've had a crick in my neck for a week.")], {"neck pain": "present"}),
        ([(P, "I've had a twinge in my knee since the run.")], {"knee pain": "present"}),
        ([(P, "My ankles puff up by the end of the day.")], {"ankle swelling": "present"}),
        ([(P, "I've got no get up and go anymore.")], {"fatigue": "present"}),
        ([(P, "It feels like an elephant sitting on my chest.")], {"chest pain": "present"}),
        ([(P, "I feel so panicky in shops.")], {"anxiety symptoms": "present"}),
        # a denial keeps its reach within its own clause; the new clause brings its own
        ([(P, "No fever, I'm not coughing either.")], {"fever": "absent", "cough": "absent"}),
        ([(P, "No fever, I've got a bad cough though.")], {"fever": "absent", "cough": "present"}),
        ([(C, "Fever, chills, night sweats?"), (P, "Nope, none of that.")], {"fever": "absent", "chills": "absent"}),
    ],
)
def test_said_in_everyday_words(turns, expected):
    got = symptoms(facts(*turns))
    for name, want in expected.items():
        assert got.get(name) == want, (name, got)


@pytest.mark.parametrize(
    "turns, name",
    [
        # someone else's, a hypothetical, a past one, a warned side effect, people in general
        ([(P, "My husband's nose is always blocked, he snores terribly.")], "nasal congestion"),
        ([(C, "If you're going to the toilet a lot, let me know.")], "frequent urination"),
        ([(P, "I used to wet myself but the physio sorted it out years ago.")], "urinary incontinence"),
        ([(C, "These iron tablets can make you a bit bunged up.")], "constipation"),
        ([(C, "With the injection some women put on a little weight.")], "weight gain"),
        # the same words about something else
        ([(C, "Alternate hot and cold packs on it.")], "chills"),
        ([(P, "I wound up in the ER last week.")], "anxiety symptoms"),
        ([(C, "You need to get up and go for a walk every day.")], "fatigue"),
        ([(P, "The wound is leaking a little.")], "urinary incontinence"),
        ([(P, "I got my tablets muddled.")], "confusion"),
    ],
)
def test_not_the_patients_symptom(turns, name):
    assert symptoms(facts(*turns)).get(name) != "present"
