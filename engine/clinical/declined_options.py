"""Drugs answered with a plain "no", and drugs the clinician weighs and sets aside.

Two ways a visit names a drug the patient is not on, which drugs_not_taken.py drops unless another mention
makes the drug theirs:

- the patient's "no" to a drug of a list asked about: "Ibuprofen, Aleve?" "No, no Aleve, you told me before.",
  "Not Advil.", "No Advil, just the Tylenol", "okay no Singulair no Flovent for now";
- the clinician naming a drug and, in the same breath, not starting it: "lots of people ask about pregabalin
  or gabapentin, but ... so I'm not going to start that", "Singulair can help but ... I'd rather not start
  there", "Option one is to add metolazone ... I don't think we need that yet", "I'm not gonna push Ozempic",
  "that takes Bactrim off the table", "you don't need the Rhogam shot", "Another option would be adding a
  different pill, amlodipine, but ...".

Each of these, read as a drug taken or started, is a drug the patient never had: the worst line a scribe can
write (non-negotiable 7). A drug the sentence calls the patient's own ("your lisinopril", "you're on
metformin") is never set aside here: "I don't think you need it" of a drug taken is a stop, read elsewhere.
"""

from __future__ import annotations

import re

from engine.clinical.drug_names import find_drugs
from engine.clinical.lexicon import OTHER_PERSON
from engine.clinical.sentences import Sentence
from engine.types import Fact

# Right before the drug, opening its clause: "no" or "not" said of it alone ("No Advil", "Not the Advil",
# "no Singulair no Flovent"); not "no more" (a stop), nor "no the metformin" (an answer word, then the drug)
_NO_BEFORE = re.compile(
    r"(?:^|[,;:.!]\s*|\b(?:no|nope|and|or|but|okay|ok|so)\s+|\bno\s+[\w'-]+\s+)(?:no|not(?: the| any)?)\s+$"
    # ... and the next of a list said with it: "No Advil or Aleve either"
    r"|(?:^|[,;:.!]\s*)(?:no|not)\s+[\w'-]+,?\s+(?:or|nor)\s+$"
)
# ... and right after it, the drug ends its clause: "Not Advil.", "no Aleve, you told me", "no Singulair no
# Flovent for now", "no Advil or Aleve either"; a question ("No Advil?") is asked, not answered
_NO_AFTER = re.compile(r"^(?:\s*$|\s*[.,;!]|\s+(?:no|not|or|nor|for now|either|at all|just|only|though|then)\b)")
# ... but not a "no" that says the drug was stopped or is unchanged, in its sentence or the speaker's next ("No
# lisinopril anymore, Dr Shah stopped it", "No metoprolol, no changes, still 25 twice a day", "no atorvastatin, I
# mean no switching")
_NOT_A_NO = re.compile(
    r"\b(?:stop\w*|any ?more|any longer|no longer|chang\w*|still|switch\w*|quit|came off|come off|taken off|"
    r"i mean|same|cut\w*|instead|off (?:it|them)|since|used to|ago|"
    # "no aspirin no i take it every day": the "no" answered something else
    r"(?:take|taking|use|using) (?:it|them|that)|every (?:day|morning|night|evening))\b"
)

# Right before the drug: a start the clinician will not make ("I'm not gonna push Ozempic", "we won't start
# any statin"), or a drug ruled out ("that takes Bactrim off the table", "you don't need the Rhogam shot")
_WONT_START = re.compile(
    r"\b(?:(?:i'm|i am|we're|we are) not (?:prescribing|starting|giving|adding|putting)(?: you)?(?: on)?|"
    r"(?:(?:i'm|i am|we're|we are) not (?:going to|gonna)|(?:i|we) won't|(?:i|we) will not) "
    r"(?:start|use|add|give|prescribe|push|try|recommend|put (?:you|him|her) on)(?: (?:you|him|her) on)?|"
    # what other doctors would do
    r"(?:some|many|a lot of|most|other) (?:doctors|gps|physicians|specialists|clinicians)(?: \w+){0,2}? "
    r"(?:would |might |will |could |may )?(?:use|give|prescribe|try|start|put (?:you|people) on)|"
    r"rul(?:es|ed|ing) out)"
    r"\s+(?:the |any |a |an )?$"
)
# ... with the drug ending its clause: not "I'm not going to use metformin alone", "... start it any higher"
_ENDS_CLAUSE = re.compile(
    r"^(?:\s*$|\s*[.,;!?]|\s+(?:for now|yet|today|right now|at all|because|since|but|though|so|i think|here|"
    r"for you|on you|with you|then|and)\b)"
)
_OFF_THE_TABLE = re.compile(r"^(?:\s+(?:is|'s))?\s+off the table\b")
_NOT_NEEDED_BEFORE = re.compile(
    r"\b(?:you|he|she|they|baby) (?:don't|doesn't|do not|does not) need (?:the |a |an |any )?$"
)
_SHOT_AFTER = re.compile(r"^\s+(?:shot|injection|jab)\b(?![^.;?!]{0,30}\b(?:any ?more|any longer|this time)\b)")

