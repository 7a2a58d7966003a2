"""Where symptoms are named in a sentence: the vocabulary's names, body-site pains and what a part is like.

"My knee hurts" (knee pain), "the pain shoots down my left leg" (leg pain), "I hurt my back at work" (back pain),
"I've gained like 8 pounds" (weight gain), and the described symptoms of symptom_phrases.py ("my toe is red
and swollen"). Symptoms (symptoms.py), problems and the draft's verifier all read sentences with this finder.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.symptom_phrases import pain_travels, phrase_mentions
from engine.clinical.vocabulary import Concept, find_symptoms

BODY_SITES = (
    "ankle|knee|hip|back|lower back|low back|neck|shoulder|elbow|wrist|hand|finger|thumb|toe|foot|heel|leg|arm|"
    "chest|abdomen|belly|tummy|stomach|flank|groin|side|head|ear|eye|jaw|tooth|throat|face|pelvis|pelvic|rib|"
    "calf|thigh|shin|forearm|joint|muscle|breast|bladder|kidney|tailbone|buttock|"
    "legs|arms|feet|hands|knees|hips|ankles|toes|wrists|shoulders|elbows|ears|fingers|eyes|calves|thighs|"
    "ribs|shins|heels|thumbs|joints|breasts|nipple|nipples"
)
# The joints and the spine: parts a patient calls "bad", "crook" or "playing up" meaning they hurt ("my knees
# are bad", "my back's playing up", "my dodgy knee"); said of the eyes, ears or chest those words mean
# something else (sight, hearing, breathing), so only these parts take them.
_JOINTS = (
    "ankle|knee|hip|back|lower back|low back|neck|shoulder|elbow|wrist|foot|heel|toe|finger|thumb|joint|"
    "feet|knees|hips|ankles|toes|wrists|shoulders|elbows|fingers|heels|thumbs|joints"
)
_SITE_PAIN = re.compile(
    rf"\b(?:(?:my|her|his|the|your|right|left) )?(?<!on the right )(?<!on the left )({BODY_SITES})"
    # "my lower back on the right side is sore": the side is the back's, not a site of its own
    rf"(?: on the (?:right|left)(?: hand)? side)?"
    # "my back's been hurting", "her knee is really sore", "my foot has been swelling up"
    rf"(?:'s| is| are| was| were| has| have| keeps?| that| which)?"
    # "the ankle's a little sore", "my ankles swell by evening", Indian English "back little bit paining"
    rf"(?: been| really| kind of| sort of| just| also| still| started| a little bit| a little| a bit|"
    rf" little bit| slightly| pretty| very| so)* "
    # (every form of swelling: "my ankle swelled up", Southern US "my leg's all swole up", "puffed up")
    rf"(pain|swelling|swelling up|swollen(?: up)?|swells(?: up)?|swell(?: up)?|swelled(?: up)?|swole(?: up)?|"
    rf"puffed up|puffs up|puffing up|puff up|puffy|hurts|hurt|hurting|sore|soreness|aching|aches|ache|achy|"
    # West African and Indian English: "my back is paining me", "the knees are paining"
    rf"paining(?: (?:me|her|him|you))?|pains (?:me|her|him)|"
    rf"achey|painful|throbbing|throbs|discomfort|"
    rf"tenderness|tender|"
    # "my shoulder's been bugging me", "my back is acting up", "my knee has been giving me trouble", in every
    # form of the verb: "when the back acts up", "my hip flared up", "the knee gave me grief"
    rf"(?:bugging|bugs|bugged) (?:me|her|him|you)|(?:acting|acts|act|acted|playing|plays|played|flaring|flares|"
    rf"flared) up|(?:giving|gives|gave|given) (?:me|her|him|you) (?:trouble|problems|grief)|"
    rf"(?:bothers|bothered) (?:me|her|him)|(?:kills|killed) (?:me|her|him)|"
    # the clinician's "I see your back's bothering you" tells the complaint too
    rf"bothering (?:me|her|him|you)|killing (?:me|her|him|you))\b"
    # "pain right here in my stomach", "swelling mostly in my ankles"
    # ... and the British "a crick in my neck", "a twinge in my knee", "a niggle in her back"
    rf"|\b(pain|swelling|crick|twinges?|niggles?) (?:(?:right|here|there|mostly|also|kind of|just) )*"
    # "swelling of the legs" (Indian and British English)
    rf"(?:in|behind|around|under|over|of) (?:my|her|his|the|your|both) (?:right |left )?"
    rf"({BODY_SITES})\b"
    # "radiates to my groin", "it shoots down the left leg": the pain felt along the way
    rf"|\b(radiat\w*|shoots|shooting|shot|travels|goes) (?:(?:almost|all the way|down|up|into|to|over) )+"
    rf"(?:my|her|his|the|your) (?:right |left )?"
    rf"({BODY_SITES})\b"
)
SITE_NAME = {
    "legs": "leg",
    "arms": "arm",
    "feet": "foot",
    "hands": "hand",
    "knees": "knee",
    "hips": "hip",
    "ankles": "ankle",
    "toes": "toe",
    "wrists": "wrist",
    "shoulders": "shoulder",
    "elbows": "elbow",
    "ears": "ear",
    "fingers": "finger",
    "eyes": "eye",
    "calves": "calf",
    "thighs": "thigh",
    "ribs": "rib",
    "shins": "shin",
    "heels": "heel",
    "thumbs": "thumb",
    "joints": "joint",
    "breasts": "breast",
    "nipples": "nipple",
    "belly": "abdominal",
    "tummy": "abdominal",
    "stomach": "abdominal",
    "abdomen": "abdominal",
    "lower back": "low back",
    "face": "facial",  # charted "facial pain", "facial swelling"
}
_CHARTED_AS = {"throat pain": "sore throat", "head pain": "headache"}
# "I hurt my back at work", "I take Advil for my knee": the site's pain, said through the injury or the remedy.
# The injury verbs of every English: "pulled my back", "did my knee in" and "done my back in" (Irish, British),
# "put my back out", "rolled my ankle", "ricked my neck" (not "sprained my ankle": the sprain is a problem).
_SITE_HURT = re.compile(
    rf"\b(?:hurt|hurting|injured|tweaked|strained|pulled|twisted|rolled|wrenched|jarred|ricked|cricked) "
    rf"(?:my|her|his) (?:right |left )?({BODY_SITES})\b"
    rf"|\b(?:did|done|doing) (?:my|her|his) (?:right |left )?({BODY_SITES}) in\b"
    rf"|\b(?:put|putting|threw|thrown|throwing) (?:my|her|his) (?:right |left )?"
    rf"(back|lower back|neck|hip|shoulder|knee) out\b"
    rf"|\b(?:take|takes|taking|took|use|using) (?:\w+ ){{1,3}}?for (?:my|her|his) (?:right |left )?({BODY_SITES})\b"
)


# "And Tylenol for my back", "Just Aleve, for my hip": a remedy named for a site, without "take".
_REMEDY_FOR = re.compile(rf"\b([a-z]+),? for (?:my|her|his) (?:right |left )?({BODY_SITES})\b")
# A joint said to be bad: "my knees are bad", "my back's playing up", "her hip is crook", and the adjective before
# the part: "my bad knee", "my dodgy hip", "my sore back", "my achy knees" (not "my bad" alone, an apology).
_JOINT_BAD = re.compile(
    rf"\b(?:my|her|his|the) (?:right |left )?({_JOINTS})(?:'s| is| are| has been| have been| been| was| were)"
    rf"(?: (?:really|so|pretty|very|a bit|a little|still|always|quite|that|real|just))* "
    rf"(?:bad|playing up|crook|giving (?:me|her|him) (?:gyp|jip|hell))\b"
    rf"|\b(?:my|her|his) (?:bad|sore|achy|achey|aching|painful|dodgy|gammy|crook|crocked) "
    rf"(?:right |left )?({_JOINTS})\b"
)


# One pain asked or told of several parts: "any pain in your back or in your bones?", "pain in my hips, knees
# and ankles": the first part is read above; each further part is its own pain (bones too, a part said only so)
_WHOSE = r"(?: (?:your|my|the|his|her|both))?"
# "pain in my back and my feet are numb": a part that begins a clause of its own is not the pain's
_NO_VERB = r"(?!\s+(?:are|is|were|was|feel|feels|felt|get|gets|got|go|goes|went|have|has|had|seem|seems|look|looks)\b)"
_PAIN_IN_PARTS = re.compile(
    rf"\b(?:pains?|aches?|aching|discomfort) in{_WHOSE} (?:{BODY_SITES})\b"
    rf"((?:(?:,| or| and| or in| and in){_WHOSE} (?:{BODY_SITES}|bones?)\b{_NO_VERB})+)"
)
_NEXT_PART = re.compile(rf"(?:,| or| and| or in| and in){_WHOSE} ({BODY_SITES}|bones?)\b{_NO_VERB}")


def _further_parts(low: str) -> list[tuple[int, int, Concept]]:
    """The pains of the parts after the first of one pain said of several, each spanning its part."""
    out = []
    for m in _PAIN_IN_PARTS.finditer(low):
        for p in _NEXT_PART.finditer(low, m.start(1), m.end(1)):
            site = "bone" if p.group(1).startswith("bone") else SITE_NAME.get(p.group(1), p.group(1))
            out.append((p.start(1), p.end(1), Concept(_CHARTED_AS.get(f"{site} pain", f"{site} pain"), "", "")))
    return out


def _site_pains(low: str) -> list[tuple[int, int, Concept]]:
    out = []
    for m in _SITE_HURT.finditer(low):
        site = next(g for g in m.groups() if g)
        out.append((m.start(), m.end(), Concept(f"{SITE_NAME.get(site, site)} pain", "", "")))
    for m in _SITE_PAIN.finditer(low):
        if m.group(5) and not pain_travels(low, m.start(5), m.group(5)):
            continue  # "the medicine goes down into the chest": something else travelling, no pain
        site = m.group(1) or m.group(4) or m.group(6)
        kind = m.group(2) or m.group(3) or "pain"  # "bothering me", "radiates to my groin": pain
        word = (
            "swelling" if any(w in kind for w in ("swell", "swoll", "swole", "puff")) else "pain"
        )  # "sore", "aching": pain
        name = f"{SITE_NAME.get(site, site)} {word}"
        # "my throat hurts" is charted a sore throat, "the head is paining me" a headache
        name = _CHARTED_AS.get(name, name)
        out.append((m.start(), m.end(), Concept(name, "", "")))
    for m in _JOINT_BAD.finditer(low):
        site = m.group(1) or m.group(2)
        out.append((m.start(), m.end(), Concept(f"{SITE_NAME.get(site, site)} pain", "", "")))
    for m in _REMEDY_FOR.finditer(low):
        if lexicon.find_drugs(m.group(1)) and not any(a < m.end() and m.start() < b for a, b, _ in out):
            site = m.group(2)
            out.append((m.start(), m.end(), Concept(f"{SITE_NAME.get(site, site)} pain", "", "")))
    out += [h for h in _further_parts(low) if not any(a < h[1] and h[0] < b for a, b, _ in out)]
    return out


# A weight change told as an amount: "I've gained like 8 pounds", "lost about 10 lbs" (numbers are digits in
# ``low``). The phrase lists cannot hold every number.
_WEIGHT_CHANGE = re.compile(
    # "I'm down like 4 pounds", "I've gone up 6 kilos" too
    r"\b(gained|put on|lost|dropped|(?:i'm|i am|i've gone|i have gone|i went|been) (?:down|up)"
    # the weight as the subject: "my weight has increased 2 kilos", "weight's gone down by 3 pounds"; and
    # "put" without its "on", as many Englishes say it ("maybe I put 2 kilo since summer")
    r"|(?<!get )(?<!bring )(?<!your )(?:my |her |his )?weight(?:'s| has| is| went| had)(?: gone| been)? "
    r"(?:up|increased|down|decreased|dropped)(?: by)?"
    r"|(?<=i )put)"
    r"(?: like| about| around| almost| maybe| over| nearly| probably)? "
    # (or an amount in words: "a couple of kilos", "a few pounds", "half a stone")
    r"(?:(?:\d+(?:\.\d+)?|a couple(?: of)?|a few|a good few|several|a bunch of|a ton of|a lot of) ?"
    r"(?:pounds|lbs|kilos|kilo|kgs|kg)|"
    r"(?:\d+|a|half a) stone)\b"
)


# A symptom's head said once for two places or times: "bleeding from the gums or nose", "any bleeding in between
# periods, or after sex" (the second is "bleeding from the nose", "bleeding after sex").
_ELIDED = re.compile(
    r"\b(bleeding|pain|swelling|discharge|numbness|tingling) (from|in|of|(?:in )?between|after|during|with|around) "
    r"(?:the |your |my |her |his )?[a-z]+,? or ((?:from|in|of|between|after|during|with|around) )?"
    r"((?:the |your |my |her |his )?)([a-z]+)\b"
)


def _elided(low: str) -> list[tuple[int, int, Concept]]:
    """The second symptom of a head said once for two ("bleeding from the gums or nose" -> nosebleeds), when
    the head said again with it names a symptom; its span is the second place's words."""
    out = []
    for m in _ELIDED.finditer(low):
        prep = (m.group(3) or m.group(2) + " ").strip()
        for det in dict.fromkeys((m.group(4), "the ", "")):
            found = find_symptoms(f"{m.group(1)} {prep} {det}{m.group(5)}")
            if found and found[0][0] == 0 and found[0][2].name != m.group(1):
                out.append((m.start(3) if m.group(3) else m.start(4), m.end(), found[0][2]))
                break
    return out


