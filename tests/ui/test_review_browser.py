"""Issue 16 in a real Chromium against `chartside app --headless`, over a store seeded with one visit (its
recording kept), so that no model runs: the review screen a clinician can finish a note in.

Each test names the issue's numbered problem it checks. The accessibility check injects axe-core (from
npm, installed by scripts/setup.sh into .axe/) into every page and allows no serious or critical finding.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import chartside_env, make_result, render_encounter
from tests.ui.browser import app_server, chromium

pytestmark = pytest.mark.slow
PASSWORD = "a long password 1"
AXE = Path(__file__).resolve().parents[2] / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = os.environ.get("CHARTSIDE_SCREENSHOTS")  # docs/screenshots is refreshed with this set
AXE_RUN = """async () => {
  const r = await axe.run(document, {resultTypes: ['violations']});
  return r.violations.filter(v => ['serious', 'critical'].includes(v.impact))
    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}));
}"""


def seed(home: Path, audio_dir: Path, monkeypatch) -> str:
    """A store with a clinician (Dr Ana Lee) and one unsigned visit of MRN-20931 with its audio kept."""
    from engine.config import get_settings
    from engine.services import Services
    from engine.store.tables import Recording
    from engine.store.visits import save_result

    for key, value in chartside_env(home).items():
        if key.startswith("CHARTSIDE_"):
            monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    wav = render_encounter("htn-followup", audio_dir)
    services = Services(settings=get_settings())
    try:
        services.add_user("drlee", PASSWORD, "clinician,admin", "Dr Ana Lee")
        result = make_result("htn-followup")
        # what the verifier found: notices and omissions (one of them the note already says)
        result.draft.notes.append("Confirm the dose said at 12 s.")
        result.draft.omissions.extend(["weight loss", "smoking", "blood pressure"])
        rec = Recording(
            visit_id=result.visit_id,
            source_name=wav.name,
            sha256="0" * 64,
            duration_s=result.transcript.duration_s,
            sample_rate=16000,
            channels=1,
            codec="pcm_s16le",
        )
        save_result(services.store, result, rec, actor="test", patient_identifier="MRN-20931", audio=wav)
    finally:
        services.close()
        get_settings.cache_clear()
    return result.note_id


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=False)


def axe_findings(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate(AXE_RUN)


def field(page, testid: str, tag: str):
    """A Quasar text field by its data-testid (Quasar puts the attribute on the native element)."""
    return page.locator(f"{tag}[data-testid={testid}], [data-testid={testid}] {tag}").first


def open_editor(page, key: str):
    """Click a section's Edit and wait until the app has filled and focused its editor: the server's
    focus call can arrive after a fast fill and move the caret to the end, appending instead of replacing."""
    page.locator(f"[data-testid=edit-{key}]").click()
    area = field(page, f"editor-{key}", "textarea")
    area.wait_for()
    page.wait_for_function(
        "(k) => { const a = document.activeElement; return a !== null && a.tagName === 'TEXTAREA'"
        " && (a.getAttribute('data-testid') === 'editor-' + k"
        " || a.closest('[data-testid=editor-' + k + ']') !== null) }",
        arg=key,
    )
    return area


def login(page, base: str) -> None:
    page.goto(f"{base}/")
    page.wait_for_url("**/unlock")
    page.get_by_label("User name").fill("drlee")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Unlock").click()
    page.wait_for_url(f"{base}/")


@pytest.fixture
def app(tmp_path, monkeypatch):
    note_id = seed(tmp_path / "home", tmp_path, monkeypatch)
    env = chartside_env(tmp_path / "home")
    env.pop("CHARTSIDE_SIMULATED_MICROPHONE", None)
    env["CHARTSIDE_CLINIC_TIMEZONE"] = "America/Chicago"  # this machine runs in UTC; the clinic does not
    env["CHARTSIDE_CLINICIAN_CREDENTIALS"] = "MD"
    env["CHARTSIDE_LETTERHEAD"] = "Riverside Family Clinic\n12 Mill Lane, Springfield"
    with app_server(env, tmp_path / "app.log") as (base, _proc), chromium(tmp_path) as page:
        page.set_default_timeout(20_000)
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
        yield base, page, note_id


def test_review_finish_sign_amend_print(app, tmp_path):
    """Items 2, 3, 6, 9, 10: the note as written, copy per section, Cancel, marks inline, grouped review
    items that play their moment, honest sync status, Amend after signing, the printed note."""
    base, page, note_id = app
    login(page, base)
    header = page.locator("[data-testid=sync-global]")
    assert "no signed notes yet" in header.inner_text()  # not "all sent" before any note was signed
    assert "(clinician,admin)" not in page.content()

    page.goto(f"{base}/review/{note_id}")
    page.locator("[data-testid=flags]").wait_for()
    body = page.locator("body").inner_text()
    assert "degF" not in body and "°F" in body
    assert "omission:" not in body and "unsupported:" not in body and "notice:" not in body
    # omissions are one item; "blood pressure" is in the note already, so it is not asked about
    omissions = page.locator("[data-testid=flags] [data-kind=omission]")
    assert omissions.count() == 1
    assert "weight loss" in omissions.inner_text() and "blood pressure" not in omissions.inner_text()

    # a review item plays its moment: the notice "at 12 s" marks that line and loads that stretch
    page.locator(".review-item", has_text="at 12 s").click()
    page.locator("mark.evidence").first.wait_for()
    src = page.locator("[data-testid=player]").get_attribute("src")
    assert src and src.startswith("/audio/")
    # a transcript line seeks the whole-recording player
    page.locator(".transcript-line").nth(3).click()
    page.wait_for_function(
        "() => document.querySelector('[data-testid=whole-recording]').currentTime > 1", timeout=20_000
    )
    page.locator(".transcript-line.playing").first.wait_for()  # the transcript follows playback

    if SHOTS:
        page.evaluate("() => window.scrollTo(0, 0)")
        page.screenshot(path=str(Path(SHOTS) / "review.png"), full_page=False)

    # copy one section for an EHR field
    page.locator("[data-testid=copy-plan]").click()
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert copied.startswith("Assessment and plan\n") and "\nStart lisinopril 10 mg" in copied

    # Cancel leaves the section as it was; Save keeps the line breaks typed
    open_editor(page, "plan").fill("Nothing of this is kept.")
    page.locator("[data-testid=cancel-plan]").click()
    assert "Nothing of this is kept" not in page.locator("[data-testid=section-plan]").inner_text()
    plan = "1. Hypertension: start lisinopril 10 mg once daily.\n2. Recheck in 4 weeks, bring 80 mg readings."
    open_editor(page, "plan").fill(plan)
    page.locator("[data-testid=save-plan]").click()
    saved = page.locator("[data-testid=section-plan] .sentence", has_text="Recheck in 4 weeks")
    saved.wait_for()  # the page reloads with the stored version
    shown = saved.inner_text()
    assert shown.splitlines() == plan.splitlines()  # the line break is still there
    # the verifier's mark is written under the statement, not only in a tooltip
    assert page.locator("[data-testid=section-plan] .verifier-mark").count() >= 1

    # sign
    for box in page.locator("[data-testid=flags] .q-checkbox").all():
        box.click()
    page.locator("[data-testid=sign]").click()
    field(page, "sign-password", "input").fill(PASSWORD)
    page.locator("[data-testid=sign-confirm]").click()
    page.locator("[data-testid=signed]").wait_for()
    signed = page.locator("[data-testid=signed]").inner_text()
    assert "UTC" not in signed and ("CST" in signed or "CDT" in signed)
    page.wait_for_function(
        "() => document.querySelector('[data-testid=sync-global]').innerText.includes('queued')", timeout=15_000
    )
    assert "1 queued (no sync server is configured)" in header.inner_text()
    assert "waiting to send" not in header.inner_text()

    # amend after signing
    page.locator("[data-testid=amend]").click()
    field(page, "amend-text", "textarea").fill("Lisinopril was 10 mg, as said.")
    field(page, "amend-reason", "input").fill("Clarify the dose")
    page.get_by_role("button", name="Add amendment").click()
    page.locator("[data-testid=amendment]").wait_for()
    assert "Clarify the dose" in page.locator("[data-testid=amendment]").inner_text()
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / "review-signed.png"), full_page=False)

    # the printed note
    with page.expect_download() as dl:
        page.locator("[data-testid=export]").click()
    pdf = tmp_path / "note.pdf"
    dl.value.save_as(pdf)
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Riverside Family Clinic" in text and "12 Mill Lane, Springfield" in text
    assert "MRN-20931" in text and "Dr Ana Lee, MD" in text and "UTC" not in text and note_id not in text
    assert "1. Hypertension: start lisinopril 10 mg once daily." in text
    assert "Confirm the dose" not in text and "weight loss" not in text
    if SHOTS and shutil.which("pdftoppm"):  # the printed note as a picture, for docs/app.md
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(Path(SHOTS) / "note-pdf")], check=True
        )


def test_record_without_a_microphone_leaves_no_visit(app):
    """Item 9: Record with no microphone says so and leaves no visit behind."""
    base, page, _note_id = app
    login(page, base)
    before = page.locator("[data-status]").count()
    page.get_by_role("button", name="New visit", exact=True).click()
    page.wait_for_url("**/record")
    page.get_by_role("button", name="Record (R)").click()
    page.locator("[data-testid=record-error]").filter(has_text="microphone").wait_for()
    page.goto(f"{base}/")
    page.locator("[data-status]").first.wait_for()
    assert page.locator("[data-status]").count() == before
    assert page.locator("[data-status=recording]").count() == 0


def test_keyboard_reaches_every_statement_and_fact(app):
    """Item 10: Tab reaches statements and facts; Enter on a fact shows its evidence."""
    base, page, note_id = app
    login(page, base)
    page.goto(f"{base}/review/{note_id}")
    page.locator("[data-testid=flags]").wait_for()
    reached = set()
    for _ in range(80):
        page.keyboard.press("Tab")
        cls = page.evaluate("() => document.activeElement.className || ''")
        reached |= {c for c in ("sentence", "fact", "review-item", "transcript-line") if c in cls.split()}
        if {"sentence", "fact"} <= reached:
            break
    assert {"sentence", "fact"} <= reached
    page.locator(".fact[data-kind=medication]").first.focus()
    page.keyboard.press("Enter")
    page.locator("mark.evidence").first.wait_for()
    unnamed = page.evaluate(
        """() => [...document.querySelectorAll('button')].filter(b => !(b.getAttribute('aria-label') ||
             b.innerText.trim().replace(/^[a-z_]+$/, ''))).map(b => b.outerHTML.slice(0, 120))"""
    )
    assert unnamed == []


def test_every_page_has_no_serious_accessibility_problem(app):
    """Item 10 / WCAG 2.1 AA: axe-core on unlock, visits, new visit, review and settings."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed (scripts/setup.sh puts it in .axe/)")
    base, page, note_id = app
    found = {}
    page.goto(f"{base}/")
    page.wait_for_url("**/unlock")
    found["unlock"] = axe_findings(page)
    shot(page, "unlock")
    login(page, base)
    found["visits"] = axe_findings(page)
    shot(page, "visits")
    for path, ready in (
        ("/record", "[data-testid=record]"),
        (f"/review/{note_id}", "[data-testid=flags]"),
        ("/settings", "[data-testid=save-settings]"),
    ):
        page.goto(base + path)
        page.locator(ready).wait_for()
        found[path] = axe_findings(page)
        if path in ("/record", "/settings"):
            shot(page, path.strip("/"))
    found = {name: problems for name, problems in found.items() if problems}
    assert found == {}, "serious or critical accessibility problems:\n" + json.dumps(found, indent=1)


