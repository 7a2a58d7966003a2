"""History: past medical and surgical history, family history and social history.

Relatives' conditions and past diagnoses come from the same problem mentions as the problem list, read
with ConText (a relative's hypertension is family history, never the patient's problem): see
family_history.py and past_medical.py. Social history (tobacco, alcohol, recreational drugs, occupation)
is social_history.py. Past operations are read here, with their own short patterns.
"""

from __future__ import annotations

import re

from engine.clinical.context import assess
from engine.clinical.family_history import bare_parent_before, family_and_past
from engine.clinical.family_reference import family_by_reference
from engine.clinical.history_fact import history_fact as _fact
from engine.clinical.operation_answers import ORGAN as _ORGAN
from engine.clinical.operation_answers import answered_operations
from engine.clinical.operation_answers import confirmed as _confirmed
from engine.clinical.operation_answers import surgery_asked as _surgery_asked
from engine.clinical.operation_names import (
    BIRTH,
    BORN_BY_SECTION,
    OPERATED_FOR,
    ORGAN_OUT,
    ORGAN_OUT_WHEN_DONE,
    SECTIONS,
    operated_for_name,
)
from engine.clinical.operations_dated import RELATIVE_WORD, operations_dated, relative_before
from engine.clinical.past_medical import REMOVED_THING, past_said, still_current, told_when
from engine.clinical.sentences import Sentence
from engine.clinical.social_history import social
from engine.clinical.vocabulary import find_problems
from engine.types import Fact

# The extractor and the problem list import these from here.
__all__ = ["family_and_past", "family_by_reference", "past_said", "social", "still_current", "surgeries"]

