"""Occupation: the patient's work, said outright, in passing, or as the answer to a question about it.

"I work as a nurse", "I'm retired, I was a teacher", "What do you do?" "Line cook at the diner.", "still
driving the bus", "I was a roofer for twenty-six years" (former), "I got laid off" (unemployed). Split from
social_history.py, which reads the habits and calls this for work.
"""

from __future__ import annotations

import re

from engine.clinical.history_fact import ADVICE as _ADVICE
from engine.clinical.history_fact import ANSWER_NO as _ANSWER_NO
from engine.clinical.history_fact import history_fact as _fact
from engine.clinical.sentences import Sentence
from engine.types import Fact

# Occupation said outright ("I work as a nurse", "I'm retired") or as the answer to a question about work.
_OCCUPATION = re.compile(
    # ("I working as a cashier": the progressive without its "am", as Caribbean and Indian English say it)
    r"\b(?:i work as an?|i(?:'m| am)? working as an?|i'm an?|i am an?|she works as an?|he works as an?|"
    r"i work (?:at|in|for)|i(?:'m| am)? doing (?=business)|i (?:run|own|have) (?:an?|my own) (?=shop|business)|"
    # "I run the tuck shop at the school", "we own a little bakery", "I manage the hardware store"
    r"(?:i|we) (?:run|own|manage) (?:an?|the|my|our)(?: own)?(?= (?:[a-z-]+ ){0,2}(?:shop|business|store|"
    r"restaurant|cafe|salon|bakery|stall|kiosk|canteen|farm)\b)|"
    r"my job is|i'm retired|i retired|i drive an?|i work from home as an?|i'm (?=unemployed|on disability))\b ?"
    r"((?:[a-z]+ ){0,2}[a-z]+)?"
)
_JOBS = re.compile(
    r"(businessman|businesswoman|business|teacher|nurse|engineer|driver|mechanic|farmer|landscaper|accountant|lawyer|student|cashier|chef|cook|"
    r"carpenter|electrician|plumber|construction|firefighter|police|officer|manager|secretary|retired|"
    r"doctor|programmer|developer|server|waitress|waiter|painter|contractor|lineman|clerk|pilot|veteran|"
    r"architect|professor|musician|athlete|coach|banker|salesman|sales|truck|bus|taxi|forklift|designer|"
    r"unemployed|disability|homemaker|paralegal|janitor|custodian|housekeeper|caregiver|paramedic|emt|soldier|"
    r"receptionist|assistant|hairdresser|stylist|barber|welder|machinist|roofer|bartender|dispatcher|analyst|"
    r"consultant|realtor|social worker|mail carrier|mailman|pharmacist|therapist|technician|hygienist|nanny|"
    # British: "I'm a postman", "call centre", "I'm a carer"
    r"postman|postwoman|postie|builder|cleaner|carer|care worker|shop assistant|call cent(?:re|er)|lorry driver|"
    r"bin man|binman|plasterer|joiner|labourer|laborer|civil servant|tradesman|"
    # a trade said as its work: "landscaping", "nursing"
    r"landscaping|nursing|teaching|farming|trucking|plumbing|roofing|retail|accounting|hairdressing|"
    # trades and work as world English names them: "I am a tailor", "I am doing business", "I run a shop"
    r"tailor|shopkeeper|trader|vendor|housewife|fisherman|(?:\b(?!an?\b|the\b|my\b|our\b)[a-z-]+ )?(?:shop|store|"
    r"restaurant|cafe|salon|bakery|"
    r"stall|kiosk|canteen|farm)\b)"
)
WORK_QUESTION = re.compile(
    r"\b(?:for work|for a living|your job|occupation|what do you do|what work|what job|what does (?:she|he) do|"
    r"(?:kind|line) of work|"
    r"are you (?:still )?(?:working|employed)|do you work|"
    # "Still working in the same company?", "still at the same job?": the clinician who knows the patient
    r"still (?:working|employed|at) (?:in |at |for |with )?the same)\b"
)
# The answer to a question about work: "I'm a pharmacist", "I do construction", "I work at the post office".
# "I'm a ..." needs its article (a job is a noun: "I'm tired" is not one).
_WORK_ANSWER = re.compile(
    r"^\W*(?:(?:um|uh|well|oh|so),?\s*)*"
    r"(?:(?:i'm|i am|she's|he's|i'm working as|i(?: am)? working as|i work as)\s+an?\s+|"
    r"(?:i do|i work (?:at|in|for))\s+(?:the\s+)?)((?:[a-z-]+ ){0,2}[a-z-]+)"
)
_BARE_JOB = re.compile(
    # ("Still working there?" "Yes, accounts manager, in Deira.": the yes before the job)
    r"^\W*(?:(?:um|uh|well|oh|so|still|yes|yeah|yep),?\s*)*((?:[a-z-]+ ){0,2}[a-z-]+)"
    # "landscaping thirty years out in the sun": how long they have done it may follow the trade
    r"(?=\s+(?:at|in|for|with)\b|[,.]|$|\s+\d+ (?:years?|yrs)\b)"
)
_OUT_OF_WORK = re.compile(
    r"\b(?:laid off|between jobs|out of work|lost my job|looking for (?:work|a job)|unemployed)\b"
)
_AT_HOME = re.compile(r"\b(?:i'm|i am|she's|he's) an? (stay[- ]at[- ]home (?:mom|dad|mother|father|parent))\b")
# A line of work said as "I'm in ...": only fields of work ("I'm in pain" is none).
_FIELD = re.compile(
    r"^\W*(?:(?:um|uh|well|oh|so),?\s*)*(?:i'm|i am|she's|he's) in ((?:the )?(?:sales|retail|construction|insurance|"
    r"real estate|marketing|finance|banking|accounting|it|tech|healthcare|education|management|manufacturing|"
    r"military|army|navy|air force|marines|human resources|hr|customer service|food service|trucking|"
    r"hospitality|landscaping|law enforcement))\b"
)
_NOT_A_JOB = re.compile(r"^(?:bit|little|lot|few|good|fine|okay|mess|wreck|nervous|real)\b")


