"""The words around a drug that say whose it is, whether it is taken, and what happens to it.

Phrase patterns and small readers used by medications.py: someone else's drug or a mere option, a drug
not taken, a list that shares one verb, a change taken back, a course already finished, the amount taken.
A status said after the drug's name or in the sentence before is read in status_phrases.py.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.dosing import bare_strength
from engine.clinical.drug_forms import plausible, said_in
from engine.clinical.sentences import Sentence

# Someone else's drug, or a drug named as an example or an option rather than prescribed.
NOT_THEIRS = re.compile(
    # "my wife got me CoQ10", "my daughter bought me melatonin": a gift to the patient is the patient's drug
    rf"\b(?:my|her|his|your) (?:{lexicon.OTHER_PERSON})(?:'s)?\b(?! (?:got|gets|gave|gives|bought|buys|picks up|"
    r"picked up|orders|ordered|brought) (?:me|her|him|them)\b)"
    # ... but not across the speaker's own "i": "with your mom's history i want calcium with vitamin d"
    r"(?: (?:takes|took|is on|was on|uses|used|has|had|got))?(?:(?!\bi\b)[^.;,]){0,25}$|"
    r"\b(?:medicine|medication|drug|pill|something|one) like (?:the )?$|"
    r"\bif (?:that|this|it)(?:'s| is| does)?(?: not|n't) (?:enough|work\w*|help\w*)[^.;]{0,40}$"
)
ONLY_AN_OPTION = re.compile(
    # (after a few words said of it: "Azithromycin, the one-time dose, is still an option, but ...")
    r"(?:\s*,(?![^,]*\b(?:take|takes|taking|took|on it)\b)[^,.;?!]{1,30},)?"
    r"\W*(?:is|are|would be|could be|might be) (?:also |still )?(?:a|an|another|one|other|the other) (?:\w+ )?"
    r"(?:option|alternative|choice)s?\b"
)
# a start refused right before the drug: "I won't give you tramadol", "I'm not going to prescribe amoxicillin",
# "we won't start metformin today; let's try diet first" (the "try" after it is the diet's, not the drug's)
NOT_STARTED = re.compile(
    r"\b(?:won't|will not|wouldn't|would not|(?:am |'m )?not going to|not gonna|(?:don't|do not) want to|"
    r"(?:i'd|i would) rather not|let's not|no need to)\s+(?:\w+\s+)?(?:start|give|prescribe|put|add|try|begin)\w*"
    r"(?:\s+(?:you|her|him))?(?:\s+(?:on|onto))?(?:\s+(?:the|any|some))?\s*$"
)
# a drug named only as what another is taken with: "take the new tablet with the metformin", "have it after
# your omeprazole" say when to take the other one, and neither start nor change this one
ALONGSIDE = re.compile(
    r"\b(?:take|taking|have|having|swallow|use|using)\s+(?:it|them|this|that|these|those|"
    r"(?:this|that|the|your|one|two|a)\s+(?:\w+\s+){0,2}?)\s*(?:together\s+)?"
    r"(?:with|alongside|after|before|at the same time as)\s+(?:the|your|her|his)\s*$"
)
NOT_TAKEN = re.compile(
    r"\b(?:i|she|he|we|they)(?:\s+|(?='))(?:don't|do not|doesn't|does not|didn't|did not|never|have never|'ve never|"
    r"haven't|have not|has never|hasn't|has not|"
    r"dont|doesnt|didnt|havent|hasnt)\s+(?:\w+\s+)?(?:use|used|take|taken|took|tried|been on|taking|using|"
    r"smoke|do)\b[^.;]*$|"
    # "she's not currently on potassium supplement", "not on any blood thinners"
    r"\bnot (?:currently |presently |really |yet )?(?:on|taking|using) (?:(?:any|a|an)\b)?[^.;]*$"
)
# "I don't take anything except aspirin": the one drug taken
EXCEPT = re.compile(r"\b(?:except|other than|apart from|besides|but|only|just)\b[^.;]*$")
# "I don't take the lisinopril anymore", "she hasn't been taking it lately": not taken now, but it was
NO_LONGER = re.compile(
    r"\b(?:anymore|any more|lately|recently|for (?:a while|weeks|months)|since)\b|\bbeen (?:taking|using)\b|"
    # "I haven't taken my lisinopril in like a week": a gap in the taking, not a drug never taken
    r"\bin (?:like |about |over |almost )?(?:a|\d+|a few|a couple of|a couple) (?:days?|weeks?|months?)\b"
)
NEVER = re.compile(r"\bnever\b")
# said after the drug, the patient no longer takes it: "st john's wort but I stopped it a month ago", "ran out
# of my amlodipine and never got it refilled", "simvastatin, but I don't take it anymore"
# "and I never stopped it", "so she didn't give it up": a stop denied
_NOT = r"(?!never\b|not\b|didn't\b|did not\b|won't\b|wouldn't\b|couldn't\b|can't\b)"
NO_LONGER_AFTER = re.compile(
    rf"^[^.;?]{{0,60}}?\b(?:but|and|so|then)\s+(?:i|she|he|we)\s+(?:{_NOT}\w+\s+)?"
    r"(?:stopped|quit|came off|gave up|ditched|binned|dropped)(?:\s+(?:taking|using))?\s+(?:it|that|them|those|this)\b|"
    # (off this drug: "weaned myself off it", or nothing after; "... off the prednisone" is the next drug's)
    r"^[^.;?]{0,60}?\b(?:weaned|tapered) (?:myself|herself|himself) off(?:\s+(?:it|them|that)\b|\s*(?:[.,;!]|$))|"
    r"^[^.;?]{0,40}?\bbut (?:i|she|he) (?:haven't|hasn't|have not|has not) (?:touched|used|taken|had) "
    r"(?:it|them|any) (?:in|for) (?:months|weeks|ages|years|a (?:while|year|month|long time))\b"
    r"(?![^.;?]*\b(?:back on|again|restarted|now)\b)|"  # "... in weeks, I'm back on it now": taken again
    # the everyday stops with the drug in the middle: "so I packed it in", "gave it up", "knocked it on the head"
    # (not "packed it in to my bag", "gave it up to the pharmacist")
    rf"^[^.;?]{{0,60}}?\b(?:but|and|so|then)\s+(?:i|she|he|we)\s+(?:{_NOT}\w+\s+)?(?:packed|gave|knocked)\s+"
    r"(?:it|that|them|those)\s+(?:in|up|on the head)\b"
    r"(?!\s*(?:(?:to|into|my|your|his|her|our|their|for(?! good)|with)\b|"
    r"(?:the|a|an) (?!few|couple|week|month|day|while|year)))|"
    r"^[^.;?]{0,60}?\b(?:never|didn't|did not|haven't|have not)\s+(?:got|gotten|get|had)?\s*(?:it|them)?\s*refill|"
    r"^[^.;?]{0,40}?\bbut (?:i|she|he) (?:don't|doesn't|do not|does not)(?: take| use)?(?: it| them| that)? "
    r"(?:anymore|any more)\b"
)
# "switch the simvastatin to rosuvastatin": the first drug is replaced by the second
SWITCH_FROM = re.compile(
    r"\b(?:switch|chang|swap)\w*\s+(?:you\s+|her\s+|him\s+)?(?:from\s+)?(?:the\s+|your\s+|her\s+|his\s+|an?\s+)?$"
)
SWITCH_TO = re.compile(r"\s*(?:to|for)\s+(?:the\s+|your\s+)?$")
# a new schedule in place of the old: "every other day now instead of every day"
NEW_SCHEDULE = re.compile(
    r"\binstead of (?:taking it\s+|it\s+)?(?:every|once|twice|three times|four times|daily|\d+ times)\b|"
    # "ten milligrams three times a day instead of four", "40 milligrams instead of 20": the old amount
    r"\binstead of (?:the\s+)?\d+(?:\.\d+)?(?:\s*(?:mg|milligrams?|a day|times))?\b|"
    # "make the tylenol scheduled, 650 three times a day, not as needed": as needed becomes regular
    r"\b(?:not|instead of|rather than) (?:just )?(?:as needed|when (?:needed|necessary)|prn)\b"
)
# "instead of taking the metformin twice a day, just take it once": the schedule said after replaces it
INSTEAD_BEFORE = re.compile(r"\binstead of (?:taking |using )?(?:the |your |her |his )?$")
INSTEAD_OF_SAME = re.compile(r"\binstead of\s+(?:the\s+|your\s+)?(?:\d\s+)?$")
FEWER_AFTER = re.compile(r"\b(?:just |only )?(?:take|use) (?:it|them|one) (once|twice)(?: a day| daily)?\b")
# a number of tablets said before an over-the-counter drug: "two aleve twice a day", "3 advil"
# ("that one mefenamic acid", read "that 1": a pointer, not a count)
COUNT_BEFORE = re.compile(
    r"(?<!\bthat )(?<!\bthis )(?<!\bthe )\b([1-4])\s+(?:extra[- ]strength\s+|regular(?:[- ]strength)?\s+)?$"
)
# what lies between two drugs of one list: a dose, "and" or a comma, no verb of its own
LIST_NEXT = re.compile(
    r"[\s\w.,/-]{0,60}?(?:,|\band|\bplus|\balong with|\bas well as|\btogether with)\s+(?:plus\s+|also\s+)?"
    r"(?:\d+(?:\.\d+)?\s+(?:extra[- ]strength\s+|regular[- ]strength\s+|[a-z]+\s+)?(?:of\s+)?)?"
    r"(?:the\s+|your\s+|my\s+|an?\s+|some\s+)?(?:baby\s+|low dose\s+|daily\s+)?"  # "and a baby aspirin"
    r"(?:(?:iron|calcium|magnesium|zinc)\s+)?"  # "and iron ferrous sulphate": the mineral, then its salt
    # "and a stomach protector, lansoprazole": what the drug is for, said before its name
    r"(?:(?:[a-z]+\s+){0,2}?(?:protector|softener|relaxant|reliever|antacid|steroid|antibiotic|antihistamine|"
    r"inhaler|cream|ointment|spray|drops|gel|patch|syrup|lotion|wash)\W{0,2}\s*(?:called\s+|like\s+)?)?"
)

MAX_COUNT = {"puffs": 12, "sprays": 8, "tablets": 20, "capsules": 20, "drops": 20}


def possible_dose(generic: str, dose: str) -> bool:
    """Whether a dose is one this drug can have (the forms table) and a count a person takes at once."""
    amount, unit = dose.split(" ", 1)
    if float(amount) > MAX_COUNT.get(unit, float("inf")):
        return False
    return plausible(generic, said_in(dose))


def words_before(low: str, a: int, floor: int) -> str:
    """Up to 60 characters before a drug, whole words only, not reaching back past the previous drug:
    "start symbicort two puffs, albuterol as needed" does not start the albuterol, and a cut "because"
    must not read as "use"."""
    start = max(floor, a - 60)
    if start > 0 and low[start - 1].isalnum():
        nxt = re.search(r"\W", low[start:a])
        start = start + nxt.end() if nxt else a
    return low[start:a]


NEXT_DRUGS_VERB = re.compile(
    r"\binstead of\s+$|"
    r"\b(?:stop|start|continue|increase|decrease|hold|switch|add|keep|resume|restart|stick|carry|go)\w*\s+"
    r"(?:you\s+)?(?:(?:going|on)\s+)?(?:on\s+|to\s+|with\s+)?(?:the\s+|your\s+)?$"
)


TO_NUMBER = re.compile(r"\bto\s+(\d+(?:\.\d+)?)\b")


def new_strength(generic: str, own: str, before: str) -> str | None:
    """The new strength of a changed drug said bare after "to": "increase your lisinopril to 40" (after the
    name) or "let's go up to 50 twice a day on the metoprolol" (before it, in the same clause)."""
    for text in (own, before):
        if (to := TO_NUMBER.search(text)) and (bare := bare_strength(generic, text[to.start(1) :])):
            return bare
    # "we'll go up to 40 on the atorvastatin": the number ends its clause at the drug it is the strength of
    if (to := TO_NUMBER.search(before)) and re.match(r"\S+\s+on\s+(?:the|your|her|his)\s*$", before[to.start(1) :]):
        return bare_strength(generic, to.group(1))
    return None


TAKE_BACK = re.compile(r"\b(?:actually|no wait|wait no|on second thought|never ?mind|scratch that|take that back)\b")


def takes_back(low: str, drugs: list[tuple[int, int, str]], k: int, sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the speaker names drug ``k`` again after taking back what they said of it: in this sentence
    ("hold the atorvastatin ... actually no, keep the atorvastatin"), or in the sentence just before ("Stop the
    lisinopril. Actually no, keep the lisinopril.")."""
    a, generic = drugs[k][0], drugs[k][2]
    earlier = [d for d in drugs[:k] if d[2] == generic]
    if earlier:
        return bool(TAKE_BACK.search(low[earlier[-1][1] : a]))
    if s.index == 0 or not TAKE_BACK.search(low[:a]):
        return False
    prev = sentences[s.index - 1]
    return prev.segment.speaker == s.segment.speaker and generic in {d[2] for d in lexicon.find_drugs(prev.low)}


