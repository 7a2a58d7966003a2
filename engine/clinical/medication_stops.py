"""A drug the patient no longer takes, said in an answer or the next sentence rather than beside its name.

"Are you still on the rosuvastatin?" "Oh, I stopped it last month."; "We have you on the Prozac 20. Are you
taking that?" "I was, but I've weaned myself off it."; "I tried Benylin ... so I stopped it last week."; and
an answer that denies the drug asked about ("Aspirin, no."). Moved out of medication_answers.py, which reads
the doses and yeses of such answers.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.lexicon import find_drugs
from engine.clinical.medication_merge import merge
from engine.clinical.past_courses import finished_next
from engine.clinical.sentences import Sentence
from engine.types import Fact

# an answer that denies the drug asked about: "aspirin no", "no, no aspirin", "nope, never took it"
# ("yeah nah", the Australian and New Zealand no)
DENIED = re.compile(
    r"^\W*(?:no|nope|none|never|not|nah(?!,? yeah)|(?:yeah|yep),? nah)\b|^\W*[a-z-]+\W+(?:no|nope|never|none|nah)\b\W*$"
)
_ANSWER_STOPPED = re.compile(
    r"^\W*(?:(?:um|uh|oh|well|no|nope|nah|yeah nah|actually),?\s*)*(?:i|she|he|we) (?:actually |already |just )?"
    r"(?:stopped|quit|don't take|do not take|"
    r"haven't taken|ran out)|^\W*(?:no,?\s*)?not (?:anymore|any more)\b|"
    # "Nope, stopped it.", "Yeah nah, quit them at Christmas": the no's subject left unsaid
    r"^\W*(?:no|nope|nah|(?:yeah|yep),? nah),?\s*(?:stopped|quit|came off|gave up)\b|"
    # coming off it said many ways, after what came before: "I was taking it regularly, but I've kind of
    # weaned myself off of it", "I came off it a month ago", "I was, but I got off it after Christmas"
    r"^[^.?!]{0,60}?\b(?:i|she|he)(?:'ve| have|'d| had)? (?:kind of |kinda |sort of |actually |already |just )?"
    r"(?:weaned|weened|tapered|came off|come off|got off|gone off|went off|been off|"
    r"(?:took|taken) (?:myself|herself|himself) off)\b|"
    # the doctor stopped it: "No, that one the cardiologist stopped last year", "That one my GP took me off"
    r"^\W*(?:(?:um|uh|oh|well|no|nope|nah|actually),?\s*)*(?:that 1|this 1|that|it|those)\s+"
    r"(?:(?:the|my|his|her)\s+(?:\w+\s+)?(?:doctor|gp|cardiologist|specialist|consultant|\w+ologist|nurse)|"
    r"dr\.? \w+|he|she|they)\s+(?:already\s+)?(?:stopped|discontinued|took (?:me|him|her) off)\b"
)


def answered_stopped(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether another speaker answers the question ``s`` about a drug with "I stopped it"."""
    if s.index + 1 >= len(sentences) or s.segment.speaker == "patient":
        return False
    nxt = sentences[s.index + 1]
    # "We have you on the Prozac 20. Are you taking that?": the answer follows the asker's own question
    for later in sentences[s.index + 1 : s.index + 4]:
        if later.segment.speaker != s.segment.speaker:
            nxt = later
            break
        if not later.asks or find_drugs(later.low):
            break
    # "I stopped taking the ibuprofen, but the lisinopril is fine" stops the ibuprofen only
    # ("That one the cardiologist stopped in May, but he restarted it last month": back on it)
    if not s.other_speaker(nxt):
        return False
    said = _answer_text(sentences, nxt)
    return bool(_ANSWER_STOPPED.match(said)) and not find_drugs(said) and not _RESTARTED.search(said)


# an answer's first sentence that holds only a sound or a bare no: "Ah. No. I stopped them in the spring."
_ONLY_A_SOUND = re.compile(r"\W*(?:ah|oh|um|uh|hmm|erm|er|well|right|okay|ok)\W*")
_BARE_NO = re.compile(r"\W*(?:no|nope|nah)\W*")


