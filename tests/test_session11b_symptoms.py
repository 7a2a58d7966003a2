"""Symptoms, session 11 third round: an episode that ended, the pleasure asked of, clots in the period's topic,
and lay paradigms (waking in the small hours, pain behind the eyes, the whole body hurting, crying told by
where, weight lost told by loose clothes, voiding at night counted after the place)."""

import pytest

from tests.fact_readers import facts, state, symptoms

C, P, OTHER = "clinician", "patient", "other"


@pytest.mark.parametrize(
    "turns, expected",
    [
        # one episode told, and how it ended, is the symptom had (never a denial)
        (
            [
                (C, "Ever get shaky when your sugar drops?"),
                (OTHER, "Once at church she got sweaty and shaky, she ate a biscuit and it went away."),
            ],
            {"sweating": "present", "shakiness": "present"},
        ),
        ([(C, "Any dizziness?"), (P, "One time I felt dizzy and it passed.")], {"dizziness": "present"}),
        (
            [(C, "Any chest pain?"), (P, "I had chest pain and it went away after about five minutes.")],
            {"chest pain": "present"},
        ),
        # ... but the complaint itself over stays over, and a denial stays a denial
        ([(C, "And the nausea?"), (P, "The nausea went away after the first month.")], {"nausea": "absent"}),
        ([(C, "Any cough?"), (P, "I had a cough but it went away.")], {"cough": "absent"}),
        ([(C, "Any shakiness?"), (P, "She didn't get shaky and then it went away.")], {"shakiness": "absent"}),
        # the pleasure asked of, answered badly, is its loss
        ([(C, "Do you still enjoy your hobbies? Gardening, cards?"), (P, "Not really.")], {"anhedonia": "present"}),
        ([(C, "Are you getting any pleasure from things?"), (P, "No.")], {"anhedonia": "present"}),
        ([(C, "Are you still interested in seeing friends?"), (P, "Yes, I am.")], {"anhedonia": None}),
        ([(C, "Do you enjoy your job?"), (P, "Not really.")], {"anhedonia": None}),
        # clots while the periods are talked of
        (
            [
                (C, "How heavy are your periods?"),
                (P, "I change pads every hour."),
                (C, "Any clots?"),
                (P, "Yep, a few."),
            ],
            {"passing clots": "present"},
        ),
        ([(C, "Tell me about your periods."), (P, "Heavy, with no clots.")], {"passing clots": "absent"}),
        (
            [
                (C, "Your periods are regular?"),
                (P, "Yes."),
                (C, "Anyone in the family with clots in the legs?"),
                (P, "No clots."),
            ],
            {"passing clots": None},
        ),
        ([(C, "Any clots?"), (P, "Yes.")], {"passing clots": None}),
        # waking in the small hours, every way
        (
            [(C, "How's your sleep?"), (P, "I wake at 3 and can't go back to sleep.")],
            {"early morning awakening": "present"},
        ),
        ([(C, "Sleep?"), (P, "She wakes up way too early.")], {"early morning awakening": "present"}),
        ([(C, "Sleep?"), (P, "At five o'clock I'm wide awake.")], {"early morning awakening": "present"}),
        ([(C, "What happened?"), (P, "At four I was up being sick.")], {"early morning awakening": None}),
        ([(C, "Sleep?"), (P, "I wake at 7 and can't get back to sleep.")], {"early morning awakening": None}),
        # pain behind the eyes
        ([(C, "Where does it hurt?"), (P, "It aches behind both of my eyes.")], {"retro-orbital pain": "present"}),
        (
            [(C, "Tell me more."), (P, "I get a headache behind my eyes.")],
            {"headache": "present", "retro-orbital pain": None},
        ),
        # the whole body
        ([(C, "How do you feel?"), (P, "Pain all over my body.")], {"body aches": "present"}),
        ([(C, "How do you feel?"), (P, "His entire body hurts.")], {"body aches": "present"}),
        # crying told by where and when
        ([(C, "How's your mood?"), (P, "She cries at night.")], {"tearfulness": "present"}),
        ([(C, "How's your mood?"), (P, "I'm crying in the shower.")], {"tearfulness": "present"}),
        # weight lost
        ([(C, "Any weight change?"), (P, "My jeans are all baggy.")], {"weight loss": "present"}),
        ([(C, "Any weight change?"), (P, "I'm losing weight without trying.")], {"weight loss": "present"}),
        ([(C, "You should try to lose weight."), (P, "I know.")], {"weight loss": None}),
        # voiding at night counted after the place
        ([(C, "Peeing at night?"), (P, "At night, toilet, 2, 3 times.")], {"nocturia": "present"}),
        ([(C, "And the nights?"), (P, "At night I go to the loo twice.")], {"nocturia": "present"}),
        # Australian and New Zealand answers and words
        ([(C, "Are you thirsty much?"), (P, "Oh, heaps.")], {"excessive thirst": "present"}),
        ([(C, "Is the cough better?"), (P, "Heaps better.")], {"cough": "present"}),
        ([(C, "How's the energy?"), (P, "I'm totally buggered by the evening.")], {"fatigue": "present"}),
    ],
)
def test_symptoms(turns, expected):
    fs = facts(*turns)
    for name, want in expected.items():
        assert state(fs, (name,)) == want, (name, symptoms(fs))