# A part said once for two of its symptoms: "any chest pain, pressure?", "chest pain or tightness", "knee
# swelling and stiffness" (the second is "chest pressure", "chest tightness", "knee stiffness").
# (not "eye pain, or weakness anywhere": a later word with a place of its own is not the part's)
_STATES = r"pain|pressure|tightness|discomfort|swelling|stiffness|numbness|tingling|redness|heaviness"
_SHARED_SITE = re.compile(
    rf"\b({BODY_SITES}) ({_STATES})((?:(?:,| or| and|, or|, and) (?:{_STATES})\b)+)"
    r"(?! (?:anywhere|everywhere|elsewhere|all over|in|on|of|at|around) )"
)
_NEXT_STATE = re.compile(rf"\b({_STATES})\b")


def _shared_site(low: str) -> list[tuple[int, int, Concept]]:
    """The later symptoms of a part said once for several ("chest pain, pressure" -> chest pressure), each
    when the part and it together end a symptom the vocabulary knows; its span is the later word."""
    out = []
    for m in _SHARED_SITE.finditer(low):
        first = {c.name for _, _, c in find_symptoms(f"{m.group(1)} {m.group(2)}")}
        for w in _NEXT_STATE.finditer(low, m.start(3), m.end(3)):
            # named as said, when the vocabulary knows it and not as the first one ("chest pain or pressure" is
            # one concept, chest pain; "knee pain and stiffness" is two)
            said = f"{m.group(1)} {w.group(1)}"
            found = [c.name for _, b, c in find_symptoms(said) if b == len(said)]
            if found and not first & set(found):
                name = f"{SITE_NAME.get(m.group(1), m.group(1))} {w.group(1)}"
                out.append((w.start(), w.end(), Concept(name, "", "")))
    return out


