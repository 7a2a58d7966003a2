"""How a medication is dosed: units, doses, frequencies, routes, durations and bare strengths.

Shared by the medication and allergy extractors (engine/clinical/extract.py, engine/clinical/allergies.py)
and by the verifier, which checks doses in drafted sentences with the same pattern. The words that give a
drug its status are read in status_cues.py.
"""

from __future__ import annotations

import re

UNIT_NORMAL = {
    "milligram": "mg",
    "milligrams": "mg",
    "mg": "mg",
    "mgs": "mg",
    "microgram": "mcg",
    "micrograms": "mcg",
    "mcg": "mcg",
    "gram": "g",
    "grams": "g",
    "g": "g",
    "meq": "mEq",
    "m e q": "mEq",  # spelt out letter by letter ("twenty M E Q"), as nurses and pharmacists say it
    "milliequivalent": "mEq",
    "milliequivalents": "mEq",
    "unit": "units",
    "units": "units",
    "iu": "units",  # "vitamin D 2000 IU": international units are the label's units
    "international units": "units",
    "international unit": "units",
    "puff": "puffs",
    "puffs": "puffs",
    "pump": "pumps",  # a gel's metered pump ("Oestrogel, two pumps a day")
    "pumps": "pumps",
    "inhalation": "puffs",
    "inhalations": "puffs",
    "tablet": "tablets",
    "tablets": "tablets",
    "pill": "tablets",
    "pills": "tablets",
    "tab": "tablets",  # "the senna, two tabs at bedtime": how nurses and carers say it
    "tabs": "tablets",
    "ml": "mL",
    "mls": "mL",
    "mils": "mL",  # "five mils of the children's Zyrtec": how parents and nurses say it
    "cc": "mL",
    "ccs": "mL",
    "milliliter": "mL",
    "milliliters": "mL",
    "millilitre": "mL",
    "millilitres": "mL",
    "spray": "sprays",
    "sprays": "sprays",
    "drop": "drops",
    "drops": "drops",
    "capsule": "capsules",
    "capsules": "capsules",
}
# a mass per volume of blood is a lab value, not a dose ("180 milligrams per deciliter")
_LAB_UNIT = re.compile(r"\s*(?:per|/|a)\s*(?:deciliter|decilitre|dl|liter|litre|l)\b")  # "ALT 45 IU/L" too


def lab_value(text: str, dose: re.Match) -> bool:
    """Whether a DOSE match in ``text`` is a lab value ("180 milligrams per deciliter"), not a dose."""
    return bool(_LAB_UNIT.match(text, dose.end()))


# "up to 3000 milligrams a day", "no more than 3 grams in a day": the most a day, not the dose taken
_LIMIT_BEFORE = re.compile(r"\b(?:up to|no more than|not more than|not to exceed|max(?:imum)?(?: of)?|at most)\s+$")
_PER_DAY = re.compile(r"\s*(?:a|per|in a|in one|each|every) (?:day|24 hours)\b|\s*(?:daily|total)\b")


# "increased up to 10 milligrams daily", "we've titrated her up to 20 mg a day": the new dose a change reached
_RAISED_UP_TO = re.compile(
    r"\b(?:increas|rais|titrat|bump|push|mov|step|gone|went|go|going|come|came)\w*\s+"
    r"(?:(?:it|that|her|him|you|them|the dose)\s+)?(?:all the way\s+)?up to\s+$"
)


def daily_limit(text: str, dose: re.Match) -> bool:
    """Whether a DOSE match in ``text`` is a daily maximum ("up to 3000 milligrams a day"), not a dose."""
    return bool(
        _LIMIT_BEFORE.search(text[max(0, dose.start() - 25) : dose.start()])
        and _PER_DAY.match(text, dose.end())
        and not _RAISED_UP_TO.search(text[max(0, dose.start() - 45) : dose.start()])
    )


