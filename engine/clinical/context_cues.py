"""Conversational cues for ConText (engine/clinical/context.py), which its note-oriented defaults lack.

Each is (literal, category, direction) as medSpaCy's ConTextRule takes them: "haven't had" negates what
follows, "used to" makes it history, "my mom" a relative's, "maybe" a hedge, "if you" a hypothetical;
PSEUDO entries are longer phrases that stop a shorter cue inside them from firing ("not only", "just got").
"""

from __future__ import annotations

from engine.clinical.context_hedge_cues import HEDGE_RULES

# "Just" between a subject and a verb of news means "recently" ("my brother just got diagnosed with prostate
# cancer"); anywhere else it means "only" and ends a cue's reach ("no, just the toe", "no, just had a cough").
RECENTLY = frozenset("got had was were found learned heard started been diagnosed finished".split())
NEWS_SUBJECTS = frozenset(
    "i he she they we you mom dad mother father brother sister son daughter wife husband aunt uncle cousin "
    "grandma grandpa grandmother grandfather friend".split()
)
# (not "in the summer": "I get hives in the summer" recurs)
_SEASONS_PAST = tuple(
    f"{when} {season}"
    for when in ("last", "back in the")
    for season in ("summer", "winter", "spring", "fall", "autumn")
)
# (with the names a child's parents go by in Singapore, Britain and the Caribbean: "his daddy got asthma")
_RELATIVES = (
    "father mother brother sister brothers sisters parents aunt uncle cousin grandma grandpa siblings "
    "daddy mummy mommy mum mam mama momma nan nana granny gran grandad granddad"
).split()
# Conversational cues missing from ConText's default rules (written for notes, not speech).
EXTRA_RULES: list[tuple[str, str, str]] = [
    # (literal, category, direction)
    ("haven't had", "NEGATED_EXISTENCE", "FORWARD"),
    # Spanish inside English talk: "sin fiebre, sin tos", "nada de tos", "ni fiebre ni tos"
    ("sin", "NEGATED_EXISTENCE", "FORWARD"),
    ("nada de", "NEGATED_EXISTENCE", "FORWARD"),
    ("ni", "NEGATED_EXISTENCE", "FORWARD"),
    # Speech-to-text and quick typists drop the apostrophe: "i dont have any chest pain" denies like "don't".
    *(
        (word, "NEGATED_EXISTENCE", "FORWARD")
        for word in ("dont", "doesnt", "didnt", "havent", "hasnt", "hadnt", "isnt", "wasnt", "arent", "werent")
    ),
    ("dont know", "PSEUDO", "PSEUDO"),
    ("dont think", "NEGATED_EXISTENCE", "FORWARD"),
    ("have not had", "NEGATED_EXISTENCE", "FORWARD"),
    ("hasn't had", "NEGATED_EXISTENCE", "FORWARD"),
    ("don't have", "NEGATED_EXISTENCE", "FORWARD"),
    ("doesn't have", "NEGATED_EXISTENCE", "FORWARD"),
    ("didn't have", "NEGATED_EXISTENCE", "FORWARD"),
    ("haven't noticed", "NEGATED_EXISTENCE", "FORWARD"),
    ("haven't been", "NEGATED_EXISTENCE", "FORWARD"),
    ("not having", "NEGATED_EXISTENCE", "FORWARD"),
    ("no more", "NEGATED_EXISTENCE", "FORWARD"),
    ("nothing like", "NEGATED_EXISTENCE", "FORWARD"),
    ("never had", "NEGATED_EXISTENCE", "FORWARD"),
    ("not really", "NEGATED_EXISTENCE", "FORWARD"),
    ("negative", "NEGATED_EXISTENCE", "BACKWARD"),
    # ... but an analyte's result is no denial of what the test was done for: "because of the confusion, positive
    # for leukocytes, nitrite negative" (a review of systems dictated as "..., leg swelling, negative" still denies)
    *(
        (f"{analyte} negative", "PSEUDO", "PSEUDO")
        for analyte in (
            "nitrite",
            "nitrites",
            "leukocytes",
            "leukocyte esterase",
            "ketones",
            "glucose",
            "protein",
            "dipstick",
            "troponin",
            "d-dimer",
            "culture",
        )
    ),
    # "The biopsy was negative for cancer": longer than ConText's backward "was negative", so it wins and
    # reaches forward to what the test found absent.
    *(
        (f"{verb} negative for", "NEGATED_EXISTENCE", "FORWARD")
        for verb in ("was", "were", "is", "are", "came back", "come back", "tested", "test")
    ),
    ("is gone", "NEGATED_EXISTENCE", "BACKWARD"),
    ("went away", "NEGATED_EXISTENCE", "BACKWARD"),
    ("resolved", "NEGATED_EXISTENCE", "BACKWARD"),
    # Gone now: "my headaches have stopped", "the rash has cleared up", "the cough is gone now".
    *(
        (f"{verb} {gone}", "NEGATED_EXISTENCE", "BACKWARD")
        for verb in ("have", "has", "are")
        for gone in ("stopped", "gone", "gone away", "cleared up", "resolved")
    ),
    ("gone now", "NEGATED_EXISTENCE", "BACKWARD"),
    # Indian and Singaporean English: "burning is not there", "cough also not there" (the "not" after its
    # symptom, which ConText's forward "not" would hand to the next one instead: "..., only fever is there")
    *(
        (f"{verb}{also} not there", "NEGATED_EXISTENCE", "BACKWARD")
        for verb in ("is", "are", "was", "were", "")
        for also in ("", " also")
        if verb or also
    ),
    ("is not present", "NEGATED_EXISTENCE", "BACKWARD"),
    # "Fever she is not having": the symptom said first (either side, as "she is not having fever" too)
    *((f"{who} not having", "NEGATED_EXISTENCE", "BIDIRECTIONAL") for who in ("is", "am", "are", "i'm")),
    # ... and "fever is there, cough is not there": what is there ends the reach of the denial after it
    ("is there", "TERMINATE", "TERMINATE"),
    ("are there", "TERMINATE", "TERMINATE"),
    # Nobody has it: "nobody in my family has diabetes", "no one has had cancer".
    ("nobody", "NEGATED_EXISTENCE", "FORWARD"),
    ("no one", "NEGATED_EXISTENCE", "FORWARD"),
    ("used to", "HISTORICAL", "FORWARD"),
    ("quit", "HISTORICAL", "FORWARD"),
    ("years ago", "HISTORICAL", "BACKWARD"),
    ("as a kid", "HISTORICAL", "BACKWARD"),
    ("as a child", "HISTORICAL", "BACKWARD"),
    # A past episode anchored in time ("pneumonia last year", "a heart attack in 2019") is history.
    ("last year", "HISTORICAL", "BACKWARD"),
    ("years back", "HISTORICAL", "BACKWARD"),
    # "the wheezing last winter", "lightheaded once back in the summer": an earlier season's episode (not
    # "started last winter", a pseudo-cue below)
    *((when, "HISTORICAL", "BACKWARD") for when in _SEASONS_PAST),
    ("in the past", "HISTORICAL", "BIDIRECTIONAL"),
    # Childhood and long-ago episodes; not "last month" or "two weeks ago", which date a current symptom's onset.
    ("when i was a kid", "HISTORICAL", "BACKWARD"),
    ("when i was younger", "HISTORICAL", "BACKWARD"),
    ("when i was little", "HISTORICAL", "BACKWARD"),
    ("as a teenager", "HISTORICAL", "BACKWARD"),
    ("in high school", "HISTORICAL", "BACKWARD"),
    ("in college", "HISTORICAL", "BACKWARD"),
    ("growing up", "HISTORICAL", "BACKWARD"),
    ("a while back", "HISTORICAL", "BACKWARD"),
    ("years earlier", "HISTORICAL", "BACKWARD"),
    # A past date that tells the onset of what is still there: "started last year and it's gotten worse".
    *(
        (f"{verb} {when}", "PSEUDO", "PSEUDO")
        for verb in ("started", "began", "start", "since", "starting")
        for when in ("last year", "years ago", "a while back", "years back", *_SEASONS_PAST)
    ),
    # "for a while back and forth": on and off, not long ago.
    ("back and forth", "PSEUDO", "PSEUDO"),
    ("while back and forth", "PSEUDO", "PSEUDO"),  # longer than "a while back", so it wins
    # hedges, hypotheticals and teaching (context_hedge_cues.py)
    *HEDGE_RULES,
    # A relative named as the subject: "my father has high blood pressure", "my sister gets migraines".
    # Not "my son"/"my daughter": a parent telling of their child is usually telling of the patient.
    *((f"{owner} {rel}", "FAMILY", "FORWARD") for owner in ("my", "her", "his") for rel in _RELATIVES),
    # (the possessive "me" of northern English and Irish speech: "me mam", "me da", "me nan")
    *((f"me {rel}", "FAMILY", "FORWARD") for rel in ("mam", "mum", "da", "dad", "nan", "gran", "grandad")),
    ("my mom", "FAMILY", "FORWARD"),
    ("my dad", "FAMILY", "FORWARD"),
    ("her mom", "FAMILY", "FORWARD"),
    ("his dad", "FAMILY", "FORWARD"),
    ("his mom", "FAMILY", "FORWARD"),
    ("her dad", "FAMILY", "FORWARD"),
    ("grandmother", "FAMILY", "BIDIRECTIONAL"),
    # Not family, but not the patient either: their conditions are nobody's history here.
    ("my friend", "FAMILY", "FORWARD"),
    ("my husband", "FAMILY", "FORWARD"),
    ("my wife", "FAMILY", "FORWARD"),
    ("my partner", "FAMILY", "FORWARD"),
    ("my coworker", "FAMILY", "FORWARD"),
    ("my roommate", "FAMILY", "FORWARD"),
    ("my neighbor", "FAMILY", "FORWARD"),
    ("grandfather", "FAMILY", "BIDIRECTIONAL"),
    # The same said in Spanish: "a mi esposo le duele la espalda", "mi mamá tiene diabetes"
    *(
        (f"{owner} {rel}", "FAMILY", "FORWARD")
        for owner in ("mi", "a mi", "su")
        for rel in (
            "esposo esposa marido mamá mama madre papá papa padre hermano hermana abuelo abuela abuelita tío tio "
            "tía tia primo prima amigo amiga"
        ).split()
    ),
    ("runs in the family", "FAMILY", "BACKWARD"),
    ("runs in my family", "FAMILY", "BACKWARD"),
    ("in my family", "FAMILY", "BACKWARD"),
    ("in the family", "FAMILY", "BACKWARD"),
    ("family history", "FAMILY", "FORWARD"),
    # "High blood pressure runs on my dad's side", "diabetes on my mother's side of the family".
    ("runs on", "FAMILY", "BACKWARD"),
    ("side of the family", "FAMILY", "BACKWARD"),
    *((f"on my {rel}'s side", "FAMILY", "BIDIRECTIONAL") for rel in ("mom", "dad", "mother", "father")),
    ("but", "TERMINATE", "TERMINATE"),
    ("except", "TERMINATE", "TERMINATE"),
    ("although", "TERMINATE", "TERMINATE"),
    ("and i have", "TERMINATE", "TERMINATE"),
    ("and i've", "TERMINATE", "TERMINATE"),
    # A new clause that reports what is there ends a denial: "denies chest pain, reports dizziness",
    # "no fever and i'm coughing", "no nausea, however the pain is worse".
    ("and i", "TERMINATE", "TERMINATE"),
    ("and you", "TERMINATE", "TERMINATE"),  # "your father has hypertension, and you have diabetes"
    # A new clause naming what is there: "no, it's this rash on my arm", "no fever, it's my stomach".
    # (Not "I have a": "I don't think I have a fever" is a denial.)
    ("it's this", "TERMINATE", "TERMINATE"),
    ("it's my", "TERMINATE", "TERMINATE"),
    ("more like", "TERMINATE", "TERMINATE"),  # "just the blood pressure, and I had my gallbladder out in 2010"
    ("and i'm", "TERMINATE", "TERMINATE"),
    # "no chest pain i do get winded": the emphatic "I do" asserts what follows.
    ("i do get", "TERMINATE", "TERMINATE"),
    ("i do have", "TERMINATE", "TERMINATE"),
    ("and i am", "TERMINATE", "TERMINATE"),
    ("reports", "TERMINATE", "TERMINATE"),
    ("endorses", "TERMINATE", "TERMINATE"),
    ("complains of", "TERMINATE", "TERMINATE"),
    ("positive for", "TERMINATE", "TERMINATE"),
    ("admits to", "TERMINATE", "TERMINATE"),
    ("however", "TERMINATE", "TERMINATE"),
    # "Lost any weight?" "No, I wish, unfortunately I've gained some": what is there follows "unfortunately"
    ("unfortunately", "TERMINATE", "TERMINATE"),
    ("though", "TERMINATE", "TERMINATE"),
    ("just", "TERMINATE", "TERMINATE"),
    # "Just" as "recently" ends nothing: kept from terminating here, and context.py cuts a cue off at a
    # "just" that follows no subject.
    *((f"just {verb}", "PSEUDO", "PSEUDO") for verb in RECENTLY),
    ("no change", "PSEUDO", "PSEUDO"),
    # The second half of a return precaution: "if it's not better in ten days, or you get a high fever, ..."
    ("or you get", "HYPOTHETICAL", "FORWARD"),
    ("or you develop", "HYPOTHETICAL", "FORWARD"),
    ("or you have", "HYPOTHETICAL", "FORWARD"),
    ("sooner if", "HYPOTHETICAL", "FORWARD"),
    # "I'm constipated, which is not me, and my hair is falling out": out of character, not a denial.
    ("not me", "PSEUDO", "PSEUDO"),
    # "If anything I've put weight on": a correction that tells what is there, not a condition.
    ("if anything", "PSEUDO", "PSEUDO"),
    # A "no" before a possessive answers or corrects; it does not negate what that person has:
    # "grandma, no, her mother had a stroke", "no my dad had it".
    ("no my", "PSEUDO", "PSEUDO"),
    ("no her", "PSEUDO", "PSEUDO"),
    ("no his", "PSEUDO", "PSEUDO"),
    ("is not me", "PSEUDO", "PSEUDO"),  # longer than ConText's own "is not", so it wins
    ("is not like me", "PSEUDO", "PSEUDO"),
    ("not like me", "PSEUDO", "PSEUDO"),
    ("not like him", "PSEUDO", "PSEUDO"),
    ("not like her", "PSEUDO", "PSEUDO"),
    # A complaint told with a negative that is not a denial: "I don't know, I've had this chest pain",
    # "I can't get rid of this cough", "no matter what I do my knee hurts", "I'm not feeling well, I have ...".
    *(
        (lit, "PSEUDO", "PSEUDO")
        for lit in (
            "don't know",
            "do not know",
            "can't get rid of",
            "cannot get rid of",
            "can't shake",
            "can't stop",
            "cannot stop",
            "won't go away",
            "won't stop",
            "not going away",
            "isn't going away",
            "doesn't go away",
            "hasn't gone away",
            "not getting better",
            "not improving",
            "no better",
            "no matter",
            "no relief",
            "not feeling well",
            "not feeling good",
            "not feeling great",
            "not doing well",
            "not doing great",
            "not well",
            "not great",
            "not good",
        )
    ),
    # Less of it is still some: "I don't have quite as much shortness of breath" is present, improving.
    ("not as much", "PSEUDO", "PSEUDO"),
    # "How's he eating?" "Not much, he's had no appetite": a little, said of the thing asked (answers.py
    # reads "not much" as a hedged yes too).
    ("not much", "PSEUDO", "PSEUDO"),
    ("not as bad", "PSEUDO", "PSEUDO"),
    ("not quite as", "PSEUDO", "PSEUDO"),
    ("don't have as much", "PSEUDO", "PSEUDO"),
    ("don't have quite as much", "PSEUDO", "PSEUDO"),
    ("do not have as much", "PSEUDO", "PSEUDO"),
    ("do not have quite as much", "PSEUDO", "PSEUDO"),
    ("not having as much", "PSEUDO", "PSEUDO"),
    # "Your exam and history sound like carpal tunnel": the clinician's history-taking, not a past condition.
    ("exam and history", "PSEUDO", "PSEUDO"),
    ("history and exam", "PSEUDO", "PSEUDO"),
    ("history and physical", "PSEUDO", "PSEUDO"),
    ("history sounds", "PSEUDO", "PSEUDO"),
    ("history sound", "PSEUDO", "PSEUDO"),
    ("not only", "PSEUDO", "PSEUDO"),
    # More than usual, always there: "I'm not used to this much pain", "never without a headache".
    ("not used to", "PSEUDO", "PSEUDO"),
    ("never without", "PSEUDO", "PSEUDO"),
    ("not without", "PSEUDO", "PSEUDO"),
    # "No, I've had a fever though": the answer's "no" is spent; what the patient has had follows.
    *(
        (f"no{comma} {had}", "PSEUDO", "PSEUDO")
        for comma in (",", "")
        for had in ("i've had", "i have had", "i've been having", "i've been getting")
    ),
    ("no problem", "PSEUDO", "PSEUDO"),
    ("not sure if", "PSEUDO", "PSEUDO"),
]
