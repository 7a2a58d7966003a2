"""Where the examination is: the stretch of the clinician's speech that examines, from the words that open it
("on exam", "let me take a look", "hop up on the table", "can I have a listen to your chest?") to those that
end it (the results, the assessment, the plan), and the sentences in it that state a finding. ``exam.py``
reads the findings of these sentences.
"""

from __future__ import annotations

import re

from engine.clinical.exam_mentions import mentions
from engine.clinical.exam_mind import MIND_NAMES, mind_mentions
from engine.clinical.exam_sites import SAME_OTHER
from engine.clinical.exam_speech import spoken
from engine.clinical.exam_terms import FINDING, SITE, SITE_UNNAMED
from engine.clinical.lexicon import find_drugs
from engine.clinical.sentences import Sentence

# "Let me look at your chart", "let me check, I have you on ...": looking at records, not at the patient.
_NOT_RECORDS = (
    r"(?! i |(?: (?:at|in|up|through|over))? (?:the|your|my|his|her) (?:chart|records?|list|labs?|results?|notes|"
    r"medications?|meds|med list|computer|screen|file|pharmacy|dose))"
)
_PART = SITE_UNNAMED
# ("gon na": how recordings are transcribed)
_GONNA = r"(?:gonna|gon na|going to|want to|wanna|will|'ll|am gonna|i'm gonna|(?:i'd|i would) like to|need to)"
START = re.compile(
    r"\b(?:exam|examine|examined|examining|examination|"
    # ("let me just have a listen", "let me quickly feel your tummy")
    r"let me (?:(?:just|quickly|now) )?"
    rf"(?:(?:take|have) a (?:quick |closer |good )?(?:look|listen|feel)|(?:look|check){_NOT_RECORDS}|listen|feel|"
    r"press|palpate|"
    # "let me see your foot", not "let me see your list"
    rf"see (?:your|the|that|this|her|his) (?={SITE.pattern}))|"
    # ("i'm gon na quickly listen", "going to just have a look": an adverb before the act)
    rf"{_GONNA} (?:(?:just|quickly|now|also|then|first) ){{0,2}}"
    r"(?:(?:take|have) a (?:quick |closer |good )?(?:look|listen)|listen|feel|press|palpate|"
    rf"look (?:at|in|into) (?:your|the) (?={_PART}))|"
    # "let's have a look", "lets take a listen", "I'm pressing on your back"
    r"let'?s (?:have|take) a (?:quick |closer |good )?(?:look|listen)|"
    r"i'm (?:pressing|pushing|feeling|palpating|listening|tapping)|(?:i'm going to|"
    rf"i want to|let's|i'll|gonna) (?:take a look|listen|do a quick exam|"
    r"do a physical exam)|when i (?:look|looked|listen|listened|press|pressed|push|pushed|palpate|feel|felt|touch|"
    r"tap|move|bend)|looking at your|"
    # told after the looking: "I looked at your neck, arms and back", "I've examined your feet"
    rf"i(?:'ve| have)? (?:looked at|examined|checked) (?:your|the|her|his) (?={_PART})|"
    # "let me move your hip", "let me bend your knee": the part moved is examined
    rf"let me (?:move|bend|straighten|rotate|lift|raise|test) (?:your|the|that|this) (?={_PART})|"
    r"looking at you|listening to your|feeling your|on inspection|on palpation|on auscultation|"
    # the patient placed for the exam: "let me have you lie back", "hop up here", "say ah for me"
    # (not "let me have you come back in two weeks")
    r"let me have you (?:stand|sit|lie|lay|hop|get up|turn|walk|bend|step|squat)|(?:lie|lay) back|"
    r"lie down for me|(?:sit|stand) up for me|hop up|say ah|"
    # British: "pop up on the couch for me", "if you could slip your top off", "jump up on the bed"
    r"(?:pop|jump|hop|get) (?:up )?on(?:to)? (?:the|my) (?:couch|bed|table)|slip your \w+ off|"
    # undressed for it: "shoes and socks off", "take your top off for me"; "let's check you over", "let's do
    # the feet", "let me examine the knee" (the part named)
    r"(?:shoes|socks|stockings|shirt|top|trousers|pants|jumper|sweater)(?: and (?:your )?\w+)? off|"
    rf"(?:let's|let me) (?:check you(?: over)?|(?:do|check|examine) (?:your|the|those|that|this) (?={_PART}))|"
    r"let me (?:see|watch) you (?:walk|squat|bend|stand|move|hop)|"
    # watching the breathing, in the room or on a video call: "I want to watch him breathe for a bit"
    rf"(?:let me|{_GONNA}) (?:watch|see|look at) (?:you|him|her|them) breathe|"
    # "looking in your mouth", "so looking at the feet" (not "looking at the labs")
    rf"looking (?:in|into|at) (?:your|the) (?={_PART})|"
    r"let me see (?:the|that|this|your) (?:rash|lesion|spot|mole|bump|lump|wound|cut|bite|sore)s?|"
    # ("take some deep breaths when you panic" is advice, not the exam)
    r"(?:deep|big) breaths? (?:in|for me)|breathe in for me|swallow for me|follow my finger|"
    r"squeeze my (?:hands?|fingers))\b"
)
END = re.compile(
    r"\b(?:assessment|impression|my plan|the plan|for your \w+ problem|let's talk about|so what i think|"
    r"i think (?:you|she|he) (?:have|has)|diagnosis|results|x-rays?|show me the|referrals?|"
    r"(?:we|i) reviewed(?! (?:your |the )?vital)|"
    # the plan, said without the word: "I'll prescribe", "keep using the gel"
    r"i(?:'d| would| will|'ll| want to| wanna| am gonna|'m gonna|'m going to| am going to)? "
    r"(?:order|prescribe|recommend|refer)|keep using|continue (?:on|using|taking)|(?:start|put) you on)\b"
)
# The explaining after the exam, which states no finding: a drug added ("I'm also going to add valacyclovir"),
# a name given to what was found ("some numbness from the sugar, what we call diabetic neuropathy").
# (a drug must follow: "I'm going to switch to the other side now", "add a little pressure here" examine on)
_ADDED = re.compile(
    r"\bi(?:'m| am)(?: also)? (?:going to|gonna) (?:add|start you(?: on)?|give you|switch you(?: over)?(?: to)?)\s+"
)
_A_MEDICINE = re.compile(
    r"(?:an?|some|the)?\s*(?:\w+\s+){0,2}?(?:pills?|tablets?|medicines?|medications?|antibiotics?|creams?|"
    r"ointments?|inhalers?|prescriptions?|shots?|injections?|steroids?)\b"
)
_ARTICLE = re.compile(r"(?:an?|the|some)\s+")
_CALLED = re.compile(r"\b(?:what we call|we call (?:that|it|this)|(?:it's|it is|that's|that is|this is) called)\s+")