def occupation_said(s: Sentence, asked_work: bool) -> Fact | None:
    """Work said outright ("I work as a nurse") or as the answer to a question about work."""
    low = s.low
    m = _OCCUPATION.search(low)
    if m and not s.question_at(m.start()):
        job = _JOBS.search(low[m.start() : m.end() + 20])
        if job:
            a = m.start() + job.start()
            value = f"{job.group()} driver" if "drive" in m.group() else job.group()  # "I drive a truck"
            if value == "retired" and (was := _FORMER_JOB.match(low, a + 7)) and _job_like(was.group(1)):
                # "I'm a retired teacher", "I'm retired, I was a teacher": the job a retiree did
                return _fact("occupation", "social", s, m.start(), was.end(), value=f"retired {was.group(1)}")
            return _fact("occupation", "social", s, m.start(), a + len(job.group()), value=value)
    if asked_work and (out_of_work := _OUT_OF_WORK.search(low)):
        # "Nothing right now, I got laid off", "I'm between jobs"
        return _fact("occupation", "social", s, out_of_work.start(), out_of_work.end(), value="unemployed")
    if (home := _AT_HOME.search(low)) or (asked_work and (home := _FIELD.match(low))):
        # "I'm a stay-at-home mom"; "What do you do?" "I'm in sales."
        return _fact("occupation", "social", s, home.start(1), home.end(1), value=home.group(1).replace("-", " "))
    w = _WORK_ANSWER.match(low) if asked_work else None
    # "What do you do for work?" "Line cook at the diner.": a bare job, ending in a job word.
    bare = _BARE_JOB.match(low) if asked_work else None
    if not w and bare and (_job_like(bare.group(1).split()[-1]) or _JOBS.fullmatch(bare.group(1))):
        # "I work construction", "I do landscaping": the trade, not the verb before it
        lead = re.match(r"(?:i (?:work|do)|i'm in)\s+", bare.group(1))
        a = bare.start(1) + (lead.end() if lead else 0)
        return _fact("occupation", "social", s, a, bare.end(1), value=low[a : bare.end(1)])
    if w and not _NOT_A_JOB.match(w.group(1)):
        # Any job the question was about, not only the ones listed: "I'm a pharmacist" -> pharmacist.
        job = re.split(r"\s+(?:at|in|for|and|but|so|with|since|now)\b", w.group(1))[0]
        return _fact("occupation", "social", s, w.start(1), w.start(1) + len(job), value=job)
    return None


# The job before retiring: "retired teacher", "retired, I was a teacher", "retired from teaching".
_FORMER_JOB = re.compile(r"[,\s]*(?:(?:i was|i used to be) an? )?([a-z-]+)\b")


