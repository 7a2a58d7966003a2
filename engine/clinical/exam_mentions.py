"""The findings said in one clause of a dictated exam, before any site or side is given to them.

A finding is said as a sign ("there is some swelling"), as the state of a part ("your lungs are nice and
clear", "sensation is intact"), as a test and its result ("the Lachman test is negative"), or, after
listening, as "sounds good". A lay word the clinician adds to explain a term ("ecchymosis or bruising")
is the same finding, not a second one.
"""

from __future__ import annotations

import re

from engine.clinical.exam_mind import mind_mentions
from engine.clinical.exam_motion import HURTS_NAMES, HURTS_WHEN, motion_mentions
from engine.clinical.exam_names import note_name
from engine.clinical.exam_site_names import side_word, site_name
from engine.clinical.exam_sites import Where, site_in
from engine.clinical.exam_terms import FINDING, GRADES, MORE_STATE, NAMED_TESTS, SITE, STATE
from engine.clinical.exam_tests import listed_tests

# Words that are a finding only of a named part: "lungs normal" is one, "everything's normal" is none.
# ("it's hot" is a joint's warmth only where a part is examined, not the room's)
NEEDS_SITE = frozenset(["normal", "intact", "unremarkable", "enlarged", "within normal limits", "warmth"])
# A state said as an adjective, named as a note names the finding: "tender" is tenderness.
_STATE_NAMES = {
    "good": "normal",
    "great": "normal",
    "fine": "normal",
    "healthy": "normal",
    "perfect": "normal",
    "okay": "normal",
    "ok": "normal",
    "big": "enlarged",
    "felt": "palpable",  # "the pulses are felt": palpable
    "large": "enlarged",
    "tender": "tenderness",
    "swollen": "swelling",
    "puffy": "swelling",
    "bruised": "bruising",
    "tight": "tightness",
    "stiff": "stiffness",  # "the neck is not stiff": no neck stiffness
    "red": "erythema",  # the note's word for what looks red
    "erythematous": "erythema",
    "inflamed": "erythema",
    "warm": "warmth",
    "hot": "warmth",  # "it's hot" of a joint felt
    "less": "decreased",
    "weak": "weakness",
    "symmetrical": "symmetric",
    "blue": "cyanosis",  # lips or fingers that look blue
    "dusky": "cyanosis",
    "fast": "tachycardic",
    "quick": "tachycardic",
    "rapid": "tachycardic",
    "slow": "bradycardic",
    "healing well": "well healed",
    "well-healed": "well healed",
}
# Subjects that are a function graded, not a part: "sensation is intact" is "sensation intact".
_FUNCTION_SUBJ = re.compile(
    r"(range of motion|range of movement|grip strength|strength|power|sensation|breath sounds|air entry|reflexes|"
    r"pulses?|"
    r"capillary refill|bowel sounds|flexion|extension|(?:forward )?bending(?: forward)?|ligaments|pupils|gait|"
    r"cranial nerves(?: \d+ (?:through|to) \d+)?|coordination|jvp|jugular venous pressure|heart sounds|"
    r"extraocular (?:movements|muscles)|eye movements|(?:ankle|knee|patellar|achilles) (?:jerks|reflexes)|"
    r"vibration(?: sense)?|"
    r"vibratory sensation|proprioception|position sense|finger(?: to)? nose(?: testing)?|"
    r"heel(?: to)? (?:shin|toe)(?: walking)?|(?<!bowel )(?<!air )movement)$"
)
_FUNCTION_NAMES = {
    "forward bending": "forward flexion",
    "bending forward": "forward flexion",
    "bending": "flexion",
    "ankle jerks": "ankle reflexes",
    "knee jerks": "knee reflexes",
    "vibration": "vibration sense",  # the sense a note names, tested with the tuning fork
}
_JOINT_REFLEX = re.compile(r"\b(ankle|knee|patellar|achilles) (?:jerks|reflexes)$")
_REFLEX_JOINT = {"patellar": "knee", "achilles": "ankle"}
_NODE_SUBJ = re.compile(r"\b(?:glands|lymph nodes?)$")
# States that only some subjects have: the heart is "fast", the mood "down", the affect "flat"; "it's down"
# is a number going down, not a finding.
_ONLY_OF = {
    **dict.fromkeys(["fast", "quick", "rapid"], re.compile(r"\b(?:heart|pulses?|rhythm|rate)$")),
    # a slow heart is bradycardic, a slow gait is a slow gait
    "slow": re.compile(r"\b(?:heart|pulses?|rhythm|rate|gait)$"),
    **dict.fromkeys(
        ["wide based", "wide-based", "shuffling", "antalgic", "unsteady", "ataxic"], re.compile(r"\bgait$")
    ),
    **dict.fromkeys(["down", "low", "depressed", "sad", "anxious", "euthymic"], re.compile(r"\bmood$")),
    **dict.fromkeys(["flat", "blunted", "appropriate", "bright"], re.compile(r"\baffect$")),
    **dict.fromkeys(["present", "active", "hypoactive", "hyperactive"], re.compile(r"\b(?:bowel sounds|pulses?)$")),
    **dict.fromkeys(["round", "reactive", "reactive to light"], re.compile(r"\bpupils$")),
    "steady": re.compile(r"\bgait$"),
    # muscles are tight on exam; "your chest is tight" is what the patient feels
    "tight": re.compile(r"\b(?:muscles?|hamstrings?|quadriceps|calf|calves|trapezius|neck|back)$"),
    "sharp": re.compile(r"\b(?:optic discs?|disc margins?|fundi|fundus)$"),  # not "a sharp pain"
    # moist skin is sweating; a moist mouth (its mucous membranes) is hydrated
    "moist": re.compile(r"\b(?:mucous membranes|mouth|tongue|oral mucosa)$"),
}
# The mental status exam is written as the state, then what it is of: "depressed mood", "flat affect".
_MOOD_NAMES = {"down": "depressed", "low": "depressed", "sad": "depressed", "good": "euthymic", "fine": "euthymic"}
_THINKING = re.compile(r"\b(?:you're|you are|she's|he's|she is|he is) thinking (?:clearly|clear|straight)\b")


