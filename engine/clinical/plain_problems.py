"""Diagnoses a clinician says in plain words, as the state of an organ or a level.

"Your thyroid is a bit underactive", "your cholesterol is pretty high", "your iron's running low": the
diagnosis (hypothyroidism, hyperlipidemia, iron deficiency) is never named, only how the thing is. The
vocabulary (engine/clinical/vocabulary.py) matches fixed phrases, so a degree word in between ("a bit",
"still", "kind of") hides it; here the topic, the verb, any degree words and the state are read as one.
Lay names that are also everyday words are read here too, only where they plainly name a disease: "MS"
(not "Ms. Jones"), "the sugar" and "the pressure" ("my mom has the pressure").
problems.py adds these hits to the vocabulary's and judges them the same way (ConText, questions).
"""

from __future__ import annotations

import re

from engine.clinical.vocabulary import Concept, find_problems

# The thing described -> {state words: the problem it says}. Only states a clinician would chart as a
# diagnosis: a low potassium or a high sugar is charted as the result, not here.
_STATES: dict[str, dict[str, str]] = {
    r"thyroid(?: gland)?": {
        r"underactive|under active|low|sluggish|slow|not working (?:well|enough|hard enough)": "hypothyroidism",
        r"overactive|over active|hyperactive": "hyperthyroidism",
    },
    r"(?:total |bad |ldl )?cholesterol|ldl|lipids": {r"high|elevated|up|too high": "hyperlipidemia"},
    r"triglycerides": {r"high|elevated|up": "hypertriglyceridemia"},
    r"iron(?: levels?| stores)?|ferritin": {r"low|depleted": "iron deficiency"},
    r"(?:blood count|hemoglobin|red (?:blood )?cells?|red cell count)s?": {r"low": "anemia"},
    r"(?:vitamin )?b12(?: levels?)?": {r"low|deficient": "vitamin b12 deficiency"},
    r"vitamin d(?: levels?)?": {r"low|deficient": "vitamin d deficiency"},
}
_VERB = (
    r"(?:'s|'re| is| are| was| were| has been| have been|'s been|'ve been| came back| looks?| seems?| "
    r"runs?| keeps? running| remains?| stays?)"
)
# what may stand between the verb and the state: "a bit", "still", "running", "on the ... side"
_DEGREE = (
    r"(?: (?:a bit|a little|a little bit|a tad|slightly|somewhat|kind of|kinda|sort of|pretty|quite|very|really|"
    r"mildly|still|now|definitely|clearly|running|too|borderline|on the))*"
)
_PATTERNS = [
    (re.compile(rf"\b(?:{topic}){_VERB}{_DEGREE} (?:{state})\b"), problem)
    for topic, states in _STATES.items()
    for state, problem in states.items()
]


# A disease by a short or lay name that is also an everyday word, read only where it plainly names a disease.
# "MS" is also "Ms. Jones" and milliseconds: it is multiple sclerosis only after "has", "diagnosed with",
# "my", ... and before a pause or a word that cannot start a surname ("my sister has MS and ...").
_ENDS = (
    r"(?=\s*(?:$|[,;:!?]|\.\s*$|\s(?:and|but|so|too|since|as|which|that|when|though|back|years?|now|diagnosed|at|"
    r"about|around|last|like|a few|been|doing|going|is|was|meds|medicines?|doctor|neurologist|symptoms|real|really|"
    r"bad|pretty|all|for (?=years|decades|a long time|a while|\d|most|ages)|"
    r"in (?=\d|two thousand|nineteen|college|high school|my (?:teens|twenties|thirties|forties|fifties|\d))|"
    r"flares?|flare ups?|runs|run|type 2|type two|on (?:my|his|her) (?:mom|dad|mother|father)'s side)\b))"
)
_MS = re.compile(
    r"(?:\b(?:has|have|had|got|with|diagnosed with|of|for|my|her|his|your|the|'s got|'ve got)\s+)(ms|m\.s\.)" + _ENDS
)
# "I've got sugar", "a bit of sugar", "my mom has the pressure", "he had the pressure and the sugar", "lost his
# leg to the sugar", "sugar diabetes": lay speech for diabetes and hypertension. A reading ("my sugar was 180", "I have
# pressure in my chest") or a food ("cut back on the sugar") is not it: the verb of having or the cause
# said, and a pause after.
# Indian English says the same as "I am having sugar" and "sugar is there" ("BP is there": hypertension).
_LAY = {"sugar": "type 2 diabetes", "pressure": "hypertension", "bp": "hypertension", "thyroid": "thyroid disease"}
_LAY_SAID = re.compile(
    r"\b(?:(?:have|has|had|got|having|a touch of|a (?:little )?bit of|a little) (?:the )?(sugar)|"
    r"(?:have|has|had|got|having|to|from|with) the (sugar|pressure))"
    r"(?: and (?:the )?(sugar|pressure|bp))?\b" + _ENDS + r"|\b(sugar) diabetes\b"
    r"|\b(sugar|bp|pressure|thyroid) (?:also |is also |also is |is )(?:there|present)\b(?! in\b)"
)


