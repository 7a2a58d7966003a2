"""Allergies: drugs and other substances the patient reacts to, the reaction, or none known.

"Any allergies?" is answered in the next turn or two ("No drug allergies, but I'm allergic to latex",
"Codeine makes me throw up"); a drug with a dose said after the question is a prescription, not an
allergy.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.allergy_questions import allergy_named, asked_reaction, reactions_asked
from engine.clinical.allergy_terms import (
    ENVIRONMENTAL,
    EXPLICIT,
    NAMED_AFTER,
    NKA,
    NO_ALLERGY,
    NOT_AN_ALLERGEN,
    NOT_HERS,
    OTHER_ALLERGENS,
    REACTION_NAMES,
    REACTIONS,
    STILL_TAKES,
    TOLD,
    pick_reaction,
    reaction_hits,
)
from engine.clinical.answers import NO
from engine.clinical.dosing import DOSE
from engine.clinical.lexicon import find_drugs, find_phrases
from engine.clinical.no_allergies import NONE_STATED, YES, none_confirmed
from engine.clinical.sentences import Sentence
from engine.clinical.status_cues import status_cue
from engine.types import Fact, FactKind

# "Penicillin gives me hives", "Morphine, it makes me itch": the drug, then what it does.
_REACTS = re.compile(
    r"\s*(?:,\s*)?(?:it |that |they |which )?(?:makes?|made|gives?|gave|causes?|caused|upsets?) (?:me|her|him|my)\b"
)


def _explicit(low: str) -> re.Match | None:
    """The words saying the patient reacts to a substance, unless they say it of someone else, deny it,
    or describe a drug still taken; "can't take" counts only with a reaction said."""
    m = EXPLICIT.search(low)
    if m is None or NOT_HERS.search(low[: m.start()]) or STILL_TAKES.search(low) or NO_ALLERGY.search(low, m.end()):
        return None  # "the tramadol made me throw up, but that's not an allergy": an intolerance, said so
    if re.match(r"(?:can't|cannot|can not|couldn't)", m.group()) and not find_phrases(low, REACTIONS):
        return None
    return m


def _ends_turn(sentences: list[Sentence], s: Sentence) -> bool:
    """A clinician's unpunctuated "... and allergies to medicines" that ends the turn asks the question."""
    low = s.low
    if s.segment.speaker in ("patient", "other") or s.index + 1 >= len(sentences):
        return False
    at = low.rindex("allerg")  # "... not an allergy but ... any allergies to medicines": the last one asks
    if re.search(r"\b(?:for|seasonal|my|her|his|your|an|not)\s+$", low[:at]):
        return False  # "the Zyrtec ... for allergies" names what a drug is for, it asks nothing
    nxt = sentences[s.index + 1]
    tail = low[at:]
    return nxt.segment.speaker not in (None, s.segment.speaker) and not find_drugs(tail) and len(tail) < 40


# The allergy question said as a topic: "And allergies.", "Allergies to medicines." (the clinician goes on
# to what is charted, or waits for the answer).
_TOPIC = re.compile(
    r"\W*(?:(?:and|so|okay|ok|now|um|uh|next|then|all right|alright),?\s+)*(?:any\s+)?(?:drug |medication |medicine )?"
    r"allergies(?: to (?:any )?(?:medicines?|medications?|meds|drugs))?\W*"
)
# Asked without the word: "any reactions to medicines", "any problems with antibiotics in the past?"
_REACTION_QUESTION = re.compile(
    r"\b(?:any |bad )?(?:reactions?|problems?) (?:to|with) (?:any |a |an )?"
    r"(?:medicines?|medications?|meds|drugs?|antibiotics?)\b|"
    # "Anything you react to?", "any medicines you can't take?"
    r"\banything (?:that )?you(?:'ve)? (?:react|reacted) (?:badly )?to\b|"
    r"\b(?:medicines?|medications?|drugs?|tablets?) (?:that )?you (?:can't|cannot|couldn't) (?:take|tolerate)\b"
)