# A lay word said after the clinical one explains it to the patient: "ecchymosis or bruising" is one
# finding, not two.
_GLOSSES = {
    ("ecchymosis", "bruising"),
    ("erythema", "redness"),
    ("edema", "swelling"),
    ("effusion", "fluid"),
    ("crepitus", "grinding"),
    # "a couple of spider naevi on your chest, the little red spots": the spots are the naevi
    ("naevi", "red spots"),
    ("angiomas", "red spots"),
}
_LAY_GLOSSED = frozenset({"naevi", "angiomas"})
# A named test, then its result: "the anterior drawer test is negative".
# (the test's own words: not "straighten it | lachman test", a pronoun, a side or the part run on before it)
_NOT_TEST_WORD = (
    r"(?!and |or |the |your |her |his |it |this |that |is |was |a |to |left |right |knee |ankle |shoulder |wrist |hip )"
)
_TEST_RESULT = re.compile(
    rf"\b((?:{_NOT_TEST_WORD}[a-z']+ ){{1,2}}"
    r"(?:test|sign|maneuver|drawer|raise)s?|"
    # dictated without the verb: "anterior drawer positive, posterior drawer negative"
    rf"{NAMED_TESTS})(?: (?:is|are|was|were)(?: all| both| also)?)?(?: (?:mildly|slightly|strongly|clearly))? "
    r"(positive|negative)\b"
)
# "Sounds good" with no part named is what was heard: normal for the parts listened to.
_SOUNDS = re.compile(
    r"^\W*(?:(?:all right|alright|okay|ok|yeah|good)\W+)*(?:(?:everything|it all|all that|those|that|they|it) )?"
    r"(?:sounds?|sounded)(?: really| pretty| very| nice and)? (good|great|fine|normal|clear|perfect|healthy)\b"
)
# A state said alone right after the part is examined: "Let me feel your belly. Nice and soft, nothing
# tender." Only the states no one says of anything but a part examined ("good" could be anything).
_BARE = re.compile(
    # ("looks good, nice and clear": the state said after the comment)
    r"^\W*(?:(?:okay|ok|alright|all right|so|and|good)\W+)*(?:(?:it )?looks? (?:good|fine|great|healthy)\W+)?"
    r"(?:(?:it's|it is|(?:it )?(?:looks?|feels?|sounds?)) )?"
    r"(?:nice and |very |pretty |nice )?(soft|supple|clear|regular|nontender|non-tender|nondistended)"
    r"(?=\W*$|\s*,|\s+(?:and|but|no|without)\b)"
)
# "Nothing tender", "nothing's swollen": a sign denied without "no".
_NOTHING = re.compile(r"\bnothing(?:'s| is| feels| seems| looks)? (tender|swollen|red|warm)\b")
# The neck veins told to the patient as not raised ("up" said of anything else is no finding).
_VEINS_NOT_UP = re.compile(r"\bneck veins (?:are not|aren't|are n't|'re not|were not|weren't) (?:up|raised)\b")
# "The rest of your exam is normal", "everything is normal": a summary, no one part's finding.
_WHOLE_EXAM = re.compile(r"\b(?:exam|examination|everything|rest)\b")
# "That looks good" comments on anything; only "those sound good" (after listening) reports a finding.
_STATE_VERB_ONLY = frozenset(["normal", "good", "great", "fine", "okay", "ok", "perfect", "healthy"])
_PRONOUN = re.compile(r"^(?:those|these|they|that|it)$")
# "Left is normal": the part just named, on the side said (see ``exam.other_side``).
_SIDE_ONLY = re.compile(r"^(?:right|left)(?: one| 1| side)?$")
# An incision or scar is the finding ("well healed incisions"), not the part it is on.
_SCARS = re.compile(r"(incisions?|scars?|wounds?)$")


