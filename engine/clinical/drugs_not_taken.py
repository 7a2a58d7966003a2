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

from engine.clinical.declined_options import OPTIONS, another_chosen, declined_here
from engine.clinical.drugs_asked import examples_asked, other_one_answered
from engine.clinical.lexicon import find_drugs
from engine.clinical.medication_stops import KEEP_IT_NEXT
from engine.clinical.others_drugs import relatives_answer, someone_elses
from engine.clinical.sentences import Sentence
from engine.types import Evidence, Fact, FactKind

# Before the drug, in the same sentence: a start that is only a possibility for later.
_LATER = re.compile(
    r"\b(?:down the (?:road|line)|eventually|in the future|at some point|later on|next step|"
    r"(?:may|might|could|would) (?:need|have|want) to (?:add|start|try|put you on|go (?:on|to)|switch)|"
    r"(?:may|might) (?:add|start|try|consider|talk about|think about)|not today|not yet|"
    r"otherwise (?:we|you|i)(?:'ll| will| may| might| would|'d)? (?:have|need) to (?:think about|consider|talk about)|"
    # "if your LDL is still high next time we'd talk about adding ezetimibe", "we'd start budesonide"
    r"(?:we'd|we would|i'd|i would) (?:\w+ )?(?:talk about|think about|consider|start|add|try|switch to|use)|"
    r"(?:we|i) (?:could|might) (?:\w+ )?(?:add|start|try|consider|use|switch to)|"
    # "... because you still have your uterus you'd need progesterone with it": what a choice would bring
    r"(?:you'd|you would) (?:also )?need(?! to (?:keep|continue|stay|carry on))|"
    # examples of what exists: "there are medicines for restless legs, like ropinirole or gabapentin"
    r"there(?:'s| are| is) (?:[\w-]+ ){0,3}?(?:medicines|medications|drugs|pills|tablets|options|treatments|choices|"
    r"alternatives)"
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
    r"(?: anything| any(?: \w+)?)?(?: with| containing| that has)?|without|(?:anything|nothing) (?:with|containing)|"
    # the clinician's ban quoted back ("I know you said no Advil"), and a supply thrown out ("Janet threw out my
    # ginkgo")
    r"(?:you|he|she|they|the doctor|the nurse|the midwife) (?:said|told me|told us|told her|told him) no|"
    r"(?:threw|thrown|throw|tossed|binned) (?:out|away)(?: (?:my|her|his|the|all (?:my|her|his|the)))?|"
    r"got rid of(?: (?:my|her|his|the|all (?:my|her|his|the)))?)\b"
)
# Right before the drug: "rather than gabapentin, let's try duloxetine" (status_cues reads the same words as the
# stop of a drug the patient takes; this drops the mention only when no other mention says it is taken)
_RATHER_THAN = re.compile(r"\brather than (?:the |your |his |her )?$")
# A drug named as what another product holds ("the combined pill has estrogen in it", "contains codeine"), or
# by the clinician as the subject of what it does ("estrogen raises the clot risk"): explained, not taken.
_HOLDS_BEFORE = re.compile(r"\b(?:has|have|contains?|containing)\s+(?:some |any |a little |no )?$")
# ... or said of a kind of product: "the combined pill has estrogen and progestin" (not "your pill has ...",
# which names what the patient takes)
_PRODUCT_HAS = re.compile(
    r"\b(?:the|a|an|that|this|these|those|any|every)\s+(?:combined\s+|contraceptive\s+|birth control\s+)?"
    r"(?:pill|patch|ring|implant|coil|injection|jab|tablet|spray|cream|inhaler|combination|combo)s?\s+"
    r"(?:has|have|contains?)\s+(?:some |any |a little |no )?$"
)
_IN_IT_AFTER = re.compile(r"^\s+in (?:it|them|the \w+)\b")
_MIGHT_HELP_AFTER = re.compile(
    r"^\s+(?:\w+\s+)?(?:would|could|might|may) (?:help|work|be (?:an? )?(?:option|good|worth))\b"
)
# "the most effective one is hormone therapy estrogen like a patch" (numbers are digits here: "1"): weighed
_BEST_ONE = re.compile(
    r"\bthe (?:most effective|best|strongest|usual) (?:one|1|option|treatment|choice)s? (?:is|are|would be)\b"
)
# (not "we could try that but ...": still weighed)
_STARTED_AFTER = re.compile(
    r"\b(?:let's|we'll|i'll|i will|go ahead|(?<!could )(?<!might )(?:start|try) (?:it|that|you))\b"
)
# ... the clinician's "there's gabapentin at bedtime which can help the night sweats": an option offered
_THERES_BEFORE = re.compile(r"\bthere's (?:also |the |a |an )?$")
_CAN_HELP_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,3}(?:which|that) (?:can|could|may|might|would) (?:help|work)\b")
_DOES_AFTER = re.compile(
    # "estrogen therapy carries a small risk of clots": the kind of treatment, explained
    r"^\s+(?:(?:therapy|treatment|replacement|pills?|tablets)\s+)?"
    r"(?:raises|increases|lowers|causes|thins|affects|interacts|upsets|is linked|is associated|is hard on|"
    r"carries|adds to)\b"
)
# "Iron tablets can upset the stomach", "NSAIDs like naproxen may raise your pressure": what a drug can do,
# explained by the clinician; said of a drug the patient takes it comes with a "take"/"keep" in the sentence
_CAN_DO_AFTER = re.compile(
    r"^\s+(?:(?:can|may|might|could|will|tends? to|is known to|often|sometimes|also|really)\s+){1,3}"
    r"(?:raise|increase|lower|cause|upset|make|give|affect|interact|thin|irritate|constipate|bother|"
    r"damage|hurt|be hard on|interfere)\b"
)
# ... or what it is, said by the clinician: "Paroxetine at a low dose is approved for hot flashes"
_IS_KNOWN_AFTER = re.compile(
    r"^\s+(?:(?:cream|patch|gel|tablet|pill|ring|spray)s?\s+)?"
    r"(?:at (?:a |the )?(?:low|small|lower|higher|high) doses?\s+)?(?:is|are) (?:also |actually |very |a )?"
    r"(?:approved|licensed|used|effective|helpful|good for|safe|low dose|"
    r"an? (?:\w+ )?(?:antidepressant|option|choice))\b"
)
_TAKE_SAID = re.compile(r"\b(?:take|taking|keep|continue|start|starting|stay on|still on|i'm on|you're on)\b")
# A drug given as an example of a kind of product, by the clinician: "iron tablets like ferrous sulfate",
# "painkillers such as co-codamol" (unless the clause says it is taken: "keep taking painkillers like ...")
_EXAMPLE_OF = re.compile(
    r"\b(?:tablets|pills|medicines|medications|drugs|supplements|creams|sprays|painkillers|pain killers|"
    r"anti-inflammatories|anti inflammatories|antihistamines|antibiotics|steroids|inhalers|things|stuff|products)"
    r",? (?:like|such as)\s+(?:the\s+)?$"
)
# the drug word that introduces the examples: "iron tablets like ferrous sulfate"
_EXAMPLES_AFTER = re.compile(r"^\s+(?:tablets|pills|supplements|medicines|products)?,? (?:like|such as)\b")
_TURN = re.compile(r"[.;?!]|\b(?:but|except|instead|rather|keep|continue|stick with|take|use|try|switch to|start)\b")
# Right before the drug, after another drug in its clause: what that drug acts on ("Glycomet reduces vitamin
# B12", "omeprazole can lower your magnesium", "it blocks the absorption of the calcium")
_ACTED_ON = re.compile(
    r"\b(?:reduces?|reducing|lowers?|lowering|depletes?|depleting|drops?|raises?|affects?|interferes? with|blocks?)"
    r"\s+(?:the |your |his |her |their |my )?(?:levels? of |absorption of )?(?:the |your )?$"
)
_I_TAKE = re.compile(r"\bi(?: take| am on|'m on| use)\b")
# Right after the drug: an option named and set aside ("Propranolol is one choice, but with your asthma I'd
# rather not. Let's try topiramate").
_SET_ASIDE = re.compile(
    r"^\W*(?:is|would be|could be|was) (?:one|1|an|another|a good|the other) (?:choice|option|possibility|alternative)"
    r"\b[^.;?!]{0,80}\b(?:but|rather not|instead|not for you|won't|wouldn't)\b"
)

