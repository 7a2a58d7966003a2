"""Nothing the clinician typed is lost: re-drafting, switching template and back, or reopening the store
(issue 16). Every draft is a stored version; the clinician's sections come back with their template."""

from __future__ import annotations

from engine.config import Settings
from engine.services import Services
from engine.store.visits import save_result
from tests.conftest import PASSPHRASE, make_result

MINE = "Increase lisinopril to 20 mg once daily.\nRecheck blood pressure in 2 weeks."


def services(home) -> Services:
    return Services(settings=Settings(home=home, passphrase=PASSPHRASE, keyring=False), use_llm=False)


def plan_text(draft) -> str:
    sec = next(s for s in draft.sections if s.key == "plan")
    return " ".join(x.text for x in sec.sentences)


def test_template_switch_and_back_keeps_the_edit(tmp_path):
    svc = services(tmp_path)
    try:
        r = make_result()
        save_result(svc.store, r, None, "test")
        svc.edit_section(r.note_id, "plan", MINE)
        handout = svc.redraft(r.note_id, "patient-instructions")
        assert handout.template.startswith("patient-instructions")
        back = svc.redraft(r.note_id, "soap")
        assert plan_text(back) == MINE  # line break kept
        again = svc.redraft(r.note_id, "soap")  # re-drafting the same template keeps it too
        assert plan_text(again) == MINE
    finally:
        svc.close()
    reopened = services(tmp_path)  # and it is in the store, not in memory
    try:
        assert plan_text(reopened.note_state(r.note_id)[1].draft) == MINE
    finally:
        reopened.close()


def test_search_finds_the_clinicians_words(tmp_path):
    svc = services(tmp_path)
    try:
        r = make_result()
        save_result(svc.store, r, None, "test")
        assert not svc.search("rosuvastatin")
        svc.edit_section(r.note_id, "plan", "Start rosuvastatin 10 mg nightly.")
        hits = svc.search("rosuvastatin")
        assert [h.visit_id for h in hits] == [r.visit_id]
    finally:
        svc.close()
