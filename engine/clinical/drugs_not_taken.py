"""Drugs said in the visit that this patient does not take.

A visit names many drugs besides the patient's own: the one that might come next ("we may need to add
insulin down the road"), the ones to avoid ("stay away from ibuprofen", "don't take it with any NSAIDs like
naproxen"), one never started ("the Ozempic wasn't covered, so I never started it"), one that is not even
taken ("not even Tylenol"), a start put off ("let's hold off on the prednisone"), and a companion's own
drug ("I'm his wife, I take the metformin"). Each of these, shown as the patient's medication, is a drug the
patient never took: the most dangerous line a scribe can write.

This pass runs after the medication reader. A medication fact is dropped only when *every* sentence its
evidence comes from says the drug is not taken; one mention as taken keeps it, so a drug that is both taken
and warned about ("take the metformin, but don't take it with alcohol") stays.
"""

from __future__ import annotations

import re

from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence
from engine.types import Evidence, Fact, FactKind

# Before the drug, in the same sentence: a start that is only a possibility for later.
_LATER = re.compile(
    r"\b(?:down the (?:road|line)|eventually|in the future|at some point|later on|next step|"
    r"(?:may|might|could|would) (?:need|have|want) to (?:add|start|try|put you on|go (?:on|to)|switch)|"
    r"(?:may|might) (?:add|start|try|consider|talk about|think about)|not today|not yet|"
    # "if your LDL is still high next time we'd talk about adding ezetimibe", "we'd start budesonide"
    r"(?:we'd|we would|i'd|i would) (?:\w+ )?(?:talk about|think about|consider|start|add|try|switch to|use)|"
    r"(?:we|i) (?:could|might) (?:\w+ )?(?:add|start|try|consider|use|switch to)|"
    # examples of what exists: "there are medicines for restless legs, like ropinirole or gabapentin"
    r"there (?:are|is) (?:some |other |a few )?(?:medicines|medications|drugs|pills|tablets|options|treatments)"
    r"[^.;?!]{0,50}\b(?:like|such as))\b"
)
# Right after the drug: "... ezetimibe, which is a second cholesterol pill, but not today", "a low dose
# doxycycline pill we could add later"
_LATER_AFTER = re.compile(
    r"^[^.;?!]{0,60}?\b(?:but not (?:today|yet|now|for now)|"
    r"(?:we|i) (?:could|might|may|would|'d) (?:\w+ )?(?:add|start|try|use|consider|think about|talk about|look at)"
    r"\b[^.;?!]{0,20}?"
    r"\b(?:later|down the road|in the future|eventually|if|another time))\b"
)
# Anywhere in the sentence: the drug was never begun.
_NEVER = re.compile(
    r"\b(?:never (?:started|filled|took|taken|tried|picked (?:it |them )?up|got (?:it|them) filled)|"
    r"(?:haven't|have not|hasn't|has not) (?:tried|started|filled)"
    r"(?! (?:taking|using|the new|the higher|the lower|the increased|the bigger|the smaller))|"
    r"(?:didn't|did not) (?:fill|pick up|start) (?:it|them|that|the prescription))\b"
)
# Shortly before the drug, with nothing turning the sentence between: what to keep away from, or not even
# that ("avoid ibuprofen, Advil, Aleve", "don't take it with any NSAIDs like naproxen", "not even Tylenol").
_AVOID = re.compile(
    r"\b(?:(?:avoid|avoiding)(?! taking (?:the|your|it|them))|stay away from|steer clear of|not even|"
    # "hold off on your metformin" is a hold of the patient's own drug, not a start put off
    r"hold off on(?! (?:your|his|her|increasing|decreasing|changing|raising|lowering|adjusting|going up|going down))|"
    r"(?:don't|do not|shouldn't|should not|never|not to) (?:take|mix|combine|use) (?:it|them|this|that|these) with|"
    # "you should not take anything with estrogen in it", "she can't have any NSAIDs", "options without estrogen"
    r"(?:shouldn't|should not|must not|mustn't|can't|cannot|can not|won't be able to) (?:take|use|have|be on)"
    r"(?: anything| any(?: \w+)?)?(?: with| containing| that has)?|without|(?:anything|nothing) (?:with|containing))\b"
)
# A drug named as what another product holds ("the combined pill has estrogen in it", "contains codeine"), or
# by the clinician as the subject of what it does ("estrogen raises the clot risk"): explained, not taken.
_HOLDS_BEFORE = re.compile(r"\b(?:has|have|contains?|containing)\s+(?:some |any |a little |no )?$")
_IN_IT_AFTER = re.compile(r"^\s+in (?:it|them|the \w+)\b")
_MIGHT_HELP_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:would|could|might|may) (?:help|work|be (?:an? )?(?:option|good|worth))\b"
)
_DOES_AFTER = re.compile(
    r"^\s+(?:raises|increases|lowers|causes|thins|affects|interacts|upsets|is linked|is associated|is hard on|"
    r"carries|adds to)\b"
)
_TURN = re.compile(r"[.;?!]|\b(?:but|except|instead|rather|keep|continue|stick with|take|use|try|switch to|start)\b")
# Before the drug: a relative's or companion's own drug ("my husband takes", "I'm his wife, I take").
_RELATIVE = re.compile(
    r"\bmy (?:husband|wife|partner|mom|mother|dad|father|son|daughter|brother|sister|grandma|grandmother|"
    r"grandpa|grandfather|aunt|uncle|friend|roommate)(?:'s)? (?:takes|is on|was on|uses|used|took|has been on)\b"
)
# Right before the drug, after another drug in its clause: what that drug acts on ("Glycomet reduces vitamin
# B12", "omeprazole can lower your magnesium", "it blocks the absorption of the calcium")
_ACTED_ON = re.compile(
    r"\b(?:reduces?|reducing|lowers?|lowering|depletes?|depleting|drops?|raises?|affects?|interferes? with|blocks?)"
    r"\s+(?:the |your |his |her |their |my )?(?:levels? of |absorption of )?(?:the |your )?$"
)
_I_TAKE = re.compile(r"\bi (?:take|am on|'m on|use)\b")
# Right after the drug: an option named and set aside ("Propranolol is one choice, but with your asthma I'd
# rather not. Let's try topiramate").
_SET_ASIDE = re.compile(
    r"^\W*(?:is|would be|could be|was) (?:one|1|an|another|a good|the other) (?:choice|option|possibility|alternative)"
    r"\b[^.;?!]{0,80}\b(?:but|rather not|instead|not for you|won't|wouldn't)\b"
)

