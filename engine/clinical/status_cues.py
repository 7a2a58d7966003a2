"""The words that give a medication its status: continue, stop, change, start, or taking.

The cue classes, read around a drug by the medication extractor and around an allergen by allergies.py;
moved out of dosing.py, which reads how a drug is dosed.
"""

from __future__ import annotations

import re

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
        r"stop|stopping|stopped|discontinue|discontinued|quit|come off|came off|hold off on|no longer|"
        # (not a time put in another's place: "take it before lunch instead of first thing" is a new schedule)
        r"instead of(?! (?:first thing|in the (?:morning|evening|afternoon)|at (?:night|bedtime|breakfast|lunch|dinner|"
        r"supper)|before (?:bed|meals|breakfast|lunch|dinner|supper)|after (?:meals|breakfast|lunch|dinner|supper)|"
        r"with (?:food|meals|breakfast|dinner|supper)|the morning|bedtime|breakfast|lunch|dinner|supper|night|"
        r"morning|evening)\b(?![\w-])(?:\s+\w+){0,2}\s*(?:[.,;!?]|$))|rather than(?= (?:the |your |his |her )?$)|"
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
        # "you can give him Calpol, 5 ml", not "you can take your metformin with food" (theirs already)
        r"you can (?:take|give)(?! (?:your|his|their|the same|usual)\b)"
        r"(?! (?:him|her|them) (?:your|his|her|their|usual)\b)|"
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
        r"send(?:ing)? (?:in |over )?(?:a |the )?(?:prescription|script)|"
        # "I'll pop a prescription through for naproxen", "sending your pharmacy a prescription for",
        # "let's trial omeprazole", "we'll commence you on", "I'll put in for some metformin", "the new one is"
        r"(?:pop|popping|put|putting|send|sending|sent|get|getting) (?:you |your pharmacy |the pharmacy )?"
        r"(?:a |the )?(?:new )?(?:prescription|script) (?:through |over |in )?for|"
        r"(?:let's|we'll|we will|i'll|i will|i want to|going to|gonna) trial|"
        r"(?:let's|we'll|we will|i'll|i will|i'm going to|going to|gonna) commence|"
        r"put in for|the new one is|(?:you'd|you would|you might) benefit from)\b",
        "started",
    ),
    (
        # "i've done some ibuprofen", "I did Tylenol and it helped": "do" as the verb of taking, right before
        # the drug ("i've done some research on metformin" is left out: the drug must follow at once)
        r"\b(?:i've|i have|i|we've|we|she's|she has|she|he's|he has|he) (?:done|did|been doing) "
        r"(?:some |a little |a bit of |a few |the |my |her |his )?$",
        "active",
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


_HAD_ALREADY = re.compile(r"[^.;]{0,40}?\b(?:already|usual|(?:he|she|they|you) (?:has|have|had|takes?|uses?))\b")


_COMPARED_WITH = re.compile(r"(?<!rather )\bthan\s+(?:the\s+|your\s+|her\s+|his\s+|plain\s+)?$")


def status_before(text: str, after: str = "") -> str | None:
    """The status cue nearest before a drug: "stop the lisinopril and start losartan" starts losartan.
    ``after`` (the drug's own words after it) makes an everyday stop a change: "drop the lisinopril to 10"."""
    if _COMPARED_WITH.search(text):
        return None  # "a stronger cream than the hydrocortisone": the drug measured against, not the one given
    best: tuple[int, str] | None = None
    for m, status in _cues(text):
        if m.re.pattern == _EVERYDAY_STOP and _LOWERED_AFTER.match(after):
            status = "changed"  # "let's drop the lisinopril to 10 milligrams": lowered, not stopped
        if m.group().startswith("you can") and _HAD_ALREADY.match(after):
            continue  # "you can give him the colchicine he already has": his own, not a start
        if _HAS_ITS_OBJECT.match(text, m.end()):
            continue  # "the advil, stop that completely, it raises the risk with the eliquis": not the eliquis
        if status == "active" and best and _RELATIVE_TAKING.search(text, 0, m.start()):
            continue  # "stop any of the anti-inflammatories that you're taking, the motrin": the stop's object
        if best is None or m.end() > best[0]:
            best = (m.end(), status)
    return best[1] if best else None
