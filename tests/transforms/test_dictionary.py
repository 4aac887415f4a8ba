from transforms.dictionary import markdown
from transforms.load import DATA_DIR
from transforms.schema import TABLES


def test_data_readme_is_generated_from_the_schema():
    assert (DATA_DIR / "README.md").read_text(encoding="utf-8") == markdown(), "run python -m transforms.dictionary"


def test_every_column_is_documented():
    text = markdown()
    for table in TABLES.values():
        for column in table.columns:
            assert f"| `{column.name}` |" in text
