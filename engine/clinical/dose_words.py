"""Doses said the way people say them, without a unit next to the drug's name.

"two of the 500s", "the extra-strength five hundreds, two tablets", "I'm on 20 of the lisinopril",
"Tylenol. Two of the extra strength, the five hundreds.": the strength is named by its tablet and the
amount taken is the count of tablets times that strength. Only strengths the drug comes in are read
(the forms table, through ``bare_strength``); anything else stays undosed for the clinician.
"""

from __future__ import annotations

import re

from engine.clinical.dosing import UNIT_NORMAL, bare_strength, dose_in
from engine.clinical.drug_forms import FORMS
from engine.clinical.lexicon import OTHER_PERSON, find_drugs, is_drug_class
from engine.clinical.sentences import Sentence

_KIND = r"(?:(?:extra[- ]strength|regular(?:[- ]strength)?|little|big|small|white|blue)\W+)*"
# "2 of the extra strength, the 500s", "the 500s", "two of the 500s of metformin"
# a count or "the"/"those" names tablets; "in my 40s", "since the 90s", "her mid 50s" are ages and years
_PLURAL = re.compile(
    rf"(?<!\bin )(?<!\bsince )(?<!\bmid )(?<!\bmid-)(?<!\blate )(?<!\bearly )"
    rf"(?:(?P<n>[1-4])\s+(?:of\s+)?(?:the\s+|those\s+|my\s+)?{_KIND}(?:the\s+|those\s+)?|(?:the|those)\s+{_KIND})"
    # ("the 400 ones", "the five hundred ones": the same tablets said with "ones"; never a count of 1 to 4)
    rf"{_KIND}(?:(?P<mg>\d+(?:\.\d+)?)s\b|(?P<ones>(?![1-4]\b)\d+(?:\.\d+)?) ones\b)(?!\s+(?:and|or|to)\s+\d)"
)
# the tablets named right after the drug, with no count or "the" of their own: "Acetaminophen 500s, 2 tablets"
_PLURAL_NEXT = re.compile(rf"^\W{{0,3}}{_KIND}(?P<mg>\d+(?:\.\d+)?)s\b(?!\s+(?:and|or|to)\s+\d)")
# the count said after the tablets: "the extra-strength 500s, 2 tablets up to 3 times a day"
# "the 500s, 2 in the morning and 2 at night": a count said with the time of day it is taken
_COUNT_AFTER = re.compile(
    r"\W{1,3}(?:(?:i|she|he|you|they) (?:takes?|uses?|has|have) )?(?P<n>[1-4])\s+"
    r"(?:tablets?|pills?|capsules?|tabs|in the (?:morning|evening)|at (?:night|bedtime)|"
    r"with (?:breakfast|lunch|dinner|supper|meals))\b"
)
_THEN_THE_DRUG = re.compile(
    r"\s*(?:of\s+)?(?:the\s+|my\s+|your\s+|her\s+|his\s+)?(?:(?!(?:and|or|then|plus|also)\b)\w+\s+)?"
)
# the count said first, right after the drug: "nurofen, like two every four hours or so, the two hundreds"
_COUNT_FIRST = re.compile(
    r"^\W*(?:(?:like|about|maybe|usually|probably|just)\s+)?(?P<n>[1-4])\s+(?:every|each|a day|at (?:night|bedtime)|"
    r"in the (?:morning|evening)|twice|three times|four times)\b"
)
_ENDS_WITH_PURPOSE = re.compile(
    r"(?:\s*,?\s*for (?:the|my|your|his|her|a|an) [a-z' ]{1,30}?)?"
    # "just advil for my back sometimes": how often, said after what it is for
    r"(?:\s*,?\s*(?:sometimes|occasionally|now and then|now and again|here and there|most days))?[\s.,!]*"
)
# "I'm on 20 of the lisinopril": a bare strength said before the drug
_NUMBER_OF = re.compile(r"\b(\d+(?:\.\d+)?)\s+of\s+(?:(?:the|my|your|her|his)\s+)?$")


