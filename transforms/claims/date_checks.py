"""Claims checked by rules on dated events: C6, C7, C10, C12 and C13 (a date each) and C11 (days in office).

The parts of these claims that no rule can decide are read by this project; those readings
are rows of `claim_readings.csv`, added to the checks by `readings.with_readings`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

import pandas as pd

from i18n import N_, _, ngettext
from transforms.claims.text import amount, day
from transforms.claims.verdicts import NEAR_DAYS, SAME_EVENT_DAYS, Check, Part, agrees, rule_check, tolerance
from vocabulary.labels import label
from vocabulary.formatting import listing

# The claim's own parameter, taken from the article's wording (not a result).
C11_CLAIMED_DAYS = 14


def matching_events(events: pd.DataFrame, categories: tuple[str, ...], keywords: tuple[str, ...]) -> pd.DataFrame:
    """Event rows of the given kinds whose description names every keyword (whole words, any case)."""
    keep = events["category"].isin(categories) if categories else pd.Series(True, index=events.index)
    text = events["description"].astype(str)
    for keyword in keywords:
        keep &= text.str.contains(rf"\b{re.escape(keyword)}\b", case=False, regex=True)
    return events[keep]




@dataclass(frozen=True)
class DatePart:
    """A dated part of a claim, looked for among event rows of the given kinds naming the keywords."""

    label: str
    claimed: date
    categories: tuple[str, ...]
    keywords: tuple[str, ...]


def date_part(events: pd.DataFrame, spec: DatePart) -> Part:
    """The nearest matching event to the claimed date decides: same day holds, a few days off is near."""
    matches = matching_events(events, spec.categories, spec.keywords)
    kinds = listing([_(label(c)) for c in spec.categories]).lower() if spec.categories else ""
    keywords = listing(list(spec.keywords))
    if matches.empty:
        finding = (
            _("No event row ({kinds}) names {keywords}.").format(kinds=kinds, keywords=keywords)
            if kinds
            else _("No event row names {keywords}.").format(keywords=keywords)
        )
        return Part(_(spec.label), "missing", finding)
    claimed = pd.Timestamp(spec.claimed)
    gaps = (matches["date"] - claimed).dt.days
    if gaps.abs().min() > SAME_EVENT_DAYS:
        values = {"kinds": kinds, "keywords": keywords, "days": amount(SAME_EVENT_DAYS), "date": day(claimed)}
        finding = (
            _("No event row ({kinds}) naming {keywords} lies within {days} days of {date}.")
            if kinds
            else _("No event row naming {keywords} lies within {days} days of {date}.")
        )
        return Part(_(spec.label), "missing", finding.format(**values))
    order = gaps.abs().sort_values(kind="stable").index
    row = matches.loc[order[0]]
    gap = int(gaps.loc[order[0]])
    precision = str(row["date_precision"])
    where = {"row": row["event_id"], "kind": _(label(str(row["category"]))).lower(), "date": day(row["date"])}
    ids = (row["event_id"],)
    if precision != "day":
        # A month or year date holds the first day: the claimed day may be any day of it.
        period = "M" if precision == "month" else "Y"
        if claimed.to_period(period) == row["date"].to_period(period):
            known = (
                _("{row} ({kind}) is dated {date}, known only to the month.")
                if precision == "month"
                else _("{row} ({kind}) is dated {date}, known only to the year.")
            )
            return Part(_(spec.label), "near", known.format(**where), ids)
    if gap == 0:
        return Part(_(spec.label), "holds", _("{row} ({kind}) is dated {date}, the claimed day.").format(**where), ids)
    days = abs(gap)
    if gap > 0:
        distance = ngettext(
            "{row} ({kind}) is dated {date}, {days} day after the claimed {claimed}.",
            "{row} ({kind}) is dated {date}, {days} days after the claimed {claimed}.",
            days,
        )
    else:
        distance = ngettext(
            "{row} ({kind}) is dated {date}, {days} day before the claimed {claimed}.",
            "{row} ({kind}) is dated {date}, {days} days before the claimed {claimed}.",
            days,
        )
    status = "near" if days <= NEAR_DAYS else "fails"
    return Part(_(spec.label), status, distance.format(**where, days=amount(days), claimed=day(claimed)), ids)



def check_c11(events: pd.DataFrame) -> Check:
    """Sein Lwin's days in office from the two dated regime-change rows, against 14."""
    start = matching_events(events, ("regime_change",), ("Sein Lwin", "becomes")).sort_values("date")
    end = matching_events(events, ("regime_change",), ("Sein Lwin", "resigns")).sort_values("date")
    numbers: dict = {"claimed": C11_CLAIMED_DAYS, "band": tolerance(C11_CLAIMED_DAYS, percent=False)}
    in_office = _("In office for {days} days").format(days=amount(C11_CLAIMED_DAYS))
    if start.empty or end.empty:
        days_part = Part(
            in_office,
            "missing",
            _("No pair of regime-change rows dates Sein Lwin's taking office and his resignation."),
        )
    else:
        first, last = start.iloc[0], end.iloc[0]
        days = int((last["date"] - first["date"]).days)
        numbers.update(
            days=days, start=first["date"], end=last["date"], start_id=first["event_id"], end_id=last["event_id"]
        )
        ok = agrees(days, C11_CLAIMED_DAYS, percent=False)
        days_part = Part(
            in_office,
            "holds" if ok else "fails",
            _(
                "From {first} ({first_date}) to {last} ({last_date}): {days} days (end minus start; {both} counting "
                "both days). Agreeing means {low} to {high} days."
            ).format(
                first=first["event_id"],
                first_date=day(first["date"]),
                last=last["event_id"],
                last_date=day(last["date"]),
                days=amount(days),
                both=amount(days + 1),
                low=amount(C11_CLAIMED_DAYS - numbers["band"]),
                high=amount(C11_CLAIMED_DAYS + numbers["band"]),
            ),
            (first["event_id"], last["event_id"]),
        )
    return rule_check("C11", [days_part], numbers)


