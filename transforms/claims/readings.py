"""Verdicts by reading: this project's readings of the cited rows, kept in `claim_readings.csv`.

Qualitative claims have no rule: their verdict is a reading of the rows it cites, with a
one-line reason. Some rule-checked claims also have a part no rule can decide; its reading
is a row with a `part` label, added after the rule's parts. A reading whose cited rows have
disappeared from the data falls back to not checkable.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from i18n import N_, _, pgettext
from transforms import localise
from transforms.claims.verdicts import METHOD_READING, Check, Part, combine

# The part label of a reading that decides a whole claim.
WHOLE_CLAIM = N_("Verdict by reading the cited rows")

READING_STATUS = {
    "supported": "holds",
    "partly_supported": "partly",
    "contradicted": "fails",
    "not_checkable": "missing",
}


@dataclass(frozen=True)
class Reading:
    """A verdict by reading: the claim (and part) it decides, the rows it rests on and why, in this project's words.

    `part` and `reason` are in the reader's language; `part` is empty for a reading of the whole claim.
    """

    claim_id: str
    part: str
    verdict: str
    ids: tuple[str, ...]
    reason: str

    @property
    def whole_claim(self) -> bool:
        return not self.part


def readings(tables: dict[str, pd.DataFrame]) -> list[Reading]:
    """Every row of the claim readings table, in file order, its part and reason in the reader's language."""
    frame = tables["claim_readings"]
    # Whether a reading decides a whole claim is the English column's to say; the shown words are the reader's.
    parts = localise.text(frame, "part")
    reasons = localise.text(frame, "reason")
    return [
        Reading(
            str(row.claim_id),
            "" if pd.isna(row.part) else str(shown_part),
            str(row.verdict),
            tuple(part.strip() for part in str(row.cited_ids).split(";") if part.strip()),
            str(reason),
        )
        for row, shown_part, reason in zip(frame.itertuples(), parts, reasons)
    ]


def reading_part(reading: Reading, known: set[str]) -> Part:
    """A part decided by reading; it cannot stand on rows that are gone."""
    label = reading.part or _(WHOLE_CLAIM)
    gone = [i for i in reading.ids if i not in known]
    if gone:
        finding = _("The rows this reading cited are no longer in the data: {ids}.").format(
            ids=pgettext("list separator", ", ").join(gone)
        )
        return Part(label, "missing", finding)
    return Part(label, READING_STATUS[reading.verdict], reading.reason, reading.ids)


def check_reading(reading: Reading, known: set[str]) -> Check:
    """A claim decided as a whole by reading."""
    part = reading_part(reading, known)
    verdict = "not_checkable" if part.status == "missing" else reading.verdict
    return Check(reading.claim_id, verdict, METHOD_READING, (part,))


def with_readings(check: Check, parts: list[Part]) -> Check:
    """A rule check with the parts decided by reading added after its own, and its verdict combined again."""
    if not parts:
        return check
    combined = check.parts + tuple(parts)
    return Check(check.claim_id, combine([p.status for p in combined]), check.method, combined, check.numbers)
