"""A diagnosis the clinician names while examining ("that's called vaginal atrophy", "this is Bell's palsy",
"yes, it's a middle ear infection") is charted, though the sentence sits in the exam; a finding said as seen
("there's a callus") stays a finding."""

from fact_readers import facts, problems


def test_diagnosis_named_after_asking_leave_to_look():
    fs = facts(
        "Okay, let me have a look at him. Lucas, can I look in your ears with my torch? ... Temperature is "
        "thirty-eight point six, heart rate one twenty-eight.",
        ("other", "He don't like the ear."),
        "Nearly done, good boy. Right ear first, the eardrum looks normal. Left ear, there's some yellow discharge "
        "in the canal, and what I can see of the drum is red. Chest is clear both sides.",
        ("other", "So it is infection?"),
        "Yes, it's a middle ear infection in the left ear, and it's burst through the eardrum.",
    )
    assert "otitis media" in problems(fs)


def test_that_is_called_in_the_exam():
    fs = facts("Let me have a look. And for the dryness, that's called vaginal atrophy, I'll give you a cream.")
    assert problems(fs) & {"atrophy", "vaginal atrophy"}


def test_this_is_in_the_exam():
    fs = facts("Let me have a look at your face. This is Bell's palsy, a weakness of the facial nerve on the left.")
    assert any("palsy" in p for p in problems(fs))


def test_a_finding_seen_is_no_diagnosis():
    fs = facts("Let me have a look at your feet. No sores, and there's a callus on the right big toe here.")
    assert "callus" not in problems(fs)