def dose_in(text: str, pos: int = 0) -> re.Match | None:
    """The first dose in ``text`` from ``pos`` that is neither a lab value nor a daily maximum."""
    for m in DOSE.finditer(text, pos):
        if not lab_value(text, m) and not daily_limit(text, m):
            return m
    return None


# never part of a longer number: "1,500 milligrams" is not 500 mg (a comma-grouped number is left unread)
DOSE = re.compile(
    r"(?<![\d,.])\b(\d+(?:\.\d+)?)(?![\d,]*\d)\s*(" + "|".join(sorted(UNIT_NORMAL, key=len, reverse=True)) + r")\b"
)
FREQUENCIES: list[tuple[str, str]] = [
    (r"\b(?:once|one time|1 time) (?:a|per|each) day\b|\bonce daily\b|\bdaily\b|\bevery day\b", "once daily"),
    (r"\b(?:twice|two times|2 times) (?:a|per|each) day\b|\btwice daily\b|\bbid\b", "twice daily"),
    # "two in the morning two at night", "one in the morning and one at bedtime"
    (r"\b(?:in the )?morning\b[^.;]{0,25}?\b(?:at night|at bedtime|in the evening|evening)\b", "twice daily"),
    (r"\b(?:three times|3 times) (?:a|per|each) day\b|\btid\b", "three times daily"),
    (r"\b(?:four times|4 times) (?:a|per|each) day\b|\bqid\b", "four times daily"),
    (r"\bevery (\d+) hours\b", "every {0} hours"),
    (r"\bevery (?:night|evening)\b|\bnightly\b|\bat (?:night|bedtime)\b", "nightly"),
    (r"\bevery morning\b|\bin the morning\b", "every morning"),
    (r"\bonce (?:a|per) week\b|\bweekly\b", "weekly"),
    (r"\bevery other day\b|\bevery second day\b", "every other day"),
    (
        r"\bas needed\b|\bwhen needed\b|\bif you need it\b|\bprn\b|\bwhen (?:the|my|her|his|she|he|i)\b[^.]*\b"
        r"(?:bad|sick|hurts?|needed)\b|\bonly use it when\b",
        "as needed",
    ),
]
ROUTES: list[tuple[str, str]] = [
    (r"\bby mouth\b|\borally\b|\bpo\b|\btablets?\b|\bpills?\b|\bcapsules?\b", "oral"),
    (r"\bpuffs?\b|\binhal(?:er|ed|ation)\b|\bnebuli[sz]er\b", "inhaled"),
    (r"\bcream\b|\bointment\b|\bgel\b|\btopical(?:ly)?\b|\bpatch\b", "topical"),
    (r"\binjections?\b|\bsubcutaneous(?:ly)?\b|\bshots?\b", "subcutaneous"),
    (r"\bintravenous(?:ly)?\b|\biv\b|\bdrip\b", "intravenous"),
    (r"\bintramuscular(?:ly)?\b|\bim\b", "intramuscular"),
    (r"\bnasal spray\b|\bnostril\b|\bintranasal\b", "nasal"),
    (r"\beye drops?\b", "ophthalmic"),
    (r"\bsuppositor(?:y|ies)\b|\benemas?\b|\brectal(?:ly)?\b", "rectal"),
]
# "for 7 days", "for the next 2 weeks", "five days in all": how long a course lasts
DURATION = re.compile(
    r"\b(?:for (?:the next )?|(?=\d+ (?:day|week|month)s? (?:in all|in total|total|altogether)\b))"
    r"(\d+) (day|week|month)s?\b"
)


# "if he needs it more than every three hours, call": a limit to watch for, not the schedule
# "coughing at night", "waking every morning": the time of what the patient does, not of a dose
_THRESHOLD = re.compile(
    r"\b(?:more|less|more often|oftener)\s+than\s+$|"
    r"\b(?:not|never|rather than)\s+(?:in\s+|at\s+|on\s+)?(?:the\s+)?$|"  # "at iftar, not in the morning"
    r"\b(?!(?:tak|us|hav|giv|gett|puff|spray|rubb|apply|putt|dos|tim)ing\b)[a-z]{3,}ing\s+$"
)