# Before the drug, in its clause: what people in general take, not this patient ("some women take estrogen
# for the flushes", "a lot of people use melatonin", "most kids get amoxicillin for this")
_PEOPLE_TAKE = re.compile(
    r"\b(?:some|many|a lot of|lots of|most|other|plenty of|a few) (?:of (?:my|our|the) )?"
    r"(?:people|women|men|patients|folks|kids|children|guys|ladies|adults|moms|mums|parents|diabetics)"
    r"(?: (?:\w+ ){0,3}?)?(?:take|use|try|get|are on|go on|do well on|need|swear by)\b"
)
# Before the drug: a drug the patient declined, or would rather not take ("you didn't want to start the
# allopurinol", "I don't want to go on insulin", "I'd rather not take tramadol", "she declined the statin")
_DECLINED = re.compile(
    r"\b(?:(?:don't|do not|didn't|did not|doesn't|does not|wouldn't|would not|won't|will not)(?: really)? "
    r"(?:want|like the idea of|wanna)(?: to)?(?: (?:start|take|try|go on|be on|use|add|put \w+ on))?|"
    r"(?:would|'d) rather not(?: (?:start|take|try|go on|be on|use))?|"
    r"declined|declines|refused|refuses|turned down|said no to|not keen on|not interested in)\b"
)
# ... and after a drug named first: "the allopurinol, but you didn't want to start it", "X? I'd rather not"
_DECLINED_AFTER = re.compile(
    r"^[^.;?!]{0,60}?\b(?:(?:don't|do not|didn't|did not|doesn't|does not)(?: really)? want (?:to )?"
    r"(?:start|take|try|go on|be on|use) (?:it|that|them|this)|(?:would|'d) rather not(?: (?:start|take|try|use) "
    r"(?:it|that|them|this))?|(?:declined|refused|turned down) (?:it|that|them)|"
    r"(?:weren't|wasn't|isn't|aren't|not) (?:keen|interested)|"
    # the clinician's own doubt of this drug, back-referred: "There's meloxicam, but I'd rather you didn't take it
    # with your kidneys", "the cardiologist wanted amiodarone but we decided against it" (not "I'd rather you
    # didn't stop it", nor "I'd rather you didn't take ibuprofen": that one is the next drug's)
    r"(?:i'd|i would|we'd|we would) rather (?:you|she|he|they|we) (?:not|didn't|did not|don't|do not) "
    r"(?:take|start|use|try|have|go on|be on) (?:it|that|them|this)|"
    r"(?:we|they|i|she|he) (?:decided|chose|opted) against (?:it|that|them|this))\b(?! (?:any ?more|any longer))"
)
# Someone told the patient to take a drug and the patient would not: "I tell she take a Eno, but she say she
# fraid", "I told him to try the Tylenol but he won't". Advice refused is no drug taken.
_ADVISED_BEFORE = re.compile(
    r"\b(?:tell|told|telling|said to|asked|begged|keep telling) (?:her|him|she|he|them|you|me) (?:to )?"
    r"(?:take|try|use|have)\s+(?:a |an |the |some |her |his )?$"
)
_REFUSED_AFTER = re.compile(
    r"^[^.;?!]{0,40}?\bbut (?:she|he|they|i)\b(?: (?:say|says|said|is|was|were|are|'s|am|'m|get|got))?"
    r"(?: (?:she|he|they|i))?(?: (?:is|was|'s|too|so|very|really))?"
    r" (?:fraid|afraid|scared|frightened|refus\w*|doesn't want|don't want|didn't want|not keen|"
    # "but he won't", "won't take it" refuse it; "he won't stop taking it" is the opposite
    r"(?:won't|wouldn't|will not)(?! (?:stop|give|come off|go without|quit|be without|miss)))\b"
)
# "She's right not to take the Eno in pregnancy": its avoidance approved (not "right not to take more than two",
# nor "best not to take the metformin on an empty stomach": the drug itself is taken)
_APPROVED_NOT = re.compile(r"\b(?:right|wise|sensible) not to (?:take|use|have|give) (?:the |any |your |her |his )?$")
_QUALIFIED = re.compile(r"\s+(?:on an empty|with\b|at the same|more than|before|after|until|unless|together)")
# Between a refusal and the drug, a verb of going without it: "I'd rather not come off the sertraline", "I don't
# want to run out of my levothyroxine", "I don't want to stop my metformin" keep a drug the patient takes.
_GOING_WITHOUT = re.compile(
    r"\b(?:stop\w*|come off|coming off|go off|going off|get off|run out|running out|miss\w*|be without|"
    r"lose|give up|quit|skip\w*|forget)\b"
)
_ANY_MORE = re.compile(r"^[^.;?!]{0,30}?\b(?:any ?more|any longer|no more)\b")
# Before the drug: a start the clinician thought of and set aside in the same sentence ("I was thinking
# about starting you on propranolol, but your heart rate is low, so let's not")
_THOUGHT_OF = re.compile(
    r"\b(?:(?:i was|we were|i'd been|i had been) (?:thinking|going|planning|considering|hoping)|"
    r"(?:i|we) (?:did )?(?:think|thought|considered)(?= (?:about|of) )|(?:i|we) did consider)"  # "I did think about"
    r"(?: (?:about|of|to))?(?: (?:starting|adding|trying|putting))?\b"
)
_BUT_NOT = re.compile(r"\bbut\b[^.;?!]*")
# The clinician naming choices: "One is gabapentin at night, the other is physio", "the first option would be
# sertraline", with the word "option" or "choice" in the sentence or the one before
_ONE_OF = re.compile(
    r"\b(?:one|1|the other|another|the first|the second|option (?:one|two|1|2|a|b)|the next)(?: one| option| choice)?"
    r" (?:is|would be|could be|might be)(?: (?:to (?:try|take|use|start)|a pill called|a medicine called))?"
    r"(?: the| an?)?\s+$"
)