_SURGERY = re.compile(
    r"\b((?:\w+ ){0,3}?(?:\w+ectomy|\w+otomy|\w+plasty|\w+oscopy|fusion|replacement|repair|bypass|cabg|"
    r"(?:\w+ )?surgery|removal|removed|transplant|(?:\w+ )?ablation|"
    r"c-section|c section|c-sections|c sections|"
    r"(?:cesarean|caesarean)(?: section)?))\b"
)
# "scope in 2010 and a hysterectomy", "hives after my gallbladder surgery", "mom had a hysterectomy": only the
# words after the last date, "and", verb, preposition or possessive name the operation
_NAME_AFTER = re.compile(r"^.*\b(?:\d+|and|in|after|since|before|from|with|my|her|his|your|their|had|has|got)\s+(?=\S)")
_SURGERY_CUE = re.compile(
    r"\b(?:had|have had|i've had|underwent|got|history of|status post|s/p|prior|previous|"
    # an operation that dates what followed: "hives after my gallbladder surgery", "since his bypass"
    # ("since" always looks back; "after the ablation" is often a plan)
    r"after (?:my|her|his)|since (?:my|her|his|the|your)|"
    r"surgery on|operation)\b|"
    # dictation's "a 58-year-old male post right total knee arthroplasty": "post" is "status post"
    r"\b(?:year-old|yo|female|male|man|woman|patient)\W+post\s|"
    # an operation dated in the past: "the right hip replacement was 2015", "bypass back in 2019, three years ago"
    r"\b(?:was|were|in|back in)\s+(?:19|20)\d\d\b|\b(?:years?|decades?) ago\b|\bas a (?:kid|child|teenager|baby)\b"
)
_SURGERY_LEAD = re.compile(
    r"^(?:a|an|the|my|her|his|your|their|some|had|has|have|i|i've|you|you've|she|he|they|we|did|was|were|got|"
    r"that|this|of|on|to|s|ve|d|ll|m|re|never|no|not|any|ever|previous|prior|history|past|surgical|and|also|"
    r"just|only|so|then|um|uh|oh|well|right|significant|for|post|yeah|yes|like|maybe|one|two|three|"
    r"big|major|minor|small|little|serious|emergency)\s+"
)
# "gallbladder surgery", "appendix operation": the organ's operation by its name
_ORGAN_SURGERY = re.compile(rf"^({_ORGAN}) (?:surgery|operation|removal)$")
# "had my gallbladder out", "took out her appendix", "removed his tonsils": an operation needs the removal
# said ("I take my thyroid pill", "had my prostate checked" are not operations)
_PART = (
    r"(?:(?:a little|a piece|part|some|a bit|a little bit) of )?(?:my|her|his|the|your|their)\s+(?:(?:right|left) )?"
)
# "gallbladder out and my tubes tied": in a list of operations the organ comes bare.
_PART_OR_BARE = rf"(?:{_PART})?"
_TAKEN_OUT = re.compile(
    rf"\b(?:(?:had|got|have had|'ve had|and)?\s*{_PART_OR_BARE}({_ORGAN})\s*"
    r"(?:(?:came|come|was|were|got) )?(?:out(?! of)(?!\s+(?:normal|fine|okay|ok|good|clear|negative|positive))|"
    r"removed|taken out|pulled|done(?= (?:in|when|back|years|about|at|\d)|\s*[,.;]|$))|"
    rf"(?:took|taken|take) out\s+{_PART}({_ORGAN})|(?:removed|remove)\s+{_PART}({_ORGAN}))\b"
)
# Joints replaced and devices put in: "both knees replaced" -> knee replacement, "a stent put in" -> stent
# placement. The verb must be past ("had", "got"): "we'll get that hip replaced" is a plan.
_JOINT_REPLACED = re.compile(
    # "Right hip replaced in 2018, and ...": a list of operations answering the question leaves out "had"
    r"(?:\b(?:had|got|have had|'ve had)\s+|^\W*(?:(?:just|um|uh|well|and|oh),?\s+)*)"
    r"(?:my |her |his |a |an |both |the )?(?:(right|left) )?"
    r"(knee|hip|shoulder|(?:heart |aortic |mitral )?valve)s?\s+(?:replaced|done)\b"
)
_DEVICE = r"(stent|pacemaker|defibrillator|port|ear tube|tubes tied|tubes in (?:my|her|his) ears)s?"
# "had two stents put in" (the count a digit by now), "they put a pacemaker in", "they put in two stents".
_PUT_IN = re.compile(
    rf"\b(?:had|got|have had|'ve had)\s+(?:a |an |\d+ |two |three |some |my |her |his )?{_DEVICE}"
    r"(?:\s+(?:put in|placed|inserted|tied))?\b|"
    rf"\b(?:they|he|she|the doctors?|the surgeon) put (?:in )?(?:a |an |\d+ |two |three |some )?{_DEVICE}"
)
_PUT_IN_NAME = {"tubes tied": "tubal ligation", "ear tube": "ear tubes"}
# "They fixed a hernia", "I had my rotator cuff repaired" -> hernia repair; "had my knee scoped" -> arthroscopy.
_REPAIRED_PART = r"(hernia|rotator cuff|acl|meniscus|torn \w+|achilles|bunion)"
_FIXED = re.compile(
    rf"\b(?:had|got|have had|'ve had|and)\s+(?:a |an |my |the |her |his |that |this |your )?(?:(?:right|left) )?"
    rf"{_REPAIRED_PART}\s+"
    r"(?:fixed|repaired)\b|"
    rf"\b(?:fixed|repaired) (?:a |an |my |the |her |his )?(?:\w+ )?{_REPAIRED_PART}\b"
)
_SCOPED = re.compile(
    r"\b(?:(?:had|got|have had|'ve had)\s+(?:my |her |his |the )?|(?:my|her|his) )"
    r"(?:(right|left) )?(knee|shoulder|hip)\s+scoped\b|"
    r"\b(?:(right|left) )?(knee|shoulder|hip) scope\b|"  # "right knee scope in 2010"
    # "they did a scope on my right shoulder", "a scope of the left knee"
    r"\bscope (?:on|of|in) (?:my|her|his|the) (?:(right|left) )?(knee|shoulder|hip)\b"
)
# "both cataracts done", "had my cataract removed": cataract surgery; "my tubes tied": tubal ligation.
_NAMED_PROCEDURE = re.compile(
    r"\b(?:my |her |his |both |the |a )?(?:(?:right|left) )?(cataracts?) (?:done|removed|out|fixed|taken out)\b|"
    # "my tubes tied", "they tied my tubes after the last one", "had her tubes clipped"
    r"\b(tubes) (?:were |got )?(?:tied|clipped|cut|burned|burnt)\b|\b(?:tied|clipped) (?:my|her|your) (tubes)\b|"
    # "you had the carpal tunnel done?", "my carpal tunnel released": the release
    r"\b(carpal tunnel) (?:done|released|fixed|operated on)\b|"
    # "they fused two discs in my neck", "had my back fused": a spinal fusion
    r"\b(fused) (?:\w+ )?(?:discs?|vertebrae|levels|bones) (?:in|of) (?:my|her|his|the) "
    r"(?:neck|back|lower back|spine)\b|"
    r"\b(?:my|her|his) (?:neck|back|lower back|spine) (fused)\b"
)
# "surgery on my knee" -> knee surgery; "I had a knee surgery" keeps its own words.
_SURGERY_ON = re.compile(
    r"\b(?:surgery|(?:an? )?(?:big |major |minor |small |emergency )?operation|operated) on (?:my|her|his|the|your) "
    r"((?:right |left )?(?:\w+ )?"
    r"(?:knee|hip|back|neck|shoulder|ankle|foot|wrist|hand|elbow|spine|heart|eye|eyes|stomach|colon|bowel|leg|arm))\b"
)