def _answer_text(sentences: list[Sentence], nxt: Sentence) -> str:
    """The answer as read for a stop: its first sentence, past sounds, with a bare no joined to what follows."""
    turn = [x for x in sentences[nxt.index : nxt.index + 4] if x.segment is nxt.segment]
    while len(turn) > 1 and _ONLY_A_SOUND.fullmatch(turn[0].low):
        turn = turn[1:]
    if len(turn) > 1 and _BARE_NO.fullmatch(turn[0].low):
        return "no, " + turn[1].low
    return turn[0].low


_RESTARTED = re.compile(r"\b(?:restart\w*|re-?started|back on|started (?:it|them|that) again|resum\w*|only for)\b")


# "I took it for six months and then I felt fine so I quit it", "so you stopped it on your own"
_STOPPED_IT = re.compile(
    r"\b(?:i|she|he|you|we)\s+(?:\w+\s+){0,2}?(?:quit|stopped|came off|come off|went off)\s+"
    r"(?:taking\s+|using\s+)?(?:it|that|them|those)\b"
)


_OTHER_TOPIC = re.compile(
    r"\b(?:smok\w*|cigarettes?|vap\w*|drink\w*|alcohol|beer|wine|soda|coffee|job|work\w*|school|gym|"
    r"exercis\w*|running|diet)\b"
)
_NEVER = re.compile(r"\b(?:never|didn't|did not|haven't|have not|don't|do not|wouldn't|won't)\b")


def stopped_without_name(sentences: list[Sentence], s: Sentence, facts: dict[str, Fact]) -> None:
    """A drug the patient stopped, said with "it" right after the one drug the talk is about."""
    m = _STOPPED_IT.search(s.low)
    if not m or s.question_at(m.start()) or _OTHER_TOPIC.search(s.low) or _NEVER.search(s.low[: m.end()]):
        return  # "I never stopped it", "the cigarettes, I quit it", "my job ... so I quit it"
    # only the drug of the sentence just before ("...allopurinol on your list, are you still taking that?")
    prev = sentences[s.index - 1] if s.index else None
    named = [d for d in find_drugs(prev.low) if not lexicon.is_drug_class(d[2])] if prev else []
    if len({d[2] for d in named}) != 1 or named[0][2] not in facts:
        return
    generic = named[0][2]
    if facts[generic].attributes.get("status") == "active":
        facts[generic] = merge(facts[generic], {}, "stopped", s.evidence(m.start(), m.end()))


# said in the speaker's next sentence: "I tried Benylin ... Didn't touch it, so I stopped it last week."
_STOPPED_NEXT = re.compile(
    r"^[^.;?]{0,40}?\b(?:(?:but|and|so|then)\s+)?(?:i|she|he|we)\s+(?:\w+\s+)?(?:stopped|quit|came off|gave up)"
    r"(?:\s+(?:taking|using))?\s+(?:it|that|them|those|this)\b"
)


# the clinician's stop a sentence or two after naming the drug: "And the baby aspirin: ... the bleeding risk is
# bigger than the benefit. I'd stop it.", "The ibuprofen is hard on your kidneys. Let's stop it.", "That has
# to go." (not "if the rash comes back, stop it", nor "don't stop it")
_STOP_IT = re.compile(
    # (no negative before the stop: "I wouldn't stop it", "you can't stop it suddenly", "we're not going to
    # stop it", "there's no reason to stop it" keep the drug)
    r"^(?:(?!\bif\b|\bunless\b|\bwhen\b|n't\b|\bnot\b|\bnever\b|\bno (?:reason|need)\b)[^.;?])*?"
    r"\b(?:(?:i'd|i would|let's|let us|we'll|we will|we should|i want you to|i'd like you to|you should|"
    r"you need to|please|i'm going to|i am going to|time to|so)\s+)?"
    r"(?:stop|discontinue|come off|get you off|take you off|drop)(?:\s+(?:taking|using))?\s+(?:it|that|them|this)\b|"
    r"^(?:that|it|this) (?:has to|needs to|should|must|will have to) (?:go|stop)\b"
)
# ... and, in the sentence right after the drug, "I don't think you need it anymore, your pressure is low"
_NO_NEED_NEXT = re.compile(
    r"^(?:(?:so|and|honestly|actually),? )?i don't think (?:you|he|she) (?:need|needs) (?:it|that|them|this) "
    r"(?:any ?more|any longer)(?=\s*(?:[,.;!]|$|since|because|as|now|your|the|so)\b|\s*[,.;!]|\s*$)"
    r"(?![^.;?!]*\bbut\b[^.;?!]*\b(?:not|don't|won't)\b)"
)