def symptom_mentions(low: str) -> list[tuple[int, int, Concept]]:
    """Symptoms named in lower-cased text: site pains ("knee pain", "my knee hurts") and the vocabulary's
    symptoms, in order (the verifier reads sentences with the same finder as extraction)."""
    hits = _site_pains(low)
    # "my toe is red and swollen", "hurts when I take a deep breath": described, not named
    hits += [
        h
        for h in phrase_mentions(low, BODY_SITES, SITE_NAME)
        if not any(c.name == h[2].name and a < h[1] and h[0] < b for a, b, c in hits)
    ]
    for m in _WEIGHT_CHANGE.finditer(low):
        gained = m.group(1) in ("gained", "put on", "put") or m.group(1).endswith((" up", "increased"))
        name = "weight gain" if gained else "weight loss"
        hits.append((m.start(), m.end(), Concept(name, "", "")))
    hits += [h for h in find_symptoms(low) if not any(a <= h[0] < b for a, b, _ in hits)]
    hits += [h for h in _elided(low) if not any(a < h[1] and h[0] < b for a, b, _ in hits)]
    # (the part's own symptom takes the place of the bare word read there: "knee pain and stiffness")
    for h in _shared_site(low):
        if not any(a < h[1] and h[0] < b and c.name != low[h[0] : h[1]] for a, b, c in hits):
            hits = [x for x in hits if not (x[0] < h[1] and h[0] < x[1])] + [h]
    # "the cough's worse", "the diarrhoea's still going": the vocabulary reads "cough's" as one word; and a
    # phrase is said with words of degree or time inside it ("my nose is all blocked", "I've put on a lot of
    # weight", "my heart's been racing"). Read again with both blanked (so every offset stays), keeping what the
    # first reading did not find.
    bare = _DEGREE.sub(lambda m: " " * len(m.group()), _CLITIC_S.sub("  ", low))
    if bare != low:
        hits += [h for h in find_symptoms(bare) if not any(a < h[1] and h[0] < b for a, b, _ in hits)]
    # "the stream is weak", "weak flow": the urine's stream, no weakness of the body (voiding_symptoms.py)
    hits = [h for h in hits if not (h[2].name == "weakness" and _STREAM.search(low[max(0, h[0] - 20) : h[1] + 8]))]
    return sorted(_behind_eyes(low, hits), key=lambda h: h[0])