# Work said without "I work as": "still a hygienist", "you were a librarian", "still driving truck".
# ("you're a runner" is not said of work: the clinician's form needs "still" or the past of a retiree.)
# ("I was the school librarian for thirty-one years": the job, with the word that says which kind)
_STILL_A = re.compile(
    # ("Still the dispatcher job?": the job named before "job")
    r"\b(?:still|you were|i was) (?:an? ([a-z-]+)|the ((?:[a-z-]+ )?[a-z-]+)(?= (?:for|at|until|before)\b)|"
    r"the ([a-z-]+)(?= (?:job|work)\b))\b"
)
_YOU_ARE_A = re.compile(r"\byou(?:'re| are) an? ([a-z-]+)\b")
_DRIVING = re.compile(
    r"\bdriv(?:e|es|ing) (?:a |the |for )?(truck|delivery|bus|taxi|cab|forklift|uber|lyft)\b|"
    r"\b(?:i|she|he) drives? for (?:a |an |the )?(?!(?:an? )?(?:hour|while|bit|minute|mile)s?\b)([a-z]+)"
)
_SCHOOL = re.compile(
    r"\b(?:in|starting|finishing) (?:the )?(?:\w+|\d+(?:st|nd|rd|th)) grade\b|\bin (?:high|middle) school\b|"
    r"\bin (?P<field>nursing|medical|law|dental|pharmacy|grad|graduate|nursing) school\b"
)
_IN_SCHOOL_NOW = re.compile(
    r"(?:^\W*(?:(?:um|uh|well|oh|so|yes|yeah|fine),?\s*)*|"
    r"\b(?:i'm|i am|she's|she is|he's|he is|now|currently|still)\s+)$"
)
_JOB_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|cook|nurse|clerk|chef|aide|tech|guard)$")
_NOT_JOB_WORDS = frozenset(
    "other never however either whether over under after better later water dinner neighbor mother father brother "
    "sister daughter partner number member matter quarter summer winter corner order error favor color pleasant "
    "tired different important patient giant smoker drinker user runner swimmer sleeper walker".split()
)


# Where someone works, said in passing: "still at the accounting firm", "I work the night shift at the lab".
_WORKPLACE = re.compile(
    r"\b(?:(?:you're|you are|i'm|i am|she's|he's) still (?:at|with)|"
    # the clinician's short question, its subject left off: "Still at the trucking company?", "Are you still
    # working at the salon?", "Still working at the supermarket?" (a workplace's noun must end it; "still at
    # the hospital?" without "working" asks where a patient is kept)
    r"^\W*(?:(?:and|so|okay|now),?\s+)?(?:are you\s+|you\s+)?still (?:(?:working|employed) (?:at|with|for)|"
    r"(?:at|with|for)(?! (?:the |a )?(?:hospital|clinic|center|centre|rehab)\b))|"
    r"i work (?:the )?(?:\w+ )?(?:shift|nights|days) (?:at|in)|"
    # "I work in the warehouse, packing", "you're working at the chicken plant still?": a place of work
    # (kept only when it ends in a workplace's noun: "I work in the garden" is none)
    r"(?P<at>(?:i|she|he) works? (?:at|in|for)|"
    r"(?:you're|you are|i'm|i am|she's|he's) (?:still )?working (?:at|in|for))|"
    r"(?:you|i|she|he) (?P<retired>retired) from)\s+(?:the |a |an )?(?P<place>(?:[a-z-]+ ){0,2}[a-z-]+)"
)
_WORKPLACE_NOUN = re.compile(
    r"\b(?:firm|company|office|plant|factory|hospital|school|store|bank|shop|lab|garage|warehouse|restaurant|"
    r"diner|mill|station|department|agency|center|clinic|university|college|district|county|city|state|"
    r"salon|supermarket|market|mine|mines|depot|hotel|bakery|pharmacy|dealership|call cent(?:re|er))$"
)
# How the work is done, when no job is named: "you work from home", "i work on the computer all day"
_WORK_STYLE = re.compile(
    # ("i work nights" is left alone: said of sleep, it was not charted as the work)
    r"\b(?:i|you|she|he) (?:still )?works? (?P<how>from home|on (?:the |a )?computers?|at a desk)\b"
)
# "And she's in school?" "First grade.": the grade alone answers.
_GRADE_ANSWER = re.compile(
    r"^\W*(?:(?:um|uh|well|oh|so|yes|yeah),?\s*)*((?:\w+|\d+(?:st|nd|rd|th)) grade|kindergarten|preschool|"
    r"high school|middle school|college)\b"
)


def _school_asked(sentences: list[Sentence], s: Sentence) -> bool:
    prev = sentences[s.index - 1] if s.index else None
    return bool(prev and prev.segment.speaker != s.segment.speaker and re.search(r"\b(?:school|grade)\b", prev.low))


