"""Myanmar text layout: syllable breaks, display widths and wrapping that never relies on spaces alone."""

import textwrap

import pytest

from i18n.text import MYANMAR_WIDTH, syllables, text_width, wrap

LONG_BURMESE = "ဒေါ်စုကြည်သည် ရွှေတိဂုံဘုရား အနောက်မုခ်တွင် လူထုအစည်းအဝေးကြီးကို မိန့်ခွန်းပြောကြားရာ ၅၀၀,၀၀၀ ကျော်ဟု ဆိုသည်။"
NO_SPACES = "ကိုယ်ထူကိုယ်ထစည်းရုံးမှုနှင့်ပြည်သူ့ကာကွယ်ရေးတပ်"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("မန္တလေး", ["မန္တ", "လေး"]),
        ("ကျောင်းသားသမဂ္ဂ", ["ကျောင်း", "သား", "သ", "မဂ္ဂ"]),
        ("ပြည်သူ့ကာကွယ်ရေးတပ်", ["ပြည်", "သူ့", "ကာ", "ကွယ်", "ရေး", "တပ်"]),
        ("ဒေါ်အောင်ဆန်းစုကြည်", ["ဒေါ်", "အောင်", "ဆန်း", "စု", "ကြည်"]),
        ("သင်္ဘော", ["သင်္ဘော"]),
        ("ဩဂုတ်", ["ဩ", "ဂုတ်"]),
    ],
)
def test_myanmar_words_split_into_their_syllables(word, expected):
    assert syllables(word) == expected


def test_syllables_join_back_to_the_text():
    assert "".join(syllables(NO_SPACES)) == NO_SPACES


def test_combining_marks_take_no_width():
    assert text_width("ကည့်") == text_width("ကည") == 2 * MYANMAR_WIDTH


def test_latin_letters_are_one_unit_wide():
    assert text_width("NLD 1990") == 8


def test_english_wraps_exactly_as_textwrap_does():
    text = "General strike (8 Aug 1988) to SLORC coup (18 Sep 1988)"
    assert wrap(text, 20) == textwrap.wrap(text, 20)


def test_burmese_without_spaces_still_wraps_within_the_width():
    lines = wrap(NO_SPACES, 12)
    assert len(lines) > 1
    assert all(text_width(line) <= 12 for line in lines)
    assert "".join(lines) == NO_SPACES


def test_burmese_breaks_at_spaces_when_phrases_fit():
    lines = wrap(LONG_BURMESE, 30)
    assert " ".join(lines) == LONG_BURMESE
    assert all(text_width(line) <= 30 for line in lines)


def test_a_number_in_myanmar_digits_is_never_split():
    assert any("၅၀၀,၀၀၀" in line for line in wrap(LONG_BURMESE, 10))


def test_the_sentence_mark_never_starts_a_line():
    assert not any(line.startswith("။") for line in wrap("ဆိုသည်။ဆိုသည်။ဆိုသည်။", 4))
