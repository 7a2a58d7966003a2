"""Medications the patient takes, starts, changes or stops, with dose, frequency, route and status.

Each mention of a known drug (or a word that only sounds like one, kept uncertain) becomes or updates
one fact per drug; status comes from the words around it ("increase", "stop", "I take") and from the
answer to a clinician's question about it. Every fact keeps the spans it was read from.
"""

from __future__ import annotations

import re

from engine.clinical import lexicon
from engine.clinical.dose_words import corrected_dose, spoken_dose
from engine.clinical.doses_without_name import (
    dose_change_without_name,
    dose_said_without_name,
    dose_sentence,
    strength_said_next,
)
from engine.clinical.dosing import DOSE, UNIT_NORMAL, bare_strength, changed_after, dose_in, frequency, told_as_done
from engine.clinical.drug_forms import plausible, said_in
from engine.clinical.drug_nicknames import nicknames
from engine.clinical.drugs_asked import items_asked
from engine.clinical.late_doses import far_dose, fill_doses
from engine.clinical.lexicon import find_drugs
from engine.clinical.medication_answers import (
    answered_yes,
    asks_about_drug,
    corrected_frequency,
    dose_answer,
    dose_asked_without_name,
    dose_from_answer,
    dose_later_in_turn,
    fragment_question,
    list_question,
    other_named,
)
from engine.clinical.medication_attributes import advised_when_needed, medication_attributes
from engine.clinical.medication_mentions import drug_mentions
from engine.clinical.medication_merge import ingredient_of, merge, product_key, tidy
from engine.clinical.medication_phrases import (
    ALONGSIDE,
    CHEMO_WITH,
    DRUG_DOES,
    EXCEPT,
    FEWER_AFTER,
    IMPERATIVE,
    INSTEAD_BEFORE,
    INSTEAD_OF_SAME,
    INSTEAD_SAID,
    LIST_NEXT,
    NEVER,
    NEW_DOSE,
    NEW_DRUG,
    NEW_SCHEDULE,
    NEXT_DRUGS_VERB,
    NO_BEFORE,
    NO_LONGER,
    NO_LONGER_AFTER,
    NOT_STARTED,
    NOT_TAKEN,
    NOT_THEIRS,
    OF_NEXT,
    ONLY_AN_OPTION,
    OR_NEXT,
    OWN_DOSE_BEFORE,
    OWN_WORD,
    PATIENT_LIST_NEXT,
    PLAN_IMPERATIVE,
    RECREATIONAL,
    STRENGTH_PER,
    SWITCH_FROM,
    SWITCH_TO,
    conditional,
    possible_dose,
    said_as_medication,
    takes_back,
    words_before,
)
from engine.clinical.medication_questions import MED_QUESTION, in_answer_to_med_question
from engine.clinical.medication_stops import DENIED, answered_stopped, said_next, stopped_without_name
from engine.clinical.past_courses import (
    COURSE_FINISHED,
    PAST_COURSE,
    past_taking,
    taken_before,
    tried_before,
)
from engine.clinical.plan_prescriptions import started_in_plan
from engine.clinical.sentences import Sentence
from engine.clinical.status_cues import STATUS_CUES, status_before
from engine.clinical.status_phrases import cue_after, shared_status_after, split_status, status_after, status_carried
from engine.types import Evidence, Fact, FactKind

# the clinician's word that this product goes on ("just keep the metformin from us"): the status cues' own
# classes of going on, within a few words of the drug
_KEPT = re.compile("(?:" + "|".join(p for p, status in STATUS_CUES[:2] if status == "active") + r")(?:\s+\w+){0,3}\s*$")