def _worked(low: str, m: re.Match, nxt: list[Sentence]) -> bool:
    """ "I was a roofer for twenty-six years", "you were a librarian" "Thirty-four years at the library.": a
    listed job, or any job word said with how long or where ("I heard you were a hunter" is a pastime)."""
    if _JOBS.fullmatch(m.group(m.lastindex)) or re.match(
        r"\s+(?:for \S+ (?:\S+ )?years|at|until|before)\b", low[m.end() :]
    ):
        return True
    return bool(nxt) and bool(re.search(r"\byears\b[^.?!]{0,20}\b(?:at|with|in|for)\b|\bretired\b", nxt[0].low))


def _job_like(word: str) -> bool:
    return bool(_JOBS.fullmatch(word) or _JOB_SUFFIX.search(word)) and word not in _NOT_JOB_WORDS


def _confirmed_by_next(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the other speaker answers ``s`` without a no."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return bool(nxt and nxt.segment.speaker != s.segment.speaker and not _ANSWER_NO.match(nxt.low))


def _answer_tells_job(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the answer to the clinician's ``s`` names the work itself."""
    nxt = sentences[s.index + 1]  # _confirmed_by_next has found it
    # (read as social_history reads it: as the answer to a work question only where this is one)
    return bool(occupation_said(nxt, bool(WORK_QUESTION.search(s.low))) or job_told(sentences, nxt))


def job_told(sentences: list[Sentence], s: Sentence) -> Fact | None:
    """Occupation said in passing, by the patient or by the clinician and not denied."""
    by_patient = s.segment.speaker in ("patient", "other")
    if by_patient and (grade := _GRADE_ANSWER.match(s.low)) and _school_asked(sentences, s):
        return _fact("occupation", "social", s, grade.start(1), grade.end(1), value="student")  # "First grade."
    if not by_patient and not _confirmed_by_next(sentences, s):
        return None
    if m := _WORKPLACE.search(s.low):
        # "You're still at the accounting firm?", "I work the overnight shift at the hospital lab",
        # "you retired from the post office": where the work is, as said
        place = re.split(r"\s+(?:and|but|so|since|now|for|still)\b", m.group("place"))[0]
        if not by_patient and _answer_tells_job(sentences, s):
            return None  # "Still at the school?" "Yes, I run the canteen shop there": the answer's job is kept
        if not ("still" in m.group() or m.group("at")) or _WORKPLACE_NOUN.search(place):
            value = f"{m.group('retired') or 'works at'} {place}"
            return _fact("occupation", "social", s, m.start(), m.end(), value=value)
        if not m.group("at"):
            return None  # "I'm still with you on that", "still at home": no place of work
    if (m := _WORK_STYLE.search(s.low)) and not _ADVICE.search(s.low[: m.start()]):
        return _fact("occupation", "social", s, m.start(), m.end(), value=f"works {m.group('how')}")
    if (
        (m := _STILL_A.search(s.low))
        and _job_like(m.group(m.lastindex).split()[-1])
        and (m.group().startswith("still") or _worked(s.low, m, sentences[s.index + 1 : s.index + 2]))
    ):
        # "I was a roofer for twenty-six years": the job given up ("you were a firefighter" is kept as said);
        # "..., retired now": a retiree's
        former = "former " if m.group().startswith("i was") else ""
        former = "retired " if former and re.search(r"\bretired\b", s.low) else former
        g = m.lastindex
        return _fact("occupation", "social", s, m.start(g), m.end(g), value=former + m.group(g))
    if not by_patient and (m := _YOU_ARE_A.search(s.low)) and _JOBS.fullmatch(m.group(1)):
        # "So you're a teacher?" "Yes, third grade.": only a listed job ("you're a runner" is no work)
        return _fact("occupation", "social", s, m.start(1), m.end(1), value=m.group(1))
    if (
        (m := _DRIVING.search(s.low))
        and not _ADVICE.search(s.low[: m.start()])
        and not re.search(r"\bno\s+$", s.low[: m.start()])
    ):
        return _fact(
            "occupation", "social", s, m.start(), m.end(), value=f"{m.group(1)} driver" if m.group(1) else "driver"
        )
    if (m := _SCHOOL.search(s.low)) and _IN_SCHOOL_NOW.search(s.low[: m.start()]):
        # "I'm in ninth grade" (not "they removed my appendix in high school": when, not what); "i'm in
        # nursing school": a nursing student
        field = m.group("field")
        return _fact("occupation", "social", s, m.start(), m.end(), value=f"{field} student" if field else "student")
    return None
