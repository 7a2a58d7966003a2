"""Problem words that name no diagnosis of the patient's: a reading, a drug's harm, a habit left off.

"My blood sugar was 180 in the ER" is a result, "Cipro gave me tendonitis" an allergy or intolerance, "I'm a
recovering alcoholic" social history, "I think I broke my toe" a worry for the examination to settle.
problems.py asks these before it lists a problem, and leaves the mention out of the history too.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence
from engine.clinical.world_problems import ACUTE_INFECTIONS

# "My blood sugar was 180 in the ER", "your sugar today is 104": a reading, not diabetes; "my sugars have
# been running high" over time is (as with the blood pressure). "Check your blood sugar" orders a test.
_SUGAR_READ = re.compile(
    # (not "sugar is there": the Indian English of having diabetes, plain_problems.py)
    r"^\w*(?: levels?| readings?| numbers?)?\s*(?:(?:'s|was|is(?! (?:also )?(?:there|present)\b)|were|came back|"
    r"today|this morning|reading)\b|"
    r"(?:(?:of|at|around|in) )?(?:\d|the (?:er|hospital|pharmacy|clinic|urgent care)\b))"
)
_SUGAR_TESTED = re.compile(r"\b(?:check|checked|checking|test|tested|testing|fasting|random|low|a)\s+(?:\w+\s+)?$")
_FOOD = re.compile(
    r"\b(?:coffee|tea|cream|milk|cereal|breakfast|lunch|dinner|eat|eating|diet|food|sweets|candy|soda|juice|cake)\b"
)
# "Cipro gave me tendonitis", "I got tendonitis from the Levaquin": a drug's harm (an allergy or an
# intolerance, allergies.py), not a diagnosis of the patient's.
_GAVE_ME = re.compile(r"\b(?:gave|gives|give|caused|causes|made|makes) (?:me|him|her|them|you)(?: a| an| some)?\s+$")
_FROM_DRUG = re.compile(r"\s*(?:from|after|because of|due to|off) (?:the |that |taking |my |his |her )?")
# "I think I broke my toe", "I'm worried I broke my hip": a fracture feared, not found
_SUSPECTED = re.compile(r"\b(?:think|thought|worried|afraid|scared|maybe|might|may|wonder|wondering|not sure|hope)\b")
# "I'm a recovering alcoholic", "alcoholic, sober ten years": the alcohol is social history (former), the
# problem only when the clinician names a disorder.
_RECOVERED = re.compile(r"\b(?:recovering|recovered|in recovery|sober|former|used to be|ex)\b")


def allergy_talk(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` tells of allergies, or answers a question about them (allergies.py files the reaction)."""
    return any("allerg" in t.low for t in sentences[max(0, s.index - 2) : s.index + 1])


def ruled_out(mentions: list, name: str, since: int) -> bool:
    """Whether the clinician's last word on the problem ``name``, after the sentence ``since`` it was charted
    from, denies it: "they said I have typhoid" ... "I don't think typhoid is your problem", "I thought it's
    malaria" ... "the malaria test is negative", "it's not malaria". A diagnosis only considered and ruled out
    is no problem of the patient's. ``mentions``: (sentence, start, end, concept, context) as problems() reads
    them."""
    said = [
        (s, a, ctx)
        for s, a, _, c, ctx in mentions
        if c.name == name and s.index > since and s.segment.speaker == "clinician" and not ctx.family
    ]
    # (what a drug is not for denies the drug, not the disease: "it's not for malaria", "antibiotics don't help
    # croup", "it's for wheezing, not croup")
    if not said or not said[-1][2].negated:
        return False
    last, at, _ = said[-1]
    return not _TREATS.search(last.low[max(0, at - 30) : at])


# A question put to every patient (a screen), told as such: "we always ask about TB", "we ask everyone about
# HIV", "I routinely screen for depression" ("I need to ask about your diabetes" is the patient's own).
_ROUTINE_ASK = re.compile(
    r"\b(?:always|routinely|usually) (?:ask|check|screen)(?:s|ing)?(?: (?:you|everyone|everybody|all))?"
    r" (?:about|for)(?: (?:any|signs of|symptoms of))?\s+$|"
    r"\bask (?:everyone|everybody|all (?:our |my )?(?:patients|mothers|women|mums|moms)) (?:about|for)\s+$"
)
# "boil" the verb: a subject or "to" before it, an object after it (a skin boil is "a boil", "the boils")
_BOIL_VERB_BEFORE = re.compile(r"\b(?:i|you|he|she|we|they|him|me|to|must|should|will|can)\s+$")
_BOIL_VERB_AFTER = re.compile(
    r"\s+(?:it|them|the|some|water|up|down|off|that|this|leaves?|bush|tea|milk|eggs?|rice|for (?:\w+ )?minutes)\b"
)
_TREATS = re.compile(r"\b(?:for|help|helps|treat|treats|work on|works on|cure|cures|fix|fixes)\b")