_SURFACES = frozenset({"skin", "bone", "bones", "area", "side", "muscle", "muscles", "joint", "joints"})
_ON_THE = re.compile(r"\s+on\s+(?:the |your |his |her |their )?$")


def _part_on(before: str) -> Where | None:
    """The part named right before "on the" that a state's subject follows ("the big toe on [the right foot]")."""
    hits = list(SITE.finditer(before))
    if not hits or not _ON_THE.fullmatch(before, hits[-1].end()) or hits[-1].group("site") in _SURFACES:
        return None  # "the skin on the right leg" is the leg's
    side = hits[-1].group("side")
    return Where(site_name(hits[-1].group("site")), side_word(side) if side else "")


# A part, then the larger one it is on, as a state's subject: "the second and third knuckles on both hands".
_ON_BOTH = re.compile(r"\s+on\s+(?:the |your |his |her |their )?")


def _subject_part(clause: str, subj_start: int, subj_end: int) -> Where | None:
    """The part a state's subject names, read back past the subject's few words: the subject "and third
    knuckles" is the "second and third knuckles" said, and "knuckles on both hands" is the knuckles of both
    hands (the subject "on both hands" is where they are)."""
    hits = list(SITE.finditer(clause, 0, subj_end))
    if not hits or hits[-1].end() != subj_end or hits[-1].end() <= subj_start:
        return None
    part = hits[-1]
    if len(hits) > 1 and _ON_BOTH.fullmatch(clause, hits[-2].end(), part.start()):
        inner = hits[-2]
        if inner.group("site") not in _SURFACES and inner.start() < subj_start:
            side = inner.group("side") or part.group("side")
            return Where(site_name(inner.group("site")), side_word(side) if side else "")
    side = part.group("side")
    return Where(site_name(part.group("site")), side_word(side) if side else "") if part.start() < subj_start else None