# Right before the drug: a drug introduced by name as something that exists ("there is a medicine called
# clonazepam that doctors sometimes use for this, but ...", "a medicine called entacapone we could add down
# the road") - an option being explained, unless the clause says someone takes, is given or starts it.
_CALLED = re.compile(
    r"\b(?:a|an|another) (?:\w+ ){0,2}(?:medicine|medication|drug|pill|tablet|option) (?:called|named)\s+$"
)
_TAKEN_CUE = re.compile(
    r"\b(?:take|takes|taking|took|on|start|starting|started|prescrib\w*|give|giving|gave|given|put|send|"
    r"sending|switch\w*|use|using|uses|used|tried|trying|try|call(?:ing)? in|write|writing|order\w*|"
    # the other verbs of a prescription: "I'd like to add a tablet called ...", "we'll begin / commence ..."
    r"add|adding|added|begin|beginning|commenc\w*|introduc\w*|recommend\w*|go with|going with)\b"
)

# ... and right after it, what makes it a start after all ("a medicine called metformin that you'll take")
_WILL_TAKE = re.compile(
    r"[^.;?!]{0,60}?\b(?:you'll|you will|i'll|we'll|i'm going to|we're going to|i want you to|let's|you're going to)"
    r" (?:\w+ )?(?:take|start|use|try|prescribe|give|send|put)"
)


