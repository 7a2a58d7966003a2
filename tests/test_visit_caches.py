"""A visit's words do not outlive its note in the extractor's caches (docs/security.md, "Memory")."""

from __future__ import annotations

from engine.clinical.extract import extract
from engine.clinical.text_caches import cached_entries
from engine.config import Settings
from engine.evaluation import text_transcript
from engine.services import Services
from tests.conftest import PASSPHRASE

VISIT = [
    ("clinician", "Any family history? And what do you take?"),
    ("patient", "My mother had diabetes. I take metformin 500 milligrams twice a day for my sugar."),
]


def test_the_caches_hold_the_visit_while_it_is_read_and_nothing_after_its_draft(tmp_path):
    svc = Services(settings=Settings(home=tmp_path, passphrase=PASSPHRASE, keyring=False), use_llm=False)
    try:
        t = text_transcript(VISIT)
        facts = extract(t)
        assert cached_entries() > 0  # the sentences were read through the caches
        svc.draft(t, facts, "soap")
        assert cached_entries() == 0
        again = extract(t)  # emptied caches only cost time: the facts are the same
        assert [f.label() for f in again] == [f.label() for f in facts]
    finally:
        svc.close()


def test_an_evaluation_keeps_no_visit_after_scoring_it(tmp_path):
    import json

    from engine.evaluation import eval_encounters

    (tmp_path / "v1.json").write_text(json.dumps({"lines": [list(x) for x in VISIT], "facts": {}}))
    eval_encounters(tmp_path, None)
    assert cached_entries() == 0