def mentions(clause: str) -> list[tuple[int, int, str, bool, list[Where] | None]]:
    """(start, end, name, said-negated, sites of the subject) of each finding said in a clause."""
    out: list[tuple[int, int, str, bool, list[Where] | None]] = []
    for m in STATE.finditer(clause):
        subj, verb = m.group("subj"), (m.group("verb") or "").strip()
        if _PRONOUN.match(subj) and (f := FINDING.match(clause, m.start("state"))) and f.end() > m.end("state"):
            continue  # "that's decreased sensation": the function graded, read whole below, not "that" graded
        negated = bool(re.search(r"\bnot\b|n't\b", clause[m.end("subj") : m.start("state")]))
        # [] : the part named last
        sites: list[Where] | None = [] if _PRONOUN.match(subj) or _SIDE_ONLY.match(subj) else None
        if sites is None and not _scar_or_func(subj):
            found = site_in(subj, last=True)
            sites = [found[0]] if found else None
            if sites and (said := _subject_part(clause, m.start("subj"), m.end("subj"))):
                sites = [said]  # "the second and third knuckles on both hands are swollen": more than the subject
            elif sites and (inner := _part_on(clause[: m.start("subj")])):
                # "the big toe on the right foot is red": the smaller part said first, on the larger one's side
                sites = [Where(inner.site, inner.side or sites[0].side)]
            if found and (both := _both_parts(subj)):
                sites = both  # "heart and lungs sound good": a finding of each
            if sites and m.group("subjside") and not sites[0].side:
                sites = [Where(sites[0].site, m.group("subjside"))]  # "the muscles on the left side are tight"
        elif joint := _JOINT_REFLEX.search(subj):  # "the ankle jerks are absent": both ankles, unless a side
            side = re.search(r"\b(right|left)\b", subj)
            sites = [
                Where(f"{_REFLEX_JOINT.get(joint.group(1), joint.group(1))}s", side.group(1) if side else "bilateral")
            ]
        states, pos = [(m.start("state"), m.end("state"), m.group("state"), negated)], m.end()
        # "swollen, red and warm", "a little fast but regular": more states of the same part
        while (
            (more := MORE_STATE.match(clause, pos))
            and (more.group("state") not in _STATE_VERB_ONLY or re.search(r",|\band\b|\bbut\b", more.group()))
            # "looks normal, full range of motion": the next finding, not one more state
            and not ((f := FINDING.match(clause, more.start("state"))) and f.end() > more.end())
        ):
            # "soft and not tender": a state denied on its own
            neg = bool(more.group("neg")) or (negated and "but" not in more.group())
            states.append((more.start("state"), more.end("state"), more.group("state"), neg))
            pos = more.end()
        if _PACED.search(subj) and (paced := _rate_and_rhythm(states)):
            states = paced  # "regular but a little fast": one finding of the heart, an abnormal one
        if _FUNCTION_SUBJ.search(subj) and all(st in _ONE_GRADE or st[0].isdigit() for *_, st, _neg in states):
            # "reflexes are normal and equal": one finding, said twice
            states = [(states[0][0], states[-1][1], states[0][2], negated)]
        for a, b, state, neg in states:
            if name := _state_name(subj, state, verb, neg):
                out.append((a, b, name, neg, sites))
    if not out and (bare := _BARE.match(clause)):  # "Nice and soft.": of the part being examined
        out.append((bare.start(1), bare.end(1), _STATE_NAMES.get(bare.group(1), bare.group(1)), False, None))
    for m in _VEINS_NOT_UP.finditer(clause):  # "neck veins are not up": no JVD
        out.append((m.start(), m.end(), "jugular venous distension", True, None))
    for m in _NOTHING.finditer(clause):  # "nothing tender"
        out.append((m.start(), m.end(), _STATE_NAMES[m.group(1)], True, None))
    for m in HURTS_WHEN.finditer(clause):  # "it hurts when I lift your arm" ("it": the part named last)
        if not any(m.start() < e and s < m.end() for s, e, *_ in out):  # ("it's tender when ...": read above)
            out.append((m.start(), m.end(), HURTS_NAMES[m.group(1)], False, []))
    out += [x for x in motion_mentions(clause) if not any(x[0] < e and s < x[1] for s, e, *_ in out)]
    for m in _THINKING.finditer(clause):  # "you're thinking clearly"
        out.append((m.start(), m.end(), "clear thought process", False, None))
    for a, b, name in mind_mentions(clause):  # "you seem pretty flat today, a little teary"
        if not any(a < e and s < b for s, e, *_ in out):
            out.append((a, b, name, False, None))
    for m in _SOUNDS.finditer(clause):  # after listening: "sounds good", "everything sounds good"
        if not any(m.start(1) < e and s < m.end(1) for s, e, *_ in out):
            out.append((m.start(1), m.end(1), "normal", False, None))
    tests = listed_tests(clause)  # "your Lachman, anterior and posterior drawer are all negative": one each
    out += [(a, b, name, denied, None) for a, b, name, denied in tests]
    for m in _TEST_RESULT.finditer(clause):  # "the Lachman test is negative", "McMurray's are all negative"
        if not any(m.start() <= e and a < m.end() for a, e, *_ in tests):
            out.append((m.start(2), m.end(2), f"{m.group(2)} {m.group(1)}", False, None))
    for m in FINDING.finditer(clause):
        a, b = m.start("name"), m.end("name")
        if any(a < e and s < b for s, e, *_ in out):
            continue  # said as the state of a part: already read with its subject
        name = note_name(m.group("name"))
        if graded := _GRADE_LIST.match(name):  # "painful and limited internal rotation": one finding each
            for grade in re.split(r",? (?:and|or) |, ", graded.group(1)):
                out.append((a, b, f"{grade} {graded.group(2)}", bool(m.group("neg")), None))
            continue
        if name in NEEDS_SITE and _WHOLE_EXAM.search(clause, 0, a):
            continue  # "the rest of your exam is normal": no finding of any one part
        if re.fullmatch(r"rubs?", name) and not re.search(r"murmur|gallop|click", clause):
            continue  # "it's going to rub": only a heart sound in a list of heart sounds
        out.append((a, b, name, bool(m.group("neg")), None))
    out.sort()
    merged: list[tuple[int, int, str, bool, list[Where] | None]] = []
    for x in out:
        prev = merged[-1] if merged else None
        gap = clause[prev[1] : x[0]] if prev else ""
        # "ecchymosis or bruising" is one finding, said twice; "pain and tenderness to palpation" too
        if prev and (
            (
                (prev[2].split()[-1], x[2]) in _GLOSSES
                and re.fullmatch(r"\W*(?:or|which is|also called)?\W*(?:some )?", gap)
            )
            # (the lay gloss may come after the part: "spider naevi on your chest there, the little red spots")
            or (prev[2].split()[-1] in _LAY_GLOSSED and x[2] == "red spots" and len(gap) < 50)
            or (
                prev[2].split()[-1] == "pain"
                and x[2].startswith("tenderness")
                and re.fullmatch(r"\s*(?:and|or)\s*", gap)
            )
        ):
            keep = x[2] if prev[2].split()[-1] == "pain" else prev[2]
            merged[-1] = (prev[0], x[1], keep, prev[3], prev[4])
            continue
        merged.append(x)
    return merged


