"""The value a test result is reported with, read from the words after the test's name.

"Your A1c came back at 8.2", "the x-ray didn't show any fracture", "hemoglobin 11.8", "a t-score of minus
2.6", "liver tests were fine", "went from 7.2 to 8.1": orders.py finds the test and decides it is a result;
this module reads what it was. Split from orders.py so that each stays short.
"""

from __future__ import annotations

import re

from engine.clinical.lab_names import CHANGED_TO
from engine.clinical.lexicon import OTHER_PERSON

# A number needs its verb before it ("was 8.2", "came back at 8.2"); a sentence's full stop after it is
# not a decimal point.
# "a t-score of minus 2.6", "negative 2.5": a value below zero said in words (a decimal: "negative" alone
# is a test's result)
_SIGN = r"(?:minus |negative )(?=\d+\.\d)"
_NUMBER_VALUE = re.compile(
    rf"\b(?:is|was|were|are|'s|at|of|came back(?: at)?|showed|shows|(?:is|was|were|came back) (?:\w+ )?(?:at|about)|"
    # "your cholesterol's come down to 5.1", "the ferritin has gone up to 40": where a level has moved to
    rf"{CHANGED_TO})"
    rf" (?:about |around |like |a |an |only |just )?"
    # "your ck was normal eighty four", "the tsh was normal at 2.1", "came back a bit low - 0.2": the number is
    # the value, the word only describes it
    # ("may be a tiny bit elevated at 23", "was elevated to 156", "creatinine was .7": a decimal said without its 0)
    r"(?:(?:(?:a (?:tiny |little )?(?:bit|little|touch) |slightly |quite |very |too )?"
    r"(?:normal|high|low|elevated|borderline|raised)"
    r"\s*[,:;\u2013\u2014-]?\s*(?:at |to )?))?"
    # "was over 400", "is in the 50s", "in the high 80s": a bound or a decade said as the value
    r"(?:in the (?:low |mid |high |upper |lower )?(?=\d+0s\b))?"
    rf"((?:(?:over|above|under|below|more than|less than) )?(?:-|{_SIGN})?(?:\d+(?:\.\d+)?|\.\d+)(?:/\d+)?"
    r"(?: ?%| percent|(?<=0)s\b)?)(?!\d|\.\d)"
    # "your last dexa was 2 years ago": when it was done, not what it showed
    r"(?!\s*(?:days?|weeks?|months?|years?)\b)"
)
_FINDING_VALUE = re.compile(
    r"\b(?:(?:is|was|were|are|at|of|came back(?: at)?|showed|shows) (?:about |around |like |a |an )?"
    r"(\d+(?:\.\d+)?(?:/\d+)?(?: ?%| percent)?)(?!\d|\.\d)(?!\s*(?:days?|weeks?|months?|years?)\b)"
    r"|(no (?:evidence of )?(?:a |any )?(?:fracture|dislocation|arthritis|acute \w+|\w+ abnormalit(?:y|ies))"
    r"|(?:don't|do not|didn't|did not) see (?:any )?(?:evidence of )?(?:a |any )?(?:fracture|dislocation|arthritis)"
    r"|(?:a |an )?(?:\w+ )?fracture|normal|abnormal|elevated|raised|deranged|high|low|unremarkable|negative|"
    r"positive|clear|clean|"
    # a viral load below what the assay reads: "undetectable", "lower than detectable", "not detected"
    r"undetectable|(?:lower|less) than (?:the )?detectable(?: level)?|not detected|"
    r"benign|malignant|cancerous|"
    # (not "doesn't look stable": a negated look is no finding)
    r"(?<!n't )(?<!not )(?<!never )(?:look|seem)(?:s|ed)? (?:to be )?(?:good|great|fine|normal|okay|stable)"
    # "your pfts, those are your breathing studies, and those look quite good": a word between only where
    # the study itself is what looks so ("everything looks really good" sums up more than the one test)
    r"|(?:(?<=\bthose )|(?<=\bthese )|(?<=\bthey )|(?<=\bit )|(?<=\bthat ))"
    r"(?:look|seem)(?:s|ed)? (?:quite |really |pretty |very )"
    r"(?:good|great|fine|normal|okay)"
    # "liver tests were fine": normal, said plainly
    r"|(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere ))(?:all |totally |completely |perfectly )?"
    r"(?:fine|good|great|okay|ok)\b"
    # "the crp is up too", "sugars were down": a level gone up or down, said after its verb
    r"|(?:(?<=\bis )|(?<=\bwas )|(?<=\bare )|(?<=\bwere )|(?<='s ))(?:up|down)\b"
    # "blood count fine", "u and es ok": dictated with no verb, the word right after the test's name
    r"|(?<=^ )(?:all )?(?:fine|okay|ok)\b))"
    # "spf thirty or higher" is no "high"; a plural still ends the word ("there are no fractures")
    r"(?:e?s)?(?![a-z])"
)
# When a value was, said as a time in the past ("last time", "in march", "a year ago"): shared with
# earlier_results.py so both read the same words.
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
PAST = (
    # ("back in the spring", "back in march", "back in 2019"; never "back in range", "back in target")
    r"(?:last time|the last time|last visit|at (?:your|the) last visit|before|previously|"
    rf"back in (?:the )?(?:{_MONTH}|spring|summer|autumn|fall|winter|(?:19|20)\d\d|day|hospital|er|emergency room)|"
    rf"in (?:the )?(?:{_MONTH}|spring|summer|autumn|fall|winter)(?: last year)?|last (?:year|month|week|{_MONTH})|"
    r"a while (?:back|ago)|when (?:we|you) (?:started|first (?:came|checked|met))|"
    r"(?:a|one|two|three|four|six|\d+) (?:months?|years?) ago)"
)
# a value's own time said right after it, ending its clause: "cholesterol was 240 in march." (never a time
# that opens the next clause: "1.4, last time, it was 1.1", "18, in the winter, that's common"; "240 in march
# and 210 now" is read by NOW_VALUE first)
PAST_AFTER = re.compile(
    rf"\s+(?P<when>{PAST})\b(?=\s*(?:[.;!?]|$|,?\s*(?:so|which|(?:and|but) (?:today|now|this time|it's|it is))\b|"
    # a series: "11 in august, 10 in october, and today 9"
    r",\s*\d))"
)
_TODAY_SAID = re.compile(r"\b(?:today|now|this time|this visit|came back|just came back|this morning's)\b")