def frequency(text: str) -> tuple[str, int, int] | None:
    """The first frequency said in ``text``: (label, start, end)."""
    best = None
    for pattern, label in FREQUENCIES:
        m = next((m for m in re.finditer(pattern, text) if not _THRESHOLD.search(text[: m.start()])), None)
        if m and (best is None or m.start() < best[1]):
            best = (label.format(*m.groups()), m.start(), m.end())
    prn = re.match(r"[^.;]{0,12}?(?<!\bnot )\bas needed\b", text[best[2] :]) if best else None  # "..., not as needed"
    if best and best[0] != "as needed" and prn:
        best = (f"{best[0]} as needed", best[1], best[2] + prn.end())  # "every 4 hours as needed"
    return best


# "bump your lisinopril up to 40", "take the Synthroid down to 75", "from 20 to 40": a new dose said
# right after the drug is a change even when the verb before it ("take", "keep") sounds like taking.
# "the lisinopril is a little too much so let's go down to 10 milligrams": a verb of change further on.
_CHANGED_AFTER = re.compile(
    # ("400 milligrams, up to 3 times a day": how often at most, not a new dose)
    r"^\W*(?:\w+\W+){0,3}?(?:up|down|back)\s+to\s+\d(?![\d.]*\s*(?:times|x)\b)|^\W*from\s+\d+(?:\.\d+)?\s*\w*\s+to\s+\d|"
    r"^[^.;?]{0,60}?\b(?:go|come|cut|bump|bring|take|drop|move|step|increase|decrease|lower|raise|reduce)\w*\s+"
    r"(?:it\s+|that\s+|you\s+)?(?:up|down|back)?\s*to\s+\d"
)


# a change told as done before, in the passive: "her lisinopril has been increased up to 10 milligrams in
# march", "the metoprolol was bumped up to 50 by cardiology": the dose it is on now, not a change today (as
# "we increased it to 10" is already); "today" / "this morning" / "now" keep it today's change
_DONE_BEFORE = re.compile(r"\b(?:was|were|been|got|gotten)\s+(?:\w+\s+)?\w+(?:ed|cut|put)\b")
_TODAY = re.compile(r"\b(?:today|this morning|this afternoon|right now|from now|starting now|now on)\b")


def told_as_done(after: str, change: re.Match) -> str | None:
    """The status of a drug whose change ``change`` is told as done before ("has been increased up to 10 mg in
    march": active, on the new dose; "... so it was stopped" later in the sentence: stopped), else None."""
    if not _DONE_BEFORE.search(change.group()) or _TODAY.search(after[:120]):
        return None
    return "stopped" if _STOPPED_SINCE.search(after, change.end()) else "active"


_STOPPED_SINCE = re.compile(r"\b(?:was|were|been|got) (?:stopped|discontinued|held|taken off)\b")


def changed_after(after: str) -> re.Match | None:
    """Where the words after a drug give it a new dose ("... up to 40 milligrams"), if they do."""
    m = _CHANGED_AFTER.search(after)
    if m and (said := DOSE.match(after, m.end() - 1)) and (daily_limit(after, said) or _most_at_once(after, said)):
        return None  # "keep taking it, up to 3000 milligrams a day": a maximum, not a new dose
    return m


# "acetaminophen is fine, up to 650 milligrams at a time": the most per dose of a drug kept as it is
_AT_ONCE = re.compile(r"\s*(?:at a time|at once|per dose|each time|a dose)\b")


def _most_at_once(text: str, dose: re.Match) -> bool:
    """Whether a DOSE match is the most to take at once ("up to 650 milligrams at a time")."""
    return bool(
        _LIMIT_BEFORE.search(text[max(0, dose.start() - 25) : dose.start()]) and _AT_ONCE.match(text, dose.end())
    )