# Two or more grades of one function.
_GRADE_LIST = re.compile(rf"((?:(?:{GRADES})(?:,? (?:and|or) |, ))+(?:{GRADES})) (.+)")
# Adjectives a note keeps when denied: "tonsils not swollen", not "no swelling".
_KEPT_DENIED = frozenset(["swollen", "red", "enlarged", "inflamed", "bulging", "dry", "pale"])
# Normal grades of a function that a note writes as one finding ("reflexes normal and symmetric").
_ONE_GRADE = frozenset(
    [
        "normal",
        "good",
        "intact",
        "symmetric",
        "symmetrical",
        "equal",
        "brisk",
        "strong",
        "full",
        "round",
        "reactive",
        "reactive to light",
    ]
)
# Grades a note writes after the function: "sensation intact", "bowel sounds present".
_AFTER_FUNCTION = frozenset(
    ["intact", "symmetric", "equal", "brisk", "strong", "present", "active", "hypoactive", "hyperactive"]
)
# Said of "it" or "that", these judge anything (a result, a plan); only a part's are findings.
_ANY_SUBJECT = frozenset(
    ["normal", "good", "great", "fine", "negative", "positive", "stable", "okay", "ok", "perfect", "healthy"]
)


# A heart said to be regular and fast (or slow) in one breath is one finding, as a note writes it
# ("regular, a little fast"): a regular rhythm at an abnormal rate, not a normal "regular" beside it.
_PACED = re.compile(r"\b(?:heart|rhythm|rate|pulses?)$")
_PACE = {"fast": "fast", "quick": "fast", "rapid": "fast", "slow": "slow"}


