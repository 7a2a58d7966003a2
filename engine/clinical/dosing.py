"""How a medication is said: units, doses, frequencies, routes and the words that give its status.

Shared by the medication and allergy extractors (engine/clinical/extract.py, engine/clinical/allergies.py)
and by the verifier, which checks doses in drafted sentences with the same pattern.
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
DURATION = re.compile(r"\bfor (?:the next )?(\d+) (day|week|month)s?\b")
# "leave off the simvastatin", "you can bin the codeine", "let's drop the amlodipine": a stop said with
# an everyday verb, only right before the drug ("drop the dose of lisinopril to 10" is a change, and so is
# "drop the lisinopril to 10": status_before reads the words after the drug for that)
_EVERYDAY_STOP = (
    r"\b(?:leave|leaving) (?:off|out)(?: the| your| her| his)?\s*$|"
    r"\b(?:drop|dropping|bin|binning|ditch|ditching|cut out|cutting out|give up|giving up|knock off) "
    r"(?:the|your|her|his)\s*$"
)
# the words after a drug that make an everyday stop verb a lowering: "drop the lisinopril to 10 milligrams",
# "... down to 5", "... by half", "... to one a day" (a bare strength, "drop the amlodipine 5 mg", still names
# what is stopped)
_LOWERED_AFTER = re.compile(
    r"^\W*(?:(?:\d+(?:\.\d+)?\s*(?:mg|milligrams?|mcg|micrograms?)?\s+)?(?:down|back)\b|"
    r"(?:(?:\d+(?:\.\d+)?\s*\w*|right|a bit|a little)\s+)?(?:to|by)\s+(?:\d|one|two|three|four|five|half|a\b|an\b))"
)
STATUS_CUES: list[tuple[str, str]] = [
    (
        r"\b(?:continue|continuing|stay on|keep taking|keep using|keep you on|remain on|refill|refills|renew|"
        # "keep going with the Ventolin", "carry on with the inhaler", "stick with the metformin"
        r"(?:keep|kept|keeps|carry|carried|carries) (?:going |on )(?:with|on)|carry on (?:taking|using)|"
        r"stick(?:ing)? with|go(?:ing)? on with|"
        r"(?:don't|do not|never) stop|"
        # "don't give up the metformin", "don't leave off the atorvastatin": an everyday stop refused is kept
        r"(?:don't|do not|never) (?:leave off|leave out|drop|bin|ditch|cut out|give up|knock off)|"
        r"(?:had|have|'ve) (?:put|started) (?:you|her|him) on|(?:put|started|had|has|have) me on)\b",
        "active",
    ),
    (
        r"\bkeep (?:the|your|her|his|him on|her on|you on)\b",
        "active",
    ),
    (
        # "stopped taking" must beat the "taking" inside it (status_before keeps the first class on a tie)
        r"\b(?:(?:stop|stopped|stopping|quit|quitting|discontinued|no longer) (?:taking|using|on)|"
        r"stop|stopping|stopped|discontinue|discontinued|quit|come off|came off|hold off on|no longer|instead of|"
        r"never refilled|didn't refill|did not refill|stopped refilling|"
        r"(?:hold|holding) (?:the|your|her|his|off)\b(?! breath)|"
        r"(?:took|take|taking|taken|get|getting|got) (?:me|you|her|him) off(?: of)?|"
        r"switch(?:ing)? (?:you |her |him )?(?:over )?from|chang(?:e|ing) (?:you |her |him )?from|"
        # "no more two in the morning, just one": fewer tablets, a change (below), not a stop
        r"no more(?!\s+(?:\d|one|two|three|four)\b)|"
        # "I want you off the Advil", "stay off the ibuprofen", "I used to take simvastatin"
        r"(?:want|need|like|get) (?:you|her|him) (?:completely )?off(?: of)?|stay(?:ing)? off(?: of)?|lay off|"
        r"used to (?:take|use|be on(?! (?:my|the|your|her|his|a) (?:chart|list|record|file))))\b",
        "stopped",
    ),
    (_EVERYDAY_STOP, "stopped"),
    (
        r"\b(?:increase|increasing|decrease|decreasing|double|halve|change|changing|switch|adjust|bump (?:you|it) up|"
        r"(?:go|going|went|come|coming) (?:up|down) on|"
        r"no more (?:\d|one|two|three|four)\b|"
        r"higher dose|lower dose|cut back|cut down|reduce|reducing|lower|lowering|raise|raising|titrate|"
        # "step it down to 20", "taper the diazepam": a verb "taper" (not "a prednisone taper", a start)
        r"step(?:ping|ped)? (?:it |that |them |you |her |him |the \w+ |your \w+ )?(?:up|down)|"
        r"taper(?:ing)? (?:it|that|them|you|her|him|the|your|down|slowly)|wean(?:ing)? (?:it|that|you|her|him) down|"
        r"bump(?:ing)? up|up the dose|(?:gonna|gon na|going to|we'll|let's) go up|"
        # "we can come down to 20 on your omeprazole", "bring you down to 25 of the metoprolol"
        r"(?:go|going|come|coming|bring|bringing|drop|dropping) (?:you |it |that )?(?:up|down) to(?= \d))\b",
        "changed",
    ),
    (
        # "start taking" before "start": the longer cue must end where "taking" (active) ends, to win the tie
        # "so the plan is prednisone fifteen milligrams": a drug named as the plan is begun today
        r"\b(?:start(?:ing)? (?:taking|using)|begin taking|start|starting|begin|prescribe|prescribing|i'll give|"
        r"the plan is|"
        r"i will give|(?:going to|gonna|gon na) give|(?:will|'ll) give (?:you|her|him)\b|"
        # "I'm putting you on lisinopril", "I'll pop you on some omeprazole", "let's put her onto amoxicillin"
        r"(?:put|putting|pop|popping) (?:you|her|him) (?:on|onto)|instead|add|adding|new prescription|you can use|"
        r"you can take|"
        # "here's a script for naproxen", "I've done you a prescription for ...", "we'll get you some sertraline"
        r"(?:here's |here is |done (?:you )?|written (?:you )?|sent (?:off |in )?)(?:a |the |your )?(?:new )?"
        r"(?:script|prescription|rx) for|get (?:you|her|him) (?:some|a course of)|"
        # "I want you to chew two baby aspirin", "I need her to rub it in": how it is taken is the instruction
        r"(?:i'd|i would|i) (?:like|want|need) (?:you|her|him) to (?:\w+ )?(?:take|use|try|chew|swallow|put|"
        r"apply|rub|spray|inhale|insert|dissolve|suck)|try|dispense|send in|"
        # "I'm giving you ondansetron", "we'll also give him cephalexin", "I'd like to give you a shot of":
        # a giving said by whoever prescribes (the patient's "gave me" is a past course, not matched here)
        r"(?:i'm|i am|we're|we are|i'll|we'll|i will|we will|i'd|we'd|i can|we can|let me|let's|"
        r"(?:like|want|going|gonna|need) to) (?:also |just |now |then )?giv(?:e|ing)|"
        # "for the infection we'll do amoxicillin", "I'd go with doxycycline": the choice of a drug
        # ("I want to do a blood test" is left out: the tests a clinician does are orders)
        r"(?:i'd|i would|we'll|we will|let's|i'll|i will) (?:also |just )?(?:do|go with)|"
        r"(?:going to|gonna|gon na) (?:put you on|prescribe|start|use)|(?:i'll|we'll|let's) use|recommend|"
        # "I'd suggest oestrogen gel": the clinician's choice ("my sister suggested it" is not matched)
        r"(?:i'd|i would|i) suggest|suggesting|recommending|alternate with|"
        r"restart|restarting|resume|resuming|(?:go|get|put (?:you|her|him)|going|getting) back on|"
        r"switch(?:ing)? (?:you |her |him )?(?:over )?to|call(?:ing)? in|call (?:it|that|them) in|"
        # "I'll swap it for a similar drug, candesartan": the drug put in its place
        r"swap(?:ping)? (?:it |that |them |you |her |him )?(?:over )?(?:for|to|onto)|"
        # "I want you on losartan", "we'll get you going on metformin", "I'll write you for prednisone"
        r"(?:want|like|need) (?:you|her|him) (?:to be )?on|get (?:you|her|him) (?:going |started )?on|"
        r"write (?:you |her |him )?(?:up )?(?:a (?:prescription|script) )?for|(?:what )?(?:i'd|i would) like is|"
        r"have (?:you|her|him) (?:take|use|start|try)|order(?:ing)? (?:you|her|him)|"
        r"send(?:ing)? (?:in |over )?(?:a |the )?(?:prescription|script))\b",
        "started",
    ),
    (
        # "I started lisinopril in my 40s": what the patient began on their own or long ago, they take
        r"\b(?:(?:i|she|he) started|taking|takes|take|took|tried|i'm on|i am on|she's on|she is on|"
        r"he's on|he is on|using|uses|use|have|has|"
        r"been on|"
        r"ran out of|run out of|running out of)\b",
        "active",
    ),
]


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


# "no change there", "don't stop the aspirin", "don't restart it": a negated verb of change says nothing new
# "no, she stopped the singulair": a "no" that answers, then a subject of its own, negates nothing
_NEGATED = re.compile(
    r"\b(?:no|not|don't|do not|won't|will not|never|shouldn't|should not)\s+"
    # "don't want you to stop"
    r"(?:(?:want|need|like|have)\s+(?:you\s+|her\s+|him\s+)?to\s+|(?!(?:i|she|he|we|they)\s)\w+\s+)?$"
)


def _cues(text: str):
    """(match, status) for every status cue in ``text``, leaving out negated changes, stops and starts."""
    for pattern, status in STATUS_CUES:
        for m in re.finditer(pattern, text):
            if status != "active" and _NEGATED.search(text[max(0, m.start() - 24) : m.start()]):
                if status == "stopped":
                    yield m, "active"  # "do not stop the metformin": it goes on
                continue
            yield m, status


def status_cue(text: str) -> str | None:
    """The status the first matching cue class gives (continue, stop, change, start, taking)."""
    return next((status for _, status in _cues(text)), None)


# a verb whose object is a pronoun said before the drug acts on what the pronoun means
_HAS_ITS_OBJECT = re.compile(
    r"\s+(?:it|that|them|those|this)(?:\s+(?:completely|altogether|entirely|now|today|right away|for now|please))?"
    r"(?:\s*[,.;]|\s+(?:and|because|since|so|it|it's|as|but|until|for|or)\b)"
)


_RELATIVE_TAKING = re.compile(
    r"\b(?:that|which|what)\s+(?:you're|you are|you've been|she's|he's|they're|she is|he is|you)\s+$"
)


def status_before(text: str, after: str = "") -> str | None:
    """The status cue nearest before a drug: "stop the lisinopril and start losartan" starts losartan.
    ``after`` (the drug's own words after it) makes an everyday stop a change: "drop the lisinopril to 10"."""
    best: tuple[int, str] | None = None
    for m, status in _cues(text):
        if m.re.pattern == _EVERYDAY_STOP and _LOWERED_AFTER.match(after):
            status = "changed"  # "let's drop the lisinopril to 10 milligrams": lowered, not stopped
        if _HAS_ITS_OBJECT.match(text, m.end()):
            continue  # "the advil, stop that completely, it raises the risk with the eliquis": not the eliquis
        if status == "active" and best and _RELATIVE_TAKING.search(text, 0, m.start()):
            continue  # "stop any of the anti-inflammatories that you're taking, the motrin": the stop's object
        if best is None or m.end() > best[0]:
            best = (m.end(), status)
    return best[1] if best else None


# "bump your lisinopril up to 40", "take the Synthroid down to 75", "from 20 to 40": a new dose said
# right after the drug is a change even when the verb before it ("take", "keep") sounds like taking.
# "the lisinopril is a little too much so let's go down to 10 milligrams": a verb of change further on.
_CHANGED_AFTER = re.compile(
    # ("400 milligrams, up to 3 times a day": how often at most, not a new dose)
    r"^\W*(?:\w+\W+){0,3}?(?:up|down|back)\s+to\s+\d(?![\d.]*\s*(?:times|x)\b)|^\W*from\s+\d+(?:\.\d+)?\s*\w*\s+to\s+\d|"
    r"^[^.;?]{0,60}?\b(?:go|come|cut|bump|bring|take|drop|move|step|increase|decrease|lower|raise|reduce)\w*\s+"
    r"(?:it\s+|that\s+|you\s+)?(?:up|down|back)?\s*to\s+\d"
)


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
    r"\s*,?\s*(?:(?:at night|in the morning|every day|daily|at bedtime),?\s+)?"
    # "ramipril for the pressure, that's the ten", "amlodipine for the pressure, ten, in the morning"
    r"(?:for (?:the|my|your|her|his) [a-z]+(?: [a-z]+)?(?:,?\s+(?=(?:(?:that's|it's|that is|it is) )?the\b)|"
    r",\s+(?=\d)))?"
    # "the hydrochlorothiazide, the fluid pill, 25", "the metoprolol, my heart tablet, the 50": what it is, said
    # between the name and its strength
    r"(?:,\s*(?:the|my|your|her|his|that) (?:[a-z]+[ -]){0,2}(?:pill|tablet|one|medicine|med|capsule)s?,\s+)?"
    r"(?:(?:that's|it's|that is|it is|'s|is)\s+(?=the\b))?"
    r"(?:is it\s+)?"  # "the atorvastatin is it ten yeah ten": the patient checking their memory
    r"(?:at\s+)?(?:the\s+|burst\s+|taper\s+|dose pack\s+)?(\d+(?:\.\d+)?)(?=\s*(?:$|[.;?!]|,(?!\s*\d)|"
    r",\s*\d+(?:\.\d+)?\s*(?:mg|milligrams?|mcg|micrograms?|units?)\b|"
    r",\s*\d\s+(?:tablets?|capsules?|pills?)\b|"
    # "the Glucophage, the 850, one with breakfast": the count of tablets and when (read by _COUNT_AFTER)
    r",\s*[1-4]\s+(?:with|in the|at|every|each|a day|before|after|times)\b|\s+(?:a day|daily|once|twice|three times|"
    r"four times|\d times|every|each|in the (?:morning|evening)|at (?:night|bedtime)|nightly|tablets?|pills?|"
    r"and (?!\d)|"
    r"then|but|sometimes|as needed|when|a couple|with (?:food|meals|dinner|supper|breakfast|lunch)|"
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
    r"point (\d+)\b"
)
# the count of tablets said after a bare strength, with when they are taken: "Lasix 40, two in the morning"
_COUNT_AFTER = re.compile(r"\s*,\s*([1-4])\s+(?:with|in the|at|every|each|a day|before|after)\b")