# A local anaesthetic given in the room for a procedure ("I'll inject some lidocaine and then take the sample",
# "the dentist gave me Novocain"): part of the procedure, not a drug the patient goes home on. A patch, gel,
# cream or spray of it is a prescription ("lidocaine patches for the back").
_LOCAL_ANAESTHETICS = {"lidocaine", "procaine", "bupivacaine", "mepivacaine", "articaine", "prilocaine"}
_IN_THE_ROOM = re.compile(
    r"\b(?:inject\w*|injection|shot|numb\w*|local|block|stitch\w*|sutur\w*|biops\w*|procedure|dentist|"
    r"dental|filling|tooth|drain\w*|excis\w*|incision|aspirat\w*)\b"
)
_TAKEN_HOME = re.compile(r"\b(?:patch\w*|gel|cream|ointment|spray|viscous|jelly|plasters?|lozenges?|mouthwash)\b")


def drop_drugs_not_taken(facts: list[Fact], sentences: list[Sentence]) -> list[Fact]:
    """``facts`` less the medications that every mention says the patient does not take."""
    return [f for f in facts if f.kind != FactKind.medication or not _never_taken(f, sentences)]


def _never_taken(fact: Fact, sentences: list[Sentence]) -> bool:
    places = [p for e in fact.evidence if (p := _locate(e, sentences))]
    return bool(places) and all(
        _not_taken_at(s, pos, sentences) or relatives_answer(sentences, s) or another_chosen(fact, s, pos, sentences)
        for s, pos in places
    )


