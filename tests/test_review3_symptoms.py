"""Third review of symptoms: how patients say them in plain words, and what is not a symptom of theirs now.

Every case failed on the reviewed code, except the few marked "guard", which keep a new rule from reaching
too far (a good answer to "how's your energy?" names no fatigue). Sentences were written fresh for this review
in several styles (tidy punctuation, and lower-case transcript speech without it), none copied from the
annotated visits. Each case carries a one-line comment: what we output, and what a clinician would chart
(data/encounters/README.md).
"""

import pytest
from fact_readers import facts, state, symptoms

C, P, R = "clinician", "patient", "other"  # R: a relative


# === lay words the vocabulary lacked ====================================================================

LAY_WORDS = [
    # we output nothing; right: brain fog present
    (
        [(C, "What's going on?"), (P, "I've had this brain fog for weeks, I just can't think straight.")],
        {"brain fog": "present"},
    ),
    # we output nothing; right: depressed mood present (words between "feeling" and "down")
    ([(C, "How's your mood been?"), (P, "I've been feeling really down lately.")], {"depressed mood": "present"}),
    # we output nothing; right: depressed mood present
    ([(P, "Honestly I've been feeling sad and kind of hopeless.")], {"depressed mood": "present"}),
    # we output nothing; right: gasping during sleep present
    ([(P, "my wife says i'm gasping at night when i sleep")], {"gasping during sleep": "present"}),
    # we output nothing; right: burning pain present
    ([(P, "I get this burning in my feet at night.")], {"burning pain": "present"}),
    # we output nothing; right: dry skin present
    ([(P, "My skin is so dry, it's cracking.")], {"dry skin": "present"}),
    # we output nothing; right: pain with deep breathing present
    ([(P, "It hurts when I take a deep breath.")], {"pain with deep breathing": "present"}),
    # we output nothing; right: pain with deep breathing present (asked, then a hedged yes)
    (
        [(C, "Does it hurt to take a deep breath?"), (P, "Maybe a little, if I really fill up.")],
        {"pain with deep breathing": "present"},
    ),
    # we output nothing; right: pain with deep breathing present
    ([(P, "i get a sharp pain when i breathe in")], {"pain with deep breathing": "present"}),
    # we output INSOMNIA DENIED ("not" read as a denial); right: insomnia present
    ([(P, "I'm not sleeping, I wake up at 3 and can't get back to sleep.")], {"insomnia": "present"}),
    # we output nothing; right: insomnia present
    ([(P, "I've been having trouble getting to sleep.")], {"insomnia": "present"}),
    # we output nothing; right: sputum present
    ([(P, "i'm bringing up green phlegm every morning")], {"sputum production": "present"}),
    # we output nothing; right: upset stomach present
    ([(P, "My stomach's been upset.")], {"upset stomach": "present"}),
    # we output nothing; right: bloating present
    ([(P, "i feel bloated all the time")], {"bloating": "present"}),
    # we output nothing; right: dark urine present
    ([(P, "My urine is really dark.")], {"dark urine": "present"}),
    # we output nothing; right: double vision present
    ([(P, "i see double sometimes")], {"double vision": "present"}),
    # we output nothing; right: photophobia present
    ([(P, "lights bother my eyes when i have the headache")], {"photophobia": "present"}),
    # we output nothing; right: palpitations present
    ([(P, "My heart has been fluttering.")], {"palpitations": "present"}),
    # we output nothing; right: memory loss present
    ([(P, "I'm having trouble remembering things.")], {"memory loss": "present"}),
    # we output nothing; right: weight loss present
    ([(P, "i've lost some weight without trying")], {"weight loss": "present"}),
    # we output nothing; right: racing thoughts present
    ([(P, "i've been really anxious lately and my thoughts are racing")], {"racing thoughts": "present"}),
    # we output nothing; right: body aches present
    ([(P, "My muscles ache all over.")], {"body aches": "present"}),
]

LAY_WORDS += [
    # we output nothing; right: shortness of breath present (a tokenised transcript splits "ca n't")
    ([(P, "i lay down to sleep and i just ca n't catch my breath")], {"shortness of breath": "present"}),
    # we output nothing; right: abdominal pain present (words between the pain and where it is)
    (
        [(P, "i've been having this pain right here in my stomach , like right around here .")],
        {"abdominal pain": "present"},
    ),
    # we output nothing; right: depressed mood present
    ([(P, "there are some days when i feel extremely low .")], {"depressed mood": "present"}),
]

# === denials typed or transcribed without the apostrophe ================================================

