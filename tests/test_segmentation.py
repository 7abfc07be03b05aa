"""Unit segmentation: prose, bullets, headings, abbreviations, arrows; exact offsets."""
from hypothesis import given, settings
from hypothesis import strategies as st

from notelint.pipeline.segmentation import LineIndex, line_col, split_units


def units(text):
    return [text[s:e] for s, e in split_units(text)]


def test_prose_sentences():
    assert units("She asked about labels. Then she chose a window! Why? Unclear.") == [
        "She asked about labels.", "Then she chose a window!", "Why?", "Unclear."]


def test_bullets_and_headings():
    text = "Concerns:\n- no rollback plan\n* asked abt eval -> went straight to bleu\n1. Strong hire\n\u2022 LNH"
    assert units(text) == ["Concerns:", "no rollback plan", "asked abt eval -> went straight to bleu",
                           "Strong hire", "LNH"]


def test_abbreviations_decimals_and_initials_do_not_split():
    assert units("Used e.g. Spark vs. Flink, approx. 2.5x faster, per Dr. J. Smith.") == [
        "Used e.g. Spark vs. Flink, approx. 2.5x faster, per Dr. J. Smith."]
    assert units("AUC was 0.82 on day 1. Then it fell.") == ["AUC was 0.82 on day 1.", "Then it fell."]
    # the look-back for an abbreviation stops at the longest one: longer words end sentences,
    # an abbreviation glued to a bracket or quote is still one
    assert units("It was counterintuitive. approx. 3 of them (approx. 4) \"approx. 5\" no.") == [
        "It was counterintuitive.", "approx. 3 of them (approx. 4) \"approx. 5\" no."]
    assert units("See xapprox. She left.") == ["See xapprox.", "She left."]


def test_time_unit_ends_a_sentence_only_before_a_capital():
    assert units("Sys design, 50 min. Asked her to design ranking.") == [
        "Sys design, 50 min.", "Asked her to design ranking."]
    assert units("Ran 45 min. over time, then 2 min. later she fixed it.") == [
        "Ran 45 min. over time, then 2 min. later she fixed it."]


def test_terse_lowercase_and_arrows():
    assert units("good q's. asked about w/ b/c -> fine. imo LH") == [
        "good q's.", "asked about w/ b/c -> fine.", "imo LH"]


def test_quotes_and_ellipsis():
    assert units('She said "I would ship it." Then paused... then retracted.') == [
        'She said "I would ship it."', "Then paused... then retracted."]


def test_empty_and_whitespace():
    assert split_units("") == []
    assert split_units(" \n\t\n ") == []
    assert units("- \n-\n---\n") == []


def test_line_col():
    text = "ab\ncd\n\nef"
    idx = LineIndex(text)
    for off in range(len(text)):
        assert idx(off) == line_col(text, off)
    assert idx(3) == (2, 1) and idx(7) == (4, 1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XYZ.!?-*\n\t:;0123456789\"'>\u2022")), max_size=200))
def test_offsets_are_exact_ordered_and_single_line(text):
    prev = 0
    for s, e in split_units(text):
        assert 0 <= prev <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip() and "\n" not in piece
        prev = e
