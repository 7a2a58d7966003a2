"""Reading an answer against the question it answers: yes, no, a hedge, or "it's gone".

"Any chest pain?" "Nope, not that I've noticed." denies; "Kind of." is a hedged yes; "When did the chest
pain start?" presupposes the chest pain unless the answer says it has gone, and "Is the cough any better?"
"No." leaves the cough present. Symptoms (symptoms.py) use these to resolve a question across turns.
"""

from __future__ import annotations

import re

from engine.clinical.context import contract
from engine.clinical.lexicon import OTHER_PERSON
from engine.clinical.sentences import Sentence

# ("i wish" before a "no": "Losing weight without trying?" "I wish, no.")
# (an interpreter's or a relative's relayed answer starts the same way: "She says no.", "He is saying yes.")
FILLER = (
    r"^\s*(?:(?:um|uh|uhm|hmm|mm|oh|well|so|okay|ok|actually|i wish|i mean|honestly|"
    # an exclamation before the answer: "Oh my god, yeah, every night", "Gosh, yes", "Blimey, no"
    r"my (?:god|gosh|goodness)|god|gosh|blimey|wow|"
    # one way only to match the space after each filler (punctuation, if any, then space): "\s*[,.]?\s*" matched a
    # run of spaces two ways, so a failed match on a long "okay okay okay ..." turn took exponential time
    r"(?:she|he|they) (?:says|said|is saying|are saying)(?: that)?)(?:\s*[,.])?\s*)*"
)
NO = re.compile(
    # (and the no of a patient who switches language: French "non", "jamais", "pas vraiment", Spanish "nada")
    # ("yeah nah" is the Australian and New Zealand no; "nah yeah" their yes)
    FILLER + r"(?:no|nope|none|not really|"
    r"not that i(?:'ve| have)?(?: (?:know(?: of)?|notice[d]?|can tell|remember|recall|can think of))?|"
    r"neither|never|nah(?!\W+(?:yeah|yep)\b)|negative|denies|"
    r"(?:yeah|yep|yeh),? nah|i wouldn't say(?! no\b)|not particularly|not especially|not on the whole|"
    r"can't say (?:i have|i've|that i have|i do|i've noticed)|not (?:a|one) (?:jot|bit|sausage)\b|"
    # ("non" alone, or before more French: never "non-productive", "non-bloody", "non-stop")
    r"non(?=\s*(?:[,.!?;]|$)|\s+(?:je|j'ai|pas|non|merci|jamais|plus)\b)|jamais|pas vraiment|pas du tout|nada|"
    r"i don't believe so|not as far as i know|not at this time|i (?:have|do|did|am) not|probably not|"
    r"not (?:recently|lately|in a while|right now|at the moment|currently)|"
    r"i (?:have not|haven't|havent|do not|don't|dont|did not|didn't|didnt) "
    r"(?:think so|noticed?|have (?:any|that)|had (?:any|that))|i haven't|i havent|i don't think so|i dont think so|"
    r"not at all|nothing|uh-uh|uh uh|mm-mm|"
    r"(?:haven't|havent|have not|don't|dont|do not) (?:noticed?|had|have|think so)|"
    # gone now: "not anymore", "I used to but not anymore", "that stopped"
    r"not any ?more|no longer|i used to(?: \w+){0,3},? but not\b|(?:that|it|they|those)(?: stopped| went away|"
    r"(?:'s| is| are|'re| has| have) (?:gone|stopped|cleared up|resolved))|"
    # all well: "They're fine", "Everything's normal" after "How about your bowels, any ...?"
    r"(?:they|everything|all|both)(?:'s|'re| is| are| have been|'ve been| been)? (?:all |pretty |totally )?"
    r"(?:fine|good|normal|okay|ok|regular)|all good"
    r")\b"
)
# "So no chest pain?" "Correct.": agreeing with a denial asked as one denies it.
# Only a bare agreement: a "yes" after a negative question is ambiguous, and "Right, I do have it" affirms.
AGREE = re.compile(
    FILLER + r"(?:correct|right|that's right|that is right|exactly)(?:\W*$|\W+(?:no|nope|nothing|none|not)\b)"
)
# A negative question ("You've not been short of breath?", "No blood in your wee?") answered "Yes, that's right"
# or "Yeah, no" agrees with the denial; a bare "Yes." to it is ambiguous (British and American speakers use it
# opposite ways) and charts nothing: a denied symptom charted present is the worst error.
YES_AGREE = re.compile(
    FILLER + r"(?:yes|yeah|yep|yup|ja|aye)\W+(?:that's right|that is right|correct|right|exactly|none|nothing|no|nope|"
    r"not (?:at all|really|any|that i)|i haven't|i have not|i'm not|i am not|i don't|i do not)\b"
)
BARE_YES = re.compile(FILLER + r"(?:yes|yeah|yep|yup|ja|aye|mm-hmm|mhm|uh-huh|uh huh)\W*$")
_NEGATIVE_BEFORE = re.compile(r"(?:\bno|\bnot|n't|\bnever)\b(?:\s+[\w']+){0,4}\s*$")


