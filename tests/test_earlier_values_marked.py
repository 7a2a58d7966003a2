"""A value said as from before is never shown as today's: an earlier result is marked in the fact, the note
and the FHIR Observation (no date of today's visit), and of two blood pressures in one sentence the one said as
today's is the vital sign."""

from datetime import datetime

from fact_readers import facts

from engine.clinical.extract import extract
from engine.draft import templates
from engine.draft.compose import build_draft
from engine.evaluation import text_transcript
from engine.export.fhir_resources import clinical_entries
from engine.types import Fact, FactKind

_A1C = [("clinician", "Your A1c today is 8.2. Last time it was 7.9."), ("patient", "Okay.")]


def _results(*turns):
    return [f for f in facts(*turns) if f.kind == FactKind.result]


def test_the_earlier_value_is_marked_with_when_it_was():
    got = {f.attributes["value"]: f for f in _results(*_A1C)}
    assert "earlier" not in got["8.2"].attributes
    assert got["7.9"].attributes["earlier"] == "last time"
    assert got["7.9"].label() == "hemoglobin a1c: 7.9 (earlier: last time)"


def test_the_note_says_which_value_is_earlier():
    t = text_transcript(_A1C)
    text = build_draft(templates.load("soap"), t, extract(t), llm=None).render_text()
    assert "hemoglobin a1c: 8.2;" in text or "hemoglobin a1c: 8.2." in text
    assert "hemoglobin a1c: 7.9 (earlier: last time)" in text


def test_the_earlier_value_carries_no_date_of_this_visit_in_fhir():
    fs = extract(text_transcript(_A1C))
    entries = clinical_entries(fs, "n1", {"reference": "Patient/p"}, {"reference": "Encounter/e"}, datetime(2026, 1, 1))
    obs = {e["resource"]["valueString"]: e["resource"] for e in entries if "valueString" in e["resource"]}
    assert obs["8.2"]["effectiveDateTime"].startswith("2026-01-01")
    assert "effectiveDateTime" not in obs["7.9"]
    assert "last time" in obs["7.9"]["note"][0]["text"]


def test_a_value_said_with_the_one_before_it_keeps_both():
    f = Fact(kind=FactKind.result, name="hemoglobin a1c", attributes={"value": "8.1", "previous": "7.2"})
    assert f.label() == "hemoglobin a1c: 8.1 (previously 7.2)"
    (entry,) = clinical_entries([f], "n1", {}, {}, datetime(2026, 1, 1))
    assert entry["resource"]["note"][0]["text"] == "Previous value said in this visit: 7.2."


def _pressure(text):
    return [f.attributes["value"] for f in facts(("clinician", text)) if f.name == "blood pressure"]


def test_todays_pressure_wins_over_the_one_recalled_in_the_same_sentence():
    assert _pressure("Last time your blood pressure was 150 over 90, and today it's 130 over 80.") == ["130/80"]
    assert _pressure("Your blood pressure is 130 over 80 today, it was 150 over 90 last time.") == ["130/80"]


def test_one_reading_or_two_not_told_apart_keep_the_first_or_the_recheck():
    assert _pressure("Blood pressure 150 over 90 and 130 over 80.") == ["150/90"]
    assert _pressure("Blood pressure 140 over 90, rechecked 130 over 80.") == ["130/80"]


def test_a_reading_said_as_here_is_no_home_reading():
    said = ("clinician", "It was 150 over 90 at home and 130 over 80 here.")
    got = {f.name: f.attributes["value"] for f in facts(said)}
    assert got.get("home blood pressure") == "150/90"


def _vital(name, text):
    return [f.attributes["value"] for f in facts(("clinician", text)) if f.name == name]


def test_todays_number_said_without_the_vitals_name_again_is_the_vital():
    assert _vital("heart rate", "Your heart rate was 110 last time, today it's 78.") == ["78"]
    assert _vital("weight", "Your weight was 210 pounds last time, and now it's 204.") == ["204"]
    assert _vital("heart rate", "Heart rate 88, temperature 98.6.") == ["88"]


def test_a_value_with_its_own_past_time_is_marked_earlier():
    got = {
        f.name: f.attributes for f in _results(("clinician", "Your cholesterol was 240 in March. Now the LDL is 130."))
    }
    assert got["cholesterol"] == {"value": "240", "earlier": "in march"}
    assert "earlier" not in got["ldl"]


def test_a_past_value_then_todays_keeps_todays_as_the_value():
    got = _results(("clinician", "Your creatinine was 1.4 last year, and today it's 1.1."))
    assert [(f.attributes["value"], f.attributes.get("previous")) for f in got] == [("1.1", "1.4")]


def test_the_most_recent_result_is_not_marked_earlier():
    got = _results(("clinician", "Your last A1c was 7.9."))
    assert [f.attributes for f in got] == [{"value": "7.9"}]


def test_words_after_a_value_that_are_no_time_leave_it_todays():
    for said in ("The A1c is 7.9, before we change anything let's talk.", "Your potassium was 5.1, back in range."):
        assert all("earlier" not in f.attributes for f in _results(("clinician", said)))


def test_what_happened_since_may_come_between_the_values():
    got = _results(("clinician", "Your A1c was 7.9 before you started metformin, and today it's 6.8."))
    assert [(f.attributes["value"], f.attributes.get("previous")) for f in got] == [("6.8", "7.9")]


def test_a_read_out_list_with_resps_and_a_weight_asked_from_the_scale():
    got = facts(("other", "b p one twelve over sixty eight pulse seventy two resps eighteen sats ninety four"))
    assert {f.name: f.attributes["value"] for f in got}.get("respiratory rate") == "18"
    got = facts(
        ("clinician", "Can you stand on your scale for me? Denise'll spot you."),
        ("other", "One seventy-six. It was one sixty-nine last Monday."),
    )
    assert [f.attributes["value"] for f in got if f.name == "weight"] == ["176"]
