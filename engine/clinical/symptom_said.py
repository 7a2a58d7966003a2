"""Whether a symptom named in a statement is the patient's now, and which way: the checks symptoms.py makes of
each symptom a sentence says (not asks).

Not the patient's now: a drug's past side effect, an earlier episode ("last time I took it"), one said and then
said gone, a risk, the clinician's own action ("we numb it first"), an allergy's reaction, a relative's, the
clinician's "no fever" beside the vitals (afebrile) and a negative imaging or exam finding. Which way: ConText's
negation, less a "no" that only answers the question ("No, I can't sleep"), "not as much", "never this bad",
"not X exactly" (a hedge), a per-symptom "yes"/"no" after the name and "but that's gone now".
"""

from __future__ import annotations

import re
from dataclasses import replace

from engine.clinical.answers import FILLER
from engine.clinical.family_history import relative_told_of
from engine.clinical.sentences import Sentence
from engine.clinical.symptom_lists import ORGAN_SUBJECT, allergy_reaction
from engine.clinical.symptom_talk import over_next, side_effect_past

_SELF_NEGATIVE = re.compile(r"\b(?:can't|couldn't|cannot|unable|no|not)\b")
# the "no" that answers the question, at the start of the sentence, with no other negation before the span
_ANSWER_NO = re.compile(FILLER + r"(?:no|nope)\b,?")
_NEG_CUE = re.compile(r"\b(?:denie[sd]|deny|not|never|without|isn't|wasn't|don't|doesn't|didn't)\b")
_NEVER_THIS = re.compile(
    r"\s*(?:\w+\s+)?(?:this|that|so) (?:bad|severe|painful|intense|strong|high|long|often|frequent|many|much)\b"
    r"|\s*like this\b"
)
# "No, I've gained 5 pounds", "weight no, if anything I've put on a couple of kilos": the bare "no" answers the
# loss asked, and a new clause with its own subject and no negative of its own tells the change there was.
_NO_THEN_TOLD = re.compile(
    # (unpunctuated too when "if anything" or "actually" opens the clause: "weight no if anything i've put on")
    r"\b(?:no|nope|nah)(?:\s*[,.;]\s*|\s+(?=(?:if anything|actually|in fact)\b))"
    r"(?:(?:if anything|actually|but|though|in fact),?\s+)?"
    r"(?:i|i've|i'm|i have|i am|he|she|he's|she's|he has|she has|my|his|her)\s"
    r"(?:(?!\b(?:no|not|never|without|nothing|none)\b|n't)[^.;?!])*$"
)
# "No, I have a bit of a stuffy nose", "nope he's got a rash though" (unpunctuated too): the "no" answers what
# was asked, and a new clause in which someone has the symptom, with no negative of its own, tells it is there
_NO_THEN_HAS = re.compile(
    r"\b(?:no|nope|nah)(?:\s*[,.;]\s*|\s+)(?:(?:but|though|actually|just),?\s+)?(?:i|he|she)"
    r"(?:'ve| have| has|'s| do have| does have)?(?: got| been having| had)? ?"
    r"(?<=\s)(?:have|has|got|gets|get|having)\s(?:(?!\b(?:no|not|never|without|nothing|none|any)\b|n't)[^.;?!])*$"
)
# a symptom said as its owner's part ("my neck is tight"), after a "no" that took one or two words of its own
_OWNED = re.compile(r"(?:my|his|her) ")
_NO_OTHER = re.compile(r"\bno\s+[a-z]+(?:\s+[a-z]+)?[,;.]?\s+(?:(?:and|but|just)\s+)?$")
_WEIGHT = re.compile(r"\b(?:pounds|lbs|kilos|kg|stone|weight)\b")
# A per-symptom answer after the symptom: "Nausea yes, vomiting no.", "no fever no chills cough yes".
# "The constipation, no, it's the opposite.": the comma before the answer too.
_AFTER_YES = re.compile(r"[\s,]*(?:yes|yeah|yep)\b")
# ("Numbness, not really.", "swelling, not so much": a hedged no, after the name, ends the answer)
_AFTER_NO = re.compile(r"[\s,]*(?:no|nope|not really|not so much|not at all|none)\s*(?:[,.;!?]|$)")
# "No chest pain, yes I have a cough": a "yes" after a symptom its own "no" denies answers the next one, or the
# question, and never makes the denied symptom present.
_DENIED_RIGHT_BEFORE = re.compile(r"\b(?:no|not|denies|denied|without|never)\s+(?:any\s+|real\s+)?$")
# "the cough went away and came back": gone, then back, so there now
_CAME_BACK = re.compile(
    r"^[^.;?!]{0,40}?\b(?:went away|cleared up|stopped|resolved|settled|got better)\b[^.;?!]{0,30}?"
    r"\b(?:came|comes|coming|come|is|it's|they're|has come) back\b"
)
# "I have a cough, and the rash went away": the going is another thing's, said after this one
_OTHER_GONE = re.compile(
    r"^[^.;?!]{0,40}?(?:,\s*|\s)(?:and|but) (?:the|my|his|her|your|that) [a-z' ]{2,25}?\s"
    r"(?:went away|gone away|is gone|has gone|has cleared up|cleared up|resolved|got better|has stopped|stopped)\b"
)
# "I had a cough but that's gone now": the clause after says it has gone.
_GONE_AFTER = re.compile(
    r"^[^.;?!]{0,30}?\b(?:but|and) (?:that|it|they|those)(?:'s| is| are|'re| has| have)?"
    r"(?: all| completely)? (?:gone|went away|resolved|cleared up|stopped|fine now|okay now|ok now|all better|"
    r"settled(?: down)?|calmed down|wore off|passed)\b"
    # "the calf pain that was there in august, that's gone"
    r"|^[^.;?!]{0,30}?,?\s(?:that's|that is|that has|it's|it has)(?: all)? (?:gone|cleared up|resolved)\b(?! worse)"
    # "the rash on my arm cleared up", "the cough finally went away": said gone right after its name
    r"|^(?:\s+(?:on|in|around) (?:my|the|his|her|your) [a-z]+)?\s+(?:has |have |had |just |finally |all |completely )*"
    r"(?:cleared up|gone away|went away|resolved)\b(?! (?:and|but) (?:came|come|it's|it is) back)"
    # "Back in March I had a bad fever, but nothing since."; "a lump here, but I haven't felt it since"
    r"|^[^.;?!]{0,30}?\bbut (?:nothing|none|not) since\b"
    r"|^[^.;?!]{0,45}?\bbut (?:i|she|he|we) (?:have|has)(?: not|n't| n't) (?:felt|seen|noticed|had) "
    r"(?:it|them|that|one|any)(?: again)? since\b"
)
# "Never the flashing lights.", "never any blurred vision", "I never get headaches": a "never" right before the
# symptom (with at most a verb of having or noticing and a determiner between) denies it, as ConText's own
# "never had" does. Not "I never used to get headaches" (now they come), and "never this bad" stays present.
_NEVER_BEFORE = re.compile(
    r"\bnever\s+(?:(?:ever|really|once|even)\s+)?(?:(?:get|gets|got|getting|have|has|had|having|see|seen|saw|"
    r"notice|noticed|feel|felt|suffer|suffered)\s+(?:from\s+)?)?(?:(?:any|the|a|an|no|much|those|them|that)\s+)?$"
)
# "I can't get up the steps without getting winded", "can't walk to the car without being short of breath":
# not being able to do a thing without the symptom says the symptom comes every time (ConText reads the
# "without" as a denial).
_CANNOT_WITHOUT = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to|hardly)\b[^.;?!]{0,60}?\bwithout\s+"
    r"(?:(?:getting|being|feeling|becoming|going|having|stopping)\s+)?(?:(?:a|an|all|so|really|very|real)\s+)?$"
)
# "one time he got all sweaty and shaky and he drank a Coke and it went away", "I got dizzy for a minute, then it
# passed after ten minutes": the end of one episode told, after what was done for it or within minutes, is how
# that episode went, not a denial (ConText's backward "went away" read it as one). "The nausea went away after
# the first two weeks" (the complaint itself over) stays denied.
_EPISODE_OVER = re.compile(
    r"^[^.;?!]{0,80}?\b(?:and|then|so|but)\s+(?:then\s+)?(?:(?:i|he|she|we|they|you)\s+"
    r"(?!(?:don't|didn't|never|can't|haven't|hasn't|no|not)\b)[a-z']+\b[^.;?!]{0,60}?\b(?:and|then|so)\s+)?"
    r"(?:then\s+)?(?:it|that|they|those|the \w+)\s+(?:went away|passed|stopped|settled(?: down)?|got better|"
    r"was gone|wore off)\b(?P<after>[^.;?!]*)"
)
_EPISODE_ACTION = re.compile(r"\b(?:and|then|so)\s+(?:then\s+)?(?:i|he|she|we|they|you)\s+[a-z']+")
_MINUTES = re.compile(
    r"\b(?:a|an|one|few|couple|\d+|\w+ty|ten|five|fifteen|twenty)\s+(?:\w+\s+)?(?:seconds?|minutes?|mins?|hours?)\b"
)
_ONE_TIME = re.compile(r"\b(?:(?:one|1) time|once|that time|one day|one night|one morning|the other day)\b")
# An unsure no to one symptom asked ("I don't think so, maybe"): not a denial. Not a "maybe" after "fine": "no
# they're grand, bit loose maybe" hedges another thing, and the thing asked is denied.
UNSURE = re.compile(r"^(?:(?!\b(?:fine|grand|normal|alright)\b).)*?\b(?:maybe|not sure|possibly|might have|could be)\b")
_NOT_EXACTLY = re.compile(r"\W*(?:exactly|per se)\b")
_LESS = re.compile(r"\bas (?:much|bad|often|many|severe)\s+(?:\w+\s+)?$")
# What the clinician sees, hears or images: a negative after these is a finding, never the patient's denial.
_LOOKED = re.compile(
    r"\b(?:i (?:don't|do not|didn't) (?:see|feel|hear|appreciate)|evidence of|x-?ray|mri|ct|scan|ultrasound|"
    r"imaging|shows?|showed)\b"
)
# The local anaesthetic's numbness, given or to be given ("the numbing medicine", "I'll numb it up", "okay,
# that's numb now", "little pinch and burn from the numbing"): what the clinician does, not a symptom had.
_ANAESTHETIC = re.compile(
    r"\bnumbing (?:medicine|medication|stuff|shot|injection|cream|gel|spray|drops?|agent)\b"
    r"|\b(?:the|from the|some) numbing\b(?! (?:in|of|down|sensation|feeling))"
    r"|\bnumb(?:ed)? (?:it|you|him|her|that|this|the (?:area|skin|finger|toe|wound|spot|site))(?: up)?\b"
    r"|\bnumbed up\b|\b(?:lidocaine|local anaesthetic|local anesthetic|anaesthetic|anesthetic)\b"
    r"|\bstick and (?:a )?burn\b|\bpinch and (?:a )?burn\b"
)
# "the last time I took it", "last time this happened": an earlier episode told; not "since last time".
_LAST_TIME = re.compile(r"(?<!since )(?<!since the )\blast time\b(?!\W+(?:i|we) (?:saw|spoke|talked|met))[^.;?!]*$")