# Right before the drug: a drug introduced by name as something that exists ("there is a medicine called
# clonazepam that doctors sometimes use for this, but ...", "a medicine called entacapone we could add down
# the road") - an option being explained, unless the clause says someone takes, is given or starts it.
_CALLED = re.compile(
    r"\b(?:a|an|another) (?:\w+ ){0,2}(?:medicine|medication|drug|pill|tablet|option) (?:called|named)\s+$"
)
_TAKEN_CUE = re.compile(
    r"\b(?:take|takes|taking|took|on|start|starting|started|prescrib\w*|give|giving|gave|given|put|send|"
    r"sending|switch\w*|use|using|uses|used|tried|trying|try|call(?:ing)? in|write|writing|order\w*)\b"
)

# ... and right after it, what makes it a start after all ("a medicine called metformin that you'll take")
_WILL_TAKE = re.compile(
    r"[^.;?!]{0,60}?\b(?:you'll|you will|i'll|we'll|i'm going to|we're going to|i want you to|let's|you're going to)"
    r" (?:\w+ )?(?:take|start|use|try|prescribe|give|send|put)"
)


def drop_drugs_not_taken(facts: list[Fact], sentences: list[Sentence]) -> list[Fact]:
    """``facts`` less the medications that every mention says the patient does not take."""
    return [f for f in facts if f.kind != FactKind.medication or not _never_taken(f, sentences)]


def _never_taken(fact: Fact, sentences: list[Sentence]) -> bool:
    places = [p for e in fact.evidence if (p := _locate(e, sentences))]
    return bool(places) and all(_not_taken_at(s, pos) or _relatives_answer(sentences, s) for s, pos in places)


