"""The page's words: the verdict rules as shown, and how dates, changes, lists and series read."""

from __future__ import annotations

import re

import pandas as pd

from transforms.claims.verdicts import NEAR_DAYS, SAME_EVENT_DAYS, SHARP_FALL_PERCENT, TOLERANCE_POINTS, TOLERANCE_SHARE
from vocabulary.formatting import date_text


def rules_markdown() -> str:
    """The verdict rules as shown on the page, with the constants the code uses."""
    return "\n".join(
        [
            "Each claim is split into parts. A part **holds** when the data agrees, is **close** when a dated row is "
            f"at most {NEAR_DAYS} days off (or gives only the month), **sources disagree** when some sources agree "
            "and others do not, **does not hold** when every source that bears on it disagrees, and is "
            "**not in our data** when no row bears on it.",
            "",
            "- **Supported**: every part holds.",
            "- **Partly supported**: some parts hold (or are close, or the sources disagree) and others do not, "
            "or are not in our data.",
            "- **Contradicted**: no part holds and at least one does not hold.",
            "- **Not checkable**: no row bears on any part.",
            "",
            f"Figures agree when within {TOLERANCE_POINTS:g} percentage point (for percentages) or "
            f"{TOLERANCE_SHARE:.0%} of the claimed value, whichever is wider. Each economy series counts as a "
            "source; a series that lacks some of the years needed and does not show what the claim says is left "
            f"out. A \"sharp\" fall means real output down by at least {SHARP_FALL_PERCENT:g}% over the years named. "
            "Dates are matched against event rows of the right kind whose description names the same thing; "
            f"a row more than {SAME_EVENT_DAYS} days away is taken to be another event.",
            "",
            "Claims about causes, conduct or organisation have no numeric rule: their verdict is this project's "
            "reading of the cited rows, marked \"verdict by reading the cited rows\", with the reason given.",
        ]
    )


# --- Wording of values -------------------------------------------------------------


def day(value) -> str:
    return date_text(pd.Timestamp(value))


def signed(value: float) -> str:
    return f"{value:+.1f}%".replace("-", "−")


def listing(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def series_names(labels: list[str]) -> str:
    """Series labels joined for reading; vintages of one source share its name once.

    ['World Bank WDI (2017 release)', 'World Bank WDI (2025 vintage)', 'UN national accounts'] ->
    'World Bank WDI (2017 release, 2025 vintage) and UN national accounts'.
    """
    groups: dict[str, list[str]] = {}
    for text in labels:
        match = re.match(r"^(.*?) \((.*)\)$", text)
        prefix, suffix = (match.group(1), match.group(2)) if match else (text, "")
        groups.setdefault(prefix, []).append(suffix)
    names = [
        f"{prefix} ({', '.join(s for s in suffixes if s)})" if any(suffixes) else prefix
        for prefix, suffixes in groups.items()
    ]
    return listing(names)


