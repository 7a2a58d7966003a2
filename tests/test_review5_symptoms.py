"""Fifth review of symptoms: GP consultations in British English and visits written like a speech-to-text
transcript (no capitals, no punctuation).

Every case failed on the reviewed code. The sentences were written fresh for this review (none is copied
from the annotated encounters): British lay words ("being sick", "shivery", "a temperature", "wee"), negative
questions ("you've not been short of breath?") and how "yes" and "no" answer them, lists asked in one
breath, hedged answers, and symptoms named in safety-netting advice or a treatment's expected effects that
nobody has. Each case carries a one-line comment: what we output, and what a clinician would chart.
"""

import pytest
from fact_readers import facts, symptoms

C, P, R = "clinician", "patient", "other"  # R: a relative

# === British and plain words ==========================================================================

PLAIN_WORDS = [
    # we output nothing; right: vomiting present ("sick" counted is vomiting)
    ([(C, "Are you still being sick?"), (P, "I was sick three times last night.")], {"vomiting": "present"}),
    # we output nothing; right: vomiting present
    ([(C, "How are you?"), (P, "I've been up being sick half the night.")], {"vomiting": "present"}),
    # we output nothing; right: chills present
    (
        [(C, "Have you had a temperature, or felt shivery?"), (P, "I felt a bit shivery on Monday.")],
        {"chills": "present"},
    ),
    # we output nothing; right: fever denied
    ([(C, "Have you had a temperature at all?"), (P, "No, I don't think so.")], {"fever": "absent"}),
    # we output nothing; right: weight loss denied with the others
    (
        [
            (C, "Any fevers, night sweats, or have you lost any weight without trying?"),
            (P, "No to all of those."),
        ],
        {"fever": "absent", "weight loss": "absent"},
    ),
    # we output nothing; right: weight gain present ("if anything" is no condition)
    ([(C, "Any weight loss?"), (P, "No. If anything I've put weight on.")], {"weight gain": "present"}),
    # we output nothing; right: weight gain present (the "no" must not reach past "unfortunately")
    (
        [(C, "have you lost any weight"), (P, "no i wish unfortunately i've gained some weight")],
        {"weight gain": "present"},
    ),
    # we output nothing; right: hemoptysis denied
    ([(C, "Have you ever coughed up any blood?"), (P, "No, never.")], {"hemoptysis": "absent"}),
    # we output nothing; right: postnasal drip denied
    (
        [(C, "Any feeling of stuff dripping down the back of your throat?"), (P, "No, nothing like that.")],
        {"postnasal drip": "absent"},
    ),
    # we output nothing; right: blood in urine denied
    ([(C, "Any blood in your wee?"), (P, "No.")], {"blood in urine": "absent"}),
    # we output nothing; right: painful urination present
    ([(C, "does it sting when you wee"), (P, "yeah it stings when i wee")], {"painful urination": "present"}),
    # we output nothing; right: abdominal pain denied
    ([(C, "Any tummy pain?"), (P, "No, my tummy's fine.")], {"abdominal pain": "absent"}),
    # we output nothing; right: throat tightness denied
    (
        [(C, "Any trouble breathing, or your throat feeling tight?"), (P, "No.")],
        {"throat tightness": "absent"},
    ),
    # we output nothing; right: joint pain denied ("joints are fine")
    ([(C, "Any aching joints?"), (P, "No, joints are fine.")], {"joint pain": "absent"}),
    # we output nothing; right: fatigue present
    ([(C, "how's your energy"), (P, "wiped honestly")], {"fatigue": "present"}),
    # we output nothing; right: fatigue present
    ([(C, "How's your energy been?"), (P, "Knackered, to be honest.")], {"fatigue": "present"}),
    # we output pain DENIED; right: painful urination denied
    ([(C, "Any pain passing water?"), (P, "No.")], {"painful urination": "absent", "pain": None}),
    # we output nothing; right: nocturia present
    ([(C, "Are you getting up at night to wee?"), (P, "Two or three times.")], {"nocturia": "present"}),
    # we output nothing; right: loss of appetite present
    ([(C, "How's your appetite?"), (P, "Gone off my food a bit, to be honest.")], {"loss of appetite": "present"}),
    # we output nothing; right: urgency present
    ([(C, "and urgency like you have to run"), (P, "oh yeah")], {"urgency": "present"}),
    # we output nothing; right: a burning sensation present
    ([(C, "does it burn or sting"), (P, "it burns sometimes yeah")], {"burning sensation": "present"}),
    # we output nothing; right: itching present
    ([(C, "does it itch"), (P, "yeah like crazy at night")], {"itching": "present"}),
    # we output nothing; right: eye grittiness present
    ([(C, "do your eyes feel gritty"), (P, "a bit in the mornings")], {"eye grittiness": "present"}),
]

