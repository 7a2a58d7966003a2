"""Past operations named by what they were for: "I was operated for the appendix", "I did hernia operation"
(West and East African and South Asian English)."""

from fact_readers import facts, surgical


def test_operated_for_the_appendix():
    fs = facts("Any other illness?", "No. Only I was operated for the appendix, that was 2019.")
    assert "appendectomy" in surgical(fs)


def test_did_hernia_operation():
    fs = facts("Operations?", "I had typhoid before. And I did hernia operation, 2010, the right side.")
    assert "hernia repair" in surgical(fs)


def test_a_relatives_operation_is_not_the_patients():
    fs = facts("Operations?", "None. My brother was operated for the appendix last year.")
    assert "appendectomy" not in surgical(fs)


def test_never_operated_is_no_operation():
    fs = facts("Any operations?", "No, I never had hernia surgery.")
    assert "hernia repair" not in surgical(fs)