_TAPER = re.compile(r"\b(?:slowly|gradually|taper\w*|wean\w*|step by step|bit by bit)\b")


def stopped_next(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the speaker's next sentence, naming no drug, says the drug just named was stopped; or, for the
    clinician, one of their next two sentences tells the patient to stop it."""
    if s.index + 1 >= len(sentences):
        return False
    nxt = sentences[s.index + 1]
    if nxt.segment is s.segment and not find_drugs(nxt.low) and bool(_STOPPED_NEXT.match(nxt.low)):
        return True
    if s.segment.speaker not in ("patient", "other"):
        if nxt.segment is s.segment and not find_drugs(nxt.low) and _NO_NEED_NEXT.search(nxt.low):
            return True
        return _told_to_stop_it(sentences[s.index + 1 : s.index + 3], s.segment.speaker)
    # the patient tells of one drug ("A friend brought me Xanax from Beirut. The small ones. I take half.") and
    # the clinician's answer, naming no drug, asks them to stop it ("... so I'd like you to stop them.")
    i = s.index + 1
    while i < len(sentences) and sentences[i].segment.speaker == s.segment.speaker:
        if find_drugs(sentences[i].low) or i - s.index > 3:
            return False  # another drug told of, or the talk moved on: "them" may be anything
        i += 1
    return _told_to_stop_it(sentences[i : i + 3], "clinician")


def _told_to_stop_it(later: list[Sentence], speaker: str) -> bool:
    """Whether ``speaker``'s sentences, naming no drug and asking nothing, tell the patient to stop "it" before
    anything else could be what "it" means."""
    for t in later:
        if t.segment.speaker != speaker or t.is_question or find_drugs(t.low):
            return False
        if _OTHER_TOPIC.search(t.low) or _STOPS_SOMETHING_ELSE.search(t.low):
            return False  # "I'd like you to stop smoking. Stop it completely.": "it" is no longer the drug
        if _STOP_IT.search(t.low) and not _IT_THEN_MORE.search(t.low):
            return not _TAPER.search(t.low)  # "I'd like to get you off it slowly": a taper, a change
    return False


# "We need to stop that burning", "stop it getting worse": the pronoun starts another object
_IT_THEN_MORE = re.compile(
    r"\b(?:stop|quit|drop)\s+(?:it|that|this|them)\s+(?!(?:completely|altogether|now|today|please|for now|and|as|"
    r"because|since|so|then|too|but|anyway|it|it's|she|he|they|we|i|you|that's|"
    # a new clause whose subject the speaker ran together with the object ("stop it, it can take away ...")
    r"can|could|will|would|may|might|should|is|was|has|does|makes|causes|gives|just|really|honestly|okay|ok)\b)[a-z]"
)
_STOPS_SOMETHING_ELSE = re.compile(
    r"\b(?:stop|quit|cut down|give up)\s+(?!(?:it|that|this|them|those|taking|using)\b)[a-z]"
)


# the clinician's keep in their next sentence, naming no drug: "I thought about your lisinopril. But your
# pressure is fine, so keep taking it." (drugs_not_taken.py reads the same keep after a drug set aside)
KEEP_IT_NEXT = re.compile(
    r"^(?:(?!\bif\b|\bunless\b|n't\b|\bnot\b)[^.;?])*?\b(?:keep|carry on|stay on|continue)"
    r"(?: (?:taking|using|with|on))? (?:it|that|them)\b"
)


def said_next(sentences: list[Sentence], s: Sentence) -> str | None:
    """The status the next sentence gives the drug just named: "stopped" (stopped_next, or a course finished:
    past_courses.finished_next), or "active" when the clinician's next sentence, in the same turn and naming no
    drug, keeps it."""
    if stopped_next(sentences, s) or finished_next(sentences, s):
        return "stopped"
    return "active" if _kept_next(sentences, s) else None


def _kept_next(sentences: list[Sentence], s: Sentence) -> bool:
    if s.segment.speaker in ("patient", "other") or s.index + 1 >= len(sentences):
        return False
    nxt = sentences[s.index + 1]
    return nxt.segment is s.segment and not find_drugs(nxt.low) and bool(KEEP_IT_NEXT.match(nxt.low))
