"""Heart failure told in everyday words: lying flat said by how one sleeps, waking as if drowning, breath told by
"huffing" (batch 16's misses, fixed as classes)."""

from fact_readers import facts, symptoms


def test_cant_sleep_flat_is_orthopnea_not_insomnia():
    got = symptoms(facts("How is she?", "Her legs are swollen. And she can't sleep flat anymore."))
    assert got.get("orthopnea") == "present"
    assert "insomnia" not in got


def test_cant_sleep_is_still_insomnia():
    assert symptoms(facts("How are you sleeping?", "I can't sleep, my mind races.")).get("insomnia") == "present"


def test_waking_as_if_drowning():
    got = symptoms(facts("And at night?", "Two nights she woke up like she was drowning, she had to sit up."))
    assert got.get("paroxysmal nocturnal dyspnea") == "present"


def test_huffing_is_breathlessness():
    got = symptoms(facts("How's the breathing?", "i'm huffin when i'm out feeding the cows in the cold"))
    assert got.get("shortness of breath") == "present"


def test_huffing_denied_is_never_present():
    got = symptoms(facts("Any huffing and puffing on the stairs?", "No, none of that."))
    assert got.get("shortness of breath") == "absent"