def names_diagnosis(low: str) -> bool:
    """Whether a sentence or clause names the diagnosis to the patient ("what we call diabetic neuropathy",
    "that's called vaginal atrophy"). Teaching the word for a finding ("a little fluid, we call that effusion")
    goes on examining."""
    # ("what we call a murmur" teaches a finding's name, article or not)
    return any(not FINDING.match(low, _after_article(low, m.end())) for m in _CALLED.finditer(low))


def _after_article(low: str, at: int) -> int:
    article = _ARTICLE.match(low, at)
    return article.end() if article else at


def explaining(low: str) -> bool:
    """Whether a sentence or clause explains rather than examines: it adds a drug or names the diagnosis."""
    added = _ADDED.search(low)
    what = low[added.end() : added.end() + 60] if added else ""
    return bool(what and (find_drugs(what) or _A_MEDICINE.match(what))) or names_diagnosis(low)


def ends(low: str) -> bool:
    """Whether a sentence or clause ends the exam: it says the results or the plan (``END``), or explains."""
    return bool(END.search(low)) or explaining(low)


# A dictated exam line, a part and then what is found on it: "Left knee: swelling, no effusion."
_HEADING = re.compile(rf"^\s*(?:{SITE.pattern})\s*:\s*(?!$)")
_FIRST_PERSON = re.compile(r"^\s*(?:(?:um|uh|well|yeah|yes|no|so|and|but),?\s+)*(?:i|i'm|i've|i'd|my|me)\b")
_LOOKS = (
    r"(?:a (?:little |bit )|very |pretty |slightly |mildly |really )?"
    r"(?:red|swollen|inflamed|erythematous|bulging|pale|enlarged|irritated|infected|normal|clear|healthy)"
)
_ALWAYS_EXAM = re.compile(
    r"\b(?:to palpation|on palpation|on exam|auscultation|range of motion|"
    r"regular rate and rhythm|straight leg raise|there(?: is|'s) (?:some |mild |no )?(?:tenderness|"
    r"swelling|edema|erythema)|(?:your|his|her) affect (?:is|seems|looks|appears)|"
    # tenderness is only found by pressing: "you've got tenderness over your right shoulder", "you're tender here"
    r"(?:you(?:'ve| have)? got|you have|you do have) (?:some |mild |a little |a bit of )?(?:\w+ )?tenderness "
    r"(?:over|at|in|along|on|to)\b|"
    r"you're (?:a (?:little|bit) |mildly |very |quite )?tender (?:over|at|in|along|on|to|here|there|when)|"
    # what only an examiner says, even with no "let me listen" before: "lungs clear", "no murmurs"
    r"(?:lungs?|heart|abdomen|belly|tummy|chest|neck)(?:'s | is | are | sounds? | looks? | )(?:nice and )?"
    r"(?:clear|regular|soft|supple)|"
    # "your lungs sound great", "heart and lungs are normal": only heard by listening (not "your heart is good
    # for your age", which "for" after it rules out)
    r"(?:heart|lungs)(?: and (?:your |the )?(?:heart|lungs))? (?:is |are |sounds? |sounded )(?:really |very |pretty )?"
    r"(?:good|great|fine|normal|healthy|perfect)(?! for)|"
    # (not "no wheezing": a clinician echoes a denied symptom that way)
    r"no (?:murmurs?|gallops?|crackles|rales|rhonchi|rebound|guarding|nystagmus)|pupils (?:are )?(?:equal|reactive)|"
    # what a part looks like, said to the patient: "your throat looks red"
    rf"(?:your|his|her) (?:{SITE.pattern}) (?:looks?|appears?) (?:{_LOOKS}|fine|good|okay|ok)|"
    # "your throat's a bit red": a part only looking in shows, said as seen (not "your knee is swollen from the
    # arthritis", which explains what the patient feels)
    r"(?:your|his|her) (?:throat|tonsils|ears?|ear ?drums?|ear canals?|eyes|nose)(?:'s| is| are) "
    r"(?:a (?:little |bit )|very |quite |slightly )?(?:red|swollen|inflamed|enlarged|bulging|infected)|"
    # parts only an examiner sees: "the right ear drum is red"
    r"(?:tympanic membranes?|ear ?drums?|tms?|pharynx|oropharynx|turbinates|fundus) (?:is|are|looks?|appears?))\b"
)