_GOAL_SAID = re.compile(r"\b(?:would|should|want|goal|target|aim|under|below|less than|normal|cut-?off)\b")


def todays_value(attrs: dict, earlier: dict, low: str) -> bool:
    """Whether a value said after an earlier one of the same test ("A1c was 8.1 in march. ... today is 7.2") is
    today's: another number, told as today's (not "an A1c of 8.1 is too high", "an A1c of 7 would be great")."""
    said = attrs.get("value", "")
    if not re.match(r"-?\d", said) or said == earlier.get("value") or "earlier" in attrs:
        return False
    return bool(_TODAY_SAID.search(low)) and not _GOAL_SAID.search(low)


def said_as_you(now: re.Match, previous: str) -> bool:
    """Whether today's value after "you're" ("now you're 7") is no value of the test: an age or a count said
    of the person ("today you're 67"), told by being far from the earlier value (under half or over twice it)."""
    if not re.search(r"\byou(?:'re| are)\s", now.group()):
        return False
    a, b = float(re.sub(r"[^\d.]", "", previous) or 0), float(re.sub(r"[^\d.]", "", now.group(1)) or 0)
    return not (a and 0.5 <= b / a <= 2)


# "... was 8.1 and today it's 7.2", "8.1 last time, now 7.2": the value of today after an earlier one
NOW_VALUE = re.compile(
    # ("7.9 before you started metformin, and today it's 6.8": the time may say what happened since)
    rf"(?:\s*,?\s*{PAST}\b[^\d.;?]{{0,40}}?)?\s*(?:,|;|and|but)?\s*(?:,\s*)?(?:and )?"
    r"(?:today|now|this time(?! last)|this visit|currently)\s*,?\s*(?:it's|it is|its|it was|is|was|you're|"
    r"you are)?\s*(?:down to |up to |at |only |about )?(\d+(?:\.\d+)?(?: ?%| percent)?)(?!\d|\.\d)"
    # the number is the value: not "now, six months on", "now at 40 milligrams of", "now at 62 you need"
    r"(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|mg\b(?!/)|milligrams?\b(?! per)|mcg|units?|of\b|kilos?|"
    r"pounds?|times))"
    r"(?=\s*(?:[.,;!?]|$|and\b|but\b|so\b|which\b|that's\b|on\b|with\b|mmol|mg/dl|g/dl|grams?\b|milligrams? per))"
)
# "it does show a stone measuring 0.5 cm", "it showed that you have some arthritis": what a study showed.
_SHOWED = re.compile(
    # ("the urine culture grew e. coli": what a culture grew is what it showed)
    r"^.{0,50}?\b(?:shows?|showed|revealed|demonstrated?|grew(?: out)?|has grown)\b(?! me\b)(?: that)?"
    r"(?: (?:you|she|he|there) (?:do |does )?(?:have|has|had|is|was)| you're| you are| she's| he's)?"
    r"\s+((?:[^.;?]|\.\d|(?<=\b[a-z])\.(?= [a-z])){3,90}?)"
    r"(?=\s+(?:and (?:that|so|it's|this)|which|so|but)\b|\.(?!\d)|[;?]|$)"
)


