"""Words for allergies: reactions and allergens said in everyday words, and the answers that mean none.

Kept apart from allergies.py (which reads the exchange) so that the vocabulary can grow without the
reading logic growing with it. The shared lists in lexicon.py stay the base; these add what patients say.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon

# Everyday intolerances and reactions the shared reaction list lacks: "ibuprofen upsets my stomach",
# "lisinopril gave me a cough", "my lips swell", "my face blew up", "I get short of breath".
MORE_REACTIONS = {
    "upsets my stomach": "stomach upset",
    "upset my stomach": "stomach upset",
    "tears up my stomach": "stomach upset",
    "tore up my stomach": "stomach upset",
    "tears my stomach up": "stomach upset",
    "tore my stomach up": "stomach upset",
    # "erythromycin made me sick as a dog": the idiom is being sick, not a dog allergy
    "sick as a dog": "vomiting",
    "throwing up": "vomiting",
    "threw up": "vomiting",
    # "codeine makes me sick": ill in the stomach (UK: vomiting); what the patient felt, kept as nausea
    "makes me sick": "nausea",
    "made me sick": "nausea",
    "makes me really sick": "nausea",
    "made me really sick": "nausea",
    "makes me feel sick": "nausea",
    "made me feel sick": "nausea",
    "seeing things": "hallucinations",
    "saw things": "hallucinations",
    "hallucinations": "hallucinations",
    "hallucinating": "hallucinations",
    "sneeze": "sneezing",
    "sneezing": "sneezing",
    "itchy eyes": "itchy eyes",
    "watery eyes": "watery eyes",
    "cough": "cough",
    "coughing": "cough",
    "short of breath": "shortness of breath",
    "couldn't breathe": "trouble breathing",
    "could not breathe": "trouble breathing",
    "can't breathe": "trouble breathing",
    "hard to breathe": "trouble breathing",
    "lips swell": "lip swelling",
    "lips swelled up": "lip swelling",
    "lips got swollen": "lip swelling",
    "lips got all swollen": "lip swelling",
    "lips swelling": "lip swelling",
    "swollen lips": "lip swelling",
    "face swell": "face swelling",
    "face swells": "face swelling",
    "face swelled": "face swelling",
    "face swelled up": "face swelling",
    "face blew up": "face swelling",
    "face swells up": "face swelling",
    "tongue swell": "tongue swelling",
    "tongue swells": "tongue swelling",
    "throat swells": "throat swelling",
    "throat swell": "throat swelling",
    "blew up": "swelling",
    "throat gets tight": "throat tightness",
    "throat got tight": "throat tightness",
    "throat tightness": "throat tightness",
    "throat tight": "throat tightness",
    "red man syndrome": "red man syndrome",
    "red man": "red man syndrome",
    "tendonitis": "tendinitis",
    "tendinitis": "tendinitis",
    "stomach cramps": "stomach cramps",
    "cramping": "cramping",
    "muscle aches": "muscle aches",
    "muscle pain": "muscle aches",
    "yeast infection": "yeast infection",
    "heart racing": "palpitations",
    "racing heart": "palpitations",
    "stevens-johnson": "stevens-johnson syndrome",
    "stevens johnson": "stevens-johnson syndrome",
    "sjs": "stevens-johnson syndrome",
    "swell": "swelling",
    "swollen": "swelling",
}
# Adverse drug reactions in patients' words that name little else (an intolerance is charted with the allergies,
# with what it did): "aspirin, I get wheezy", "Cipro gave me tendon pain". Words that are as often today's
# symptom or a side remark ("shaky", "drowsy", "headache", "seizure", "fainted") are left out: a review found
# them read as the reaction of an allergy named before them ("Penicillin. My hands are shaky lately.").
COMMON_ADVERSE = {
    "makes me vomit": "vomiting",
    "made me vomit": "vomiting",
    "wheezy": "wheezing",
    "wheeze": "wheezing",
    "wheezing": "wheezing",
    "diarrhoea": "diarrhea",
    "the runs": "diarrhea",
    "loose stools": "diarrhea",
    "tendon pain": "tendon pain",
    "achilles pain": "tendon pain",
    "angioedema": "angioedema",
    "hair loss": "hair loss",
    "hair fall out": "hair loss",
    "hair fell out": "hair loss",
    "ankle swelling": "ankle swelling",
    "swollen ankles": "ankle swelling",
    "ankles swell": "ankle swelling",
    "ankles swelled": "ankle swelling",
    "mouth ulcers": "mouth ulcers",
    "tinnitus": "tinnitus",
    "ringing in my ears": "tinnitus",
    "metallic taste": "metallic taste",
    "swelled my face": "face swelling",
    "swelled up my face": "face swelling",
    "made my face swell": "face swelling",
    "swelled my lips": "lip swelling",
    "made my lips swell": "lip swelling",
    "swelling of the lips": "lip swelling",
    "swelling of my lips": "lip swelling",
    "swelling of the face": "face swelling",
    "swelling of my face": "face swelling",
    "swelling of the tongue": "tongue swelling",
    "swelling of my tongue": "tongue swelling",
    "swelling of the throat": "throat swelling",
    "swelling of my throat": "throat swelling",
}
MORE_REACTIONS |= COMMON_ADVERSE
REACTIONS = (*lexicon.REACTIONS, *MORE_REACTIONS)
REACTION_NAMES = {**lexicon.REACTION_NAMES, **MORE_REACTIONS}

# Foods and stinging insects: allergens the shared list lacks ("strawberries, my mouth itches").
MORE_ALLERGENS = {
    "wasp stings": "wasp venom",
    "wasp sting": "wasp venom",
    "wasps": "wasp venom",
    "bee sting": "bee venom",
    "yellow jackets": "wasp venom",
    "fire ants": "fire ant venom",
    "peanut butter": "peanut",
    "strawberries": "strawberries",
    "kiwi": "kiwi",
    "walnuts": "tree nut",
    "almonds": "tree nut",
    "cashews": "tree nut",
    "pecans": "tree nut",
    "tree nut": "tree nut",
    "crab": "shellfish",
    "shrimp": "shellfish",
    "lobster": "shellfish",
}
OTHER_ALLERGENS = {**lexicon.NON_DRUG_ALLERGENS, **MORE_ALLERGENS}

# "allergic to <a word no list knows>": the food or thing is taken as said ("allergic to mangoes").
NAMED_AFTER = re.compile(r"\ballergic to (?:(?:the|my|all|fresh|raw)\s+)?([a-z]{3,})\b")
NOT_AN_ALLERGEN = frozenset(
    "anything something nothing everything any that this those these them it medicines medications meds drugs "
    "medicine medication drug stuff things some several certain most many one other food foods "
    # the joke answer ("I'm allergic to mornings", "my wife says I'm allergic to work") names no allergen
    "work mornings morning mondays monday exercise homework housework chores cleaning school gym taxes bills "
    "people husband wife kids children boss alarm alarms effort running yard garden gardening paperwork laundry "
    "dishes mowing weeding cooking shopping".split()
)

# No drug allergy, however said: "no known allergies", "nothing I know of", "not to any medicine", "nope".
NKA = re.compile(
    r"\b(?:no known (?:drug )?allergies|nkda|not allergic|no allergies|no drug allergies|"
    r"(?:not|none|nothing) that (?:we|i)(?:'m| am| are|'re)? (?:know|aware) of|"
    r"(?:none|nothing) (?:i|we) (?:know|knows|am aware) (?:of|about)|"
    # "not to any medications", "nothing to medicines": no drug allergy, whatever else they react to
    r"(?:not|none|nothing|no allergies)(?: that i know of)? to (?:any )?(?:medications?|medicines?|meds|drugs?)|"
    r"no (?:medicines?|medications?|meds|drugs?)(?= *(?:[,.;!?]|$| allergies| anyway| that i know))|"
    r"none to (?:any )?(?:medications?|medicines?|meds|drugs?)|"
    # "Only the plasters, they bring me out in a rash. Medicines, no."
    r"(?:medications?|medicines?|meds|drugs?),? (?:no|none|nothing)\b|"
    # "medicines have never given him any trouble", "never had a reaction to any medicine"
    r"(?:medications?|medicines?|meds|drugs?) (?:have|has) never (?:given|caused) (?:me|him|her|them|us) "
    r"(?:any )?(?:trouble|problems?|issues?|reactions?)|"
    r"never (?:had|have had) (?:a |any )?(?:reactions?|problems?|trouble|issues?) (?:to|with) "
    r"(?:any |a )(?:medications?|medicines?|meds|drugs?)|"
    # "uh let me think, no, I don't think so": the whole answer a no
    r"^[^.;!?]{0,25}\bi don't (?:think|believe) so)\b|"
    r"^\W*(?:(?:um|uh|well|oh),?\s+)*(?:no|none|nope|nothing|nah|negative|not a thing|not (?:a )?(?:one|1))\b|"
    # "she doesn't have any allergies", "he hasn't got any allergies"
    # (not "... allergies other than penicillin", "... except sulfa")
    r"\b(?:don't|doesn't|do not|does not|hasn't got|haven't got) (?:have )?any (?:known |drug |medication )?allergies"
    r"(?!\s*(?:other than|except|apart from|besides|but|aside from))|"
    # dictated: "Allergies: none.", "drug allergies, none known"
    r"\ballergies\W+(?:none|nkda|nil|negative)\b"
)


# The words that say an allergy (moved from allergies.py, which reads them, to keep it short).
# The clinician telling what is on file, in one breath: "and allergies we have penicillin with swelling"
TOLD = (
    r"\ballerg(?:y|ies)\s+(?:\w+\s+){0,2}?(?:we have|i have|i've got|i see|you have|it says|are|is)\s+"
    r"(?!no\b|none\b|nothing\b|any\b|there\b)"
)
EXPLICIT = re.compile(
    r"\ballergic to\b|\ballerg(?:y|ies) to\b|\ballergies\b[^.?!]{0,25}?,|" + TOLD + "|"
    r"\b(?:makes?|made|gives?|gave) (?:me|her|him) (?:really |so |very |super |pretty |real )?"
    r"(?:throw up|sick|hives|a rash|break out|itch|diarrhea|nause)|"
    r"\bupsets? my stomach\b|"
    r"\b(?:can't|cannot|can not|couldn't) (?:take|tolerate|eat|wear|touch|use)\b|"
    r"\bintolerant (?:of|to)\b|\b(?:bad )?reaction to\b|"
    # the reaction said first: "I got hives from the amoxicillin", "anaphylaxis to peanuts", "my throat
    # swelled up after eating shrimp"
    r"\b(?:hives|a rash|rash|anaphylaxis|anaphylactic (?:shock|reaction)|welts)\s+(?:all over\s+)?"
    r"(?:from|with|to|after)\b(?! (?:it|that|them|this|those)\b)|"
    r"\b(?:swelled|swelled up|closed up|broke out)\s+(?:all over\s+)?(?:from|with|after)\b"
    r"(?! (?:it|that|them|this|those)\b)"
)
# What makes a cue no allergy of the patient's: "never had a reaction to penicillin", "my sister had a bad
# reaction to sulfa", a side effect of a drug still taken ("makes me nauseous but I still take it"), and
# "can't take" for a reason that is no reaction ("I couldn't take my metformin because I was fasting").
NOT_HERS = re.compile(
    r"\b(?:never|no|not|n't|without)\b[^.;]{0,25}$|"
    rf"\bmy (?:{lexicon.OTHER_PERSON})\b[^.;]*$"
)
NO_ALLERGY = re.compile(r"\b(?:not|isn't|wasn't|is not|was not) (?:really |like |a true |an actual )?an? allerg")
STILL_TAKES = re.compile(
    r"\bstill (?:take|taking|on|use|using)\b|\bit's (?:fine|okay|ok|better) now\b|\bat first\b|"
    r"\b(?:with )?no problems?\b|\btolerated\b|\bused to be on my (?:chart|list|record)\b|"
    r"\b(?:i|she|he) take (?:it|them)\b|\btwice a day\b|\bevery day\b|\bdaily\b"
)


# Everyday words a more specific reaction in the same breath names better ("broke out in hives" is hives).
_EVERYDAY = frozenset(
    {"break out", "broke out", "swelled up", "loopy", "swell", "swollen", "blew up"}
    # "tears up my stomach, diarrhea": the stomach upset is told better by what it did
    | {"upsets my stomach", "upset my stomach", "tears up my stomach", "tore up my stomach", "tears my stomach up"}
    | {"tore my stomach up", "makes me sick", "made me sick"}
)


def reaction_hits(low: str) -> list[tuple[int, int, str]]:
    """The reactions said in ``low``; "cough syrup", "cough drops" name a medicine, not a cough."""
    return [
        h for h in lexicon.find_phrases(low, REACTIONS) if not (h[2] == "cough" and _COUGH_MEDICINE.match(low, h[1]))
    ]


_COUGH_MEDICINE = re.compile(r"\s+(?:syrup|drops?|medicine|suppressant|meds)\b")


def pick_reaction(hits: list[tuple[int, int, str]]) -> tuple[int, int, str]:
    """The reaction a note names: the specific one over everyday words ("I break out in hives" is
    hives), and the noun an adjective describes ("itchy hives" is hives)."""
    specific = [h for h in hits if h[2] not in _EVERYDAY] or hits
    # the longest phrase of those said at one place: "swelling of the lips" is lip swelling, not swelling
    specific = sorted(specific, key=lambda h: (h[0], h[0] - h[1]))
    first = specific[0]
    if first[2] in {"itchy", "itching"} and len(specific) > 1 and specific[1][0] - first[1] <= 1:
        return specific[1]
    return first


# Things in the air and animals: an allergy only when said to be one ("I'm allergic to ragweed"; "we have
# cats" is no allergy).
ENVIRONMENTAL = {
    w: w.rstrip("s") if w in ("cats", "dogs") else w
    for w in ("ragweed", "pollen", "grass", "cats", "cat", "dogs", "dog", "dust mites", "dust", "mold")
}


def listed_allergen(name: str) -> bool:
    """Whether an allergen is one our lists know (a drug, a food, latex, an animal, pollen...), as opposed
    to a word taken as said after "allergic to"."""
    return name in OTHER_ALLERGENS.values() or name in ENVIRONMENTAL.values() or bool(lexicon.find_drugs(name))