# === negative questions and how "yes" and "no" answer them ===========================================

NEGATIVE_QUESTIONS = [
    # we output blood in urine PRESENT; right: denied ("yes, that's right" agrees with the denial)
    ([(C, "No blood in your wee?"), (P, "Yes, that's right.")], {"blood in urine": "absent"}),
    # we output chest pain PRESENT; right: nothing (a bare "yes" to a negative question says neither)
    ([(C, "You haven't had any chest pain?"), (P, "Yes.")], {"chest pain": None}),
    # we output shortness of breath PRESENT; right: nothing
    ([(C, "and you've not been short of breath"), (P, "yeah")], {"shortness of breath": None}),
    # we output nothing; right: headache denied ("yeah, no")
    ([(C, "And you're not getting any headaches?"), (P, "Yeah, no.")], {"headache": "absent"}),
    # we output nothing; right: vomiting denied
    ([(C, "You've not been sick at all?"), (P, "Yeah, no, none of that.")], {"vomiting": None}),
    # we output nothing; right: nosebleeds denied ("yes, correct")
    ([(C, "And no nosebleeds?"), (P, "Yep, correct.")], {"nosebleeds": "absent"}),
]

BRITISH_NEGATIVE_LISTS = [
    # we output chest pain and palpitations only; right: syncope denied too ("blackouts")
    (
        [(C, "No chest pain, no palpitations, no blackouts?"), (P, "No, none of that.")],
        {"chest pain": "absent", "palpitations": "absent", "syncope": "absent"},
    ),
    # we output nothing; right: blood in urine denied ("no blood" of the wee)
    ([(C, "Nothing in your wee, no blood or anything?"), (P, "No, that's all fine.")], {"blood in urine": "absent"}),
    # a guard for "no blood" read by the topic: denied, never present (its "no" stays outside the mention)
    (
        [(C, "Any stinging when you wee, any blood?"), (P, "Stings a bit when I wee. No blood.")],
        {"painful urination": "present", "blood in urine": "absent"},
    ),
    # a guard: a bare "no blood" answers the blood asked of (the urine), not the last thing named (the stools)
    (
        [(C, "any bleeding on the eliquis blood in the urine black stools"), (P, "no blood no black nothing")],
        {"blood in urine": "absent", "black stools": "absent", "blood in stool": None},
    ),
    # we output nothing; right: blood in stool denied
    ([(C, "and no blood in your poo"), (P, "no")], {"blood in stool": "absent"}),
    # we output nothing; right: black stools denied
    ([(C, "Any black motions?"), (P, "No.")], {"black stools": "absent"}),
    # we output shortness of breath DENIED; right: orthopnea denied (breathless lying flat is its own question)
    (
        [(C, "Are you short of breath lying flat?"), (P, "No, I sleep on one pillow.")],
        {"orthopnea": "absent", "shortness of breath": None},
    ),
]

# === hedged and roundabout answers ===================================================================

HEDGED = [
    # we output nothing; right: headache denied ("i mean" is a filler)
    ([(C, "any headaches"), (P, "i mean not really")], {"headache": "absent"}),
    # we output nothing; right: chest pain denied now
    ([(C, "are you having any chest pain"), (P, "not right now")], {"chest pain": "absent"}),
    # we output nothing; right: both present (the clinician tells them back, the patient confirms)
    (
        [(C, "so you're here for the cough and the fever"), (P, "yeah")],
        {"cough": "present", "fever": "present"},
    ),
    # we output photophobia only; right: phonophobia too ("Noise?" asked alone after light)
    (
        [(C, "Is light bothering you? Noise?"), (P, "Both.")],
        {"photophobia": "present", "phonophobia": "present"},
    ),
    # we output nothing; right: heartburn present ("now and again" is a hedged yes)
    ([(C, "Do you get any heartburn?"), (P, "Now and again.")], {"heartburn": "present"}),
    # we output nothing; right: blurred vision present (a yes told by its circumstances)
    ([(C, "any blurred vision"), (P, "only when i'm tired")], {"blurred vision": "present"}),
    # we output difficulty swallowing DENIED; right: present (the hedge is on the word, not the symptom)
    (
        [(C, "Any trouble swallowing?"), (P, "I wouldn't say trouble, it just feels stuck sometimes.")],
        {"difficulty swallowing": "present"},
    ),
    # a guard for the case above: nothing ("fevers or chills?" "yeah" does not say which)
    ([(C, "and fevers or chills"), (P, "yeah")], {"fever": None, "chills": None}),
]

