"""Past operations said the short way: the part for its operation in the answer to "Any surgeries?", even
after an opening "Nope.", an organ "they removed", an operation "for" or "on" what it treated."""

import pytest
from fact_readers import facts, surgical


@pytest.mark.parametrize(
    ("question", "answer", "operation"),
    [
        ("Any surgeries?", "Nope. Just the gallbladder from way back.", "cholecystectomy"),
        ("Have you had any operations?", "No. Well, the appendix when I was a kid.", "appendectomy"),
        ("Any surgery in the past?", "Just the hernia, years ago.", "hernia repair"),
        ("Any surgery?", "A hernia when I was a baby.", "hernia repair"),
        ("Any previous operations?", "Gallbladder and a hernia repair.", "cholecystectomy"),
        ("Any operations?", "Only my knee, the right one, in 2015.", "knee surgery"),
        ("Operations?", "Uterus they removed, twenty years back.", "hysterectomy"),
        ("Anything else?", "I did have a hernia operation at the district hospital, long time.", "hernia repair"),
        ("Anything else?", "I had emergency surgery for my appendix.", "appendectomy"),
        ("Anything else?", "I had a big operation on my stomach in 2012.", "stomach surgery"),
    ],
)
def test_operation_said_the_short_way(question, answer, operation):
    assert operation in surgical(facts(question, answer))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Any surgeries?", "Never. Just my knee pain since 2015."),
        ("Any surgeries?", "No. My knee is fine, it's just the pain."),
        ("Any operations?", "My gallbladder, no, they never took it out."),
        ("Any surgeries?", "No. My hip hurts though. I've had it for years."),
        ("Anything else?", "They said I need an operation for the gallbladder."),
        ("Anything else?", "The operation went well, they said."),
        # a review's cases: a relative's, a stone or a fibroid taken out, one booked, a part still there
        ("Anything else?", "My dad had a big operation on his heart."),
        ("Anything else?", "My husband had an emergency operation on his bowel last month."),
        ("Any surgeries?", "No. Just the kidney, they check it every year."),
        ("Anything else?", "I had a kidney stone and the doctors took out the stone with a scope."),
        ("Anything else?", "They found stones in my gallbladder and the surgeon took out the stones in 2019."),
        ("Any operations?", "And the uterus, they removed some fibroids in 2012."),
        ("Anything else?", "I got surgery for my gallbladder scheduled for next month."),
        ("Anything else?", "We did have a hernia operation booked but I cancelled it."),
        ("Any operations?", "No. Just my knee, it's been bad since 2019."),
        ("Any surgeries?", "Nope. Only the gallbladder, it flares up sometimes."),
        ("Any surgeries?", "Nope. Just the tonsils. They're always getting infected."),
        ("Any surgeries?", "Just the hernia, it came up in 2020, they said leave it."),
    ],
)
def test_no_operation_read_where_none_was_had(question, answer):
    assert not surgical(facts(question, answer))


def test_no_big_operation_named_by_its_size():
    assert "big surgery" not in surgical(facts("Anything else?", "I had a big operation on my stomach in 2012."))


def test_a_turn_that_moved_on_does_not_answer_the_question():
    # the answer's opening is long and about something else: the organ after it answers nothing
    fs = facts(
        "Any surgeries?", "No, but my stomach has been really bad for the last three weeks. The gallbladder, maybe?"
    )
    assert "cholecystectomy" not in surgical(fs)
