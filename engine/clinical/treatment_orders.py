"""Treatments ordered today: procedures, vaccines, therapies and devices, and cryotherapy said as freezing.

"We'll schedule a colonoscopy", "you're due for the flu shot; the nurse will give it to you today", "I'll
refer you to physical therapy", "we'll get you some crutches", "i'm going to freeze those four spots". Each
needs an order cue before it and is not ordered when asked about, already had, someone else's, declined or
put off. Split from orders.py, which reads the tests ordered and their results and calls this per sentence.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.order_cues import NOT_ORDERED, ORDER_CUE
from engine.clinical.order_reading import freezing
from engine.clinical.order_timing import conditional, put_off
from engine.clinical.referral_names import SPECIALTY
from engine.clinical.sentences import Sentence
from engine.types import Fact, FactKind

# ("a pt/inr", "a pt and ptt": the clotting times, not physical therapy)
_THERAPY = re.compile(
    r"\b(physical therapy|occupational therapy|genetic counseling|genetic testing|"
    r"pt(?!\s*(?:/|and|&)\s*(?:inr|ptt)\b))\b"
)
# Procedures and treatments planned today, recognised by the shape of their names rather than a list:
# "perform a hysterectomy", "we'll schedule a colonoscopy", "undergo chemotherapy".
_PROCEDURES = re.compile(
    r"\b((?:(?:right|left|bilateral|total|partial|laparoscopic) )?[a-z-]{3,}(?:ectomy|otomy|ostomy|plasty|scopy|pexy)|"
    r"(?:lymph node|neck) dissection|(?:steroid|cortisone|joint|epidural|trigger point) injection|"
    r"(?:knee|hip|shoulder|joint) replacement|(?:hernia|rotator cuff|acl|meniscus|tendon) repair|"
    r"chemotherapy|radiation therapy|"
    # office procedures: "i'm going to do a debridement today", "we'll freeze it with cryotherapy"
    r"debridement|incision and drainage|cryotherapy|joint aspiration|skin tag removal|ear (?:irrigation|lavage))\b"
)
# someone else's care: "my mom will get a hysterectomy"
_RELATIVE = re.compile(rf"\b(?:my|her|his) (?:{lexicon.OTHER_PERSON})\b")
_PAST_PROCEDURE = re.compile(
    r"\b(?:had|have had|'ve had|after (?:your|the|her|his)|since|recovered from|status post)\b"
)
_GIVEN_TODAY = re.compile(
    r"(?:(?!\b(?:not|can't|cannot|won't|don't|shouldn't|couldn't)\b).){0,30}\b(?:give|do|get) (?:it|that|one)"
    r"(?: to you)? today\b"
)
# Vaccines given or ordered today, by the names people use.
# Every word for the dose itself, American and British: "flu shot", "flu jab", "the flu injection", "a
# tetanus booster", "pneumonia vaccination", "covid immunisation".
_SHOT = r"(?:shots?|jabs?|vaccines?|vaccinations?|injections?|boosters?|immuni[sz]ations?)"
_VACCINES = {
    "influenza vaccine": rf"(?:flu|influenza) {_SHOT}",
    "tdap vaccine": rf"tdap|(?:tetanus|whooping cough) {_SHOT}",
    "pneumococcal vaccine": rf"(?:pneumonia|pneumococcal) {_SHOT}|pneumovax|prevnar",
    "zoster vaccine": rf"shingles {_SHOT}|shingrix",
    "covid-19 vaccine": rf"covid(?:-19)? {_SHOT}",
    "hepatitis b vaccine": rf"(?:hepatitis|hep) b {_SHOT}",
    "respiratory syncytial virus vaccine": rf"rsv {_SHOT}|arexvy|abrysvo",
    "hpv vaccine": rf"hpv {_SHOT}|gardasil",
    "mmr vaccine": rf"mmr(?: {_SHOT})?",
    "meningococcal vaccine": rf"(?:meningitis|meningococcal) {_SHOT}",
    "hepatitis a vaccine": rf"(?:hepatitis|hep) a {_SHOT}",
    "typhoid vaccine": rf"typhoid {_SHOT}",
}
_VACCINE = re.compile(r"\b(" + "|".join(_VACCINES.values()) + r")\b")
_DEVICES = re.compile(
    r"\b(crutches|splint|sling|brace|aircast|air cast|boot|cast|walker|cane|nebulizer|spacer|strainer|"
    r"diabetic shoes(?: with inserts)?|orthotics|compression stockings|condoms)\b"
)
# meters for home readings, ordered only when handed over: "I'll give you a glucometer and strips" (not "check
# your sugars with the glucometer", whose "check" asks for a reading, not the meter)
_METERS = re.compile(
    r"\b(glucometer|glucose meter|(?:home )?blood pressure (?:monitor|machine|cuff)|peak flow meter)\b"
)
_HANDED_OVER = re.compile(
    r"\b(?:give|giving|get|prescrib\w*|prescription for|order\w*) (?:you |her |him )?(?:an? |some )$"
)
# long-acting contraception put in at the visit: "we put the implant in today", "I'll insert the IUD now"
_INSERTED = re.compile(
    r"\b(?:(?:we|i)(?:'ll| will| can| are going to| am going to|'m going to| are gonna|'m gonna)? |let's |to )"
    r"(?:put(?:ting)?|insert(?:ing)?|plac(?:e|ing)|fit(?:ting)?) (?:in )?(?:the |an |a |your |her )?"
    r"(?:contraceptive |arm )?(implant|nexplanon|iud|coil|mirena)(?: in)?\b"
)
_INSERTED_NAME = {"implant": "implant insertion", "nexplanon": "implant insertion"}
# supplies handed out on the way: "take some condoms from the nurse", "pick up a spacer at the front desk"
_HANDED_OUT = re.compile(r"[^.;?]{0,20}?\b(?:from|at|with) (?:the )?(?:nurse|front desk|reception|dispensary)\b")


def _cryotherapy(orders: dict[str, Fact], s: Sentence) -> None:
    """Cryotherapy said as what is done today: "i'm going to freeze those four spots with liquid nitrogen"."""
    low, frozen = s.low, freezing(s.low)
    if not frozen or s.question_at(frozen.start()) or conditional(low, frozen.start(), frozen.end()):
        return
    cue = ORDER_CUE.search(low[max(0, frozen.start() - 60) : frozen.end()])  # (the cue runs into "freeze")
    if cue and not any("cryo" in k for k in orders):
        evidence = s.evidence(frozen.start(), frozen.end())
        orders["cryotherapy"] = Fact(kind=FactKind.order, name="cryotherapy", evidence=evidence)


def treatment_orders(orders: dict[str, Fact], s: Sentence) -> None:
    """Add to orders the procedures, vaccines, therapies and devices the sentence asks for today."""
    low = s.low
    for m in _PROCEDURES.finditer(low):
        before = low[max(0, m.start() - 60) : m.start()]
        if s.question_at(m.start()) or not ORDER_CUE.search(before) or _PAST_PROCEDURE.search(before):
            continue
        if _RELATIVE.search(before):
            continue
        if NOT_ORDERED.search(before) or any(m.group(1) in k for k in orders):
            continue
        if conditional(low, m.start(), m.end()):
            continue
        orders.setdefault(
            m.group(1), Fact(kind=FactKind.order, name=m.group(1), evidence=s.evidence(m.start(), m.end()))
        )
    _cryotherapy(orders, s)
    for m in _INSERTED.finditer(low):
        before = low[max(0, m.start() - 60) : m.start()]
        if s.question_at(m.start()) or _PAST_PROCEDURE.search(before) or NOT_ORDERED.search(before):
            continue  # ("when did they put the coil in?", "since they put the iud in")
        if s.segment.speaker == "patient" or re.match(r"[^.;?]{0,30}\b(?:ago|last|before|back in)\b", low[m.end() :]):
            continue  # the patient's own account, or one put in before: "we put the implant in last year"
        name = _INSERTED_NAME.get(m.group(1), "iud insertion")
        orders.setdefault(name, Fact(kind=FactKind.order, name=name, evidence=s.evidence(m.start(), m.end())))
    for m in _METERS.finditer(low):
        if s.segment.speaker != "patient" and not s.question_at(m.start()) and _HANDED_OVER.search(low, 0, m.start()):
            orders.setdefault(m.group(1), Fact(kind=FactKind.order, name=m.group(1), evidence=s.evidence(*m.span())))
    shots = list(_VACCINE.finditer(low))
    for j, m in enumerate(shots):
        near = low[max(0, m.start() - 60) : m.end() + 20]
        before = low[max(0, m.start() - 60) : m.start()]
        if s.question_at(m.start()) or _PAST_PROCEDURE.search(before[-40:]) or NOT_ORDERED.search(before):
            continue  # "did you get your flu shot?", "you had the shingles vaccine", "i don't want the flu shot"
        if _RELATIVE.search(before):
            continue
        lo, hi = shots[j - 1].end() if j else 0, shots[j + 1].start() if j + 1 < len(shots) else None
        if put_off(low, m.start(), m.end(), lo, hi):
            continue  # "the pneumonia shot once you're over this"
        # "you're due for the flu shot; the nurse will give it to you today": given today, said of "it"
        given = _GIVEN_TODAY.match(low, m.end(), hi if hi is not None else len(low))
        if ORDER_CUE.search(near) or re.search(r"\btoday\b", near) or given:
            name = next(n for n, p in _VACCINES.items() if re.fullmatch(p, m.group(1)))
            orders.setdefault(name, Fact(kind=FactKind.order, name=name, evidence=s.evidence(m.start(), m.end())))
    for pattern in (_THERAPY, _DEVICES):
        for m in pattern.finditer(low):
            # (the clinician's, and not one handed out before: "I got condoms from the nurse last time")
            handed = (
                pattern is _DEVICES
                and s.segment.speaker != "patient"
                and _HANDED_OUT.match(low, m.end())
                and not re.search(r"\b(?:got|had|gave|last time|before)\b", low)
            )
            cue = ORDER_CUE.search(low[max(0, m.start() - 60) : m.start()]) or handed
            if s.question_at(m.start()) or not cue:
                continue
            if conditional(low, m.start(), m.end()):
                continue
            name = SPECIALTY.get(m.group(1), m.group(1))
            if pattern is _THERAPY and name in {"physical therapy", "occupational therapy"}:
                name = f"referral to {name}"
            if any(name in k for k in orders):
                continue
            orders.setdefault(name, Fact(kind=FactKind.order, name=name, evidence=s.evidence(m.start(), m.end())))