def test_import_shows_real_progress_and_survives_the_lock(app, tmp_path):
    """Items 4 and 5: the working page says what it does in words with a real measure, shows the draft as
    sentences (never raw JSON); locking during an import neither stops nor hides it. (A percent of the
    audio shows only where the transcriber reports progress inside a window; see the report.)"""
    base, page, _note_id = app
    login(page, base)
    page.get_by_role("button", name="New visit", exact=True).click()
    page.wait_for_url("**/record")
    page.get_by_label("Patient identifier (MRN)").fill("MRN-7001")
    page.locator("input[type=file]").set_input_files(str(render_encounter("htn-followup", tmp_path)))
    page.wait_for_url("**/working/**")
    working = page.url
    stage = page.locator("[data-testid=stage]")
    # human stage names with a measure: percent of the audio where the transcriber reports it, else the time
    # so far with a moving (indeterminate) bar, never a bar stuck at 0
    page.wait_for_function(
        "() => /^Transcribing the recording(: \\d+ % of the audio| \\(\\d+:\\d\\d so far\\))/"
        ".test(document.querySelector('[data-testid=stage]')?.innerText || '')",
        timeout=120_000,
    )
    bar = page.locator("[data-testid=progress]")
    value = bar.get_attribute("aria-valuenow")
    assert "transcribe" not in stage.inner_text()
    moving = bar.locator(".q-linear-progress__model--indeterminate").count() > 0
    assert (value is not None and float(value) > 0) or moving
    if SHOTS:
        page.wait_for_timeout(2500)  # a few seconds in, as a clinician sees it
        page.screenshot(path=str(Path(SHOTS) / "progress.png"), full_page=False)
    # lock now (as the idle lock does), unlock: the import is listed in Visits, or already made its note
    page.goto(f"{base}/lock")
    page.wait_for_url("**/unlock")
    login(page, base)
    running = page.locator("[data-testid=running-jobs]")
    if running.count():
        assert "Importing" in running.inner_text() and "MRN-7001" in running.inner_text()
        page.goto(working)
    else:
        page.get_by_text("MRN-7001").first.wait_for()
    if "/working/" in page.url:
        # while the model writes, the preview shows sentences, never the raw JSON it streams
        for _ in range(600):
            try:
                text = "".join(page.locator("[data-testid=tokens]").all_inner_texts())
            except Exception:  # the page went on to the review while we looked  # noqa: BLE001
                break
            assert not text.lstrip().startswith("{")
            if text.strip() and SHOTS:
                page.screenshot(path=str(Path(SHOTS) / "progress.png"), full_page=False)
                break
            if "/review/" in page.url:
                break
            page.wait_for_timeout(200)
        page.wait_for_url("**/review/**", timeout=300_000)