_STREAM = re.compile(r"\b(?:stream|flow)\b")


# Pain behind the eyes is its own symptom (retro-orbital pain, a sign of dengue and of some headaches), not pain
# of the eye: "pain behind my eyes", "it hurts behind the right eye", "here, behind the eye also pain".
_BEHIND_EYE = re.compile(
    r"\bbehind (?:the|my|her|his|your|both|both of (?:my|her|his|the)|their) (?:right |left )?eyes?(?:balls?)?\b"
)
_HURT_NEAR = re.compile(
    r"\b(?:pain|pains|paining|painful|ache|aches|aching|achy|hurts?|hurting|pressure|sore|throbbing)\b"
)
# ... but a headache felt behind the eyes ("a headache, kind of a pressure behind my eyes") is where the headache
# sits, charted as the headache
_HEADACHE_NEAR = re.compile(r"\bheadaches?\b")


def _behind_eyes(low: str, hits: list) -> list:
    """``hits`` with a pain said behind the eyes read as retro-orbital pain, in place of the eye pain read there."""
    for m in _BEHIND_EYE.finditer(low):
        near = low[max(0, m.start() - 40) : m.end() + 25]
        if not _HURT_NEAR.search(near) or _HEADACHE_NEAR.search(near):
            continue
        eye = [h for h in hits if h[2].name == "eye pain" and h[0] < m.end() + 25 and m.start() - 40 < h[1]]
        hits = [h for h in hits if h not in eye] + [(m.start(), m.end(), Concept("retro-orbital pain", "", ""))]
    return hits


_CLITIC_S = re.compile(r"(?<=[a-z])'s\b")
# Words of degree and time said inside a symptom's phrase; never a negation, so a phrase read without them
# says what was said ("nose is really blocked" is "nose is blocked").
_DEGREE = re.compile(
    r"\b(?:really|so|very|all|quite|pretty|real|super|totally|completely|absolutely|terribly|awfully|"
    r"properly|bloody|a (?:little )?bit(?: of)?|a little|a lot of|kind of|kinda|sort of|sorta|been|always|"
    r"constantly|still)\b(?=\s)"
)