# After the drug, later in its sentence or early in the clinician's next: the start set aside, of "that" or
# "it" ("so I'm not going to start that", "I'd rather not start there", "I don't think we need that yet",
# "we're not gonna use that on you")
_SET_ASIDE_BACK = re.compile(
    r"\b(?:(?:(?:i'm|i am|we're|we are) not (?:going to|gonna)|(?:i|we) won't|(?:i|we) will not|"
    r"(?:i'd|i would|we'd|we would) rather not|(?:i|we) don't want to) "
    r"(?:start|use|add|give|prescribe|push|try|recommend|go with|put (?:you|him|her) on|go)"
    r"(?: (?:you|him|her) on)? (?:that|it|them|this|those|there|with (?:that|it)|that route|down that (?:road|route))|"
    # "we need" is a start weighed; "I don't think you need it" of a drug taken is a stop, read elsewhere
    r"(?:i|we) don't think we need (?:that|it|them|this|one)|"
    r"(?:that|which|this) takes (?:it|that|them) off the table|"
    r"(?:i|we) don't think (?:it's|that's|it is|that is) (?:needed|necessary|a good idea|right for you))"
    # ... and the cue ends its clause: not "I don't want to push it too high", "... need it every day though"
    r"(?:(?: yet| now| right now| for now| today| at all| honestly| though| on you| for you| then| just yet)*)"
    r"(?=\s*$|\s*[.,;!?]|\s+(?:but|so|because|since|and|i think|i'd|we'll|let's)\b)"
)
# Between the drug and that cue: the drug chosen after all ("... but let's start it", "go with the losartan")
_CHOSEN = re.compile(r"\b(?:let's|we'll|i'll|i will|go with|stay on|stick with|keep|continue|instead)\b")
# Right before the drug: the patient's own ("your lisinopril", "you're on the metformin", "been taking")
_OWN = re.compile(
    r"\b(?:your|(?:you're|you are)(?: also| still)? (?:on|taking|using)|you(?: also| still)? (?:take|use)|"
    r"been (?:on|taking)|still (?:on|taking)|his|her|stay on|carry on with|keep going with|continue(?: with)?|"
    r"keep(?: taking| using)?)\s+(?:the )?$"
)

# Before the drug: the clinician naming one of the options ("Another option would be adding a different pill,
# amlodipine", "Option one is to add a second kind of diuretic, metolazone"); drugs_not_taken reads the
# shorter "one is gabapentin"
_AN_OPTION = re.compile(
    r"\b(?:one|another|the other|the first|the second|a second|a third|option (?:one|two|three|1|2|3|a|b))"
    r"(?: one| option| choice)? (?:is|would be|could be|might be) (?:to )?"
    r"(?:add|adding|start|starting|try|trying|use|using|switch(?:ing)? to|go(?:ing)? on|put(?:ting)? you on)\b"
    # (not across to the next option: "option one is to add amlodipine, option two is to increase the lisinopril")
    r"(?:(?!\b(?:option|one|two|other|increase|increasing|raise|raising|lower|lowering|stop|stopping|your)\b)"
    r"[^.;?!]){0,50}$|"
    # "we have a couple options, one is a weekly shot like Ozempic"
    r"\b(?:one|1|another|the other|the first|the second|option (?:one|two|1|2|a|b)) (?:is|would be|could be|might be) "
    r"(?:a|an|the) (?:[\w-]+ ){0,4}(?:like|such as|called)\s+$"
)
OPTIONS = re.compile(r"\b(?:options?|choices?|alternatives?|possibilities)\b")
# Later in the visit, the option taken by its number: "let's go with option one", "we'll do the first one"
_OPTION_TAKEN = re.compile(
    r"\b(?:go with|let's do|we'll do|let's try|i'd go with|do|take|try|pick|choose) "
    r"(?:option|the first|the second|that one|the \w+ one)\b|"
    r"^(?:\w+,? )?(?:option (?:one|two|three|1|2|3|a|b)|the (?:first|second|last)(?: one)?)\b|"
    # "Okay, amlodipine it is."
    r"^(?:okay,? |ok,? |right,? |so,? |great,? |alright,? )?[\w-]+ it is\b"
)


