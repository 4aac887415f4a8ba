"""The data dictionary as Markdown, written from the data package `data/datapackage.json` (read by `schema.py`) so the two never drift apart.

`python -m transforms.dictionary` rewrites data/README.md; a test checks it is current.
"""

from __future__ import annotations

import sys

from pathlib import Path

import pandas as pd

from i18n import N_
from transforms import schema
from transforms.load import DATA_DIR, load_table

# English in data/README.md; the Data page shows them translated (`_()`), hence marked.
KIND_NAMES = {
    "id": N_("text id"),
    "text": N_("text"),
    "category": N_("category"),
    "date": N_("date (YYYY-MM-DD)"),
    "int": N_("whole number"),
    "float": N_("number"),
    "bool": N_("true / false"),
    "url": N_("http(s) URL"),
    "id_list": N_("ids separated by ';'"),
    "region_list": N_("ISO 3166-2:MM codes separated by '~', or nationwide / abroad"),
}
REQUIRED_WORDS = {True: N_("yes"), False: N_("no")}

INTRO = """# Data dictionary

Curated tables of this dashboard: UTF-8 CSV, one file per table, ISO dates, one header row.
Edit them by hand; `python -m transforms.validate` checks every rule below and names the file,
row (line number in the file, the header being row 1), column and rule of anything broken.

Rules that hold in every table:
- every row of facts carries an http(s) `source_url` of a page that states what the row says (a claim
  reading, this project's own judgement, cites the rows it rests on instead);
- where sources disagree the row keeps both values (`low` and `high`, or two rows with their own sources);
- a figure no source gives has no row: the pages say it is missing;
- ids are unique within their table; an id that points at another row names a row that exists;
- `low` never exceeds `high`; dates lie between {earliest} and {latest};
- every code in a `state_region` is a row of `states_regions.csv`; `lat` and `lon` are given together and lie
  inside Myanmar (latitude {lat[0]} to {lat[1]}, longitude {lon[0]} to {lon[1]}) unless the row is abroad;
- month or year precision: the date holds the first day of that month or year.

Day 0 of each movement: {day_zero}.

Licence of the curated rows: {licence} ({licence_url}); each source keeps its own terms.

This file is generated from the Frictionless Data Package `datapackage.json` (the tables, their columns, types,
constraints, keys and licence) by `python -m transforms.dictionary`; edit the descriptor, not this file.
"""


# The dictionary's headings, in order; entries() keys its rows by them (the Data page shows them translated).
HEADINGS = (N_("column"), N_("type"), N_("required"), N_("unit"), N_("meaning"), N_("allowed values"))


def entries(table: schema.Table) -> list[dict[str, str | tuple[str, ...]]]:
    """One row per column of a table, keyed by HEADINGS; `allowed values` is a tuple of ids."""
    return [
        {
            "column": column.name,
            "type": KIND_NAMES[column.kind],
            "required": REQUIRED_WORDS[column.required],
            "unit": column.unit,
            "meaning": column.description,
            "allowed values": column.allowed,
        }
        for column in table.columns
    ]


def disagreements_markdown(data_dir: Path = DATA_DIR) -> str:
    """The list of disagreements kept in the data, from disagreements.csv, as a Markdown section."""
    listed = load_table("disagreements", data_dir)
    kept = listed["kept_as"].astype(str).value_counts()
    parts = [
        "\n## Disagreements kept\n\n"
        f"Where sources disagree every side is kept. {len(listed)} disagreements are listed in "
        f"`{schema.DISAGREEMENTS.file}`: {kept.get('rows', 0)} kept as one row per source, "
        f"{kept.get('range', 0)} as a low-high range. `python -m transforms.validate` checks each against the rows.\n",
        "\n| id | topic | table | rows | kept as | what each side says |\n|---|---|---|---|---|---|\n",
    ]
    for row in listed.itertuples():
        rows = ", ".join(f"`{part.strip()}`" for part in str(row.row_ids).split(";"))
        note = "" if pd.isna(row.note) else str(row.note)
        parts.append(f"| `{row.disagreement_id}` | {row.topic} | {row.table} | {rows} | {row.kept_as} | {note} |\n")
    return "".join(parts)


def markdown() -> str:
    day_zero = "; ".join(f"{movement}: {day.isoformat()}" for movement, day in schema.DAY_ZERO.items())
    parts = [
        INTRO.format(
            earliest=schema.EARLIEST_DATE,
            latest=schema.LATEST_DATE,
            day_zero=day_zero,
            lat=schema.MYANMAR_LAT,
            lon=schema.MYANMAR_LON,
            licence=schema.LICENCE["title"],
            licence_url=schema.LICENCE["path"],
        )
    ]
    for table in schema.TABLES.values():
        parts.append(f"\n## {table.title} (`{table.file}`)\n\nOne row: {table.row}\n")
        if table.notes:
            parts.append(f"\n{table.notes}\n")
        parts.append("\n| " + " | ".join(HEADINGS) + " |\n" + "|---" * len(HEADINGS) + "|\n")
        for entry in entries(table):
            allowed = ", ".join(f"`{value}`" for value in entry["allowed values"])
            parts.append(
                f"| `{entry['column']}` | {entry['type']} | {entry['required']} | "
                f"{entry['unit']} | {entry['meaning']} | {allowed} |\n"
            )
    parts.append(disagreements_markdown())
    return "".join(parts)


def main() -> int:
    path = DATA_DIR / "README.md"
    path.write_text(markdown(), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