NO_APOSTROPHE = [
    # we output CHEST PAIN and SHORTNESS OF BREATH PRESENT; right: both denied
    (
        [(P, "i dont have any chest pain or shortness of breath")],
        {"chest pain": "absent", "shortness of breath": "absent"},
    ),
    # we output HEADACHE PRESENT; right: denied
    ([(P, "i havent had any headaches")], {"headache": "absent"}),
    # we output nothing; right: fever denied
    ([(C, "any fever"), (P, "i dont think so")], {"fever": "absent"}),
    # we output nothing; right: insomnia present
    ([(P, "i cant sleep at night")], {"insomnia": "present"}),
]

# === a body part and what it is like =====================================================================

SITES = [
    # we output a bare swelling; right: toe redness and toe swelling
    ([(P, "my big toe is red and swollen and it's killing me")], {"toe redness": "present", "toe swelling": "present"}),
    # we output a bare swelling; right: ankle swelling
    ([(P, "My ankles are puffy by the end of the day.")], {"ankle swelling": "present"}),
    # we output bare numbness and tingling; right: finger numbness and tingling
    ([(P, "My fingers get numb and tingly at night.")], {"finger numbness": "present", "finger tingling": "present"}),
    # we output nothing for the bruise; right: hand swelling and hand bruising
    ([(P, "My hand is swollen and bruised where I fell.")], {"hand swelling": "present", "hand bruising": "present"}),
    # we output nothing; right: arm, jaw and back pain denied (every site the pain could go to)
    (
        [(C, "Does the pain go into your arm, your jaw, or your back?"), (P, "No, it stays right here.")],
        {"arm pain": "absent", "jaw pain": "absent", "back pain": "absent"},
    ),
]

SITES += [
    # we output nothing; right: shoulder pain, back pain, knee pain present (a part said to bother)
    ([(P, "my shoulder's been bugging me for a month")], {"shoulder pain": "present"}),
    ([(P, "My back is acting up again.")], {"back pain": "present"}),
    ([(P, "My knee has been giving me trouble.")], {"knee pain": "present"}),
    # we output nothing; right: calf pain present ("tender")
    ([(P, "My calf is tender and warm.")], {"calf pain": "present"}),
    # we output nothing; right: ear fullness present
    ([(P, "My ear feels full and plugged.")], {"ear fullness": "present"}),
    # we output nothing; right: a lump present
    ([(P, "I have a lump in my neck.")], {("lump", "neck lump"): "present"}),
    # we output nothing; right: redness present (the answer says the part is red)
    ([(C, "Any redness or swelling?"), (P, "It's a bit red.")], {"redness": "present"}),
]

# === asked by the clinician, answered by the patient =====================================================

ANSWERS = [
    # we output FEVER PRESENT (the bare list read as a statement); right: fever and stiff neck denied
    (
        [
            (C, "fevers stiff neck like you can't bend it"),
            (P, "no fever my neck is tight but i can move it it's not stiff like that"),
        ],
        {"fever": "absent", ("stiffness", "neck stiffness"): "absent"},
    ),
    # we output nothing; right: fever present (a temperature answers the question)
    ([(C, "Has she had a fever?"), (R, "Low grade, 100.2 on Saturday.")], {"fever": "present"}),
    # we output nothing; right: fever present
    (
        [(C, "any fevers at home"), (R, "last night it was a hundred and one point three with the ear thermometer")],
        {"fever": "present"},
    ),
    # we output COUGH DENIED ("no" read for all three); right: fever and chills denied, cough present
    (
        [(C, "Fever? Chills? Cough?"), (P, "No, no, and yes.")],
        {"fever": "absent", "chills": "absent", "cough": "present"},
    ),
    # we output nothing; right: headache present ("a few" is a yes)
    ([(C, "Have you had any headaches?"), (P, "A few, yeah.")], {"headache": "present"}),
    # we output nothing; right: head injury and syncope denied
    (
        [(C, "Did you hit your head or pass out?"), (P, "No, neither.")],
        {"head injury": "absent", ("syncope", "loss of consciousness"): "absent"},
    ),
    # we output blurred vision only; right: double vision and flashing lights denied too
    (
        [(C, "any changes in your vision double vision blurry vision flashing lights"), (P, "no nothing like that")],
        {"blurred vision": "absent", "double vision": "absent", "flashing lights": "absent"},
    ),
    # we output nothing; right: vision trouble denied
    ([(C, "any trouble with your vision"), (P, "no")], {("blurred vision", "vision problems"): "absent"}),
    # we output nothing; right: dark urine denied
    ([(C, "Any dark urine?"), (P, "No.")], {"dark urine": "absent"}),
    # we output nothing; right: nausea denied (the side effect explained, then asked)
    (
        [(C, "This medicine can cause nausea. Have you had any?"), (P, "No, none.")],
        {"nausea": "absent"},
    ),
    # we output nothing; right: loss of appetite present
    (
        [(C, "how's your appetite"), (P, "not great honestly i haven't felt like eating")],
        {"loss of appetite": "present"},
    ),
]