def surgeries(sentences: list[Sentence]) -> list[Fact]:
    """Past operations the patient says they had."""
    out: dict[str, Fact] = {}
    for s in sentences:
        # "You have a previous surgical history of a colectomy?" "Yes, ...": a confirmed question is history.
        # "Any surgeries?" "had my prostate out 2018": an answer that opens like a question is still an answer
        answers = _surgery_asked(sentences, s) or told_when(s)
        asks = s.is_question and not answers
        confirmed = asks and _confirmed(sentences, s)
        if asks and not confirmed:
            continue
        # "Any surgeries?" "Back surgery in 2010.": the question is the cue the answer leaves out.
        # "-ectomy" names an operation by itself: "and a hysterectomy way back in the eighties"
        cued = _SURGERY_CUE.search(s.low) or _surgery_asked(sentences, s) or re.search(r"\w+ectomy\b", s.low)
        for m in _SURGERY.finditer(s.low) if cued else ():
            if (_asks_at(s, m.start(), answers) and not confirmed) or _PLANNED.search(s.low):
                continue
            # "scope in 2010 and a hysterectomy", "hives after my gallbladder surgery": only the words after
            # the last date, "and", preposition or possessive name it
            name = re.sub(_NAME_AFTER, "", m.group(1))
            if _LOOKING_SCOPE.search(name):
                continue  # a colonoscopy or an endoscopy is a test whose result is told, no operation
            while (short := _SURGERY_LEAD.sub("", name)) != name:
                name = short
            if name in {"surgery", "removal", "removed", "repair", "replacement"} or _NOT_A_NAME.search(name):
                continue  # "two weeks after the surgery" dates an operation; it does not name one
            at = m.end(1) - len(name)
            if relative_before(s.low, at) or relative_before(s.low, m.end(1)) or bare_parent_before(s, at):
                continue  # "my mom had a hysterectomy", "my dad had bypass surgery": the relative's
            # ConText reads the words left of the name itself: "never had any surgery" is a denial.
            ctx = assess(s.low, [(at, m.end(1))])[0]
            # ("a C-section when my son was born": a relative named after it is no owner)
            if not ctx.negated and not (ctx.family and RELATIVE_WORD.search(s.low[:at])):
                name = _ORGAN_SURGERY.sub(lambda o: ORGAN_OUT[o.group(1)], re.sub(r"\bremoved$", "removal", name))
                name = re.sub(r"^(?:c[- ]sections?|(?:caesarean|cesarean)(?: sections?)?)$", "cesarean section", name)
                out.setdefault(name, _fact(name, "past_surgical", s, at, m.end(1)))
        said = [*_JOINT_REPLACED.finditer(s.low), *_PUT_IN.finditer(s.low), *_FIXED.finditer(s.low)]
        said += [*OPERATED_FOR.finditer(s.low)]
        for m in [*said, *_SCOPED.finditer(s.low), *_NAMED_PROCEDURE.finditer(s.low)]:
            if (
                (_asks_at(s, m.start(), answers) and not _confirmed(sentences, s))
                or _BOOKED_AFTER.match(s.low, m.end())
                or _FUTURE.search(s.low[: m.start()])
                or _negated(s.low, *m.span())
            ):
                continue
            if relative_before(s.low, m.end()) or bare_parent_before(s, m.start()):
                continue  # "my sister had both knees replaced": her operation, family history at most
            if m.re is _NAMED_PROCEDURE:
                name = (
                    "cataract surgery"
                    if m.group(1)
                    else "tubal ligation"
                    if m.group(2) or m.group(3)
                    else "carpal tunnel release"
                    if m.group(4)
                    else "spinal fusion"
                )
            elif m.re is OPERATED_FOR:
                name = operated_for_name(m)
            elif m.re is _JOINT_REPLACED:
                name = f"{'heart valve' if m.group(2) == 'valve' else m.group(2)} replacement"
            elif m.re is _FIXED:
                name = f"{m.group(1) or m.group(2)} repair"
            elif m.re is _SCOPED:
                name = f"{m.group(2) or m.group(4) or m.group(6)} arthroscopy"
            else:
                device = m.group(1) or m.group(2)
                name = _PUT_IN_NAME.get(device, device + (" placement" if " " not in device else ""))
            if not any(name in k or k in name for k in out):
                out.setdefault(name, _fact(name, "past_surgical", s, m.start(), m.end()))
        for name, a, b in answered_operations(sentences, s):
            # "Any surgeries?" "Just my appendix, when I was a kid.", "Gallbladder and a hernia repair."
            if not any(name in k or k in name for k in out):
                out.setdefault(name, _fact(name, "past_surgical", s, a, b))
        # the birth can be in the question answered: "Your first baby, how was the delivery?" "That one was a
        # caesar."
        prev = sentences[s.index - 1].low if s.index > 0 else ""
        for m in [*SECTIONS.finditer(s.low), *BORN_BY_SECTION.finditer(s.low)]:
            # "Operations?" "Two sections, with both bairns.", "I had a section with my first": the British and
            # Irish bare "section" is a caesarean when an operation was asked or a birth is told beside it
            if (
                (_surgery_asked(sentences, s) or BIRTH.search(s.low) or BIRTH.search(prev))
                and not (_asks_at(s, m.start(), answers) and not _confirmed(sentences, s))
                and not _FUTURE.search(s.low[: m.start()])
                # ("was a c-section" is denied only as "wasn't"/"was not", which the pattern never takes: the
                # "didn't have sugar with them" of an earlier clause is no denial of it)
                and (m.re is BORN_BY_SECTION or not _negated(s.low, *m.span()))
                # ("born by emergency caesarean section" is named whole already: one operation, not two)
                and not (m.re is BORN_BY_SECTION and any(re.search(r"section|caesar|cesar", k) for k in out))
                and not relative_before(s.low, m.start())
            ):
                out.setdefault("cesarean section", _fact("cesarean section", "past_surgical", s, *m.span()))
        for m in _TAKEN_OUT.finditer(s.low):
            g = next(i for i in (1, 2, 3) if m.group(i))
            # "my gallbladder and appendix out": each organ listed before the one the verb follows
            organs, first, before = [(m.group(g), m.start())], m.start(g), s.low[: m.start(g)]
            while listed := _LISTED_ORGAN.search(before):
                organs.append((listed.group(1), listed.start(1)))
                first, before = listed.start(), before[: listed.start()]
            if (
                (_asks_at(s, m.start(), answers) and not _confirmed(sentences, s))
                or _FUTURE.search(s.low[:first])
                or _negated(s.low, m.start(g), m.end(g))
                or relative_before(s.low, first)  # "my sister had her appendix out", "mom had her ... and ..."
                or relative_before(s.low, m.end())
            ):
                continue
            for organ, at in organs:
                if m.group().endswith("done") and organ not in ORGAN_OUT_WHEN_DONE:
                    continue  # "had my thyroid done" may be a test; "my gallbladder done" is its removal
                name = ORGAN_OUT[organ]
                out.setdefault(name, _fact(name, "past_surgical", s, at, m.end()))
        for m in _IT_DONE.finditer(s.low):
            name = _it_done_name(m)
            if not s.low[m.end("verb") :].lstrip().startswith(("it", "them", "both")) and len(m["gap"].strip(" ,")) > 0:
                continue  # "uterus they removed" names it; "the uterus, they removed some fibroids" does not
            if (
                not name
                or _asks_at(s, m.start(), answers)
                or _FUTURE.search(s.low[: m.start()])
                or relative_before(s.low, m.start("thing"))
                or relative_before(s.low, m.end())
                or _negated(s.low, *m.span("verb"))
            ):
                continue
            if not any(name in k or k in name for k in out):
                out.setdefault(name, _fact(name, "past_surgical", s, m.start(), m.end()))
        for m in _SURGERY_ON.finditer(s.low):
            if _asks_at(s, m.start(), answers) or _FUTURE.search(s.low[: m.start()]):
                continue
            if relative_before(s.low, m.start()) or bare_parent_before(s, m.start()) or _SOMEONE_ELSES.search(m[0]):
                continue  # "my dad had a big operation on his heart": his, not the patient's
            if m.group().startswith("surgery") and _NAMED_BEFORE.search(s.low[: m.start()]):
                continue  # "carpal tunnel surgery on my right hand": where the named operation was, not another
            name = f"{m.group(1)} surgery"
            out.pop("surgery", None)
            if not any(name in k or k in name for k in out):
                out.setdefault(name, _fact(name, "past_surgical", s, m.start(), m.end()))
        for m in REMOVED_THING.finditer(s.low):
            thing = m.group(1) or m.group(2)
            if (
                _asks_at(s, m.start(), answers)
                or _FUTURE.search(s.low[: m.start()])
                or not find_problems(thing)
                or relative_before(s.low, m.end())
            ):
                continue  # only a diagnosis removed is an operation ("a splinter removed" is not history)
            name = f"{find_problems(thing)[0][2].name} removal"
            if not any(name in k or k.startswith(thing) for k in out):
                out.setdefault(name, _fact(name, "past_surgical", s, m.start(), m.end()))
    for f in operations_dated(sentences):  # "hives after my gallbladder": the operation that dates it
        if not any(f.name in k or k in f.name for k in out):
            out[f.name] = f
    for organ, operation in ORGAN_OUT.items():  # "tonsils removed" said the generic way is the -ectomy
        if operation in out:  # ("the appendix was removed" read as a removal too)
            for k in [k for k in out if k.startswith(organ + " ") and k.endswith((" removal", " surgery"))]:
                out.pop(k)
    return _one_per_operation(out)