def _turn_ends(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether another speaker talks next (an unpunctuated question ends the turn)."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return nxt is not None and nxt.segment.speaker not in (None, s.segment.speaker)


# "okay and how about allergies you mentioned eggs last time": the question, then what it is about.
_HOW_ABOUT = re.compile(r"\b(?:how|what) about (?:any )?(?:drug |medication |medicine )?allergies\b")
# A follow-up to the allergy question keeps it open: "Anything else, foods, latex?", "To what?"
_FOLLOW_UP = re.compile(
    r"\b(?:anything else|any others|any other (?:ones?|allergies|medicines?|medications?|drugs?|foods?)|anything other|"
    r"what else|foods?|latex|to what|which ones?|like what|"
    r"bee stings?|insects?|what was it|what is it)\b"
)
# The clinician reading out what is charted: "I have hydromorphone on your chart", "I see sulfa listed".
_CHARTED = re.compile(
    r"\b(?:i have|i've got|i see|it says|we have|you have|it shows|shows)\b(?=[^.?!]{0,50}"
    r"\b(?:listed|on (?:your|the|my|our) (?:chart|list|record|file)|in (?:your|the) (?:chart|record)|on file))"
)
# The reaction said before the substance: "I broke out in hives from sulfa", "a rash with amoxicillin".
_REACTION_THEN = re.compile(
    r"^\s*(?:all over\s+)?(?:from|with|after|to|on|when i (?:took|take|was on|had|ate))\s+"
    # "hives after eating shrimp", "his throat got tight after a peanut butter cracker"
    r"(?:(?:eating|taking|drinking)\s+)?(?:the\s+|taking\s+|my\s+|a\s+|an\s+|some\s+)?$"
)


def _asks(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether ``s`` asks about allergies: a question, a turn that ends on it, or the clinician's topic."""
    low = s.low
    if s.segment.speaker in ("patient", "other"):
        return False  # "that's not an allergy, right?": the patient asks the clinician, who tells no allergy
    if "allerg" not in low:
        return bool((r := _REACTION_QUESTION.search(low)) and (s.question_at(r.start()) or _turn_ends(sentences, s)))
    if NONE_STATED.search(low) and not low.rstrip().endswith("?"):
        return False  # "She has no known drug allergies.", "Allergies: none.": told, not asked
    if re.search(TOLD, low) and not low.rstrip().endswith("?"):
        return False  # "and allergies we have penicillin with swelling": told, the patient may add to it
    if s.question_at(low.index("allerg")) or low.rstrip().endswith("?") or _ends_turn(sentences, s):
        return True
    return bool(_TOPIC.fullmatch(low) or _HOW_ABOUT.search(low))


def _taken(low: str, d: tuple[int, int, str]) -> bool:
    """Whether the drug ``d`` of ``low`` is said with a dose, as started or taken, or as taken fine."""
    a, b, _ = d
    return bool(
        DOSE.search(low[b : b + 40])
        or status_cue(low[max(0, a - 40) : a])
        or STILL_TAKES.search(low)
        or _NO_REACTION_TO.search(low[max(0, a - 50) : a])
        or _WAS_FINE.match(low, b)
        or NO_ALLERGY.search(low, b)  # "the tramadol made me throw up, but that's not an allergy"
    )


# "I've never had a reaction to penicillin", "no problems with the amoxicillin", "the amoxicillin was fine".
_NO_REACTION_TO = re.compile(
    r"\b(?:never|no|not|n't|without)\b[^.;]{0,25}\b(?:reactions?|problems?|issues?|trouble) (?:to|with)\s+(?:the\s+)?$"
)
_WAS_FINE = re.compile(r"[^.;]{0,20}\b(?:is|was|were|did|does|worked|went) (?:just )?(?:fine|okay|ok|great|well)\b")


def _holds(low: str) -> bool:
    """A few words that neither answer nor move on: "yeah", "to what", "hmm, let me think", "take your time"."""
    return len(low.split()) <= 5 and not NKA.search(low) and not find_phrases(low, REACTIONS)


def _goes_on(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the answerer goes on with more: "Bactrim, hives." "And I can't wear latex, the gloves."""
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return bool(
        nxt and nxt.segment.speaker == s.segment.speaker and re.match(r"\W*(?:oh,?\s+)?(?:and|also|plus)\b", nxt.low)
    )


def _asks_on(sentences: list[Sentence], topic_at: int | None, s: Sentence) -> bool:
    """Whether ``s`` is a question from whoever asked about allergies a few sentences before."""
    if topic_at is None or not s.asks or s.index - topic_at > 4:
        return False
    return s.segment.speaker is not None and s.segment.speaker == sentences[topic_at].segment.speaker


def _substances(low: str, explicit: re.Match | None, in_answer: bool) -> list[tuple[int, int, str]]:
    """The drugs and other allergens a sentence names as allergies (all of them, when it answers)."""
    drugs = [d for d in find_drugs(low) if not explicit or d[0] >= explicit.start() or _REACTS.match(low[d[1] :])]
    drugs = [d for d in drugs if not _someone_elses(low, d[0])]
    if not explicit:  # a class ("antibiotics") is an allergy only when said to be one
        drugs = [d for d in drugs if not lexicon.is_drug_class(d[2])]
    if explicit:
        drugs += [
            (a, b, ENVIRONMENTAL[w])
            for a, b, w in find_phrases(low, ENVIRONMENTAL)
            if a >= explicit.start()
            and not any(x < b and a < y for x, y, _ in drugs)
            and not low[:a].endswith(" as a ")  # "sick as a dog"
        ]
    if explicit or in_answer:
        drugs += [
            (a, b, OTHER_ALLERGENS[w])
            for a, b, w in find_phrases(low, OTHER_ALLERGENS)
            if not any(x < b and a < y for x, y, _ in drugs)
        ]
    if explicit and not any(d[0] >= explicit.start() for d in drugs):
        # "I'm allergic to strawberries": a food no list knows, taken as said
        named = NAMED_AFTER.search(low, explicit.start())
        if named and named.group(1) not in NOT_AN_ALLERGEN and not _someone_elses(low, named.start(1)):
            drugs.append((named.start(1), named.end(1), named.group(1)))
    return sorted(drugs)


def _reaction(sentences: list[Sentence], s: Sentence, drugs: list, k: int) -> tuple[dict, list]:
    """The reaction told of the ``k``-th substance of ``s``: after it (up to the next one, or in the next
    sentence), else just before it ("I broke out in hives from sulfa"); with its evidence."""
    a, b, _ = drugs[k]
    stop = drugs[k + 1][0] if k + 1 < len(drugs) else len(s.low)  # its own reaction, not the next one's
    for nxt in sentences[s.index : s.index + 2]:
        lo, hi = (b, stop) if nxt is s else (0, len(nxt.low))
        if nxt is not s and k + 1 < len(drugs):
            break
        hits = [h for h in reaction_hits(nxt.low) if lo <= h[0] < hi]
        if hits:
            # "I break out in hives": the specific reaction, not the everyday words before it
            ra, rb, word = pick_reaction(hits)
            return {"reaction": REACTION_NAMES.get(word, word)}, nxt.evidence(ra, rb)
    prev_end = drugs[k - 1][1] if k else 0
    before = [h for h in reaction_hits(s.low[:a]) if h[0] >= prev_end and _REACTION_THEN.match(s.low[h[1] : a])]
    if before:
        ra, rb, word = before[-1]
        return {"reaction": REACTION_NAMES.get(word, word)}, s.evidence(ra, rb)
    return {}, []


def _keep(facts: dict[str, Fact], generic: str, attrs: dict, ev: list) -> None:
    """Record an allergy; a later "it made my throat swell" completes one first named without its reaction."""
    known = facts.get(generic)
    if known is None or ("reaction" in attrs and "reaction" not in known.attributes):
        facts[generic] = Fact(kind=FactKind.allergy, name=generic, attributes=attrs, evidence=ev)


def _nka(facts: dict[str, Fact], s: Sentence, m: re.Match) -> None:
    facts.setdefault(
        "no known drug allergies",
        Fact(
            kind=FactKind.allergy, name="no known drug allergies", negated=True, evidence=s.evidence(m.start(), m.end())
        ),
    )


def _confirmed(facts: dict[str, Fact], sentences: list[Sentence], q: Sentence, s: Sentence) -> bool:
    """ "You're allergic to sulfa, right?" "Yeah, I get hives.": the substances the question names, with the
    reaction the yes tells."""
    if not YES.match(s.low) or find_drugs(s.low) or q.segment.speaker in ("patient", "other"):
        return False  # the clinician's "right" to a patient's own question confirms nothing
    told = _explicit(q.low)
    named = _substances(q.low, told, False) if told else allergy_named(q.low)
    for a, b, generic in named:
        # the reaction the answer tells, else the one the question asked of ("Any rash with the amoxicillin?")
        attrs, rev = _reaction(sentences, s, [(0, 0, generic)], 0)
        if not attrs:
            attrs, rev = asked_reaction(q, a, b)
        _keep(facts, generic, attrs, q.evidence(a, b) + rev)
    return bool(named)


_TAKEN_BACK = re.compile(r"\W*(?:oh,?\s+)?(?:wait|actually|hang on|hold on|oh yes|oh yeah|except|apart from)\b")


def _denied_of_a_drug(sentences: list[Sentence], s: Sentence, explicit: re.Match) -> bool:
    """Whether the clinician asks whether a drug did something ("Any rash with the amoxicillin?") and the answer
    is a plain no with no reaction of its own: asked, not told, so nothing is charted. Any other answer ("Hives,
    actually", "I think so") leaves the question read as the allergy it names."""
    if s.segment.speaker in ("patient", "other") or not (
        s.question_at(explicit.start()) or s.low.rstrip().endswith("?")
    ):
        return False
    nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return (
        nxt is not None
        and nxt.other_speaker(s)
        # the shared answer reader's no ("No.", "Nope."), or the drug said to have been fine ("She was fine.")
        and bool(NO.match(nxt.low) or _WAS_FINE.match(nxt.low))
        and not reaction_hits(nxt.low)
        and not find_drugs(nxt.low)
    )


def allergies(sentences: list[Sentence]) -> list[Fact]:
    """Allergies with their reactions, and "no known drug allergies" when the answer says so."""
    facts: dict[str, Fact] = {}
    asked_at: int | None = None
    topic_at: int | None = None  # the last allergy question, answered or not
    holds = 0  # turns that keep the question open without answering it
    only_other_at: Sentence | None = None  # an answer that named only allergens that are no drugs
    for s in sentences:
        low = s.low
        # "Only the plasters, they bring me out in a rash. Medicines, no.": the drug answer comes after
        follows = only_other_at is not None and s.index == only_other_at.index + 1
        if (
            follows
            and s.segment is only_other_at.segment
            and (m := NKA.search(low))
            and re.search(r"drug|medic|meds", m.group())
        ):
            _nka(facts, s, m)
        only_other_at = None
        # "and um, do you have any allergies?", "And allergies, still just the sulfa?", "And allergies."
        if _asks(sentences, s):
            asked_at = topic_at = s.index
            holds = 0
            continue
        if _asks_on(sentences, topic_at, s):
            # "Anything else, foods, latex?" asks on, even after the first answer; another question moves on
            asked_at = topic_at = s.index if _FOLLOW_UP.search(low) else None
            continue
        asker = sentences[topic_at] if asked_at is not None and topic_at is not None else None
        same = asker is not None and s.segment.speaker is not None and s.segment.speaker == asker.segment.speaker
        # the answer comes from someone other than the asker ("Any allergies?" "No." "So antibiotics won't
        # help ..." is the clinician talking on, not a third answer)
        in_answer = asker is not None and s.index - asked_at <= 2 and not same
        if in_answer and (_confirmed(facts, sentences, asker, s) or none_confirmed(facts, asker, s)):
            asked_at = None
            continue
        # the clinician reading the chart names the allergy ("I have hydromorphone on your chart"); the
        # question stays open for the patient to tell what it does
        charted = _CHARTED.search(low) if same else None
        explicit = _explicit(low) or charted
        if explicit and not charted and _denied_of_a_drug(sentences, s, explicit):
            continue  # "Any rash with the amoxicillin?" "No.": asked, not told
        drugs = _substances(low, explicit, in_answer)
        if in_answer and not explicit:
            # "I'll add empagliflozin 10 mg", "he had amoxicillin, no problem": a prescription or a drug
            # taken fine, after the allergy question, is no allergy
            drugs = [d for d in drugs if not _taken(low, d)]
        if (same or in_answer) and not drugs and not explicit and _holds(low) and holds < 2:
            holds += 1
            # "Yeah." "To what?" / "Hmm, let me think." "Take your time.": the answer is still to come
            asked_at = s.index
            continue
        nka_said = (said := NONE_STATED.search(low)) and not s.question_at(said.start())
        if not (explicit or in_answer or nka_said):  # "I'll note no known drug allergies", whoever says it
            continue
        m = NKA.search(low)
        # "No drug allergies, but I'm allergic to latex": latex does not contradict the drug answer.
        only_other = (
            drugs
            and all(d[2] in OTHER_ALLERGENS.values() or d[2] in ENVIRONMENTAL.values() for d in drugs)
            and re.search(r"drug|medic|meds", m.group() if m else "")
        )
        if m and (only_other or not drugs):
            _nka(facts, s, m)
        if m and not drugs:
            # "No. Oh wait, codeine makes me vomit.": the answer taken back in the speaker's next sentence stays open
            nxt = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
            taken_back = nxt is not None and not nxt.other_speaker(s) and _TAKEN_BACK.match(nxt.low)
            asked_at = s.index if taken_back and in_answer else None
            continue
        for k, (a, b, generic) in enumerate(drugs):
            attrs, rev = _reaction(sentences, s, drugs, k)
            _keep(facts, generic, attrs, s.evidence(a, b) + rev)
        if drugs and not charted and not _goes_on(sentences, s):
            asked_at = None
            if not any(_is_drug(d[2]) for d in drugs):
                only_other_at = s
    reactions_asked(sentences, facts)
    _one_sulfa_allergy(facts)
    if any(not f.negated and _is_drug(f.name) for f in facts.values()):
        # "Penicillin." "Anything else?" "Nothing.": no more allergies, not no drug allergy
        facts.pop("no known drug allergies", None)
    return list(facts.values())


def _one_sulfa_allergy(facts: dict[str, Fact]) -> None:
    """ "I have sulfa on your chart." "Right, Bactrim. I broke out in a rash.": the class read from the chart
    and the sulfonamide product the patient names are one allergy, kept as the product with its reaction."""
    sulfa = facts.get(OTHER_ALLERGENS["sulfa"])
    key = next((k for k in facts if k != OTHER_ALLERGENS["sulfa"] and "sulfa" in k), None)
    if sulfa is None or key is None:
        return
    product = facts[key]
    if not sulfa.attributes.get("reaction"):
        product.evidence = product.evidence + sulfa.evidence
        facts.pop(OTHER_ALLERGENS["sulfa"])
    elif _same_reaction(product, sulfa):
        # "Sulfa. I got a rash all over with Bactrim.": the patient's sulfa allergy, told by the product
        sulfa.evidence = sulfa.evidence + product.evidence
        facts.pop(key)


def _is_drug(name: str) -> bool:
    """Whether an allergen is a drug (not latex, a food, an animal or pollen)."""
    if name == OTHER_ALLERGENS["sulfa"]:
        return True  # sulfa is filed with the other allergens, but it is a drug
    return name not in OTHER_ALLERGENS.values() and name not in ENVIRONMENTAL.values() and bool(find_drugs(name))


# A clause that tells of someone else: "my daughter is allergic to penicillin (but I'm not ...)".
_OTHERS_CLAUSE = re.compile(rf"\b(?:my|her|his) (?:{lexicon.OTHER_PERSON})s?\b(?:(?!\b(?:i|i'm|me|but)\b)[^.;!?])*$")


def _someone_elses(low: str, a: int) -> bool:
    """Whether the substance at ``a`` is said of a relative or friend named earlier in its clause."""
    return bool(_OTHERS_CLAUSE.search(low[max(0, a - 60) : a]))


def _same_reaction(product: Fact, sulfa: Fact) -> bool:
    """Whether the product's reaction is none or the sulfa allergy's own."""
    return product.attributes.get("reaction") in (None, sulfa.attributes.get("reaction"))