def negative_question(q: Sentence, a: int) -> bool:
    """Whether the question asks of the symptom at ``a`` negatively: "you haven't had any chest pain?",
    "and you've not been short of breath?", "no blood in your wee?"."""
    return bool(_NEGATIVE_BEFORE.search(contract(q.low[q.clause_start(a) : a])))


# A hedged or partial yes is a yes ("kind of", "I guess a little", "every now and then"): the annotation
# and the clinician both write the symptom as present.
_HEDGES = (
    r"maybe|a little|a bit|sometimes|kind of|kinda|sort of|sorta|i guess|i think so|somewhat|slightly|mild|"
    r"occasionally|(?:every )?once in a while|(?:every )?now and then|now and again|every so often|from time to time|"
    r"at times|"
    r"on occasion|on and off|off and on|here and there|a few times|"
    r"not much|just a little|just a bit"
)
YES = re.compile(
    FILLER + r"(?:(?:yes|yeah|yep|yup)(?!,? nah\b)|nah,? (?:yeah|yep)|ja|aye|oui|ouais|sí|uh-huh|uh huh|mm-hmm|mhm|"
    r"i do|i have|i did|i am|probably|i wouldn't say no|"
    r"she does|he does|"
    r"i get (?:them|it|those|that)|still (?:there|have|got|bad|the same|going)|it's still|"
    rf"i've (?:had|been|noticed)|i have been|a lot|all the time|definitely|{_HEDGES}|"
    # "Is it itchy?" "Very.", "Terribly.": how much says it is there
    r"very(?= *[.,!]|$)|terribly|horribly|constantly|so much|like crazy|"
    # a yes with its circumstances: "Only when I stand up too fast", "Mostly at night", "Only going up stairs"
    r"(?:only|just|mostly|usually|mainly) (?:when|if|at|in the|after|with|going|walking|climbing|during|on|by)|"
    r"when i|(?:by|at|in) the (?:end of the day|evening|mornings?|night)|at night|every (?:day|night|morning)|"
    # ... or the exertion that brings it on: "On the stairs, a little.", "Going up hills, yeah."
    # (not echoed back as a question: "On the stairs? No, not at all.")
    r"(?:on|going up|climbing|walking up|up) (?:the |a flight of )?(?:stairs|steps|hills?)(?!\s*\?)|"
    r"with (?:exercise|exertion|activity)(?!\s*\?)|"
    r"most (?:days|nights|mornings)|all (?:night|day)(?: long)?|"
    # "Any fever?" "I felt warm last night.": the patient's own sense of it
    r"i (?:felt|feel|was|have been|'ve been) (?:kinda |kind of |a bit |a little |quite |really |very )?"
    r"(?:warm|hot|feverish)|"
    # how many times is a yes: "Once, this morning.", "Twice yesterday."
    r"once(?! in a while)|twice|(?:[1-9]|one|two|three|four|five)(?:(?: or |-| to )(?:[2-9]|two|three|four|five|six))? "
    r"times|a few|a couple|"
    # "Are you up at night to pee?" "I'm up three, four times a night."
    r"i'm up|i get up)\b"
)
# A temperature of a fever told as the answer: "Low grade, 100.2 on Saturday", "last night it was 101.3", or
# the patient's own sense of one ("I felt kinda hot last night"), which answers the fever of a list asked.
FEVER_READING = re.compile(
    r"\blow[- ]grade\b|\b(?:10[0-5](?:\.\d)?|99\.[5-9])\b(?! (?:pounds|lbs|mg|milligrams|percent))"
    r"|^\W*(?:(?:well|um|uh|yeah|yes),?\s+)*i (?:felt|feel|was|have been|'ve been|got) "
    r"(?:kinda |kind of |a bit |a little |quite |really |very |so )?(?:warm|hot|feverish)\b(?! flash)"
)
_YES_LAST = re.compile(r"[,\s]\s*(?:yes|yeah|yep)\W*$")