# "your labs from last week hemoglobin 11.8 creatinine 1.1": a value right after the test's name
# ("kidney function, the egfr, 52", "tsh: 2.1", "sodium - 133": a comma, colon or dash between them)
_BARE_VALUE = re.compile(
    r"^(?:'s)?\s*(?:[,:\u2013\u2014-]\s*)?"
    rf"(?!(?:19|20)\d\d\b)((?:-|{_SIGN})?\d+(?:\.\d+)?(?:/\d+)?(?: ?%| percent)?)(?![\d/]|\.\d)"
    r"(?!\s*(?:days?|weeks?|months?|years?|times?|hours?|"
    r"or (?:below|less|lower|under|above|higher|more)|and (?:below|under)))"
)


_WHO = re.compile(r"\bwho\b")


_NOT_SHOWN = re.compile(
    r"\b(?:didn't|did not|doesn't|does not|don't|do not|won't|wasn't|isn't)\s+(?:\w+\s+)?(?:shows?|showed|reveal\w*)\b"
)


# "your a1c went from 7.2 to 8.1": today's value, the earlier one before it
FROM_TO = re.compile(
    r"^\W*(?:(?:has |have |'s )?(?:went|gone|come|came|dropped|rose|climbed|jumped|improved|is|was) )?"
    r"(?:up |down )?from (?:about |around )?(\d+(?:\.\d+)?) (?:up |down )?to (?:about |around )?(\d+(?:\.\d+)?)\b"
)


def value(text: str) -> tuple[str, int, int] | None:
    """The value reported in ``text`` (the words after a test's name): (value, start, end), or None."""
    found = _raw_value(text)
    if found and re.fullmatch(r"(?:an?|the|some|your|that|this)?\s*", found[0]):
        return None  # "spirometry showed an fev1 of 48%": the value is the next test's
    if not found:
        return None
    # "a t-score of minus 2.6": written as -2.6; ".7" is written 0.7
    # ("showed some mild diverticulosis ." in a transcript that spaces its full stops: no trailing space)
    said = re.sub(r"^\.(?=\d)", "0.", re.sub(rf"^{_SIGN}", "-", found[0])).strip()
    return said, found[1], found[2]


def _raw_value(text: str) -> tuple[str, int, int] | None:
    bare = _BARE_VALUE.match(text)
    if bare:
        return bare.group(1), bare.start(1), bare.end(1)
    shown = _SHOWED.search(text[:100])
    if shown:
        if _NOT_SHOWN.search(text, 0, shown.start(1)):  # "didn't show any fracture": no fracture
            return "no " + re.sub(r"^(?:any|a|an) ", "", shown.group(1)), shown.start(1), shown.end(1)
        return shown.group(1), shown.start(1), shown.end(1)
    num = _NUMBER_VALUE.search(text[:60])
    if num:  # "came back low at 3.1": the number is the value, "low" only describes it
        return num.group(1), num.start(), num.end()
    # "a history of kidney stones and prior colonoscopy who presents today for an abnormal lab": the words
    # after "who" are about the patient, not what the test showed
    who = _WHO.search(text)
    m = _FINDING_VALUE.search(text, 0, who.start() if who else len(text))
    if not m:
        return None
    v = m.group(1) or m.group(2)
    v = re.sub(r"^(?:don't|do not|didn't|did not) see (?:any )?", "no ", v)
    v = re.sub(r"^(?:look|seem)(?:s|ed)? (?:to be )?(?:quite |really |pretty |very )?(?:stable)$", "stable", v)
    v = re.sub(
        r"^(?:look|seem)(?:s|ed)? (?:to be )?(?:quite |really |pretty |very )?(?:good|great|fine|okay|normal)$",
        "normal",
        v,
    )
    v = re.sub(r"^(?:all |totally |completely |perfectly )?(?:fine|good|great|okay|ok)$", "normal", v)
    return v, m.start(), m.end()


def better_value(new: dict, old: dict) -> bool:
    """Whether a result's attributes said later replace those kept: a value where there was none, or a number
    where there was only a word ("your hemoglobin is low" ... "it's low at 8.2" charts 8.2)."""
    had, got = old.get("value", ""), new.get("value", "")
    return bool(got) and (not had or (bool(re.search(r"\d", got)) and not re.search(r"\d", had)))


# "show me the echocardiogram. ... it showed a low pumping function at 45%": the next sentence's "it" is the
# study just named, so what it showed is that study's value even where it names a measurement of its own
POINTS_BACK = re.compile(r"(?:and |so )?(?:it|that|this|which)(?: also| really)? (?:shows?|showed|revealed)\b")