# an operation still to come, said after its name: "surgery for my gallbladder scheduled for next month", "a
# hernia operation booked but I cancelled it"
_BOOKED_AFTER = re.compile(
    r"[^.;]{0,20}?\b(?:scheduled|booked|planned|coming up|next (?:week|month|year)|waiting list|"
    r"on the list|cancel\w*)\b"
)
_SOMEONE_ELSES = re.compile(r"\bon (?:his|her|their)\b")


# The part named first, the operation after it on "it": "my gallbladder, they took it out", "a hernia on the
# left, they fixed it in 98", "I tore the meniscus and they scoped it", "the cataracts, they did both of them".
_IT_DONE = re.compile(
    rf"\b(?P<thing>{_ORGAN}|hernia|rotator cuff|acl|meniscus|achilles|bunion|cataracts?|knees?|hips?|shoulders?)\b"
    r"(?P<gap>(?:(?!\b(?:and i|but|i'm|i am|it's)\b)[^.;?]){0,40}?)"
    r"\b(?:they|he|she|the surgeons?|the doctors?|(?:i|we) had|i got)\s+"
    r"(?P<verb>took|taken|fixed|repaired|scoped|replaced|removed|did|done)"
    # ("Uterus they removed, twenty years back": removed, or taken out, needs no "it" when the clause ends)
    r"(?:\s+(?:it|them|both(?: of them)?)|(?<=removed)(?=\s*[,.;]|\s*$|\s+(?:in|when|years|back|\d)))"
    r"(?P<out>\s+out)?\b"
)
_REPAIRED = {"hernia", "rotator cuff", "acl", "meniscus", "achilles", "bunion"}