# === lists asked in one breath, answered part by part ================================================

LISTS = [
    # we output nosebleeds, blood in urine and black stools PRESENT (an unpunctuated "any" mid-sentence was
    # read as a statement); right: bleeding gums present, nosebleeds and black stools denied
    (
        [
            (
                C,
                "okay and bleeding since you're on two blood thinners "
                "any bleeding from your gums nosebleeds or black stools",
            ),
            (P, "my gums bleed a little when i brush but no nosebleeds no black stool nothing like that"),
        ],
        {"bleeding gums": "present", "nosebleeds": "absent", "black stools": "absent", "bleeding": None},
    ),
    # we output nausea PRESENT; right: nausea denied, asked mid-sentence after the topic
    (
        [(C, "right so with the new tablets any nausea or diarrhoea"), (P, "no none")],
        {"nausea": "absent", "diarrhea": "absent"},
    ),
    # we output nothing; right: lip and tongue swelling denied, periorbital swelling present (hedged)
    (
        [
            (C, "Have you had any swelling of your lips, your tongue, or your face?"),
            (P, "My lips, no. Tongue no. Maybe a bit of puffiness round my eyes one morning?"),
        ],
        {"lip swelling": "absent", "tongue swelling": "absent", "periorbital swelling": "present"},
    ),
    # we output ankle swelling DENIED (the first "no" read as denying all); right: present, the others denied
    (
        [(C, "any chest pain shortness of breath ankle swelling"), (P, "no no and a little bit in the evenings")],
        {"chest pain": "absent", "shortness of breath": "absent", "ankle swelling": "present"},
    ),
    # we output cough DENIED; right: sputum production denied (coughing anything up asks of the phlegm)
    (
        [(C, "Are you coughing anything up?"), (P, "Not really.")],
        {"sputum production": "absent", "cough": None},
    ),
    # we output nothing; right: lip and tongue swelling denied
    (
        [(C, "any swelling of your lips or tongue"), (P, "no")],
        {"lip swelling": "absent", "tongue swelling": "absent"},
    ),
]

# === "it" is what was just talked of; a part told about; a verbless question =========================