# "BP" and "blood pressure" as the disease itself, said after having it or beside another disease: "he has BP",
# "someone with diabetes and blood pressure", "sugar, BP, cholesterol" (South Asian, Malaysian and African
# English). A reading ("has a BP of 150", "your diabetes and blood pressure are well controlled") is not: a
# pause or a word that cannot go on to a reading must follow.
_DISEASES_BEFORE = r"(?:diabetes|diabetic|sugar|cholesterol|thyroid|asthma|heart disease|kidney disease)"
_BP_AS_DISEASE = re.compile(
    r"\b(?:have|has|had|got|having|with) (?:high |the )?(bp)\b(?! of\b)" + _ENDS + "|"
    r"\b(?:have|has|had|got|having|with) (?:(?:the|type 2|type two|some) )?"
    + _DISEASES_BEFORE
    + r"(?:,? and|,) (?:the |high )?(blood pressure|bp|pressure)\b(?!'s| (?:is|was|are|were|of|readings?)\b)"
    + _ENDS
)
# A relative's lay diseases, bare: "my father have pressure", "my mother, she has BP and sugar", "Mi father,
# pressure." (Caribbean, South African and Indian English answering "anyone in the family?"). Bare "pressure" is
# the disease only with a relative as its haver (a patient's "I have pressure" is often felt in the head or
# chest); family_history.py files it under that relative.
_KIN = r"(?:mother|mom|mum|mummy|father|dad|daddy|brothers?|sisters?|grandmother|grandfather|granny|aunt|uncle|parents)"
_LAY_WORD = r"(?:the |high |some )?(sugar|pressure|bp)"
_KIN_LAY = re.compile(
    rf"\b{_KIN}(?:,? (?:she|he|they))?(?: also| too| both)?(?:,| (?:has|have|had|did have|got|gets|get))\s+"
    rf"{_LAY_WORD}(?:,? and {_LAY_WORD})?\b" + _ENDS
)
# HIV said by its treatment, as antenatal and chronic clinics in Africa and Asia do: "your ARVs", "my
# antiretrovirals", "you're on ARVs": the patient's own, never a partner's ("my husband is on ARVs").
_ON_ARVS = re.compile(
    r"\b(?:your |my |(?:you're|you are|i'm|i am|you've been|i've been)(?: still| now| already)? (?:on|taking)"
    r"(?: the| your| my)? )"
    r"(arvs|antiretrovirals|antiretroviral (?:therapy|treatment|medicines?|tablets?|pills?)|"
    r"hiv (?:meds|medicines?|medications?|tablets?|pills?|treatment))\b"
)
_PROPHYLAXIS = re.compile(r"\b(?:prep|pep|pre-exposure|post-exposure|prophyla\w*|needle ?stick|exposure|negative)\b")
# "I've got a bad heart" (not "a bad heart attack", which the vocabulary names)
_BAD_HEART = re.compile(r"\b(?:have|has|had|got) an? ((?:bad|weak) heart)\b" + _ENDS)


def _title(text: str, a: int) -> bool:
    """Whether the "ms" at ``a`` of the sentence as written is a title: "Ms Patel", "ms. hernandez"."""
    return text[a : a + 2] == "Ms" or text[a : a + 3] == "ms."


def _named_in_lay_words(low: str, text: str) -> list[tuple[int, int, Concept]]:
    """Multiple sclerosis said as "MS", diabetes as "the sugar" and hypertension as "the pressure", where
    they plainly name the disease (each span the disease's own words)."""
    named = [(m.span(1), "multiple sclerosis") for m in _MS.finditer(low) if not _title(text, m.start(1))]
    for m in _LAY_SAID.finditer(low):
        named += [(m.span(g), _LAY[m.group(g)]) for g in range(1, 6) if m.group(g)]
    for m in _KIN_LAY.finditer(low):
        named += [(m.span(g), _LAY[m.group(g)]) for g in (1, 2) if m.group(g)]
    named += [(m.span(1), "heart disease") for m in _BAD_HEART.finditer(low)]
    if not _PROPHYLAXIS.search(low):  # PrEP and PEP are taken by people without HIV
        named += [(m.span(1), "hiv") for m in _ON_ARVS.finditer(low)]
    for m in _BP_AS_DISEASE.finditer(low):
        named += [(m.span(g), "hypertension") for g in (1, 2) if m.group(g)]
    out = []
    for (a, b), problem in named:
        concept = find_problems(problem)
        out += [(a, b, concept[0][2])] if concept else []
    return out


def plain_problems(low: str, text: str = "") -> list[tuple[int, int, Concept]]:
    """Problems said as the state of an organ or a level, or by a lay name ("the sugar", "MS"), in ``low``:
    (start, end, concept). ``text`` is the sentence as written (same offsets), where case tells a title."""
    out = _named_in_lay_words(low, text or low)
    for pattern, problem in _PATTERNS:
        matches = list(pattern.finditer(low))
        found = find_problems(problem) if matches else []
        if found:  # a vocabulary that could not name the problem (it failed to load whole) names nothing
            out += [(m.start(), m.end(), found[0][2]) for m in matches]
    return out


# "Your blood pressure is a bit high again today", "your pressure's been running high": high over time, the
# diagnosis; one reading "a little high" is an elevated reading (annotated apart), and "was high in the ER" recalls.
_HIGH_BY = r"(?: (?:a bit|a little|kind of|pretty|too|really|quite|today|been|still|again|running|staying))*"
_PRESSURE_HIGH = re.compile(
    rf"\b(?:blood )?pressure(?:'s| is| has| keeps)(?=[^.;?]*?\b(?:been|still|again|running|staying)\b)"
    rf"{_HIGH_BY} (?:high|elevated|up)\b"
)


def pressure_high(low: str) -> list[tuple[int, int, Concept]]:
    """A blood pressure said to be high now: hypertension."""
    return [(m.start(), m.end(), find_problems("hypertension")[0][2]) for m in _PRESSURE_HIGH.finditer(low)]