# we output CONSTIPATION PRESENT ("constipation, no" read without its answer); right: constipation denied
ANSWERS.append(
    (
        [(C, "Any nausea, vomiting, constipation?"), (P, "Nausea, some. The constipation, no, it's the opposite.")],
        {"nausea": "present", "constipation": "absent"},
    )
)

ANSWERS += [
    # we output ORTHOPNEA DENIED (the "not" of "couldn't breathe" reached it); right: both present
    (
        [(P, "i couldn't breathe very good had to get propped up in bed so i could breathe at night")],
        {"shortness of breath": "present", "orthopnea": "present"},
    ),
    # we output nothing; right: insomnia, fatigue, loss of appetite present (asked how, answered badly)
    ([(C, "How are you sleeping?"), (P, "Terribly. I wake up every couple of hours.")], {"insomnia": "present"}),
    ([(C, "how's your energy"), (P, "pretty low honestly")], {"fatigue": "present"}),
    # guard: a good answer names nothing
    ([(C, "how's your energy"), (P, "it's good")], {"fatigue": None}),
    # guard: a good answer names nothing
    ([(C, "How's your appetite?"), (P, "No problems there.")], {"loss of appetite": None}),
    (
        [(C, "Concentration at work?"), (P, "Kind of hard. I reread the same page four times.")],
        {"difficulty concentrating": "present"},
    ),
    ([(C, "How's your mood?"), (P, "Still pretty flat.")], {"depressed mood": "present"}),
    # guard: a good answer names nothing
    ([(C, "How's your mood been?"), (P, "Better, actually.")], {"depressed mood": None}),
    # we output nothing for the calves; right: calf pain denied
    ([(C, "any pain in your calves leg swelling"), (P, "no nothing like that")], {"calf pain": "absent"}),
    # we output LUMP PRESENT (the "I did" was about the last visit); right: not now (not felt since)
    (
        [
            (C, "Any lumps or bumps you've noticed?"),
            (P, "I did, back in March. The PA found one, but I haven't felt it since."),
        ],
        {"lump": ("absent", None)},
    ),
    # we output LUMP PRESENT; right: not now (not felt since)
    (
        [(C, "Any lumps?"), (P, "she found a lump under my left breast , but i have n't felt it since then .")],
        {"lump": ("absent", None)},
    ),
    # we output COUGH DENIED; right: hemoptysis denied (blood is what was asked)
    (
        [(C, "Have you noticed any blood when you cough?"), (P, "No blood, no.")],
        {"hemoptysis": "absent", "cough": None},
    ),
    # we output nothing; right: painful swallowing present ("you" asks what "I" tells)
    ([(C, "any pain when you swallow"), (P, "yeah it kills")], {"painful swallowing": "present"}),
    # we output nothing; right: ankle swelling present
    ([(C, "Any swelling?"), (P, "Just my ankles.")], {"ankle swelling": "present"}),
    # we output nothing; right: shortness of breath present (a yes told by when it happens)
    ([(C, "Are you short of breath?"), (P, "Only going up stairs.")], {"shortness of breath": "present"}),
    # we output nothing; right: foot swelling present (the yes comes last)
    (
        [(C, "Any swelling in your feet?"), (P, "By the end of the day, yeah.")],
        {("foot swelling", "swelling"): "present"},
    ),
    # we output nothing; right: fever present (felt warm), hedged
    ([(C, "Any fever?"), (P, "I felt warm last night but I didn't check.")], {"fever": "present"}),
    # we output headache denied only; right: vision changes denied too ("my vision's fine")
    (
        [(C, "any headaches or vision changes"), (P, "no headaches my vision's fine")],
        {"headache": "absent", "blurred vision": "absent"},
    ),
]

ANSWERS += [
    # we output weakness denied only; right: tingling and numbness denied too (answered by the part asked of)
    (
        [
            (C, "any tingling or numbness in your hands any weakness in your legs"),
            (P, "hands no hands are fine legs no"),
        ],
        {"tingling": "absent", "numbness": "absent", "weakness": "absent"},
    ),
    # we output nothing; right: numbness present, hand pain denied
    (
        [(C, "Any numbness in your feet or pain in your hands?"), (P, "Feet yes, hands no.")],
        {("numbness", "foot numbness"): "present", "hand pain": "absent"},
    ),
    # we output nothing; right: photophobia present, phonophobia denied (each answered by its word)
    (
        [(C, "does light or noise bother you"), (P, "uh light maybe a little by the end of the day noise not really")],
        {"photophobia": "present", "phonophobia": "absent"},
    ),
    # we output bladder incontinence only; right: bowel incontinence denied too
    (
        [(C, "Any trouble controlling your bladder or bowels?"), (P, "No, nothing like that.")],
        {"bladder incontinence": "absent", "bowel incontinence": "absent"},
    ),
    # we output nothing; right: cough present ("all night long" is a yes)
    ([(C, "Is he coughing at night?"), (R, "All night long.")], {"cough": "present"}),
    # we output nothing; right: ear pain present (a child pulling at the ears)
    ([(C, "Has he been pulling at his ears?"), (R, "Yes, the right one.")], {"ear pain": "present"}),
    # we output nothing; right: loss of appetite present
    ([(C, "Is she eating?"), (R, "Not much.")], {"loss of appetite": "present"}),
]