# A number right after a drug name with no unit: "Lasix 40", "metformin 1000", "Zoloft 50". Only where
# what follows reads as a dosing ("... in the morning", "twice a day", end of clause), never "atorvastatin
# 10 or 12 years", "metformin 200 is the highest my sugar has been", "30 left in the bottle".
_BARE = re.compile(
    # "the Flexeril at night, the 10", "keep the gabapentin at 300 three times a day"
    # "Diamicron MR, the 60", "Glucophage XR 500", "Adalat LA 30": the release form named between brand and strength
    r"^(?:\s+(?:mr|xr|xl|sr|er|cr|la|cd|dr|ec|retard)\b)?"
    r"\s*,?\s*(?:(?:yeah|yes|yep),?\s+)?"  # "The glipizide, yeah, the five, with breakfast."
    r"(?:(?:at night|in the morning|every day|daily|at bedtime),?\s+)?"
    # "ramipril for the pressure, that's the ten", "amlodipine for the pressure, ten, in the morning"
    r"(?:for (?:the|my|your|her|his) [a-z]+(?: [a-z]+)?(?:,?\s+(?=(?:(?:that's|it's|that is|it is) )?the\b)|"
    r",\s+(?=\d)))?"
    # "the hydrochlorothiazide, the fluid pill, 25", "the metoprolol, my heart tablet, the 50": what it is, said
    # between the name and its strength
    # ("the big one": the number reader writes that "one" as 1)
    r"(?:,\s*(?:the|my|your|her|his|that) (?:[a-z]+[ -]){0,2}(?:pill|tablet|one|1|medicine|med|capsule)s?,\s+)?"
    r"(?:(?:that's|it's|that is|it is|'s|is)\s+(?=the\b))?"
    r"(?:is it\s+)?"  # "the atorvastatin is it ten yeah ten": the patient checking their memory
    # "the aspirin the hospital gave me, the 150 one": who gave it, said between the name and its strength
    r"(?:,?\s*(?:that |which )?(?:the|my|your|her|his) (?:[a-z]+ ){0,3}[a-z]+ (?:gave|prescribed|started|put)"
    r" (?:me|her|him|you|us)(?: on)?,?\s+(?=the\b))?"
    r"(?:at\s+)?(?:the\s+|burst\s+|taper\s+|dose pack\s+)?(\d+(?:\.\d+)?)(?=\s*(?:$|[.;?!]|,(?!\s*\d)|"
    r",\s*\d+(?:\.\d+)?\s*(?:mg|milligrams?|mcg|micrograms?|units?)\b|"
    r",\s*\d\s+(?:tablets?|capsules?|pills?)\b|"
    # "the Glucophage, the 850, one with breakfast": the count of tablets and when (read by _COUNT_AFTER)
    # "the Glucophage, the 500, one morning, one evening", "pregabalin 75 one at night": the count, then when
    r",?\s*[1-4]\s+(?:with|in the|at|every|each|a day|daily|before|after|times|morning|night|evening)\b|"
    r"\s+(?:a day|daily|once|twice|three times|"
    r"four times|\d times|every|each|in the (?:morning|evening)|at (?:night|bedtime)|nightly|tablets?|pills?|"
    r"and (?!\d)|"
    r"then|but|sometimes|as needed|when|a couple|with (?:food|meals|dinner|supper|breakfast|lunch)|"
    # "metformin 500 with glimepiride 2": a second drug named right after (a drug's words end where the next
    # drug's name starts), a combination spelled out
    r"with [a-z]+(?:[ -][a-z]+)? \d|with\s+$|"
    r"for \d+ (?:days?|weeks?)|"
    r"i think|i believe|i guess|i'm pretty sure|(?:i|she|he) (?:take|takes|use|uses)\b|yeah|yes|one\b|"
    # "the 600 one, in the morning" (the number reader writes that "one" as 1); "so she's on sertraline 25 now?"
    r"1(?=\s*(?:[,.;?!]|$))|now\b|"
    # "Dolo 650 if body pain is there", "Glycomet 500 morning one and night one", "Telma 40 I am making ..."
    r"if\b|(?:morning|night|evening|(?:after|before) (?:food|meals?|breakfast|lunch|dinner|supper))\b|"
    r"(?:i|we) (?:am|'m)\b|"
    r"for (?:my|your|the|her|his|blood|pressure|bp|cholesterol|diabetes|thyroid|reflux|gout|mood|sleep|"
    r"sugars?|heart|pain)\b|mg\b)))"
)


