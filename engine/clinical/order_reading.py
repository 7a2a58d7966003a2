"""What an order said in passing is of: the test named by what it checks, the tests "those" point back to,
and the words that only say why a panel is ordered.

"A blood test on Friday to check your kidneys are okay" orders the kidney function, not just "labs";
"your kidney function was normal and your potassium was 4.6 ... I'd like to repeat those" orders both
again; "a lipid panel and a BMP to recheck the cholesterol and check your potassium" orders two panels,
not four tests. Split from orders.py (already long), which decides what is ordered and calls these.
"""

from __future__ import annotations

import re

from engine.clinical.sentences import Sentence

# What a panel measures: a part named after the panel is why it is ordered, and its value is the panel's own.
PANEL_PARTS = {
    "lipid panel": {"cholesterol", "ldl", "hdl", "triglycerides"},
    "lipid profile": {"cholesterol", "ldl", "hdl", "triglycerides"},
    "basic metabolic panel": {"potassium", "sodium", "creatinine", "glucose", "egfr", "kidney function", "bun"},
    "comprehensive metabolic panel": {
        "potassium",
        "sodium",
        "creatinine",
        "glucose",
        "egfr",
        "kidney function",
        "liver function tests",
        "alt",
        "ast",
        "bun",
        "alkaline phosphatase",
        "bilirubin",
        "albumin",
    },
    "complete blood count": {"hemoglobin", "platelets", "white blood cell count"},
    "full blood count": {"hemoglobin", "platelets", "white blood cell count"},
    "liver function tests": {
        "alt",
        "ast",
        "alkaline phosphatase",
        "bilirubin",
        "albumin",
        "gamma-glutamyl transferase",
    },
    "iron studies": {"ferritin"},
}
# "to recheck the cholesterol", "to make sure your kidneys and potassium are okay": why it is ordered
# ("a basic metabolic panel for his kidneys and potassium": what the panel is for, said with "for")
_WHY = re.compile(
    r"\bto (?:re-?)?(?:check|see|look at|monitor|make sure|keep an eye on|follow)\b|\bfor (?:your|his|her|the|their)\b"
)


def part_of_ordered(low: str, a: int, name: str, ordered: list[tuple[int, str]]) -> bool:
    """Whether the test at ``a`` is only a part of a panel ordered earlier in the sentence, named as the
    reason for it ("a lipid panel in eight weeks to recheck the cholesterol")."""
    return any(
        name in PANEL_PARTS.get(panel, ()) and (_WHY.search(low, end, a) or _GLOSS.fullmatch(low, end, a))
        for end, panel in ordered
        if end <= a
    )


# "a basic metabolic panel in about a week, kidneys and potassium": the parts said after the panel as what it
# covers, with no test word or article of their own
_GLOSS = re.compile(r"[^.;?]{0,40},\s*(?:(?:your|the|its|for|kidneys?|liver|and|,)\s*)*")


# "a blood test to check your kidneys", "bloods for your thyroid": the test named by the organ it checks
_CHECKS = re.compile(
    r"^[^.;?]{0,40}?\b(?:to (?:check|see|look at|test|make sure)|for|of|on) (?:how )?(?:that )?(?:your|the|her|his) "
    r"(kidneys?|liver|thyroid|blood count|iron|cholesterol)\b"
)
_BY_ORGAN = {
    "kidney": "kidney function",
    "kidneys": "kidney function",
    "liver": "liver function tests",
    "thyroid": "thyroid function tests",
    "blood count": "complete blood count",
    "iron": "iron studies",
    "cholesterol": "lipid panel",
}


_AND_ORGAN = re.compile(
    r"\s*,?\s*(?:and|or) (?:your |the |her |his )?(kidneys?|liver|thyroid|blood count|iron|cholesterol)\b"
)


def checked_by(after: str) -> list[tuple[str, int, int]]:
    """The tests a plain blood test is, from the organs the words after it say it checks ("bloods to check your
    kidneys and liver"): (name, start, end) of each."""
    m = _CHECKS.match(after)
    if not m:
        return []
    out = [(_BY_ORGAN[m.group(1)], m.start(1), m.end(1))]
    while more := _AND_ORGAN.match(after, m.end()):
        out.append((_BY_ORGAN[more.group(1)], more.start(1), more.end(1)))
        m = more
    return out


# "I'd like to repeat those", "we'll recheck them both in two weeks": the tests just reported
_AGAIN = re.compile(
    r"\b(?:repeat|recheck|re-check|redo|check)(?:ing)? (?:those|them|these|both(?: of those| of them)?)"
    r"(?: (?:both|two|tests?|bloods?|again))?\b"
    # the pointing word ends the phrase ("check those feet" is the exam): then a time, a stop or the plan goes on
    r"(?=\s*(?:[.,;!]|$|(?:in|again|after|before|when|at|today|for|and|so|then|once|next|on|\d+)\b))"
)