def _plural(generic: str, text: str, before: bool = False, counted: str | None = None) -> str | None:
    """The dose in ``text`` said as a count of "the 500s", when 500 is a strength of the drug; ``before``:
    ``text`` comes before the drug's name, which must follow the tablets ("two of the 500s of metformin");
    ``counted``: the count said before the drug's name ("a couple of ibuprofen, the 200s")."""
    m = _PLURAL.search(text) or (None if before else _PLURAL_NEXT.match(text))
    if not m or not (strength := bare_strength(generic, m.group("mg") or m.groupdict().get("ones"))):
        return None
    if before and not _THEN_THE_DRUG.fullmatch(text, m.end()):
        return None  # "nurofen, two of the two hundreds, and paracetamol": the tablets of the drug before
    n = (
        m.groupdict().get("n")
        or ((c := _COUNT_AFTER.match(text, m.end())) and c.group("n"))
        or ((c := _COUNT_FIRST.match(text)) and c.end() <= m.start() and c.group("n"))
        or counted
        or "1"
    )
    amount, unit = strength.split(" ")
    return f"{float(amount) * int(n):g} {unit}"


# the strength said after the count, as what each one holds: "two at bedtime, those are 650 each",
# "Tylenol, two tablets, 500 milligrams each", "one in the morning, it's a 25 each"
_EACH = re.compile(
    r"^[^.;?!]{0,40}?\b(?:(?:those|these|they|it)(?:'re|'s| are| is| were| was)\s+|they're\s+)?(?:the\s+|an?\s+)?"
    r"(?P<mg>\d+(?:\.\d+)?)\s*(?:mg|milligrams?)?\s+(?:each|apiece|a piece|a pill|a tablet)\b"
)
_COUNT_BEFORE_EACH = re.compile(
    r"\b(?P<n>[1-4])\s+(?:tablets?|pills?|capsules?|tabs|every|each|a day|at (?:night|bedtime)|"
    r"in the (?:morning|evening)|with (?:breakfast|lunch|dinner|supper|meals))\b"
)


def _each(generic: str, after: str) -> str | None:
    """The dose said as a count and then what each one holds ("two at bedtime, those are 650 each")."""
    if not (m := _EACH.match(after)) or not (count := _COUNT_BEFORE_EACH.search(after[: m.start("mg")])):
        return None
    if not (strength := bare_strength(generic, m.group("mg"))):
        return None
    amount, unit = strength.split(" ")
    return f"{float(amount) * int(count.group('n')):g} {unit}"


def spoken_dose(generic: str, sentences: list[Sentence], s: Sentence, a: int, b: int) -> str | None:
    """The dose of the drug at [a, b) said by its tablet's strength, in this sentence or, when the drug
    ends the sentence ("The Tylenol."), at the start of the speaker's next one."""
    # ("2 of the metformin, the 500s": a count of tablets, not a strength, read on below)
    if (m := _NUMBER_OF.search(s.low[max(0, a - 30) : a])) and (strength := bare_strength(generic, m.group(1))):
        return strength
    counted = (c := _COUNT_OF_DRUG.search(s.low[max(s.clause_start(a), a - 30) : a])) and _COUNTS.get(
        c.group(1), c.group(1)
    )
    if dose := _plural(generic, s.low[max(s.clause_start(a), a - 40) : a], before=True) or _plural(
        generic, s.low[b : b + 50], counted=counted
    ):
        return dose
    if dose := _each(generic, s.low[b : b + 70]) or _named_count(
        generic, s.low[max(s.clause_start(a), a - 30) : b + 45], s.low[b:]
    ):
        return dose
    if dose := _tablets_counted(generic, s.low[b:], s.low[max(s.clause_start(a), a - 30) : b + 20]):
        return dose
    # the drug ends its sentence, or only what it is for follows ("I took ibuprofen for the sore throat.")
    if not _ENDS_WITH_PURPOSE.fullmatch(s.low[b:]) or s.index + 1 >= len(sentences):
        return None
    nxt = _next_told(sentences, s)
    # the patient's companion may go on for them ("just Advil for my back" - "he takes like three of them")
    same = nxt.segment.speaker == s.segment.speaker or {nxt.segment.speaker, s.segment.speaker} == {"patient", "other"}
    if not same or find_drugs(nxt.low):
        return None
    # "Advil. Four at a time.": the count of a one-strength product; "Ramipril. The ten.": its strength
    around = s.low[max(s.clause_start(a), a - 30) : b]
    return (
        _plural(generic, nxt.low[:60], counted=counted)
        or _named_count(generic, around, nxt.low)
        or _tablets_counted(generic, nxt.low, around)
        or (bare_strength(generic, " " + nxt.low) if _STRENGTH_FIRST.match(nxt.low) else None)
    )


