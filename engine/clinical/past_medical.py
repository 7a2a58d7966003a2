"""When a condition is the patient's past, not their present: the tense and dates it is told with.

Shared by the problem list (which must leave past episodes out) and the history extractors (which file
them as past medical history). ConText's HISTORICAL cue covers "years ago" and "in 2019"; these rules add
what ConText cannot see: the simple past of speech ("I had pneumonia") against a present said in the same
breath ("I have diabetes, diagnosed in 2019").
"""

from __future__ import annotations

import re

from engine.types import Fact, FactKind

# "You had a skin cancer removed", "they removed a cataract": the condition is past, its removal an operation.
REMOVED_THING = re.compile(
    r"\b(?:(?:had|got) (?:a |an |the |my |your |her |his )?((?:(?!\b(?:and|but|had|i)\b)[a-z ]){3,30}?) "
    r"(?:removed|taken out|cut out)|"
    r"removed (?:a |an |the |my |your |her |his )([a-z ]{3,30}?)(?= from|[ ,.]|$))"
)
# Conditions that are an episode by nature: told at all, they are past medical history, never a current
# problem ("a history of anaphylaxis", "the EpiPen is for anaphylaxis").
ONLY_PAST = frozenset({"anaphylaxis"})
# Passing illnesses: "she had a cold a month ago", "I had the flu at Christmas" tell the story of this
# visit's complaint; no clinician lists them as past medical history (unless said "a history of").
PASSING = frozenset({"upper respiratory infection", "influenza", "viral gastroenteritis", "gastroenteritis"})

# A diagnosis told in the simple past ("I had diverticulitis", "she was diagnosed with pneumonia back
# then") is past medical history, unlike "I've had diabetes for years" (present perfect: still there).
_PAST_SAID = re.compile(
    # ("I got the gout", like "I've got the sugar", is today's)
    r"\b(?:i|she|he|you|they)(?: actually| just| also| \w+ly)? (?:had|got(?! the\b)|went into|developed|"
    r"was treated for|was hospitalized for|"
    r"was in the hospital for|were treated for|recovered from)\b"
    r"(?:(?!\b(?:but|so|now|and (?:i|i've|i'm|now))\b)[^.;?]){0,40}$"
)
# Said as current: "I have diabetes, diagnosed in 2019", "we found you had high blood pressure today",
# "I had been diagnosed with hypertension and I take lisinopril".
_STILL = re.compile(
    # ("you have had some anemia in the past" is the present perfect of an episode, which _had_before reads)
    r"\b(?:i have(?! had\b)|i've got|i still have|you have(?! had\b)|she has(?! had\b)|he has(?! had\b)|had been|"
    r"today|currently|still|right now|"
    r"i take|i'm taking|diagnosed|"
    # a chronic problem compared with before is today's: "stage three, same as last year, stable"
    r"same as (?:last|before|the last)|(?:is |it's |that's |still )?stable|unchanged|no worse than)\b"
)
# A diagnosis reported in the past tense is still today's: "he said that I had a kidney stone", "the scan
# showed I had pneumonia".
_REPORTED = re.compile(
    r"\b(?:said|says|told (?:me|her|him|us)|found(?: out)?|showed|shows|thinks?|thought|diagnosed me with)"
    r"(?: that)? (?:i|you|she|he) (?:had|have|has|got)\b[^.;?]{0,40}$"
)
# Where one statement ends inside a spoken sentence: "I have high blood pressure and I had pneumonia last
# year" tells two things with two tenses, and the present of one must not make the other current.
_CLAUSE_END = re.compile(r"[.;!?]|\b(?:but|and (?=i\b|i'|she\b|he\b|you\b|my\b)|also)\b")


def clause_around(low: str, a: int) -> str:
    """The clause of ``low`` that holds position ``a`` (bounded by "and I", "but", stops)."""
    start = max((m.end() for m in _CLAUSE_END.finditer(low, 0, a)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(low, a)), len(low))
    return low[start:end]


def still_current(low: str, a: int | None = None) -> bool:
    """Whether the sentence (or, given ``a``, the clause holding the condition at ``a``) says its
    condition is current, whatever past it also tells."""
    if a is None:
        return bool(_STILL.search(low))
    # an unpunctuated turn runs on into other statements: "you had a heart attack in 2018 we put a stent into
    # your right coronary artery you're still on your aspirin" says nothing current of the heart attack, so
    # the clause is read only a few words past the condition ("diabetes, diagnosed in 2019, stable")
    start = max((m.end() for m in _CLAUSE_END.finditer(low, 0, a)), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(low, a)), len(low))
    return bool(_STILL.search(low[start : min(end, a + 60)]))


