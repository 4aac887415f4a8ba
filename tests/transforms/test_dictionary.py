import re

from transforms.dictionary import markdown
from transforms.load import DATA_DIR, load_table
from transforms.schema import TABLES

MYANMAR = re.compile("[\u1000-\u109f]")


def test_data_readme_is_generated_from_the_schema():
    assert (DATA_DIR / "README.md").read_text(encoding="utf-8") == markdown(), "run python -m transforms.dictionary"


def test_every_column_is_documented():
    text = markdown()
    for table in TABLES.values():
        for column in table.columns:
            assert f"| `{column.name}` |" in text


def test_data_readme_lists_every_disagreement_with_its_rows():
    text = markdown()
    listed = load_table("disagreements")
    assert "## Disagreements kept" in text
    for row in listed.itertuples():
        line = next(line for line in text.splitlines() if line.startswith(f"| `{row.disagreement_id}` |"))
        for part in row.row_ids.split(";"):
            assert f"`{part}`" in line


def _shown_words() -> set[str]:
    """Every word of the data package the Data page shows: tables' titles, rows and notes; columns' meanings and units."""
    words = set()
    for table in TABLES.values():
        words |= {table.title, table.row, table.notes}
        words |= {column.description for column in table.columns} | {column.unit for column in table.columns}
    return words - {""}


def test_every_word_the_data_page_shows_from_the_package_is_a_message_of_the_catalogue():
    from i18n import catalogue

    extracted = {message.id for message in catalogue.extract() if message.id}
    assert sorted(_shown_words() - extracted) == []


def test_every_word_the_data_page_shows_from_the_package_reads_in_burmese():
    from i18n import _, use_language

    with use_language("my"):
        untranslated = sorted(word for word in _shown_words() if not MYANMAR.search(_(word)))
    assert untranslated == []


def test_the_dictionary_words_read_in_burmese():
    from i18n import _, use_language
    from transforms.dictionary import HEADINGS, KIND_NAMES, REQUIRED_WORDS

    words = [*HEADINGS, *KIND_NAMES.values(), *REQUIRED_WORDS.values()]
    with use_language("my"):
        untranslated = [word for word in words if not MYANMAR.search(_(word))]
    assert untranslated == []


def test_the_data_dictionary_stays_english():
    text = markdown()
    assert "| column | type | required | unit | meaning | allowed values |" in text
    assert "| whole number | yes |" in text