# "half a tablet of the metoprolol 50", "half of a 50 milligram tablet": half the strength is taken
HALF_BEFORE = re.compile(r"\bhalf (?:a|an|of a|of an|of the|of)\b[^.;,]{0,30}$")
# "two 500 milligram tablets": the number of tablets before a strength said with its tablets
COUNT_OF = re.compile(r"(?:^|\s)([2-4])\s+$")
TABLETS_AFTER = re.compile(r"\s*(?:tablets?|pills?|capsules?|tabs)\b")
# "a teaspoon of the Benadryl": household measures of a liquid, in mL
SPOON_BEFORE = re.compile(
    r"\b(a|one|half a|1|2|two)\s+(teaspoons?|tsp|tablespoons?|tbsp)\s+(?:of\s+)?(?:the\s+|her\s+|his\s+)?$"
)


def scaled(dose: str, factor: float) -> str:
    """A mass dose times a factor: ("50 mg", 0.5) -> "25 mg"."""
    amount, unit = dose.split(" ", 1)
    value = float(amount) * factor
    return f"{value:g} {unit}"


def spoon_dose(before: str) -> str | None:
    """The mL of "a teaspoon of", "two tablespoons of" said just before a liquid's name."""
    m = SPOON_BEFORE.search(before)
    if not m:
        return None
    n = {"a": 1, "one": 1, "1": 1, "half a": 0.5, "2": 2, "two": 2}[m.group(1)]
    return f"{n * (15 if m.group(2).startswith(('tablespoon', 'tbsp')) else 5):g} mL"


