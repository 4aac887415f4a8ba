"""The verdict machinery: verdicts, part statuses, methods, tolerances, and how parts combine.

How a verdict is reached
------------------------
A claim is split into parts (what it says, in this project's words). Each part gets
a status from the data:

- ``holds``: the data agrees (a figure within the tolerance, a date on the day);
- ``near``: a date off by at most `NEAR_DAYS` days, or a row that gives only the month
  (a row more than `SAME_EVENT_DAYS` away is another event, so the part is missing);
- ``mixed``: several sources bear on the part and some agree while others do not;
- ``partly``: by reading, the cited rows bear out only some of what the part says;
- ``fails``: the data disagrees (every source that bears on it);
- ``missing``: no row bears on the part.

The parts are then combined (`combine`): every part holds -> supported; no part
holds, is near, mixed or partly, and at least one fails -> contradicted; no part has any
row -> not checkable; anything else -> partly supported.

Figures (`tolerance`): a value agrees with a claimed figure when it lies within
one percentage point (for percentages) or 10% of the claimed value, whichever is
wider. Each economy series is a separate source; a series that lacks some of the
years a part needs and does not show what the claim says is left out rather than
counted against it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from i18n import N_
from transforms import schema
from vocabulary.verdicts import VERDICT_LABELS

# The verdict ids are the data package's (claim_readings.verdict); their words live here.
VERDICTS = schema.allowed("claim_readings", "verdict")
STATUSES = ("holds", "near", "mixed", "partly", "fails", "missing")
STATUS_LABELS = {
    "holds": N_("holds"),
    "near": N_("close, not exact"),
    "mixed": N_("sources disagree"),
    "partly": N_("holds in part"),
    "fails": N_("does not hold"),
    "missing": N_("not in our data"),
}
METHOD_RULE = "rule"
METHOD_READING = "reading"
METHOD_LABELS = {
    METHOD_RULE: N_("verdict computed by a rule on the data"),
    METHOD_READING: N_("verdict by reading the cited rows"),
}

# A figure agrees when within one percentage point or 10% of the claimed value, whichever is wider.
TOLERANCE_POINTS = 1.0
TOLERANCE_SHARE = 0.10
# "Within a few days": a dated row this close to the claimed date makes the part near, not failed.
NEAR_DAYS = 3
# A matching row further than this from the claimed date is taken to be another event, not a wrong date.
SAME_EVENT_DAYS = 31
# "About two years": the gap between two dated rows may be this many months either side of 24.
ABOUT_TWO_YEARS_MONTHS = (18, 30)
# A "sharp" fall over several years: real output down by at least this share in all
# (10%, the common rule of thumb for a depression rather than a recession).
SHARP_FALL_PERCENT = 10.0

# The claims' own parameters, taken from the article's wording (not results).

@dataclass(frozen=True)
class Part:
    """One thing a claim says, and what the data says about it."""

    label: str
    status: str
    finding: str
    ids: tuple[str, ...] = ()
    economy: tuple[tuple[str, int], ...] = ()  # (series_id, year) of the economy rows used
    details: tuple[str, ...] = ()  # one line per source where several bear on the part

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")


@dataclass(frozen=True)
class Check:
    claim_id: str
    verdict: str
    method: str
    parts: tuple[Part, ...]
    numbers: dict = field(default_factory=dict)  # values the small charts draw

    @property
    def ids(self) -> tuple[str, ...]:
        """Ids of every row cited, in order of first mention."""
        return tuple(dict.fromkeys(i for part in self.parts for i in part.ids))

    @property
    def economy(self) -> tuple[tuple[str, int], ...]:
        return tuple(dict.fromkeys(e for part in self.parts for e in part.economy))



def tolerance(claimed: float, *, percent: bool) -> float:
    """How far a value may lie from a claimed figure and still agree with it."""
    share = TOLERANCE_SHARE * abs(claimed)
    return max(TOLERANCE_POINTS, share) if percent else share


def agrees(value: float, claimed: float, *, percent: bool) -> bool:
    # A hair of slack so that a value exactly on the edge is not lost to float rounding.
    return abs(value - claimed) <= tolerance(claimed, percent=percent) + 1e-9


def from_sources(agreeing: list[str], disagreeing: list[str]) -> str:
    """The status of one part from the sources that bear on it."""
    if agreeing and disagreeing:
        return "mixed"
    if agreeing:
        return "holds"
    if disagreeing:
        return "fails"
    return "missing"


def combine(statuses: list[str]) -> str:
    """The verdict of a claim from the statuses of its parts (see the module docstring)."""
    if not statuses or all(s == "missing" for s in statuses):
        return "not_checkable"
    if all(s == "holds" for s in statuses):
        return "supported"
    if "fails" in statuses and not any(s in ("holds", "near", "mixed", "partly") for s in statuses):
        return "contradicted"
    return "partly_supported"



def rule_check(claim_id: str, parts: list[Part], numbers: dict | None = None) -> Check:
    """A claim checked by rules: its verdict is the combination of its parts."""
    return Check(claim_id, combine([p.status for p in parts]), METHOD_RULE, tuple(parts), numbers or {})

