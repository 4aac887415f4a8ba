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