def date_checks(events: pd.DataFrame) -> list[Check]:
    """C6, C7, C10, C12 and C13: dates against event rows of the right kind."""
    strike_call = DatePart(N_("The strike was called on BBC Burmese on 6 August"), date(1988, 8, 6), (), ("BBC",))
    called = date_part(events, strike_call)
    if called.status == "missing":
        # Say where our rows do put the first call, without letting it stand in for the broadcast.
        calls = matching_events(events, (), ("call", "general strike")).sort_values("date")
        if not calls.empty:
            row = calls.iloc[0]
            earliest = _("The earliest call for the general strike in our rows is {row} ({date}).").format(
                row=row["event_id"], date=day(row["date"])
            )
            called = replace(
                called,
                finding=_("{finding} {more}").format(finding=called.finding, more=earliest),
                ids=(row["event_id"],),
            )

    def dated(*specs: DatePart) -> list[Part]:
        return [date_part(events, spec) for spec in specs]

    return [
        rule_check(
            "C6",
            dated(
                DatePart(
                    N_("A brawl involving RIT students sparked it on 12 March 1988"),
                    date(1988, 3, 12),
                    ("trigger",),
                    ("Rangoon Institute of Technology",),
                )
            )
        ),
        rule_check(
            "C7",
            dated(
                DatePart(
                    N_("RIT students marched on 13 March 1988"), date(1988, 3, 13), ("protest",), ("RIT", "march")
                ),
                DatePart(
                    N_("A student was shot dead on 13 March 1988"), date(1988, 3, 13), ("crackdown",), ("RIT", "dead")
                ),
            )
        ),
        rule_check(
            "C10",
            dated(
                DatePart(
                    N_("Ne Win resigned as party chairman on 23 July 1988"),
                    date(1988, 7, 23),
                    ("concession", "regime_change"),
                    ("Ne Win", "chairman"),
                )
            )
        ),
        rule_check(
            "C12",
            [called]
            + dated(
                DatePart(
                    N_("The general strike began on 8 August 1988"), date(1988, 8, 8), ("strike",), ("general strike",)
                )
            ),
        ),
        rule_check(
            "C13",
            dated(
                DatePart(
                    N_("The regime killed students on 7 July 1962"), date(1962, 7, 7), ("crackdown",), ("student",)
                )
            ),
        ),
    ]