def says_yes(answer: str, question: str = "") -> bool:
    """Whether a (contracted, lower-case) answer says yes: at its start, after a few words that say when or how
    much ("On the stairs yeah, I have to stop", "Some, yes, mostly about work"), a short answer that ends with
    it ("By the end of the day, yeah."), or a word of the (lower-case) ``question`` said back with an amount
    ("Any chest pain?" "Pain, a bit.")."""
    if YES.match(answer) and not _NO_AFTER_LEAD.match(answer):
        return True  # (not "On the stairs? No, not at all.", "With exercise, no, never.")
    if yes_first(answer):
        return True
    echo = _HEDGE_SOON.match(answer) if len(answer) < 40 and not _NO_WORD.search(answer) else None
    if echo and echo.group(1) in re.findall(r"[\w']+", question) and not _THEN.search(answer):
        return True  # the word asked about said back, then how much: "Any chest pain?" "Pain, a bit."
    return len(answer) < 50 and bool(_YES_LAST.search(answer)) and not NO.match(answer) and not _NO_WORD.search(answer)


def yes_first(answer: str) -> bool:
    """Whether a (contracted, lower-case) answer opens with a yes word, maybe after a few words of when or how
    much ("Yes, and ...", "A little bit, yeah, ...", "Most days yeah, I don't enjoy things"): a yes that may go on
    to tell something else."""
    if re.match(r"\W*(?:(?:a little(?: bit)?|a bit|kind of|sort of),?\s+)?(?:yes|yeah|yep|ja|aye|sí)\b", answer):
        return True
    lead = _YES_SOON.match(answer)
    return (
        bool(lead)
        and not _NO_WORD.search(lead.group(1))
        and not _THEN.search(lead.group(1))
        and not (
            _SOMEONE_ELSE.search(lead.group(1))  # "My dad yeah, he had chest pain": the dad's
        )
    )


# a circumstance echoed back, then a no: "On the stairs? No, not at all.", "With exercise, no, never."
_NO_AFTER_LEAD = re.compile(r"^\W*(?:[\w']+[\s,]+){1,5}?[\w']+\W*[?,.]\s*(?:no|nope|not|never|nah)\b")
_YES_SOON = re.compile(r"^\W*((?:[\w']+[\s,.]+){1,3}?)(?:yes|yeah|yep|yup)\b")
_HEDGE_SOON = re.compile(rf"^\W*([\w']+)[\s,.]+(?:{_HEDGES})\b")
_SOMEONE_ELSE = re.compile(rf"\b(?:he|she|they|him|her|my (?:{OTHER_PERSON})|dad|mom|mum)\b")
# (a circumstance of the past says nothing of now: "last year, yeah", "as a kid yes")
_THEN = re.compile(r"\b(?:was|were|had|last|ago|used|before|kid|child)\b")


_NO_WORD = re.compile(r"\b(?:no|not|never|nope|none|nothing)\b|n't\b")
HEDGED_YES = re.compile(rf"\b(?:{_HEDGES})\b")
# "Have you had chest pain like this before?" "No.": a first episode, not a denial of the symptom now.
BEFORE = re.compile(r"\b(?:before|previously|prior to this)\b")