# "two extra strength tablets, 500 milligrams each": the count of tablets, then each one's strength
EACH_AFTER = re.compile(r"\s*(?:each|apiece|a piece|a pill|a tablet)\b")
# the count of tablets said after a strength with its unit, with when they are taken: "metformin, 500
# milligrams, two twice a day", "Lasix 40 mg, two in the morning" (not "2 times a day", "2 a day": how often)
UNIT_MASS = re.compile(r"mg|milligrams?|mcg|micrograms?|g|grams?")
# ... and "metformin ER 500 milligram, take two tablets with the evening meal": the label's count of the strength
COUNT_WHEN_AFTER = re.compile(
    r"\s*,\s*(?:(?:take|takes|taking)\s+)?([2-4])\s+(?:(?:tablets?|pills?|capsules?|caplets?|tabs)\b(?!\s+of\b)|"
    r"twice|three times|in the (?:morning|evening)|at (?:night|bedtime)|every|each|"
    r"with (?:breakfast|lunch|dinner|supper|meals|food)|at a time|at once|together)\b"
)
TABLET_COUNT = re.compile(
    r"\b([2-4])\s+(?:extra[- ]strength\s+|regular(?:[- ]strength)?\s+)?(?:tablets?|pills?|capsules?|tabs)\b"
)


