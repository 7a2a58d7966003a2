"""Bugs found reviewing the session-9 change (b79ad7d..144fec1); every sentence here is written for the test."""

from fact_readers import facts, history, symptoms


def test_a_yes_after_a_denied_symptom_does_not_make_it_present():
    # the "yes" answers the next symptom; "no" directly before "chest pain" denies it
    got = symptoms(facts("Any chest pain or a cough?", "No chest pain, yes I have a cough."))
    assert got.get("chest pain") == "absent"
    assert symptoms(facts("So no chest pain?", "No chest pain, yes, that's right.")) == {"chest pain": "absent"}
    # a per-symptom answer still reads as one
    assert symptoms(facts("Nausea? Vomiting?", "Nausea yes, vomiting no.")) == {
        "nausea": "present",
        "vomiting": "absent",
    }


def test_an_operation_doubted_before_i_had_is_not_charted():
    # "I had" opens the clause only after a bare answer; after "I don't think" the doubt reaches it
    assert not history(facts("Any operations?", "I don't think I had my appendix out."), "past_surgical")
    assert not history(facts("Any operations?", "I can't recall that I had my gallbladder removed."), "past_surgical")
    assert history(facts("Any operations?", "no never i had my tonsils out"), "past_surgical") == {
        ("tonsillectomy", "")
    }


def test_an_abnormal_finding_is_an_extra_against_a_normal_list():
    # "rub" present is the opposite of the annotated "no murmurs, rubs, or gallops": it must count as produced
    # and wrong, not vanish as one item of the list
    from engine.evaluation import EvalReport, score_facts
    from engine.types import Fact, FactKind

    gold = {"exam_findings": [{"finding": "no murmurs, rubs, or gallops", "site": "heart", "normal": True}]}
    rub = Fact(kind=FactKind.exam, name="rub", evidence=[], attributes={"site": "heart", "normal": "no"})
    report = EvalReport("t")
    score_facts(report, [rub], gold, "t")
    counts = report.per_kind["exam finding (finding+site+side)"]
    assert (counts.tp, counts.produced) == (0, 1)
    assert any("extra" in m and "rub" in m for m in report.misses)
    # a normal item charted on its own stays no extra ("soft" of "soft, no rebound")
    soft = Fact(kind=FactKind.exam, name="soft", evidence=[], attributes={"site": "abdomen", "normal": "yes"})
    report = EvalReport("t")
    gold = {"exam_findings": [{"finding": "soft, no rebound", "site": "abdomen", "normal": True}]}
    score_facts(report, [soft], gold, "t")
    assert report.per_kind["exam finding (finding+site+side)"].produced <= 1
    assert not any("extra" in m for m in report.misses)
