"""Orders, results, follow-up and vitals said the ways NHS, VA/Appalachian and West/East African clinics say
them (session 10, second round). Sentences written for these tests."""

from fact_readers import facts

from engine.types import FactKind


def _kind(fs, kind):
    return {f.name: f.attributes for f in fs if f.kind == kind}


def _interval(*turns):
    return [f.attributes.get("interval") for f in facts(*turns) if f.kind == FactKind.follow_up]


def test_follow_up_at_the_surgery_and_asked_for():
    assert _interval("Ring us Monday, and I'll see you back at the practice in three weeks.", "Right.") == ["3 weeks"]
    assert _interval("Could you come back in nine days so I can check the wound?", "Yes.") == ["9 days"]
    assert _interval("Would you like to come back in two weeks?", "That's fine.") == ["2 weeks"]
    assert _interval("Pop back in a week and we'll have another look.", "Will do.") == ["1 week"]


def test_follow_up_by_weekday_and_after_days():
    assert _interval("I'll see her on Monday, four days, with the swab result.", "Okay.") == ["4 days"]
    assert _interval("Return after three days, on Thursday, so we can recheck.", "Okay.") == ["3 days"]
    # a visit offered only if things are not better stays as needed
    assert _interval("If she's not improving, come back after three days.", "Okay.") == ["as needed"]


def test_referral_to_a_named_professional_or_programme():
    orders = _kind(
        facts("I'm referring you to the clinical psychologist for some talking therapy.", "Okay."), FactKind.order
    )
    assert "referral to clinical psychology" in orders
    orders = _kind(
        facts(
            "I'll refer you to the structured education course, and to the NHS weight management programme.", "Fine."
        ),
        FactKind.order,
    )
    assert {"referral to structured education course", "referral to nhs weight management programme"} <= set(orders)


def test_referral_taken_up_after_it_was_offered():
    fs = facts("Would you see the smoking cessation service?", "Aye, go on.", "Grand, I'll refer you today.")
    assert "referral to smoking cessation service" in _kind(fs, FactKind.order)
    fs = facts("Are you happy to see a physio for that shoulder?", "Yes.", "Lovely, I'll do the referral.")
    assert "referral to physiotherapy" in _kind(fs, FactKind.order)
    # declined: no referral
    fs = facts("Would you like to see a dietitian?", "No, I'd rather not.", "That's fine.")
    assert not [n for n in _kind(fs, FactKind.order) if n.startswith("referral")]


def test_fasting_sugar_sputum_and_panels_ordered():
    orders = _kind(
        facts("I'd like a fasting blood sugar and a cholesterol panel before you go.", "Okay."), FactKind.order
    )
    assert {"fasting blood sugar", "lipid panel"} <= set(orders)
    orders = _kind(facts("I'll give you a pot for a sputum sample to drop at the desk.", "Right."), FactKind.order)
    assert "sputum sample" in orders


def test_results_said_by_two_names_and_with_s():
    res = _kind(
        facts("The urine test, the ACR, is two point one. Cholesterol's four point eight.", "Good."), FactKind.result
    )
    assert res["urine albumin to creatinine ratio"]["value"] == "2.1"
    assert res["cholesterol"]["value"] == "4.8"
    assert "urine protein" not in res


def test_malaria_rapid_test_by_its_letters():
    res = _kind(facts("The nurse did the RDT at triage. It was negative.", "Okay."), FactKind.result)
    assert res.get("malaria test", {}).get("value") == "negative"


def test_breaths_counted_then_said_and_weight_on_the_scale():
    vit = _kind(facts("Let me count her breathing... thirty-six a minute.", "Is that fast?"), FactKind.vital)
    assert vit["respiratory rate"]["value"] == "36"
    vit = _kind(facts("Pulse is eighty, and you're two forty-one on the scale.", "Oh dear."), FactKind.vital)
    assert vit["weight"]["value"] == "241"
    # a pulse counted is no breathing rate
    vit = _kind(facts("Let me feel your pulse... seventy a minute.", "Okay."), FactKind.vital)
    assert "respiratory rate" not in vit