# "He had a cold since Thursday", "I had this cough since two weeks": the past tense with "since" tells an
# illness still going (Indian, Singaporean and Caribbean English), not one over.
_HAD_SINCE = re.compile(r"[\w' -]{0,30}?\bsince\b(?! then\b)")


# A test of long ago that found it: "a colonoscopy about three years ago ... showed you had diverticulosis".
_TEST_YEARS_AGO = re.compile(
    r"\b(?:years? ago|back in (?:19|20)\d\d|in (?:19|20)\d\d)\b[^.;?]{0,60}\b(?:showed|found)\b[^.;?]{0,50}$"
)


# ... only a finding of the test itself, a thing a scope or scan sees and nothing treats since; a disease a test
# found long ago ("a blood test five years ago showed I had type 2 diabetes") is still the patient's.
_FOUND_ON_A_TEST = re.compile(
    r"(?:some |a few |small |a small |a couple of |mild |a little )?(?:diverticul\w*|polyps?|nodules?|cysts?|"
    r"gall ?stones?|fatty liver|hiatal hernia|hiatus hernia|hemorrhoids|haemorrhoids|fibroids?)\b"
)


def past_said(low: str, a: int) -> bool:
    """Whether the condition at ``a`` of ``low`` is told in the simple past or as removed (not current)."""
    if (
        _TEST_YEARS_AGO.search(low[max(0, a - 120) : a])
        and _FOUND_ON_A_TEST.match(low, a)
        and not still_current(low, a)
    ):
        return True
    resolved = _RESOLVED.match(low, a)
    if resolved and not _OTHER_SUBJECT.search(resolved.group(0)):
        return True  # "hepatitis c a long time ago, but it was cured": over, however it was diagnosed
    if still_current(low, a) or _REPORTED.search(low[max(0, a - 60) : a]) or _HAD_SINCE.match(low, a):
        return False
    return (
        bool(_PAST_SAID.search(low[max(0, a - 60) : a]))
        or any(m.start() <= a < m.end() for m in REMOVED_THING.finditer(low))
        or _had_before(low, a)
        or bool(_IN_CHILDHOOD.search(clause_around(low, a)))
        or bool(_DATED_BEFORE.search(low[max(0, a - 40) : a]))
        or bool(_OPENS_DATED.match(clause_around(low, a)))
    )


# A condition said to be over, later in its sentence: "... but it was cured", "it cleared up", "it went away
# and never came back" (not "it went away for a while but it's back"; nor "in remission", which a disorder
# or a cancer under care still is).
# ... of this condition, not of another thing named between: "I have diabetes, and the rash on my arm cleared up"
_OTHER_SUBJECT = re.compile(r"(?:\band|\bbut|,)\s+(?:then\s+)?(?:the|my|his|her|your|a|an|that|this)\s+[a-z]{3,}")
_RESOLVED = re.compile(
    r"[^.;?]{0,70}?\b(?:(?:was|got|been|is|it's) (?:cured|resolved|treated and cured)|cleared up|went away|"
    r"gone away|resolved (?:completely|on its own|by itself)|never came back)\b"
    r"(?![^.;?]{0,30}\b(?:back|again|returned)\b)"
)


# "twenty years ago i broke my ankle", "back in 2015 I had a blood clot": a date told first, long gone
# (ConText reads "years ago" only after the condition). Days and weeks ago are today's story.
_DATED_BEFORE = re.compile(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty|a few|a couple of|several|many) "
    r"years? ago|back in (?:19|20)\d\d|in (?:19|20)\d\d)\b,?\s+(?:i|she|he)\b[^.;?]{0,25}$"
)


# A clause that opens on a past year, the episode told without a verb: "Last year, at the district hospital,
# with malaria", "In 2019, a bad bout of typhoid", "two years back, pneumonia" ("diagnosed", "still" keep it
# current: past_said asks still_current first).
_OPENS_DATED = re.compile(
    r"\W*(?:(?:only|just|and|oh|well|so|um|uh)\W+)*(?:last year|the year before(?: last)?|"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty|a few|a couple of|several|many) "
    r"years? (?:ago|back)|back in (?:19|20)\d\d|in (?:19|20)\d\d)\b"
)


# "I tore the meniscus in my right knee playing softball, and they scoped it": treated since, so history
_TREATED = re.compile(
    r"[^.;?]{0,60}?\b(?:they|he|she|the (?:surgeon|doctor|doctors)) (?:scoped|fixed|repaired|operated on|pinned|"
    r"reconstructed|took (?:it|them) out)\b"
)


def treated_after(low: str, b: int) -> bool:
    """Whether the condition ending at ``b`` is said to have been operated on since ("and they fixed it")."""
    return bool(_TREATED.match(low, b))