# "we'll repeat another one this year", "let's recheck it in June", "I'll order one more": one test, the first
# reported just before (the panel, not the analytes read from it)
_AGAIN_ONE = re.compile(
    r"\b(?:(?:repeat|recheck|re-check|redo)(?:ing)? (?:another(?: one)?|one more|that one|it|that)|"
    r"(?:do|get|order|run|check)(?:ing)? (?:another one|one more|it again|that again|a repeat(?: one)?))\b"
    r"(?=\s*(?:[.,;!]|$|(?:in|again|after|before|when|at|today|for|and|so|then|once|next|on|this|\d+)\b))"
)


def repeated(s: Sentence, earlier: list[tuple[int, list[str]]]) -> tuple[list[str], int, int] | None:
    """The tests a sentence orders again by pointing back at them ("repeat those", "repeat another one"): the
    results reported in the sentence before by the same speaker, with where the words that point back are."""
    m = _AGAIN.search(s.low)
    one = None if m else _AGAIN_ONE.search(s.low)
    if not (m or one) or s.question_at((m or one).start()):
        return None
    names = next((names for index, names in earlier if index == s.index - 1 and names), None)
    if not names:
        return None
    m = m or one
    return (names if one is None else names[:1], m.start(), m.end())


# "I'm going to freeze those four spots with liquid nitrogen": cryotherapy said as what is done
_FREEZE = re.compile(
    r"\b(?:freeze|freezing) (?:off )?(?:it|them|that|this|those|these|the|your)\b(?: [a-z0-9]+){0,3}?"
    r"(?: (?:spots?|lesions?|warts?|keratoses|growths?|ones?))?(?: off)?\b|\bliquid nitrogen\b"
)


def freezing(low: str) -> re.Match | None:
    """Where a sentence says a lesion is frozen (cryotherapy), if it does."""
    return _FREEZE.search(low)


# "can you do a urine sample for me?", "could you pop a stool sample in?": asked for, though a question
_REQUEST = re.compile(
    r"\b(?:can|could|would) you (?:(?:please|just|also) )?(?:do|give|bring|leave|drop off|pop|get|book|go for|"
    r"go and get|have)(?: in| back| off| round)?(?: us| me)?(?: in| back| off)? (?:an? |the |some )?$"
)


def asked_for(low: str, a: int) -> bool:
    """Whether a question asks the patient to do the test named at ``a`` (a request, not a question about it)."""
    return bool(_REQUEST.search(low, max(0, a - 60), a))


# "recheck her sodium in one week, with a basic metabolic panel": the panel is the order, the sodium its part
_WITH_PANEL = re.compile(r"^[^.;?]{0,30}?\b(?:with|by|on|in|as part of) (?:a |an |the |your )?(?:repeat )?$")


def checked_with_panel(low: str, b: int, name: str, later: list[tuple[int, int, str]]) -> bool:
    """Whether the test ending at ``b`` is said to be checked with a panel named next that measures it."""
    return bool(later) and name in PANEL_PARTS.get(later[0][2], ()) and bool(_WITH_PANEL.match(low[b : later[0][0]]))


# what may stand around the tests of a sentence that is only a list of them: "A full blood count.",
# "And an ECG.", "Also a urine culture, plus the ferritin."
_FRAGMENT_GAP = re.compile(r"[\s,.;:!-]*(?:(?:and|also|plus|then|or|an?|the|some|your|as well)\b[\s,.;:!-]*)*")


def only_tests(low: str, tests: list[tuple[int, int, str]]) -> bool:
    """Whether a sentence says nothing but the tests it names: a fragment that goes on the list of tests
    ordered in the sentence before ("So today: a chest x-ray and a sputum culture." "A full blood count.")."""
    if not tests:
        return False
    edges = [0] + [x for a, b, _ in tests for x in (a, b)] + [len(low)]
    return all(_FRAGMENT_GAP.fullmatch(low[edges[j] : edges[j + 1]]) for j in range(0, len(edges), 2))