def _rate_and_rhythm(states: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]] | None:
    """The one state "regular, fast" for a heart said regular and fast in either order, else None."""
    pace = [st for st in states if st[2] in _PACE and not st[3]]
    regular = [st for st in states if st[2] == "regular" and not st[3]]
    if not pace or not regular or len(states) != 2:
        return None
    return [(states[0][0], states[-1][1], f"regular, {_PACE[pace[0][2]]}", False)]


def _state_name(subj: str, state: str, verb: str, negated: bool) -> str | None:
    """The finding a part's state is, as a note names it, or None when it is no finding."""
    # ("it feels normal", "it looks okay" right after the part is named: what was felt or seen of it)
    sensed = verb.startswith("sound") or (subj == "it" and verb.startswith(("feel", "look")))
    state = note_name(state) if state.startswith("regular rate") else state  # "regular rate, rhythm" dictated
    if _PRONOUN.match(subj) and state in _ANY_SUBJECT and not (state in _STATE_VERB_ONLY and sensed):
        return None  # "that looks good" comments on anything; "it was negative" is a test's result
    if (only := _ONLY_OF.get(state)) and not only.search(subj):
        return None
    if subj.endswith("mood"):
        return f"{_MOOD_NAMES.get(state, state)} mood"
    if subj.endswith(("affect", "thought process")):
        return f"{state} {subj.split()[-1] if subj.endswith('affect') else 'thought process'}"
    if _NODE_SUBJ.search(subj) and state in ("swollen", "enlarged"):
        return "lymphadenopathy"  # "your lymph nodes are a bit swollen"
    if subj.endswith("neck veins") and state in ("full", "elevated"):
        return "jugular venous distension"  # "her neck veins are full": JVD, in the note's words
    name = state if negated and state in _KEPT_DENIED else _STATE_NAMES.get(state, state)
    if subj.endswith("gait"):
        name = "normal" if name == "normal" else state  # "slow gait", not "bradycardic gait"
    if func := _FUNCTION_SUBJ.search(subj):  # "sensation is intact", "range of motion is limited"
        f = _FUNCTION_NAMES.get(func.group(1), func.group(1))
        measured = re.match(
            r"(?:from )?(?:about |around )?(\d+)(?: degrees)? (?:to|through) (?:about |around )?(\d+)(?: (\d\d))?", name
        )
        if measured:
            # a measured range, as said ("one ten" is 110)
            return f"{f} {measured.group(1)} to {measured.group(2)}{measured.group(3) or ''}"
        if name == "normal" or name[0].isdigit() or name in _AFTER_FUNCTION:
            return f"normal {f}" if name == "normal" else f"{f} {name}"
        return f"{name} {f}"
    if scar := _SCARS.search(subj):  # an incision or a scar is the finding, not the part
        return f"{name} {scar.group(1)}"
    return name


def _scar_or_func(subj: str) -> bool:
    """Whether a subject names a function or a wound rather than a body part."""
    return bool(_FUNCTION_SUBJ.search(subj) or _SCARS.search(subj))


def _both_parts(subj: str) -> list[Where] | None:
    """The parts of a subject that names two joined by "and" ("your heart and lungs", "tongue and gums")."""
    if not re.search(r"\band\b", subj):
        return None
    found = [
        Where(site_name(m.group("site")), side_word(m.group("side")) if m.group("side") else "")
        for m in SITE.finditer(subj)
    ]
    return found if len(found) > 1 else None