# A no the speaker qualifies or takes back is a yes: "No, but sometimes at night", "Nope, only when I stand up
# fast", "Not really, except first thing in the morning", "No. Well, actually, yes." Read as a plain no, a
# symptom the patient has would be charted as denied: the wrong polarity, which is worse than charting nothing.
_WHEN_IT_HAPPENS = (
    r"(?:(?:sometimes|occasionally|on occasion|now and (?:then|again)|once in a while|every (?:now and then|so often)|"
    r"from time to time|at times|on and off|off and on)|"
    r"(?:at|in the|during the|through the) (?:night|nights|evenings?|mornings?|afternoons?|weekends?|winter|cold)|"
    r"overnight|first thing(?: in the morning)?|(?:the )?(?:mornings|evenings|nights)|"
    r"(?:by|at|towards?) the end of the day|"
    # (a circumstance of now, not of the past: "only when I was a kid", "when I had covid" deny it today)
    r"(?:when|if|after|whenever) (?:i(?! (?:was|were|had|used|did|got)\b)|i'm|it's|it gets)|"
    r"after (?:meals|eating|food|exercise|walking|work)|"
    r"on (?:exertion|the stairs|hills)|(?:going|walking|climbing) (?:up|upstairs)|"
    r"a (?:little|bit|touch|tad)|the odd (?:one|time|day|night)|once or twice)"
)
_BUT_WHEN = re.compile(
    r"^\W*(?:but|except|apart from|other than|besides|only|just|mostly)\W+"
    r"(?:(?:for|maybe|like|really|only|just|mostly)\W+)?" + _WHEN_IT_HAPPENS + r"\b"
)
_TAKE_BACK = re.compile(
    r"^\W*(?:(?:well|oh|ah|um|uh|hmm)\W+)*(?:actually|wait|hang on|hold on|come to think of it|"
    r"now (?:that )?you mention it|now you mentioned it)\W+(?:(?:well|um|uh|actually)\W+)?"
    r"(?:yes|yeah|yep|i do|i have|i did|i am|i get|a (?:bit|little)|sometimes|it does|they do|there is)\b"
)
# what may follow the circumstance: "only when I stand up fast" — not a new story ("but at night I'm up a lot")
_NEW_STORY = re.compile(r"\b(?:i'm|i am|i have|i've|i had|i go|i get|my|it's|she|he|they)\b")
# ... nor a past ("No, just as a kid", "only back when I had covid")
_PAST_TOLD = re.compile(
    r"\b(?:as a (?:kid|child|baby|teenager)|when i was|growing up|years ago|last year|used to|back then|"
    r"had covid|i had|i was|back in|(?:in|last) (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|spring|summer|autumn|fall|winter))\b"
)
# a take-back that goes on to deny: "No. Actually I have been fine.", "No, wait, it does not hurt."
_STILL_DENIED = re.compile(r"^(?:\W+[\w']+){0,4}?\W+(?:not|never|fine|okay|ok|good|alright|nothing|no)\b|^\W*n't\b")


def taken_back(answer: str, following: str = "") -> bool:
    """Whether a (contracted, lower-case) no answer is qualified or taken back, so that it is a yes: "No, but
    sometimes at night", "Nope, only when I stand up fast", "No. Well, actually, yes." ``following`` is the same
    speaker's next sentence, for a no said on its own before the correction."""
    no = NO.match(answer)
    if not no:
        return False
    rest = answer[no.end() :]
    if _took_back(rest):
        return True
    if not rest.strip(" .,!;-"):
        return _took_back(following) or _qualified(following)
    return _qualified(rest)


def _took_back(text: str) -> bool:
    if _HEDGED_AFTER.match(text) and not _PAST_TOLD.search(text):
        return True  # "Not that I notice. Maybe a little flutter once.": a hedged yes, which notes chart
    said = _TAKE_BACK.match(text)
    return bool(said) and not _STILL_DENIED.match(text[said.end() :])


# a no that goes straight on to "maybe a little": the patient settles on a little, not none
_HEDGED_AFTER = re.compile(
    r"^\W*(?:(?:well|oh|um|uh)\W+)*(?:maybe|perhaps|possibly)\W+(?:(?:uh|um|like|just)\W+)?"
    r"(?:a (?:little|bit|touch|tad)|once|twice|sometimes|occasionally|slightly|a few times|now and then)\b"
    # (the little must be of what was asked: "No. Maybe a little heartburn after spicy food" names another
    # complaint, and the asked one stays denied; only a time, a place or the end may follow)
    r"(?=\W*$|\W*[,.;!]|\s+(?:once|twice|now|sometimes|at|in|on|into|when|after|with|here|maybe|or|and|bit)\b)"
    # (not a little somewhere else: "Down your leg?" "Not really. Maybe a little into the buttock.")
    r"(?!\W+(?:\w+\W+)?(?:into|in|on|to|at|down|up|around|over|across|under)\s+(?:the|my|her|his|your)\s+"
    r"(?!(?:mornings?|evenings?|nights?|day|afternoons?|winter|summer|cold|heat)\b))"
)


def _qualified(text: str) -> bool:
    when = _BUT_WHEN.match(text)
    if not when:
        return False
    after = text[when.end() :].strip(" .,!;")
    own = re.search(r"\b(?:when|if|whenever) (?:i|i'm)\b", when.group(0))
    # (more circumstance may follow: "just a little when it's cold")
    more = re.match(r"(?:when|whenever|if|at|in|on|after|during|first|by)\b", after)
    if _PAST_TOLD.search(text):
        return False
    return len(after.split()) <= (6 if more else 4) and bool(own or more or not _NEW_STORY.search(after))


