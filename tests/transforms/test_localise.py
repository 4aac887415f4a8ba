import pandas as pd
import pytest

from i18n import use_language
from transforms import localise

ROWS = pd.DataFrame({"id": ["a", "b"], "description": ["Strike in Yangon", "Crackdown"],
                     "description_my": ["ရန်ကုန်တွင် သပိတ်", ""]})


def test_english_readers_get_the_english_text_unchanged():
    assert list(localise.text(ROWS, "description", "en")) == ["Strike in Yangon", "Crackdown"]


def test_burmese_readers_get_the_translation_where_a_row_has_one():
    with use_language("my"):
        shown = list(localise.text(ROWS, "description"))
    assert shown[0] == "ရန်ကုန်တွင် သပိတ်"


def test_a_row_without_translation_shows_its_english_behind_a_visible_marker():
    with use_language("my"):
        shown = list(localise.text(ROWS, "description"))
        marker = localise.gettext(localise.UNTRANSLATED_MARKER)
    assert shown[1] == f"{marker} Crackdown"
    assert marker != "" and "Crackdown" not in marker


def test_translated_share_counts_rows_with_a_translation():
    share = localise.translated_share({"events": ROWS})
    assert share.to_dict("records") == [
        {"table": "events", "column": "description", "rows": 2, "translated": 1, "share": 0.5}
    ]


# Columns translated on every row: what the Economy, Timeline and Where pages show of these rows.
FULLY_TRANSLATED = [
    ("regimes", "name"), ("regimes", "description"), ("events", "place"),
    ("economy", "series_label"), ("economy", "source_name"), ("exchange_rate_quotes", "description"),
]


@pytest.mark.parametrize(("table", "column"), FULLY_TRANSLATED)
def test_every_row_of_these_columns_has_its_burmese(tables, table, column):
    share = localise.translated_share({table: tables[table]})
    assert share.set_index("column").loc[column, "share"] == 1.0


ENGLISH_DEFINITION = "Townships with a body. How comparable: both count townships."


def test_a_translated_definition_gives_its_own_comparability_sentence():
    shown = "ကိုယ်စားလှယ်အဖွဲ့ရှိသော မြို့နယ်များ။ နှိုင်းယှဉ်နိုင်ပုံ: နှစ်ခုစလုံး မြို့နယ်များကို ရေတွက်သည်။"
    assert localise.comparability_note(ENGLISH_DEFINITION, shown, "my") == "နှိုင်းယှဉ်နိုင်ပုံ: နှစ်ခုစလုံး မြို့နယ်များကို ရေတွက်သည်။"


def test_a_definition_whose_translation_lacks_the_sentence_gives_the_english_one_behind_the_marker():
    with use_language("my"):
        marker = localise.gettext(localise.UNTRANSLATED_MARKER)
        note = localise.comparability_note(ENGLISH_DEFINITION, f"{marker} {ENGLISH_DEFINITION}")
    assert note == f"{marker} How comparable: both count townships."


def test_english_comparability_sentence_is_the_definitions_own():
    assert localise.comparability_note(ENGLISH_DEFINITION, ENGLISH_DEFINITION, "en") == "How comparable: both count townships."
    assert localise.comparability_note("Townships with a body.", "Townships with a body.", "en") == ""


def test_every_translated_definition_keeps_the_comparability_sentence_of_its_english(tables):
    from transforms.derive import comparability

    figures = tables["figures"].dropna(subset=["definition_my"])
    lacking = [row.figure_id for row in figures.itertuples()
               if bool(comparability(row.definition)) != bool(comparability(row.definition_my, "my"))]
    assert lacking == []


def test_category_ids_read_as_burmese_words_for_a_burmese_reader_and_stay_ids_in_english():
    import pandas as pd

    from transforms.localise import category_words

    frame = pd.DataFrame({
        "category": pd.Categorical(["protest", "strike"]), "date_precision": pd.Categorical(["day", "month"]),
        "place": ["Yangon", "Mandalay"],
    })
    assert category_words(frame, "en") is frame
    shown = category_words(frame, "my")
    assert shown["date_precision"].tolist() == ["ရက်", "လ"]
    assert all(any("\u1000" <= ch <= "\u109f" for ch in word) for word in shown["category"])
    assert shown["place"].tolist() == ["Yangon", "Mandalay"]  # text columns are left to `text`