REFERRED = [
    # we output nothing; right: blood in stool and black stools denied ("it" is the diarrhoea)
    (
        [
            (C, "How often are you opening your bowels?"),
            (P, "Six or seven times. It's just water."),
            (C, "Have you noticed any blood in it, or has it been black at all?"),
            (P, "No, no blood. Not black."),
        ],
        {"blood in stool": "absent", "black stools": "absent"},
    ),
    # we output nothing; right: dark urine present
    (
        [(C, "And when did you last have a wee?"), (P, "About an hour ago. It's quite dark, to be honest.")],
        {"dark urine": "present"},
    ),
    # we output nothing; right: hemoptysis denied ("it" is the morning phlegm)
    (
        [(P, "i get my smoker's cough in the morning and some gunk"), (C, "okay no blood in it"), (P, "no")],
        {"hemoptysis": "absent"},
    ),
    # we output black stools only; right: blood in stool denied too ("any blood" of the bowels)
    (
        [(C, "how about your bowels any blood or black stool"), (P, "nope everything's normal")],
        {"blood in stool": "absent", "black stools": "absent"},
    ),
    # a guard for "it"'s colour read as a symptom: black stools denied, never present ("no black")
    (
        [
            (C, "any bleeding on the blood thinner blood in your stool or black stools"),
            (P, "no blood no uh black nothing"),
        ],
        {"black stools": "absent"},
    ),
    # we output syncope PRESENT (the clinician's unpunctuated question read as a statement); right: nothing
    # (the yes answers the near-faint, the part we do not read)
    (
        [
            (C, "passing out or feeling like you might"),
            (P, "yeah once last week it went kind of grey when i stood up but i didn't go down"),
        ],
        {"syncope": None},
    ),
    # a guard for "any blood" read by the topic: nothing ("I get up" answers the getting up, not the blood)
    (
        [
            (C, "How about urinating? Getting up at night, any blood, any foam?"),
            (P, "I get up twice a night, but I've done that for years."),
        ],
        {"blood in urine": None},
    ),
    # we output nothing; right: night sweats present (told by the bed)
    ([(C, "and chills sweats"), (P, "shaking chills yeah last night the bed was soaked")], {"sweating": "present"}),
    # we output nothing; right: weight loss present
    ([(C, "and your weight"), (P, "i think i'm down like four pounds")], {"weight loss": "present"}),
    # we output nothing; right: facial redness present (the part, then "it's"; the wife only made the appointment)
    (
        [(C, "what brings you in today"), (P, "well my wife made the appointment honestly it's my face it's red")],
        {"facial redness": "present"},
    ),
    # we output nothing; right: cough present ("cough's" read as one word)
    ([(C, "How are you doing?"), (P, "The cough's no better, honestly.")], {"cough": "present"}),
    # we output leg swelling PRESENT (a clinician's verbless question read as a statement); right: denied
    (
        [(C, "swelling in your legs changes in your urine"), (P, "legs no swelling the pee's normal")],
        {"swelling": "absent"},
    ),
    # we output rash PRESENT; right: nothing (the food allergy's reaction, told when allergies were asked)
    (
        [
            (C, "okay any allergies to medicines"),
            (R, "medicines no but he gets a rash around his mouth from strawberries"),
        ],
        {"rash": None},
    ),
    # we output blisters PRESENT; right: nothing (the tape allergy's reaction)
    ([(C, "Any allergies?"), (P, "Not to medicine. Adhesive tape gives me blisters.")], {"blisters": None}),
    # we output dizziness PRESENT; right: nothing (an episode last summer, none lately)
    (
        [(C, "Any dizziness?"), (P, "I got lightheaded once last summer, but not lately.")],
        {"dizziness": None},
    ),
    # we output calf pain PRESENT; right: denied ("that's gone")
    ([(P, "the calf pain that was there in august that's gone")], {"calf pain": "absent"}),
]

# === symptoms named that nobody has: safety-netting, effects to expect, an illness that is over =======

NOT_REPORTS = [
    # we output presyncope PRESENT; right: nothing (a red flag to watch for)
    (
        [
            (C, "If your lips or throat swell, you get wheezy or struggle to breathe, or feel faint, call 999."),
            (P, "Okay."),
        ],
        {"presyncope": None, "wheezing": None},
    ),
    # we output fever PRESENT; right: nothing
    (
        [(C, "If it gets worse, or you start being sick or get a high temperature, ring us."), (P, "Will do.")],
        {"fever": None, "vomiting": None},
    ),
    # we output nothing for the red flags; right: the same, and the diarrhoea told earlier stays present
    (
        [
            (P, "The diarrhoea's still going."),
            (C, "Should you see blood in the diarrhoea or feel very dizzy, go straight to A&E."),
        ],
        {"diarrhea": "present", "dizziness": None},
    ),
    # we output chest pain and hemoptysis PRESENT; right: nothing (red flags listed, then the action)
    (
        [
            (C, "Worsening breathlessness, chest pain, coughing up blood, those are reasons to call 999."),
            (P, "Okay."),
        ],
        {"chest pain": None, "hemoptysis": None},
    ),
    # we output tingling PRESENT; right: nothing (the side effects the patient asked about)
    (
        [
            (P, "Are there side effects?"),
            (C, "Some tingling in the fingers, and it can make you a bit foggy at first."),
        ],
        {"tingling": None},
    ),
    # we output blisters PRESENT; right: nothing (what the freezing will do)
    (
        [
            (C, "I'll freeze those spots today with liquid nitrogen and they'll blister and peel in a week or so."),
            (P, "yeah yeah fine"),
        ],
        {"blisters": None},
    ),
    # we output sore throat PRESENT; right: nothing (an illness the patient says is over)
    (
        [
            (C, "Were you poorly before the rash came?"),
            (P, "I had a sore throat the week before. That's all gone now."),
        ],
        {"sore throat": None},
    ),
]


@pytest.mark.parametrize(
    "turns, expected",
    PLAIN_WORDS + NEGATIVE_QUESTIONS + BRITISH_NEGATIVE_LISTS + HEDGED + LISTS + REFERRED + NOT_REPORTS,
)
def test_symptom_polarity(turns, expected):
    got = symptoms(facts(*turns))
    for name, want in expected.items():
        assert got.get(name) == want, (name, got)