def _drug_end(low: str, pos: int) -> int:
    """Where the drug named at ``pos`` ends (its whole name: "fish oil", "armour thyroid")."""
    said = find_drugs(low[pos:])
    if said and said[0][0] == 0:
        return pos + said[0][1]
    return pos + len(re.match(r"[\w-]*", low[pos:]).group())


def _after(low: str, pos: int) -> str:
    """What follows the drug named at ``pos``."""
    return low[_drug_end(low, pos) :]


def declined_here(sentence: Sentence, pos: int, sentences: list[Sentence]) -> bool:
    """Whether the mention of the drug at ``pos`` says the patient is not on it: a plain "no" to it, the
    clinician setting it aside, or the patient's ask for it refused."""
    return (
        answered_no(sentence, pos, sentences)
        or set_aside(sentence, pos, sentences)
        or asked_and_refused(sentence, pos, sentences)
    )


def answered_no(sentence: Sentence, pos: int, sentences: list[Sentence]) -> bool:
    """Whether the drug at ``pos`` of ``sentence.low`` is said with a plain "no" of its own ("Not Advil.")."""
    low = sentence.low
    if not (_NO_BEFORE.search(low[:pos]) and _NO_AFTER.match(_after(low, pos))):
        return False
    nxt = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    told = low[pos:] + (" " + nxt.low if nxt is not None and nxt.segment is sentence.segment else "")
    return not _NOT_A_NO.search(told)


def set_aside(sentence: Sentence, pos: int, sentences: list[Sentence]) -> bool:
    """Whether the clinician names the drug at ``pos`` and sets it aside in the same breath: a start they will
    not make, said before the drug or back-referred after it, or one option of several never taken."""
    if sentence.segment.speaker != "clinician":
        return False
    low, before = sentence.low, sentence.low[:pos]
    if _OWN.search(before[-30:]):
        return False
    after = _after(low, pos)
    if (
        (_WONT_START.search(before[-60:]) and _ENDS_CLAUSE.match(after))
        or _OFF_THE_TABLE.match(after)
        or (_NOT_NEEDED_BEFORE.search(before[-40:]) and _SHOT_AFTER.match(after))
    ):
        return True
    if _back_referred(sentence, pos, sentences):
        return True
    return _an_option(sentence, pos, sentences)


def _back_referred(sentence: Sentence, pos: int, sentences: list[Sentence]) -> bool:
    end = _drug_end(sentence.low, pos)
    if re.match(r"\W*(?:\d|one|two|three|four|five|ten|twenty|forty|fifty|a hundred)\b", sentence.low[end:]):
        return False  # "amlodipine 5 mg": a drug with its dose is prescribed or taken, not weighed
    cue = _SET_ASIDE_BACK.search(sentence.low, end)
    if cue:
        return not _CHOSEN.search(sentence.low[end : cue.start()])
    nxt = sentences[sentence.index + 1] if sentence.index + 1 < len(sentences) else None
    if nxt is None or nxt.segment is not sentence.segment or _CHOSEN.search(sentence.low[end:]):
        return False
    cue = _SET_ASIDE_BACK.search(nxt.low)
    # ("... needs labs every couple of days. I don't think we need that yet."): the next sentence opens with it,
    # naming no drug of its own before it
    return bool(cue and re.fullmatch(r"(?:(?:so|but|and|honestly|okay|ok|well|no),? )?", nxt.low[: cue.start()]))


def _an_option(sentence: Sentence, pos: int, sentences: list[Sentence]) -> bool:
    if not _AN_OPTION.search(sentence.low[:pos]):
        return False
    prev = sentences[sentence.index - 1].low if sentence.index > 0 else ""
    if not (OPTIONS.search(sentence.low) or OPTIONS.search(prev)):
        return False
    return not any(_OPTION_TAKEN.search(s.low) for s in sentences[sentence.index + 1 :])


