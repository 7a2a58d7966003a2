"""`chartside eval`: fact scores on the annotated encounters and ROUGE on ACI-Bench."""

import json
import subprocess
import sys

import pytest
from conftest import ENCOUNTERS, SHARED, chartside_env

from engine.evaluation import eval_aci, eval_encounters


def test_fact_scores_on_annotated_encounters_from_text():
    report = eval_encounters(ENCOUNTERS, llm=None)
    d = report.as_dict()
    assert d["encounters"] == 2
    for kind in ("medication (name+dose+status)", "allergy (substance+reaction)", "vital", "symptom absent (negation)"):
        assert d["facts"][kind]["recall"] == 1.0, (kind, report.misses)
        assert d["facts"][kind]["precision"] == 1.0, (kind, report.misses)
    assert "| fact kind | recall | precision |" in report.markdown()
    d = report.as_dict()
    assert d["wrong_drugs_shown_certain"] == [] and d["grounding"]["share"] == 1.0
    assert all(v["caught"] == v["injected"] for v in d["hallucinations"].values()) and d["hallucinations"]


def test_rouge_on_aci_bench_without_model():
    report = eval_aci(SHARED / "data" / "aci-bench" / "valid.csv", llm=None, limit=2)
    r = report.as_dict()["rouge"]
    assert 0 < r["rouge2"] < r["rouge1"] <= 100 and report.encounters == 2


@pytest.mark.slow
def test_eval_cli_writes_markdown_and_json(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "engine", "eval", str(ENCOUNTERS), "--no-llm", "--out", str(tmp_path)],
        env=chartside_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "eval.json").read_text())["encounters"] == 2
    assert (tmp_path / "eval.md").read_text().startswith("## Evaluation")


def test_social_denials_match_however_worded():
    from engine.fact_scoring import same_habit as _same_habit

    assert _same_habit("does not smoke", "never") and _same_habit("non-smoker", "denies")
    assert not _same_habit("does not smoke", "current") and not _same_habit("former", "never")


def test_trying_to_quit_is_still_current():
    """ "Current smoker, trying to quit" had read as former (any "quit" did), so no current value could match it."""
    from engine.fact_scoring import same_habit as _same_habit

    assert _same_habit("current smoker, trying to quit", "current, 1 pack per day")
    assert not _same_habit("current smoker, trying to quit", "former")
    assert _same_habit("quit 10 years ago", "former") and not _same_habit("quit 10 years ago", "current")
    assert _same_habit("smokes quite a lot", "current") and _same_habit("smoker, never managed to quit", "current")
    assert not _same_habit("hasn't quit yet", "former")


@pytest.mark.slow
@pytest.mark.audio
def test_eval_through_audio_leaves_no_recordings_behind(tmp_path):
    """The TTS renders are patient-shaped audio and big: none may outlive the run."""
    folder, scratch = tmp_path / "visits", tmp_path / "scratch"
    folder.mkdir()
    scratch.mkdir()
    (folder / "asthma-child.json").write_bytes((ENCOUNTERS / "asthma-child.json").read_bytes())
    env = {**chartside_env(tmp_path / "home"), "TMPDIR": str(scratch)}
    speak = SHARED / "tools" / "speak_dialogue.py"
    cmd = [sys.executable, "-m", "engine", "eval", str(folder), "--audio", "--no-llm", "--speak", str(speak)]
    proc = subprocess.run([*cmd, "--out", str(tmp_path / "out")], env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "out" / "eval.json").read_text())["encounters"] == 1
    assert not list(scratch.rglob("*.wav")) and not list(scratch.glob("chartside-eval-*"))


def test_an_allergen_is_matched_however_named_and_never_as_a_scan():
    from engine.fact_scoring import wrong_drugs
    from engine.name_matching import same_allergen
    from engine.types import Fact, FactKind

    assert same_allergen("sulfa drugs", "sulfonamide antibiotics") and same_allergen("sulfa", "sulfonamide")
    assert same_allergen("cats", "cat") and same_allergen("cat dander", "cat")
    assert same_allergen("sulfamethoxazole-trimethoprim", "sulfonamide antibiotics")
    assert not same_allergen("penicillin", "sulfonamide") and not same_allergen("sulfa", "codeine")
    vit_d = Fact(kind=FactKind.medication, name="ergocalciferol", evidence=[])
    assert wrong_drugs([vit_d], {"medications": [{"name": "calcium with vitamin d"}]}) == ([], [])
    assert same_allergen("bee stings", "bee venom") and same_allergen("contrast dye", "iodinated contrast")
    assert not same_allergen("penicillin", "amoxicillin") and not same_allergen("shellfish", "peanut")
    assert same_allergen("Bactrim", "sulfamethoxazole-trimethoprim") and same_allergen("Keflex", "cephalexin")
    cat = Fact(kind=FactKind.allergy, name="cat", evidence=[])
    assert wrong_drugs([cat], {"allergies": [{"substance": "cats", "reaction": "sneezing"}]}) == ([], [])
    assert wrong_drugs([cat], {"allergies": [{"substance": "ct contrast"}]})[0] == ["cat"]