def not_now(sentences: list[Sentence], s: Sentence, a: int, b: int, name: str, ctx, afebrile: bool) -> bool:
    """Whether the symptom ``name`` said at ``s.low[a:b]`` (ConText's reading ``ctx``) is not a symptom this
    patient has or denies now; ``afebrile`` when the clinician is giving the vitals."""
    if name == "weakness" and ORGAN_SUBJECT.search(s.low[:a]):
        return True
    if name == "fatigue" and re.match(r"\s+of\b", s.low[b:]):
        return True  # "just tired of hurting": fed up, not fatigue
    if side_effect_past(sentences, s, a) and not ctx.negated:
        return True  # "I stopped it, it made me so groggy": a drug's past effect, not a symptom now
    if _LAST_TIME.search(s.low[max(0, a - 40) : a]) and not ctx.negated:
        return True  # "Last time I took it I got a rash": an earlier episode (problems keep "last time you had")
    if not ctx.negated and over_next(sentences, s):
        return True  # "I had a sore throat the week before. That's all gone now."
    if re.match(r"\s*(?:risk|precautions?)\b", s.low[b:]):
        return True  # "because of the bleeding risk": a risk named, not a symptom had
    if re.search(r"\b(?:we|i'll|i will|let me|going to|gonna)\s+$", s.low[max(0, a - 12) : a]):
        return True  # "we numb it first": the clinician's action, not the patient's symptom
    if name == "numbness" and s.segment.speaker != "patient" and _ANAESTHETIC.search(s.segment.text.lower()):
        return True  # the clinician's local anaesthetic, not the patient's numbness
    if allergy_reaction(name, sentences, s):
        return True  # "sulfa makes me break out": the allergy's reaction (allergies.py), not a symptom
    if relative_told_of(sentences, s, a):
        return True  # "What about your mom?" "She gets migraines.": the mother's, not the patient's
    if afebrile and name == "fever" and ctx.negated:
        return True  # the clinician's "no fever" with the vitals is the exam finding "afebrile"
    # "the x-ray doesn't show any swelling": the clinician's finding, not a denied symptom
    return bool(ctx.negated and s.segment.speaker != "patient" and _LOOKED.search(s.low[s.clause_start(a) : a]))


