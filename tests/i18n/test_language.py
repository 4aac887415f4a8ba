"""The current language: English by default, set per run, restored after a block, kept apart between threads."""

import threading

import pytest

import i18n


def test_english_is_the_default_language():
    assert i18n.current_language() == "en"


def test_use_language_switches_inside_the_block_and_restores_after():
    with i18n.use_language("my"):
        assert i18n.current_language() == "my"
    assert i18n.current_language() == "en"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        i18n.set_language("fr")


def test_a_language_set_in_one_thread_does_not_leak_into_another():
    seen = {}

    def reader():
        seen["other"] = i18n.current_language()

    with i18n.use_language("my"):
        thread = threading.Thread(target=reader)
        thread.start()
        thread.join()
    assert seen["other"] == "en"


def test_english_messages_come_back_unchanged():
    assert i18n.gettext("Overview") == "Overview"


def test_burmese_messages_come_from_the_compiled_catalogue():
    with i18n.use_language("my"):
        assert i18n._("Overview") == "ခြုံငုံသုံးသပ်ချက်"


def test_a_message_without_translation_falls_back_to_its_english_text():
    with i18n.use_language("my"):
        assert i18n.gettext("A sentence no catalogue holds") == "A sentence no catalogue holds"


def test_ngettext_gives_the_english_plural_by_count():
    assert i18n.ngettext("strike", "strikes", 1) == "strike"
    assert i18n.ngettext("strike", "strikes", 3) == "strikes"


def test_pgettext_without_a_translation_returns_the_message():
    with i18n.use_language("my"):
        assert i18n.pgettext("chart", "Not in the catalogue") == "Not in the catalogue"


def test_n_marks_without_translating():
    with i18n.use_language("my"):
        assert i18n.N_("Overview") == "Overview"


def test_the_language_package_never_imports_streamlit_or_the_project():
    sources = " ".join(path.read_text() for path in __import__("pathlib").Path(i18n.__file__).parent.glob("*.py"))
    for forbidden in ("import streamlit", "from streamlit", "from transforms", "from charts", "from ui", "from views",
                      "from vocabulary", "import transforms", "import charts", "import vocabulary"):
        assert forbidden not in sources