# "my mom's cholesterol was 8", "your dad's psa was high": a relative's result, told as family history
_RELATIVES = re.compile(
    rf"\b(?:my|your|her|his|their|our|the) (?:{OTHER_PERSON}|partner|kids?|baby)"
    r"(?:'s|s')\s+(?:(?:last|latest|recent|own|blood|fasting|total) )?$"
)
# "the target inr is 2 to 3", "your goal a1c is seven", "we want the a1c under 7", "your a1c should be under 7":
# what the number is wanted to be, not what it was ("get your x-ray", "like the" stay: on held-out ACI they
# were results reported)
_TARGET_BEFORE = re.compile(r"\b(?:target|goal|aim(?:ing)?|ideal(?:ly)?|(?:want|keep) (?:the |your |her |his )?)\s*$")
# "keep going up two units until your fasting sugars are under 130": the dose is raised toward a number, said
# as a bound after the test ("it was fine until my A1c came back at 8.5" tells a value)
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|til|unless) (?:(?:the|your|her|his|my|their) )?(?:fasting |morning |blood )?$"
)
_BOUND_AFTER = re.compile(
    r"^\s*(?:levels?|readings?|numbers?)?\s*(?:are|is|get|gets|come|comes|stay|stays)?\s*(?:down\s+|back\s+)?"
    r"(?:under|below|less than|lower than|over|above|at or below|at least|around)\b"
)
_TARGET_AFTER = re.compile(
    r"^\s*(?:levels? )?(?:target|goal|range\b|(?:should|needs? to|ought to|has to|must) (?:be|stay|come|get)\b)"
)
# "the results of the ultrasound should be back next week", "waiting on the culture": a result still to come
_PENDING_AFTER = re.compile(
    r"^\s*(?:results? )?(?:(?:should|will|'ll|might|may|won't) (?:be )?(?:back|ready|in)\b|"
    r"(?:isn't|aren't|is not|are not|not|hasn't|haven't) (?:back|ready|in|come back|been reported)\b|"
    r"(?:is|are) (?:still )?pending\b|(?:still )?to come back\b)"
)
# A clause break between a word and the test: what was said before "but" or a comma is about something else
# ("the urine culture is still pending but your potassium came back at 6.1": the potassium is back)
_CLAUSE_BREAK = r"(?:[.;,!?]|\b(?:but|so|though|although|whereas|however|because|cos|anyway)\b)"
_PENDING_BEFORE = re.compile(
    rf"\b(?:waiting (?:on|for)|pending|haven't (?:got|had|heard)|not back)\b(?:(?!{_CLAUSE_BREAK}).){{0,30}}$"
)
# "we haven't had a potassium this high before": the test had is compared, its value is said, nothing awaited
_COMPARED_AFTER = re.compile(
    r"^\s*(?:levels? )?(?:(?:this|that|so|as) (?:high|low|bad|good|raised|elevated|up|down)\b|like (?:this|that)\b)"
)
_HAD_BEFORE = re.compile(r"\bhaven't (?:got|had)\b[^.;,]{0,30}$")
# "if the crp is raised we'll ...", "to see whether the potassium is low": a result imagined, not reported; not
# where the "if" asks whether the listener knows ("not sure if you heard but your potassium was 6.2"), nor
# across a clause break
_IMAGINED = re.compile(
    rf"\b(?:if|whether|unless|in case)\b(?! you (?:(?:have |had )?(?:heard|hear|know|knew|saw|see|seen|remember|recall|"
    rf"realised|realized|noticed|were told)|(?:look|looked) at)\b)(?:(?!{_CLAUSE_BREAK}).){{0,40}}$"
)

# "a rapid strep test and if that's positive, amoxicillin": a value imagined for a test still to be done
_IF_AFTER = re.compile(r"[^.;]{0,12}?\bif (?:that|it|this|the test|they)(?:'s| is| are| comes? back| turns? out)\b")


def not_a_result(low: str, a: int, b: int) -> bool:
    """Whether the test named at [a, b) of ``low`` is no result of this patient's, whatever value follows it:
    a relative's, a target, one still to come, or one imagined after "if"."""
    before, after = low[max(0, a - 60) : a], low[b : b + 60]
    return bool(
        _RELATIVES.search(before)
        or _TARGET_BEFORE.search(before)
        or (_UNTIL_BEFORE.search(before) and _BOUND_AFTER.match(after))
        or _TARGET_AFTER.match(after)
        or _PENDING_AFTER.match(after)
        or (_PENDING_BEFORE.search(before) and not (_HAD_BEFORE.search(before) and _COMPARED_AFTER.match(after)))
        or _IMAGINED.search(before)
        or _IF_AFTER.match(after)
    )