def test_a_range_and_a_panel_match_however_written():
    from engine.name_matching import same_name

    assert same_name("3-4 weeks", "3 to 4 weeks") and same_name("liver panel", "liver function tests")
    assert not same_name("34 weeks", "3 to 4 weeks")
    assert same_name("reflexes 2+", "reflexes 2 plus") and same_name("no edema", "no swelling")
    assert same_name("erythema", "redness") and not same_name("erythema", "edema")
    # a note writes the adjective or the noun: "red, warm and tender" is erythema, warmth and tenderness
    assert same_name("tender", "tenderness") and same_name("red", "erythema") and same_name("warm", "warmth")
    assert not same_name("tender", "erythema")
    # "soft, non-tender" is no tenderness, never tenderness itself
    assert same_name("non-tender", "no tenderness") and same_name("nontender", "no tenderness")
    assert "no" in __import__("engine.name_matching", fromlist=["words"]).words("non-tender")
    assert same_name("hepatitis c screen", "hepatitis c screening")
    # British and US names of one test or service
    assert same_name("full blood count", "complete blood count") and same_name("lipid profile", "lipid panel")
    assert same_name("referral to physiotherapy", "referral to physical therapy")
    assert same_name("facial swelling", "face swelling") and same_name("shingles", "herpes zoster")
    # the patient's word and the chart's for one symptom
    assert same_name("shakiness", "tremor") and same_name("poor sleep", "insomnia")
    assert same_name("tearfulness", "crying") and same_name("loss of interest", "anhedonia")
    assert not same_name("insomnia", "tremor") and not same_name("low mood", "anhedonia")
    from engine.fact_scoring import same_dose

    assert same_dose("1000 mg", "1 g") and same_dose("0.5 g", "500 mg") and not same_dose("2 g", "200 mg")
    # two nouns joined by a hyphen are two words; a compound adjective is not its noun
    assert same_name("urine albumin-creatinine ratio", "urine albumin to creatinine ratio")
    assert same_name("referral to optometrist", "referral to optometry") and same_name("x-ray", "xray")
    assert not same_name("ultrasound-guided biopsy of the right breast", "ultrasound of the right breast")


def test_a_follow_up_matches_the_annotated_interval_when_the_annotation_says_more():
    from engine.fact_scoring import same_follow_up

    assert same_follow_up("6 weeks, after the repeat TSH", "6 weeks")
    assert same_follow_up("telephone review in two weeks", "2 weeks")
    assert not same_follow_up("6 weeks", "6 months")
    assert not same_follow_up("4 weeks; basic metabolic panel in 1 week", "1 week")


def test_an_uncertain_drug_counts_as_offered_only_when_the_visits_drug_is_a_candidate():
    from engine.fact_scoring import offered_drugs, wrong_drugs
    from engine.types import Fact, FactKind

    heard = {"certainty": "uncertain", "heard": "hydroxyline", "candidates": "hydroxyzine|hydralazine"}
    unsure = Fact(kind=FactKind.medication, name="hydroxyzine", evidence=[], attributes=heard)
    gold = {"medications": [{"name": "hydroxyzine"}]}
    assert wrong_drugs([unsure], gold) == ([], ["hydroxyzine"])  # never a wrong drug: it waits for the clinician
    assert offered_drugs([unsure], gold) == 1
    assert offered_drugs([unsure], {"medications": [{"name": "escitalopram"}]}) == 0
    assert offered_drugs([unsure.model_copy(update={"attributes": {**heard, "edited": "clinician"}})], gold) == 0


def test_a_dose_matches_in_the_singular_or_the_plural_but_not_another_amount():
    from engine.fact_scoring import same_dose

    assert same_dose("1 puffs", "1 puff") and same_dose("2 units", "2 unit") and same_dose("10 mg", "10mg")
    assert not same_dose("10 mg", "100 mg") and not same_dose("1 puff", "2 puffs")


def test_an_allergy_without_a_reaction_on_either_side_matches():
    """ "Allergic to penicillin", no reaction said, annotated with an empty reaction and charted without one:
    one allergy found, not a miss and an extra."""
    from engine.evaluation import EvalReport, score_facts
    from engine.types import Fact, FactKind

    got = Fact(kind=FactKind.allergy, name="penicillin", evidence=[], attributes={})
    for reaction in ("", None):
        report = EvalReport("t")
        score_facts(report, [got], {"allergies": [{"substance": "penicillin", "reaction": reaction}]}, "t")
        counts = report.per_kind["allergy (substance+reaction)"]
        assert (counts.tp, counts.produced, counts.expected) == (1, 1, 1)
    report = EvalReport("t")  # a reaction said and not charted is still a miss
    score_facts(report, [got], {"allergies": [{"substance": "penicillin", "reaction": "hives"}]}, "t")
    assert report.per_kind["allergy (substance+reaction)"].tp == 0