# "the metformin, the thousand": a strength said as a bare "thousand", left as a word by the number reader
_THOUSAND = re.compile(r"\b(?:a |one )?thousand\b")
# "the Januvia, the hundred": a bare "hundred" the number reader leaves as a word (it reads "a hundred")
_HUNDRED = re.compile(r"(?<=\bthe )hundred\b")


# "the Flomax, the point four", "Flomax at bedtime, point four": a strength under one said without its zero
_POINT = re.compile(
    r"^(\s*,?\s*(?:(?:at night|in the morning|every day|daily|at bedtime|at night time),?\s+)?(?:the\s+)?)"
    # "point two five" comes as "point 2 5": its digits, one by one, up to a count ("point 5 2 times a day")
    r"point (\d+(?: \d(?!\d| ?(?:times|tablets?|pills?|capsules?|puffs?|x|a day|daily)\b))*)\b"
)
# the count of tablets said after a bare strength, with when they are taken: "Lasix 40, two in the morning"
_COUNT_AFTER = re.compile(
    r"\s*,?\s*([1-4])\s+(?:with|in the|at|every|each|a day|daily|before|after|morning|night|evening)\b"
)


# strengths under one that are said digit by digit ("point two five"); any other run of digits ends with the
# first, as the next digit is a count ("the Xanax point five one at bedtime" is one 0.5 mg tablet)
_SUB_ONE = frozenset({"25", "125", "375", "75", "625", "175", "15", "088", "112", "137", "05", "025"})


def _point_digits(said: str) -> str:
    """The digits of "point 2 5" that make one strength: all of them for a known strength, else the first."""
    joined = said.replace(" ", "")
    return joined if " " not in said or joined in _SUB_ONE else said.split()[0]


def bare_strength(generic: str, after: str) -> str | None:
    """The dose of a number said with no unit right after a drug, when it is a strength the drug comes in.

    Clinicians and patients say "Lasix 40" for 40 mg. Only drugs dosed by mass in the forms table, and
    only numbers within their plausible single dose, are read this way; anything else stays undosed.
    """
    from engine.clinical.drug_forms import FORMS

    # "the Flomax point four", "the Flomax, the point four": a strength under one said without its zero
    point = _POINT.match(after)
    after = _POINT.sub(lambda p: f"{p.group(1)}0.{_point_digits(p.group(2))}", after)
    after = _HUNDRED.sub("100", _THOUSAND.sub("1000", after))
    m = _BARE.match(after)
    forms = FORMS.get(generic)
    if forms is None or forms.mg is None or not (m or point):
        return None
    # "the Xanax the point five, Dr Hall gave it me": a strength said with "point" is a strength whatever
    # follows it (no count, year or reading is said that way right after a drug)
    n = float(f"0.{_point_digits(point.group(2))}") if point else float(m.group(1))
    lo, hi = forms.mg
    # "the 850, two with breakfast": two tablets of it at once
    count = int(c.group(1)) if m and not point and (c := _COUNT_AFTER.match(after, m.end())) else 1
    if lo <= n <= hi:
        return f"{n * count:g} mg"
    # a drug dosed in micrograms ("levothyroxine 88"): its whole-number strengths are micrograms
    return f"{n * count:g} mcg" if hi < 1 and lo <= n / 1000 <= hi else None
