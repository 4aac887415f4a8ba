"""The article's claims checked against the data: one `Check` per claim, recomputed from the rows.

Pure functions: the typed tables in, checks out. Nothing here is a stored result; every
verdict of a rule-checked claim is recomputed from the rows, so it changes when the data does.
The package, by job:

- `verdicts`: verdicts, part statuses, methods, tolerances and how parts combine;
- `economy_checks`, `note_checks`, `date_checks`: the rules for the claims checked on numbers and dates;
- `readings`: verdicts by reading, whose text and cited rows are data (`claim_readings.csv`);
- `series`: the growth series the rules and the small charts share;
- `evidence`: the verdict table, the cited rows with their sources, the source links;
- `text`: the rules as the page shows them, and how values read.
"""

from __future__ import annotations

import pandas as pd

from transforms.claims.date_checks import C11_CLAIMED_DAYS, check_c11, date_checks
from transforms.claims.economy_checks import (
    C1_THRESHOLD,
    C1_YEARS,
    C2_YEARS,
    C3_CLAIMED,
    C3_YEAR,
    check_c1,
    check_c2,
    check_c3,
    cumulative_change,
)
from transforms.claims.evidence import (
    ID_COLUMNS,
    evidence_rows,
    filter_claims,
    known_ids,
    row_lookup,
    sources,
    verdict_table,
)
from transforms.claims.note_checks import C4_NOTES, C4_YEAR, C5_NOTES, check_c4, check_c5, issue_years
from transforms.claims.readings import Reading, check_reading, reading_part, readings, with_readings
from transforms.claims.series import growth, merge_identical_series
from transforms.claims.text import rules_markdown, series_names
from transforms.claims.verdicts import (
    METHOD_LABELS,
    METHOD_READING,
    METHOD_RULE,
    NEAR_DAYS,
    SHARP_FALL_PERCENT,
    STATUS_LABELS,
    STATUSES,
    VERDICT_LABELS,
    VERDICTS,
    Check,
    Part,
    agrees,
    combine,
    tolerance,
)

__all__ = [
    "C1_THRESHOLD", "C1_YEARS", "C2_YEARS", "C3_CLAIMED", "C3_YEAR", "C4_NOTES", "C4_YEAR", "C5_NOTES",
    "C11_CLAIMED_DAYS", "ID_COLUMNS", "METHOD_LABELS", "METHOD_READING", "METHOD_RULE", "NEAR_DAYS",
    "SHARP_FALL_PERCENT", "STATUS_LABELS", "STATUSES", "VERDICT_LABELS", "VERDICTS", "Check", "Part", "Reading",
    "agrees", "check_all", "claim_order", "combine", "cumulative_change", "evidence_rows", "filter_claims", "growth",
    "issue_years", "merge_identical_series", "readings", "row_lookup", "rules_markdown", "series_names", "sources",
    "tolerance", "verdict_table",
]


def check_all(tables: dict[str, pd.DataFrame]) -> dict[str, Check]:
    """Every claim of the claims table, checked; keyed and ordered by claim id (C1, C2, ... C20)."""
    events = tables["events"]
    economy = tables["economy"]
    checks = {
        "C1": check_c1(economy),
        "C2": check_c2(economy),
        "C3": check_c3(economy),
        "C4": check_c4(tables["demonetisations"]),
        "C5": check_c5(tables["demonetisations"]),
        "C11": check_c11(events),
    }
    for check in date_checks(events):
        checks[check.claim_id] = check
    known = known_ids(tables)
    read = readings(tables)
    for reading in read:
        if reading.whole_claim:
            checks[reading.claim_id] = check_reading(reading, known)
    for claim_id, check in checks.items():
        parts = [reading_part(r, known) for r in read if r.claim_id == claim_id and not r.whole_claim]
        checks[claim_id] = with_readings(check, parts)
    ordered = sorted(tables["claims"]["claim_id"], key=claim_order)
    missing = [claim_id for claim_id in ordered if claim_id not in checks]
    if missing:
        raise KeyError(f"no check for {', '.join(missing)}")
    return {claim_id: checks[claim_id] for claim_id in ordered}


def claim_order(claim_id: str) -> int:
    return int(str(claim_id).lstrip("C"))