def _not_taken_at(sentence: Sentence, pos: int, sentences: list[Sentence]) -> bool:
    """Whether the drug said at ``pos`` of ``sentence.low`` is one the patient does not take."""
    low, before = sentence.low, sentence.low[:pos]
    said = find_drugs(low[pos:])
    if (
        said
        and said[0][0] == 0
        and said[0][2] in _LOCAL_ANAESTHETICS
        and _IN_THE_ROOM.search(low)
        and not _TAKEN_HOME.search(low)
    ):
        return True
    if _NEVER.search(low) or _SET_ASIDE.search(low[pos:].split(" ", 1)[-1] if " " in low[pos:] else ""):
        return True
    if _RATHER_THAN.search(before):
        return True  # "rather than gabapentin, let's try duloxetine": the drug not chosen, right after the words
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
    # (what people in general take, unless the patient says they take it too)
    if someone_elses(sentence, clause, before) or (
        _PEOPLE_TAKE.search(clause) and not _I_TAKE.search(low) and "me too" not in low
    ):
        return True
    if _declined(sentence, pos, sentences) or _one_of_the_options(sentences, sentence, pos):
        return True
    if declined_here(sentence, pos, sentences):
        return True  # "Not Advil.", "so I'm not going to start that"
    if sentence.segment.speaker == "clinician" and _offered(sentence, before):
        return True  # "let's talk about PrEP - Truvada ... You don't have to decide today": offered, not started
    after = low[pos:].split(" ", 1)[-1] if " " in low[pos:] else ""
    if _HOLDS_BEFORE.search(before) and (
        _IN_IT_AFTER.match(" " + after) or "contain" in before[-15:] or _PRODUCT_HAS.search(before)
    ):
        return True  # an ingredient of something else
    if sentence.segment.speaker == "clinician" and _DOES_AFTER.match(" " + after):
        return True  # the clinician explaining what the drug does
    speaks = sentence.segment.speaker != "patient"
    if (
        speaks
        and (_CAN_DO_AFTER.match(" " + after) or _IS_KNOWN_AFTER.match(" " + after))
        and not _TAKE_SAID.search(low)
    ):
        return True  # "iron tablets can upset the stomach, so we'll try diet first"
    if speaks and not _TAKE_SAID.search(low) and (_EXAMPLE_OF.search(before) or _EXAMPLES_AFTER.match(" " + after)):
        return True  # "iron tablets like ferrous sulfate": examples of a kind, not a drug prescribed
    if examples_asked(sentence, pos) or other_one_answered(sentences, sentence, pos):
        return True  # "do you take any anti-inflammatories like Advil or Aleve?": a yes does not say which
    best = _BEST_ONE.search(before)
    if speaks and best and pos - best.end() <= 40 and not _STARTED_AFTER.search(low[pos:]):
        return True  # "the most effective one is hormone therapy estrogen like a patch": weighed, not chosen
    if speaks and _THERES_BEFORE.search(before) and _CAN_HELP_AFTER.match(" " + after) and not _TAKE_SAID.search(low):
        return True  # "there's gabapentin at bedtime which can help the night sweats": an option, not a start
    if _MIGHT_HELP_AFTER.match(" " + after):
        return True  # "iron tablets would help": a thought, until someone starts or takes it
    if _ACTED_ON.search(clause) and find_drugs(clause[: _ACTED_ON.search(clause).start()]):
        return True  # "metformin reduces vitamin B12": what a drug does to a level, not a second drug taken
    called = _CALLED.search(before)
    if called and not _TAKEN_CUE.search(before[: called.start()]) and not _WILL_TAKE.match(low[pos:]):
        return True
    # someone with the patient, speaking of their own drug
    return sentence.segment.speaker == "other" and bool(_I_TAKE.search(clause))


