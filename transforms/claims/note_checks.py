"""Claims C4 and C5, checked by rules on the banknote withdrawals: which notes came when, and how far apart."""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from transforms.claims.text import day, listing
from transforms.claims.verdicts import ABOUT_TWO_YEARS_MONTHS, Check, Part, rule_check

# The claims' own parameters, taken from the article's wording (not results).
C4_YEAR = 1985
C4_NOTES = (25, 35, 75)
C5_NOTES = (45, 90)


def _notes(text) -> list[int]:
    """Denominations written '25;35;75' as numbers; an empty cell is none."""
    if pd.isna(text):
        return []
    return [int(part) for part in str(text).split(";") if part.strip()]



def issue_years(notes_issued, notes_issued_date) -> dict[int, int | None]:
    """The year each issued note came, read from the sources' wording.

    '75 kyat in Nov 1985; 15 and 35 kyat in 1986' gives {75: 1985, 15: 1986, 35: 1986};
    a date without denominations ('22 Sep 1987 per two pages') applies to every note;
    a note the wording does not date gets None.
    """
    notes = _notes(notes_issued)
    years: dict[int, int | None] = dict.fromkeys(notes)
    text = "" if pd.isna(notes_issued_date) else str(notes_issued_date)
    for segment in text.split(";"):
        year = re.search(r"\b(19\d\d|20\d\d)\b", segment)
        if not year:
            continue
        named = re.match(r"\s*([\d\s,and]+?)\s*kyat\b", segment)
        targets = [int(n) for n in re.findall(r"\d+", named.group(1))] if named else notes
        for note in targets:
            if note in years and years[note] is None:
                years[note] = int(year.group(1))
    return years


def _note_part(label: str, note: int, row: pd.Series, claimed_year: int | None) -> Part:
    """One claimed denomination against the notes a withdrawal row says were issued with it."""
    row_id = row["demonetisation_id"]
    years = issue_years(row["notes_issued"], row["notes_issued_date"])
    if note not in years:
        listed = listing([str(n) for n in years]) or "no notes"
        return Part(label, "fails", f"{row_id} lists {listed} kyat as issued, not {note}.", (row_id,))
    came = years[note]
    when = f" in {came}" if came else ""
    finding = f"{row_id} lists a {note}-kyat note among those issued with it{when}."
    if claimed_year is not None and came is not None and came != claimed_year:
        return Part(label, "near", finding + f" The claim says {claimed_year}.", (row_id,))
    return Part(label, "holds", finding, (row_id,))


def check_c4(demonetisations: pd.DataFrame) -> Check:
    """The notes claimed for 1985 against those issued with that year's note withdrawal."""
    rows = demonetisations[demonetisations["date"].dt.year == C4_YEAR]
    parts = []
    for note in C4_NOTES:
        label = f"A {note}-kyat note issued in {C4_YEAR}"
        if rows.empty:
            parts.append(Part(label, "missing", f"No note withdrawal is dated {C4_YEAR}."))
            continue
        row = rows.iloc[0]
        part = _note_part(label, note, row, C4_YEAR)
        if part.status == "fails":
            # Where the note does appear: withdrawn later, which may be what the claim mixes up.
            later = demonetisations[
                (demonetisations["date"] > row["date"]) & demonetisations["notes_withdrawn"].map(lambda t: note in _notes(t))
            ]
            if not later.empty:
                hit = later.iloc[0]
                part = replace(
                    part,
                    finding=part.finding
                    + f" A {note}-kyat note was among those withdrawn on {day(hit['date'])} "
                    f"({hit['demonetisation_id']}: {listing([str(n) for n in _notes(hit['notes_withdrawn'])])} kyat).",
                    ids=part.ids + (hit["demonetisation_id"],),
                )
        parts.append(part)
    parts.append(
        Part(
            f"The {max(C4_NOTES)}-kyat note marked Ne Win's {max(C4_NOTES)}th birthday",
            "missing",
            "No row records why that denomination was chosen.",
        )
    )
    return rule_check("C4", parts)


def check_c5(demonetisations: pd.DataFrame) -> Check:
    """The notes of the next withdrawal after 1985, its distance in time, and the arithmetic."""
    ordered = demonetisations.sort_values("date", kind="stable")
    earlier = ordered[ordered["date"].dt.year == C4_YEAR]
    later = ordered[ordered["date"] > earlier["date"].iloc[0]] if not earlier.empty else ordered.iloc[0:0]
    parts = []
    if earlier.empty or later.empty:
        parts += [
            Part(f"A {n}-kyat note about two years later", "missing", "No later note withdrawal in the data.")
            for n in C5_NOTES
        ]
        parts.append(Part("About two years after the 1985 notes", "missing", "No pair of withdrawals to measure."))
    else:
        first, row = earlier.iloc[0], later.iloc[0]
        parts += [_note_part(f"A {note}-kyat note about two years later", note, row, None) for note in C5_NOTES]
        months = (row["date"].year - first["date"].year) * 12 + row["date"].month - first["date"].month
        ok = ABOUT_TWO_YEARS_MONTHS[0] <= months <= ABOUT_TWO_YEARS_MONTHS[1]
        parts.append(
            Part(
                "About two years after the 1985 notes",
                "holds" if ok else "fails",
                f"{first['demonetisation_id']} ({day(first['date'])}) to {row['demonetisation_id']} "
                f"({day(row['date'])}): {months} months.",
                (first["demonetisation_id"], row["demonetisation_id"]),
            )
        )
    parts.append(
        Part(
            "Both are multiples of nine",
            "holds" if all(n % 9 == 0 for n in C5_NOTES) else "fails",
            "; ".join(f"{n} = {n // 9} × 9" if n % 9 == 0 else f"{n} is not a multiple of 9" for n in C5_NOTES) + ".",
        )
    )
    return rule_check("C5", parts)