# "Metoprolol 50, but I only take half a tablet", "Amlodipine 10, I cut it in half": the half said after the
# strength, in the words that are still this drug's (``after`` ends at the next drug; "half a tablet of
# aspirin" is the next drug's)
HALF_AFTER = re.compile(
    r"^\W*\d[^.;?]{0,40}?(?:(?<!and a )\bhalf (?:of )?(?:a |an |one )?(?:tablet|pill|tab)s?\b(?!\s+of\b)|"
    r"\bhalf of (?:it|one|them)\b|"
    r"\b(?:cut|cuts|break|breaks|split|splits|snap|snaps) (?:it|them|each one|the tablets?|the pills?) in half\b)"
)


# "Warfarin 5, and half a tablet on Mondays": a half on some days only is a schedule, not the dose; "I used to
# cut it in half, now the whole one": a half that was. Either way the dose is kept as said (halving it would
# chart a dose change, on an anticoagulant too). A single time of day ("half a tablet at night") is the dose's
# time and still halves.
_HALF_SOME_DAYS = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|(?:some|other|alternate|most|certain|"
    r"odd|even|the other) (?:days|nights|mornings)|every (?:other|second|few) days?|(?:a|per|each) week|"
    r"(?:once|twice|\w+ times|\d+ days?) (?:a|per) week)\b"
)
# ("one in the morning and half a tablet at night": two times, a split dose, kept as said too)
_HALF_PAST_OR_WHOLE = re.compile(
    r"\b(?:used to|was|were|before|previously|had been|anymore|any more|no longer|whole|full|the other)\b|"
    r"\b(?:in the morning|at night|in the evening|at bedtime|at lunch)\b.*"
    r"\b(?:in the morning|at night|in the evening|at bedtime|at lunch)\b"
)


