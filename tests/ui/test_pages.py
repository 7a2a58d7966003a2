"""Every page and flow through NiceGUI's simulated user (no browser): unlock and lock, the visits list
with search and the interrupted-recording banner, recording with the live transcript, review with
evidence, edits, acknowledgements and signing, export, settings with IT-locked values."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest
from nicegui import ui
from nicegui.testing import User

from tests.conftest import make_result

PASSWORD = "a long password 1"


@pytest.fixture
def state(user: User, services, settings, monkeypatch, tmp_path):
    """The app's pages over the session's services, with a clinician and an admin account."""
    from engine.auth import has_users
    from ui.app import build

    monkeypatch.setenv("CHARTSIDE_MANAGED_CONFIG", str(tmp_path / "managed.toml"))
    services.user = None
    if not has_users(services.store):
        services.add_user("admin", PASSWORD, "clinician,admin", "Dr Admin")
        services.login("admin", PASSWORD)
        services.add_user("drlee", PASSWORD, "clinician", "Dr Ana Lee")
        services.add_user("it", PASSWORD, "admin", "IT desk")
        services.user = None
    st = build(services)
    yield st
    if st.recording is not None:
        st.recording.abandon()
    services.user = None


async def login(user: User, name: str = "drlee") -> None:
    await user.open("/")
    await user.should_see("Unlock")
    user.find(marker="username").type(name)
    user.find(marker="password").type(PASSWORD)
    user.find(marker="unlock").click()
    await user.should_see("Visits")


def stored_note(services, name: str = "htn-followup") -> str:
    from engine.store.visits import save_result

    result = make_result(name)
    save_result(services.store, result, None, actor="test", patient_identifier="MRN-PAGES")
    return result.note_id


async def test_unlock_wrong_password_then_lock(user: User, state):
    await user.open("/record")
    await user.should_see("Unlock")  # every page needs a login
    user.find(marker="username").type("drlee")
    user.find(marker="password").type("not my password")
    user.find(marker="unlock").click()
    await user.should_see("Wrong user name or password")
    user.find(marker="password").type(PASSWORD)
    user.find(marker="unlock").click()
    await user.should_see("Dr Ana Lee (clinician)")
    await user.open("/lock")
    await user.should_see("Unlock")
    assert state.user is None


async def test_idle_lock(user: User, state, monkeypatch):
    await login(user)
    state.last_activity -= state.services.settings.idle_lock_minutes * 60 + 1
    await user.open("/settings")
    await user.should_see("Unlock")


async def test_visits_list_search_and_status(user: User, state):
    stored_note(state.services)
    await login(user)
    await user.should_see("MRN-PAGES")
    user.find(marker="search").type("lisinopril")
    await user.should_see("MRN-PAGES")
    user.find(marker="search").clear().type("zzzunknownword")
    await user.should_see("No visits match.")


async def test_interrupted_recording_is_announced(user: User, state):
    from engine.audio.journal import JournalWriter
    from engine.recording import open_visit

    services = state.services
    visit_id, journal, key = open_visit(services.store, "test", "MRN-CRASH", "microphone")
    w = JournalWriter(journal, key)
    w.append(np.zeros(16000 * 3, "float32"))
    w.close()
    await login(user)
    await user.should_see("was interrupted; 0:03 of audio were kept")
    await user.should_see("Make the note")
    # tidy up: this visit is the test's, not a crash's
    from engine.store.tables import Visit

    with services.store.session() as s:
        v = s.get(Visit, visit_id)
        v.status = "draft"
        s.add(v)


@pytest.mark.slow
async def test_record_with_live_transcript_then_review(user: User, state, htn_wav):
    services = state.services
    saved = services.settings
    services.settings = saved.model_copy(update={"simulated_microphone": htn_wav, "simulated_speed": 0.0})
    services.use_llm = False
    try:
        await login(user)
        await user.open("/record")
        user.find(marker="patient").type("MRN-LIVE-UI")
        user.find(marker="record").click()
        for _ in range(600):  # the simulated microphone plays the whole file; the transcript grows live
            await asyncio.sleep(0.1)
            if state.recording is not None and state.recording.source.finished.is_set():
                break
        await user.should_see("Good morning", retries=100)  # shown live, before Stop
        user.find(marker="stop").click()
        for _ in range(600):
            await asyncio.sleep(0.1)
            if any(j.done for j in state.jobs.values()):
                break
        job = next(iter(state.jobs.values()))
        assert job.error is None, job.error
        meds = sorted(f.name for f in job.result.facts if f.kind == "medication")
        assert meds, job.result.transcript.text
        await user.open(f"/review/{job.result.note_id}")
        await user.should_see(meds[0], retries=50)
        assert job.result.transcript.duration_s > 85
    finally:
        services.settings = saved
        services.use_llm = True


async def test_review_evidence_edit_acknowledge_sign_export(user: User, state):
    services = state.services
    note_id = stored_note(services)
    await login(user)
    await user.open(f"/review/{note_id}")
    await user.should_see("Medications")
    # a fact shows its evidence: the transcript marks the quote
    user.find(marker="fact", content="lisinopril").click()
    await user.should_see(marker="transcript")
    html = []
    for _ in range(50):
        await asyncio.sleep(0.1)
        if html := [e for e in user.find(kind=ui.html).elements if "<mark" in e.content]:
            break
    assert html and "lisinopril" in html[0].content.lower()
    # an edit with a dose the visit never mentioned is saved but marked for review
    user.find(marker="edit-plan").click()
    user.find(marker="editor-plan").clear().type("Increase lisinopril to 40 mg daily.")
    user.find(marker="save-plan").click()
    await user.should_see("Saved.")
    _note, result = services.note_state(note_id)
    plan = next(s for s in result.draft.sections if s.key == "plan")
    assert plan.sentences[0].source == "clinician" and plan.sentences[0].problems
    await user.open(f"/review/{note_id}")
    await user.should_see("Needs your review")
    # signing is refused until every marked item was looked at, and needs the password
    user.find(marker="sign").click()
    user.find(marker="sign-password").type(PASSWORD)
    user.find(marker="sign-confirm").click()
    await user.should_see("not resolved or acknowledged")
    for box in user.find(marker="ack").elements:
        box.set_value(True)
    user.find(marker="sign-password").type("wrong password")
    user.find(marker="sign-confirm").click()
    await user.should_see("password is not right")
    user.find(marker="sign-password").type(PASSWORD)
    user.find(marker="sign-confirm").click()
    await user.should_see("Signed by Dr Ana Lee")
    assert services.note_state(note_id)[0].signed_by == "Dr Ana Lee"
    user.find(marker="export").click()
    response = await user.download.next()
    assert response.content[:5] == b"%PDF-"


async def test_admin_cannot_sign(user: User, state):
    note_id = stored_note(state.services)
    await login(user, "it")
    await user.open(f"/review/{note_id}")
    user.find(marker="sign").click()
    user.find(marker="sign-password").type(PASSWORD)
    user.find(marker="sign-confirm").click()
    await user.should_see("Only a clinician may sign notes")


async def test_settings_it_values_are_locked(user: User, state, tmp_path):
    (tmp_path / "managed.toml").write_text(
        'letterhead = "Riverside Clinic"\nsync_url = "https://fhir.example.org/r4"\n'
    )
    await login(user, "admin")
    await user.open("/settings")
    await user.should_see("set by IT")
    assert not user.find(marker="setting-letterhead").elements.pop().enabled
    assert user.find(marker="setting-audio_retention_days").elements.pop().enabled
    await user.should_see("Add a user")  # admins manage accounts
    user.find(marker="save-settings").click()
    await user.should_see("Saved to settings.toml")


async def test_fact_correction_is_stored_and_flagged(user: User, state):
    services = state.services
    note_id = stored_note(services)
    await login(user)
    await user.open(f"/review/{note_id}")
    await user.should_see("Medications")
    buttons = [
        b
        for b in user.find(marker="edit-fact").elements
        if any("lisinopril" in getattr(c, "text", "") for c in b.parent_slot.parent.default_slot.children)
    ]
    from nicegui.testing.user_interaction import UserInteraction

    UserInteraction(user, {buttons[0]}, None).click()
    await user.should_see("Correct medication")
    user.find(marker="fact-dose").clear().type("20 mg")
    user.find(marker="fact-save").click()
    await user.should_see("You changed medication: lisinopril 20 mg")
    _note, result = services.note_state(note_id)
    lis = next(f for f in result.facts if f.name == "lisinopril")
    assert lis.attributes["dose"] == "20 mg" and lis.attributes["edited"] == "clinician" and lis.evidence


async def test_template_switch_redrafts(user: User, state):
    services = state.services
    note_id = stored_note(services)
    services.use_llm = False
    try:
        await login(user)
        await user.open(f"/review/{note_id}")
        await user.should_see("Re-draft")
        user.find(marker="template").click()
        user.find("progress").click()
        user.find("Re-draft").click()
        for _ in range(300):
            await asyncio.sleep(0.1)
            if state.jobs.get(note_id) is not None and state.jobs[note_id].done:
                break
        assert state.jobs[note_id].error is None
    finally:
        services.use_llm = True
    _note, result = services.note_state(note_id)
    assert result.draft.template.startswith("progress@")
    from engine.review import draft_versions

    assert draft_versions(services.store, result.visit_id) == 2


async def test_an_uncertain_drug_is_picked_not_acknowledged(user: User, state):
    """The incident (issue 17): the re-heard "ciprofloxacin" (first heard "ceiling") has no tick box; the
    clinician picks the drug from the plausible ones, and only then is the item gone."""
    from engine.clinical.drug_certainty import mark_uncertain_drugs
    from engine.clinical.extract import extract
    from engine.draft import templates
    from engine.draft.compose import build_draft
    from engine.store.tables import new_id
    from engine.store.visits import save_result
    from engine.types import PipelineResult
    from tests.test_drug_certainty import incident

    services = state.services
    t = incident()
    facts = mark_uncertain_drugs(extract(t), t)
    draft = build_draft(templates.load("soap"), t, facts, llm=None)
    result = PipelineResult(
        visit_id=new_id(), note_id=new_id(), source_name="a.wav", transcript=t, facts=facts, draft=draft
    )
    save_result(services.store, result, None, actor="test")
    await login(user)
    await user.open(f"/review/{result.note_id}")
    await user.should_see("Uncertain drug")
    await user.should_see("a drug that sounded like 'ceiling' (amoxicillin?")
    assert len(user.find(marker="resolve").elements) == 1
    user.find(marker="resolve").click()
    await user.should_see("Correct medication")
    user.find(marker="fact-candidate", content="amoxicillin").click()
    user.find(marker="fact-save").click()
    await user.should_see("You changed medication: amoxicillin")
    await user.should_not_see("Uncertain drug")
    fixed = next(f for f in services.note_state(result.note_id)[1].facts if f.name == "amoxicillin")
    assert fixed.attributes["certainty"] == "confirmed" and fixed.attributes["heard_as"] == "ceiling"
