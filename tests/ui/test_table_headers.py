from i18n import use_language
from transforms import schema
from ui.table_headers import HEADERS, header


def test_every_column_of_the_data_package_has_a_header():
    columns = {c.name for table in schema.TABLES.values() for c in table.columns if not c.name.endswith("_my")}
    assert columns - set(HEADERS) == set()


def test_a_header_reads_as_words_in_english():
    assert header("source_url") == "source url"


def test_a_header_is_translated_for_burmese_readers():
    with use_language("my"):
        assert header("description") != "description"
        assert any("\u1000" <= ch <= "\u109f" for ch in header("description"))


def test_a_burmese_text_column_is_named_after_its_english_column():
    assert header("description_my") == "description (Burmese)"
    with use_language("my"):
        assert header("description_my") == header("description") + " (မြန်မာ)"