# Before a drug in the clinician's words: the one chosen over the others named ("So I'd stay on the Eliquis", "we'll
# stick with the Tylenol", "I'd really recommend the levothyroxine for you")
_CHOSEN_OTHER = re.compile(
    r"\b(?:(?:i'd|i would|we'll|we will|let's|we should|i'll|so)(?: just)? "
    r"(?:stay on|stick with|stick to|keep (?:you |him |her )?on|go with|carry on with)|"
    r"(?:i'd|i would)(?: really)? (?:rather|prefer to|recommend|suggest)(?: (?:try|use|go with|stick with|stay on))?)"
    r" (?:the |your |with the |his |her )?$"
)
# In the drug's own sentence: the drug raised as an alternative ("asked about switching to Xarelto", "Xarelto ...
# works fine too", "some people like it", "that's another option, diclofenac gel", "my sister uses a cream, the
# diclofenac"); a drug merely listed, confirmed or started is never passed over this way
_RAISED = re.compile(
    rf"\b(?:switch(?:ing)? (?:him |her |you |them )?(?:over )?to|another option|also an option|an option|"
    r"alternatives?|what about|how about|asked (?:\w+ )?about|heard about|some people (?:like|prefer|swear by)|"
    r"(?:works|work) (?:fine|just as well|well) too|"
    rf"my (?:{OTHER_PERSON}|buddy|friend|pal|mate|colleague|coworker|neighbou?r)\b[^.;?!]{{0,20}}?"
    r"\b(?:uses|takes|is on|'s on|swears by|has))\b"
)
# In the patient's (or a companion's) mention: the drug said as taken by the patient
_TAKES_IT = re.compile(
    r"\b(?:i|i'm|i've|we|he|she|he's|she's)\b[^.;?!]{0,30}?\b(?:take|takes|taking|took|use|uses|using|used|tried|"
    r"on it|on them|been on|was on|am on|'m on|'s on|had)\b"
)


def another_chosen(fact: Fact, sentence: Sentence, pos: int, sentences: list[Sentence]) -> bool:
    """Whether the drug at ``pos``, raised as an alternative, is one the clinician passes over for another drug
    within the next three turns ("switching to Xarelto because his buddy's on it" ... "So I'd stay on the
    Eliquis"). Only a drug read with no dose, as taken or started, whose sentence raises it as an alternative,
    and never one the patient says they take: "I take Advil" then "I'd rather you stick with the Tylenol" is a
    stop, and a drug listed, confirmed or started beside the one kept is no alternative at all."""
    if "dose" in fact.attributes or fact.attributes.get("status") not in ("active", "started"):
        return False
    low = sentence.low
    if not _RAISED.search(low) or _OWN.search(low[:pos][-30:]):
        return False
    if sentence.segment.speaker != "clinician" and _TAKES_IT.search(re.sub(_RAISED, " ", low)):
        return False
    turns = 0
    for s in sentences[sentence.index :]:
        if s.index > sentence.index and s.segment is not sentences[s.index - 1].segment:
            turns += 1
        if turns > 3:
            break  # the choice is made in the same turn or within the three that follow
        if s.segment.speaker != "clinician":
            continue
        for a, _, generic in find_drugs(s.low):
            if (s is sentence and a <= pos) or generic == fact.name:
                continue
            if _CHOSEN_OTHER.search(s.low[max(0, a - 60) : a]):
                return True
    return False


# The patient's question whether they could have the drug ("is that something I could try?", "what about
# Ozempic?"), and the clinician's refusal opening the reply ("Not with your history of pancreatitis, I'm afraid")
_MAY_I = re.compile(
    r"\b(?:could|can|should|might) (?:i|we|he|she) "
    r"(?:try|go on|be on|start|switch to|get some|get a prescription for)\b|"
    r"\bis (?:that|it) something (?:i|we|he|she) (?:could|can|should)\b|\bwhat about\b|\bhow about\b"
)
_REFUSED = re.compile(
    r"^(?:no\b(?! (?:reason|problem|harm|worries)\b)|"
    r"not (?:with|for|in|while|at|right now|yet)\b|i'm afraid not|i wouldn't|i'd rather not|"
    r"unfortunately,? (?:not|no)\b|that's not (?:a good|right|safe)|i don't think (?:so|that's))"
)


def asked_and_refused(sentence: Sentence, pos: int, sentences: list[Sentence]) -> bool:
    """Whether the drug at ``pos`` is one the patient (or a companion) asks to have and the clinician refuses
    at once: "I was reading about Ozempic online, is that something I could try?" "Not with your history of
    pancreatitis, I'm afraid." (a yes, or a reply that goes on to start it, is no refusal)."""
    if sentence.segment.speaker == "clinician" or re.search(r"\b(?:my|his|her)\s+(?:the )?$", sentence.low[:pos]):
        return False
    # the ask in the drug's own sentence ("What about Ozempic?"); never of a drug the speaker takes ("I'm on
    # atorvastatin 40, could I switch to taking it in the morning?")
    low = sentence.low
    if not (_MAY_I.search(low) and low.rstrip().endswith("?")) or _TAKES_IT.search(low) or re.search(r"\d", low):
        return False
    reply = next((x for x in sentences[sentence.index + 1 :] if x.segment is not sentence.segment), None)
    return bool(reply is not None and reply.segment.speaker == "clinician" and _REFUSED.match(reply.low))