def not_the_patients(low: str, a: int, b: int, name: str) -> bool:
    """Whether a problem named at ``low[a:b]`` is a reading, a drug's harm, or a habit long left off."""
    said = low[a:b]
    # (a drug's reason is read from "sugar" itself: "metformin twice a day for the sugar" is no test "a ... sugar")
    at = a + said.find("sugar") if said.startswith("for ") else a
    if "sugar" in said and (_SUGAR_READ.match(low[b:]) or _SUGAR_TESTED.search(low[max(0, at - 20) : at])):
        return True
    if said in ("sugar", "the sugar") and _FOOD.search(low):
        return True  # "I have sugar and cream in my coffee": the food, not the disease's lay name
    if said in ("alcoholic", "alcoholism") and _RECOVERED.search(low):
        return True
    if said.startswith("broke ") and _SUSPECTED.search(low[max(0, a - 30) : a]):
        return True  # "I think I broke my toe": the patient's worry, for the examination to settle
    before = low[max(0, a - 40) : a]
    if _GAVE_ME.search(before) and find_drugs(before):
        return True
    if _FINDING_WORD.search(before[-12:]) and name == "depression":
        return True  # "ST depression in V4 to V6": an ECG finding, not the mood disorder
    if _NAMED_FOR.match(low, b):
        return True  # "stroke protection", "DVT prophylaxis", "the flu and covid swab": what it guards or tests for
    if _EXPLAINED.search(before):
        return True  # "sleep apnea is a big driver of atrial flutter", "it's been linked to kidney problems"
    if _EXPECT.search(before):
        return True  # "expect some irregular bleeding for the first three months": counselling
    lead = before + re.match(r"(?:an? )?", said).group()  # (the span may hold its article: "a cold")
    defined = _DEFINED_BEFORE.search(lead) or (_DEFINED_KIND_BEFORE.search(lead) and _KIND.search(said))
    if defined and _DEFINED_AFTER.match(low, b) and not _CANCER.search(said):
        return True  # "a cold that lasts more than ten days is sinusitis": a disease defined in general
    if name == "shingles" and (_ROOFING.search(before) or _ROOF_AFTER.match(low, b)):
        return True  # "I scraped it loading shingles": the roofing
    if _SERVICE_AFTER.match(low, b):
        return True  # "refer you to the familial cancer service", "the diabetes clinic": a place, not a diagnosis
    if _A_DISEASE.search(before) and _IN_GENERAL.match(low, b):
        return True  # "because a stroke usually spares the forehead": what the disease does, taught
    if _GENERAL_AFTER.match(low, b) and not re.search(r"\b(?:your|my|his|her|the|this|that)\s+$", before):
        return True  # "malaria is common now", "typhoid is going around": the disease in general
    if name in ACUTE_INFECTIONS and _DRUG_FOR.match(low, b):
        return True  # "I took malaria tablets from the chemist": a drug named for a fever, no diagnosis made
    if _ROUTINE_ASK.search(before):
        return True  # "we always ask about TB": a screening question every patient gets, no diagnosis
    if said in ("boil", "boils") and (_BOIL_VERB_BEFORE.search(before) or _BOIL_VERB_AFTER.match(low, b)):
        return True  # "him boil it strong", "you boil the leaves": cooking, not a skin abscess
    after = _FROM_DRUG.match(low, b)
    return bool(after) and bool(find_drugs(low[after.end() : after.end() + 25])) and name not in _CAUSED_DISEASES


def unconfirmed_fever(mentions: list, name: str) -> bool:
    """Whether ``name`` is a fever people name any fever by (malaria, typhoid, dengue) that the clinician never
    names as found, unhedged: "I took malaria drugs, it's malaria again" is the family's word until "the test
    is positive" or "it looks like malaria" (a clinician's "it could be malaria or typhoid" is a differential)."""
    return name in ACUTE_INFECTIONS and not any(
        c.name == name and s.segment.speaker == "clinician" and not (ctx.negated or ctx.possible or ctx.family)
        for s, _, _, c, ctx in mentions
    )


def lay_guess(low: str, a: int) -> bool:
    """Whether the patient or a relative names the condition at ``a`` as their own guess ("I thought it was
    malaria", "we were treating it as typhoid", "I think I have diabetes"): for the clinician to settle, not
    a diagnosis (the caller asks only of speakers other than the clinician)."""
    return bool(_GUESSED.search(low[max(0, a - 60) : a]))


