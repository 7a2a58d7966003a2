"""The printed/exported note (issue 16, item 2): patient identifier, visit date and time in the clinic's time
zone, clinician name and credentials, the letterhead from the settings, sections as written (the line breaks
the clinician typed kept), and nothing internal: no verifier notices, template hash, 32-character id or UTC."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime

import pytest

from tests.conftest import make_result

PASSWORD = "a long password 1"


def pdf_text(data: bytes, tmp_path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "note.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def clinician(services):
    from engine.auth import has_users

    if not has_users(services.store):
        services.add_user("admin", PASSWORD, "clinician,admin", "Dr Admin")
    services.login("admin", PASSWORD)
    yield services
    services.user = None


def test_printed_note_says_who_when_and_what_as_written(clinician, monkeypatch, tmp_path):
    from engine.store.tables import Note, Visit
    from engine.store.visits import save_result

    services = clinician
    result = make_result("htn-followup")
    result.draft.notes.append("A dose was said at 56 s but not written; check it.")
    result.draft.omissions.append("blood pressure")
    save_result(services.store, result, None, actor="test", patient_identifier="MRN-20931")
    with services.store.session() as s:  # a visit at 13:05 UTC = 14:05 in Berlin (winter)
        visit = s.get(Visit, result.visit_id)
        visit.created_at = datetime(2026, 11, 21, 13, 5, tzinfo=UTC)
        s.add(visit)
    monkeypatch.setattr(services.settings, "letterhead", "Riverside Family Clinic\n12 Mill Lane, Springfield")
    monkeypatch.setattr(services.settings, "clinic_timezone", "Europe/Berlin")
    monkeypatch.setattr(services.settings, "clinician_credentials", "MD")
    plan = "1. Hypertension: continue lisinopril 10 mg daily.\n2. Recheck blood pressure in 4 weeks."
    services.edit_section(result.note_id, "plan", plan)
    services.sign(result.note_id, "admin", acknowledge_all=True)
    with services.store.session() as s:
        signed_at = s.get(Note, result.note_id).signed_at

    text = pdf_text(services.pdf_bytes(result.note_id), tmp_path)

    assert "Riverside Family Clinic" in text and "12 Mill Lane, Springfield" in text
    assert "MRN-20931" in text
    assert "2026-11-21 14:05 CET" in text  # the visit, in the clinic's zone
    assert "Dr Admin, MD" in text
    local = signed_at.replace(tzinfo=UTC).astimezone(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))
    assert f"{local:%Y-%m-%d %H:%M}" in text
    assert "UTC" not in text
    # the Plan as typed: two lines, not one paragraph
    lines = [line.strip() for line in text.splitlines()]
    assert "1. Hypertension: continue lisinopril 10 mg daily." in lines
    assert "2. Recheck blood pressure in 4 weeks." in lines
    # nothing internal
    assert result.note_id not in text and not re.search(r"\b[0-9a-f]{32}\b", text)
    assert "@" not in text  # no template@hash
    assert "verifier" not in text.lower() and "A dose was said" not in text
    assert "In the visit but not in this note" not in text
    assert result.note_id[:8].upper() in text  # a short reference is enough


def test_clinic_time_defaults_to_this_computers_zone():
    from engine.export.pdf import clinic_time

    at = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    local = at.astimezone()
    assert clinic_time(at).startswith(f"{local:%Y-%m-%d %H:%M}")
    assert clinic_time(at, "Asia/Tokyo") == "2026-01-02 12:04 JST"
    assert clinic_time(at, "Not/AZone").startswith(f"{local:%Y-%m-%d %H:%M}")