def bare_strength(generic: str, after: str) -> str | None:
    """The dose of a number said with no unit right after a drug, when it is a strength the drug comes in.

    Clinicians and patients say "Lasix 40" for 40 mg. Only drugs dosed by mass in the forms table, and
    only numbers within their plausible single dose, are read this way; anything else stays undosed.
    """
    from engine.clinical.drug_forms import FORMS

    # "the Flomax point four", "the Flomax, the point four": a strength under one said without its zero
    point = _POINT.match(after)
    after = _HUNDRED.sub("100", _THOUSAND.sub("1000", _POINT.sub(r"\g<1>0.\2", after)))
    m = _BARE.match(after)
    forms = FORMS.get(generic)
    if forms is None or forms.mg is None or not (m or point):
        return None
    # "the Xanax the point five, Dr Hall gave it me": a strength said with "point" is a strength whatever
    # follows it (no count, year or reading is said that way right after a drug)
    n = float(f"0.{point.group(2)}") if point else float(m.group(1))
    lo, hi = forms.mg
    # "the 850, two with breakfast": two tablets of it at once
    count = int(c.group(1)) if m and not point and (c := _COUNT_AFTER.match(after, m.end())) else 1
    if lo <= n <= hi:
        return f"{n * count:g} mg"
    # a drug dosed in micrograms ("levothyroxine 88"): its whole-number strengths are micrograms
    return f"{n * count:g} mcg" if hi < 1 and lo <= n / 1000 <= hi else None