def _next_told(sentences: list[Sentence], s: Sentence) -> Sentence:
    """The sentence that goes on about the drug ``s`` names: the next one, or, past one aside in the same turn
    with no number and no drug in it ("The Aleve for my knees. I'm on my feet all day. I take two at night."),
    the one after it when that one has a number."""
    nxt = sentences[s.index + 1]
    if s.index + 2 < len(sentences) and nxt.segment is s.segment and not re.search(r"\d", nxt.low):
        after = sentences[s.index + 2]
        if after.segment is s.segment and re.search(r"\d", after.low) and not find_drugs(nxt.low):
            return after
    return nxt


# the count of tablets said before the drug: "a couple of ibuprofen, the 200s", "2 Tylenol, the 500s"
_COUNT_OF_DRUG = re.compile(r"\b([1-4]|a couple|a pair)\s+(?:of\s+)?(?:the\s+|my\s+|those\s+|your\s+)?$")
_COUNTS = {"a couple": "2", "a pair": "2"}
# a sentence that is only a strength: "The ten.", "The 20, one a day."
# (a bare 1 to 4 is more often a count of tablets: "Two in the morning.")
_STRENGTH_FIRST = re.compile(r"^(?:the\s+(?:point\s+)?\d|point\s+\d|(?:[5-9]|\d{2,})(?:\.\d+)?\b)")


# "Lisinopril, the twenty. No, ten.", "metformin 500, sorry, 850": the speaker corrects the strength just said
_CORRECTION = re.compile(
    r"^[^.;?!]{0,25}?\d[^.;?!]{0,12}?[.,;]?\s*(?:no|sorry|i mean|wait|actually)\b[,.]?\s+(?:no[,.]?\s+)?"
    r"(?:it's\s+|the\s+)?(\d+(?:\.\d+)?)\b(?!\s*(?:times?|days?|weeks?|hours?|years?|months?|a day)\b)"
)


def corrected_dose(generic: str, sentences: list[Sentence], s: Sentence, b: int) -> str | None:
    """The strength the speaker says instead, right after the one said for the drug ending at ``b``:
    in the same sentence or at the start of their next one ("the twenty. No, ten.")."""
    text = s.low[b:]
    if s.index + 1 < len(sentences) and (nxt := sentences[s.index + 1]).segment is s.segment:
        text = f"{text} {nxt.low}"
    m = _CORRECTION.match(text)
    if not m or find_drugs(text[: m.start(1)]):
        return None
    return bare_strength(generic, m.group(1))


# Over-the-counter products a patient names by their strength, not a number: in the US and Canada an
# "extra strength" acetaminophen tablet is 500 mg, a "regular strength" one 325 mg and "Arthritis" or
# "8 HR" caplets 650 mg; a "regular strength" aspirin is 325 mg. Said within a few words of the name.
_NAMED_STRENGTHS = {
    "acetaminophen": (
        (re.compile(r"\bextra[- ]strength\b"), "500 mg"),
        (re.compile(r"\bregular[- ]strength\b"), "325 mg"),
        (re.compile(r"\b(?:arthritis|8[- ]?h(?:ou)?r)\b"), "650 mg"),
    ),
    "aspirin": ((re.compile(r"\bregular[- ]strength\b"), "325 mg"),),
    # the over-the-counter brands are one strength a tablet: an Advil, Motrin IB or Nurofen tablet is
    # ibuprofen 200 mg, an Aleve naproxen sodium 220 mg ("two Advil" is 400 mg, "Aleve, two of 'em" 440 mg)
    # (an "extra strength" Advil is 400 mg in Canada: said so, the count stays a count)
    "ibuprofen": (
        (
            re.compile(
                r"^(?![^.;]*\b(?:extra|maximum|max|double)[- ]strength\b)[^.;]*?\b(?:advil|motrin|nurofen)\b"
                r"(?!\s+(?:extra|maximum|plus|pm|cold|sinus|children|junior|infant))"
            ),
            "200 mg",
        ),
    ),
    "naproxen": (
        (re.compile(r"^(?![^.;]*\bextra[- ]strength\b)[^.;]*?\baleve\b(?!\s+(?:pm|d|cold|sinus))"), "220 mg"),
    ),
}