def said_polarity(s: Sentence, a: int, b: int, ctx) -> tuple[bool, bool]:
    """(negated, possible) of the symptom said at ``s.low[a:b]``, from ConText's reading ``ctx`` and the words
    around it."""
    # "No, I couldn't put weight on it", "no, I can't sleep": the symptom's own words carry the
    # negative; the "no" before it answers the question, it does not deny the symptom.
    negated = ctx.negated and not (
        _SELF_NEGATIVE.search(s.low[a:b]) and _ANSWER_NO.match(s.low[:a]) and not _NEG_CUE.search(s.low[:a])
    )
    # "I don't, I don't have quite as much shortness of breath": less of it is still some; "I've never
    # had a headache this bad" is the worst one yet; "not chest pain exactly" is a hedge.
    negated = negated and not (_LESS.search(s.low[max(0, a - 30) : a]) or _NEVER_THIS.match(s.low[b:]))
    negated = negated and not _CANNOT_WITHOUT.search(s.low[max(0, a - 90) : a])
    if not negated and _NEVER_BEFORE.search(s.low[max(0, a - 40) : a]) and not _NEVER_THIS.match(s.low[b:]):
        negated = True
    # (only a weight told as a change: "no" to a loss, then the gain; any other symptom keeps the "no")
    negated = negated and not (_WEIGHT.search(s.low[a:b]) and _NO_THEN_TOLD.search(s.low[:a]))
    negated = negated and not _NO_THEN_HAS.search(s.low[max(0, s.clause_start(a) - 60) : a])
    # "no fever my neck is tight": the "no" denies the word after it; the part told of next is a new statement
    negated = negated and not (_OWNED.match(s.low, a) and _NO_OTHER.search(s.low[max(0, a - 40) : a]))
    # "I have a cough, and the rash went away": the "went away" is the rash's (ConText's backward cue reached
    # back over the other thing told of to this one)
    negated = negated and not (
        _OTHER_GONE.match(s.low[b:])
        and not _NEG_CUE.search(s.low[max(0, s.clause_start(a) - 20) : a])
        and not re.search(r"\bno\b", s.low[max(0, s.clause_start(a) - 20) : a])
    )
    # "the cough went away and came back": back now
    negated = negated and not _CAME_BACK.match(s.low[b:])
    episode = _episode_over(s, a, b)
    negated = negated and not episode
    if ctx.negated and _NOT_EXACTLY.match(s.low[b:]):
        negated, ctx = False, replace(ctx, possible=True)
    if _AFTER_YES.match(s.low[b:]) and not _DENIED_RIGHT_BEFORE.search(s.low[max(0, a - 20) : a]):
        negated = False
    elif _AFTER_NO.match(s.low[b:]) or (
        _GONE_AFTER.match(s.low[b:]) and not episode and not _CAME_BACK.match(s.low[b:])
    ):
        negated = True
    return negated, ctx.possible