def _it_done_name(m: re.Match) -> str:
    """The operation "they took it out", "fixed it", "scoped it" names for the part said before it, or ""."""
    thing, verb = m.group("thing"), m.group("verb")
    if thing in ORGAN_OUT:
        return ORGAN_OUT[thing] if verb in ("removed",) or m.group("out") else ""
    if thing in _REPAIRED:
        return f"{thing} repair" if verb in ("fixed", "repaired") else "knee arthroscopy" if verb == "scoped" else ""
    if thing.startswith("cataract"):
        return "cataract surgery" if verb in ("did", "done", "removed", "fixed") else ""
    joint = thing.rstrip("s")
    return {"scoped": f"{joint} arthroscopy", "replaced": f"{joint} replacement"}.get(verb, "")


# "no never i had my tonsils out": the answer's "no" to the question before, then the patient's own "I had";
# a denial before the clause that opens with "I had" does not reach into it (an unpunctuated transcript).
_I_HAD = re.compile(r"\b(?:i|i've|we)\s+(?:had|got|have had)\b")
# ... but "I don't think I had", "I can't recall that I had": the doubt is about the clause itself
_DOUBTED = re.compile(r"\b(?:think|thought|sure|remember|recall|know|believe)\s+(?:that\s+|if\s+|whether\s+)?$")