# "a basic metabolic panel for his kidneys and potassium on the higher dose, and a bnp": after what one test is
# for, ", and a" takes the list up again (not a test reported: "..., and the ferritin was low")
_ONE_MORE = re.compile(
    r"[^.;?]{0,60}(?:,\s*(?:and|plus)(?: also)?\s+(?:an?|the|some)\s+|"
    # a word that adds to a list, with or without its comma: "a full blood count and liver function plus
    # calcium and magnesium", "iron studies with a ferritin", "kidney function as well as a magnesium"
    r"[\s,]+(?:and )?(?:plus|as well as|along with|together with|and also|with an?|with (?:the|your|some))"
    r"\s+(?:(?:an?|the|your|some)\s+)?|"
    # after what the last test is for, a plain "and a" with no comma, as a list is said aloud: "a metabolic
    # panel for your sodium and kidneys and a vitamin d level" ("and the" may start a result: not taken)
    r"\s+and\s+(?:an?|some)\s+)"
)
_REPORTED = re.compile(r"\s*(?:was|were|is|are|came|showed|shows|looked|looks)\b")
# a generic blood test, its timing, then the tests it is: "blood test again in three months, the a1c and the
# kidney function", "bloods in six weeks: potassium and sodium", "repeat labs next week - that's the tsh"
_NUM = r"(?:an?|one|two|three|four|five|six|eight|ten|twelve|a few|a couple of|\d+)"
_TIMED_APPOSITION = re.compile(
    rf"(?:\s*(?:again|today|next week|this week|before you (?:go|leave)|(?:in|within|after) {_NUM} "
    r"(?:days?|weeks?|months?|years?)(?:'? time)?|(?:in )?a (?:week|month|fortnight)(?:'s time)?))*"
    # what the blood test is for, before the colon that lists it: "some bloods to rule out physical causes:
    # thyroid, full blood count, vitamin d and b12"
    r"(?:\s*(?:to (?:rule out|exclude|look for|screen for|check for)|for)\b[^.;:?,]{0,40}(?=:))?"
    r"(?:\s*[,:-]+\s*(?:(?:that's|that is|i\.e\.|namely|so|just|checking)\s+)?|"
    # a colon's list may open with a word no table knows ("bloods: thyroid, full blood count"): the list goes on
    r"\s*:\s*(?:[a-z0-9-]+(?: [a-z0-9-]+)?,\s*)?)(?:(?:an?|the|your|some)\s+)?"
)


def one_more(low: str, prev_end: int, a: int, b: int, prev: str = "") -> bool:
    """Whether the test at [a, b) is added with ", and a" ("plus", "as well as", "with a") to the list ordered
    before it in the sentence, or names what the generic blood test ``prev`` said with its timing is."""
    timed = prev == "labs" and bool(_TIMED_APPOSITION.fullmatch(low, prev_end, a))
    return (timed or bool(_ONE_MORE.fullmatch(low, prev_end, a))) and not _REPORTED.match(low, b)


# A lay name glossed at once by the test's own name: "a urine test for protein, the acr, and a cholesterol check".
_EXACTER = {
    "urine protein": {"urine albumin to creatinine ratio", "urine protein creatinine ratio"},
    "kidney function": {"egfr", "creatinine", "basic metabolic panel"},
    # "a urine test for the kidneys the microalbumin": the urine sample is the albumin test, not a urinalysis
    "urinalysis": {"microalbumin", "urine albumin to creatinine ratio", "urine protein creatinine ratio"},
}
# (what the lay test is for may come between: "a urine test for the kidneys, the microalbumin"; a transcript
# without punctuation drops the comma)
_GLOSSED = re.compile(
    r"(?: tests?)?(?: for (?:the|your|her|his) \w+)?,?\s*(?:the|your|her|his|i\.e\.|that's the|that is the)\s+"
)
# ("kidney function, serum creatinine, along with the x-ray": a gloss by the lab's own name needs no article)
_BARE_GLOSS = re.compile(r"(?: tests?)?,\s*")


def glossed(low: str, b: int, name: str, later: list[tuple[int, int, str]]) -> bool:
    """Whether the lay test name ending at ``b`` is glossed by the next test's own name, the one to chart."""
    if not later or later[0][2] not in _EXACTER.get(name, ()):
        return False
    serum = low.startswith(("serum ", "plasma "), later[0][0]) and _BARE_GLOSS.fullmatch(low, b, later[0][0])
    return bool(serum or _GLOSSED.fullmatch(low, b, later[0][0]))


# "labs: sodium 138, potassium 4.1", "bloods: hb 11.2": a heading over values reports them, asks for nothing
_UNDER_HEADING = re.compile(r"\s*:(?:[^.;?]|(?<=\d)\.(?=\d))*$")
# (or said in words: "blood tests: kidney function normal, liver tests fine")
_VALUE_FIRST = re.compile(
    r"\s*(?:of |at |is |was |were |are |'s |:|,)?\s*(?:\d|(?:(?:all |completely |totally )?(?:normal|fine|ok|okay|"
    r"good|high|low|raised|elevated|negative|positive|unremarkable|clear|stable|better|worse|up|down)\b))"
)


def headed_values(before: str, cue_end: int, after: str) -> bool:
    """Whether a test under a heading ("labs:") that ends at ``cue_end`` of ``before`` is followed by its value."""
    return bool(_UNDER_HEADING.match(before, cue_end) and _VALUE_FIRST.match(after))
