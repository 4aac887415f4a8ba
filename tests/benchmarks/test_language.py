"""`python -m benchmarks --language my`: the addresses it opens, its language checks and its own report section."""

from __future__ import annotations

import pytest

from benchmarks import inprocess, report
from benchmarks.__main__ import parse_args
from benchmarks.language import (
    LANGUAGES,
    document_language_error,
    language_note,
    page_url,
    script_share,
    text_language_error,
)
from tests.benchmarks.test_report import BUDGETS, SECTION, good_page, make_run

BURMESE = "၁၉၈၈ နှင့် ၂၀၂၁ အရေးအခင်းများ နှိုင်းယှဉ်ချက်"
ENGLISH = "Two Myanmar uprisings compared"


# --- the addresses a reader of each language opens -------------------------------------------


def test_an_english_reader_opens_the_page_address_without_a_language():
    assert page_url("http://127.0.0.1:8571", "timeline", "en") == "http://127.0.0.1:8571/timeline"
    assert page_url("http://127.0.0.1:8571", "", "en") == "http://127.0.0.1:8571/"
    assert page_url("http://127.0.0.1:8571", "map") == "http://127.0.0.1:8571/map"


def test_a_burmese_reader_opens_every_page_with_lang_my():
    assert page_url("http://127.0.0.1:8571", "timeline", "my") == "http://127.0.0.1:8571/timeline?lang=my"
    assert page_url("http://127.0.0.1:8571", "", "my") == "http://127.0.0.1:8571/?lang=my"


def test_the_language_option_defaults_to_english_and_accepts_burmese():
    assert parse_args([]).language == "en"
    assert parse_args(["--language", "my"]).language == "my"


def test_the_language_option_refuses_a_language_the_dashboard_does_not_have():
    with pytest.raises(SystemExit):
        parse_args(["--language", "fr"])


# --- a page that came out in another language is an error -----------------------------------


def test_script_share_counts_the_language_s_letters_among_all_letters():
    assert script_share("abc" + "ကခဂ", "my") == 0.5
    assert script_share("1988 – 2021", "my") is None


def test_a_page_in_burmese_passes_the_text_check():
    assert text_language_error(BURMESE + " (CDM)", "my") is None


def test_a_page_in_english_fails_the_burmese_text_check_naming_the_share():
    error = text_language_error(ENGLISH + " " + "ရန်ကုန်", "my")
    assert error is not None
    assert error.startswith("the page came out in English, not lang=my")
    assert "at least 60% expected" in error


def test_a_page_without_letters_fails_the_burmese_text_check():
    assert "no letters at all" in text_language_error("", "my")


def test_english_pages_have_no_script_to_check():
    assert text_language_error(BURMESE, "en") is None


def test_the_browser_page_must_declare_the_language_asked_for():
    assert document_language_error("my", "my") is None
    error = document_language_error("en", "my")
    assert error == "the browser page's <html lang> is 'en', not 'my': it did not open in the language asked for"
    assert document_language_error(None, "my") is not None


def test_a_language_error_of_a_page_is_a_missed_budget_in_the_report():
    page = good_page(errors=[text_language_error(ENGLISH, "my")])
    [miss] = report.check_budgets([page], [5.0], 300 * report.MB, BUDGETS)
    assert miss.budget == "page ran without error" and "came out in English" in miss.measured


def test_an_error_seen_by_several_runs_is_recorded_once():
    errors: list[str] = []
    for _ in range(3):
        report.add_error(errors, document_language_error("en", "my"))
    report.add_error(errors, None)
    assert len(errors) == 1


# --- in process: AppTest runs with the language's query parameter ----------------------------


def write_app(tmp_path, body: str):
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\n" + body, encoding="utf-8")
    return script


def test_apptest_runs_the_script_with_the_lang_query_parameter(tmp_path):
    at = inprocess._app(write_app(tmp_path, 'st.markdown("lang=" + st.query_params.get("lang", "none"))\n'), "my")
    at.run()
    assert inprocess.page_text(at) == "lang=my"


def test_apptest_runs_english_without_a_lang_query_parameter(tmp_path):
    at = inprocess._app(write_app(tmp_path, 'st.markdown("lang=" + st.query_params.get("lang", "none"))\n'), "en")
    at.run()
    assert inprocess.page_text(at) == "lang=none"


def test_an_apptest_page_in_english_is_recorded_as_an_error_of_a_burmese_run(tmp_path):
    at = inprocess._app(write_app(tmp_path, f'st.title("{ENGLISH}")\nst.caption("Sources below")\n'), "my")
    at.run()
    result = inprocess.PageTimes()
    assert inprocess._check_language(at, result, "my") is False
    assert len(result.errors) == 1 and "came out in English" in result.errors[0]


def test_an_apptest_page_in_burmese_passes(tmp_path):
    at = inprocess._app(write_app(tmp_path, f'st.title("{BURMESE}")\nst.markdown("**{BURMESE}** (CDM)")\n'), "my")
    at.run()
    result = inprocess.PageTimes()
    assert inprocess._check_language(at, result, "my") is True
    assert result.errors == []


# --- each language writes its own section ----------------------------------------------------


def test_every_language_of_the_dashboard_has_a_section_heading():
    assert set(report.HEADINGS) == set(LANGUAGES)


def test_english_keeps_the_section_markers_it_always_had():
    assert report.section_markers("en") == ("<!-- benchmarks:start -->", "<!-- benchmarks:end -->")


def test_burmese_has_markers_of_its_own():
    assert report.section_markers("my") == ("<!-- benchmarks-my:start -->", "<!-- benchmarks-my:end -->")


def burmese_run():
    run = make_run([good_page("overview", path="")])
    run.language = "my"
    run.notes = [language_note("my")]
    return run


def test_the_burmese_section_has_its_markers_heading_and_command():
    text = report.markdown_section(burmese_run(), BUDGETS, [])
    assert text.startswith("<!-- benchmarks-my:start -->\n## Speed, Burmese pages (`lang=my`)\n")
    assert text.rstrip().endswith("<!-- benchmarks-my:end -->")
    assert "Written by `python -m benchmarks --language my`" in text
    assert "- Note: every page opened with `?lang=my`" in text
    assert "<!-- benchmarks:start -->" not in text


MY_SECTION = "<!-- benchmarks-my:start -->\n## Speed, Burmese pages (`lang=my`)\n\nBurmese numbers\n<!-- benchmarks-my:end -->\n"


def test_the_first_burmese_run_appends_its_section_and_keeps_the_english_one():
    existing = f"# Benchmarks\n\n{SECTION}"
    assert report.replace_section(existing, MY_SECTION, "my") == f"# Benchmarks\n\n{SECTION}\n{MY_SECTION}"


def test_a_burmese_run_replaces_only_the_burmese_section():
    existing = f"# Benchmarks\n\n{SECTION}\n{MY_SECTION}\n## Many readers\n"
    new_burmese = MY_SECTION.replace("Burmese numbers", "newer Burmese numbers")
    assert report.replace_section(existing, new_burmese, "my") == f"# Benchmarks\n\n{SECTION}\n{new_burmese}\n## Many readers\n"


def test_an_english_run_replaces_only_the_english_section():
    existing = f"# Benchmarks\n\n{SECTION}\n{MY_SECTION}"
    new_english = SECTION.replace("new numbers", "newer numbers")
    assert report.replace_section(existing, new_english) == f"# Benchmarks\n\n{new_english}\n{MY_SECTION}"
