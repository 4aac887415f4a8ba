from transforms.dictionary import markdown
from transforms.load import DATA_DIR, load_table
from transforms.schema import TABLES


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


def test_every_table_title_row_note_and_unit_the_pages_show_is_marked_for_translation():
    from transforms.dictionary import PACKAGE_WORDS

    shown = {table.title for table in TABLES.values()} | {table.row for table in TABLES.values()}
    shown |= {table.notes for table in TABLES.values() if table.notes}
    shown |= {column.unit for table in TABLES.values() for column in table.columns if column.unit}
    assert shown <= set(PACKAGE_WORDS), "mark the data package's new words in transforms/dictionary.py"


def test_the_data_page_words_read_in_burmese():
    import re

    from i18n import _, use_language
    from transforms.dictionary import HEADINGS, KIND_NAMES, PACKAGE_WORDS, REQUIRED_WORDS

    words = [*PACKAGE_WORDS, *HEADINGS, *KIND_NAMES.values(), *REQUIRED_WORDS.values()]
    with use_language("my"):
        untranslated = [word for word in words if not re.search("[\u1000-\u109f]", _(word))]
    assert untranslated == []


def test_the_data_dictionary_stays_english():
    text = markdown()
    assert "| column | type | required | unit | meaning | allowed values |" in text
    assert "| whole number | yes |" in text