def _episode_over(s: Sentence, a: int, b: int) -> bool:
    """Whether the sentence tells one episode of the symptom at ``s.low[a:b]`` that then ended (after something
    done for it, within minutes or hours, or as 'one time'), with no negative before the symptom."""
    if _NEG_CUE.search(s.low[:a]) or re.search(r"\bno\b", s.low[:a]):
        return False
    m = _EPISODE_OVER.match(s.low[b:])
    if not m:
        return False
    said = s.low[b : b + m.start("after")]
    return bool(
        _EPISODE_ACTION.search(said)
        or _MINUTES.search(said + m.group("after"))
        or _ONE_TIME.search(s.low[max(0, a - 80) : a])
    )


# A denial read out as a long list ("you've not had any weight loss, headaches, bone pain, urinary symptoms, or
# blood in the stools"): ConText's scope (context.MAX_SCOPE tokens) ends before the last items. An item joined to a
# denied one by commas and "or" (other items between, no clause of its own) and itself ending the list is denied.
_LIST_GAP = re.compile(
    r"^(?:\s*,\s*(?:(?:or|nor)\s+)?(?:(?!(?:but|though|although|except|i|i'm|i've|he|she|we|they|it|it's|is|was|are|"
    r"have|has|had|get|got|gets|my|his|her|yes|yeah|just|only|then|so|because|and)\b)[a-z'-]+(?:\s+|(?=\s*,))){0,3})*"
    r"\s*,\s*(?:(?:or|nor|and)\s+)?(?:any\s+|the\s+)?$"
)
_LIST_END = re.compile(r"\s*(?:[,.;?!]|$)")


def carried_denials(s: Sentence, spans: list[tuple[int, int]], contexts: list) -> list:
    """ConText's readings ``contexts`` of the mentions at ``spans`` of ``s.low``, with a long list's denial carried
    on to its last items (a list said as one denial)."""
    out = list(contexts)
    for i in range(1, len(spans)):
        (_, pb), (a, b) = spans[i - 1], spans[i]
        if out[i - 1].negated and not out[i].negated and _LIST_GAP.match(s.low[pb:a]) and _LIST_END.match(s.low[b:]):
            out[i] = replace(out[i], negated=True)
    return out