def _redraft(page, base: str, note_id: str, template: str) -> None:
    page.get_by_label("Template").click()
    page.get_by_role("option", name=template, exact=True).click()
    page.get_by_role("button", name="Re-draft").click()
    page.wait_for_url("**/working/**")
    page.wait_for_url(f"{base}/review/{note_id}", timeout=240_000)  # the bundled model drafts it again


def test_edits_survive_a_template_switch_facts_rewrite_the_note_and_search_finds_it(app):
    """Items 1, 7 and 8 in the browser: an edited section survives switching the template and back and a
    reload; correcting a fact re-writes the drafted statement; search finds the clinician's words and the
    patient identifier, with the hits marked (no raw brackets)."""
    base, page, note_id = app
    login(page, base)
    page.goto(f"{base}/review/{note_id}")
    typed = "Start lisinopril 10 mg once daily.\nHome blood pressure readings twice a day, logbook."
    open_editor(page, "plan").fill(typed)
    page.locator("[data-testid=save-plan]").click()
    page.locator("[data-testid=section-plan] .sentence", has_text="logbook").wait_for()

    # item 1: another template, then back: the edit is there (every draft is a stored version)
    _redraft(page, base, note_id, "patient-instructions")
    assert "logbook" not in page.locator("body").inner_text()  # the handout is another document
    _redraft(page, base, note_id, "soap")
    page.locator("[data-testid=section-plan] .sentence", has_text="logbook").wait_for()
    page.reload()
    assert (
        "Home blood pressure readings twice a day, logbook." in page.locator("[data-testid=section-plan]").inner_text()
    )

    # item 7: correct a fact; the drafted statement that named it follows (the clinician's text does not)
    page.get_by_role("button", name="Correct metformin").first.click()
    page.get_by_label("Dose").fill("1000 mg")
    page.locator("[data-testid=fact-save]").click()
    page.locator("[data-testid=facts] .fact", has_text="metformin 1000 mg").wait_for()
    subjective = page.locator("[data-testid=section-subjective]").inner_text()
    assert "metformin 1000 mg" in subjective and "metformin 500 mg" not in subjective
    assert "logbook" in page.locator("[data-testid=section-plan]").inner_text()

    # item 8: search finds the clinician's own words and the patient identifier, hits marked, no brackets
    for words in ("logbook", "MRN-20931"):
        page.goto(f"{base}/")
        field(page, "search", "input").fill(words)
        page.wait_for_timeout(1000)  # the search is debounced
        rows = page.locator("[data-testid^=visit-]")
        rows.first.wait_for()
        assert rows.count() == 1 and "MRN-20931" in rows.first.inner_text()
        assert "[" not in rows.first.inner_text()
        if words == "logbook":  # the hit in the note's text is marked
            assert page.locator("[data-testid^=visit-] mark").count() >= 1