def _negated(low: str, a: int, b: int) -> bool:
    """Whether the operation at ``low[a:b]`` is denied, read from the last "I had" before it."""
    opens = [m.start() for m in _I_HAD.finditer(low, 0, a) if not _DOUBTED.search(low, 0, m.start())]
    k = opens[-1] if opens else 0
    return assess(low[k:], [(a - k, b - k)])[0].negated


def _asks_at(s: Sentence, pos: int, answers: bool) -> bool:
    """Whether ``pos`` of ``s`` is in a question, unless ``s`` answers the surgery question just asked."""
    return not answers and s.question_at(pos)


def _one_per_operation(out: dict[str, Fact]) -> list[Fact]:
    """ "Bypass surgery, a triple bypass": a name whose words are all in another's is the same operation
    told less precisely, so the fuller name stands for both."""
    words = {k: set(k.split()) - {"surgery"} for k in out}
    return [f for k, f in out.items() if not any(o != k and words[k] and words[k] <= set(o.split()) for o in out)]


_LISTED_ORGAN = re.compile(rf"(?:my |her |his |the )?({_ORGAN})\s*(?:,\s*|\s+and\s+|\s*&\s*)(?:my |her |his |the )?$")
# A word naming the operation right before "surgery on ...": "carpal tunnel surgery on my right hand".
_NAMED_BEFORE = re.compile(
    r"\b(?!(?:had|have|has|a|an|the|my|her|his|some|any|no|of|i|and|did|get|got|any|major|minor|big|small)\b)"
    r"[a-z]+ $"
)


# An operation offered, weighed or turned down, never done: "they wanted to take my gallbladder out but I said
# no", "we talked about a hysterectomy but decided against it".
_TALKED_OF = (
    r"wanted to|wanted me to|talked about|talking about|offered|suggested|considering|thinking about|"
    r"decided against|said no|turned (?:it|them) down|declined"
)
# Said of a plan or a referral, not of the past: "refer you for an upper endoscopy".
_PLANNED = re.compile(
    r"\b(?:need|needs|recommend|schedule|scheduled|going to|gonna|will|'ll|refer|referral|order|want to|wants to|"
    # an operation not done: "he didn't wanna do surgery", "if it were bigger we would have had to do ..."
    r"wanna|wan na|would have|would've|if it were|if it was|"
    r"supposed to|not yet|" + _TALKED_OF + r")\b"
)
_LOOKING_SCOPE = re.compile(r"\b(?:colonoscopy|endoscopy|bronchoscopy|cystoscopy|sigmoidoscopy|egd)$")
# ("which removed the tumour", "that removal": a relative pronoun is no organ)
_NOT_A_NAME = re.compile(r"\d|\b(?:weeks?|days?|months?|years?|after|before|since|ago|which|that|who|it|they)\b")
_FUTURE = re.compile(
    r"\b(?:need|needs|recommend|schedule|going to|gonna|gon na|will|'ll|might|may|if|want to|wants to|"
    r"supposed to|planning|plan to|not yet|" + _TALKED_OF + r")\b"
)