def dose_taken(dose: str, s: Sentence, a: int, b: int, after: str, dose_m, before_m) -> str:
    """The amount taken at once when the strength is said with a fraction or a count of tablets."""
    half_after = HALF_AFTER.match(after)
    if half_after and (
        _HALF_SOME_DAYS.search(clause := re.split(r"[.;?]", after, maxsplit=1)[0]) or _HALF_PAST_OR_WHOLE.search(clause)
    ):
        half_after = None  # "and half a tablet on Mondays", "used to cut it in half, now the whole one"
    if HALF_BEFORE.search(s.low[s.clause_start(a) : a]) or half_after:
        return scaled(dose, 0.5)  # "half a tablet of the metoprolol 50" is 25 mg, never 50
    if dose_m and COUNT_OF.search(after[: dose_m.start()]) and TABLETS_AFTER.match(after, dose_m.end()):
        return scaled(dose, int(COUNT_OF.search(after[: dose_m.start()]).group(1)))  # "two 500 mg tablets"
    if dose_m and UNIT_MASS.fullmatch(dose_m.group(2)) and (n := COUNT_WHEN_AFTER.match(after, dose_m.end())):
        return scaled(dose, int(n.group(1)))  # "500 milligrams, two twice a day" is 1000 mg a dose
    if dose_m and EACH_AFTER.match(after, dose_m.end()):
        said = s.low[s.clause_start(a) : a] + " " + after[: dose_m.start()]
        if n := TABLET_COUNT.search(said):
            return scaled(dose, int(n.group(1)))  # "two extra strength tablets, 500 milligrams each"
    if before_m and (n := COUNT_OF.search(s.low[: before_m.start()])) and TABLETS_AFTER.match(s.low, before_m.end()):
        return scaled(dose, int(n.group(1)))
    return dose


# ("take Tylenol if you need it, and stop the ibuprofen": a clause joined by "and" after it is not its outcome)
_IF_BEFORE = re.compile(r"\b(?:if|in case|should)\b[^.;?]*,(?!\s*(?:and|but|plus|also)\b)[^.;?]*$")
# "hopefully we can eventually get you off that lisinopril": a hope for later, not a stop today
_SOMEDAY = re.compile(
    r"\b(?:eventually|someday|one day|down the (?:road|line)|in the (?:long run|future)|at some point)\b"
)
_IF_QUESTION = re.compile(r"^\W*(?:(?:and|so|but|okay|ok),?\s+)?(?:what\s+)?if\b")