_GUESSED = re.compile(
    r"\b(?:i|we|she|he|they|mum|mom|mother)\s+(?:just |really |first |honestly )?"
    r"(?:thought|think|assumed|assume|believed|believe|figured|guessed|suspected|was sure|were sure)(?: that)?\s+"
    r"(?:it's|it is|it was|it were|it might be|it may be|this is|this was|that's|it's just|"
    r"i have|i had|i've got|i got|he has|she has|he had|she had|he's got|she's got|maybe)\s+(?:a |an |just )?$|"
    r"\b(?:treating|treated|treat) (?:it|him|her|this|that|myself|himself|herself|them) (?:as|for) (?:a |an )?$|"
    # what a chemist, a neighbour or a relative called it: "the chemist said it's malaria"
    r"\b(?:chemist|pharmacist|drug shop|drug store|neighbou?r|friend|herbalist|people|mum|mom|mother|grandmother|"
    r"granny|husband|wife|sister|brother)s?\s+(?:said|says|told (?:me|us|him|her)|thinks?|thought)(?: that)?\s+"
    r"(?:it's|it is|it was|i have|i had|he has|she has|he had|she had|it might be|maybe)\s+(?:a |an |just )?$"
)
# A fever's drug named for it: "malaria tablets", "typhoid medicine", "the malaria treatment"
_DRUG_FOR = re.compile(
    r"\s+(?:tablets?|pills?|medicines?|medications?|drugs?|treatment|injections?|syrups?|tabs|prophylaxis)\b"
)
# "Malaria is common now", "typhoid is going around": a disease told of in general
_GENERAL_AFTER = re.compile(
    r"\s+(?:is|are|'s) (?:very |so |really |quite )?(?:common|everywhere|going around|rampant|endemic)\b"
)


# An ECG or imaging sign that shares its word with a disease: "ST depression", "ST segment depression"
_FINDING_WORD = re.compile(r"\b(?:st|st segment|st-segment|pr|j point)\s+$")
# A disease named for what guards against it or tests for it, alone or in a short list: "stroke protection",
# "DVT prophylaxis", "the gonorrhea and chlamydia test", "a hep B and C screen", "the flu injection", "the
# anxiety questionnaire", "the depression one, the PHQ-9" (a questionnaire named by its topic).
_NAMED_FOR = re.compile(
    r"(?:(?:,|,? and|,? or)\s+(?:[\w-]+\s+){0,2}?)?\s*(?:"
    r"protection|prevention|prophylaxis|risk reduction|"
    r"shots?|vaccines?|vaccinations?|boosters?|jabs?|injections?|immuni[sz]ations?|"
    r"tests?|testing|swabs?|screens?|screening|panels?|titers?|titres?|"
    r"questionnaires?|scales?|scores?|screeners?|surveys?|checklists?|inventory|"
    # what a place or a season has, not the patient: "a dengue outbreak near us", "malaria season", "flu cases"
    r"outbreaks?|epidemics?|clusters?|season|cases|nets?|"
    r"(?:one|1),?\s+(?:the\s+)?(?:phq|gad|epds|audit|k10|k 10)"
    r")\b"
)
# A disease named as what something in general brings on, not as the patient's: "sleep apnea is another big
# driver of atrial flutter", "omeprazole has been linked to kidney problems", "alcohol is a trigger for gout"
_EXPLAINED = re.compile(
    r"\b(?:drivers? of|(?:a |another |big |major |common )*(?:triggers?|causes?) (?:of|for)|linked (?:to|with)|"
    r"associated with|risk factors? for|contributes? to|contributors? to)\s+(?:\w+\s+){0,2}"
    # (to the end of a short list: "a big driver of atrial flutter and afib")
    r"(?:(?:,|,?\s*and|,?\s*or)\s+(?:\w+\s+){0,2})?$"
)
# What a drug or a treatment may bring, explained: "expect some irregular bleeding for the first three months"
# (counselling, not a diagnosis; "nicotine can make anxiety worse" may well be of the patient's own anxiety).
# (not "I'd expect the diabetes to get better": the patient's own, expected to change)
_EXPECT = re.compile(r"\b(?:expect|expecting) (?:some|a (?:bit|little) of|a few days of|a little)\s+(?:\w+\s+)?$")
# A disease defined, not found: "a cold that lasts more than ten days ... is sinusitis", "it's a nervous system
# disorder that involves repetitive movements"
# ("it's a ..." only of a kind of disease: "she said it's a lymphoma that tends to come back" is the patient's)
_DEFINED_BEFORE = re.compile(r"(?:^|\b(?:because|so)\s+)an?\s+(?:\w+\s+)?$")
_DEFINED_KIND_BEFORE = re.compile(r"\b(?:it's|it is|that's|that is|which is)\s+an?\s+(?:\w+\s+)?$")
_KIND = re.compile(r"\b(?:disorder|disease|condition|syndrome|illness)$")
_DEFINED_AFTER = re.compile(
    r"\s+that (?:(?:you know|um|uh)\s+)?(?:lasts|goes on|gets|keeps|comes back|involves|causes|affects|means|"
    r"typically|usually|tends)\b"
)
_CANCER = re.compile(
    r"\b(?:cancer|carcinoma|lymphoma|leuka?emia|melanoma|myeloma|sarcoma|tumou?r|malignan\w*|neoplasm)"
)
# "loading shingles", "the shingles on the roof": the roofing, not herpes zoster
_ROOFING = re.compile(
    r"\b(?:loading|unloading|laying|nailing|hauling|carrying|stacking|tearing off|putting on|roof|roofing|asphalt|"
    r"cedar|bundles? of|stack of|pallet of)\s+(?:the\s+|some\s+|new\s+|old\s+)?$"
)
_ROOF_AFTER = re.compile(r"\s+(?:on|off|onto|for|from) (?:the |a |his |my |our )?(?:roof|garage|shed|house)\b")
_SERVICE_AFTER = re.compile(
    r"\s+(?:service|services|clinic|team|unit|centre|center|nurse|specialists?|programme|program|screening|"
    r"charity|support group|society|foundation|ward)\b"
)
# A disease named in general, with what it usually does: "a stroke usually spares the forehead", "an ulcer
# would typically hurt more after food", "a migraine tends to be one-sided".
_A_DISEASE = re.compile(r"(?:^|\b(?:because|since|as|but|and|so|while|whereas))\s+an?\s+$|^an?\s+$")
_IN_GENERAL = re.compile(
    r"\s+(?:usually|typically|normally|generally|often|tends? to|would (?:usually |typically |normally )?"
    r"(?:cause|give|be|hurt|show|make|spare|affect))\b"
)