# "When did the chest pain start?", "How bad are your headaches?": a question about the features of a
# symptom named as known presupposes the patient has it, unless the answer says it has gone.
_ABOUT_KNOWN = re.compile(r"^\W*(?:(?:so|and|okay|ok|now|alright|all right),?\s+)*(?:when|how|where|what|which)\b")
_KNOWN = re.compile(r"\b(?:the|your|this|that|these|those)\s+$")
# "... or is it just the swelling?", "Is it only the cough, or ...?": the one taken as there, the other asked
_JUST_THE = re.compile(r"\b(?:just|only)\s+(?:(?:the|your|that|this)\s+)?$")
# A yes/no question whose subject is the known symptom ("Is the rash itchy?", "Does your knee pain wake
# you up?") asks about a property; "Do you have the chills?" (symptom as object) still asks whether.
_ASKS_OF_KNOWN = re.compile(
    r"^\W*(?:(?:and|so|okay|ok|now),?\s+)*(?:is|are|was|were|does|do|did|has|have)\s+(?:(?:the|your|this|that|these|those)\s+)?$"
)
# ... but "Do your joints hurt?", "Is your urine foamy?": the part is the subject, the symptom is what is asked
_PART_FIRST = re.compile(
    r"(?:urine|pee|wee|stools?|throat|joints?|tummy|stomach|belly|eyes?|skin|legs?|feet|foot|hands?|chest|head|"
    r"back|knees?|ankles?|nose|ears?|mouth|heart|bowels?|bladder|gums|lips?|tongue|face)\b"
)
# "Is the cough getting better?", "Has the fever gone down?": a question about how a known symptom changes.
_CHANGE = re.compile(r"\b(?:better|worse|improv\w*|the same|changed?|easing|helping|bothering)\b")
_RESOLVED = re.compile(r"\b(?:gone(?: away| down)?|go away|went away|stopped|resolved|cleared(?: up)?|healed)\b")
_GONE = re.compile(
    r"\b(?:any ?more|gone|went away|resolved|no longer|not (?:really )?(?:having|getting) (?:it|them|any))\b"
)


def about_known(s: Sentence, a: int, b: int) -> str | None:
    """How the clinician's question asks about the symptom at ``a``-``b`` as one the patient has:
    "feature" (when/how/where did "the" symptom ...), "resolved" (has it gone?), "change" (is it better?),
    or None for an "any ...?" that asks whether there is one."""
    start = s.clause_start(a)
    if (
        s.segment.speaker != "patient"
        and _JUST_THE.search(
            s.low[max(0, a - 24) : a] + (re.match(r"(?:(?:the|your|that|this)\s+)?", s.low[a:b]).group())
        )
        and re.search(r"\bor\b", s.low)
    ):
        return "just"  # "Any pain in the feet, or is it just the swelling?" "No pain.": the swelling is there
    named_known = bool(_KNOWN.search(s.low[:a]) or _KNOWN.match(s.low[a : a + 6].split(" ")[0] + " "))
    if s.segment.speaker == "patient" or not named_known or re.search(r"\b(?:any|no|not|if|ever)\b", s.low[start:a]):
        return None
    after = s.low[b : b + 40]
    if _STILL_THERE.search(s.low[a : b + 25]):
        return "still"  # "Is the headache still there?" "No.": gone
    if _RESOLVED.search(after):
        return "resolved"
    if _CHANGE.search(after):
        return "change"
    if _ABOUT_KNOWN.match(s.low[start:]) or _ABOUT_KNOWN.match(s.low):
        return "feature"
    # (the span may begin with its determiner: "does your throat hurt" is read from "your throat hurt")
    part = re.sub(r"^(?:the|your|this|that|these|those|his|her|my)\s+", "", s.low[a:b])
    if _ASKS_OF_KNOWN.search(s.low[start:a]) and not _PART_FIRST.match(part):
        return "property"  # "Is the rash itchy?" "Not really.": the rash is there, the itch is not
    return None


# "Is the headache still there?", "Does your knee still hurt?": a no says it has gone.
_STILL_THERE = re.compile(
    r"\bstill (?:there|hurts?|hurting|sore|aching|going on|around|present|bother\w*|happening|have (?:it|them))\b"
    r"|\bstill\s*\??\s*$"
)


