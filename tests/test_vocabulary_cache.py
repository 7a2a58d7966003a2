"""The problem and symptom vocabularies kept on disk between processes (engine/clinical/vocabulary_cache.py)."""

import json

from engine.clinical import vocabulary, vocabulary_cache
from engine.config import get_settings


def _fresh(monkeypatch, home):
    monkeypatch.setenv("CHARTSIDE_HOME", str(home))
    get_settings.cache_clear()
    vocabulary._indexes.cache_clear()
    vocabulary._found.cache_clear()


def test_a_second_process_reads_what_the_first_built(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    built = vocabulary._indexes()
    path = vocabulary_cache.cache_file()
    assert path is not None and path.exists()
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(vocabulary, "_build", lambda: (_ for _ in ()).throw(AssertionError("rebuilt")))
    assert vocabulary._indexes() == built  # read back, not built again
    assert vocabulary.find_problems("she has high blood pressure")[0][2].code == "I10"
    assert vocabulary.display("I10") == "Essential (primary) hypertension"
    vocabulary._indexes.cache_clear()
    vocabulary._found.cache_clear()
    get_settings.cache_clear()


def test_a_damaged_cache_is_built_again_and_holds_no_patient_text(monkeypatch, tmp_path):
    _fresh(monkeypatch, tmp_path)
    path = vocabulary_cache.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    problems, _ = vocabulary._indexes()
    assert "hypertension" in problems
    data = json.loads(path.read_text())  # rewritten whole
    assert set(data) == {"concepts", "problems", "symptoms", "displays"}
    vocabulary._indexes.cache_clear()
    vocabulary._found.cache_clear()
    get_settings.cache_clear()