def told_as_past(low: str, a: int, b: int, name: str, historical: bool) -> bool:
    """Whether the patient's condition ``name`` at ``low[a:b]`` is past medical history: "a history of",
    an episode by nature, operated on since, or told in the past (ConText's ``historical`` or the simple
    past), unless a passing illness."""
    if history_of(low, a) or name in ONLY_PAST or treated_after(low, b):
        return True
    return name not in PASSING and ((historical and not still_current(low, a)) or past_said(low, a))


# "I broke my arm when I was ten", "pneumonia as a kid", "a broken ankle in college": an episode of long ago
_IN_CHILDHOOD = re.compile(
    r"\b(?:when (?:i|she|he|you) (?:was|were) (?:a |little|young|small|\d+|in \w+)|"
    r"as a (?:kid|child|baby|toddler|teen|teenager|boy|girl)|"
    # Singaporean and Caribbean English: "when baby he got eczema", "when I was small"
    r"when (?:a )?(?:baby|small|little)\b|when (?:i|she|he) (?:was )?small|"
    # ("and when he was baby he had wheezing", "when she was an infant")
    r"when (?:i|she|he|you) (?:was|were) (?:an? )?(?:baby|infant|newborn|toddler)\b|"
    r"in (?:college|high school|grade school|middle school|elementary school|my (?:teens|twenties|\d+s)))"
)


def _had_before(low: str, a: int) -> bool:
    # "I've had kidney stones before", "she's had pneumonia a couple of times previously": earlier episodes;
    # so are episodes counted: "he's had two heart attacks", "she's had pneumonia twice"
    clause = clause_around(low, a)
    at = clause.find(low[a : a + 12])
    if at > 0 and _HAD_COUNTED.search(clause[:at]):
        return True
    return at > 0 and bool(re.search(r"\bhad\b", clause[:at])) and bool(_BEFORE.search(clause[at:]))


_BEFORE = re.compile(
    r"\b(?:before|previously|in the past|once or twice|a couple of times|a few times|twice|"
    r"(?:two|three|four|five|several|many|multiple|\d+) times|on (?:two|three|several|\d+) occasions)\b"
)
# "he's had two heart attacks", "I've had a couple of kidney stones", "she has had several UTIs"
_HAD_COUNTED = re.compile(
    r"\b(?:'s|'ve|has|have) had (?:two|three|four|five|several|multiple|a couple of|a few|a couple|[2-9]|\d\d+) "
    r"(?:\w+ )?$"
)


# "A history of asthma", "past medical history of type 2 diabetes": how past medical history is named, for a
# condition still there as much as for one long gone (a chronic problem is also past medical history).
# Every item of a list said after it counts ("a history of hypertension, type 2 diabetes, and high
# cholesterol"), up to a word that starts another statement ("... and she takes", "who presents").
_HISTORY_OF = re.compile(
    r"\b(?:history of|h/o|pmh of|pmh|past medical history(?: of| includes| is)?)\s+"
    # (a transcript's comma may stand apart: "heart failure , depression and hypertension")
    r"(?:(?!(?:but|so|because|which|that|who|i|you|she|he|we|it|now|today|was|is|has|had)\b)[\w'/-]+\s?,?\s+){0,12}$"
)


def history_of(low: str, a: int) -> bool:
    """Whether the condition at ``a`` of ``low`` is named as the patient's history ("a history of ...")."""
    # (a list of twelve names reaches further back than one: "significant for congestive heart failure, ...")
    before = low[max(0, a - 140) : a]
    return bool(_HISTORY_OF.search(before)) and not re.search(r"\bfamily (?:medical )?history\b", before)


