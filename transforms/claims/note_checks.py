"""Claims C4 and C5, checked by rules on the banknote withdrawals: which notes came when, and how far apart."""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from i18n import _, pgettext
from transforms.claims.text import amount, day, year
from transforms.claims.verdicts import ABOUT_TWO_YEARS_MONTHS, Check, Part, rule_check
from vocabulary.formatting import listing

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
        listed = listing([amount(n) for n in years]) or _("no notes")
        finding = _("{row} lists {notes} kyat as issued, not {note}.").format(
            row=row_id, notes=listed, note=amount(note)
        )
        return Part(label, "fails", finding, (row_id,))
    came = years[note]
    if came:
        finding = _("{row} lists a {note}-kyat note among those issued with it in {year}.").format(
            row=row_id, note=amount(note), year=year(came)
        )
    else:
        finding = _("{row} lists a {note}-kyat note among those issued with it.").format(row=row_id, note=amount(note))
    if claimed_year is not None and came is not None and came != claimed_year:
        said = _("The claim says {year}.").format(year=year(claimed_year))
        return Part(label, "near", _("{finding} {more}").format(finding=finding, more=said), (row_id,))
    return Part(label, "holds", finding, (row_id,))


def check_c4(demonetisations: pd.DataFrame) -> Check:
    """The notes claimed for 1985 against those issued with that year's note withdrawal."""
    rows = demonetisations[demonetisations["date"].dt.year == C4_YEAR]
    parts = []
    for note in C4_NOTES:
        label = _("A {note}-kyat note issued in {year}").format(note=amount(note), year=year(C4_YEAR))
        if rows.empty:
            parts.append(Part(label, "missing", _("No note withdrawal is dated {year}.").format(year=year(C4_YEAR))))
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
                withdrawn = _("A {note}-kyat note was among those withdrawn on {date} ({row}: {notes} kyat).").format(
                    note=amount(note),
                    date=day(hit["date"]),
                    row=hit["demonetisation_id"],
                    notes=listing([amount(n) for n in _notes(hit["notes_withdrawn"])]),
                )
                part = replace(
                    part,
                    finding=_("{finding} {more}").format(finding=part.finding, more=withdrawn),
                    ids=part.ids + (hit["demonetisation_id"],),
                )
        parts.append(part)
    parts.append(
        Part(
            _("The {note}-kyat note marked Ne Win's {age}th birthday").format(
                note=amount(max(C4_NOTES)), age=amount(max(C4_NOTES))
            ),
            "missing",
            _("No row records why that denomination was chosen."),
        )
    )
    return rule_check("C4", parts)


def _later_note(note: int) -> str:
    return _("A {note}-kyat note about two years later").format(note=amount(note))


def _two_years_after() -> str:
    return _("About two years after the {year} notes").format(year=year(C4_YEAR))


def _nine(note: int) -> str:
    if note % 9 == 0:
        return _("{note} = {times} × {nine}").format(note=amount(note), times=amount(note // 9), nine=amount(9))
    return _("{note} is not a multiple of {nine}").format(note=amount(note), nine=amount(9))


def check_c5(demonetisations: pd.DataFrame) -> Check:
    """The notes of the next withdrawal after 1985, its distance in time, and the arithmetic."""
    ordered = demonetisations.sort_values("date", kind="stable")
    earlier = ordered[ordered["date"].dt.year == C4_YEAR]
    later = ordered[ordered["date"] > earlier["date"].iloc[0]] if not earlier.empty else ordered.iloc[0:0]
    parts = []
    if earlier.empty or later.empty:
        parts += [
            Part(_later_note(n), "missing", _("No later note withdrawal in the data.")) for n in C5_NOTES
        ]
        parts.append(Part(_two_years_after(), "missing", _("No pair of withdrawals to measure.")))
    else:
        first, row = earlier.iloc[0], later.iloc[0]
        parts += [_note_part(_later_note(note), note, row, None) for note in C5_NOTES]
        months = (row["date"].year - first["date"].year) * 12 + row["date"].month - first["date"].month
        ok = ABOUT_TWO_YEARS_MONTHS[0] <= months <= ABOUT_TWO_YEARS_MONTHS[1]
        parts.append(
            Part(
                _two_years_after(),
                "holds" if ok else "fails",
                _("{first} ({first_date}) to {last} ({last_date}): {months} months.").format(
                    first=first["demonetisation_id"],
                    first_date=day(first["date"]),
                    last=row["demonetisation_id"],
                    last_date=day(row["date"]),
                    months=amount(months),
                ),
                (first["demonetisation_id"], row["demonetisation_id"]),
            )
        )
    parts.append(
        Part(
            _("Both are multiples of nine"),
            "holds" if all(n % 9 == 0 for n in C5_NOTES) else "fails",
            pgettext("sentence", "{text}.").format(
                text=pgettext("between clauses", "; ").join(_nine(n) for n in C5_NOTES)
            ),
        )
    )
    return rule_check("C5", parts)

