"""The catalogues: every message translated into Burmese with the same placeholders, and the files current."""

import gettext

import pytest
from babel.messages.catalog import Catalog

from i18n import catalogue


def _template(*messages):
    template = Catalog()
    for message in messages:
        template.add(message)
    return template


def _translated(pairs, fuzzy=()):
    catalog = Catalog(locale="my")
    for message, string in pairs.items():
        catalog.add(message, string, flags=("fuzzy",) if message in fuzzy else ())
    return catalog


def test_the_template_holds_every_marked_message_of_the_sources():
    assert catalogue._keys(catalogue.read(catalogue.TEMPLATE)) == catalogue._keys(catalogue.extract())


@pytest.mark.parametrize("language", catalogue.TRANSLATED)
def test_every_message_is_translated_with_matching_placeholders(language):
    problems = catalogue.message_problems(
        catalogue.read(catalogue.po_path(language), language), catalogue.read(catalogue.TEMPLATE)
    )
    assert problems == []


@pytest.mark.parametrize("language", catalogue.TRANSLATED)
def test_the_committed_compiled_catalogue_matches_its_po_file(language):
    assert catalogue.mo_path(language).read_bytes() == catalogue.compiled_bytes(language)


@pytest.mark.parametrize("language", catalogue.TRANSLATED)
def test_the_compiled_catalogue_is_readable_by_the_standard_library(language):
    with open(catalogue.mo_path(language), "rb") as compiled:
        assert gettext.GNUTranslations(compiled).gettext("Overview") != "Overview"


def test_an_untranslated_message_is_reported():
    assert catalogue.message_problems(_translated({}), _template("Strike")) == ["untranslated: Strike"]


def test_an_empty_translation_is_reported():
    assert catalogue.message_problems(_translated({"Strike": ""}), _template("Strike")) == ["untranslated: Strike"]


def test_a_fuzzy_translation_is_reported():
    problems = catalogue.message_problems(_translated({"Strike": "သပိတ်"}, fuzzy={"Strike"}), _template("Strike"))
    assert problems == ["fuzzy: Strike"]


@pytest.mark.parametrize(
    ("message", "string"),
    [("{count} strikes", "သပိတ် {number} ခု"), ("%(name)s founded", "တည်ထောင်သည်"), ("%s days", "%d ရက်")],
)
def test_a_placeholder_mismatch_is_reported(message, string):
    problems = catalogue.message_problems(_translated({message: string}), _template(message))
    assert problems == [f"placeholders differ: {message}"]


def test_reordered_placeholders_are_accepted():
    message = "{low} to {high} people"
    assert catalogue.message_problems(_translated({message: "လူ {low} မှ {high} အထိ"}), _template(message)) == []


def test_doubled_braces_are_not_placeholders():
    assert catalogue.placeholders("{{literal}} {name}") == catalogue.placeholders("{name}")


def test_a_zawgyi_translation_is_reported():
    problems = catalogue.message_problems(_translated({"Myanmar": "ျမန္မာ"}), _template("Myanmar"))
    assert problems == ["Zawgyi-encoded: Myanmar"]


def test_a_translation_not_in_nfc_is_reported():
    decomposed = "\u1025\u102e"  # ဥ + ီ, which NFC composes into ဦ (U+1026)
    problems = catalogue.message_problems(_translated({"U": decomposed}), _template("U"))
    assert problems == ["not NFC-normalised: U"]