def _named_strength(generic: str, around: str) -> str | None:
    """The tablet strength a product name says ("Tylenol Extra Strength" is 500 mg), if any."""
    return next((mg for pat, mg in _NAMED_STRENGTHS.get(generic, ()) if pat.search(around)), None)


# the count said after the name of a product that says its strength: "Tylenol Arthritis, two at bedtime",
# "tylenol for the pain, two extra strength every six hours"
# ("whichever one of those", "either one of them", "any one of those": which of the drugs named, not a count)
_WHICH_ONE = r"(?<!whichever )(?<!either )(?<!any )(?<!each )"
_COUNT_OF_NAMED = re.compile(
    r"^[^.;?!\d]{0,30}?\b"
    + _WHICH_ONE
    + r"(?P<n>[1-4])\s+(?:extra[- ]strength|regular[- ]strength|arthritis|tablets?|pills?|caplets?|"
    # "Advil, four at a time", "Aleve, two of 'em when it's bad"
    r"every|each|a day|at (?:night|bedtime)|in the (?:morning|evening)|at a time|at once|of (?:em|'em|them|those))\b"
)


def _named_count(generic: str, around: str, after: str) -> str | None:
    """A count of a product named by its strength ("two extra strength every six hours"): count x strength."""
    if not (strength := _named_strength(generic, around)) or not (m := _COUNT_OF_NAMED.match(after)):
        return None
    if (other := find_drugs(after[: m.end() + 25])) and other[0][0] < m.end() + 25:
        return None  # "Tylenol and two extra strength Advil": the count is the next drug's
    amount, unit = strength.split(" ")
    return f"{float(amount) * int(m.group('n')):g} {unit}"


# a count of a tablet whose strength is not said: "imodium, like two of them before meetings", "three at a time"
# another person who takes the drug (the relatives and companions the other readers share)
_SOMEONE_ELSE = re.compile(rf"\b(?:my|her|his|our|their) (?:{OTHER_PERSON})\b")
_COUNT_OF_THEM = re.compile(
    r"^[^.;?!\d]{0,30}?\b" + _WHICH_ONE + r"(?P<n>[1-4])\s+(?:of (?:em|'em|them|those)|at a time|at once)\b"
)


def _tablets_counted(generic: str, after: str, around: str) -> str | None:
    """The count of tablets said right after a drug taken by mouth whose strength is not said ("imodium,
    like two of them"), as "2 tablets"; None for an inhaler or drops, and for a product named by its
    strength (``around``: the words of its name), whose count ``_named_count`` reads in milligrams."""
    if not (m := _COUNT_OF_THEM.match(after)) or find_drugs(after[: m.end()]) or _named_strength(generic, around):
        return None
    if _SOMEONE_ELSE.search(after[: m.start("n")]):
        return None  # "Tylenol sometimes. My husband takes 2 at a time.": the husband's count, not the patient's
    forms = FORMS.get(generic)
    if forms is not None and ("oral" not in forms.routes or forms.routes & {"inhaled", "nasal", "ophthalmic"}):
        return None  # puffs, sprays or drops, not tablets
    return f"{m.group('n')} tablets"


def tablets_of_strength(generic: str, dose: str, after: str, around: str = "") -> str | None:
    """A count of tablets said after the drug's bare strength is that many of the strength: "Telma 80, one
    tablet in the morning" is 80 mg, "Glycomet 500, two tablets" 1000 mg, and "two extra strength Tylenol"
    1000 mg (``around``: the words either side of the name). None when no strength was said."""
    if not dose.endswith((" tablet", " tablets", " capsule", " capsules")):
        return None
    if not (
        strength := bare_strength(generic, after)
        or _named_strength(generic, around)
        or _strength_after(generic, dose, after)
    ):
        return None
    amount, unit = strength.split(" ")
    return f"{float(amount) * float(dose.split(' ')[0]):g} {unit}"


# "the gliclazide, just one tablet, eighty, with iftar": the count, then the tablet's strength said bare
_COUNT_THEN_STRENGTH = re.compile(r"\b([1-4]) (?:tablets?|pills?|capsules?),?\s+(?=\d)")