def conditional(sentences: list[Sentence], s: Sentence, a: int) -> bool:
    """Whether what is said of the drug at ``a`` holds only on a condition: "if the aches come back, stop the
    rosuvastatin", or the answer to "And if the legs start up again?"."""
    if _IF_BEFORE.search(s.low[:a]) or _SOMEDAY.search(s.low[max(0, a - 60) : a]):
        return True
    if s.index == 0:
        return False
    prev = sentences[s.index - 1]
    return prev.other_speaker(s) and prev.is_question and bool(_IF_QUESTION.match(prev.low))


# the clinician's imperative that prescribes: "Take azithromycin 500 mg ...", "use Tylenol instead"
IMPERATIVE = re.compile(r"^\s*(?:(?:so|okay|and|now),?\s+)?(?:please\s+)?(?:take|use|give her|give him|apply)\b")
# ... also inside a long spoken plan: "for the knees use tylenol", "while you're on the prednisone take
# omeprazole"; a drug already on the list stays active (medication_merge)
PLAN_IMPERATIVE = re.compile(
    r"(?:^\s*|(?:[,;:]|\b(?:and|so|then|also|just|please|now|yes|okay|instead)|\bfor (?:the |your |her |his )?\w+|"
    r"\bwhile (?:you're|you are|she's|he's) (?:on|taking) [a-z ]{1,30}?)\s+)(?:take|use|try)\s+"
    r"(?:the\s+|some\s+|regular\s+|plain\s+)?$|"
    # "because prednisone thins the bones i want calcium with vitamin d twice a day"
    r"(?:^|\s)(?:i want|i'd like|i would like)(?: you to (?:take|start|use|try|be on))?\s+(?:the\s+|some\s+)?$"
)
# Right after the drug, the drug as the subject of what it does: "prednisone can raise blood sugar",
# "the metformin may lower your b12": no one changes, starts or stops it there
DRUG_DOES = re.compile(
    r"^\W*(?:can|may|might|could|will|would|does|do|tends? to|also)\s+(?:also\s+|sometimes\s+|really\s+)?"
    r"(?:raise|raises|lower|lowers|increase|increases|decrease|decreases|reduce|reduces|cause|causes|thin|thins|"
    r"make|makes|affect|affects|interact|interacts|upset|upsets|help|helps|bump|drop|drops)\b"
)


# Moved from medications.py (which reads them) to keep that module short.
INSTEAD_SAID = re.compile(r"[^.;]{0,40}?\binstead\b(?!\s+of)")
# "400 milligrams per 5 milliliters, 8 milliliters twice a day": a liquid's strength, then the dose taken.
STRENGTH_PER = re.compile(r"^\s*(?:per|/|in|every)\s*(\d+(?:\.\d+)?)\s*(?:ml|milliliters?|millilitres?|cc)\b")
LATER_STEP = re.compile(
    r"\b(?:then|followed by|and then)\s+(\d+(?:\.\d+)?)\s*(?:mg|milligrams?)\b"
    r"(?:[^.;]{0,40}?for (?:the next )?(\d+) days?)?"
)
RECREATIONAL = re.compile(r"\b(?:marijuana|weed|pot|cannabis|cocaine|heroin|meth|methamphetamine|ecstasy)\b")
CHEMO_WITH = re.compile(r"\bchemo(?:therapy)?\s+(?:with|using|of)\s+(?:[a-z-]+,?\s+(?:and\s+)?){0,3}$")
# supplements are named with their own words ("a fish oil capsule", "some vitamin d gummies")
MED_CONTEXT = re.compile(
    r"\b(?:medication|medicine|pill|tablet|capsule|softgel|gumm|inhaler|taking|takes|prescri|dose|supplement|"
    # (a count chewed: "the Tums, I chew two after supper", the antacids and chewables said by how they are
    # taken; not "it hurts when I chew", "the dog chewed up a bottle")
    r"vitamin|over the counter|carry|carries|chewable|chew(?:s|ed)? (?:one|two|three|four|a couple|a few|\d|them|it)\b)"
)