def is_clinician(s: Sentence) -> bool:
    return s.segment.speaker in (None, "clinician", "doctor")


def _states_finding(low: str) -> bool:
    # "pain" alone ("some pain medicine") is no finding until a site comes with it; how the person seems ("you
    # seem flat, a bit teary") is also what the symptoms are, which read the sentences the exam leaves them
    return any(m[2] != "pain" and m[2] not in MIND_NAMES for m in mentions(low))


# "when i look at your neck i don't see any jvd": said like a question ("when ...?"), but the examiner goes on
# to say what was seen, heard or felt
_SEEN_WHEN = re.compile(
    r"(?:(?:so|and|okay|ok|now|alright|um|uh) )*when i (?:look|looked|listen|listened|press|pressed|push|pushed|"
    r"feel|felt|examine|examined|palpate|palpated|check|checked)\b[^?]*?\b(?:i (?:do n't|don't|did n't|didn't|"
    r"can't|can not|cannot|do not|did not) (?:see|feel|hear|appreciate|notice)|i (?:see|feel|hear|appreciate|"
    r"notice)|there(?:'s| is| are| was| were))\b[^?]*"
)


def seen_when(low: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``low[start:end]``, read as a question for its "when", tells what the examiner found ("when i
    press on your belly i don't feel any masses")."""
    return bool(_SEEN_WHEN.fullmatch(low, start, len(low) if end is None else end))


def stretch_of(sentences: list[Sentence]) -> set[int]:
    """Indexes of the clinician's sentences said while examining, questions included."""
    out: set[int] = set()
    in_exam = False
    on_camera: list[object] = []  # the clinician's turns since a camera request opened the exam
    for s in sentences:
        if not is_clinician(s):
            continue
        # In unpunctuated speech one "sentence" can hold the whole examination and the assessment after
        # it: a sentence that starts the exam is examined, and the stretch ends after one that ends it.
        # leave asked to look ("can I look in your ears?") opens an exam that, like one on camera, is said in
        # the clinician's next turns: the plan after it often names no word that ends the exam
        camera = bool(_CAMERA.search(s.low) or _MAY_I.search(s.low))
        starts = (bool(START.search(s.low)) and (not s.is_question or ready_now(s.low) or seen_when(s.low))) or camera
        if on_camera and s.segment not in on_camera:
            on_camera.append(s.segment)
            # what is seen on camera is said in the clinician's next two turns; the talk after is the plan
            if len(on_camera) > 3 and not starts:
                in_exam, on_camera = False, []
        if camera and not on_camera:
            on_camera = [s.segment]
        if starts:
            in_exam = True
        elif in_exam and END.search(s.low):
            in_exam = False
        if in_exam or starts or (s.is_question and _PRESSING.search(s.low)):
            out.add(s.index)  # "when I tap over your kidneys, does it hurt?" examines as it asks
    return out


# Asking leave to examine opens the exam as "let me" does: "can I look in your ears?", "mind if I have a listen
# to your chest?", "is it okay if I feel your tummy?" (not "can I look at your chart?", "can I see your list?")
_MAY_I = re.compile(
    r"\b(?:can|could|may|mind if|do you mind if|okay if|ok if|alright if|all right if) i "
    r"(?:just |quickly |quick |now )?(?:(?:take|have|get) a (?:quick |closer |good |little )?(?:look|listen|feel|peek)"
    rf"{_NOT_RECORDS}|(?:look|listen|feel|check|press|examine|see)(?: (?:in|into|at|on|to))? (?:your|his|her|the) "
    rf"(?:\w+ )?(?={_PART}))"
)
# Asking the patient to get ready is no question about them: "can you take your shoes and socks off for me?",
# "could you hop up on the couch?" open the exam as the same words said as a request do.
_GET_READY = re.compile(
    r"\b(?:can|could|would|will) you (?:please |just |now |quickly )?(?:take|slip|pop|get|hop|jump|lie|lay|roll)\b"
)
# Self-care told as a request is no exam: "can you take your socks off at night and check your feet?"
_SELF_CARE = re.compile(r"\b(?:at home|get home|every (?:day|night|morning)|each (?:day|night)|at night|before bed)\b")


def ready_now(low: str) -> bool:
    """Whether a question asks the patient to get ready for the exam now (not a self-care routine)."""
    return bool(_GET_READY.search(low)) and not _SELF_CARE.search(low)


_PRESSING = re.compile(r"\bwhen i (?:press|push|tap|touch|palpate|squeeze|move|bend)\b")
# A video visit's exam opens with a request about a body part, often asked: "can you point the camera at your
# ankles?", "hold your hand up to the camera" (not "hold each bottle up to the camera")
_CAMERA = re.compile(
    r"\b(?:point|turn|aim|tilt|move) (?:the|your) (?:camera|phone) "
    r"(?:down |up |over )?(?:at|to|toward|towards|on|onto) "
    rf"(?:your|his|her|their|the) (?:\w+ )?(?={_PART})|"
    rf"\b(?:hold|put|bring|show me|lift) (?:your|his|her|their) (?:\w+ )?(?={_PART})[^.?]{{0,30}}\bcamera\b"
)


def exam_sentences(sentences: list[Sentence]) -> set[int]:
    """Indexes of the sentences in which the clinician examines (symptoms and problems skip them)."""
    sentences = [spoken(s) for s in sentences]  # read without "um", "the the", "left no wait right"
    stretch = stretch_of(sentences)
    out: set[int] = set()
    for s in sentences:
        low = s.low
        said_exam = s.index in stretch or _ALWAYS_EXAM.search(low) or _HEADING.match(low)
        if not is_clinician(s) or (s.is_question and not seen_when(low)) or not said_exam:
            continue
        if not _states_finding(low):
            continue  # only sentences that state a finding: the rest may be the patient talking
        if s.segment.speaker is None and _FIRST_PERSON.match(low):
            continue  # unlabelled "I have swelling in my ankle" is the patient, not the examiner
        out.add(s.index)
    for s, nxt in zip(sentences, sentences[1:], strict=False):
        # "Lungs are clear. No wheezes.": a finding said next in the same turn is the same exam
        if (
            s.index in out
            and nxt.segment is s.segment
            and not nxt.is_question
            and (_states_finding(nxt.low) or SAME_OTHER.match(nxt.low))
        ):
            out.add(nxt.index)
    return out


def mind_sentences(sentences: list[Sentence]) -> set[int]:
    """Indexes of the clinician's statements in the exam that say how the person seems ("you're alert", "you
    seem flat today"): findings of the exam that symptom extraction reads as well."""
    sentences = [spoken(s) for s in sentences]
    stretch = stretch_of(sentences)
    return {
        s.index
        for s in sentences
        if s.index in stretch and is_clinician(s) and not s.is_question and mind_mentions(s.low)
    }