def _declined(sentence: Sentence, pos: int, sentences: list[Sentence]) -> bool:
    """Whether the drug at ``pos`` is one the patient declines or would rather not take, or one the clinician
    thought of and set aside in the same sentence ("I was thinking about propranolol, but ... let's not")."""
    low, before = sentence.low, sentence.low[:pos]
    clause = before[sentence.clause_start(pos) :]
    cue = next(reversed(list(_DECLINED.finditer(before))), None)
    if (
        cue
        and pos - cue.end() <= 40
        and not _TURN.search(before[cue.end() :])
        and not _GOING_WITHOUT.search(before[cue.end() :])
        and not _I_TAKE.search(clause[-30:])
        and not _ANY_MORE.match(low[pos:])
    ):
        return True  # "I don't want to go on insulin", not "I don't want to take the lisinopril anymore"
    if _DECLINED_AFTER.match(low[pos:].split(" ", 1)[-1] if " " in low[pos:] else ""):
        return True
    if _ADVISED_BEFORE.search(before[-50:]) and _REFUSED_AFTER.match(low[pos:]):
        return True  # "I told her to take a Eno, but she's afraid": advice refused
    rest = " " + low[pos:].split(" ", 1)[1] if " " in low[pos:] else ""  # what follows the drug's first word
    if _APPROVED_NOT.search(before[-45:]) and not _QUALIFIED.match(rest):
        return True
    thought = next(reversed(list(_THOUGHT_OF.finditer(before))), None)
    # ("I did think about cephalexin. But this is clean ...": the "but" may open the speaker's next sentence)
    nxt = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    but_next = nxt is not None and not sentence.other_speaker(nxt) and nxt.low.startswith("but ")
    if but_next and KEEP_IT_NEXT.match(nxt.low):
        return False  # "I thought about your lisinopril. But your pressure is fine, so keep taking it."
    return bool(thought and pos - thought.end() <= 40 and (_BUT_NOT.search(low[pos:]) or but_next))


# A drug brought up for the patient to weigh, with the decision left to them in the same turn
_TALK_ABOUT = re.compile(r"\b(?:let's|let me|i'd like to|i want to|we should|we can) (?:talk|chat) (?:about|through)\b")
_DECIDE_LATER = re.compile(
    r"\b(?:(?:don't|do not|doesn't) (?:have|need) to decide|no (?:rush|pressure)|think (?:it over|about it)|"
    r"have a think|sleep on it|let me know (?:what|if) you)\b"
)


def _offered(sentence: Sentence, before: str) -> bool:
    """Whether the drug after ``before`` is brought up for the patient to weigh ("let's talk about PrEP for a
    second, Truvada, the daily pill") in a turn that leaves the decision to them ("You don't have to decide
    today"); the patient's own yes to it, in a later mention, makes it theirs."""
    talk = next(reversed(list(_TALK_ABOUT.finditer(before))), None)
    if not talk or len(before) - talk.end() > 60 or re.search(r"\byour\b", before[talk.end() :]):
        return False  # (not "let's talk about your metformin": one the patient takes)
    return bool(_DECIDE_LATER.search(sentence.segment.text.lower()))


def _one_of_the_options(sentences: list[Sentence], sentence: Sentence, pos: int) -> bool:
    """Whether the clinician names the drug as one of the choices ("There are two options. One is gabapentin
    at night, the other is physio."): an option, until a later sentence starts it."""
    if sentence.segment.speaker == "patient" or not _ONE_OF.search(sentence.low[:pos]):
        return False
    prev = sentences[sentence.index - 1].low if sentence.index > 0 else ""
    return bool(OPTIONS.search(sentence.low) or OPTIONS.search(prev))


def _locate(evidence: Evidence, sentences: list[Sentence]) -> tuple[Sentence, int] | None:
    """The sentence holding ``evidence`` and its position in that sentence's ``low`` text."""
    for s in sentences:
        for p in s.pieces:
            if p.segment.id == evidence.segment_id and p.seg_start <= evidence.char_start < p.seg_start + p.length:
                orig = p.sent_start + evidence.char_start - p.seg_start
                pos = next((i for i, a in enumerate(s.norm.starts) if a >= orig), len(s.low))
                return s, pos
    return None