def _strength_after(generic: str, dose: str, after: str) -> str | None:
    """The bare strength said right after the count that is ``dose`` ("one tablet, 80" -> "80 mg"), or None."""
    m = _COUNT_THEN_STRENGTH.search(after)
    if m is None or m.group(1) != dose.split(" ")[0]:
        return None
    return bare_strength(generic, " " + after[m.end() :])


# "How many puffs of the Fostair are you taking?", "how many tablets of the Panadol": a count asked, by its unit
_ASKS_COUNT = re.compile(r"\bhow many (puff|spray|tablet|pill|capsule|drop|inhalation)s?\b")
# the count the answer starts with: "Two in the morning and two at night", "usually just one", "2, twice a day"
_COUNT_LEADS = re.compile(
    r"\W*(?:(?:um|uh|oh|well|yeah|yes|usually|normally|just|only|about|like|i take|i use|i do|she takes|he takes|"
    # the prescribed count, said before owning up to less: "it's supposed to be two twice a day but ..."
    r"it's supposed to be|it's meant to be|it should be|i'm supposed to take|i'm meant to take)\W+)*"
    r"([1-4])\b(?!\s*(?:\.\d|days?|weeks?|months?|years?|hours?|times?|or more|boxes|packs?|left|percent|%))"
)


def counted_answer(question: Sentence, answer: Sentence) -> str | None:
    """The dose an answer gives as a bare count to "how many puffs/tablets ..." ("Two in the morning and two
    at night." -> "2 puffs"), or None."""
    asked, said = _ASKS_COUNT.search(question.low), _COUNT_LEADS.match(answer.low)
    if not asked or not said or any(not is_drug_class(d[2]) for d in find_drugs(answer.low)):
        return None
    n = said.group(1)
    return f"{n} {asked.group(1)}" + ("" if n == "1" else "s")


# "Two tablets, that's one gram": the count restated as the amount it makes, which is the dose the note
# wants; only the first count after the drug, so a later drug's tablets are never read as this one's
_TOTAL_RESTATED = re.compile(
    r"^[^.;?!]{0,40}?\b(?:tablets?|capsules?|caplets?|pills?)\b\s*,?\s*(?:so\s+)?(?:that's|that is|which is|"
    r"that makes|making)\s+(?:a total of\s+)?(\d+(?:\.\d+)?)\s*(mg|milligrams?|g|grams?)\b"
    r"(?!\s*(?:each|apiece|per (?:tablet|capsule|pill)|a tablet|a pill))"
)


def restated_total(text: str) -> str | None:
    """The mass a count of tablets is restated as right after it ("two tablets, that's 1 gram" -> 1000 mg)."""
    if not (m := _TOTAL_RESTATED.match(text)):
        return None
    n = float(m.group(1)) * (1 if m.group(2).startswith("m") else 1000)
    return f"{n:g} mg"


# the tablet's strength, then how many to take: "they're five milligram tablets so you'll take six tablets today"
_TABLETS_TAKEN = re.compile(
    r"\s*(?:tablets?|pills?|capsules?)\b[^.;?]{0,30}?\b(?:take|takes|taking|have|give (?:him|her|them))\s+"
    r"([1-8])\s+(?:tablets?|pills?|capsules?|of them)\b"
)


def tablets_taken(strength: str, rest: str) -> str | None:
    """The dose a count of tablets makes when ``rest`` (the words after the strength) says how many of them to
    take ("5 mg" + "tablets so you'll take 6 tablets today" -> "30 mg"), else None."""
    amount, _, unit = strength.partition(" ")
    if unit not in {"mg", "mcg", "g"} or not (m := _TABLETS_TAKEN.match(rest)):
        return None
    return f"{float(amount) * int(m.group(1)):g} {unit}"


def dose_said_at(generic: str, sentences: list[Sentence], sent: Sentence, pos: int) -> str | None:
    """The dose of ``generic`` said from ``pos`` of ``sent``: with its unit, as a tablet's strength ("the 500s"),
    or as a bare number the drug comes in. For a dose told apart from the drug's name (a switch, an offer)."""
    after = sent.low[pos:]
    if m := dose_in(after):
        return f"{m.group(1)} {UNIT_NORMAL[m.group(2)]}"
    return spoken_dose(generic, sentences, sent, pos, pos) or bare_strength(generic, " " + after.lstrip(" ,."))