# === words that are not the patient's symptom now ========================================================

NOT_NOW = [
    # we output COUGH PRESENT; right: not a current cough (gone now)
    ([(P, "I had a cough last month but it's fine now.")], {"cough": ("absent", None)}),
    # we output FEVER PRESENT; right: not a current fever (nothing since)
    ([(P, "Back in March I had a bad fever, but nothing since.")], {"fever": ("absent", None)}),
    # we output RASH PRESENT; right: nothing now (an earlier reaction to a drug)
    ([(P, "Last time I took it I got a rash.")], {"rash": None}),
    # we output DIARRHEA PRESENT; right: not now (it settled down)
    ([(P, "the metformin gave me diarrhea at first but that settled down")], {"diarrhea": ("absent", None)}),
    # we output HEADACHE PRESENT; right: nothing (a fear of what may come)
    ([(P, "I'm worried about getting headaches again.")], {"headache": None}),
    # we output FATIGUE-like drowsiness / nausea PRESENT; right: nothing now (a stopped drug's past effect)
    (
        [(C, "And the trazodone, is that helping?"), (P, "I stopped it. It made me so groggy I couldn't drive.")],
        {"drowsiness": None, "fatigue": None},
    ),
    (
        [(C, "you stopped the duloxetine when"), (P, "a month ago it made me nauseous all day so i stopped it")],
        {"nausea": None},
    ),
    # we output HAND REDNESS and ITCHING PRESENT; right: nothing (the latex allergy's reaction, told a few
    # sentences after the allergies were asked)
    (
        [
            (C, "Allergies to medicines?"),
            (
                P,
                "Bactrim, years ago, I broke out in hives. And I can't wear the rubber gloves, the latex. "
                "My hands get red and itchy.",
            ),
        ],
        {"hand redness": None, "hand itching": None, "itching": None},
    ),
    # we output DEPRESSED MOOD DENIED ("been down there"); right: nothing
    ([(C, "have you been down to the new stadium yet"), (P, "no not yet")], {"depressed mood": None}),
    # we output DIZZINESS / FATIGUE PRESENT; right: nothing (what the patient is told to expect)
    ([(C, "you might notice some dizziness when you stand up")], {"dizziness": None}),
    ([(C, "You may feel a little tired the first week.")], {"fatigue": None}),
    # we output FEVER, STIFFNESS, CONFUSION PRESENT; right: nothing (warning signs taught)
    ([(C, "Warning signs are fever, stiff neck, or confusion.")], {"fever": None, "stiffness": None}),
    # we output MUSCLE PAIN PRESENT; right: nothing (what a drug class does in general)
    ([(C, "Statins sometimes cause muscle aches.")], {"muscle pain": None, "body aches": None}),
    # we output BLEEDING DENIED; right: nothing (what should not happen after the procedure)
    ([(C, "you should not have any bleeding after this but if you do call")], {"bleeding": None}),
    # a drug's side effect told in general: nothing charted (this guards the lay "upset stomach")
    (
        [(C, "The metformin can upset your stomach at first.")],
        {"upset stomach": None, "abdominal pain": None},
    ),
]


@pytest.mark.parametrize("turns, expected", LAY_WORDS + NO_APOSTROPHE + SITES + ANSWERS + NOT_NOW)
def test_symptoms(turns, expected):
    fs = facts(*turns)
    for names, want in expected.items():
        names = names if isinstance(names, tuple) else (names,)
        allowed = want if isinstance(want, tuple) else (want,)
        assert state(fs, names) in allowed, (names, symptoms(fs))


@pytest.mark.xfail(
    strict=True, reason="an elliptical 'And my head.' would need the predicate of the sentence before it carried over"
)
def test_a_second_site_said_without_its_verb():
    # we output nothing for the head; right: headache present
    fs = facts((C, "Does anything hurt?"), (P, "My face hurts. Here. And my head."))
    assert state(fs, ("headache", "head pain")) == "present"


def test_an_answer_after_the_clinician_waits():
    fs = facts((C, "Any chest pain?"), (P, "Um."), (C, "Take your time."), (P, "No, not really."))
    assert state(fs, ("chest pain",)) == "absent"