def medications(sentences: list[Sentence], allergens: set[str]) -> list[Fact]:
    """One medication fact per drug the visit names as the patient's, with its latest dose and status."""
    facts: dict[str, Fact] = {}
    stopped_as: dict[str, str] = {}  # key -> the name said when the drug was stopped
    kept_as: dict[str, str] = {}  # key -> the name said when the clinician kept it
    late: dict[str, tuple[str, list[Evidence]]] = {}
    undecided: dict[str, tuple[Sentence, int]] = {}  # key -> first mention, when no cue gave the status
    called = nicknames(sentences)  # "the brown one, the Clenil": the visit's own names for a drug
    for s in sentences:
        drugs, heard = drug_mentions(s.low, called)
        # "an antibiotic, azithromycin"; "Coartem, that is artemether-lumefantrine": one drug, named twice
        single = len({g for _, _, g in drugs if not lexicon.is_drug_class(g)}) == 1
        redosed: set[str] = set()
        listed: dict[int, str | None] = {}  # the status each drug of this sentence got, for a list's next item
        for k, (a, b, generic) in enumerate(drugs):
            confirmed = False
            # "And the trazodone, is that helping?" "Oh, I stopped it last month.": the one drug asked about
            asked_here = s.low.rstrip().endswith("?") or s.question_at(a) or asks_about_drug(s, a)
            stopped_answer = asked_here and single and answered_stopped(sentences, s)
            answer = None
            items = items_asked(sentences, s, a)  # "Penicillin, latex, the numbing medicine at the dentist?"
            asked = s.question_at(a) or fragment_question(s) or list_question(s, drugs) or items
            if asked and not stopped_answer and not other_named(sentences, s, generic, drugs):
                # "Are you still taking your metformin?" "Yes." / "How's the ramipril?" "Good.": a drug
                # the clinician asks about and the patient does not deny is one they take.
                confirmed = answered_yes(sentences, s)
            if not stopped_answer and single and asks_about_drug(s, a) and (answer := dose_answer(sentences, s)):
                confirmed = True  # "How much Advil?" "Four a day, the 200 milligram ones."
            if (s.question_at(a) or list_question(s, drugs) or items) and not stopped_answer and not confirmed:
                continue
            # a class named after the drug ("Maalox, the liquid antacid, 10 milliliters") does not end its words
            # nor do its ingredients named after a combination ("Symbicort, that's budesonide formoterol, 2 puffs")
            stop = next(
                (d[0] for d in drugs[k + 1 :] if not lexicon.is_drug_class(d[2]) and not ingredient_of(d[2], generic)),
                len(s.low),
            )
            if new_drug := NEW_DRUG.search(s.low, b, stop):
                stop = new_drug.start()  # "the metformin, so I'd add one more tablet, [unheard], 100 mg": not its
            after = s.low[b:stop]
            dose_m = dose_in(after)
            if dose_m and dose_m.start() > 40:
                dose_m = None
            if dose_m and k + 1 < len(drugs) and OF_NEXT.fullmatch(after[dose_m.end() :]):
                dose_m = None  # "lisinopril and 20 mg of atorvastatin": the 20 mg is atorvastatin's
            before_m = None
            if dose_m is None and not bare_strength(generic, after):  # "two puffs of albuterol"
                before_m = re.search(
                    DOSE.pattern
                    + r"\s+(?:tablets?\s+|pills?\s+|capsules?\s+)?(?:of\s+)?(?:the\s+|your\s+|her\s+|his\s+)?"
                    + r"(?:children's\s+|kids'?\s+|infants'?\s+|infant's\s+|junior\s+|extra strength\s+)?$",
                    s.low[:a],
                )
                if before_m and k and not OWN_DOSE_BEFORE.search(s.low[drugs[k - 1][1] : a]):
                    before_m = None  # "atorvastatin 40 milligrams meloxicam 7.5": the 40 is atorvastatin's
            if lexicon.is_drug_class(generic) or lexicon.is_vaccine(generic) or (generic in allergens and not dose_m):
                continue  # "allergic to penicillin" is an allergy, not a medication
            if re.match(
                r"\W*(?:12\s+)?(?:allerg|intoleran|reaction|deficien|levels?\b|(?:is|was|were) (?:low|high|normal)|"
                r"came back|(?:suppression |stimulation |challenge )?test\b|suppression|stimulation|challenge)",
                s.low[b:],
            ):
                continue  # "because of the penicillin allergy", "a vitamin b12 deficiency", "your b12 was low"
            if CHEMO_WITH.search(s.low[max(0, a - 60) : a]):
                continue  # "chemotherapy with cisplatin and taxol": a treatment plan (an order), not a home drug
            if RECREATIONAL.search(s.low[a:b]) and not re.search(r"\b(?:medical|prescri\w*)\s+$", s.low[:a]):
                continue  # "I smoke marijuana", "no marijuana": social history (history.py), not a medication
            freq = frequency(after)
            # "... colchicine and a prednisone taper stop the hydrochlorothiazide": a verb just before the
            # next drug is that drug's, not this one's
            own = NEXT_DRUGS_VERB.sub("", after) if k + 1 < len(drugs) else after
            floor = max((d[1] for d in drugs[:k] if not lexicon.is_drug_class(d[2])), default=0)
            before = words_before(s.low, a, floor)
            if NOT_STARTED.search(before):
                continue  # "I won't give you tramadol; use a heat pack instead": refused, not prescribed
            alongside = ALONGSIDE.search(before)  # "take it with your omeprazole": said of another drug
            status = None if alongside else status_before(before, own)
            between = s.low[drugs[k - 1][1] : a] if k else ""
            inherits = (
                listed.get(k - 1)
                and (
                    LIST_NEXT.fullmatch(between)
                    or (OR_NEXT.fullmatch(between) and (drugs[k - 1][2] == generic or listed[k - 1] == "stopped"))
                )
                and not OWN_WORD.match(own)
            )
            if recap := status_after(own) or shared_status_after(s.low, drugs, k):
                status = recap  # "Benadryl and meclizine stopped, vitamin D started": the word after is its own
            if status is None and inherits:
                status = listed[k - 1]  # "stay on 2 tylenol 500 mg and 2 ibuprofen 200 mg": one verb, a list
            if not DRUG_DOES.match(own):  # "prednisone can raise blood sugar": the drug acts, nobody changes it
                status = status or cue_after(own)
            if split := split_status(s.low[:a], own, s.segment.speaker != "patient"):
                status = split  # "switch you from lisinopril to losartan", "I'll take the carbocisteine off"
            if status is None and re.match(r"\W*instead of\b", after):
                status = "started"  # "acetaminophen instead of ibuprofen": the one put in the other's place
            if status in {None, "active"} and s.segment.speaker != "patient" and INSTEAD_SAID.match(own):
                status = "started"  # the clinician's "use Tylenol instead": put in another's place
            if confirmed:
                status = "active"
            if stopped_answer:  # "And the trazodone, is that helping?" "Oh, I stopped it last month."
                status = "stopped"
            if k + 1 < len(drugs) and SWITCH_TO.fullmatch(after) and SWITCH_FROM.search(s.low[:a]):
                status = "stopped"  # "switch the simvastatin to rosuvastatin 10": the one replaced
            elif k and SWITCH_TO.search(s.low[drugs[k - 1][1] : a]) and SWITCH_FROM.search(s.low[: drugs[k - 1][0]]):
                status = "started"  # ... and the one put in its place
            titration, change = status == "started" and dose_m is not None, None
            if status in {None, "active", "started"} and (change := changed_after(own)):
                if titration and dose_m.end() < change.end():
                    change = None  # "try sertraline 25 mg and we'll go up to 50": the plan, not a change today
                elif done := told_as_done(own, change):
                    status, dose_m = done, DOSE.search(own, change.end() - 1)  # the dose it has been on since
                    change = None
                else:
                    status = "changed"
            if status == "changed" and change:
                if dose_m is None or dose_m.start() < change.start():
                    dose_m = DOSE.search(own, change.end() - 1)  # the new dose, not the one it had
            elif status == "changed" and dose_m and (new := NEW_DOSE.search(own, dose_m.end())):
                dose_m = dose_in(own, new.start(1))  # "decrease the metoprolol from 50 mg to 25 mg": 25 mg
            if freq and status in {None, "active", "started"} and NEW_SCHEDULE.search(own):
                status = "changed"  # "take the furosemide every other day now instead of every day"
            if status == "stopped" and conditional(sentences, s, a):
                status = None  # "And if the legs start up again?" "Stop the rosuvastatin and call me."
            if (
                status == "stopped"
                and INSTEAD_OF_SAME.search(s.low[:a])
                and any(d[2] == generic for d in drugs[k + 1 :])
            ):
                status = None  # "instead of the two Advil, take three, so ibuprofen 600 mg": the same drug, redosed
                redosed.add(generic)
            elif generic in redosed and dose_m:
                status = "changed"
            if INSTEAD_BEFORE.search(s.low[:a]) and (fewer := FEWER_AFTER.search(own)):
                status, freq = (
                    "changed",
                    (f"{fewer.group(1)} daily", 0, 0),
                )  # "instead of ... twice a day just take it once"
            if (
                (IMPERATIVE.match(s.low) or PLAN_IMPERATIVE.search(before))
                and not alongside
                and status in {None, "active"}
                and s.segment.speaker != "patient"
            ):
                status = "started"  # the clinician's "Take azithromycin 500 mg ..." is a prescription
            if status is None:  # "i'm putting you on something for pain. tramadol, 50 mg ..."
                status = status_carried(sentences, s, a)
            asked = (
                s.index > 0 and sentences[s.index - 1].is_question and MED_QUESTION.search(sentences[s.index - 1].low)
            )
            if (
                status in {None, "active"}
                and s.segment.speaker != "patient"
                and NO_BEFORE.search(s.low[s.clause_start(a) : a])
            ):
                continue  # the clinician's "and no cough syrup with codeine"
            # (not past a drug named before it: "stop the metamizole, we don't use it here ... and take naproxen")
            nt = NOT_TAKEN.search(s.low[max(s.clause_start(a), floor) : a])
            if status in {None, "active"} and nt and not EXCEPT.search(nt.group()):  # "nothing except aspirin"
                if NEVER.search(nt.group()) or not NO_LONGER.search(nt.group() + s.low[b : b + 40]):
                    continue  # "No, I don't use medical marijuana", "I've never taken insulin"
                status = "stopped"  # "I don't take the lisinopril anymore", "I haven't been taking it"
            used_to = status == "stopped" and re.search(r"\bused to \w+\s+$", s.low[:a])
            if (
                (status in {None, "active"} or used_to)
                and (past_taking(sentences, s, a, own) or tried_before(sentences, s, a, own))
                and not NO_LONGER_AFTER.match(own)  # "I had black cohosh but gave it up": a stop to chart
            ):
                continue  # "he had amoxicillin for his ear in the summer": taken once, not on the list
            if status in {None, "active", "started"} and (
                COURSE_FINISHED.search(own)
                or (status != "started" and (PAST_COURSE.search(own) or NO_LONGER_AFTER.match(own)))
                or (status != "started" and taken_before(before, own))
            ):
                status = "stopped"  # "... and I finished it", "I took Cipro for a week last month"
            elif status in {None, "active"} and single and (told := said_next(sentences, s)):
                status = told  # "I tried Benylin ... so I stopped it last week."; "... so keep taking it."
            if NOT_THEIRS.search(s.low[max(0, a - 60) : a]) or ONLY_AN_OPTION.match(s.low[b:]):
                continue  # "my sister takes Lexapro", "a second medicine like amlodipine", "X is also an option"
            if asked and "allerg" in sentences[s.index - 1].low and not dose_m and status in {None, "active"}:
                continue  # "Any allergies to medicines?" "Penicillin used to be on my chart, but ...": no drug taken
            asked_about = asked and generic in {d[2] for d in find_drugs(sentences[s.index - 1].low)}
            if asked_about and status in {None, "active"} and DENIED.search(s.low):
                continue  # "Are you taking any aspirin?" "Aspirin, no."
            # "prednisolone liquid, 15 milligrams per 5 milliliters. She'll take 6.5 milliliters": a strength
            # here, the amount taken in the next sentence
            liquid = (
                dose_m is not None
                and STRENGTH_PER.match(after[dose_m.end() :])
                and not DOSE.search(after[dose_m.end() + STRENGTH_PER.match(after[dose_m.end() :]).end() :])
            )
            nxt = None if (dose_m and not liquid) or before_m or not single else dose_sentence(sentences, s)
            told_next = None if dose_m or before_m or nxt or not single else strength_said_next(sentences, s, generic)
            counted = dose_m is not None and UNIT_NORMAL[dose_m.group(2)] == "tablets"  # "the 500s, two tablets"
            spoken = None if (dose_m and not counted) or before_m else spoken_dose(generic, sentences, s, a, b)
            dose_m = None if spoken else dose_m
            if not (
                dose_m
                or before_m
                or spoken
                or bare_strength(generic, after)
                or freq
                or status
                or asked
                or confirmed
                or nxt
                or told_next
                or said_as_medication(s.low, a, b, generic)
                or (k - 1 in listed and LIST_NEXT.fullmatch(between))  # "... the atorvastatin 40 and the baby aspirin"
                # the patient's "i've done some ibuprofen or aleve sometimes some tylenol": one telling
                or (k - 1 in listed and s.segment.speaker == "patient" and PATIENT_LIST_NEXT.fullmatch(between))
            ) and (not in_answer_to_med_question(sentences, s)):
                continue  # a drug word with nothing medication-like around it
            attrs, ev, status = medication_attributes(
                s,
                a,
                b,
                generic,
                after,
                own,
                status,
                freq=freq,
                dose_m=dose_m,
                before_m=before_m,
                spoken=spoken,
                liquid=liquid,
                nxt=nxt,
            )
            listed[k] = status
            if confirmed and "dose" not in attrs:  # "Still on the rosuvastatin?" "Yes, 10 milligrams at night."
                ev = ev + dose_from_answer(generic, attrs, answer or sentences[s.index + 1], answer is not None, s)
                if "dose" not in attrs and answer is not None and (later := dose_later_in_turn(sentences, answer)):
                    ev = ev + dose_from_answer(generic, attrs, later, False, s)
            if "frequency" in attrs and single and asks_about_drug(s, a) and (fix := corrected_frequency(sentences, s)):
                attrs["frequency"] = fix[0]  # "So the glipizide twice a day?" "No, just once in the morning."
                ev = ev + fix[1].evidence(0, len(fix[1].low))
            if "dose" not in attrs and told_next:
                attrs["dose"], ev = told_next[0], ev + told_next[1]  # "Flomax, yeah, at bedtime. The point four."
            if "dose" in attrs and (fix := corrected_dose(generic, sentences, s, b)):
                attrs["dose"] = fix  # "Lisinopril, the twenty. No, ten."
            if "dose" in attrs and not possible_dose(generic, attrs["dose"]):
                # "Advair the two fifty fifty one puff" read as "250 51 puffs": a dose no product has is
                # left for the clinician rather than written down
                attrs["unclear_dose"] = attrs.pop("dose")
            key = product_key(facts, generic, s.low, a, b)
            h = heard.get((a, b))
            if h:  # a word nobody uses that sounds like a drug: a drug, but which one the clinician says
                key = f"{generic}|heard:{h.heard}"
                fits = [c for c in h.candidates if plausible(c, said_in(after))]
                attrs |= {"certainty": "uncertain", "heard_as": h.heard, "candidates": "|".join(fits)}
                if generic not in fits:
                    attrs["implausible"] = generic
            if not (h or "dose" in attrs or "unclear_dose" in attrs or key in late) and (
                found := far_dose(generic, sentences, s, b, stop)
            ):
                late[key] = found  # used only if no mention of the drug gives a dose the usual way
            prev = facts.get(key)
            said_as = s.low[a:b]
            kept = status == "active" and _KEPT.search(before)
            if prev is not None and kept and stopped_as.get(key, said_as) != said_as:
                # "Stop the Siofor. Just keep the metformin from us": one drug, two products with two fates (a
                # duplicate found at reconciliation); the stopped one keeps its own line, this one goes on
                facts[f"{key}|{stopped_as.pop(key)}"] = prev
                prev = None
            elif prev is not None and status == "stopped" and kept_as.get(key, said_as) != said_as:
                key = f"{key}|{said_as}"  # ... and the other way round: "Keep the Glucophage. Stop the metformin."
                prev = facts.get(key)
            if status == "stopped":
                stopped_as[key] = said_as
            elif kept:
                kept_as[key] = said_as
            if prev is None:
                attrs["status"] = status or ("started" if advised_when_needed(s, own, status) else "active")
                facts[key] = Fact(kind=FactKind.medication, name=generic, attributes=attrs, evidence=ev)
                if status is None and attrs["status"] == "active":
                    undecided[key] = (s, a)
                continue
            if status is not None:
                undecided.pop(key, None)
            # "Lisinopril 10 once a day ...?" "Yeah.": a regimen read back and confirmed corrects, it changes nothing
            readback = confirmed and s.question_at(a) and status in (None, "active")
            facts[key] = merge(prev, attrs, None if readback else status, ev, correction=bool(readback))
            if (
                status == "active"
                and prev.attributes.get("status") != "active"
                and takes_back(s.low, drugs, k, sentences, s)
            ):
                # "hold the atorvastatin ... actually no, that's fine, keep the atorvastatin": the last word
                facts[key] = facts[key].model_copy(update={"attributes": {**facts[key].attributes, "status": "active"}})
        if not drugs:
            for read in (dose_asked_without_name, dose_said_without_name, dose_change_without_name):
                read(sentences, s, facts)
            stopped_without_name(sentences, s, facts)
    for key, (s, a) in undecided.items():
        if (
            key in facts
            and facts[key].attributes.get("status") == "active"
            and started_in_plan(sentences, s, a, facts[key])
        ):
            facts[key] = facts[key].model_copy(update={"attributes": {**facts[key].attributes, "status": "started"}})
    return tidy(fill_doses(facts, late))
