"""The About page's section on the translation, in English, and the whole page in Burmese (`lang=my`)."""

from __future__ import annotations

import re

import pytest
from tests.views.apptest import run_app
from transforms.localise import translated_share
from transforms.readings import about as about_reading

PAGE = "views/about_page.py"
MYANMAR_LETTER = re.compile(r"[\u1000-\u109f]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


@pytest.fixture(scope="module")
def english():
    return run_app(page=PAGE)


@pytest.fixture(scope="module")
def burmese():
    return run_app(page=PAGE, timeout=60, lang="my")


def texts(at) -> str:
    return "\n".join(str(e.value) for e in [*at.title, *at.header, *at.subheader, *at.markdown, *at.caption])


def test_the_page_says_the_translation_was_made_in_the_project_and_invites_corrections(english):
    text = texts(english)
    assert "The Burmese translation" in [header.value for header in english.header]
    assert "translated within this project, not by a professional translator" in text
    assert "the project's issue tracker" in text
    assert "`docs/glossary-my.md`" in text


def test_the_translated_share_is_shown_per_table_and_column(english, tables):
    share = translated_share(tables)
    shown = english.table[0].value
    assert list(shown.columns) == ["column", "translated", "share"]
    assert shown["column"].tolist() == (share["table"] + "." + share["column"]).tolist()
    assert shown["translated"].tolist() == [f"{done:,} / {rows:,}" for done, rows in zip(share["translated"], share["rows"])]
    assert shown["share"].iloc[0].endswith("%")


def test_the_translated_share_is_read_in_one_line(english, tables):
    assert about_reading.translation_reading(translated_share(tables)) in texts(english)


def test_the_burmese_page_renders_without_error(burmese):
    assert not burmese.exception
    assert burmese.title[0].value == "ဤဒက်ရှ်ဘုတ်အကြောင်း"


def test_most_letters_of_the_burmese_page_are_myanmar_script(burmese):
    text = texts(burmese)
    myanmar, latin = len(MYANMAR_LETTER.findall(text)), len(LATIN_LETTER.findall(text))
    assert myanmar / (myanmar + latin) > 0.6


def test_the_burmese_share_table_has_burmese_headers_and_myanmar_digits(burmese):
    shown = burmese.table[0].value
    assert list(shown.columns) == ["ကော်လံ", "ဘာသာပြန်ပြီး", "ရာခိုင်နှုန်း"]
    assert all(re.fullmatch(r"[၀-၉,]+ / [၀-၉,]+", value) for value in shown["ဘာသာပြန်ပြီး"])
    assert all(re.fullmatch(r"[၀-၉.]+%", value) for value in shown["ရာခိုင်နှုန်း"])


def test_the_burmese_category_table_is_translated(burmese):
    categories = burmese.dataframe[0].value
    assert list(categories.columns) == ["အမျိုးအစား", "၁၉၈၈ အရေးတော်ပုံ", "၂၀၂၁ လှုပ်ရှားမှု"]
    assert "သပိတ်" in categories["အမျိုးအစား"].tolist()


def test_burmese_day_zero_is_a_burmese_date(burmese):
    text = texts(burmese)
    assert "**၁၉၈၈ အရေးတော်ပုံ — ၁၉၈၈ ခုနှစ် မတ်လ ၁၂ ရက်။**" in text
    assert "[ရင်းမြစ်](" in text

