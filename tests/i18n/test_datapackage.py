"""The data package's extraction method: the words a reader sees, with their line, and nothing else."""

import io
import json

from i18n.datapackage import extract

DESCRIPTOR = {
    "title": "A package title no page shows",
    "resources": [
        {
            "name": "events",
            "path": "events.csv",
            "title": "Events",
            "description": "One dated event.",
            "notes": "Dates are ISO.",
            "schema": {
                "fields": [
                    {
                        "name": "category",
                        "type": "string",
                        "title": "Category",
                        "description": "What kind of event it was.",
                        "constraints": {"required": True, "enum": ["strike", "protest"]},
                    },
                    {"name": "deaths", "type": "integer", "description": "Deaths reported.", "unit": "people"},
                    {"name": "event_id", "type": "string", "description": ""},
                ]
            },
        }
    ],
}


def _extracted(descriptor: dict) -> list[tuple]:
    text = json.dumps(descriptor, indent=2, ensure_ascii=False)
    return list(extract(io.BytesIO(text.encode("utf-8")), ["_"], [], {})), text.splitlines()


def test_every_shown_word_of_a_table_and_its_columns_is_extracted_in_order():
    found, _lines = _extracted(DESCRIPTOR)
    assert [message for _line, _name, message, _comments in found] == [
        "Events", "One dated event.", "Dates are ISO.",
        "Category", "What kind of event it was.", "Deaths reported.", "people",
    ]


def test_names_paths_allowed_values_and_the_package_title_are_not_words_to_translate():
    found, _lines = _extracted(DESCRIPTOR)
    messages = {message for _line, _name, message, _comments in found}
    assert not messages & {"events", "events.csv", "category", "strike", "protest", "A package title no page shows", ""}


def test_each_word_is_reported_at_its_line_of_the_descriptor():
    found, lines = _extracted(DESCRIPTOR)
    for line, _name, message, _comments in found:
        assert json.dumps(message, ensure_ascii=False) in lines[line - 1]


def test_the_translator_is_told_which_table_and_column_a_word_describes():
    found, _lines = _extracted(DESCRIPTOR)
    comments = {message: comments for _line, _name, message, comments in found}
    assert comments["people"] == ["Data package, table events, column deaths: unit"]
    assert comments["Dates are ISO."] == ["Data package, table events: notes"]


def test_a_word_with_escaped_quotes_keeps_its_line():
    descriptor = {"resources": [{"name": "t", "title": 'The "8888" uprising', "schema": {"fields": []}}]}
    found, lines = _extracted(descriptor)
    assert [(message, lines[line - 1].strip()) for line, _name, message, _comments in found] == [
        ('The "8888" uprising', '"title": "The \\"8888\\" uprising",')
    ]