# A question about an earlier episode: "Have you ever had chickenpox?", "Has he had ear infections before?"
_EVER_HAD = re.compile(
    r"\b(?:have|has|had|did) (?:you|he|she|they)(?: ever)? (?:had|have|get|got|been diagnosed with|been treated for)\b|"
    r"\bever (?:had|been diagnosed with|been treated for)\b|"
    r"\b(?:had|have)\b[^?]{0,40}\b(?:before|in the past|previously)\b|"
    # the verb left out, as a clinician asks in passing: "any ear infections before?", "any previous
    # chest infections?", "any other skin cancers in the past?"
    r"^\W*(?:(?:and|so|okay|ok|right|now)\W+)*any (?:(?:other|previous|prior|past|earlier) (?=\w)|"
    r"(?=[^?.]{3,40}\b(?:before|in the past|previously)\W*$))|"
    # "looks like you've got a history of anaphylaxis, is that correct?"
    r"\bhistory of\b(?=[^?]*\b(?:is that|right|correct)\W*\?)"
)
# The answer that says so: "Yes", "As a girl, yes", "Just one, last winter", "Once, like five years ago".
_SAID_YES = re.compile(
    # (Ghanaian, Kenyan and Nigerian English: "Ah, many times, since I was small.")
    r"^\W*(?:(?:um|uh|oh|ah|eh|well|so),?\s+)*(?:yes|yeah|yep|yup|uh-huh|mm-hmm|he did|she did|i did|once|twice|"
    r"(?:many|several|plenty of|so many) times|"
    r"(?:just |only )?(?:one|1|a couple|a few|two|2|three|3)(?: times?| of them)?\b(?!\s+(?:of (?:my|his|her)|more))|"
    r"(?:as a|when i was a|when he was a|when she was a) (?:girl|boy|kid|child|baby|teen|teenager)\W+yes|"
    # "Had one cut off the top of the ear", "She had two last year": the episode counted back
    # (the count ends its clause or a time follows: not "He had two kidney infections as a toddler, but never a
    # stone")
    r"(?:(?:i|she|he) )?had (?:one|1|two|2|three|3|a couple|a few|several)"
    r"(?=\s*(?:[.,;!]|$|last|this|before|as a|when|in \d|years? ago|back)))"
)


# An earlier injury asked about: "Ever hurt your back before?", "Have you injured that knee in the past?"
_EVER_HURT = re.compile(
    r"\b(?:hurt|injured|injure|sprained|sprain|twisted|twist)\s+(?:your|that|the|this)\s+(?:(?:right|left)\s+)?"
    r"(back|neck|knee|ankle|shoulder|wrist|hip|foot|elbow|hand)\b(?=[^?]*\b(?:before|ever|previously|in the past)\b)|"
    r"\bever\s+(?:hurt|injured|sprained|twisted)\s+(?:your|that|the|this)\s+(?:(?:right|left)\s+)?"
    r"(back|neck|knee|ankle|shoulder|wrist|hip|foot|elbow|hand)\b"
)


def confirmed_past(sentences: list) -> list[Fact]:
    """Past medical history the clinician asks about as an earlier episode and the other speaker confirms:
    "Have you ever had chickenpox?" "As a girl, yes." -> chickenpox."""
    from engine.clinical.vocabulary import find_problems  # the vocabulary is heavy: loaded on first use

    out = []
    for q, a in zip(sentences, sentences[1:], strict=False):
        asks = q.asks
        if q.segment.speaker != "clinician" or not asks or a.segment.speaker == q.segment.speaker:
            continue
        if (hurt := _EVER_HURT.search(q.low)) and _SAID_YES.match(a.low):
            # "Ever hurt your back before?" "Once, like five years ago." -> a prior back injury
            name = f"prior {hurt.group(1) or hurt.group(2)} injury"
            out.append(
                Fact(
                    kind=FactKind.history,
                    name=name,
                    attributes={"category": "past_medical"},
                    evidence=q.evidence(*hurt.span()),
                )
            )
        ever = _EVER_HAD.search(q.low)
        if ever is None or not _SAID_YES.match(a.low) or re.search(r"\b(?:family|mom|dad|mother|father)\b", q.low):
            continue
        out += [
            Fact(
                kind=FactKind.history,
                name=c.name,
                attributes={"category": "past_medical", "icd10": c.code},
                evidence=q.evidence(start, end),
            )
            for start, end, c in find_problems(q.low)
            if start >= ever.start() and not still_current(q.low, start) and not _ITS_VACCINE.match(q.low, end)
        ]
    return out


# "Did you get your covid vaccine?" "Yes.": the vaccine (or test) named by its disease, no episode of it
_ITS_VACCINE = re.compile(r"\s*(?:vaccines?|vaccinations?|shots?|boosters?|jabs?|tests?|swabs?|screening)\b")


# "When I had my prostate out in 2018.", "When I was diagnosed with diabetes, about five years ago.": a time
# clause told as an answer, though it opens like a question (sentences.py reads "when ..." as one).
_WHEN_TOLD = re.compile(
    r"^\W*(?:(?:just|only|oh|um|uh|well|yeah|yes|no|not|back),?\s+)*(?:when|while|after|since|before)\s+"
    r"(?:i|i've|i'd|we|my|he|she|they|baby|small|little)\b"  # ("when baby he got eczema")
)


def told_when(s) -> bool:
    """Whether the sentence ``s`` is a time clause the patient (or a relative) tells, not a question (the
    clinician's unpunctuated "when i press here does it hurt" asks)."""
    told = s.segment.speaker != "clinician" and bool(_WHEN_TOLD.match(s.low))
    return told and not s.norm.text.rstrip().endswith("?")