# "no cough syrup with codeine", "no ibuprofen": a drug to avoid is not one taken
NO_BEFORE = re.compile(r"\bno\s+(?!more\b|longer\b)(?:[a-z]+\s+){0,3}$")


def said_as_medication(low: str, a: int, b: int, generic: str = "") -> bool:
    """Whether the sentence talks of medicines, or names the drug at [a, b) as someone's own ("and his EpiPen
    Junior", "my albuterol"): a drug word with nothing of the kind around it is not taken as a medication.
    The drug's own words are no such talk: "vitamin" in "Vitamin D, everyone here is low" names the test
    just ordered, not a supplement taken."""
    # ("a gummy vitamin", "my multivitamin": a vitamin with no letter is always the tablet)
    around = low if "multivitamin" in generic else low[:a] + " " + low[b:]
    return bool(
        MED_CONTEXT.search(around)
        or re.search(r"\b(?:my|his|her)\s+$", low[max(0, a - 6) : a])
        or (_ON_IT.search(low[max(0, a - 30) : a]) and not _IF_ON.search(low[max(0, a - 70) : a]))
    )


# "You're on metformin and lisinopril." "That's right.": the drug said as one the patient is on (not "he's on",
# who may be a relative, nor the speaker's "I'm on": a companion's or the clinician's own)
_IF_ON = re.compile(
    r"\b(?:if|whether|unless|once|in case|when|after|before|until|say|suppos\w*|imagine|assuming|provided|"
    r"as soon as|anyone|people)\b"
)
_ON_IT = re.compile(r"\b(?:you're|you are|you've been)(?: still| also| just)? on (?:the |a |an |some |your )?$")


# the strength of one puff or spray, then how many are taken: "44 micrograms, two puffs twice a day"
PUFFS_OF = re.compile(r"\W{0,3}(?:\w+\W+)?(\d+)\s*(puffs?|sprays?|inhalations?)\b")
# a dose said right before the next drug's name is that drug's ("... and 20 mg of atorvastatin")
OF_NEXT = re.compile(r"\s*of\s+(?:the\s+|your\s+|her\s+|his\s+)?")
# between the previous drug and a dose said before this one: "and", a comma or "plus" make it this one's
OWN_DOSE_BEFORE = re.compile(r"(?:,|\band\b|\bplus\b|\balso\b)[^,]*$")
# the words after a drug that give it a predicate of its own ("and amlodipine 5 mg daily is fine")
# two brand names of one drug joined by "or" share the verb: "stop the motrin or advil, whichever one of
# those" (LIST_NEXT leaves "or" out: two different drugs joined by "or" are a choice, not both taken)
OR_NEXT = re.compile(r"\s*,?\s*or\s+(?:the\s+|your\s+|my\s+|some\s+)?")
PATIENT_LIST_NEXT = re.compile(
    r"\s*,?\s*(?:(?:and|or)\s+)?(?:(?:sometimes|also|occasionally|then|maybe|even)\s+)?(?:or\s+)?"
    r"(?:the\s+|my\s+|some\s+|a\s+little\s+)?"
)
OWN_WORD = re.compile(r"^[^.;]{0,40}?\b(?:is|are|stays?|seems|looks|keep|continue|remains?)\b")
# "from 50 mg to 25 mg", "10 mg to 20 mg", "double it to 40 mg": the dose after "to" is the new one
NEW_DOSE = re.compile(
    r"\bto\s+(\d+(?:\.\d+)?)\s*(?:mg|milligrams?|mcg|micrograms?|units?|puffs?|ml|milliliters?|tablets?)\b"
)


# a new drug brought in without a name the lexicon knows: "add one more tablet", "start you on something new"
NEW_DRUG = re.compile(
    r"\b(?:add|start|try|prescribe|give)\w*\s+(?:you\s+|her\s+|him\s+)?(?:on\s+)?"
    # (not "give another 500 mg": a further dose of the same drug)
    r"(?:(?:one more|1 more|another|a second|a new|an extra|a different)\s+(?:[a-z]+\s+)?"
    r"(?:tablets?|pills?|medicines?|medications?|drugs?|injections?|capsules?|ones?)\b|something\b)"
)