# A disease a drug may cause that stays the patient's own problem ("diabetes from the steroids").
_CAUSED_DISEASES = frozenset(
    {"type 2 diabetes", "diabetes", "osteoporosis", "hypothyroidism", "kidney disease"}
    # conditions a drug causes that are diagnosed and treated as such ("hyponatremia from the thiazide")
    | {"hyponatremia", "hypokalemia", "hyperkalemia", "acute kidney injury", "hypoglycemia", "hypothyroidism"}
)


# "And his immunisations, all done?" "All. The card is here. Even measles.": the answer lists vaccines
_OWN_TOLD = re.compile(r"\b(?:i|i've|i'm|my|he|she|has|have|had|got|with)\b")
_VACCINES_ASKED = re.compile(r"\b(?:immuni[sz]ations?|vaccinations?|vaccines?|jabs|shots)\b")


def vaccine_answer(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` answers, in the next turn, a question about vaccines: the diseases it names are the
    vaccines given ("Even measles"), not the patient's diagnoses."""
    if s.segment.speaker == "clinician":
        return False
    before = [p for p in sentences[max(0, s.index - 4) : s.index] if p.segment.speaker == "clinician"]
    if len(s.low.split()) > 6 or _OWN_TOLD.search(s.low):
        return False  # "No. I have asthma though.": the answer goes on to the patient's own
    asked = bool(before) and before[-1].asks
    return asked and bool(_VACCINES_ASKED.search(before[-1].low))


# "It started like a cold", "it felt like the flu": a comparison; "looks like shingles" is a diagnosis.
_LIKE = re.compile(r"\blike (?:a |an |the )?$")
# ... however strongly said: "it looks very much like typhoid fever", "sounds a lot like shingles"
_SEEMS_LIKE = re.compile(
    r"\b(?:looks?|sounds?|seems?)(?: (?:very|much|a lot|just|exactly|really|more|most|quite))* like (?:a |an |the )?$"
)
# "looks a lot like shingles, but it isn't" / "... at first glance, but the ultrasound shows a clot": ruled out
_RULED_OUT = re.compile(
    r"[^.;?]{0,40}?\b(?:but (?:it's not|it isn't|it is not|it's actually|the \w+ (?:shows?|showed))|at first)"
)


def only_compared(low: str, a: int, b: int) -> bool:
    """Whether the problem named at ``a:b`` is only a comparison ("it started like a cold") or a likeness ruled
    out ("looks a lot like shingles, but it isn't"), not a diagnosis ("looks very much like typhoid fever")."""
    before = low[max(0, a - 60) : a]
    return bool(_LIKE.search(before)) and not (_SEEMS_LIKE.search(before) and not _RULED_OUT.match(low, b))