def gone_by_answer(kind: str, answer: str, name: str = "") -> bool:
    """Whether the answer to an ``about_known`` question says the symptom is gone."""
    if _GONE.search(answer):
        return True
    if kind == "just":
        # "Pain, or just the swelling?" "No pain.": the "no" is the other thing's, unless it names this one
        head = name.split()[-1] if name else ""
        return bool(head) and bool(re.search(rf"\b(?:no|not any|not the)\s+(?:\w+\s+)?{re.escape(head)}", answer))
    if kind == "resolved":  # "Have the headaches stopped?" "Yes."
        return bool(YES.match(answer)) and not NO.match(answer)
    if kind == "still":
        return bool(NO.match(answer))
    if kind == "feature":  # "How's your back pain?" "Not having it."
        return bool(NO.match(answer))
    return False  # "Is the cough any better?" "No." / "A little.": still there


# A short piece of the same question said after a pause ("Dizzy. Like you might pass out?" "No."): a
# recogniser drops the question marks, and the answer follows the last piece only. (In typed dialogue this
# cost held-out symptoms: there a full stop tells.)
_MORE_OF_IT = re.compile(r"^\W*(?!(?:i|we|so|okay|ok|alright|all right|let's|let me|now|then|because)\b)\w")
MAX_PIECE_WORDS = 8


def answered(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the next sentence is another speaker's bare yes/no: then ``s`` was a question. Up to two short
    pieces of the same speaker may come between ("Dizzy." "Like you might pass out." "No.")."""
    if s.index + 1 >= len(sentences) or s.segment.speaker == "patient" or len(s.low) > 200:
        return False  # (a long explanation answered "yeah yeah" was heard, not asked)
    nxt = sentences[s.index + 1]
    for _ in range(2):
        if s.other_speaker(nxt) or not _more_of_it(s, nxt) or nxt.index + 1 >= len(sentences):
            break
        nxt = sentences[nxt.index + 1]
    other = s.other_speaker(nxt)
    if DISMAY.match(nxt.low):
        return False  # "He's been pulling at his ear." "Oh no. Which ear?": sympathy, not an answer
    return other and (bare_answer(nxt.low) or (_heard_no_first(nxt) and not _TELLS.search(s.low)))


# Heard speech runs an answer on into what follows, with commas where typing has full stops ("no, I do my
# stairs no problem, I live on the third floor"): its first clause is the bare answer. Only a no (a "yes, but"
# turns), and only when nothing after it turns it round ("no, only at night", "no, but sometimes").
_TURNS = re.compile(r"\b(?:but|though|except|sometimes|occasionally|a little|a bit|only|just)\b")
# ... and only after a bare list of words, as a question heard without its question mark is: a clinician's
# statement ("your ankle looks swollen") answered "no, it's been like that for years ..." is not denied.
_TELLS = re.compile(r"\b(?:you|your|you're|you've|i|i'm|we|it|it's|there's|that's|is|are|was|looks?|seems?)\b")


def _heard_no_first(nxt: Sentence) -> bool:
    first, comma, rest = nxt.low.partition(",")
    return bool(
        nxt.segment.words and comma and len(first) < 30 and NO.match(contract(first)) and not _TURNS.search(rest)
    )


def bare_answer(text: str) -> bool:
    """Whether ``text`` is a short yes or no, as said in reply to a question ("Nope.", "No, nothing like
    that.", "Yeah, a little."); the transcriber's role labeller reads answers with it too."""
    low = text.lower().strip()
    return len(low) < 60 and bool(NO.match(contract(low)) or YES.match(low))


DISMAY = re.compile(r"\W*(?:oh|aw|ah),? no\b")


def _more_of_it(s: Sentence, nxt: Sentence) -> bool:
    """Whether ``nxt`` may be a piece of the question ``s`` began: short, asking nothing else, not telling.
    Only in speech a recogniser heard (its segments have timed words): typed dialogue keeps its question marks."""
    return (
        bool(s.segment.words)
        and not s.low.rstrip().endswith("?")
        and len(nxt.low.split()) <= MAX_PIECE_WORDS
        and bool(_MORE_OF_IT.match(nxt.low))
        and not bare_answer(nxt.low)
    )


def bare_yes_to_statement(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` asks nothing in its own clauses and the other speaker's next sentence is a bare yes."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return not any(q for _, _, q in s.clauses) and bool(nxt and s.other_speaker(nxt) and BARE_YES.match(nxt.low))