# "Anyone in your family with anxiety?" "My mom. She's been on something for it forever. Zoloft I think.":
# a drug in the answer to a family question, in a turn about a relative that never says "I", is theirs
_FAMILY_QUESTION = re.compile(
    r"\b(?:family|relatives?|mom|mother|mum|dad|father|parents?|siblings?|brothers?|sisters?|grand\w+)\b"
)
_A_RELATIVE = re.compile(
    r"\b(?:mom|mother|mum|dad|father|brother|sister|son|daughter|grandma|grandmother|grandpa|grandfather|"
    r"nan|gran|aunt|auntie|uncle|cousin|parents?)\b"
)
_HEDGE = re.compile(r"\bi (?:think|guess|believe|suppose|reckon|don't know|'m not sure|am not sure)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|myself)\b")


def _relatives_answer(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` is in the answer to a question about the family, a turn about a relative with no "I"."""
    turn = [s]
    for prev in sentences[: s.index][::-1]:
        if prev.segment.speaker != s.segment.speaker:
            break
        turn.insert(0, prev)
    question = sentences[turn[0].index - 1] if turn[0].index > 0 else None
    if question is None or not question.low.rstrip().endswith("?") or not _FAMILY_QUESTION.search(question.low):
        return False
    # "Zoloft I think": a hedge, not the patient speaking of themselves
    said = _HEDGE.sub("", " ".join(x.low for x in turn))
    return bool(_A_RELATIVE.search(said)) and not _FIRST_PERSON.search(said)


def _not_taken_at(sentence: Sentence, pos: int) -> bool:
    """Whether the drug said at ``pos`` of ``sentence.low`` is one the patient does not take."""
    low, before = sentence.low, sentence.low[:pos]
    if _NEVER.search(low) or _SET_ASIDE.search(low[pos:].split(" ", 1)[-1] if " " in low[pos:] else ""):
        return True
    cue = next(reversed(list(_AVOID.finditer(before))), None)  # the nearest cue before the drug
    if cue and pos - cue.end() <= 60 and not _TURN.search(before[cue.end() :]):
        return True
    clause = before[sentence.clause_start(pos) :]
    if _LATER_AFTER.match(low[pos:].split(" ", 1)[-1] if " " in low[pos:] else ""):
        return True
    later = next(reversed(list(_LATER.finditer(before))), None)  # the nearest: an earlier one may be of another drug
    if (
        later
        and pos - later.end() <= 100
        and not re.search(r"\b(?:let's|we'll|i'll|i will|go ahead)\b", clause)
        and not _TURN.search(before[later.end() :])
    ):
        return True
    if _RELATIVE.search(clause):
        return True
    after = low[pos:].split(" ", 1)[-1] if " " in low[pos:] else ""
    if _HOLDS_BEFORE.search(before) and (_IN_IT_AFTER.match(" " + after) or "contain" in before[-15:]):
        return True  # an ingredient of something else
    if sentence.segment.speaker == "clinician" and _DOES_AFTER.match(" " + after):
        return True  # the clinician explaining what the drug does
    if _MIGHT_HELP_AFTER.match(" " + after):
        return True  # "iron tablets would help": a thought, until someone starts or takes it
    if _ACTED_ON.search(clause) and find_drugs(clause[: _ACTED_ON.search(clause).start()]):
        return True  # "metformin reduces vitamin B12": what a drug does to a level, not a second drug taken
    called = _CALLED.search(before)
    if called and not _TAKEN_CUE.search(before[: called.start()]) and not _WILL_TAKE.match(low[pos:]):
        return True
    # someone with the patient, speaking of their own drug
    return sentence.segment.speaker == "other" and bool(_I_TAKE.search(clause))


def _locate(evidence: Evidence, sentences: list[Sentence]) -> tuple[Sentence, int] | None:
    """The sentence holding ``evidence`` and its position in that sentence's ``low`` text."""
    for s in sentences:
        for p in s.pieces:
            if p.segment.id == evidence.segment_id and p.seg_start <= evidence.char_start < p.seg_start + p.length:
                orig = p.sent_start + evidence.char_start - p.seg_start
                pos = next((i for i, a in enumerate(s.norm.starts) if a >= orig), len(s.low))
                return s, pos
    return None
